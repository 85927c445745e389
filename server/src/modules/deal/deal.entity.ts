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
import { ExhibitionArea } from '../expo/exhibition-area.entity.js';
import { Expo } from '../expo/expo.entity.js';
import { ExhibitorMatch } from '../match/exhibitor-match.entity.js';
import { OnsiteEvent } from '../onsite/onsite.entity.js';
import { Purchaser } from '../purchaser/purchaser.entity.js';
import { DealStatus } from './deal.enums.js';

/**
 * A deal. `expo` must be the delegation's expo and `purchaser` and `match` must belong to the
 * delegation (composite FKs in the database). Amounts are decimal strings, never JS numbers.
 */
@Entity({ tableName: 'deal' })
@Index({ name: 'deal_area_idx', properties: ['exhibitionArea'] })
@Index({
  name: 'deal_delegation_created_idx',
  expression:
    'create index deal_delegation_created_idx on deal (delegation_id, created_at desc, id desc)',
})
@Index({
  name: 'deal_delegation_facts_idx',
  expression:
    'create index deal_delegation_facts_idx on deal (delegation_id) include (purchaser_id, exhibitor_id, exhibition_area_id, status, amount_usd, signed_on)',
})
@Index({ name: 'deal_delegation_status_idx', properties: ['delegation', 'status'] })
@Index({ name: 'deal_exhibitor_delegation_idx', properties: ['exhibitor', 'delegation'] })
@Index({ name: 'deal_expo_idx', properties: ['expo'] })
@Index({
  name: 'deal_event_idx',
  expression: 'create index deal_event_idx on deal (event_id) where event_id is not null',
})
@Index({
  name: 'deal_purchaser_created_idx',
  expression: 'create index deal_purchaser_created_idx on deal (purchaser_id, created_at desc, id)',
})
export class Deal {
  [OptionalProps]?: 'status' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string = randomUUID();

  @ManyToOne(() => Delegation, {
    ref: true,
    fieldName: 'delegation_id',
    createForeignKeyConstraint: false,
  })
  delegation!: Ref<Delegation>;

  @ManyToOne(() => Expo, { ref: true, fieldName: 'expo_id', createForeignKeyConstraint: false })
  expo!: Ref<Expo>;

  @ManyToOne(() => Purchaser, {
    ref: true,
    fieldName: 'purchaser_id',
    createForeignKeyConstraint: false,
  })
  purchaser!: Ref<Purchaser>;

  @ManyToOne(() => Exhibitor, {
    ref: true,
    fieldName: 'exhibitor_id',
    foreignKeyName: 'deal_exhibitor_id_fkey',
    deleteRule: 'no action',
    updateRule: 'no action',
    nullable: true,
  })
  exhibitor: Ref<Exhibitor> | null = null;

  @ManyToOne(() => ExhibitorMatch, {
    ref: true,
    fieldName: 'match_id',
    createForeignKeyConstraint: false,
    nullable: true,
  })
  match: Ref<ExhibitorMatch> | null = null;

  @ManyToOne(() => ExhibitionArea, {
    ref: true,
    fieldName: 'exhibition_area_id',
    foreignKeyName: 'deal_exhibition_area_id_fkey',
    deleteRule: 'no action',
    updateRule: 'no action',
    nullable: true,
  })
  exhibitionArea: Ref<ExhibitionArea> | null = null;

  /** The on-site activity it was signed at (of the deal's delegation: a composite FK). */
  @ManyToOne(() => OnsiteEvent, {
    ref: true,
    fieldName: 'event_id',
    createForeignKeyConstraint: false,
    nullable: true,
  })
  event: Ref<OnsiteEvent> | null = null;

  @Property({ type: 'text' })
  goods!: string;

  @Property({ type: 'decimal', precision: 20, scale: 2 })
  amount!: string;

  @Property({ type: 'character', length: 3 })
  currency!: string;

  /**
   * USD for one unit of `currency`, frozen when the deal is recorded: numeric under 10^10, 10 to
   * 20 decimal places as written (see `rateText`).
   */
  @Property({ type: 'decimal' })
  usdRate!: string;

  /** round(amount × usdRate, 2), held by the deal_usd_is_amount_at_rate constraint. */
  @Property({ type: 'decimal', precision: 20, scale: 2 })
  amountUsd!: string;

  @Enum({ items: () => DealStatus, type: 'string' })
  status: DealStatus = DealStatus.INTENDED;

  /** Required unless the status is INTENDED or CANCELLED. */
  @Property({ type: 'date', nullable: true })
  signedOn: string | null = null;

  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'Date', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
