import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { Ref } from '@mikro-orm/core';
import { Delegation } from '../delegation/delegation.entity.js';
import { Person } from '../person/person.entity.js';
import { Purchaser } from './purchaser.entity.js';

@Entity({ tableName: 'attendee' })
@Unique({ properties: ['purchaser', 'person'] })
export class Attendee {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string = randomUUID();

  @ManyToOne(() => Delegation, { ref: true, fieldName: 'delegation_id' })
  delegation!: Ref<Delegation>;

  /** Must belong to the same delegation (composite FK in the database). */
  @ManyToOne(() => Purchaser, { ref: true, fieldName: 'purchaser_id' })
  purchaser!: Ref<Purchaser>;

  /** Must belong to the same delegation (composite FK in the database). */
  @ManyToOne(() => Person, { ref: true, fieldName: 'person_id' })
  person!: Ref<Person>;

  @Property({ type: 'text', nullable: true })
  jobTitle: string | null = null;

  @Property({ type: 'Date' })
  createdAt: Date = new Date();
}
