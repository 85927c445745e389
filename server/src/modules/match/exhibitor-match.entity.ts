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
import { ProcurementNeed } from '../need/procurement-need.entity.js';
import { Purchaser } from '../purchaser/purchaser.entity.js';
import { MatchStatus } from './match.enums.js';

/** Unique per (purchaser, exhibitor, need) with a null need counting as one value (index). */
@Entity({ tableName: 'exhibitor_match' })
@Index({ name: 'exhibitor_match_delegation_idx', properties: ['delegation', 'status'] })
@Index({ name: 'exhibitor_match_exhibitor_idx', properties: ['exhibitor'] })
@Unique({
  name: 'exhibitor_match_once',
  expression:
    "create unique index exhibitor_match_once on exhibitor_match (purchaser_id, exhibitor_id, coalesce(need_id, '00000000-0000-0000-0000-000000000000'), delegation_id)",
})
@Index({
  name: 'exhibitor_match_need_idx',
  expression:
    'create index exhibitor_match_need_idx on exhibitor_match (need_id, status) where need_id is not null',
})
@Index({
  name: 'exhibitor_match_purchaser_created_idx',
  expression:
    'create index exhibitor_match_purchaser_created_idx on exhibitor_match (purchaser_id, created_at desc, id)',
})
export class ExhibitorMatch {
  [OptionalProps]?: 'reasons' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string = randomUUID();

  @ManyToOne(() => Delegation, {
    ref: true,
    fieldName: 'delegation_id',
    foreignKeyName: 'exhibitor_match_delegation_id_fkey',
    deleteRule: 'no action',
    updateRule: 'no action',
  })
  delegation!: Ref<Delegation>;

  /** Must belong to the same delegation (composite FK in the database). */
  @ManyToOne(() => Purchaser, {
    ref: true,
    fieldName: 'purchaser_id',
    createForeignKeyConstraint: false,
  })
  purchaser!: Ref<Purchaser>;

  /** Must belong to the same delegation (composite FK in the database). */
  @ManyToOne(() => ProcurementNeed, {
    ref: true,
    fieldName: 'need_id',
    createForeignKeyConstraint: false,
    nullable: true,
  })
  need: Ref<ProcurementNeed> | null = null;

  @ManyToOne(() => Exhibitor, {
    ref: true,
    fieldName: 'exhibitor_id',
    foreignKeyName: 'exhibitor_match_exhibitor_id_fkey',
    deleteRule: 'no action',
    updateRule: 'no action',
  })
  exhibitor!: Ref<Exhibitor>;

  @Enum({ items: () => MatchStatus, type: 'string' })
  status!: MatchStatus;

  /** numeric(8, 4) kept as a decimal string. */
  @Property({ type: 'decimal', precision: 8, scale: 4, nullable: true })
  score: string | null = null;

  @Property({ type: 'string[]', defaultRaw: `'{}'` })
  reasons: string[] = [];

  /** The purchaser's side must meet this exhibitor: the scheduler places it first. */
  @Property({ type: 'boolean', defaultRaw: 'false' })
  purchaserMustMeet: boolean & Opt = false;

  /** The exhibitor's side must meet this purchaser: the scheduler places it first. */
  @Property({ type: 'boolean', defaultRaw: 'false' })
  exhibitorMustMeet: boolean & Opt = false;

  /** When the suggestion was computed (refreshSuggestions); set on every SUGGESTED match (CHECK). */
  @Property({ type: 'Date', nullable: true })
  suggestedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  declineReason: string | null = null;

  /** When the purchaser's side accepted (proposing is accepting); ACCEPTED needs both (CHECK). */
  @Property({ type: 'Date', nullable: true })
  purchaserAcceptedAt: Date | null = null;

  /** When the exhibitor's side accepted (proposing is accepting). */
  @Property({ type: 'Date', nullable: true })
  exhibitorAcceptedAt: Date | null = null;

  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'Date', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
