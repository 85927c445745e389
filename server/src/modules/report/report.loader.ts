import { fullDelegationScope } from '../../auth/scope.js';
import { sql } from '../../db/sql.js';
import { selectList } from '../../graphql/columns.js';
import { OrderDirection, type ListSource } from '../../graphql/lists/connection.js';
import type { ListSpec } from '../../graphql/lists/filter.js';
import { byId, type Rows } from '../../graphql/loaders.js';
import type { ProgressReport } from './report.type.js';

export const PROGRESS_REPORT_SELECT = selectList('progress_report', 'rp', [
  'id',
  'delegationId',
  'number',
  'title',
  'note',
  'figures',
  'frozenBy',
  'frozenAt',
]);

/**
 * Progress reports: read by those who read all of their delegation (its office, the expo bureau
 * of its edition, analysts; ADMIN). A member unit, a lead or a purchaser reads none.
 */
export const PROGRESS_REPORTS: Rows = {
  typename: 'ProgressReport',
  alias: 'rp',
  from: sql`progress_report rp`,
  columns: PROGRESS_REPORT_SELECT,
  scope: (viewer) => fullDelegationScope(viewer, sql`rp.delegation_id`),
};

export const progressReportById = byId<ProgressReport>('progressReportById', PROGRESS_REPORTS);

const progressReportSpec: ListSpec = {
  name: 'ProgressReport',
  table: 'progress_report',
  fields: {
    id: { value: { kind: 'id', type: 'ProgressReport' }, column: 'id' },
    delegation: { value: { kind: 'id', type: 'Delegation' }, column: 'delegationId' },
    number: { value: { kind: 'int' }, column: 'number' },
    title: { value: { kind: 'string' }, column: 'title' },
    frozenAt: { value: { kind: 'datetime' }, column: 'frozenAt' },
  },
};

/** A delegation's reports, newest (highest number) first. */
export const progressReportList: ListSource = {
  ...PROGRESS_REPORTS,
  spec: progressReportSpec,
  order: { NUMBER: 'number', FROZEN_AT: 'frozenAt', ID: 'id' },
  defaultOrder: [{ field: 'NUMBER', direction: OrderDirection.DESC }],
  tenant: { field: 'delegation', reads: (viewer) => viewer.fullDelegationIds },
};
