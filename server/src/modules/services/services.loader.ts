import {
  delegationScope,
  purchaserScope,
  serviceLogScope,
  serviceRequestScope,
  serviceUnitScope,
} from '../../auth/scope.js';
import { and, or } from '../../db/sql.js';
import { sql } from '../../db/sql.js';
import { selectList } from '../../graphql/columns.js';
import { byId, byParent, type Rows } from '../../graphql/loaders.js';
import { ServiceDuty } from '../logistics/logistics.enums.js';
import { PlanDocumentStatus } from './services.enums.js';
import type {
  CustomsConsultation,
  EmergencyPlan,
  FundingRequest,
  HealthIncident,
  ProtocolRequest,
  PublicityRecord,
  SubDelegationContact,
} from './services.type.js';

/*
 * Who reads what (auth/scope.ts, `serviceRequestScope`): a service department's requests are
 * read by the delegation's full readers, the member unit that asked, and the service units of
 * that duty; any other unit reads them as missing.
 */

export const FUNDING_REQUESTS: Rows = {
  typename: 'FundingRequest',
  alias: 'fr',
  from: sql`funding_request fr`,
  columns: selectList('funding_request', 'fr', [
    'id',
    'delegationId',
    ['requestingUnitId', sql`fr.requested_by_organisation_id`, 'uuid'],
    'purpose',
    'amountCny',
    'status',
    'rejectReason',
    'requestedBy',
    'reviewedBy',
    'reviewedAt',
    'paidBy',
    'paidAt',
    'version',
    'createdAt',
    'updatedAt',
  ]),
  scope: (viewer) =>
    serviceRequestScope(viewer, ServiceDuty.FINANCE, 'fr', 'requested_by_organisation_id'),
};

export const fundingRequestById = byId<FundingRequest>('fundingRequestById', FUNDING_REQUESTS);

/**
 * The health incident log: the delegation's full readers and its HEALTH units, a lead the
 * incidents of its sub-delegations; `timeToRespond` (seconds) computed in the statement.
 */
export const HEALTH_INCIDENTS: Rows = {
  typename: 'HealthIncident',
  alias: 'hi',
  from: sql`health_incident hi`,
  columns: selectList('health_incident', 'hi', [
    'id',
    'delegationId',
    ['subDelegationId', sql`hi.sub_delegation_id`, 'uuid'],
    'personName',
    'description',
    'status',
    'openedAt',
    'openedBy',
    'respondedAt',
    'respondedBy',
    'response',
    'closedAt',
    'closedBy',
    ['timeToRespond', sql`(extract(epoch from hi.responded_at - hi.opened_at))::int`, 'int'],
    'version',
    'createdAt',
  ]),
  scope: (viewer) => serviceLogScope(viewer, ServiceDuty.HEALTH, 'hi'),
};

export const healthIncidentById = byId<HealthIncident>('healthIncidentById', HEALTH_INCIDENTS);

/**
 * Customs consultations: read as their purchaser is (`purchaserScope`: its organisers, the
 * office and the delegation's readers), and all of the delegation's by its CUSTOMS units.
 */
export const CUSTOMS_CONSULTATIONS: Rows = {
  typename: 'CustomsConsultation',
  alias: 'cc',
  from: sql`customs_consultation cc join purchaser p on p.id = cc.purchaser_id`,
  columns: selectList('customs_consultation', 'cc', [
    'id',
    'delegationId',
    ['purchaserId', sql`cc.purchaser_id`, 'uuid'],
    ['dealId', sql`cc.deal_id`, 'uuid'],
    ['needId', sql`cc.need_id`, 'uuid'],
    'goods',
    'hsCode',
    'question',
    'status',
    'answer',
    'askedBy',
    'answeredBy',
    'answeredAt',
    'version',
    'createdAt',
  ]),
  scope: (viewer) =>
    or([
      purchaserScope(viewer, 'p'),
      serviceUnitScope(viewer, ServiceDuty.CUSTOMS, sql`cc.delegation_id`),
    ]),
};

/** Publicity records: the delegation's readers (coverage is public). */
export const PUBLICITY_RECORDS: Rows = {
  typename: 'PublicityRecord',
  alias: 'pb',
  from: sql`publicity_record pb`,
  columns: selectList('publicity_record', 'pb', [
    'id',
    'delegationId',
    'outlet',
    'title',
    'publishedOn',
    'link',
    'recordedBy',
    'version',
    'createdAt',
  ]),
  scope: (viewer) => delegationScope(viewer, sql`pb.delegation_id`),
};

/** Protocol requests: as funding requests are read, for the PROTOCOL units. */
export const PROTOCOL_REQUESTS: Rows = {
  typename: 'ProtocolRequest',
  alias: 'pr',
  from: sql`protocol_request pr`,
  columns: selectList('protocol_request', 'pr', [
    'id',
    'delegationId',
    ['requestingUnitId', sql`pr.requested_by_organisation_id`, 'uuid'],
    'subject',
    'question',
    'status',
    'answer',
    'askedBy',
    'answeredBy',
    'answeredAt',
    'version',
    'createdAt',
  ]),
  scope: (viewer) =>
    serviceRequestScope(viewer, ServiceDuty.PROTOCOL, 'pr', 'requested_by_organisation_id'),
};

export const customsConsultationById = byId<CustomsConsultation>(
  'customsConsultationById',
  CUSTOMS_CONSULTATIONS,
);
export const publicityRecordById = byId<PublicityRecord>('publicityRecordById', PUBLICITY_RECORDS);
export const protocolRequestById = byId<ProtocolRequest>('protocolRequestById', PROTOCOL_REQUESTS);

/** Emergency plans: the delegation's readers (its leads and service units included). */
export const EMERGENCY_PLANS: Rows = {
  typename: 'EmergencyPlan',
  alias: 'ep',
  from: sql`emergency_plan ep`,
  columns: selectList('emergency_plan', 'ep', [
    'id',
    'delegationId',
    ['subDelegationId', sql`ep.sub_delegation_id`, 'uuid'],
    'number',
    'title',
    'body',
    'format',
    ['authorUnitId', sql`ep.author_organisation_id`, 'uuid'],
    'effectiveFrom',
    'status',
    'approvedBy',
    'approvedAt',
    'supersededAt',
    'createdBy',
    'version',
    'createdAt',
  ]),
  scope: (viewer) => delegationScope(viewer, sql`ep.delegation_id`),
};

export const emergencyPlanById = byId<EmergencyPlan>('emergencyPlanById', EMERGENCY_PLANS);

/** The plans in force (APPROVED) of a delegation, its own and its sub-delegations'. */
export const plansInForceByDelegation = byParent<EmergencyPlan>(
  'plansInForceByDelegation',
  {
    ...EMERGENCY_PLANS,
    scope: (viewer) =>
      and([
        EMERGENCY_PLANS.scope(viewer),
        sql`ep.status = ${sql.value(PlanDocumentStatus.APPROVED)}`,
      ]),
  },
  'delegationId',
  sql`ep.sub_delegation_id nulls first, ep.id`,
);

/** Designated persons of sub-delegations: the delegation's readers, as its structure. */
export const SUB_DELEGATION_CONTACTS: Rows = {
  typename: 'SubDelegationContact',
  alias: 'sc',
  from: sql`sub_delegation_contact sc`,
  columns: selectList('sub_delegation_contact', 'sc', [
    'id',
    'delegationId',
    ['subDelegationId', sql`sc.sub_delegation_id`, 'uuid'],
    'kind',
    ['personId', sql`sc.person_id`, 'uuid'],
    'assignedBy',
    'version',
    'updatedAt',
  ]),
  scope: (viewer) => delegationScope(viewer, sql`sc.delegation_id`),
};

export const subDelegationContactById = byId<SubDelegationContact>(
  'subDelegationContactById',
  SUB_DELEGATION_CONTACTS,
);
export const contactsBySubDelegation = byParent<SubDelegationContact>(
  'contactsBySubDelegation',
  SUB_DELEGATION_CONTACTS,
  'subDelegationId',
  sql`sc.kind, sc.id`,
);
