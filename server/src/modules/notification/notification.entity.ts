import {
  Entity,
  Enum,
  Index,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/core';
import type { Ref } from '@mikro-orm/core';
import { Delegation } from '../delegation/delegation.entity.js';
import { AppUser } from '../user/app-user.entity.js';
import { NotificationAudience, NotificationKind } from './notification.enums.js';

/**
 * The outbox: one row per event worth telling someone, written in the transaction of the change
 * that caused it (outbox.ts), never changed after but for `fannedOutAt` (the delivery worker's
 * mark that its webhook deliveries exist). `id` orders events; `idempotencyKey` makes writing
 * one twice (a retried transaction, two reminder scans) write it once.
 */
@Entity({ tableName: 'notification_event' })
@Unique({
  name: 'notification_event_idempotency_key_key',
  properties: ['idempotencyKey', 'delegation'],
})
@Index({ name: 'notification_event_delegation_idx', properties: ['delegation', 'id'] })
@Index({
  name: 'notification_event_fan_out_idx',
  expression:
    'create index notification_event_fan_out_idx on notification_event (id) where fanned_out_at is null',
})
export class NotificationEvent {
  [OptionalProps]?: 'payload' | 'createdAt';

  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @ManyToOne(() => Delegation, {
    ref: true,
    fieldName: 'delegation_id',
    foreignKeyName: 'notification_event_delegation_id_fkey',
    deleteRule: 'cascade',
    updateRule: 'no action',
  })
  delegation!: Ref<Delegation>;

  @Enum({ items: () => NotificationKind, type: 'string' })
  kind!: NotificationKind;

  /** The global ID of the record it is about. */
  @Property({ type: 'text' })
  subject!: string;

  @Enum({ items: () => NotificationAudience, type: 'string' })
  audience!: NotificationAudience;

  @Property({ type: 'uuid', nullable: true })
  unitOrganisationId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  purchaserId: string | null = null;

  @Property({ type: 'json', defaultRaw: `'{}'` })
  payload: Record<string, unknown> = {};

  @Property({ type: 'text' })
  idempotencyKey!: string;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'Date', nullable: true })
  fannedOutAt: Date | null = null;
}

/** An event a user marked read (above their read mark). */
@Entity({ tableName: 'notification_read' })
export class NotificationRead {
  [OptionalProps]?: 'readAt';

  @ManyToOne(() => AppUser, {
    ref: true,
    primary: true,
    fieldName: 'user_id',
    foreignKeyName: 'notification_read_user_id_fkey',
    deleteRule: 'cascade',
    updateRule: 'no action',
  })
  user!: Ref<AppUser>;

  @ManyToOne(() => NotificationEvent, {
    ref: true,
    primary: true,
    fieldName: 'event_id',
    createForeignKeyConstraint: false,
  })
  event!: Ref<NotificationEvent>;

  /** The event's delegation (with `event`, a composite key; Citus distributes by it). */
  @ManyToOne(() => Delegation, {
    ref: true,
    fieldName: 'delegation_id',
    foreignKeyName: 'notification_read_delegation_id_fkey',
    deleteRule: 'no action',
    updateRule: 'no action',
  })
  delegation!: Ref<Delegation>;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  readAt: Date = new Date();
}

/** Every event up to `upTo` a user reads is read (markNotificationsRead(upTo)). */
@Entity({ tableName: 'notification_read_mark' })
export class NotificationReadMark {
  [OptionalProps]?: 'updatedAt';

  @ManyToOne(() => AppUser, {
    ref: true,
    primary: true,
    fieldName: 'user_id',
    foreignKeyName: 'notification_read_mark_user_id_fkey',
    deleteRule: 'cascade',
    updateRule: 'no action',
  })
  user!: Ref<AppUser>;

  @Property({ type: 'bigint' })
  upTo!: string;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  updatedAt: Date = new Date();
}
