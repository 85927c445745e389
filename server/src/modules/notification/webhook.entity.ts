import { randomUUID } from 'node:crypto';
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
import type { Opt, Ref } from '@mikro-orm/core';
import { Delegation } from '../delegation/delegation.entity.js';
import { NotificationEvent } from './notification.entity.js';
import { WebhookDeliveryStatus } from './notification.enums.js';

/**
 * A receiver a delegation office registered: every event of the delegation (of `kinds`, all when
 * null) is POSTed to `url`, signed with `secret`. `leaseOwner`/`leaseUntil`: the instance
 * delivering to it now (delivery.worker.ts), so that one instance at a time does, in order.
 */
@Entity({ tableName: 'webhook' })
@Index({ name: 'webhook_delegation_idx', properties: ['delegation'] })
export class Webhook {
  [OptionalProps]?: 'enabled' | 'kinds' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string = randomUUID();

  @ManyToOne(() => Delegation, {
    ref: true,
    fieldName: 'delegation_id',
    foreignKeyName: 'webhook_delegation_id_fkey',
    deleteRule: 'cascade',
    updateRule: 'no action',
  })
  delegation!: Ref<Delegation>;

  @Property({ type: 'text' })
  url!: string;

  @Property({ type: 'text' })
  secret!: string;

  @Property({ type: 'text[]', nullable: true })
  kinds: string[] | null = null;

  @Property({ type: 'boolean', default: true })
  enabled: boolean = true;

  @Property({ type: 'text' })
  createdBy!: string;

  @Property({ type: 'text', nullable: true })
  leaseOwner: string | null = null;

  @Property({ type: 'Date', nullable: true })
  leaseUntil: Date | null = null;

  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'Date', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** One event to one webhook: tried in order per webhook until DELIVERED or DEAD. */
@Entity({ tableName: 'webhook_delivery' })
@Index({ name: 'webhook_delivery_webhook_idx', properties: ['webhook', 'sequence'] })
@Index({
  name: 'webhook_delivery_pending_idx',
  expression:
    "create index webhook_delivery_pending_idx on webhook_delivery (webhook_id, sequence) where status = 'PENDING'",
})
@Index({ name: 'webhook_delivery_event_idx', properties: ['event'] })
@Unique({
  name: 'webhook_delivery_webhook_id_event_id_key',
  properties: ['webhook', 'event', 'delegationId'],
})
export class WebhookDelivery {
  [OptionalProps]?:
    'sequence' | 'status' | 'attempts' | 'nextAttemptAt' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string = randomUUID();

  /** The order deliveries were made in (the fan-out's: the order their events committed). */
  @Property({ type: 'bigint', autoincrement: true })
  sequence!: string;

  @ManyToOne(() => Webhook, {
    ref: true,
    fieldName: 'webhook_id',
    createForeignKeyConstraint: false,
  })
  webhook!: Ref<Webhook>;

  @ManyToOne(() => NotificationEvent, {
    ref: true,
    fieldName: 'event_id',
    createForeignKeyConstraint: false,
  })
  event!: Ref<NotificationEvent>;

  @Property({ type: 'uuid' })
  delegationId!: string;

  @Enum({ items: () => WebhookDeliveryStatus, type: 'string' })
  status: WebhookDeliveryStatus = WebhookDeliveryStatus.PENDING;

  @Property({ type: 'integer', default: 0 })
  attempts: number = 0;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  nextAttemptAt: Date = new Date();

  @Property({ type: 'integer', nullable: true })
  lastStatus: number | null = null;

  @Property({ type: 'text', nullable: true })
  lastError: string | null = null;

  @Property({ type: 'Date', nullable: true })
  deliveredAt: Date | null = null;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'Date', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
