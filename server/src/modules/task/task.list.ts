import { sql, type SQL } from '../../db/sql.js';
import { OrderDirection, type ListSource } from '../../graphql/lists/connection.js';
import type { ListSpec } from '../../graphql/lists/filter.js';
import { ProblemStatus, TaskStatus } from './task.enums.js';
import { PROBLEMS, TASKS } from './task.loader.js';
import { TASK_OVERDUE_RULE, taskOverdue } from './task.rules.js';

/** What task lists filter on; `overdue` is task.rules.ts's one definition. */
export const taskSpec: ListSpec = {
  name: 'Task',
  table: 'task',
  fields: {
    id: { value: { kind: 'id', type: 'Task' }, column: 'id' },
    delegation: { value: { kind: 'id', type: 'Delegation' }, column: 'delegationId' },
    owner: {
      value: { kind: 'id', type: 'Organisation' },
      column: 'ownerOrganisationId',
      description: 'The owner unit (its organisation).',
    },
    responsibility: {
      value: { kind: 'id', type: 'Responsibility' },
      column: 'responsibilityId',
    },
    status: { value: { kind: 'enum', enum: TaskStatus, name: 'TaskStatus' }, column: 'status' },
    overdue: {
      value: { kind: 'boolean' },
      column: 'overdue',
      expression: (alias) => taskOverdue(alias),
      description: TASK_OVERDUE_RULE,
    },
    title: { value: { kind: 'string' }, column: 'title' },
    personInCharge: { value: { kind: 'string' }, column: 'personInCharge' },
    deadline: { value: { kind: 'date' }, column: 'deadline' },
    createdAt: { value: { kind: 'datetime' }, column: 'createdAt' },
    updatedAt: { value: { kind: 'datetime' }, column: 'updatedAt' },
  },
};

/** Tasks the viewer reads (see `unitWorkScope`). */
export const taskList: ListSource = {
  ...TASKS,
  spec: taskSpec,
  order: {
    DEADLINE: 'deadline',
    CREATED_AT: 'createdAt',
    UPDATED_AT: 'updatedAt',
    STATUS: 'status',
    TITLE: 'title',
    ID: 'id',
  },
  defaultOrder: [
    { field: 'DEADLINE', direction: OrderDirection.ASC },
    { field: 'CREATED_AT', direction: OrderDirection.ASC },
  ],
  tenant: { field: 'delegation', reads: (viewer) => viewer.fullDelegationIds },
};

export const problemSpec: ListSpec = {
  name: 'TaskProblem',
  table: 'task_problem',
  fields: {
    id: { value: { kind: 'id', type: 'TaskProblem' }, column: 'id' },
    delegation: { value: { kind: 'id', type: 'Delegation' }, column: 'delegationId' },
    unit: {
      value: { kind: 'id', type: 'Organisation' },
      column: 'organisationId',
      description: 'The member unit that raised it (its organisation).',
    },
    task: { value: { kind: 'id', type: 'Task' }, column: 'taskId' },
    status: {
      value: { kind: 'enum', enum: ProblemStatus, name: 'ProblemStatus' },
      column: 'status',
    },
    text: { value: { kind: 'string' }, column: 'text' },
    createdAt: { value: { kind: 'datetime' }, column: 'createdAt' },
    updatedAt: { value: { kind: 'datetime' }, column: 'updatedAt' },
  },
};

/** Problems the viewer reads (see `unitWorkScope`). */
export const problemList: ListSource = {
  ...PROBLEMS,
  spec: problemSpec,
  order: { CREATED_AT: 'createdAt', UPDATED_AT: 'updatedAt', STATUS: 'status', ID: 'id' },
  defaultOrder: [{ field: 'CREATED_AT', direction: OrderDirection.DESC }],
  tenant: { field: 'delegation', reads: (viewer) => viewer.fullDelegationIds },
};

/**
 * What `taskAggregate` groups tasks by (TaskGroupBy value -> [row key, SQL over `t`]) and
 * counts: one declaration, which the frozen progress reports read too.
 */
export const TASK_GROUPS: Record<string, readonly [string, SQL]> = {
  DELEGATION: ['delegationId', sql`t.delegation_id`],
  OWNER: ['ownerId', sql`t.owner_organisation_id`],
  STATUS: ['status', sql`t.status`],
  OVERDUE: ['overdue', taskOverdue('t')],
};

/** The measure of a task group: how many. */
export const TASK_COUNT = sql`count(*)::int as count`;
