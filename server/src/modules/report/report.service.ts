import { Decimal } from 'decimal.js';
import type pg from 'pg';
import { requireInDelegation } from '../../auth/policy.js';
import { Role } from '../../auth/roles.js';
import { compile, sql, type SQL } from '../../db/sql.js';
import type { Context } from '../../graphql/context.js';
import { badInput, notFound } from '../../graphql/errors.js';
import type { Query } from '../../graphql/loaders.js';
import { delegationById } from '../delegation/delegation.loader.js';
import { DealStatus } from '../deal/deal.enums.js';
import { TaskStatus } from '../task/task.enums.js';
import {
  readProgressFigures,
  type ProgressFigures,
  type ReportedProblem,
  type ReportedTask,
} from './report.figures.js';
import { msg } from '../../i18n/message.js';

/*
 * Freezing a progress report (上报): the delegation's office (or ADMIN) takes the next number of
 * the delegation and the figures of one snapshot, in one transaction.
 */

/** Advisory lock class of report numbering (the second key: the delegation's hash). */
const NUMBERING_LOCK = 727020;

/**
 * Runs `work` in one REPEATABLE READ transaction (one snapshot for every statement it reads),
 * on a client of its own, while holding the delegation's numbering lock. The lock is taken
 * before the transaction starts: a REPEATABLE READ transaction takes its snapshot at its first
 * statement, so a lock taken inside it (pg_advisory_xact_lock, SELECT … FOR UPDATE) would be
 * waited for with a snapshot from before the freeze it waited on, which it would not see (and
 * take the same number). Taken first, the snapshot is later than every earlier freeze's commit.
 */
async function inSnapshot<T>(
  pool: pg.Pool,
  delegationId: string,
  work: (query: Query) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('select pg_advisory_lock($1, hashtext($2))', [NUMBERING_LOCK, delegationId]);
    try {
      await client.query('begin isolation level repeatable read');
      const query: Query = async <R>(statement: SQL, params?: ReadonlyMap<symbol, unknown>) => {
        const { text, values } = compile(statement, params);
        return (await client.query(text, values)).rows as R[];
      };
      try {
        const result = await work(query);
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
      }
    } finally {
      await client
        .query('select pg_advisory_unlock($1, hashtext($2))', [NUMBERING_LOCK, delegationId])
        .catch((error: Error) => (broken = error));
    }
  } finally {
    // a connection whose lock could not be released is not handed to anyone else
    client.release(broken);
  }
}

function cleanOptional(value: string | null | undefined, field: string, max: number) {
  const text = value?.trim() || null;
  if (text && text.length > max)
    throw badInput(field, msg`${field} must have at most ${max} characters`);
  return text;
}

/**
 * Freezes the next progress report of a delegation: the office's (ADMIN too). Its title is
 * "<delegation> 工作进展报告（第 n 期）" unless given. The id of the report made.
 */
export async function freezeProgressReport(
  ctx: Pick<Context, 'viewer' | 'loaders' | 'app'>,
  input: { delegationId: string; title?: string | null; note?: string | null },
): Promise<string> {
  const { delegationId } = input;
  const delegation = await ctx.loaders.byId(delegationById, delegationId);
  if (!delegation) throw notFound('Delegation', delegationId);
  requireInDelegation(
    ctx.viewer,
    delegationId,
    [Role.DELEGATION_OFFICE],
    'freeze progress reports',
  );
  const title = cleanOptional(input.title, 'title', 200);
  const note = cleanOptional(input.note, 'note', 4000);
  return inSnapshot(ctx.app.db.direct, delegationId, async (query) => {
    const figures = await readProgressFigures(query, ctx.viewer, delegationId);
    const d = sql.value(delegationId);
    // the number, the report and its audit event: one statement, in the snapshot's transaction
    const [made] = await query<{ id: string; number: number }>(sql`
      with next as (
        select coalesce(max(r.number), 0) + 1 as number from progress_report r
        where r.delegation_id = ${d}::uuid
      ), made as (
        insert into progress_report (delegation_id, number, title, note, figures, frozen_by)
        select ${d}::uuid, next.number,
          coalesce(${sql.value(title)}::text,
            ${sql.value(delegation.nameZh)}::text || ' 工作进展报告（第 ' || next.number || ' 期）'),
          ${sql.value(note)}::text, ${sql.value(JSON.stringify(figures))}::jsonb,
          ${sql.value(ctx.viewer.actor)}::text
        from next
        returning id, number, title, frozen_at
      ), audited as (
        insert into audit_event (delegation_id, actor, action, entity_type, entity_id, after)
        select ${d}::uuid, ${sql.value(ctx.viewer.actor)}::text, 'progress_report.freeze',
          'ProgressReport', made.id,
          jsonb_build_object('number', made.number, 'title', made.title, 'frozenAt', made.frozen_at)
        from made
      )
      select id, number from made`);
    return made!.id;
  });
}

// ---------------------------------------------------------------- comparison

/** The sections of a report, as its exports and comparison name them. */
export enum ReportSection {
  RECRUITMENT = 'RECRUITMENT',
  DEALS = 'DEALS',
  TASKS = 'TASKS',
  PROBLEMS = 'PROBLEMS',
}

/** One figure of a report: a count or a USD sum, named so that two reports can be matched. */
export interface ReportFigure {
  section: ReportSection;
  /** Stable across reports: `deals.area.<id>.sumUsd`. */
  key: string;
  label: string;
  value: string;
}

const COUNTS = ['invited', 'registered', 'approved', 'reported', 'rejected', 'withdrawn'] as const;
const MEASURE_ZH: Record<string, string> = {
  target: '目标',
  invited: '已邀请',
  registered: '已报名',
  approved: '已审核通过',
  reported: '已上报',
  rejected: '未通过',
  withdrawn: '已撤回',
  count: '数量',
  sumUsd: '意向金额（美元）',
};
export const DEAL_STATUS_ZH: Record<DealStatus, string> = {
  [DealStatus.INTENDED]: '意向',
  [DealStatus.SIGNED]: '已签约',
  [DealStatus.EXECUTING]: '执行中',
  [DealStatus.FULFILLED]: '已履约',
  [DealStatus.CANCELLED]: '已取消',
};
export const TASK_STATUS_ZH: Record<TaskStatus, string> = {
  [TaskStatus.OPEN]: '未开始',
  [TaskStatus.IN_PROGRESS]: '进行中',
  [TaskStatus.BLOCKED]: '受阻',
  [TaskStatus.DONE]: '已完成',
};

/** The frozen name of a record (its Chinese name, else its key, else its id). */
export function nameIn(
  figures: ProgressFigures,
  id: string | null | undefined,
  none = '—',
): string {
  if (!id) return none;
  const name = figures.names[id];
  return name?.nameZh ?? name?.key ?? id;
}

/** Every figure of a report, flat, in the order the report shows them. */
export function figuresOf(f: ProgressFigures): ReportFigure[] {
  const out: ReportFigure[] = [];
  const put = (section: ReportSection, key: string, label: string, value: number | string) =>
    out.push({ section, key, label, value: String(value) });
  const R = ReportSection.RECRUITMENT;
  const r = f.recruitment;
  put(R, 'recruitment.total.target', `合计 · ${MEASURE_ZH.target}`, r.target);
  for (const m of COUNTS) put(R, `recruitment.total.${m}`, `合计 · ${MEASURE_ZH[m]}`, r[m]);
  for (const s of r.subDelegations) {
    const sub = nameIn(f, s.subDelegationId);
    put(
      R,
      `recruitment.sub.${s.subDelegationId}.target`,
      `${sub} · ${MEASURE_ZH.target}`,
      s.target,
    );
    for (const m of COUNTS)
      put(R, `recruitment.sub.${s.subDelegationId}.${m}`, `${sub} · ${MEASURE_ZH[m]}`, s[m]);
    for (const l of s.leads) {
      const lead = `${sub} / ${nameIn(f, l.organisationId)}`;
      if (l.target !== null)
        put(R, `recruitment.lead.${l.leadId}.target`, `${lead} · ${MEASURE_ZH.target}`, l.target);
      for (const m of COUNTS)
        put(R, `recruitment.lead.${l.leadId}.${m}`, `${lead} · ${MEASURE_ZH[m]}`, l[m]);
    }
  }
  const D = ReportSection.DEALS;
  const deal = (key: string, label: string, g: { count: number; sumUsd: string }) => {
    put(D, `${key}.count`, `${label} · ${MEASURE_ZH.count}`, g.count);
    put(D, `${key}.sumUsd`, `${label} · ${MEASURE_ZH.sumUsd}`, g.sumUsd);
  };
  deal('deals.total', '合计（不含已取消）', f.deals);
  for (const s of f.deals.byStatus) deal(`deals.status.${s.status}`, DEAL_STATUS_ZH[s.status], s);
  for (const s of f.deals.bySubDelegation)
    deal(`deals.sub.${s.subDelegationId ?? 'none'}`, nameIn(f, s.subDelegationId, '未分团'), s);
  for (const a of f.deals.byArea)
    deal(
      `deals.area.${a.exhibitionAreaId ?? 'none'}`,
      nameIn(f, a.exhibitionAreaId, '未分展区'),
      a,
    );
  const T = ReportSection.TASKS;
  put(T, 'tasks.total.count', '任务合计', f.tasks.count);
  for (const s of f.tasks.byStatus)
    put(T, `tasks.status.${s.status}.count`, TASK_STATUS_ZH[s.status], s.count);
  put(T, 'tasks.overdue.count', '已逾期', f.tasks.overdue.length);
  put(ReportSection.PROBLEMS, 'problems.open.count', '未关闭问题', f.problems.open.length);
  return out;
}

/** One figure compared with the previous report's (null: not in that report). */
export interface FigureChange {
  section: ReportSection;
  key: string;
  label: string;
  previous: string | null;
  current: string | null;
  difference: string;
  changed: boolean;
}

export interface ReportChanges {
  figures: FigureChange[];
  overdueTasksAdded: ReportedTask[];
  overdueTasksRemoved: ReportedTask[];
  openProblemsAdded: ReportedProblem[];
  openProblemsRemoved: ReportedProblem[];
}

/**
 * Report `current` compared with `previous` (null: the first report, every figure new): each
 * figure's previous and current value and the difference, figures only one of them has
 * included (a new area's deals, a lead removed), and the overdue tasks and open problems listed
 * in one and not the other.
 */
export function compareFigures(
  current: ProgressFigures,
  previous: ProgressFigures | null,
): ReportChanges {
  const now = figuresOf(current);
  const before = previous ? figuresOf(previous) : [];
  const beforeByKey = new Map(before.map((f) => [f.key, f]));
  const nowKeys = new Set(now.map((f) => f.key));
  const change = (f: ReportFigure, p: string | null, c: string | null): FigureChange => {
    const difference = new Decimal(c ?? 0).minus(p ?? 0);
    return {
      section: f.section,
      key: f.key,
      label: f.label,
      previous: p,
      current: c,
      difference: difference.toFixed(f.key.endsWith('.sumUsd') ? 2 : 0),
      changed: p !== c,
    };
  };
  const figures = [
    ...now.map((f) => change(f, beforeByKey.get(f.key)?.value ?? null, f.value)),
    ...before.filter((f) => !nowKeys.has(f.key)).map((f) => change(f, f.value, null)),
  ];
  const minus = <T extends { id: string }>(a: T[], b: T[] | undefined) => {
    const ids = new Set((b ?? []).map((x) => x.id));
    return a.filter((x) => !ids.has(x.id));
  };
  return {
    figures,
    overdueTasksAdded: minus(current.tasks.overdue, previous?.tasks.overdue),
    overdueTasksRemoved: previous ? minus(previous.tasks.overdue, current.tasks.overdue) : [],
    openProblemsAdded: minus(current.problems.open, previous?.problems.open),
    openProblemsRemoved: previous ? minus(previous.problems.open, current.problems.open) : [],
  };
}
