import { needScope } from '../../auth/scope.js';
import { sql } from '../../db/sql.js';
import { selectList } from '../../graphql/columns.js';
import { byId, type Rows } from '../../graphql/loaders.js';
import type { ProcurementNeed } from './need.type.js';

export const NEED_SELECT = selectList('procurement_need', 'n', [
  'id',
  'delegationId',
  'purchaserId',
  'exhibitionAreaId',
  'title',
  'description',
  ['quantity', sql`trim_scale(n.quantity)`, 'numeric'],
  'unit',
  'budgetAmount',
  'budgetCurrency',
  ['preferredCountries', sql`n.preferred_countries::text[]`, 'text[]'],
  'deadline',
  'status',
  'closeReason',
  'publishedAt',
  'closedAt',
  'version',
  'createdAt',
  'updatedAt',
]);

/** Needs the viewer reads (see `needScope`); others read as null. */
export const NEEDS: Rows = {
  typename: 'ProcurementNeed',
  alias: 'n',
  from: sql`procurement_need n
    join purchaser p on p.id = n.purchaser_id and p.delegation_id = n.delegation_id`,
  columns: NEED_SELECT,
  scope: (viewer) => needScope(viewer),
};

export const needById = byId<ProcurementNeed>('needById', NEEDS);
