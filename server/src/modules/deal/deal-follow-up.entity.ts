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
import type { Ref } from '@mikro-orm/core';
import { Delegation } from '../delegation/delegation.entity.js';
import { DealStatus } from './deal.enums.js';
import { Deal } from './deal.entity.js';

@Entity({ tableName: 'deal_follow_up' })
@Index({ name: 'deal_follow_up_deal_idx', properties: ['deal', 'followedOn'] })
export class DealFollowUp {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string = randomUUID();

  /** The deal's delegation (composite FK to deal in the database). */
  @ManyToOne(() => Delegation, {
    ref: true,
    fieldName: 'delegation_id',
    createForeignKeyConstraint: false,
  })
  delegation!: Ref<Delegation>;

  @ManyToOne(() => Deal, { ref: true, fieldName: 'deal_id', createForeignKeyConstraint: false })
  deal!: Ref<Deal>;

  @Property({ type: 'date' })
  followedOn!: string;

  @Property({ type: 'text' })
  note!: string;

  /**
   * Plain text in the database (no CHECK); always a deal status in practice. Declared as text,
   * not as an enum, because an enum would claim the CHECK the migrations do not create.
   */
  @Property({ type: 'string', columnType: 'text' })
  fromStatus!: DealStatus;

  @Enum({ items: () => DealStatus, type: 'string' })
  toStatus!: DealStatus;

  @Property({ type: 'text' })
  recordedBy!: string;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
