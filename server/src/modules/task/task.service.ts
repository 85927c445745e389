import {
  forbidden,
  notInDelegation,
  ownUnits,
  requireInDelegation,
  taskWriter,
} from '../../auth/policy.js';
import { Role } from '../../auth/roles.js';
import { unitWorkScope } from '../../auth/scope.js';
import { and, sql } from '../../db/sql.js';
import { badInput, notFound } from '../../graphql/errors.js';
import { audit } from '../audit/audit.service.js';
import { enqueueProblemAnswered } from '../notification/outbox.js';
import { inTransaction, requireVersion } from '../shared/transaction.js';
import { decimalArg } from '../trade/money.js';
import {
  invalidTransition,
  isoDate,
  requireDelegation,
  type TradeContext,
} from '../trade/trade-scope.js';
import { ProblemStatus, TaskStatus } from './task.enums.js';
import { TaskProblem } from './task-problem.entity.js';
import { TaskProgress } from './task-progress.entity.js';
import { Task } from './task.entity.js';
import { PROBLEM_NEXT, TASK_NEXT, todayInShanghai } from './task.rules.js';
import type {
  AnswerTaskProblemInput,
  CloseTaskProblemInput,
  CreateTaskInput,
  CreateTasksFromResponsibilitiesInput,
  RaiseTaskProblemInput,
  ReportTaskProgressInput,
  UpdateTaskInput,
} from './task.type.js';
import { msg } from '../../i18n/message.js';

/*
 * Tasks and problems. Services speak uuids (the resolvers decode global IDs) and name fields
 * relative to their input (the resolvers root them at `input`). Every input is checked before
 * anything is written; every write goes through one transaction with its audit events.
 */

type Ctx = TradeContext;

const OFFICE = [Role.DELEGATION_OFFICE];

/** The deadline as a date, today or later in Shanghai (BAD_USER_INPUT at `deadline`). */
function cleanDeadline(deadline: Date | string): string {
  const day = isoDate(deadline);
  const today = todayInShanghai();
  if (day < today)
    throw badInput('deadline', msg`deadline ${day} has passed (today in Shanghai is ${today})`);
  return day;
}

function cleanText(value: string | null | undefined, field: string, max: number): string {
  const text = value?.trim() ?? '';
  if (text.length < 1 || text.length > max)
    throw badInput(field, msg`${field} must have 1 to ${max} characters`);
  return text;
}

function cleanOptionalText(value: string | null | undefined, field: string, max: number) {
  const text = value?.trim() || null;
  if (text && text.length > max)
    throw badInput(field, msg`${field} must have at most ${max} characters`);
  return text;
}

/** A member unit of the delegation (by its organisation), else NOT_FOUND at its ID. */
async function requireMemberUnit(ctx: Ctx, delegationId: string, organisationId: string) {
  const [unit] = await ctx.query<{ id: string }>(
    sql`select id from member_unit where delegation_id = ${sql.value(delegationId)}::uuid
      and organisation_id = ${sql.value(organisationId)}::uuid`,
  );
  if (!unit) throw notFound('Member unit', organisationId);
}

/** A person of the delegation, else NOT_FOUND at its ID. */
async function requirePerson(ctx: Ctx, delegationId: string, personId: string) {
  const [person] = await ctx.query<{ id: string }>(
    sql`select id from person where id = ${sql.value(personId)}::uuid
      and delegation_id = ${sql.value(delegationId)}::uuid`,
  );
  if (!person) throw notFound('Person', personId);
}

interface ResponsibilityRow {
  id: string;
  organisationId: string;
  dutyEn: string;
  dutyZh: string | null;
}

/** What a task made from a responsibility copies: its text, and its unit as the owner. */
function fromResponsibility(r: ResponsibilityRow) {
  return {
    title: r.dutyZh ?? r.dutyEn,
    description: r.dutyZh ? r.dutyEn : '',
    ownerOrganisationId: r.organisationId,
  };
}

const RESPONSIBILITY_COLUMNS = sql`r.id, u.organisation_id as "organisationId",
  r.duty_en as "dutyEn", r.duty_zh as "dutyZh"`;

function createdEvent(task: Task): Record<string, unknown> {
  return {
    ownerOrganisationId: task.owner.id,
    responsibilityId: task.responsibility?.id ?? null,
    title: task.title,
    personInCharge: task.personInCharge,
    personInChargeId: task.personInChargePerson?.id ?? null,
    deadline: task.deadline,
    status: task.status,
  };
}

export async function createTask(
  ctx: Ctx,
  input: Omit<CreateTaskInput, 'deadline'> & { deadline: Date | string },
): Promise<string> {
  const { delegationId } = input;
  await requireDelegation(ctx, delegationId);
  requireInDelegation(ctx.viewer, delegationId, OFFICE, 'create tasks');
  const deadline = cleanDeadline(input.deadline);
  let copied: ReturnType<typeof fromResponsibility> | null = null;
  if (input.responsibilityId != null) {
    const [r] = await ctx.query<ResponsibilityRow>(
      sql`select ${RESPONSIBILITY_COLUMNS} from responsibility r
        join member_unit u on u.id = r.member_unit_id
        where r.id = ${sql.value(input.responsibilityId)}::uuid
          and r.delegation_id = ${sql.value(delegationId)}::uuid`,
    );
    if (!r) throw notFound('Responsibility', input.responsibilityId);
    copied = fromResponsibility(r);
  }
  const owner = input.ownerOrganisationId ?? copied?.ownerOrganisationId;
  if (owner == null)
    throw badInput('ownerOrganisationId', msg`Give the owner unit (or a responsibilityId)`);
  await requireMemberUnit(ctx, delegationId, owner);
  const title = cleanText(input.title ?? copied?.title, 'title', 1000);
  const description =
    cleanOptionalText(input.description ?? copied?.description, 'description', 4000) ?? '';
  const personInCharge = cleanOptionalText(input.personInCharge, 'personInCharge', 200);
  if (input.personInChargeId != null)
    await requirePerson(ctx, delegationId, input.personInChargeId);
  const at = { what: 'The task', field: 'delegationId' };
  return inTransaction(ctx.em(), at, async (em) => {
    const task = em.create(Task, {
      delegation: delegationId,
      owner,
      responsibility: input.responsibilityId ?? null,
      title,
      description,
      personInCharge,
      personInChargePerson: input.personInChargeId ?? null,
      deadline,
    });
    audit(em, {
      actor: ctx.viewer.actor,
      action: 'task.create',
      entityType: 'Task',
      entityId: task.id,
      delegationId,
      after: createdEvent(task),
    });
    return task.id;
  });
}

/**
 * The office turns the plan's responsibilities into tasks in one go: one task per
 * responsibility, owned by the responsibility's unit, its text copied, all due by `deadline`.
 * A responsibility already made a task of is left out, so running it again makes only the new
 * ones. The ids of the tasks made, in the plan's order (unit, then duty).
 */
export async function createTasksFromResponsibilities(
  ctx: Ctx,
  input: Omit<CreateTasksFromResponsibilitiesInput, 'deadline'> & { deadline: Date | string },
): Promise<string[]> {
  const { delegationId } = input;
  await requireDelegation(ctx, delegationId);
  requireInDelegation(ctx.viewer, delegationId, OFFICE, 'create tasks');
  const deadline = cleanDeadline(input.deadline);
  const ids = input.responsibilityIds ?? null;
  const rows = await ctx.query<ResponsibilityRow & { made: boolean }>(
    sql`select ${RESPONSIBILITY_COLUMNS},
        exists (select 1 from task t where t.responsibility_id = r.id) as made
      from responsibility r join member_unit u on u.id = r.member_unit_id
      where ${and([
        sql`r.delegation_id = ${sql.value(delegationId)}::uuid`,
        ids ? sql`r.id = any(${sql.value(ids)}::uuid[])` : sql.true,
      ])}
      order by u.position, u.id, r.position, r.id`,
  );
  if (ids) {
    const found = new Set(rows.map((r) => r.id));
    const missing = ids.find((id) => !found.has(id));
    if (missing !== undefined) throw notFound('Responsibility', missing);
  }
  if (rows.every((r) => r.made)) return [];
  const at = { what: 'The task', field: 'delegationId' };
  return inTransaction(ctx.em(), at, async (em) => {
    // one run at a time per delegation: a run made meanwhile is waited for, and what it made
    // is left out here (read again under the lock), so no duty is made a task of twice
    await em.execute(`select id from delegation where id = ? for no key update`, [delegationId]);
    const made = new Set(
      (
        await em.execute<{ id: string }[]>(
          `select responsibility_id as id from task
           where delegation_id = ? and responsibility_id is not null`,
          [delegationId],
        )
      ).map((row) => row.id),
    );
    return rows
      .filter((r) => !made.has(r.id))
      .map((r) => {
        const copied = fromResponsibility(r);
        const task = em.create(Task, {
          delegation: delegationId,
          owner: copied.ownerOrganisationId,
          responsibility: r.id,
          title: copied.title.slice(0, 1000),
          description: copied.description.slice(0, 4000),
          deadline,
        });
        audit(em, {
          actor: ctx.viewer.actor,
          action: 'task.create',
          entityType: 'Task',
          entityId: task.id,
          delegationId,
          after: createdEvent(task),
        });
        return task.id;
      });
  });
}

/** A task in the viewer's read scope (else NOT_FOUND), with who may write it. */
async function scopedTask(ctx: Ctx, id: string) {
  const [row] = await ctx.query<{ delegationId: string; ownerOrganisationId: string }>(
    sql`select t.delegation_id as "delegationId", t.owner_organisation_id as "ownerOrganisationId"
      from task t where ${and([sql`t.id = ${sql.value(id)}::uuid`, unitWorkScope(ctx.viewer, 't')])}`,
  );
  if (!row) throw notFound('Task', id);
  return { ...row, writer: taskWriter(ctx.viewer, row.delegationId, row.ownerOrganisationId) };
}

/** What a member unit changes of its own tasks: the status (and the problem blocking it). */
const UNIT_FIELDS = new Set(['id', 'version', 'status', 'blockedByProblemId']);

const VERB: Record<TaskStatus, string> = {
  [TaskStatus.OPEN]: 'reopen',
  [TaskStatus.IN_PROGRESS]: 'start',
  [TaskStatus.BLOCKED]: 'block',
  [TaskStatus.DONE]: 'finish',
};

/** `task` moves to `to` along TASK_NEXT (INVALID_TRANSITION otherwise); BLOCKED names its problem. */
function moveTask(task: Task, to: TaskStatus, problemId: string | null): void {
  if (to !== task.status && !TASK_NEXT[task.status].includes(to))
    throw invalidTransition(VERB[to], 'a task', task.status, {
      allowedFrom: (Object.keys(TASK_NEXT) as TaskStatus[]).filter((s) =>
        TASK_NEXT[s].includes(to),
      ),
    });
  task.status = to;
  task.blockedByProblemId = to === TaskStatus.BLOCKED ? problemId : null;
}

export async function updateTask(
  ctx: Ctx,
  input: Omit<UpdateTaskInput, 'deadline'> & { deadline?: Date | string | null },
): Promise<string> {
  const { id } = input;
  const { delegationId, writer } = await scopedTask(ctx, id);
  if (writer === null) throw forbidden(msg`Only the office or the owner unit may change this task`);
  const given = Object.entries(input).filter(([, v]) => v !== undefined);
  if (writer === 'unit') {
    const beyond = given.find(([key]) => !UNIT_FIELDS.has(key));
    if (beyond)
      throw forbidden(msg`A member unit changes only the status of its tasks, not ${beyond[0]}`);
  }
  for (const key of ['title', 'ownerOrganisationId', 'deadline', 'status'] as const)
    if (input[key] === null) throw badInput(key, msg`${key} cannot be cleared`);
  const changes: Partial<{
    title: string;
    description: string;
    ownerOrganisationId: string;
    personInCharge: string | null;
    personInChargeId: string | null;
    deadline: string;
  }> = {};
  if (input.title != null) changes.title = cleanText(input.title, 'title', 1000);
  if (input.description !== undefined)
    changes.description = cleanOptionalText(input.description, 'description', 4000) ?? '';
  if (input.ownerOrganisationId != null) {
    await requireMemberUnit(ctx, delegationId, input.ownerOrganisationId);
    changes.ownerOrganisationId = input.ownerOrganisationId;
  }
  if (input.personInCharge !== undefined)
    changes.personInCharge = cleanOptionalText(input.personInCharge, 'personInCharge', 200);
  if (input.personInChargeId !== undefined) {
    if (input.personInChargeId !== null)
      await requirePerson(ctx, delegationId, input.personInChargeId);
    changes.personInChargeId = input.personInChargeId;
  }
  if (input.deadline != null) changes.deadline = cleanDeadline(input.deadline);
  const problemId = input.blockedByProblemId ?? null;
  if (problemId !== null) {
    const [problem] = await ctx.query<{ status: ProblemStatus; taskId: string | null }>(
      sql`select q.status, q.task_id as "taskId" from task_problem q
        where ${and([sql`q.id = ${sql.value(problemId)}::uuid`, unitWorkScope(ctx.viewer, 'q', 'organisation_id')])}`,
    );
    if (!problem) throw notFound('Task problem', problemId);
    if (problem.taskId !== id)
      throw badInput('blockedByProblemId', msg`A task is blocked by a problem raised about it`);
    if (problem.status === ProblemStatus.CLOSED)
      throw badInput('blockedByProblemId', msg`That problem is CLOSED: it blocks nothing`);
  }
  const at = { what: 'The task', field: 'version' };
  return inTransaction(ctx.em(), at, async (em) => {
    const task = await em.findOneOrFail(Task, { id });
    requireVersion(task, input.version, at);
    const before = snapshot(task);
    const to = input.status ?? task.status;
    if (to === TaskStatus.BLOCKED && problemId === null && task.status !== TaskStatus.BLOCKED)
      throw badInput(
        'blockedByProblemId',
        msg`A BLOCKED task names its problem: give blockedByProblemId`,
      );
    if (problemId !== null && to !== TaskStatus.BLOCKED)
      throw badInput('blockedByProblemId', msg`blockedByProblemId goes with status BLOCKED`);
    if (input.status != null || problemId !== null)
      moveTask(task, to, problemId ?? task.blockedByProblemId);
    const { ownerOrganisationId: owner, personInChargeId, ...rest } = changes;
    em.assign(task, {
      ...rest,
      ...(owner !== undefined ? { owner } : {}),
      ...(personInChargeId !== undefined ? { personInChargePerson: personInChargeId } : {}),
    });
    const after = snapshot(task);
    const changed = Object.keys(after).filter(
      (k) => JSON.stringify(after[k]) !== JSON.stringify(before[k]),
    );
    if (changed.length === 0) return id;
    audit(em, {
      actor: ctx.viewer.actor,
      action: 'task.update',
      entityType: 'Task',
      entityId: id,
      delegationId,
      before: Object.fromEntries(changed.map((k) => [k, before[k]])),
      after: Object.fromEntries(changed.map((k) => [k, after[k]])),
    });
    return id;
  });
}

function snapshot(task: Task): Record<string, unknown> {
  return {
    title: task.title,
    description: task.description,
    ownerOrganisationId: task.owner.id,
    personInCharge: task.personInCharge,
    personInChargeId: task.personInChargePerson?.id ?? null,
    deadline: task.deadline,
    status: task.status,
    blockedByProblemId: task.blockedByProblemId,
  };
}

/**
 * A progress report on a task, by its office or its owner unit: a `task_progress` row (who,
 * when), and an OPEN task moves to IN_PROGRESS. A DONE task takes no more reports.
 */
export async function reportTaskProgress(
  ctx: Ctx,
  input: ReportTaskProgressInput,
): Promise<string> {
  const { taskId } = input;
  const { delegationId, writer } = await scopedTask(ctx, taskId);
  if (writer === null)
    throw forbidden(msg`Only the office or the owner unit may report progress on this task`);
  const text = cleanText(input.text, 'text', 4000);
  if (
    input.percent != null &&
    (!Number.isInteger(input.percent) || input.percent < 0 || input.percent > 100)
  )
    throw badInput('percent', msg`percent must be between 0 and 100`);
  const figure =
    input.figure != null
      ? decimalArg(input.figure, 'figure', { precision: 20, scale: 4 }).toFixed()
      : null;
  const at = { what: 'The task', field: 'taskId', retries: 2 };
  return inTransaction(ctx.em(), at, async (em) => {
    const task = await em.findOneOrFail(Task, { id: taskId });
    if (task.status === TaskStatus.DONE)
      throw invalidTransition('report progress on', 'a task', task.status);
    const progress = em.create(TaskProgress, {
      delegation: delegationId,
      task: taskId,
      text,
      percent: input.percent ?? null,
      figure,
      reportedBy: ctx.viewer.actor,
    });
    const from = task.status;
    if (from === TaskStatus.OPEN) moveTask(task, TaskStatus.IN_PROGRESS, null);
    else task.updatedAt = new Date();
    audit(em, {
      actor: ctx.viewer.actor,
      action: 'task.progress',
      entityType: 'Task',
      entityId: taskId,
      delegationId,
      before: from !== task.status ? { status: from } : null,
      after: {
        progressId: progress.id,
        text,
        percent: progress.percent,
        figure,
        ...(from !== task.status ? { status: task.status } : {}),
      },
    });
    return progress.id;
  });
}

/**
 * A problem raised to the office: about a task (raised by its owner unit, or the office on its
 * behalf), or about the unit's work at large (`delegationId`, and the unit: a MEMBER_UNIT's own).
 */
export async function raiseTaskProblem(ctx: Ctx, input: RaiseTaskProblemInput): Promise<string> {
  let delegationId: string;
  let unit: string;
  if (input.taskId != null) {
    const task = await scopedTask(ctx, input.taskId);
    if (task.writer === null)
      throw forbidden(msg`Only the owner unit (or the office) may raise a problem about this task`);
    delegationId = task.delegationId;
    unit = task.ownerOrganisationId;
    if (input.unitOrganisationId != null && input.unitOrganisationId !== unit)
      throw badInput('unitOrganisationId', msg`A problem about a task is its owner unit's`);
    if (input.delegationId != null && input.delegationId !== delegationId)
      throw badInput('delegationId', msg`The task is of another delegation`);
  } else {
    if (input.delegationId == null)
      throw badInput('delegationId', msg`Give the task the problem is about, or its delegationId`);
    delegationId = input.delegationId;
    await requireDelegation(ctx, delegationId);
    const own = ownUnits(ctx.viewer, delegationId);
    const chosen = input.unitOrganisationId ?? (own.length === 1 ? own[0] : undefined);
    if (chosen === undefined)
      throw badInput('unitOrganisationId', msg`Give the member unit raising the problem`);
    unit = chosen;
    await requireMemberUnit(ctx, delegationId, unit);
    if (taskWriter(ctx.viewer, delegationId, unit) === null)
      throw forbidden(msg`Only a member unit (for itself) or the office may raise problems`);
  }
  const text = cleanText(input.text, 'text', 4000);
  const at = { what: 'The problem', field: 'text' };
  return inTransaction(ctx.em(), at, async (em) => {
    const problem = em.create(TaskProblem, {
      delegation: delegationId,
      unit,
      task: input.taskId ?? null,
      text,
      raisedBy: ctx.viewer.actor,
    });
    audit(em, {
      actor: ctx.viewer.actor,
      action: 'problem.raise',
      entityType: 'TaskProblem',
      entityId: problem.id,
      delegationId,
      after: { unitOrganisationId: unit, taskId: input.taskId ?? null, text },
    });
    return problem.id;
  });
}

/** A problem in the viewer's read scope (else NOT_FOUND), with who may write it. */
async function scopedProblem(ctx: Ctx, id: string) {
  const [row] = await ctx.query<{ delegationId: string; organisationId: string }>(
    sql`select q.delegation_id as "delegationId", q.organisation_id as "organisationId"
      from task_problem q
      where ${and([sql`q.id = ${sql.value(id)}::uuid`, unitWorkScope(ctx.viewer, 'q', 'organisation_id')])}`,
  );
  if (!row) throw notFound('Task problem', id);
  return { ...row, writer: taskWriter(ctx.viewer, row.delegationId, row.organisationId) };
}

function moveProblem(problem: TaskProblem, to: ProblemStatus, verb: string): void {
  if (!PROBLEM_NEXT[problem.status].includes(to))
    throw invalidTransition(verb, 'a problem', problem.status, {
      allowedFrom: (Object.keys(PROBLEM_NEXT) as ProblemStatus[]).filter((s) =>
        PROBLEM_NEXT[s].includes(to),
      ),
    });
  problem.status = to;
}

/** The office answers a problem (OPEN → ANSWERED). */
export async function answerTaskProblem(ctx: Ctx, input: AnswerTaskProblemInput): Promise<string> {
  const { id } = input;
  const { delegationId, writer } = await scopedProblem(ctx, id);
  if (writer !== 'office') throw notInDelegation(OFFICE, 'answer problems');
  const answer = cleanText(input.answer, 'answer', 4000);
  const at = { what: 'The problem', field: 'version' };
  return inTransaction(ctx.em(), at, async (em) => {
    const problem = await em.findOneOrFail(TaskProblem, { id });
    requireVersion(problem, input.version, at);
    moveProblem(problem, ProblemStatus.ANSWERED, 'answer');
    problem.answer = answer;
    problem.answeredBy = ctx.viewer.actor;
    problem.answeredAt = new Date();
    audit(em, {
      actor: ctx.viewer.actor,
      action: 'problem.answer',
      entityType: 'TaskProblem',
      entityId: id,
      delegationId,
      before: { status: ProblemStatus.OPEN },
      after: { status: ProblemStatus.ANSWERED, answer },
    });
    await enqueueProblemAnswered(em, {
      id,
      delegationId,
      unitOrganisationId: problem.unit.id,
      answer,
    });
    return id;
  });
}

/**
 * The office or the unit closes a problem (OPEN or ANSWERED → CLOSED); a task it blocked goes
 * back to IN_PROGRESS, since a BLOCKED task names an open problem.
 */
export async function closeTaskProblem(ctx: Ctx, input: CloseTaskProblemInput): Promise<string> {
  const { id } = input;
  const { delegationId, writer } = await scopedProblem(ctx, id);
  if (writer === null)
    throw forbidden(msg`Only the office or the raising unit may close this problem`);
  const at = { what: 'The problem', field: 'version' };
  return inTransaction(ctx.em(), at, async (em) => {
    const problem = await em.findOneOrFail(TaskProblem, { id });
    requireVersion(problem, input.version, at);
    const from = problem.status;
    moveProblem(problem, ProblemStatus.CLOSED, 'close');
    problem.closedBy = ctx.viewer.actor;
    problem.closedAt = new Date();
    audit(em, {
      actor: ctx.viewer.actor,
      action: 'problem.close',
      entityType: 'TaskProblem',
      entityId: id,
      delegationId,
      before: { status: from },
      after: { status: ProblemStatus.CLOSED },
    });
    for (const task of await em.find(Task, { blockedByProblemId: id })) {
      moveTask(task, TaskStatus.IN_PROGRESS, null);
      audit(em, {
        actor: ctx.viewer.actor,
        action: 'task.update',
        entityType: 'Task',
        entityId: task.id,
        delegationId,
        before: { status: TaskStatus.BLOCKED, blockedByProblemId: id },
        after: { status: TaskStatus.IN_PROGRESS, blockedByProblemId: null },
      });
    }
    return id;
  });
}
