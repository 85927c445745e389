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
import { Delegation } from '../delegation/delegation.entity.js';
import { SubDelegationLead } from '../delegation/sub-delegation-lead.entity.js';
import { SubDelegation } from '../delegation/sub-delegation.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Person } from '../person/person.entity.js';
import { PurchaserCategory, PurchaserStatus } from './purchaser.enums.js';
import { PurchaserReportBatch } from './purchaser-report-batch.entity.js';

/**
 * A purchasing organisation registered with a delegation. Every reference below except the
 * organisations must stay inside the same delegation (composite FKs in the database).
 */
@Entity({ tableName: 'purchaser' })
@Index({
  name: 'purchaser_contact_person_idx',
  expression:
    'create index purchaser_contact_person_idx on purchaser (contact_person_id) where contact_person_id is not null',
})
@Index({
  name: 'purchaser_delegation_facts_idx',
  expression:
    'create index purchaser_delegation_facts_idx on purchaser (delegation_id) include (id, sub_delegation_id, lead_id, category)',
})
@Unique({
  name: 'purchaser_registration_number_uq',
  expression:
    'create unique index purchaser_registration_number_uq on purchaser (delegation_id, registration_number) where registration_number is not null',
})
@Unique({
  name: 'purchaser_delegation_id_organisation_id_key',
  properties: ['delegation', 'organisation'],
})
@Index({ name: 'purchaser_delegation_status_idx', properties: ['delegation', 'status'] })
@Index({ name: 'purchaser_invited_by_idx', properties: ['delegation', 'invitedByOrganisation'] })
@Index({ name: 'purchaser_lead_idx', properties: ['lead'] })
@Index({ name: 'purchaser_sub_delegation_idx', properties: ['subDelegation', 'status'] })
@Index({
  name: 'purchaser_sub_delegation_invited_idx',
  properties: ['subDelegation', 'invitedAt', 'id'],
})
export class Purchaser {
  [OptionalProps]?: 'status' | 'invitedAt' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string = randomUUID();

  @ManyToOne(() => Delegation, {
    ref: true,
    fieldName: 'delegation_id',
    foreignKeyName: 'purchaser_delegation_id_fkey',
    deleteRule: 'no action',
    updateRule: 'no action',
  })
  delegation!: Ref<Delegation>;

  @ManyToOne(() => Organisation, {
    ref: true,
    fieldName: 'organisation_id',
    foreignKeyName: 'purchaser_organisation_id_fkey',
    deleteRule: 'no action',
    updateRule: 'no action',
  })
  organisation!: Ref<Organisation>;

  @ManyToOne(() => SubDelegation, {
    ref: true,
    fieldName: 'sub_delegation_id',
    createForeignKeyConstraint: false,
  })
  subDelegation!: Ref<SubDelegation>;

  /** The lead unit that reviews this purchaser and whose target it counts towards. */
  @ManyToOne(() => SubDelegationLead, {
    ref: true,
    fieldName: 'lead_id',
    createForeignKeyConstraint: false,
    nullable: true,
  })
  lead: Ref<SubDelegationLead> | null = null;

  @ManyToOne(() => Organisation, {
    ref: true,
    fieldName: 'invited_by_organisation_id',
    foreignKeyName: 'purchaser_invited_by_organisation_id_fkey',
    deleteRule: 'no action',
    updateRule: 'no action',
  })
  invitedByOrganisation!: Ref<Organisation>;

  /** Required unless the status is INVITED or WITHDRAWN. */
  @Enum({ items: () => PurchaserCategory, type: 'string', nullable: true })
  category: PurchaserCategory | null = null;

  @Enum({ items: () => PurchaserStatus, type: 'string' })
  status: PurchaserStatus = PurchaserStatus.INVITED;

  @ManyToOne(() => Person, {
    ref: true,
    fieldName: 'contact_person_id',
    createForeignKeyConstraint: false,
    nullable: true,
  })
  contactPerson: Ref<Person> | null = null;

  /** Required when the status is REJECTED. */
  @Property({ type: 'text', nullable: true })
  rejectionReason: string | null = null;

  /** The number the expo's registration site (参会注册) gave it; set by the office. */
  @Property({ type: 'text', nullable: true })
  registrationNumber: string | null = null;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  invitedAt: Date = new Date();

  @Property({ type: 'Date', nullable: true })
  registeredAt: Date | null = null;

  @Property({ type: 'Date', nullable: true })
  approvedAt: Date | null = null;

  /** Required (with `reportBatch`) when the status is REPORTED. */
  @Property({ type: 'Date', nullable: true })
  reportedAt: Date | null = null;

  @ManyToOne(() => PurchaserReportBatch, {
    ref: true,
    fieldName: 'report_batch_id',
    createForeignKeyConstraint: false,
    nullable: true,
  })
  reportBatch: Ref<PurchaserReportBatch> | null = null;

  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'Date', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
