import { selectList } from '../../graphql/columns.js';
import { purchaserScopeSql } from '../../auth/viewer.js';
import type { ByIdRelation } from '../../graphql/loaders.js';
import type { ProcurementNeed } from './need.type.js';

export const NEED_SELECT = selectList('procurement_need', 'n', [
  'id',
  'delegationId',
  'purchaserId',
  'exhibitionAreaId',
  'title',
  'description',
  ['quantity', 'trim_scale(n.quantity)', 'numeric'],
  'unit',
  'budgetAmount',
  'budgetCurrency',
  ['preferredCountries', 'n.preferred_countries::text[]', 'text[]'],
  'deadline',
  'status',
  'closeReason',
  'publishedAt',
  'closedAt',
  'version',
  'createdAt',
  'updatedAt',
]);
export const NEED_COLUMNS = NEED_SELECT.text;

/** Needs of purchasers the viewer reads; others read as null. */
export const needById: ByIdRelation<ProcurementNeed> = {
  name: 'needById',
  columns: NEED_SELECT,
  typename: 'ProcurementNeed',
  scope: 'purchaser',
  sql: `select ${NEED_COLUMNS} from procurement_need n join purchaser p on p.id = n.purchaser_id
        where n.id = any($1::uuid[]) and ${purchaserScopeSql('p', 2)}`,
};
