import { serviceRequestScope } from '../../auth/scope.js';
import { sql } from '../../db/sql.js';
import { selectList } from '../../graphql/columns.js';
import { byId, type Rows } from '../../graphql/loaders.js';
import { ServiceDuty } from '../logistics/logistics.enums.js';
import type { FundingRequest } from './services.type.js';

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
