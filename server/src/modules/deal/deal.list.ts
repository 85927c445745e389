import { OrderDirection, type ListSource } from '../../graphql/lists/connection.js';
import { purchaserScopeWith } from '../../auth/viewer.js';
import type { ListSpec } from '../../graphql/lists/filter.js';
import { exhibitorSpec } from '../exhibitor/exhibitor.list.js';
import { purchaserSpec } from '../purchaser/purchaser.list.js';
import { DealStatus } from './deal.enums.js';
import { DEAL_SELECT, dealScopeSql } from './deal.loader.js';

/** What deal lists filter on, through their purchaser and exhibitor too. */
export const dealSpec: ListSpec = {
  name: 'Deal',
  table: 'deal',
  fields: {
    id: { value: { kind: 'id', type: 'Deal' }, sql: (a) => `${a}.id` },
    expo: {
      value: { kind: 'id', type: 'Expo' },
      sql: (a) => `${a}.expo_id`,
      description: 'The edition the deal was made at.',
    },
    delegation: { value: { kind: 'id', type: 'Delegation' }, sql: (a) => `${a}.delegation_id` },
    exhibitionArea: {
      value: { kind: 'id', type: 'ExhibitionArea' },
      sql: (a) => `${a}.exhibition_area_id`,
    },
    status: {
      value: { kind: 'enum', enum: DealStatus, name: 'DealStatus' },
      sql: (a) => `${a}.status`,
    },
    goods: { value: { kind: 'string' }, sql: (a) => `${a}.goods` },
    currency: { value: { kind: 'string' }, sql: (a) => `${a}.currency` },
    amount: {
      value: { kind: 'decimal' },
      sql: (a) => `${a}.amount`,
      description: 'In the original currency.',
    },
    amountUsd: { value: { kind: 'decimal' }, sql: (a) => `${a}.amount_usd` },
    usdRate: { value: { kind: 'decimal' }, sql: (a) => `${a}.usd_rate` },
    signedOn: { value: { kind: 'date' }, sql: (a) => `${a}.signed_on` },
    createdAt: { value: { kind: 'datetime' }, sql: (a) => `${a}.created_at` },
    updatedAt: { value: { kind: 'datetime' }, sql: (a) => `${a}.updated_at` },
  },
  relations: {
    purchaser: {
      target: () => purchaserSpec,
      on: (outer, inner) => `${inner}.id = ${outer}.purchaser_id`,
      description: 'Deals whose purchaser matches (category, sub-delegation, status…).',
    },
    exhibitor: {
      target: () => exhibitorSpec,
      on: (outer, inner) => `${inner}.id = ${outer}.exhibitor_id`,
      description: 'Deals whose exhibitor matches (country, name…).',
    },
  },
};

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
