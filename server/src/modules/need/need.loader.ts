import { purchaserScopeSql } from '../../auth/viewer.js';
import type { ByIdRelation } from '../../graphql/loaders.js';
import type { ProcurementNeed } from './need.type.js';

export const NEED_COLUMNS = `n.id, n.delegation_id as "delegationId", n.purchaser_id as "purchaserId",
  n.exhibition_area_id as "exhibitionAreaId", n.title, n.description, trim_scale(n.quantity) as quantity, n.unit,
  n.budget_amount as "budgetAmount", n.budget_currency as "budgetCurrency",
  n.preferred_countries::text[] as "preferredCountries", n.deadline, n.status,
  n.close_reason as "closeReason", n.published_at as "publishedAt", n.closed_at as "closedAt",
  n.version, n.created_at as "createdAt", n.updated_at as "updatedAt"`;

/** Needs of purchasers the viewer reads; others read as null. */
export const needById: ByIdRelation<ProcurementNeed> = {
  name: 'needById',
  typename: 'ProcurementNeed',
  scope: 'purchaser',
  sql: `select ${NEED_COLUMNS} from procurement_need n join purchaser p on p.id = n.purchaser_id
        where n.id = any($1::uuid[]) and ${purchaserScopeSql('p', 2)}`,
};
