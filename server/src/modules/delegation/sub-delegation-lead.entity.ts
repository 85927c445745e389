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
import type { Opt, Ref } from '@mikro-orm/core';
import { Organisation } from '../organisation/organisation.entity.js';
import { Delegation } from './delegation.entity.js';
import { SubDelegation } from './sub-delegation.entity.js';

@Entity({ tableName: 'sub_delegation_lead' })
@Unique({
  name: 'sub_delegation_lead_id_sub_delegation_key',
  properties: ['id', 'subDelegation', 'delegation'],
})
@Index({ name: 'sub_delegation_lead_org_idx', properties: ['organisation'] })
@Unique({
  name: 'sub_delegation_lead_sub_delegation_id_organisation_id_key',
  properties: ['subDelegation', 'organisation', 'delegation'],
})
@Index({ name: 'sub_delegation_lead_sub_delegation_idx', properties: ['subDelegation'] })
export class SubDelegationLead {
  [OptionalProps]?: 'position';

  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string = randomUUID();

  @ManyToOne(() => Delegation, {
    ref: true,
    fieldName: 'delegation_id',
    foreignKeyName: 'sub_delegation_lead_delegation_id_fkey',
    deleteRule: 'cascade',
    updateRule: 'no action',
  })
  delegation!: Ref<Delegation>;

  /** Must belong to the same delegation (composite FK in the database). */
  @ManyToOne(() => SubDelegation, {
    ref: true,
    fieldName: 'sub_delegation_id',
    createForeignKeyConstraint: false,
  })
  subDelegation!: Ref<SubDelegation>;

  @ManyToOne(() => Organisation, {
    ref: true,
    fieldName: 'organisation_id',
    foreignKeyName: 'sub_delegation_lead_organisation_id_fkey',
    deleteRule: 'no action',
    updateRule: 'no action',
  })
  organisation!: Ref<Organisation>;

  @Property({ type: 'integer', nullable: true })
  targetMin: number | null = null;

  @Property({ type: 'text', nullable: true })
  targetOf: string | null = null;

  @Property({ type: 'integer' })
  position: number = 0;

  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;
}
