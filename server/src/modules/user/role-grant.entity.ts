import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import type { Ref } from '@mikro-orm/core';
import { Role } from '../../auth/roles.js';
import { Delegation } from '../delegation/delegation.entity.js';
import { SubDelegationLead } from '../delegation/sub-delegation-lead.entity.js';
import { SubDelegation } from '../delegation/sub-delegation.entity.js';
import { Expo } from '../expo/expo.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Purchaser } from '../purchaser/purchaser.entity.js';
import { AppUser } from './app-user.entity.js';

@Entity({ tableName: 'role_grant' })
export class RoleGrant {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string = randomUUID();

  @ManyToOne(() => AppUser, { ref: true, fieldName: 'user_id' })
  user!: Ref<AppUser>;

  @Enum({ items: () => Role, type: 'string' })
  role!: Role;

  @ManyToOne(() => Expo, { ref: true, fieldName: 'expo_id', nullable: true })
  expo: Ref<Expo> | null = null;

  @ManyToOne(() => Delegation, { ref: true, fieldName: 'delegation_id', nullable: true })
  delegation: Ref<Delegation> | null = null;

  @ManyToOne(() => SubDelegation, { ref: true, fieldName: 'sub_delegation_id', nullable: true })
  subDelegation: Ref<SubDelegation> | null = null;

  /** SUB_DELEGATION_LEAD: the lead unit (of `subDelegation`) the grant acts for. */
  @ManyToOne(() => SubDelegationLead, { ref: true, fieldName: 'lead_id', nullable: true })
  lead: Ref<SubDelegationLead> | null = null;

  @ManyToOne(() => Organisation, { ref: true, fieldName: 'organisation_id', nullable: true })
  organisation: Ref<Organisation> | null = null;

  @ManyToOne(() => Purchaser, { ref: true, fieldName: 'purchaser_id', nullable: true })
  purchaser: Ref<Purchaser> | null = null;

  @Property({ type: 'text' })
  grantedBy!: string;

  @Property({ type: 'Date' })
  createdAt: Date = new Date();
}
