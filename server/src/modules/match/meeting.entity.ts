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
import { MeetingPoint } from '../meeting/meeting-point.entity.js';
import { Purchaser } from '../purchaser/purchaser.entity.js';
import { MeetingMode, MeetingPhase, MeetingStatus } from './match.enums.js';
import { ExhibitorMatch } from './exhibitor-match.entity.js';

/**
 * A meeting slot, confirmed (SCHEDULED) once both sides accepted it. The database refuses two
 * live meetings at one meeting point at once (and, through meeting_participant, one person in
 * two), and requires `link` for ONLINE and `place` for OFFLINE meetings. Live (holding its
 * time): `meeting_is_active(status)`, PROPOSED, SCHEDULED or HELD.
 */
@Entity({ tableName: 'meeting' })
@Index({ name: 'meeting_exhibitor_idx', properties: ['exhibitor'] })
@Unique({
  name: 'meeting_id_purchaser_id_exhibitor_id_key',
  properties: ['id', 'purchaser', 'exhibitor', 'delegation'],
})
@Index({ name: 'meeting_match_idx', properties: ['match'] })
@Index({
  name: 'meeting_point_no_overlap',
  expression:
    'alter table meeting add constraint meeting_point_no_overlap exclude using gist (meeting_point_id with =, tstzrange(starts_at, ends_at) with &&) where (meeting_point_id is not null and meeting_is_active(status))',
})
@Index({ name: 'meeting_purchaser_idx', properties: ['purchaser'] })
export class Meeting {
  [OptionalProps]?: 'status' | 'createdAt';

  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string = randomUUID();

  @ManyToOne(() => Delegation, {
    ref: true,
    fieldName: 'delegation_id',
    foreignKeyName: 'meeting_delegation_id_fkey',
    deleteRule: 'no action',
    updateRule: 'no action',
  })
  delegation!: Ref<Delegation>;

  /** Must belong to the same delegation (composite FK in the database). */
  @ManyToOne(() => ExhibitorMatch, {
    ref: true,
    fieldName: 'match_id',
    createForeignKeyConstraint: false,
  })
  match!: Ref<ExhibitorMatch>;

  /** Must belong to the same delegation (composite FK in the database). */
  @ManyToOne(() => Purchaser, {
    ref: true,
    fieldName: 'purchaser_id',
    createForeignKeyConstraint: false,
  })
  purchaser!: Ref<Purchaser>;

  @ManyToOne(() => Exhibitor, {
    ref: true,
    fieldName: 'exhibitor_id',
    foreignKeyName: 'meeting_exhibitor_id_fkey',
    deleteRule: 'no action',
    updateRule: 'no action',
  })
  exhibitor!: Ref<Exhibitor>;

  @Enum({ items: () => MeetingPhase, type: 'string' })
  phase!: MeetingPhase;

  @Enum({ items: () => MeetingMode, type: 'string' })
  mode!: MeetingMode;

  @Property({ type: 'Date' })
  startsAt!: Date;

  @Property({ type: 'Date' })
  endsAt!: Date;

  /** Where the meeting takes place (a point of the meeting's expo). */
  @ManyToOne(() => MeetingPoint, {
    ref: true,
    fieldName: 'meeting_point_id',
    foreignKeyName: 'meeting_meeting_point_id_fkey',
    deleteRule: 'no action',
    updateRule: 'no action',
    nullable: true,
  })
  meetingPoint: Ref<MeetingPoint> | null = null;

  @Property({ type: 'text', nullable: true })
  place: string | null = null;

  @Property({ type: 'text', nullable: true })
  link: string | null = null;

  @Enum({ items: () => MeetingStatus, type: 'string' })
  status: MeetingStatus = MeetingStatus.PROPOSED;

  /** When the purchaser's side accepted; SCHEDULED and HELD need both sides (CHECK). */
  @Property({ type: 'Date', nullable: true })
  purchaserAcceptedAt: Date | null = null;

  @Property({ type: 'Date', nullable: true })
  exhibitorAcceptedAt: Date | null = null;

  /** Why the other side declined; set exactly when DECLINED (CHECK). */
  @Property({ type: 'text', nullable: true })
  declineReason: string | null = null;

  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
