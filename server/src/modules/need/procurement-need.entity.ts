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
import { ExhibitionArea } from '../expo/exhibition-area.entity.js';
import { Purchaser } from '../purchaser/purchaser.entity.js';
import { NeedCloseReason, NeedStatus } from './need.enums.js';

@Entity({ tableName: 'procurement_need' })
@Index({ name: 'procurement_need_delegation_idx', properties: ['delegation', 'status'] })
@Index({ name: 'procurement_need_purchaser_idx', properties: ['purchaser'] })
export class ProcurementNeed {
  [OptionalProps]?: 'description' | 'preferredCountries' | 'status' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string = randomUUID();

  @ManyToOne(() => Delegation, {
    ref: true,
    fieldName: 'delegation_id',
    foreignKeyName: 'procurement_need_delegation_id_fkey',
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

  @ManyToOne(() => ExhibitionArea, {
    ref: true,
    fieldName: 'exhibition_area_id',
    foreignKeyName: 'procurement_need_exhibition_area_id_fkey',
    deleteRule: 'no action',
    updateRule: 'no action',
    nullable: true,
  })
  exhibitionArea: Ref<ExhibitionArea> | null = null;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text' })
  description: string = '';

  /** numeric(20, 4) kept as a decimal string. */
  @Property({ type: 'decimal', precision: 20, scale: 4, nullable: true })
  quantity: string | null = null;

  @Property({ type: 'text', nullable: true })
  unit: string | null = null;

  /** Set together with `budgetCurrency`. */
  @Property({ type: 'decimal', precision: 20, scale: 2, nullable: true })
  budgetAmount: string | null = null;

  @Property({ type: 'character', length: 3, nullable: true })
  budgetCurrency: string | null = null;

  /** ISO 3166-1 alpha-2 codes. */
  @Property({ type: 'string[]', columnType: 'char(2)[]', defaultRaw: `'{}'` })
  preferredCountries: string[] = [];

  @Property({ type: 'date', nullable: true })
  deadline: string | null = null;

  @Enum({ items: () => NeedStatus, type: 'string' })
  status: NeedStatus = NeedStatus.DRAFT;

  /** Set exactly when the status is CLOSED. */
  @Enum({ items: () => NeedCloseReason, type: 'string', nullable: true })
  closeReason: NeedCloseReason | null = null;

  @Property({ type: 'Date', nullable: true })
  publishedAt: Date | null = null;

  @Property({ type: 'Date', nullable: true })
  closedAt: Date | null = null;

  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'Date', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
