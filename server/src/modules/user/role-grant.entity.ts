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
import type { Ref } from '@mikro-orm/core';
import { Role } from '../../auth/roles.js';
import { Delegation } from '../delegation/delegation.entity.js';
import { SubDelegationLead } from '../delegation/sub-delegation-lead.entity.js';
import { SubDelegation } from '../delegation/sub-delegation.entity.js';
import { Exhibitor } from '../exhibitor/exhibitor.entity.js';
import { Expo } from '../expo/expo.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Purchaser } from '../purchaser/purchaser.entity.js';
import { AppUser } from './app-user.entity.js';

@Entity({ tableName: 'role_grant' })
@Index({ name: 'role_grant_delegation_idx', properties: ['delegation'] })
@Index({ name: 'role_grant_exhibitor_idx', properties: ['exhibitor'] })
@Index({ name: 'role_grant_lead_idx', properties: ['lead'] })
@Unique({
  name: 'role_grant_once',
  expression:
    "create unique index role_grant_once on role_grant (user_id, role, coalesce(expo_id, delegation_id, '00000000-0000-0000-0000-000000000000'), coalesce(lead_id, sub_delegation_id, organisation_id, purchaser_id, exhibitor_id, '00000000-0000-0000-0000-000000000000'))",
})
@Index({ name: 'role_grant_user_idx', properties: ['user'] })
export class RoleGrant {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string = randomUUID();

  @ManyToOne(() => AppUser, {
    ref: true,
    fieldName: 'user_id',
    foreignKeyName: 'role_grant_user_id_fkey',
    deleteRule: 'cascade',
    updateRule: 'no action',
  })
  user!: Ref<AppUser>;

  @Enum({ items: () => Role, type: 'string' })
  role!: Role;

  @ManyToOne(() => Expo, {
    ref: true,
    fieldName: 'expo_id',
    foreignKeyName: 'role_grant_expo_id_fkey',
    deleteRule: 'no action',
    updateRule: 'no action',
    nullable: true,
  })
  expo: Ref<Expo> | null = null;

  @ManyToOne(() => Delegation, {
    ref: true,
    fieldName: 'delegation_id',
    foreignKeyName: 'role_grant_delegation_id_fkey',
    deleteRule: 'no action',
    updateRule: 'no action',
    nullable: true,
  })
  delegation: Ref<Delegation> | null = null;

  @ManyToOne(() => SubDelegation, {
    ref: true,
    fieldName: 'sub_delegation_id',
    createForeignKeyConstraint: false,
    nullable: true,
  })
  subDelegation: Ref<SubDelegation> | null = null;

  /** SUB_DELEGATION_LEAD: the lead unit (of `subDelegation`) the grant acts for. */
  @ManyToOne(() => SubDelegationLead, {
    ref: true,
    fieldName: 'lead_id',
    createForeignKeyConstraint: false,
    nullable: true,
  })
  lead: Ref<SubDelegationLead> | null = null;

  @ManyToOne(() => Organisation, {
    ref: true,
    fieldName: 'organisation_id',
    foreignKeyName: 'role_grant_organisation_id_fkey',
    deleteRule: 'no action',
    updateRule: 'no action',
    nullable: true,
  })
  organisation: Ref<Organisation> | null = null;

  @ManyToOne(() => Purchaser, {
    ref: true,
    fieldName: 'purchaser_id',
    createForeignKeyConstraint: false,
    nullable: true,
  })
  purchaser: Ref<Purchaser> | null = null;

  /** EXHIBITOR: the exhibitor (of `expo`, composite key in the database) it represents. */
  @ManyToOne(() => Exhibitor, {
    ref: true,
    fieldName: 'exhibitor_id',
    createForeignKeyConstraint: false,
    nullable: true,
  })
  exhibitor: Ref<Exhibitor> | null = null;

  @Property({ type: 'text' })
  grantedBy!: string;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
