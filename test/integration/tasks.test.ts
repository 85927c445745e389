/**
 * Supervision (督办) as the roles meet it through the SDK: the office turns the Qinghai plan's
 * responsibilities into tasks with deadlines, a unit reports progress and raises a problem, the
 * office answers, an overdue task shows up alike in every place that says so, a unit reads and
 * writes only its own, and bad input is refused with nothing written.
 */
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  AnswerTaskProblemDocument,
  CloseTaskProblemDocument,
  CreateTaskDocument,
  CreateTasksFromResponsibilitiesDocument,
  DelegationStructureDocument,
  DelegationTasksDocument,
  RaiseTaskProblemDocument,
  RemoveMemberUnitDocument,
  RemoveResponsibilityDocument,
  ReportTaskProgressDocument,
  TaskAggregateDocument,
  TaskDocument,
  TaskProblemsDocument,
  TasksDocument,
  UpdateTaskDocument,
  type DelegationHubClient,
  type TaskFieldsFragment,
} from '../../sdk/src/index.js';
import { fromGlobalId, toGlobalId } from '../../server/src/graphql/relay.js';
import { refusal, refusedUnchanged } from '../helpers/refusals.js';
import { useTestServer } from '../helpers/server.js';

/** The day `offset` days from today, in Shanghai (where deadlines are days). */
const day = (offset: number) =>
  new Date(Date.now() + 8 * 3600_000 + offset * 86_400_000).toISOString().slice(0, 10);

describe('tasks and problems: the office supervises, member units report', () => {
  // no background reminder scan: its rows would land in the middle of the counts read here
  const t = useTestServer({ reminderIntervalMs: 0 });
  let office: DelegationHubClient;
  let commerce: DelegationHubClient;
  let health: DelegationHubClient;
  let analyst: DelegationHubClient;
  let delegationId: string;
  let made: TaskFieldsFragment[] = [];
  let units: Map<string, string>;

  beforeAll(async () => {
    office = await t.client('DELEGATION_OFFICE', 'CIIE-5/QH');
    commerce = await t.client('MEMBER_UNIT', 'CIIE-5/QH/COMMERCE');
    health = await t.client('MEMBER_UNIT', 'CIIE-5/QH/HEALTH');
    analyst = await t.client('ANALYST', 'CIIE-5/QH');
  });

  const mine = (key: string) => made.filter((task) => task.owner.key === key);

  it("the office turns the plan's responsibilities into tasks, one per duty, owned by its unit", async () => {
    const { delegation } = await office.request(DelegationStructureDocument, {
      expoKey: 'CIIE-5',
      key: 'QH',
    });
    delegationId = delegation!.id;
    units = new Map(delegation!.memberUnits.map((u) => [u.organisation.key!, u.organisation.id]));
    const duties = delegation!.memberUnits.flatMap((u) =>
      u.responsibilities.map((r) => ({ ...r, unit: u.organisation.key })),
    );
    expect(duties).toHaveLength(27);
    const deadline = day(30);
    // two runs at once (a double click): one makes the tasks, the other none of them again
    const runs = await Promise.all(
      [1, 2].map(() =>
        office.request(CreateTasksFromResponsibilitiesDocument, {
          input: { delegationId, deadline },
        }),
      ),
    );
    const tasks = runs.flatMap((run) => run.createTasksFromResponsibilities);
    made = tasks;
    expect(tasks).toHaveLength(duties.length);
    expect(
      tasks.map((task) => [task.responsibility?.id, task.owner.key, task.title, task.status]),
    ).toEqual(duties.map((r) => [r.id, r.unit, r.dutyZh ?? r.dutyEn, 'OPEN']));
    for (const task of tasks)
      expect(task).toMatchObject({ deadline, overdue: false, percent: null });
    expect(mine('COMMERCE')).toHaveLength(9);
    expect(mine('HEALTH')).toHaveLength(2);
    // made once: a second run makes none
    const again = await office.request(CreateTasksFromResponsibilitiesDocument, {
      input: { delegationId, deadline },
    });
    expect(again.createTasksFromResponsibilities).toEqual([]);
    const { rows } = await t.sql.query(
      `select count(*)::int as n from audit_event where action = 'task.create'`,
    );
    expect(rows[0].n).toBe(27);
  });

  it('a unit sees, reports on and changes only its own tasks; the analyst reads all', async () => {
    const listed = async (client: DelegationHubClient) =>
      (await client.request(TasksDocument, { first: 100 })).tasks;
    expect((await listed(office)).totalCount).toBe(27);
    expect((await listed(analyst)).totalCount).toBe(27);
    const own = await listed(commerce);
    expect(own.totalCount).toBe(9);
    expect(new Set(own.edges.map((e) => e.node.owner.key))).toEqual(new Set(['COMMERCE']));
    const nested = await health.request(DelegationTasksDocument, {
      expoKey: 'CIIE-5',
      key: 'QH',
      first: 50,
    });
    expect(nested.delegation!.tasks.edges.map((e) => e.node.id).sort()).toEqual(
      mine('HEALTH')
        .map((task) => task.id)
        .sort(),
    );
    // another unit's task reads as missing, and writing it finds nothing
    const theirs = mine('HEALTH')[0]!;
    expect((await commerce.request(TaskDocument, { id: theirs.id })).task).toBeNull();
    expect(
      await refusal(
        commerce.request(ReportTaskProgressDocument, {
          input: { taskId: theirs.id, text: 'not ours' },
        }),
      ),
    ).toEqual({ code: 'NOT_FOUND', field: 'input.taskId' });
    expect(
      await refusal(
        commerce.request(UpdateTaskDocument, {
          input: { id: theirs.id, version: theirs.version, status: 'DONE' },
        }),
      ),
    ).toEqual({ code: 'NOT_FOUND', field: 'input.id' });
    // a unit changes the status of its own, not what the office decides
    const ours = mine('COMMERCE')[0]!;
    expect(
      await refusedUnchanged(t.sql, () =>
        commerce.request(UpdateTaskDocument, {
          input: { id: ours.id, version: ours.version, deadline: day(60) },
        }),
      ),
    ).toMatchObject({ code: 'FORBIDDEN' });
    // the analyst reads, and writes nothing
    expect(
      await refusal(
        analyst.request(ReportTaskProgressDocument, { input: { taskId: ours.id, text: 'x' } }),
      ),
    ).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('a unit reports progress and raises a problem; the office answers; closing it unblocks', async () => {
    const task = mine('COMMERCE')[1]!;
    const { reportTaskProgress: progress } = await commerce.request(ReportTaskProgressDocument, {
      input: { taskId: task.id, text: '12 purchasers invited', percent: 40, figure: '12' },
    });
    expect(progress).toMatchObject({ text: '12 purchasers invited', percent: 40, figure: '12' });
    expect(progress.reportedBy).toContain('MEMBER_UNIT@CIIE-5/QH/COMMERCE');
    expect(progress.task).toMatchObject({ status: 'IN_PROGRESS', percent: 40 });

    const { raiseTaskProblem: problem } = await commerce.request(RaiseTaskProblemDocument, {
      input: { taskId: task.id, text: 'Hotel rooms near the venue are short' },
    });
    expect(problem).toMatchObject({
      status: 'OPEN',
      unit: { key: 'COMMERCE' },
      task: { id: task.id },
    });
    // blocked: the task names the problem
    const blocked = (
      await commerce.request(UpdateTaskDocument, {
        input: {
          id: task.id,
          version: progress.task.version,
          status: 'BLOCKED',
          blockedByProblemId: problem.id,
        },
      })
    ).updateTask;
    expect(blocked).toMatchObject({ status: 'BLOCKED', blockedBy: { id: problem.id } });
    // the other unit does not see it; the office does
    expect((await health.request(TaskProblemsDocument, {})).taskProblems.totalCount).toBe(0);
    expect((await office.request(TaskProblemsDocument, {})).taskProblems.totalCount).toBe(1);
    // only the office answers
    expect(
      await refusal(
        commerce.request(AnswerTaskProblemDocument, {
          input: { id: problem.id, version: problem.version, answer: 'ok' },
        }),
      ),
    ).toMatchObject({ code: 'FORBIDDEN' });
    const { answerTaskProblem: answered } = await office.request(AnswerTaskProblemDocument, {
      input: {
        id: problem.id,
        version: problem.version,
        answer: 'Commerce books a block of rooms',
      },
    });
    expect(answered).toMatchObject({
      status: 'ANSWERED',
      answer: 'Commerce books a block of rooms',
    });
    expect(answered.answeredBy).toContain('DELEGATION_OFFICE@CIIE-5/QH');
    expect(
      await refusal(
        office.request(AnswerTaskProblemDocument, {
          input: { id: problem.id, version: answered.version, answer: 'again' },
        }),
      ),
    ).toMatchObject({ code: 'INVALID_TRANSITION' });
    const { closeTaskProblem: closed } = await commerce.request(CloseTaskProblemDocument, {
      input: { id: problem.id, version: answered.version },
    });
    expect(closed.status).toBe('CLOSED');
    const { task: after } = await office.request(TaskDocument, { id: task.id });
    expect(after).toMatchObject({ status: 'IN_PROGRESS', blockedBy: null });
    expect(after!.progress.map((p) => p.percent)).toEqual([40]);
    expect(after!.problems.map((p) => p.status)).toEqual(['CLOSED']);
    // a stale version is the one CONFLICT
    expect(
      await refusal(
        office.request(UpdateTaskDocument, {
          input: { id: task.id, version: blocked.version, status: 'DONE' },
        }),
      ),
    ).toEqual({ code: 'CONFLICT', field: 'input.version', currentVersion: after!.version });
  });

  it('overdue is one definition: the field, the filter, the nested list and the counts agree', async () => {
    // a task due today, then (no API moves a deadline into the past, and the clock cannot be
    // moved from here) its deadline set in SQL to three days ago; another one as well, DONE
    const due = (
      await office.request(CreateTaskDocument, {
        input: {
          delegationId,
          ownerOrganisationId: units.get('HEALTH')!,
          title: 'Health plan for the stay',
          personInCharge: '李明',
          deadline: day(0),
        },
      })
    ).createTask;
    expect(due).toMatchObject({ status: 'OPEN', overdue: false, personInCharge: '李明' });
    const done = mine('CUSTOMS')[0]!;
    await office.request(UpdateTaskDocument, {
      input: { id: done.id, version: done.version, status: 'DONE' },
    });
    const yesterdayOnes = [mine('HEALTH')[0]!.id, mine('COMMERCE')[2]!.id];
    const uuid = (id: string) => fromGlobalId(id, 'Task')!.id;
    await t.sql.query(`update task set deadline = $1::date - 3 where id = any($2::uuid[])`, [
      day(0),
      [due.id, done.id].map(uuid),
    ]);
    await t.sql.query(`update task set deadline = $1::date - 1 where id = any($2::uuid[])`, [
      day(0),
      yesterdayOnes.map(uuid),
    ]);
    const expected = [due.id, ...yesterdayOnes].sort();

    const all = (await office.request(TasksDocument, { first: 100 })).tasks.edges.map(
      (e) => e.node,
    );
    expect(all).toHaveLength(28);
    expect(
      all
        .filter((task) => task.overdue)
        .map((task) => task.id)
        .sort(),
    ).toEqual(expected);
    expect(all.find((task) => task.id === done.id)).toMatchObject({
      status: 'DONE',
      overdue: false,
    });
    const filtered = await office.request(TasksDocument, {
      filter: { overdue: { eq: true } },
      first: 100,
    });
    expect(filtered.tasks.totalCount).toBe(3);
    expect(filtered.tasks.edges.map((e) => e.node.id).sort()).toEqual(expected);
    const nested = await office.request(DelegationTasksDocument, {
      expoKey: 'CIIE-5',
      key: 'QH',
      filter: { overdue: { eq: true } },
      first: 100,
    });
    expect(nested.delegation!.tasks.edges.map((e) => e.node.id).sort()).toEqual(expected);
    const byOverdue = (await office.request(TaskAggregateDocument, { groupBy: ['OVERDUE'] }))
      .taskAggregate;
    expect(byOverdue.map((g) => [g.overdue, g.count])).toEqual([
      [false, 25],
      [true, 3],
    ]);
    const byStatus = (
      await office.request(TaskAggregateDocument, { groupBy: ['STATUS', 'OVERDUE'] })
    ).taskAggregate;
    const overdueByStatus = Object.fromEntries(
      byStatus.filter((g) => g.overdue).map((g) => [g.status, g.count]),
    );
    const fromRows: Record<string, number> = {};
    for (const task of all.filter((x) => x.overdue))
      fromRows[task.status] = (fromRows[task.status] ?? 0) + 1;
    expect(overdueByStatus).toEqual(fromRows);
    // a unit counts its own only
    const healthCounts = (
      await health.request(TaskAggregateDocument, {
        filter: { overdue: { eq: true } },
        groupBy: ['OWNER'],
      })
    ).taskAggregate;
    expect(healthCounts.map((g) => [g.owner?.key, g.count])).toEqual([['HEALTH', 2]]);
  });

  it('a duty removed from the plan leaves its task; a unit owning tasks stays', async () => {
    const { delegation } = await office.request(DelegationStructureDocument, {
      expoKey: 'CIIE-5',
      key: 'QH',
    });
    const railway = delegation!.memberUnits.find((u) => u.organisation.key === 'RAILWAY')!;
    const duty = railway.responsibilities[0]!;
    const task = mine('RAILWAY')[0]!;
    expect(task.responsibility?.id).toBe(duty.id);
    await office.request(RemoveResponsibilityDocument, {
      input: { responsibilityId: duty.id, version: duty.version },
    });
    const { task: kept } = await office.request(TaskDocument, { id: task.id });
    expect(kept).toMatchObject({ title: task.title, responsibility: null });
    const refused = await refusedUnchanged(t.sql, () =>
      office.request(RemoveMemberUnitDocument, {
        input: { memberUnitId: railway.id, version: railway.version },
      }),
    );
    expect(refused).toMatchObject({ code: 'IN_USE' });
    expect(refused.message).toContain('it owns 1 task(s)');
  });

  it('refuses bad input and writes nothing', async () => {
    const input = {
      delegationId,
      ownerOrganisationId: units.get('FINANCE')!,
      title: 'Funding review',
      deadline: day(10),
    };
    expect(
      await refusedUnchanged(t.sql, () =>
        office.request(CreateTaskDocument, { input: { ...input, deadline: day(-1) } }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.deadline' });
    expect(
      await refusedUnchanged(t.sql, () =>
        office.request(CreateTaskDocument, {
          input: { ...input, ownerOrganisationId: toGlobalId('Organisation', randomUUID()) },
        }),
      ),
    ).toMatchObject({ code: 'NOT_FOUND', field: 'input.ownerOrganisationId' });
    expect(
      await refusedUnchanged(t.sql, () =>
        office.request(CreateTaskDocument, { input: { ...input, title: '  ' } }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.title' });
    expect(
      await refusedUnchanged(t.sql, () => commerce.request(CreateTaskDocument, { input })),
    ).toMatchObject({ code: 'FORBIDDEN' });
    const task = mine('FINANCE')[0]!;
    expect(
      await refusedUnchanged(t.sql, () =>
        office.request(UpdateTaskDocument, {
          input: { id: task.id, version: task.version, status: 'BLOCKED' },
        }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.blockedByProblemId' });
    expect(
      await refusedUnchanged(t.sql, () =>
        office.request(ReportTaskProgressDocument, {
          input: { taskId: task.id, text: 'half', percent: 150 },
        }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.percent' });
    expect(
      await refusedUnchanged(t.sql, () =>
        office.request(CreateTasksFromResponsibilitiesDocument, {
          input: { delegationId, deadline: day(-2) },
        }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.deadline' });
    // a DONE task is not moved back to OPEN
    const done = mine('CUSTOMS')[0]!;
    const { task: now } = await office.request(TaskDocument, { id: done.id });
    expect(
      await refusedUnchanged(t.sql, () =>
        office.request(UpdateTaskDocument, {
          input: { id: done.id, version: now!.version, status: 'OPEN' },
        }),
      ),
    ).toMatchObject({ code: 'INVALID_TRANSITION' });
  });
});
