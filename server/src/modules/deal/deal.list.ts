import { OrderDirection, type ListSource } from '../../graphql/lists/connection.js';
import { column, sql } from '../../db/sql.js';
import type { ListSpec } from '../../graphql/lists/filter.js';
import { exhibitorSpec } from '../exhibitor/exhibitor.list.js';
import { purchaserSpec } from '../purchaser/purchaser.list.js';
import { DealStatus } from './deal.enums.js';
import { DEALS } from './deal.loader.js';

/** What deal lists filter on, through their purchaser and exhibitor too. */
export const dealSpec: ListSpec = {
  name: 'Deal',
  table: 'deal',
  fields: {
    id: { value: { kind: 'id', type: 'Deal' }, sql: (a) => column(a, 'id') },
    expo: {
      value: { kind: 'id', type: 'Expo' },
      sql: (a) => column(a, 'expo_id'),
      description: 'The edition the deal was made at.',
    },
    delegation: {
      value: { kind: 'id', type: 'Delegation' },
      sql: (a) => column(a, 'delegation_id'),
    },
    exhibitionArea: {
      value: { kind: 'id', type: 'ExhibitionArea' },
      sql: (a) => column(a, 'exhibition_area_id'),
    },
    status: {
      value: { kind: 'enum', enum: DealStatus, name: 'DealStatus' },
      sql: (a) => column(a, 'status'),
    },
    goods: { value: { kind: 'string' }, sql: (a) => column(a, 'goods') },
    currency: { value: { kind: 'string' }, sql: (a) => column(a, 'currency') },
    amount: {
      value: { kind: 'decimal' },
      sql: (a) => column(a, 'amount'),
      description: 'In the original currency.',
    },
    amountUsd: { value: { kind: 'decimal' }, sql: (a) => column(a, 'amount_usd') },
    usdRate: { value: { kind: 'decimal' }, sql: (a) => column(a, 'usd_rate') },
    signedOn: { value: { kind: 'date' }, sql: (a) => column(a, 'signed_on') },
    createdAt: { value: { kind: 'datetime' }, sql: (a) => column(a, 'created_at') },
    updatedAt: { value: { kind: 'datetime' }, sql: (a) => column(a, 'updated_at') },
  },
  relations: {
    purchaser: {
      target: () => purchaserSpec,
      on: (outer, inner) => sql`${column(inner, 'id')} = ${column(outer, 'purchaser_id')}`,
      description: 'Deals whose purchaser matches (category, sub-delegation, status…).',
    },
    exhibitor: {
      target: () => exhibitorSpec,
      on: (outer, inner) => sql`${column(inner, 'id')} = ${column(outer, 'exhibitor_id')}`,
      description: 'Deals whose exhibitor matches (country, name…).',
    },
  },
};

/** Deals the viewer reads (see `dealScope`: earlier editions followed up included). */
export const dealList: ListSource = {
  ...DEALS,
  spec: dealSpec,
  order: {
    CREATED_AT: 'createdAt',
    UPDATED_AT: 'updatedAt',
    AMOUNT_USD: 'amountUsd',
    STATUS: 'status',
    ID: 'id',
  },
  defaultOrder: [{ field: 'CREATED_AT', direction: OrderDirection.DESC }],
};
