import { randomUUID } from 'node:crypto';
import {
  Entity,
  Enum,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/core';
import type { Ref } from '@mikro-orm/core';
import { Person } from '../person/person.entity.js';
import { DelegationContactRole } from './delegation.enums.js';
import { Delegation } from './delegation.entity.js';

@Entity({ tableName: 'delegation_contact' })
@Unique({
  name: 'delegation_contact_delegation_id_role_person_id_key',
  properties: ['delegation', 'role', 'person'],
})
export class DelegationContact {
  [OptionalProps]?: 'position';

  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string = randomUUID();

  @ManyToOne(() => Delegation, {
    ref: true,
    fieldName: 'delegation_id',
    foreignKeyName: 'delegation_contact_delegation_id_fkey',
    deleteRule: 'cascade',
    updateRule: 'no action',
  })
  delegation!: Ref<Delegation>;

  /** The person must belong to the same delegation (composite FK in the database). */
  @ManyToOne(() => Person, { ref: true, fieldName: 'person_id', createForeignKeyConstraint: false })
  person!: Ref<Person>;

  @Enum({ items: () => DelegationContactRole, type: 'string' })
  role!: DelegationContactRole;

  @Property({ type: 'text', nullable: true })
  labelZh: string | null = null;

  @Property({ type: 'text', nullable: true })
  fax: string | null = null;

  @Property({ type: 'integer' })
  position: number = 0;
}
