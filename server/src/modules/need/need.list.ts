import { OrderDirection, type ListSource } from '../../graphql/lists/connection.js';
import type { ListSpec } from '../../graphql/lists/filter.js';
import { NeedCloseReason, NeedStatus } from './need.enums.js';
import { NEEDS } from './need.loader.js';

export const needSpec: ListSpec = {
  name: 'ProcurementNeed',
  table: 'procurement_need',
  fields: {
    id: { value: { kind: 'id', type: 'ProcurementNeed' }, column: 'id' },
    delegation: {
      value: { kind: 'id', type: 'Delegation' },
      column: 'delegationId',
    },
    purchaser: { value: { kind: 'id', type: 'Purchaser' }, column: 'purchaserId' },
    exhibitionArea: {
      value: { kind: 'id', type: 'ExhibitionArea' },
      column: 'exhibitionAreaId',
    },
    status: {
      value: { kind: 'enum', enum: NeedStatus, name: 'NeedStatus' },
      column: 'status',
    },
    closeReason: {
      value: { kind: 'enum', enum: NeedCloseReason, name: 'NeedCloseReason' },
      column: 'closeReason',
    },
    title: { value: { kind: 'string' }, column: 'title' },
    budgetCurrency: { value: { kind: 'string' }, column: 'budgetCurrency' },
    deadline: { value: { kind: 'date' }, column: 'deadline' },
    publishedAt: { value: { kind: 'datetime' }, column: 'publishedAt' },
    createdAt: { value: { kind: 'datetime' }, column: 'createdAt' },
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
