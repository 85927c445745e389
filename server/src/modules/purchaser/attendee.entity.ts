import { randomUUID } from 'node:crypto';
import {
  Entity,
  Index,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/core';
import type { Ref } from '@mikro-orm/core';
import { Delegation } from '../delegation/delegation.entity.js';
import { Person } from '../person/person.entity.js';
import { Purchaser } from './purchaser.entity.js';

@Entity({ tableName: 'attendee' })
@Unique({ name: 'attendee_id_purchaser_id_key', properties: ['id', 'purchaser', 'delegation'] })
@Index({ name: 'attendee_person_idx', properties: ['person'] })
@Unique({
  name: 'attendee_purchaser_id_person_id_key',
  properties: ['purchaser', 'person', 'delegation'],
})
export class Attendee {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string = randomUUID();

  @ManyToOne(() => Delegation, {
    ref: true,
    fieldName: 'delegation_id',
    foreignKeyName: 'attendee_delegation_id_fkey',
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
  @ManyToOne(() => Person, { ref: true, fieldName: 'person_id', createForeignKeyConstraint: false })
  person!: Ref<Person>;

  @Property({ type: 'text', nullable: true })
  jobTitle: string | null = null;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
