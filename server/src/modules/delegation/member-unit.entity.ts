import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { Opt, Ref } from '@mikro-orm/core';
import { Organisation } from '../organisation/organisation.entity.js';
import { Person } from '../person/person.entity.js';
import { Delegation } from './delegation.entity.js';

/** An organisation in the leading group of a delegation; it designates a liaison officer. */
@Entity({ tableName: 'member_unit' })
@Unique({
  name: 'member_unit_delegation_id_organisation_id_key',
  properties: ['delegation', 'organisation'],
})
@Unique({
  name: 'member_unit_one_office',
  expression:
    'create unique index member_unit_one_office on member_unit (delegation_id) where hosts_office',
})
export class MemberUnit {
  [OptionalProps]?: 'hostsOffice' | 'position';

  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string = randomUUID();

  @ManyToOne(() => Delegation, {
    ref: true,
    fieldName: 'delegation_id',
    foreignKeyName: 'member_unit_delegation_id_fkey',
    deleteRule: 'cascade',
    updateRule: 'no action',
  })
  delegation!: Ref<Delegation>;

  @ManyToOne(() => Organisation, {
    ref: true,
    fieldName: 'organisation_id',
    foreignKeyName: 'member_unit_organisation_id_fkey',
    deleteRule: 'no action',
    updateRule: 'no action',
  })
  organisation!: Ref<Organisation>;

  /** Must belong to the same delegation (composite FK in the database). */
  @ManyToOne(() => Person, {
    ref: true,
    fieldName: 'liaison_person_id',
    createForeignKeyConstraint: false,
    nullable: true,
  })
  liaisonPerson: Ref<Person> | null = null;

  /** The designated person (专人), of the same delegation (composite FK in the database). */
  @ManyToOne(() => Person, {
    ref: true,
    fieldName: 'designated_person_id',
    createForeignKeyConstraint: false,
    nullable: true,
  })
  designatedPerson: Ref<Person> | null = null;

  /** At most one member unit per delegation hosts the office (partial unique index). */
  @Property({ type: 'boolean' })
  hostsOffice: boolean = false;

  @Property({ type: 'integer' })
  position: number = 0;

  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;
}
