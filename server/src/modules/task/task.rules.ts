import { column, sql, type SQL } from '../../db/sql.js';
import { ProblemStatus, TaskStatus } from './task.enums.js';

/**
 * The task and problem workflows, said once: the services move records only along these
 * (`TASK_NEXT`, `PROBLEM_NEXT`), the migration's CHECKs hold their values, and what "overdue"
 * means is one SQL expression ({@link taskOverdue}) that every figure reads.
 */

/** Where each task status may go. A DONE task may be reopened (back to IN_PROGRESS). */
export const TASK_NEXT: Record<TaskStatus, readonly TaskStatus[]> = {
  [TaskStatus.OPEN]: [TaskStatus.IN_PROGRESS, TaskStatus.BLOCKED, TaskStatus.DONE],
  [TaskStatus.IN_PROGRESS]: [TaskStatus.BLOCKED, TaskStatus.DONE],
  [TaskStatus.BLOCKED]: [TaskStatus.IN_PROGRESS, TaskStatus.DONE],
  [TaskStatus.DONE]: [TaskStatus.IN_PROGRESS],
};

/** Where each problem status may go: answered by the office, closed by the office or the unit. */
export const PROBLEM_NEXT: Record<ProblemStatus, readonly ProblemStatus[]> = {
  [ProblemStatus.OPEN]: [ProblemStatus.ANSWERED, ProblemStatus.CLOSED],
  [ProblemStatus.ANSWERED]: [ProblemStatus.CLOSED],
  [ProblemStatus.CLOSED]: [],
};

/** The statuses of a task whose work is finished: such a task is never overdue. */
export const TASK_FINISHED: readonly TaskStatus[] = [TaskStatus.DONE];

/** The time zone of deadlines: a task is due by the end of its deadline day in Shanghai. */
export const DEADLINE_TIME_ZONE = 'Asia/Shanghai';

/** Today in Shanghai (YYYY-MM-DD), for the checks the input alone decides. */
export function todayInShanghai(now = Date.now()): string {
  return new Date(now + 8 * 3600_000).toISOString().slice(0, 10);
}

export const TASK_OVERDUE_RULE =
  'A task is overdue when its deadline day (a date in Shanghai) has passed in Shanghai and it is not DONE.';

/**
 * SQL: whether the task at alias `t` is overdue ({@link TASK_OVERDUE_RULE}). The one
 * definition: `Task.overdue`, the `overdue` filter of task lists and the OVERDUE grouping of
 * `taskAggregate` all read it.
 */
export function taskOverdue(t: string | symbol = 't'): SQL {
  return sql`(${column(t, 'deadline')} < (now() at time zone ${sql.literal(DEADLINE_TIME_ZONE)})::date and ${column(
    t,
    'status',
  )} <> all(${sql.literal(`{${TASK_FINISHED.join(',')}}`)}::text[]))`;
}
