import { OrderDirection, type ListSource } from '../../graphql/lists/connection.js';
import {
  FundingStatus,
  IncidentStatus,
  PlanDocumentStatus,
  QuestionStatus,
} from './services.enums.js';
import {
  CUSTOMS_CONSULTATIONS,
  EMERGENCY_PLANS,
  FUNDING_REQUESTS,
  HEALTH_INCIDENTS,
  PROTOCOL_REQUESTS,
  PUBLICITY_RECORDS,
} from './services.loader.js';

/** Funding requests the viewer reads: the office, the FINANCE unit, the unit that asked. */
export const fundingRequestList: ListSource = {
  ...FUNDING_REQUESTS,
  spec: {
    name: 'FundingRequest',
    table: 'funding_request',
    fields: {
      id: { value: { kind: 'id', type: 'FundingRequest' }, column: 'id' },
      delegation: { value: { kind: 'id', type: 'Delegation' }, column: 'delegationId' },
      status: {
        value: { kind: 'enum', enum: FundingStatus, name: 'FundingStatus' },
        column: 'status',
      },
      amountCny: { value: { kind: 'decimal' }, column: 'amountCny' },
      createdAt: { value: { kind: 'datetime' }, column: 'createdAt' },
    },
  },
  order: { CREATED_AT: 'createdAt', AMOUNT_CNY: 'amountCny', STATUS: 'status', ID: 'id' },
  defaultOrder: [{ field: 'CREATED_AT', direction: OrderDirection.ASC }],
  tenant: { field: 'delegation', reads: (viewer) => viewer.fullDelegationIds },
};

/** The health incident log the viewer reads, latest first. */
export const healthIncidentList: ListSource = {
  ...HEALTH_INCIDENTS,
  spec: {
    name: 'HealthIncident',
    table: 'health_incident',
    fields: {
      id: { value: { kind: 'id', type: 'HealthIncident' }, column: 'id' },
      delegation: { value: { kind: 'id', type: 'Delegation' }, column: 'delegationId' },
      subDelegation: { value: { kind: 'id', type: 'SubDelegation' }, column: 'subDelegationId' },
      status: {
        value: { kind: 'enum', enum: IncidentStatus, name: 'IncidentStatus' },
        column: 'status',
      },
      openedAt: { value: { kind: 'datetime' }, column: 'openedAt' },
    },
  },
  order: { OPENED_AT: 'openedAt', STATUS: 'status', ID: 'id' },
  defaultOrder: [{ field: 'OPENED_AT', direction: OrderDirection.DESC }],
  tenant: { field: 'delegation', reads: (viewer) => viewer.fullDelegationIds },
};

const questionStatus = {
  value: { kind: 'enum', enum: QuestionStatus, name: 'QuestionStatus' },
  column: 'status',
} as const;

/** Customs consultations the viewer reads (as their purchaser; the CUSTOMS unit all). */
export const customsConsultationList: ListSource = {
  ...CUSTOMS_CONSULTATIONS,
  spec: {
    name: 'CustomsConsultation',
    table: 'customs_consultation',
    fields: {
      id: { value: { kind: 'id', type: 'CustomsConsultation' }, column: 'id' },
      delegation: { value: { kind: 'id', type: 'Delegation' }, column: 'delegationId' },
      purchaser: { value: { kind: 'id', type: 'Purchaser' }, column: 'purchaserId' },
      status: questionStatus,
      createdAt: { value: { kind: 'datetime' }, column: 'createdAt' },
    },
  },
  order: { CREATED_AT: 'createdAt', STATUS: 'status', ID: 'id' },
  defaultOrder: [{ field: 'CREATED_AT', direction: OrderDirection.ASC }],
  tenant: { field: 'delegation', reads: (viewer) => viewer.fullDelegationIds },
};

/** Publicity records of the delegations the viewer reads, latest first. */
export const publicityRecordList: ListSource = {
  ...PUBLICITY_RECORDS,
  spec: {
    name: 'PublicityRecord',
    table: 'publicity_record',
    fields: {
      id: { value: { kind: 'id', type: 'PublicityRecord' }, column: 'id' },
      delegation: { value: { kind: 'id', type: 'Delegation' }, column: 'delegationId' },
      outlet: { value: { kind: 'string' }, column: 'outlet' },
      publishedOn: { value: { kind: 'date' }, column: 'publishedOn' },
    },
  },
  order: { PUBLISHED_ON: 'publishedOn', OUTLET: 'outlet', ID: 'id' },
  defaultOrder: [{ field: 'PUBLISHED_ON', direction: OrderDirection.DESC }],
  tenant: { field: 'delegation', reads: (viewer) => viewer.delegationIds },
};

/** Protocol requests the viewer reads (the office, the PROTOCOL unit, the unit that asked). */
export const protocolRequestList: ListSource = {
  ...PROTOCOL_REQUESTS,
  spec: {
    name: 'ProtocolRequest',
    table: 'protocol_request',
    fields: {
      id: { value: { kind: 'id', type: 'ProtocolRequest' }, column: 'id' },
      delegation: { value: { kind: 'id', type: 'Delegation' }, column: 'delegationId' },
      status: questionStatus,
      createdAt: { value: { kind: 'datetime' }, column: 'createdAt' },
    },
  },
  order: { CREATED_AT: 'createdAt', STATUS: 'status', ID: 'id' },
  defaultOrder: [{ field: 'CREATED_AT', direction: OrderDirection.ASC }],
  tenant: { field: 'delegation', reads: (viewer) => viewer.fullDelegationIds },
};

/** Emergency plans of the delegations the viewer reads: by delegation scope and number. */
export const emergencyPlanList: ListSource = {
  ...EMERGENCY_PLANS,
  spec: {
    name: 'EmergencyPlan',
    table: 'emergency_plan',
    fields: {
      id: { value: { kind: 'id', type: 'EmergencyPlan' }, column: 'id' },
      delegation: { value: { kind: 'id', type: 'Delegation' }, column: 'delegationId' },
      subDelegation: { value: { kind: 'id', type: 'SubDelegation' }, column: 'subDelegationId' },
      status: {
        value: { kind: 'enum', enum: PlanDocumentStatus, name: 'PlanDocumentStatus' },
        column: 'status',
      },
      number: { value: { kind: 'int' }, column: 'number' },
    },
  },
  order: { NUMBER: 'number', CREATED_AT: 'createdAt', ID: 'id' },
  defaultOrder: [{ field: 'NUMBER', direction: OrderDirection.DESC }],
  tenant: { field: 'delegation', reads: (viewer) => viewer.delegationIds },
};
