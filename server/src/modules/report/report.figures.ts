import type { Viewer } from '../../auth/viewer.js';
import { sql } from '../../db/sql.js';
import { groupedRows } from '../../graphql/lists/grouped.js';
import { listWhere } from '../../graphql/lists/source.js';
import type { Query } from '../../graphql/loaders.js';
import { toGlobalId } from '../../graphql/relay.js';
import { DealGroupBy, dealTotals as dealGroups } from '../deal/deal.aggregate.js';
import { dealTotals } from '../deal/deal.service.js';
import { recruitmentProgress } from '../purchaser/progress.service.js';
import { ProblemStatus, type TaskStatus } from '../task/task.enums.js';
import { problemList, TASK_COUNT, TASK_GROUPS, taskList } from '../task/task.list.js';

/*
 * The figures of a progress report (上报), read by the very functions the live queries call, so
 * that a report frozen at a moment equals what those queries answered then:
 * - recruitment per sub-delegation and lead unit against targets: `recruitmentProgress`
 *   (Query.recruitmentProgress);
 * - deals: `dealTotals` of deal.service (Query.dealTotals: total, by status, by sub-delegation)
 *   and deal.aggregate's grouping by EXHIBITION_AREA (Query.dealAggregate), both under
 *   DEAL_TOTALS_RULE;
 * - tasks by status: `taskAggregate`'s grouping (TASK_GROUPS); the overdue ones: the `tasks`
 *   list under its `overdue` filter (taskOverdue, the one definition);
 * - open problems (OPEN or ANSWERED, not yet CLOSED): the `taskProblems` list under that filter.
 * Each is one statement (recruitment two: its plan and its counts), all run by the caller in one
 * REPEATABLE READ transaction, i.e. one snapshot.
 */

/** Which version of this shape a report's `figures` holds. */
export const FIGURES_VERSION = 1;

/** A problem is open until CLOSED: OPEN, or ANSWERED and not closed yet. */
export const OPEN_PROBLEM_STATUSES: readonly ProblemStatus[] = [
  ProblemStatus.OPEN,
  ProblemStatus.ANSWERED,
];

export interface ReportedTask {
  id: string;
  title: string;
  ownerOrganisationId: string;
  personInCharge: string | null;
  deadline: string;
  status: TaskStatus;
  percent: number | null;
}

export interface ReportedProblem {
  id: string;
  organisationId: string;
  taskId: string | null;
  text: string;
  status: ProblemStatus;
  answer: string | null;
  /** ISO 8601. */
  createdAt: string;
}

/** What a record was called when the report was frozen. */
export interface FrozenName {
  key: string | null;
  nameZh: string;
  nameEn: string | null;
}

type Recruitment = Awaited<ReturnType<typeof recruitmentProgress>>;
type Deals = NonNullable<Awaited<ReturnType<typeof dealTotals>>>;
type DealGroup = Awaited<ReturnType<typeof dealGroups>>[number];

export interface ProgressFigures {
  version: typeof FIGURES_VERSION;
  recruitment: Recruitment;
  deals: Deals & { byArea: DealGroup[] };
  tasks: {
    count: number;
    byStatus: { status: TaskStatus; count: number }[];
    overdue: ReportedTask[];
  };
  problems: { open: ReportedProblem[] };
  /** Names of the delegation, sub-delegations, units and areas the figures name, by id. */
  names: Record<string, FrozenName>;
}

/** The figures of `delegationId` as `viewer` (who reads all of it) reads them, on `query`. */
export async function readProgressFigures(
  query: Query,
  viewer: Viewer,
  delegationId: string,
): Promise<ProgressFigures> {
  const delegation = { eq: toGlobalId('Delegation', delegationId) };
  const recruitment = await recruitmentProgress(query, delegationId);
  const deals = await dealTotals({ query, viewer }, delegationId);
  if (!deals) throw new Error('The delegation of a progress report is read in full');
  const byArea = await dealGroups(query, viewer, {
    groupBy: [DealGroupBy.EXHIBITION_AREA],
    filter: { delegation },
  });
  const byStatus = await groupedRows<{ status: TaskStatus; count: number }>(
    query,
    viewer,
    taskList,
    sql.blank,
    TASK_GROUPS,
    ['STATUS'],
    { delegation },
    TASK_COUNT,
  );
  const overdue = await query<ReportedTask>(
    sql`select ${taskList.columns.sql} from ${taskList.from}
      where ${listWhere(taskList, viewer, { delegation, overdue: { eq: true } })}
      order by t.deadline, t.created_at, t.id`,
  );
  const open = await query<ReportedProblem & { createdAt: Date | string }>(
    sql`select ${problemList.columns.sql} from ${problemList.from}
      where ${listWhere(problemList, viewer, {
        delegation,
        status: { in: [...OPEN_PROBLEM_STATUSES] },
      })}
      order by q.created_at, q.id`,
  );
  const organisations = new Set<string>([
    ...recruitment.subDelegations.flatMap((s) => s.leads.map((l) => l.organisationId)),
    ...overdue.map((t) => t.ownerOrganisationId),
    ...open.map((p) => p.organisationId),
  ]);
  const areas = byArea.flatMap((g) => (g.exhibitionAreaId ? [g.exhibitionAreaId] : []));
  const names = await query<FrozenName & { id: string }>(
    sql`select d.id, d.key, d.name_zh as "nameZh", d.name_en as "nameEn" from delegation d
        where d.id = ${sql.value(delegationId)}::uuid
      union all
      select s.id, s.key, s.name_zh, s.name_en from sub_delegation s
        where s.delegation_id = ${sql.value(delegationId)}::uuid
      union all
      select o.id, o.key, o.name_zh, o.name_en from organisation o
        where o.id = any(${sql.value([...organisations])}::uuid[])
      union all
      select a.id, a.key, a.name_zh, a.name_en from exhibition_area a
        where a.id = any(${sql.value(areas)}::uuid[])`,
  );
  return {
    version: FIGURES_VERSION,
    recruitment,
    deals: { ...deals, byArea },
    tasks: {
      count: byStatus.reduce((sum, g) => sum + g.count, 0),
      byStatus: byStatus.map(({ status, count }) => ({ status, count })),
      overdue: overdue.map((t) => ({
        id: t.id,
        title: t.title,
        ownerOrganisationId: t.ownerOrganisationId,
        personInCharge: t.personInCharge,
        deadline: t.deadline,
        status: t.status,
        percent: t.percent,
      })),
    },
    problems: {
      open: open.map((p) => ({
        id: p.id,
        organisationId: p.organisationId,
        taskId: p.taskId,
        text: p.text,
        status: p.status,
        answer: p.answer,
        createdAt: new Date(p.createdAt).toISOString(),
      })),
    },
    names: Object.fromEntries(
      names.map(({ id, key, nameZh, nameEn }) => [id, { key, nameZh, nameEn }]),
    ),
  };
}
