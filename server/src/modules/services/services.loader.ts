import { serviceLogScope, serviceRequestScope } from '../../auth/scope.js';
import { sql } from '../../db/sql.js';
import { selectList } from '../../graphql/columns.js';
import { byId, type Rows } from '../../graphql/loaders.js';
import { ServiceDuty } from '../logistics/logistics.enums.js';
import type { FundingRequest, HealthIncident } from './services.type.js';

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
