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
import { CheckResult } from './purchaser.enums.js';
import { Purchaser } from './purchaser.entity.js';

@Entity({ tableName: 'credit_check' })
@Index({
  name: 'credit_check_purchaser_idx',
  expression:
    'create index credit_check_purchaser_idx on credit_check (purchaser_id, checked_at desc)',
})
export class CreditCheck {
  [OptionalProps]?: 'checkedAt';

  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string = randomUUID();

  @ManyToOne(() => Delegation, {
    ref: true,
    fieldName: 'delegation_id',
    foreignKeyName: 'credit_check_delegation_id_fkey',
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

  @Enum({ items: () => CheckResult, type: 'string' })
  result!: CheckResult;

  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Property({ type: 'text' })
  checkedBy!: string;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  checkedAt: Date = new Date();
}
