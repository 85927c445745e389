import { randomUUID } from 'node:crypto';
import {
  Entity,
  Enum,
  Index,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
} from '@mikro-orm/core';
import type { Opt, Ref } from '@mikro-orm/core';
import { Delegation } from '../delegation/delegation.entity.js';
import { Exhibitor } from '../exhibitor/exhibitor.entity.js';
import { Purchaser } from '../purchaser/purchaser.entity.js';
import { MeetingMode, MeetingPhase, MeetingStatus } from './match.enums.js';
import { ExhibitorMatch } from './exhibitor-match.entity.js';

/**
 * A meeting slot, confirmed (SCHEDULED) once both sides accepted it. The database refuses
 * overlapping slots that hold their time (PROPOSED, SCHEDULED, HELD) of one purchaser or one
 * exhibitor, and requires `link` for ONLINE and `place` for OFFLINE meetings.
 */
@Entity({ tableName: 'meeting' })
@Index({
  name: 'meeting_exhibitor_no_overlap',
  expression:
    "alter table meeting add constraint meeting_exhibitor_no_overlap exclude using gist (exhibitor_id with =, tstzrange(starts_at, ends_at) with &&) where (status in ('PROPOSED', 'SCHEDULED', 'HELD'))",
})
@Index({ name: 'meeting_match_idx', properties: ['match'] })
@Index({
  name: 'meeting_purchaser_no_overlap',
  expression:
    "alter table meeting add constraint meeting_purchaser_no_overlap exclude using gist (purchaser_id with =, tstzrange(starts_at, ends_at) with &&) where (status in ('PROPOSED', 'SCHEDULED', 'HELD'))",
})
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
