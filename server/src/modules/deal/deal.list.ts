import { OrderDirection, type ListSource } from '../../graphql/lists/connection.js';
import { purchaserScopeWith } from '../../auth/viewer.js';
import { dealSpec } from '../trade.lists.js';
import { DEAL_COLUMNS, dealScopeSql } from './deal.loader.js';

/** Deals the viewer reads (see `dealScopeSql`: earlier editions followed up included). */
export const dealList: ListSource = {
  spec: dealSpec,
  alias: 'dl',
  from: 'deal dl join purchaser p on p.id = dl.purchaser_id',
  columns: DEAL_COLUMNS,
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
