import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import type { Opt, Ref } from '@mikro-orm/core';
import { Delegation } from '../delegation/delegation.entity.js';
import { Exhibitor } from '../exhibitor/exhibitor.entity.js';
import { Purchaser } from '../purchaser/purchaser.entity.js';
import { MeetingMode, MeetingPhase, MeetingStatus } from './match.enums.js';
import { ExhibitorMatch } from './exhibitor-match.entity.js';

/**
 * A meeting slot. The database refuses overlapping non-cancelled slots of one purchaser or one
 * exhibitor, and requires `link` for ONLINE and `place` for OFFLINE meetings.
 */
@Entity({ tableName: 'meeting' })
export class Meeting {
  [OptionalProps]?: 'status' | 'createdAt';

  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string = randomUUID();

  @ManyToOne(() => Delegation, { ref: true, fieldName: 'delegation_id' })
  delegation!: Ref<Delegation>;

  /** Must belong to the same delegation (composite FK in the database). */
  @ManyToOne(() => ExhibitorMatch, { ref: true, fieldName: 'match_id' })
  match!: Ref<ExhibitorMatch>;

  /** Must belong to the same delegation (composite FK in the database). */
  @ManyToOne(() => Purchaser, { ref: true, fieldName: 'purchaser_id' })
  purchaser!: Ref<Purchaser>;

  @ManyToOne(() => Exhibitor, { ref: true, fieldName: 'exhibitor_id' })
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
  status: MeetingStatus = MeetingStatus.SCHEDULED;

  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;

  @Property({ type: 'Date' })
  createdAt: Date = new Date();
}
