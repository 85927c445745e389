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
import { Expo } from '../expo/expo.entity.js';
import { ExhibitorMatch } from '../match/exhibitor-match.entity.js';
import { Meeting } from '../match/meeting.entity.js';
import { MeetingPoint } from '../meeting/meeting-point.entity.js';
import type { UnplacedReason } from './scheduler.js';

export enum MeetingScheduleStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  DISCARDED = 'DISCARDED',
}

/**
 * A run of the meeting scheduler: a DRAFT to review, then PUBLISHED (its items became
 * meetings) or DISCARDED. The edition's (delegation null) or a delegation's own run.
 */
@Entity({ tableName: 'meeting_schedule' })
@Index({ name: 'meeting_schedule_expo_idx', properties: ['expo'] })
export class MeetingSchedule {
  [OptionalProps]?: 'status' | 'unplaced' | 'createdAt' | 'publishedAt';

  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string = randomUUID();

  @ManyToOne(() => Expo, {
    ref: true,
    fieldName: 'expo_id',
    foreignKeyName: 'meeting_schedule_expo_id_fkey',
    deleteRule: 'no action',
    updateRule: 'no action',
  })
  expo!: Ref<Expo>;

  /** Must belong to the same expo (composite FK in the database). */
  @ManyToOne(() => Delegation, {
    ref: true,
    fieldName: 'delegation_id',
    createForeignKeyConstraint: false,
    nullable: true,
  })
  delegation: Ref<Delegation> | null = null;

  @Enum({ items: () => MeetingScheduleStatus, type: 'string', default: 'DRAFT' })
  status: MeetingScheduleStatus = MeetingScheduleStatus.DRAFT;

  @Property({ type: 'date', nullable: true })
  fromDay: string | null = null;

  @Property({ type: 'date', nullable: true })
  toDay: string | null = null;

  @Property({ type: 'integer' })
  matches!: number;

  @Property({ type: 'integer' })
  placeable!: number;

  @Property({ type: 'integer' })
  placed!: number;

  @Property({ type: 'integer' })
  mustMeet!: number;

  @Property({ type: 'integer' })
  mustMeetPlaced!: number;

  @Property({ type: 'json', defaultRaw: `'[]'` })
  unplaced: { matchId: string; reason: UnplacedReason }[] = [];

  @Property({ type: 'text' })
  createdBy!: string;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'Date', nullable: true })
  publishedAt: Date | null = null;

  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;
}

/** A match placed by a run: at a point, in a slot, with the people who meet. */
@Entity({ tableName: 'meeting_schedule_item' })
@Unique({
  name: 'meeting_schedule_item_schedule_id_match_id_key',
  properties: ['schedule', 'match', 'delegation'],
})
export class MeetingScheduleItem {
  [OptionalProps]?: 'meeting';

  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string = randomUUID();

  @ManyToOne(() => MeetingSchedule, {
    ref: true,
    fieldName: 'schedule_id',
    foreignKeyName: 'meeting_schedule_item_schedule_id_fkey',
    deleteRule: 'cascade',
    updateRule: 'no action',
  })
  schedule!: Ref<MeetingSchedule>;

  @ManyToOne(() => ExhibitorMatch, {
    ref: true,
    fieldName: 'match_id',
    createForeignKeyConstraint: false,
  })
  match!: Ref<ExhibitorMatch>;

  /** The match's delegation (with `match` and `meeting`, composite keys). */
  @ManyToOne(() => Delegation, {
    ref: true,
    fieldName: 'delegation_id',
    foreignKeyName: 'meeting_schedule_item_delegation_id_fkey',
    deleteRule: 'no action',
    updateRule: 'no action',
  })
  delegation!: Ref<Delegation>;

  @ManyToOne(() => MeetingPoint, {
    ref: true,
    fieldName: 'meeting_point_id',
    foreignKeyName: 'meeting_schedule_item_meeting_point_id_fkey',
    deleteRule: 'no action',
    updateRule: 'no action',
  })
  meetingPoint!: Ref<MeetingPoint>;

  @Property({ type: 'Date' })
  startsAt!: Date;

  @Property({ type: 'Date' })
  endsAt!: Date;

  @Property({ type: 'json', defaultRaw: `'[]'` })
  attendeeIds: string[] = [];

  @Property({ type: 'json', defaultRaw: `'[]'` })
  representativeIds: string[] = [];

  @ManyToOne(() => Meeting, {
    ref: true,
    fieldName: 'meeting_id',
    createForeignKeyConstraint: false,
    nullable: true,
  })
  meeting: Ref<Meeting> | null = null;
}
