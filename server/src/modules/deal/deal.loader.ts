import { fullDelegationScope, purchaserScope } from '../../auth/scope.js';
import type { Viewer } from '../../auth/viewer.js';
import { or, sql, type SQL } from '../../db/sql.js';
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
 * Deals the viewer reads (deal `dl`, its purchaser `p`): those of purchasers in scope, and the
 * deals of earlier editions of the provinces whose later delegations the viewer reads in full,
 * which follow those deals up until they are carried out.
 */
export function dealScope(viewer: Viewer): SQL {
  if (viewer.isAdmin) return sql.true;
  return (dealScopes.get(viewer) ?? dealScopes.set(viewer, dealScopeOf(viewer)).get(viewer))!;
}

const dealScopes = new WeakMap<Viewer, SQL>();
const LATER_ID = sql`later.id`;

function dealScopeOf(viewer: Viewer): SQL {
  const later = fullDelegationScope(viewer, LATER_ID);
  return or([
    purchaserScope(viewer),
    later === sql.false
      ? sql.false
      : sql`exists (
    select 1 from delegation own join expo own_expo on own_expo.id = own.expo_id,
      delegation later join expo later_expo on later_expo.id = later.expo_id
    where own.id = dl.delegation_id and ${later}
      and later.province_en = own.province_en and later_expo.starts_on > own_expo.starts_on)`,
  ]);
}

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
  scope: dealScope,
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
