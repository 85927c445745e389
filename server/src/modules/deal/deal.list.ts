import { OrderDirection, type ListSource } from '../../graphql/lists/connection.js';
import { purchaserScopeWith } from '../../auth/viewer.js';
import { dealSpec } from '../trade.lists.js';
import { DEAL_SELECT, dealScopeSql } from './deal.loader.js';

/** Deals the viewer reads (see `dealScopeSql`: earlier editions followed up included). */
export const dealList: ListSource = {
  spec: dealSpec,
  alias: 'dl',
  // the purchaser shares the deal's delegation (composite foreign key): saying so lets
  // PostgreSQL carry a delegation condition over to purchasers and use their index
  from: 'deal dl join purchaser p on p.id = dl.purchaser_id and p.delegation_id = dl.delegation_id',
  columns: DEAL_SELECT,
  scope: (viewer, params) =>
    purchaserScopeWith(viewer, params, (_alias, first) => dealScopeSql(first)),
  order: {
    CREATED_AT: 'createdAt',
    UPDATED_AT: 'updatedAt',
    AMOUNT_USD: 'amountUsd',
    STATUS: 'status',
    ID: 'id',
  },
  defaultOrder: [{ field: 'CREATED_AT', direction: OrderDirection.DESC }],
  typename: 'Deal',
};
