import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import type { Ref } from '@mikro-orm/core';
import { Delegation } from '../delegation/delegation.entity.js';
import { Attendee } from './attendee.entity.js';
import { CheckResult } from './purchaser.enums.js';

@Entity({ tableName: 'background_check' })
export class BackgroundCheck {
  [OptionalProps]?: 'checkedAt';

  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string = randomUUID();

  @ManyToOne(() => Delegation, { ref: true, fieldName: 'delegation_id' })
  delegation!: Ref<Delegation>;

  /** Must belong to the same delegation (composite FK in the database). */
  @ManyToOne(() => Attendee, { ref: true, fieldName: 'attendee_id' })
  attendee!: Ref<Attendee>;

  @Enum({ items: () => CheckResult, type: 'string' })
  result!: CheckResult;

  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Property({ type: 'text' })
  checkedBy!: string;

  @Property({ type: 'Date' })
  checkedAt: Date = new Date();
}
