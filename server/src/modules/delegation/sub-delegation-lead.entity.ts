import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { Ref } from '@mikro-orm/core';
import { Organisation } from '../organisation/organisation.entity.js';
import { Delegation } from './delegation.entity.js';
import { SubDelegation } from './sub-delegation.entity.js';

@Entity({ tableName: 'sub_delegation_lead' })
@Unique({ properties: ['subDelegation', 'organisation'] })
export class SubDelegationLead {
  [OptionalProps]?: 'position';

  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string = randomUUID();

  @ManyToOne(() => Delegation, { ref: true, fieldName: 'delegation_id' })
  delegation!: Ref<Delegation>;

  /** Must belong to the same delegation (composite FK in the database). */
  @ManyToOne(() => SubDelegation, { ref: true, fieldName: 'sub_delegation_id' })
  subDelegation!: Ref<SubDelegation>;

  @ManyToOne(() => Organisation, { ref: true, fieldName: 'organisation_id' })
  organisation!: Ref<Organisation>;

  @Property({ type: 'integer', nullable: true })
  targetMin: number | null = null;

  @Property({ type: 'text', nullable: true })
  targetOf: string | null = null;

  @Property({ type: 'integer' })
  position: number = 0;
}
