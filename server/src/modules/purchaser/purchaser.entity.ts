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
@Unique({ properties: ['delegation', 'organisation'] })
export class Purchaser {
  [OptionalProps]?: 'status' | 'invitedAt' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string = randomUUID();

  @ManyToOne(() => Delegation, { ref: true, fieldName: 'delegation_id' })
  delegation!: Ref<Delegation>;

  @ManyToOne(() => Organisation, { ref: true, fieldName: 'organisation_id' })
  organisation!: Ref<Organisation>;

  @ManyToOne(() => SubDelegation, { ref: true, fieldName: 'sub_delegation_id' })
  subDelegation!: Ref<SubDelegation>;

  /** The lead unit that reviews this purchaser and whose target it counts towards. */
  @ManyToOne(() => SubDelegationLead, { ref: true, fieldName: 'lead_id', nullable: true })
  lead: Ref<SubDelegationLead> | null = null;

  @ManyToOne(() => Organisation, { ref: true, fieldName: 'invited_by_organisation_id' })
  invitedByOrganisation!: Ref<Organisation>;

  /** Required unless the status is INVITED or WITHDRAWN. */
  @Enum({ items: () => PurchaserCategory, type: 'string', nullable: true })
  category: PurchaserCategory | null = null;

  @Enum({ items: () => PurchaserStatus, type: 'string' })
  status: PurchaserStatus = PurchaserStatus.INVITED;

  @ManyToOne(() => Person, { ref: true, fieldName: 'contact_person_id', nullable: true })
  contactPerson: Ref<Person> | null = null;

  /** Required when the status is REJECTED. */
  @Property({ type: 'text', nullable: true })
  rejectionReason: string | null = null;

  @Property({ type: 'Date' })
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
    nullable: true,
  })
  reportBatch: Ref<PurchaserReportBatch> | null = null;

  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;

  @Property({ type: 'Date' })
  createdAt: Date = new Date();

  @Property({ type: 'Date', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
