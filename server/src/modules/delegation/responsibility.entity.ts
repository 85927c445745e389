import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { Opt, Ref } from '@mikro-orm/core';
import { Delegation } from './delegation.entity.js';
import { MemberUnit } from './member-unit.entity.js';

@Entity({ tableName: 'responsibility' })
@Unique({
  name: 'responsibility_member_unit_id_position_key',
  properties: ['memberUnit', 'position', 'delegation'],
})
export class Responsibility {
  [OptionalProps]?: 'position';

  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string = randomUUID();

  @ManyToOne(() => Delegation, {
    ref: true,
    fieldName: 'delegation_id',
    foreignKeyName: 'responsibility_delegation_id_fkey',
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

  @Property({ type: 'text' })
  dutyEn!: string;

  @Property({ type: 'text', nullable: true })
  dutyZh: string | null = null;

  /** Unique per member unit: the database default 0 only suits the first duty. */
  @Property({ type: 'integer' })
  position: number = 0;

  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;
}
