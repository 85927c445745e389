import { randomUUID } from 'node:crypto';
import {
  Entity,
  Enum,
  Index,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/core';
import type { Opt, Ref } from '@mikro-orm/core';
import { Person } from '../person/person.entity.js';
import { LeadingGroupRole } from './delegation.enums.js';
import { Delegation } from './delegation.entity.js';
import { MemberUnit } from './member-unit.entity.js';

@Entity({ tableName: 'leading_group_member' })
@Unique({
  name: 'leading_group_member_delegation_id_person_id_key',
  properties: ['delegation', 'person'],
})
@Index({ name: 'leading_group_member_unit_idx', properties: ['memberUnit'] })
@Unique({
  name: 'leading_group_one_leader',
  expression:
    "create unique index leading_group_one_leader on leading_group_member (delegation_id) where role = 'LEADER'",
})
@Unique({
  name: 'leading_group_one_secretary_general',
  expression:
    "create unique index leading_group_one_secretary_general on leading_group_member (delegation_id) where role = 'SECRETARY_GENERAL'",
})
export class LeadingGroupMember {
  [OptionalProps]?: 'position';

  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string = randomUUID();

  @ManyToOne(() => Delegation, {
    ref: true,
    fieldName: 'delegation_id',
    foreignKeyName: 'leading_group_member_delegation_id_fkey',
    deleteRule: 'cascade',
    updateRule: 'no action',
  })
  delegation!: Ref<Delegation>;

  /** Must belong to the same delegation (composite FK in the database). */
  @ManyToOne(() => MemberUnit, {
    ref: true,
    fieldName: 'member_unit_id',
    createForeignKeyConstraint: false,
  })
  memberUnit!: Ref<MemberUnit>;

  /** Must belong to the same delegation (composite FK in the database). */
  @ManyToOne(() => Person, { ref: true, fieldName: 'person_id', createForeignKeyConstraint: false })
  person!: Ref<Person>;

  /**
   * At most one LEADER and one SECRETARY_GENERAL per delegation (partial unique indexes); a group
   * with members has a LEADER (a constraint trigger, checked at commit).
   */
  @Enum({ items: () => LeadingGroupRole, type: 'string' })
  role!: LeadingGroupRole;

  @Property({ type: 'text' })
  titleZh!: string;

  @Property({ type: 'text', nullable: true })
  titleEn: string | null = null;

  @Property({ type: 'integer' })
  position: number = 0;

  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;
}
