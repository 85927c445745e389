import { OrderDirection, type ListSource } from '../../graphql/lists/connection.js';
import { FundingStatus, IncidentStatus } from './services.enums.js';
import { FUNDING_REQUESTS, HEALTH_INCIDENTS } from './services.loader.js';

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
