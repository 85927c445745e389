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
import { Attendee } from './attendee.entity.js';
import { CheckResult } from './purchaser.enums.js';

@Entity({ tableName: 'background_check' })
@Index({
  name: 'background_check_attendee_idx',
  expression:
    'create index background_check_attendee_idx on background_check (attendee_id, checked_at desc)',
})
export class BackgroundCheck {
  [OptionalProps]?: 'checkedAt';

  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string = randomUUID();

  @ManyToOne(() => Delegation, {
    ref: true,
    fieldName: 'delegation_id',
    foreignKeyName: 'background_check_delegation_id_fkey',
    deleteRule: 'no action',
    updateRule: 'no action',
  })
  delegation!: Ref<Delegation>;

  /** Must belong to the same delegation (composite FK in the database). */
  @ManyToOne(() => Attendee, {
    ref: true,
    fieldName: 'attendee_id',
    createForeignKeyConstraint: false,
  })
  attendee!: Ref<Attendee>;

  @Enum({ items: () => CheckResult, type: 'string' })
  result!: CheckResult;

  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Property({ type: 'text' })
  checkedBy!: string;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  checkedAt: Date = new Date();
}
