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
import { Organisation } from '../organisation/organisation.entity.js';
import { SubDelegation } from '../delegation/sub-delegation.entity.js';
import { Deal } from '../deal/deal.entity.js';
import { ProcurementNeed } from '../need/procurement-need.entity.js';
import { Person } from '../person/person.entity.js';
import { Purchaser } from '../purchaser/purchaser.entity.js';
import {
  FundingStatus,
  IncidentStatus,
  PlanDocumentFormat,
  PlanDocumentStatus,
  QuestionStatus,
  SubDelegationContactKind,
} from './services.enums.js';

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

/** A purchaser's side asks the CUSTOMS unit about the goods of a deal or a need: OPEN → ANSWERED. */
@Entity({ tableName: 'customs_consultation' })
@Index({ name: 'customs_consultation_purchaser_idx', properties: ['purchaser'] })
@Index({ name: 'customs_consultation_deal_idx', properties: ['deal'] })
@Index({ name: 'customs_consultation_need_idx', properties: ['need'] })
@Index({ name: 'customs_consultation_delegation_idx', properties: ['delegation', 'createdAt'] })
export class CustomsConsultation {
  [OptionalProps]?: 'status' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string = randomUUID();

  @ManyToOne(() => Delegation, {
    ref: true,
    fieldName: 'delegation_id',
    foreignKeyName: 'customs_consultation_delegation_id_fkey',
    deleteRule: 'cascade',
    updateRule: 'no action',
  })
  delegation!: Ref<Delegation>;

  @ManyToOne(() => Purchaser, {
    ref: true,
    fieldName: 'purchaser_id',
    createForeignKeyConstraint: false,
  })
  purchaser!: Ref<Purchaser>;

  @ManyToOne(() => Deal, {
    ref: true,
    fieldName: 'deal_id',
    createForeignKeyConstraint: false,
    nullable: true,
  })
  deal: Ref<Deal> | null = null;

  @ManyToOne(() => ProcurementNeed, {
    ref: true,
    fieldName: 'need_id',
    createForeignKeyConstraint: false,
    nullable: true,
  })
  need: Ref<ProcurementNeed> | null = null;

  @Property({ type: 'text' })
  goods!: string;

  /** The HS code, if known (6 to 10 digits). */
  @Property({ type: 'text', nullable: true })
  hsCode: string | null = null;

  @Property({ type: 'text' })
  question!: string;

  @Enum({ items: () => QuestionStatus, type: 'string' })
  status: QuestionStatus = QuestionStatus.OPEN;

  @Property({ type: 'text', nullable: true })
  answer: string | null = null;

  @Property({ type: 'text' })
  askedBy!: string;

  @Property({ type: 'text', nullable: true })
  answeredBy: string | null = null;

  @Property({ type: 'Date', nullable: true })
  answeredAt: Date | null = null;

  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'Date', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** A report of the delegation in an outlet (宣传报道): the PUBLICITY unit records it. */
@Entity({ tableName: 'publicity_record' })
@Index({ name: 'publicity_record_delegation_idx', properties: ['delegation', 'publishedOn'] })
export class PublicityRecord {
  [OptionalProps]?: 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string = randomUUID();

  @ManyToOne(() => Delegation, {
    ref: true,
    fieldName: 'delegation_id',
    foreignKeyName: 'publicity_record_delegation_id_fkey',
    deleteRule: 'cascade',
    updateRule: 'no action',
  })
  delegation!: Ref<Delegation>;

  @Property({ type: 'text' })
  outlet!: string;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'date' })
  publishedOn!: string;

  @Property({ type: 'text', nullable: true })
  link: string | null = null;

  @Property({ type: 'text' })
  recordedBy!: string;

  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'Date', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** A question of protocol (外事礼仪) to the PROTOCOL unit: OPEN → ANSWERED. */
@Entity({ tableName: 'protocol_request' })
@Index({ name: 'protocol_request_delegation_idx', properties: ['delegation', 'createdAt'] })
export class ProtocolRequest {
  [OptionalProps]?: 'status' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string = randomUUID();

  @ManyToOne(() => Delegation, {
    ref: true,
    fieldName: 'delegation_id',
    foreignKeyName: 'protocol_request_delegation_id_fkey',
    deleteRule: 'cascade',
    updateRule: 'no action',
  })
  delegation!: Ref<Delegation>;

  /** The member unit that asks (null: the office). */
  @ManyToOne(() => Organisation, {
    ref: true,
    fieldName: 'requested_by_organisation_id',
    foreignKeyName: 'protocol_request_requested_by_organisation_id_fkey',
    deleteRule: 'no action',
    updateRule: 'no action',
    nullable: true,
  })
  requestingUnit: Ref<Organisation> | null = null;

  @Property({ type: 'text' })
  subject!: string;

  @Property({ type: 'text' })
  question!: string;

  @Enum({ items: () => QuestionStatus, type: 'string' })
  status: QuestionStatus = QuestionStatus.OPEN;

  @Property({ type: 'text', nullable: true })
  answer: string | null = null;

  @Property({ type: 'text' })
  askedBy!: string;

  @Property({ type: 'text', nullable: true })
  answeredBy: string | null = null;

  @Property({ type: 'Date', nullable: true })
  answeredAt: Date | null = null;

  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'Date', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/**
 * One numbered version of the emergency plan (应急预案) of a delegation, or of one of its
 * sub-delegations (Migration20261207030001_onsite_rest): DRAFT → APPROVED → SUPERSEDED; at most
 * one APPROVED per delegation and sub-delegation (a partial unique index).
 */
@Entity({ tableName: 'emergency_plan' })
@Unique({
  name: 'emergency_plan_number_key',
  expression:
    "create unique index emergency_plan_number_key on emergency_plan (delegation_id, coalesce(sub_delegation_id, '00000000-0000-0000-0000-000000000000'::uuid), number)",
})
@Unique({
  name: 'emergency_plan_one_approved',
  expression:
    "create unique index emergency_plan_one_approved on emergency_plan (delegation_id, coalesce(sub_delegation_id, '00000000-0000-0000-0000-000000000000'::uuid)) where status = 'APPROVED'",
})
@Index({ name: 'emergency_plan_sub_delegation_idx', properties: ['subDelegation'] })
export class EmergencyPlan {
  [OptionalProps]?: 'status' | 'format' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string = randomUUID();

  @ManyToOne(() => Delegation, {
    ref: true,
    fieldName: 'delegation_id',
    foreignKeyName: 'emergency_plan_delegation_id_fkey',
    deleteRule: 'cascade',
    updateRule: 'no action',
  })
  delegation!: Ref<Delegation>;

  /** The sub-delegation it is for (of the same delegation: a composite FK); null: all of it. */
  @ManyToOne(() => SubDelegation, {
    ref: true,
    fieldName: 'sub_delegation_id',
    createForeignKeyConstraint: false,
    nullable: true,
  })
  subDelegation: Ref<SubDelegation> | null = null;

  /** Its version number within the delegation (or sub-delegation): 1, 2, … */
  @Property({ type: 'integer' })
  number!: number;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text' })
  body!: string;

  @Enum({ items: () => PlanDocumentFormat, type: 'string' })
  format: PlanDocumentFormat = PlanDocumentFormat.MARKDOWN;

  /** The member unit that wrote it (null: the office). */
  @ManyToOne(() => Organisation, {
    ref: true,
    fieldName: 'author_organisation_id',
    foreignKeyName: 'emergency_plan_author_organisation_id_fkey',
    deleteRule: 'no action',
    updateRule: 'no action',
    nullable: true,
  })
  authorUnit: Ref<Organisation> | null = null;

  @Property({ type: 'date', nullable: true })
  effectiveFrom: string | null = null;

  @Enum({ items: () => PlanDocumentStatus, type: 'string' })
  status: PlanDocumentStatus = PlanDocumentStatus.DRAFT;

  @Property({ type: 'text', nullable: true })
  approvedBy: string | null = null;

  @Property({ type: 'Date', nullable: true })
  approvedAt: Date | null = null;

  @Property({ type: 'Date', nullable: true })
  supersededAt: Date | null = null;

  @Property({ type: 'text' })
  createdBy!: string;

  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'Date', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/**
 * The person a sub-delegation designates for a duty (health and safety: 指定专人负责), one per
 * sub-delegation and kind: a person of the sub-delegation's delegation (composite FKs).
 */
@Entity({ tableName: 'sub_delegation_contact' })
@Unique({
  name: 'sub_delegation_contact_once',
  properties: ['subDelegation', 'kind', 'delegation'],
})
@Index({ name: 'sub_delegation_contact_person_idx', properties: ['person'] })
export class SubDelegationContact {
  [OptionalProps]?: 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string = randomUUID();

  @ManyToOne(() => Delegation, {
    ref: true,
    fieldName: 'delegation_id',
    foreignKeyName: 'sub_delegation_contact_delegation_id_fkey',
    deleteRule: 'cascade',
    updateRule: 'no action',
  })
  delegation!: Ref<Delegation>;

  @ManyToOne(() => SubDelegation, {
    ref: true,
    fieldName: 'sub_delegation_id',
    createForeignKeyConstraint: false,
  })
  subDelegation!: Ref<SubDelegation>;

  @Enum({ items: () => SubDelegationContactKind, type: 'string' })
  kind!: SubDelegationContactKind;

  @ManyToOne(() => Person, {
    ref: true,
    fieldName: 'person_id',
    createForeignKeyConstraint: false,
  })
  person!: Ref<Person>;

  @Property({ type: 'text' })
  assignedBy!: string;

  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'Date', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
