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
import { Exhibitor } from '../exhibitor/exhibitor.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Purchaser } from '../purchaser/purchaser.entity.js';
import { OnsiteEventKind, ParticipantKind } from './onsite.enums.js';

/*
 * On-site activities of the delegation (Migration20261207020001_onsite_services): each row stays
 * in its delegation by composite foreign keys; a deal's event is `deal.event_id` (deal.entity.ts).
 */

const delegationOf = (table: string) =>
  ManyToOne(() => Delegation, {
    ref: true,
    fieldName: 'delegation_id',
    foreignKeyName: `${table}_delegation_id_fkey`,
    deleteRule: 'cascade',
    updateRule: 'no action',
  });

/** An activity the delegation runs on site: matchmaking, needs publishing, a signing ceremony… */
@Entity({ tableName: 'onsite_event' })
@Index({ name: 'onsite_event_delegation_idx', properties: ['delegation', 'startsAt'] })
export class OnsiteEvent {
  [OptionalProps]?: 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string = randomUUID();

  @delegationOf('onsite_event')
  delegation!: Ref<Delegation>;

  @Enum({ items: () => OnsiteEventKind, type: 'string' })
  kind!: OnsiteEventKind;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'Date' })
  startsAt!: Date;

  @Property({ type: 'Date' })
  endsAt!: Date;

  @Property({ type: 'text', nullable: true })
  place: string | null = null;

  /** The member unit that organises it (null: the office). */
  @ManyToOne(() => Organisation, {
    ref: true,
    fieldName: 'organiser_organisation_id',
    foreignKeyName: 'onsite_event_organiser_organisation_id_fkey',
    deleteRule: 'no action',
    updateRule: 'no action',
    nullable: true,
  })
  organiser: Ref<Organisation> | null = null;

  @Property({ type: 'text' })
  createdBy!: string;

  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'Date', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** One participant of an on-site activity: a purchaser, an exhibitor or a guest by name. */
@Entity({ tableName: 'onsite_participant' })
@Unique({
  name: 'onsite_participant_once',
  expression:
    "create unique index onsite_participant_once on onsite_participant (event_id, coalesce(purchaser_id, exhibitor_id, '00000000-0000-0000-0000-000000000000'::uuid), coalesce(guest_name, ''), delegation_id)",
})
@Index({ name: 'onsite_participant_purchaser_idx', properties: ['purchaser'] })
@Index({ name: 'onsite_participant_exhibitor_idx', properties: ['exhibitor'] })
export class OnsiteParticipant {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string = randomUUID();

  @delegationOf('onsite_participant')
  delegation!: Ref<Delegation>;

  @ManyToOne(() => OnsiteEvent, {
    ref: true,
    fieldName: 'event_id',
    createForeignKeyConstraint: false,
  })
  event!: Ref<OnsiteEvent>;

  @Enum({ items: () => ParticipantKind, type: 'string' })
  kind!: ParticipantKind;

  @ManyToOne(() => Purchaser, {
    ref: true,
    fieldName: 'purchaser_id',
    createForeignKeyConstraint: false,
    nullable: true,
  })
  purchaser: Ref<Purchaser> | null = null;

  @ManyToOne(() => Exhibitor, {
    ref: true,
    fieldName: 'exhibitor_id',
    foreignKeyName: 'onsite_participant_exhibitor_id_fkey',
    deleteRule: 'cascade',
    updateRule: 'no action',
    nullable: true,
  })
  exhibitor: Ref<Exhibitor> | null = null;

  @Property({ type: 'text', nullable: true })
  guestName: string | null = null;

  @Property({ type: 'text' })
  addedBy!: string;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
