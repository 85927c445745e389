import { purchaserScopeWith } from '../../auth/viewer.js';
import { OrderDirection, type ListSource } from '../../graphql/lists/connection.js';
import type { ListSpec } from '../../graphql/lists/filter.js';
import { NeedCloseReason, NeedStatus } from './need.enums.js';
import { NEED_SELECT } from './need.loader.js';

export const needSpec: ListSpec = {
  name: 'ProcurementNeed',
  table: 'procurement_need',
  fields: {
    id: { value: { kind: 'id', type: 'ProcurementNeed' }, sql: (a) => `${a}.id` },
    delegation: { value: { kind: 'id', type: 'Delegation' }, sql: (a) => `${a}.delegation_id` },
    purchaser: { value: { kind: 'id', type: 'Purchaser' }, sql: (a) => `${a}.purchaser_id` },
    exhibitionArea: {
      value: { kind: 'id', type: 'ExhibitionArea' },
      sql: (a) => `${a}.exhibition_area_id`,
    },
    status: {
      value: { kind: 'enum', enum: NeedStatus, name: 'NeedStatus' },
      sql: (a) => `${a}.status`,
    },
    closeReason: {
      value: { kind: 'enum', enum: NeedCloseReason, name: 'NeedCloseReason' },
      sql: (a) => `${a}.close_reason`,
    },
    title: { value: { kind: 'string' }, sql: (a) => `${a}.title` },
    budgetCurrency: { value: { kind: 'string' }, sql: (a) => `${a}.budget_currency` },
    deadline: { value: { kind: 'date' }, sql: (a) => `${a}.deadline` },
    publishedAt: { value: { kind: 'datetime' }, sql: (a) => `${a}.published_at` },
    createdAt: { value: { kind: 'datetime' }, sql: (a) => `${a}.created_at` },
  },
};

/** Needs of purchasers the viewer reads. */
export const needList: ListSource = {
  spec: needSpec,
  alias: 'n',
  from: 'procurement_need n join purchaser p on p.id = n.purchaser_id and p.delegation_id = n.delegation_id',
  columns: NEED_SELECT,
  scope: (viewer, params) => purchaserScopeWith(viewer, params),
  order: {
    CREATED_AT: 'createdAt',
    UPDATED_AT: 'updatedAt',
    TITLE: 'title',
    STATUS: 'status',
    ID: 'id',
  },
  defaultOrder: [{ field: 'CREATED_AT', direction: OrderDirection.DESC }],
  typename: 'ProcurementNeed',
};
