import type { ListSpec } from '../graphql/lists/filter.js';
import { DealStatus } from './deal/deal.enums.js';
import { purchaserSpec } from './purchaser/purchaser.list.js';

export const exhibitorSpec: ListSpec = {
  name: 'Exhibitor',
  table: 'exhibitor',
  fields: {
    id: { value: { kind: 'id', type: 'Exhibitor' }, sql: (a) => `${a}.id` },
    expo: { value: { kind: 'id', type: 'Expo' }, sql: (a) => `${a}.expo_id` },
    exhibitionArea: {
      value: { kind: 'id', type: 'ExhibitionArea' },
      sql: (a) => `${a}.exhibition_area_id`,
    },
    country: {
      value: { kind: 'string' },
      sql: (a) => `${a}.country`,
      description: 'ISO 3166-1 alpha-2.',
    },
    nameEn: { value: { kind: 'string' }, sql: (a) => `${a}.name_en` },
    nameZh: { value: { kind: 'string' }, sql: (a) => `${a}.name_zh` },
    booth: { value: { kind: 'string' }, sql: (a) => `${a}.booth` },
    products: { value: { kind: 'string' }, sql: (a) => `${a}.products` },
    createdAt: { value: { kind: 'datetime' }, sql: (a) => `${a}.created_at` },
  },
};

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
