import { randomUUID } from 'node:crypto';
import {
  Entity,
  Index,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/core';
import type { Ref } from '@mikro-orm/core';
import { Delegation } from '../delegation/delegation.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { AppUser } from '../user/app-user.entity.js';

/** A circular (通报) the office of a delegation sends to all or some of its member units. */
@Entity({ tableName: 'circular' })
@Index({ name: 'circular_delegation_idx', properties: ['delegation', 'sentAt'] })
export class Circular {
  [OptionalProps]?: 'sentAt';

  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string = randomUUID();

  @ManyToOne(() => Delegation, {
    ref: true,
    fieldName: 'delegation_id',
    foreignKeyName: 'circular_delegation_id_fkey',
    deleteRule: 'cascade',
    updateRule: 'no action',
  })
  delegation!: Ref<Delegation>;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text' })
  body!: string;

  @Property({ type: 'text' })
  sentBy!: string;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  sentAt: Date = new Date();
}

/** A member unit a circular is addressed to (of the circular's delegation: composite FK). */
@Entity({ tableName: 'circular_recipient' })
@Unique({
  name: 'circular_recipient_circular_id_organisation_id_key',
  properties: ['circular', 'organisation', 'delegation'],
})
@Index({ name: 'circular_recipient_unit_idx', properties: ['delegation', 'organisation'] })
export class CircularRecipient {
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string = randomUUID();

  @ManyToOne(() => Delegation, {
    ref: true,
    fieldName: 'delegation_id',
    foreignKeyName: 'circular_recipient_delegation_id_fkey',
    deleteRule: 'cascade',
    updateRule: 'no action',
  })
  delegation!: Ref<Delegation>;

  /** Of the same delegation (composite FK in the database). */
  @ManyToOne(() => Circular, {
    ref: true,
    fieldName: 'circular_id',
    createForeignKeyConstraint: false,
  })
  circular!: Ref<Circular>;

  /** The member unit, by its organisation. */
  @ManyToOne(() => Organisation, {
    ref: true,
    fieldName: 'organisation_id',
    foreignKeyName: 'circular_recipient_organisation_id_fkey',
    deleteRule: 'no action',
    updateRule: 'no action',
  })
  organisation!: Ref<Organisation>;
}

/** A reader of an addressed unit acknowledged the circular: once per user and unit. */
@Entity({ tableName: 'circular_acknowledgement' })
@Unique({
  name: 'circular_acknowledgement_once',
  properties: ['circular', 'organisation', 'user', 'delegation'],
})
export class CircularAcknowledgement {
  [OptionalProps]?: 'acknowledgedAt';

  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string = randomUUID();

  /** With `organisation`, a recipient of the circular (composite FK in the database). */
  @ManyToOne(() => Circular, {
    ref: true,
    fieldName: 'circular_id',
    createForeignKeyConstraint: false,
  })
  circular!: Ref<Circular>;

  @ManyToOne(() => Organisation, {
    ref: true,
    fieldName: 'organisation_id',
    createForeignKeyConstraint: false,
  })
  organisation!: Ref<Organisation>;

  @ManyToOne(() => AppUser, {
    ref: true,
    fieldName: 'user_id',
    foreignKeyName: 'circular_acknowledgement_user_id_fkey',
    deleteRule: 'no action',
    updateRule: 'no action',
  })
  user!: Ref<AppUser>;

  /** The circular's delegation (with `circular` and `organisation`, a composite key). */
  @ManyToOne(() => Delegation, {
    ref: true,
    fieldName: 'delegation_id',
    foreignKeyName: 'circular_acknowledgement_delegation_id_fkey',
    deleteRule: 'no action',
    updateRule: 'no action',
  })
  delegation!: Ref<Delegation>;

  /** The actor, as audit events name it. */
  @Property({ type: 'text' })
  acknowledgedBy!: string;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  acknowledgedAt: Date = new Date();
}
