import { OrderDirection, type ListSource } from '../../graphql/lists/connection.js';
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
    id: { value: { kind: 'id', type: 'Deal' }, column: 'id' },
    expo: {
      value: { kind: 'id', type: 'Expo' },
      column: 'expoId',
      description: 'The edition the deal was made at.',
    },
    delegation: {
      value: { kind: 'id', type: 'Delegation' },
      column: 'delegationId',
    },
    exhibitionArea: {
      value: { kind: 'id', type: 'ExhibitionArea' },
      column: 'exhibitionAreaId',
    },
    event: {
      value: { kind: 'id', type: 'OnsiteEvent' },
      column: 'eventId',
      description: 'The on-site event the deal was signed at (isNull: linked to none).',
    },
    status: {
      value: { kind: 'enum', enum: DealStatus, name: 'DealStatus' },
      column: 'status',
    },
    goods: { value: { kind: 'string' }, column: 'goods' },
    currency: { value: { kind: 'string' }, column: 'currency' },
    amount: {
      value: { kind: 'decimal' },
      column: 'amount',
      description: 'In the original currency.',
    },
    amountUsd: { value: { kind: 'decimal' }, column: 'amountUsd' },
    usdRate: { value: { kind: 'decimal' }, column: 'usdRate' },
    signedOn: { value: { kind: 'date' }, column: 'signedOn' },
    createdAt: { value: { kind: 'datetime' }, column: 'createdAt' },
    updatedAt: { value: { kind: 'datetime' }, column: 'updatedAt' },
  },
  relations: {
    purchaser: {
      target: () => purchaserSpec,
      key: 'purchaserId',
      description: 'Deals whose purchaser matches (category, sub-delegation, status…).',
    },
    exhibitor: {
      target: () => exhibitorSpec,
      key: 'exhibitorId',
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
  tenant: { field: 'delegation', reads: (viewer) => viewer.dealDelegationIds },
};
