import { dealReadScope, dealScope } from '../../auth/scope.js';
import { sql } from '../../db/sql.js';
import { selectList } from '../../graphql/columns.js';
import { byId, byParent, everyone, type Rows } from '../../graphql/loaders.js';
import type { Deal, DealFollowUp, ExchangeRate } from './deal.type.js';

/** A deal row, as every read selects it. */
export const DEAL_SELECT = selectList('deal', 'dl', [
  'id',
  'delegationId',
  'expoId',
  'purchaserId',
  'exhibitorId',
  'matchId',
  'exhibitionAreaId',
  'goods',
  'amount',
  'currency',
  'usdRate',
  'amountUsd',
  'status',
  'signedOn',
  'version',
  'createdAt',
  'updatedAt',
]);

const FOLLOW_UP_SELECT = selectList('deal_follow_up', 'f', [
  'id',
  'dealId',
  'followedOn',
  'note',
  'fromStatus',
  'toStatus',
  'recordedBy',
  'createdAt',
]);

/**
 * Deals, with their purchaser `p`. The purchaser shares the deal's delegation (composite foreign
 * key): saying so lets PostgreSQL carry a delegation condition over to purchasers and use their
 * index.
 */
export const DEALS: Rows = {
  typename: 'Deal',
  alias: 'dl',
  from: sql`deal dl join purchaser p on p.id = dl.purchaser_id and p.delegation_id = dl.delegation_id`,
  columns: DEAL_SELECT,
  scope: (viewer) => dealReadScope(viewer),
};

const FOLLOW_UPS: Rows = {
  typename: 'DealFollowUp',
  alias: 'f',
  from: sql`deal_follow_up f join deal dl on dl.id = f.deal_id
    join purchaser p on p.id = dl.purchaser_id`,
  columns: FOLLOW_UP_SELECT,
  scope: dealScope,
};

export const dealById = byId<Deal>('dealById', DEALS);
export const dealsByMatch = byParent<Deal>(
  'dealsByMatch',
  DEALS,
  'matchId',
  sql`dl.created_at, dl.id`,
);
export const followUpById = byId<DealFollowUp>('followUpById', FOLLOW_UPS);
export const followUpsByDeal = byParent<DealFollowUp>(
  'followUpsByDeal',
  FOLLOW_UPS,
  'dealId',
  sql`f.followed_on, f.created_at, f.id`,
);

const RATE_SELECT = selectList('exchange_rate', 'r', ['id', 'expoId', 'currency', 'usdRate']);

/** Exchange rates are expo reference data. */
const RATES: Rows = {
  typename: 'ExchangeRate',
  alias: 'r',
  from: sql`exchange_rate r`,
  columns: RATE_SELECT,
  scope: everyone,
};

export const exchangeRateById = byId<ExchangeRate>('exchangeRateById', RATES);
export const exchangeRatesByExpo = byParent<ExchangeRate>(
  'exchangeRatesByExpo',
  RATES,
  'expoId',
  sql`r.currency`,
);
