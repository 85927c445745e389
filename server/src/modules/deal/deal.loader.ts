import { selectList } from '../../graphql/columns.js';
import { purchaserScopeSql } from '../../auth/viewer.js';
import type { ByIdRelation, ManyRelation } from '../../graphql/loaders.js';
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
export const DEAL_COLUMNS = DEAL_SELECT.text;

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
const FOLLOW_UP_COLUMNS = FOLLOW_UP_SELECT.text;

/**
 * Deals the viewer reads (deal `dl`, its purchaser `p`, parameters from `$first` on, see
 * `purchaserScopeSql`): those of purchasers in scope, and the deals of earlier editions of the
 * provinces whose later delegations the viewer reads in full, which follow those deals up until
 * they are carried out.
 */
export function dealScopeSql(first: number): string {
  return `(${purchaserScopeSql('p', first)} or exists (
    select 1 from delegation own join expo own_expo on own_expo.id = own.expo_id,
      delegation later join expo later_expo on later_expo.id = later.expo_id
    where own.id = dl.delegation_id and later.id = any($${first + 1}::uuid[])
      and later.province_en = own.province_en and later_expo.starts_on > own_expo.starts_on))`;
}

export const dealById: ByIdRelation<Deal> = {
  name: 'dealById',
  columns: DEAL_SELECT,
  typename: 'Deal',
  scope: 'purchaser',
  sql: `select ${DEAL_COLUMNS} from deal dl join purchaser p on p.id = dl.purchaser_id
        where dl.id = any($1::uuid[]) and ${dealScopeSql(2)}`,
};

export const dealsByMatch: ManyRelation<Deal> = {
  name: 'dealsByMatch',
  columns: DEAL_SELECT,
  key: 'matchId',
  scope: 'purchaser',
  sql: `select ${DEAL_COLUMNS} from deal dl join purchaser p on p.id = dl.purchaser_id
        where dl.match_id = any($1::uuid[]) and ${dealScopeSql(2)} order by dl.created_at, dl.id`,
};

export const followUpById: ByIdRelation<DealFollowUp> = {
  name: 'followUpById',
  columns: FOLLOW_UP_SELECT,
  typename: 'DealFollowUp',
  scope: 'purchaser',
  sql: `select ${FOLLOW_UP_COLUMNS} from deal_follow_up f join deal dl on dl.id = f.deal_id
        join purchaser p on p.id = dl.purchaser_id
        where f.id = any($1::uuid[]) and ${dealScopeSql(2)}`,
};

export const followUpsByDeal: ManyRelation<DealFollowUp> = {
  name: 'followUpsByDeal',
  columns: FOLLOW_UP_SELECT,
  key: 'dealId',
  scope: 'purchaser',
  sql: `select ${FOLLOW_UP_COLUMNS} from deal_follow_up f join deal dl on dl.id = f.deal_id
        join purchaser p on p.id = dl.purchaser_id
        where f.deal_id = any($1::uuid[]) and ${dealScopeSql(2)}
        order by f.followed_on, f.created_at, f.id`,
};

const RATE_SELECT = selectList('exchange_rate', 'r', ['id', 'expoId', 'currency', 'usdRate']);
const RATE_COLUMNS = RATE_SELECT.text;

/** Exchange rates are expo reference data. */
export const exchangeRateById: ByIdRelation<ExchangeRate> = {
  name: 'exchangeRateById',
  columns: RATE_SELECT,
  typename: 'ExchangeRate',
  scope: 'public',
  sql: `select ${RATE_COLUMNS} from exchange_rate r where r.id = any($1::uuid[])`,
};

export const exchangeRatesByExpo: ManyRelation<ExchangeRate> = {
  name: 'exchangeRatesByExpo',
  columns: RATE_SELECT,
  key: 'expoId',
  scope: 'public',
  sql: `select ${RATE_COLUMNS} from exchange_rate r where r.expo_id = any($1::uuid[]) order by r.currency`,
};
