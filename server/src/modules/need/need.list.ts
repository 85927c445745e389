import { column } from '../../db/sql.js';
import { OrderDirection, type ListSource } from '../../graphql/lists/connection.js';
import type { ListSpec } from '../../graphql/lists/filter.js';
import { NeedCloseReason, NeedStatus } from './need.enums.js';
import { NEEDS } from './need.loader.js';

export const needSpec: ListSpec = {
  name: 'ProcurementNeed',
  table: 'procurement_need',
  fields: {
    id: { value: { kind: 'id', type: 'ProcurementNeed' }, sql: (a) => column(a, 'id') },
    delegation: {
      value: { kind: 'id', type: 'Delegation' },
      sql: (a) => column(a, 'delegation_id'),
    },
    purchaser: { value: { kind: 'id', type: 'Purchaser' }, sql: (a) => column(a, 'purchaser_id') },
    exhibitionArea: {
      value: { kind: 'id', type: 'ExhibitionArea' },
      sql: (a) => column(a, 'exhibition_area_id'),
    },
    status: {
      value: { kind: 'enum', enum: NeedStatus, name: 'NeedStatus' },
      sql: (a) => column(a, 'status'),
    },
    closeReason: {
      value: { kind: 'enum', enum: NeedCloseReason, name: 'NeedCloseReason' },
      sql: (a) => column(a, 'close_reason'),
    },
    title: { value: { kind: 'string' }, sql: (a) => column(a, 'title') },
    budgetCurrency: { value: { kind: 'string' }, sql: (a) => column(a, 'budget_currency') },
    deadline: { value: { kind: 'date' }, sql: (a) => column(a, 'deadline') },
    publishedAt: { value: { kind: 'datetime' }, sql: (a) => column(a, 'published_at') },
    createdAt: { value: { kind: 'datetime' }, sql: (a) => column(a, 'created_at') },
  },
};

/** Needs of purchasers the viewer reads. */
export const needList: ListSource = {
  ...NEEDS,
  spec: needSpec,
  order: {
    CREATED_AT: 'createdAt',
    UPDATED_AT: 'updatedAt',
    TITLE: 'title',
    STATUS: 'status',
    ID: 'id',
  },
  defaultOrder: [{ field: 'CREATED_AT', direction: OrderDirection.DESC }],
};
