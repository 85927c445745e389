import { randomUUID } from 'node:crypto';
import {
  Entity,
  Enum,
  Index,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
} from '@mikro-orm/core';
import type { Opt, Ref } from '@mikro-orm/core';
import { Delegation } from '../delegation/delegation.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { SubDelegation } from '../delegation/sub-delegation.entity.js';
import { FundingStatus, IncidentStatus } from './services.enums.js';

/*
 * The service departments' queues (Migration20261207020001_onsite_services): their workflows are
 * held by the migration's triggers too.
 */

/** Funds asked of the FINANCE unit: SUBMITTED → APPROVED → PAID, or REJECTED with a reason. */
@Entity({ tableName: 'funding_request' })
@Index({ name: 'funding_request_delegation_idx', properties: ['delegation', 'createdAt'] })
export class FundingRequest {
  [OptionalProps]?: 'status' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string = randomUUID();

  @ManyToOne(() => Delegation, {
    ref: true,
    fieldName: 'delegation_id',
    foreignKeyName: 'funding_request_delegation_id_fkey',
    deleteRule: 'cascade',
    updateRule: 'no action',
  })
  delegation!: Ref<Delegation>;

  /** The member unit that asks (null: the office). */
  @ManyToOne(() => Organisation, {
    ref: true,
    fieldName: 'requested_by_organisation_id',
    foreignKeyName: 'funding_request_requested_by_organisation_id_fkey',
    deleteRule: 'no action',
    updateRule: 'no action',
    nullable: true,
  })
  requestingUnit: Ref<Organisation> | null = null;

  @Property({ type: 'text' })
  purpose!: string;

  /** CNY, exact: a decimal string. */
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  amountCny!: string;

  @Enum({ items: () => FundingStatus, type: 'string' })
  status: FundingStatus = FundingStatus.SUBMITTED;

  @Property({ type: 'text', nullable: true })
  rejectReason: string | null = null;

  @Property({ type: 'text' })
  requestedBy!: string;

  @Property({ type: 'text', nullable: true })
  reviewedBy: string | null = null;

  @Property({ type: 'Date', nullable: true })
  reviewedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  paidBy: string | null = null;

  @Property({ type: 'Date', nullable: true })
  paidAt: Date | null = null;

  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'Date', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** A health incident of the delegation's stay: OPEN → RESPONDED (by the HEALTH unit) → CLOSED. */
@Entity({ tableName: 'health_incident' })
@Index({ name: 'health_incident_delegation_idx', properties: ['delegation', 'openedAt'] })
@Index({ name: 'health_incident_sub_delegation_idx', properties: ['subDelegation'] })
export class HealthIncident {
  [OptionalProps]?: 'status' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string = randomUUID();

  @ManyToOne(() => Delegation, {
    ref: true,
    fieldName: 'delegation_id',
    foreignKeyName: 'health_incident_delegation_id_fkey',
    deleteRule: 'cascade',
    updateRule: 'no action',
  })
  delegation!: Ref<Delegation>;

  /** The sub-delegation concerned (of the same delegation: a composite FK), if any. */
  @ManyToOne(() => SubDelegation, {
    ref: true,
    fieldName: 'sub_delegation_id',
    createForeignKeyConstraint: false,
    nullable: true,
  })
  subDelegation: Ref<SubDelegation> | null = null;

  @Property({ type: 'text', nullable: true })
  personName: string | null = null;

  @Property({ type: 'text' })
  description!: string;

  @Enum({ items: () => IncidentStatus, type: 'string' })
  status: IncidentStatus = IncidentStatus.OPEN;

  @Property({ type: 'Date' })
  openedAt!: Date;

  @Property({ type: 'text' })
  openedBy!: string;

  @Property({ type: 'Date', nullable: true })
  respondedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  respondedBy: string | null = null;

  @Property({ type: 'text', nullable: true })
  response: string | null = null;

  @Property({ type: 'Date', nullable: true })
  closedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  closedBy: string | null = null;

  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'Date', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
