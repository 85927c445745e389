import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import type { Opt, Ref } from '@mikro-orm/core';
import { Delegation } from '../delegation/delegation.entity.js';
import { Exhibitor } from '../exhibitor/exhibitor.entity.js';
import { ProcurementNeed } from '../need/procurement-need.entity.js';
import { Purchaser } from '../purchaser/purchaser.entity.js';
import { MatchStatus } from './match.enums.js';

/** Unique per (purchaser, exhibitor, need) with a null need counting as one value (index). */
@Entity({ tableName: 'exhibitor_match' })
export class ExhibitorMatch {
  [OptionalProps]?: 'reasons' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string = randomUUID();

  @ManyToOne(() => Delegation, { ref: true, fieldName: 'delegation_id' })
  delegation!: Ref<Delegation>;

  /** Must belong to the same delegation (composite FK in the database). */
  @ManyToOne(() => Purchaser, { ref: true, fieldName: 'purchaser_id' })
  purchaser!: Ref<Purchaser>;

  /** Must belong to the same delegation (composite FK in the database). */
  @ManyToOne(() => ProcurementNeed, { ref: true, fieldName: 'need_id', nullable: true })
  need: Ref<ProcurementNeed> | null = null;

  @ManyToOne(() => Exhibitor, { ref: true, fieldName: 'exhibitor_id' })
  exhibitor!: Ref<Exhibitor>;

  @Enum({ items: () => MatchStatus, type: 'string' })
  status!: MatchStatus;

  /** numeric(8, 4) kept as a decimal string. */
  @Property({ type: 'decimal', precision: 8, scale: 4, nullable: true })
  score: string | null = null;

  @Property({ type: 'string[]' })
  reasons: string[] = [];

  @Property({ type: 'text', nullable: true })
  declineReason: string | null = null;

  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;

  @Property({ type: 'Date' })
  createdAt: Date = new Date();

  @Property({ type: 'Date', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
