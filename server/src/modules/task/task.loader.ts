import { unitWorkScope } from '../../auth/scope.js';
import { sql } from '../../db/sql.js';
import { selectList } from '../../graphql/columns.js';
import { byId, byParent, type Rows } from '../../graphql/loaders.js';
import { taskOverdue } from './task.rules.js';
import type { Task, TaskProblem, TaskProgress } from './task.type.js';

/** A task row, as every read selects it; `overdue` is the one definition (task.rules.ts). */
export const TASK_SELECT = selectList('task', 't', [
  'id',
  'delegationId',
  'ownerOrganisationId',
  'responsibilityId',
  'title',
  'description',
  'personInCharge',
  'personInChargeId',
  'deadline',
  'status',
  'blockedByProblemId',
  'version',
  'createdAt',
  'updatedAt',
  ['overdue', taskOverdue('t'), 'boolean'],
  [
    'percent',
    sql`(select pr.percent from task_progress pr
      where pr.task_id = t.id and pr.percent is not null
      order by pr.created_at desc, pr.id desc limit 1)`,
    'int',
  ],
]);

/** Tasks: all of a delegation for those who read it in full, a unit's own for the unit. */
export const TASKS: Rows = {
  typename: 'Task',
  alias: 't',
  from: sql`task t`,
  columns: TASK_SELECT,
  scope: (viewer) => unitWorkScope(viewer, 't', 'owner_organisation_id'),
};

const PROGRESS_SELECT = selectList('task_progress', 'pr', [
  'id',
  'delegationId',
  'taskId',
  'text',
  'percent',
  ['figure', sql`trim_scale(pr.figure)`, 'numeric'],
  'reportedBy',
  'createdAt',
]);

/** Progress reports, read as their task is. */
const PROGRESS: Rows = {
  typename: 'TaskProgress',
  alias: 'pr',
  from: sql`task_progress pr join task t on t.id = pr.task_id and t.delegation_id = pr.delegation_id`,
  columns: PROGRESS_SELECT,
  scope: (viewer) => unitWorkScope(viewer, 't', 'owner_organisation_id'),
};

export const PROBLEM_SELECT = selectList('task_problem', 'q', [
  'id',
  'delegationId',
  ['organisationId', sql`q.organisation_id`, 'uuid'],
  'taskId',
  'text',
  'status',
  'raisedBy',
  'answer',
  'answeredBy',
  'answeredAt',
  'closedBy',
  'closedAt',
  'version',
  'createdAt',
  'updatedAt',
]);

/** Problems: all of a delegation for those who read it in full, a unit's own for the unit. */
export const PROBLEMS: Rows = {
  typename: 'TaskProblem',
  alias: 'q',
  from: sql`task_problem q`,
  columns: PROBLEM_SELECT,
  scope: (viewer) => unitWorkScope(viewer, 'q', 'organisation_id'),
};

export const taskById = byId<Task>('taskById', TASKS);
export const progressByTask = byParent<TaskProgress>(
  'progressByTask',
  PROGRESS,
  'taskId',
  sql`pr.created_at, pr.id`,
);
export const progressById = byId<TaskProgress>('taskProgressById', PROGRESS);
export const problemById = byId<TaskProblem>('taskProblemById', PROBLEMS);
export const problemsByTask = byParent<TaskProblem>(
  'problemsByTask',
  PROBLEMS,
  'taskId',
  sql`q.created_at, q.id`,
);
