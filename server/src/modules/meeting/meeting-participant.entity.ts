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
import { ExhibitorRepresentative } from '../exhibitor/exhibitor-representative.entity.js';
import { Exhibitor } from '../exhibitor/exhibitor.entity.js';
import { Meeting } from '../match/meeting.entity.js';
import { Attendee } from '../purchaser/attendee.entity.js';
import { Purchaser } from '../purchaser/purchaser.entity.js';

/**
 * One person taking part in a meeting: an attendee of the match's purchaser or a
 * representative of its exhibitor (composite FKs). `during` and `active` are copies of the
 * meeting's slot and liveness that triggers keep; the exclusion constraints over them refuse
 * one person in two live meetings at once.
 */
@Entity({ tableName: 'meeting_participant' })
@Index({ name: 'meeting_participant_attendee_idx', properties: ['attendee'] })
@Index({
  name: 'meeting_participant_attendee_no_overlap',
  expression:
    'alter table meeting_participant add constraint meeting_participant_attendee_no_overlap exclude using gist (delegation_id with =, attendee_id with =, during with &&) where (active and attendee_id is not null)',
})
@Unique({
  name: 'meeting_participant_meeting_id_attendee_id_key',
  properties: ['meeting', 'attendee', 'delegation'],
})
@Unique({
  name: 'meeting_participant_meeting_id_representative_id_key',
  properties: ['meeting', 'representative', 'delegation'],
})
@Index({ name: 'meeting_participant_representative_idx', properties: ['representative'] })
@Index({
  name: 'meeting_participant_representative_no_overlap',
  expression:
    'alter table meeting_participant add constraint meeting_participant_representative_no_overlap exclude using gist (representative_id with =, during with &&) where (active and representative_id is not null)',
})
export class MeetingParticipant {
  [OptionalProps]?: 'during' | 'active';

  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string = randomUUID();

  /** The meeting's delegation (part of every composite key here). */
  @ManyToOne(() => Delegation, {
    ref: true,
    fieldName: 'delegation_id',
    foreignKeyName: 'meeting_participant_delegation_id_fkey',
    deleteRule: 'no action',
    updateRule: 'no action',
  })
  delegation!: Ref<Delegation>;

  /** With the purchaser and exhibitor: a composite FK to the meeting. */
  @ManyToOne(() => Meeting, {
    ref: true,
    fieldName: 'meeting_id',
    createForeignKeyConstraint: false,
  })
  meeting!: Ref<Meeting>;

  @ManyToOne(() => Purchaser, {
    ref: true,
    fieldName: 'purchaser_id',
    createForeignKeyConstraint: false,
  })
  purchaser!: Ref<Purchaser>;

  @ManyToOne(() => Exhibitor, {
    ref: true,
    fieldName: 'exhibitor_id',
    createForeignKeyConstraint: false,
  })
  exhibitor!: Ref<Exhibitor>;

  /** An attendee of the meeting's purchaser (composite FK). */
  @ManyToOne(() => Attendee, {
    ref: true,
    fieldName: 'attendee_id',
    createForeignKeyConstraint: false,
    nullable: true,
  })
  attendee: Ref<Attendee> | null = null;

  /** A representative of the meeting's exhibitor (composite FK). */
  @ManyToOne(() => ExhibitorRepresentative, {
    ref: true,
    fieldName: 'representative_id',
    createForeignKeyConstraint: false,
    nullable: true,
  })
  representative: Ref<ExhibitorRepresentative> | null = null;

  /** Set by the database from the meeting. */
  @Property({ type: 'string', columnType: 'tstzrange', defaultRaw: `'empty'::tstzrange` })
  during?: string;

  /** Set by the database from the meeting (`meeting_is_active(status)`). */
  @Property({ type: 'boolean', defaultRaw: 'false' })
  active?: boolean;
}
