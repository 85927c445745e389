import {
  forbidden,
  ownUnits,
  requireInDelegation,
  requireMayTradeFor,
  taskWriter,
  TradeRules,
} from '../../auth/policy.js';
import { Role } from '../../auth/roles.js';
import { delegationScope, serviceUnitScope } from '../../auth/scope.js';
import { and, sql } from '../../db/sql.js';
import { AppError, badInput, ErrorCode, notFound } from '../../graphql/errors.js';
import { audit } from '../audit/audit.service.js';
import { personOf, type PersonRef } from '../delegation/structure.service.js';
import { ServiceDuty } from '../logistics/logistics.enums.js';
import {
  cleanOptionalText,
  cleanText,
  requireServes,
  serves,
} from '../logistics/logistics.service.js';
import { allowedFrom } from '../logistics/logistics.rules.js';
import { inTransaction, requireVersion } from '../shared/transaction.js';
import { decimalArg } from '../trade/money.js';
import {
  invalidTransition,
  isoDate,
  requireDelegation,
  scopedTradeRow,
  type TradeContext,
  delegationOfScoped,
} from '../trade/trade-scope.js';
import {
  FundingStatus,
  IncidentStatus,
  PlanDocumentFormat,
  PlanDocumentStatus,
  QuestionStatus,
  SubDelegationContactKind,
} from './services.enums.js';
import {
  CustomsConsultation,
  EmergencyPlan,
  FundingRequest,
  HealthIncident,
  ProtocolRequest,
  PublicityRecord,
  SubDelegationContact,
} from './services.entity.js';
import {
  CUSTOMS_CONSULTATIONS,
  EMERGENCY_PLANS,
  FUNDING_REQUESTS,
  HEALTH_INCIDENTS,
  PROTOCOL_REQUESTS,
} from './services.loader.js';
import {
  FUNDING_NEXT,
  INCIDENT_NEXT,
  PLAN_DOCUMENT_NEXT,
  QUESTION_NEXT,
} from './services.rules.js';
import { msg } from '../../i18n/message.js';

/*
 * The service departments' queues. Services speak uuids (the resolvers decode global IDs) and
 * name fields relative to their input (the resolvers root them at `input`). Each write reads
 * the record it names in the viewer's read scope first (NOT_FOUND otherwise), then asks who may
 * write it (FORBIDDEN), checks every input, and writes in one transaction with its audit event.
 * A department's decisions are its own: only its service units (MEMBER_UNIT grants of a unit
 * serving that duty, `serviceUnitScope`) and ADMIN take them, not the office.
 */

type Ctx = TradeContext;

/** Whether the viewer acts for a service unit of `duty` in the delegation, else FORBIDDEN. */
async function requireServiceUnit(
  ctx: Ctx,
  duty: ServiceDuty,
  delegationId: string,
  what: string,
): Promise<void> {
  const [row] = await ctx.query<{ may: boolean }>(
    sql`select ${serviceUnitScope(ctx.viewer, duty, sql`${sql.value(delegationId)}::uuid`)} as may`,
  );
  if (row?.may !== true)
    throw forbidden(msg`Only a ${duty} service unit of this delegation may ${what}`);
}

/**
 * The member unit a request to a department is asked for (null: the office itself): the office
 * may name any member unit of the delegation or none, a member unit only itself (its only one
 * when it names none). `requestingUnitId` names the field.
 */
async function askingUnit(
  ctx: Ctx,
  delegationId: string,
  named: string | null,
  what: string,
): Promise<string | null> {
  if (named) {
    const [unit] = await ctx.query<{ id: string }>(
      sql`select id from member_unit where delegation_id = ${sql.value(delegationId)}::uuid
        and organisation_id = ${sql.value(named)}::uuid`,
    );
    if (!unit) throw notFound('Member unit', named);
    if (!taskWriter(ctx.viewer, delegationId, named))
      throw forbidden(msg`Only the office or the member unit itself may ${what} for a unit`);
    return named;
  }
  if (taskWriter(ctx.viewer, delegationId, '') === 'office') return null;
  const own = ownUnits(ctx.viewer, delegationId);
  if (own.length === 0)
    requireInDelegation(ctx.viewer, delegationId, [Role.DELEGATION_OFFICE], what);
  if (own.length > 1)
    throw badInput('requestingUnitId', msg`You act for several units: name the one that asks`);
  return own[0]!;
}

// ---------------------------------------------------------------------------- funding requests

/**
 * Funds asked of the FINANCE unit: by the office (for itself, or naming a member unit), or by a
 * member unit for itself (its MEMBER_UNIT grant).
 */
export async function requestFunding(
  ctx: Ctx,
  input: {
    delegationId: string;
    purpose: string;
    amountCny: string;
    requestingUnitId?: string | null;
  },
): Promise<string> {
  const { delegationId } = input;
  await requireDelegation(ctx, delegationId);
  const unitId = await askingUnit(ctx, delegationId, input.requestingUnitId ?? null, 'ask funds');
  const purpose = cleanText(input.purpose, 'purpose', 2000);
  const amount = decimalArg(input.amountCny, 'amountCny', {
    precision: 14,
    scale: 2,
    positive: true,
  }).toFixed(2);
  return inTransaction(
    ctx.em(),
    { what: 'The funding request', field: 'delegationId' },
    async (em) => {
      const request = em.create(FundingRequest, {
        delegation: delegationId,
        requestingUnit: unitId,
        purpose,
        amountCny: amount,
        requestedBy: ctx.viewer.actor,
      });
      audit(em, {
        actor: ctx.viewer.actor,
        action: 'fundingRequest.submit',
        entityType: 'FundingRequest',
        entityId: request.id,
        delegationId,
        after: { purpose, amountCny: amount, requestingUnitId: unitId },
      });
      return request.id;
    },
  );
}

/** A funding request the viewer reads; else NOT_FOUND (the railway's unit: always). */
async function scopedFunding(ctx: Ctx, id: string): Promise<{ delegationId: string }> {
  const delegationId = await delegationOfScoped(ctx, FUNDING_REQUESTS, id);
  if (!delegationId) throw notFound('Funding request', id);
  return { delegationId };
}

const VERB: Record<FundingStatus, string> = {
  [FundingStatus.SUBMITTED]: 'submit',
  [FundingStatus.APPROVED]: 'approve',
  [FundingStatus.PAID]: 'pay',
  [FundingStatus.REJECTED]: 'reject',
};

/** The FINANCE unit approves, pays or rejects a request, along FUNDING_NEXT. */
export async function moveFunding(
  ctx: Ctx,
  input: { id: string; version: number; to: FundingStatus; reason?: string | null },
): Promise<string> {
  const { delegationId } = await scopedFunding(ctx, input.id);
  const verb = VERB[input.to];
  await requireServiceUnit(ctx, ServiceDuty.FINANCE, delegationId, `${verb} funding requests`);
  const reason =
    input.to === FundingStatus.REJECTED ? cleanText(input.reason, 'reason', 2000) : null;
  if (input.to !== FundingStatus.REJECTED && input.reason != null)
    throw badInput('reason', msg`Only a rejection has a reason`);
  const at = { what: 'The funding request', field: 'version' };
  return inTransaction(ctx.em(), at, async (em) => {
    const request = await em.findOneOrFail(FundingRequest, { id: input.id });
    requireVersion(request, input.version, at);
    const from = request.status;
    if (!FUNDING_NEXT[from].includes(input.to))
      throw invalidTransition(verb, 'a funding request', from, {
        allowedFrom: allowedFrom(FUNDING_NEXT, input.to),
      });
    request.status = input.to;
    const now = new Date();
    if (input.to === FundingStatus.PAID) {
      request.paidBy = ctx.viewer.actor;
      request.paidAt = now;
    } else {
      request.reviewedBy = ctx.viewer.actor;
      request.reviewedAt = now;
      request.rejectReason = reason;
    }
    audit(em, {
      actor: ctx.viewer.actor,
      action: `fundingRequest.${verb}`,
      entityType: 'FundingRequest',
      entityId: request.id,
      delegationId,
      before: { status: from },
      after: { status: input.to, ...(reason ? { reason } : {}) },
    });
    return request.id;
  });
}

// ------------------------------------------------------------------------ health incident log

/**
 * Logs a health incident: the office or the HEALTH unit (`serves`), or a lead for a
 * sub-delegation it leads.
 */
export async function openHealthIncident(
  ctx: Ctx,
  input: {
    delegationId: string;
    subDelegationId?: string | null;
    personName?: string | null;
    description: string;
    openedAt?: Date | null;
  },
): Promise<string> {
  const { delegationId } = input;
  await requireDelegation(ctx, delegationId);
  const subDelegationId = input.subDelegationId ?? null;
  if (subDelegationId) {
    const [sub] = await ctx.query<{ id: string }>(
      sql`select id from sub_delegation where id = ${sql.value(subDelegationId)}::uuid
        and delegation_id = ${sql.value(delegationId)}::uuid`,
    );
    if (!sub) throw notFound('Sub-delegation', subDelegationId);
  }
  const leads = subDelegationId !== null && ctx.viewer.subDelegationIds.includes(subDelegationId);
  if (!leads && !(await serves(ctx, ServiceDuty.HEALTH, delegationId)))
    throw forbidden(
      msg`Only the office, the HEALTH unit or the lead of the sub-delegation may log health incidents`,
    );
  const description = cleanText(input.description, 'description', 4000);
  const personName = cleanOptionalText(input.personName, 'personName', 200);
  const openedAt = input.openedAt ?? new Date();
  if (Number.isNaN(openedAt.getTime())) throw badInput('openedAt', msg`openedAt is not a time`);
  if (openedAt.getTime() > Date.now() + 60_000)
    throw badInput('openedAt', msg`openedAt is in the future`);
  return inTransaction(ctx.em(), { what: 'The incident', field: 'delegationId' }, async (em) => {
    const incident = em.create(HealthIncident, {
      delegation: delegationId,
      subDelegation: subDelegationId,
      personName,
      description,
      openedAt,
      openedBy: ctx.viewer.actor,
    });
    audit(em, {
      actor: ctx.viewer.actor,
      action: 'healthIncident.open',
      entityType: 'HealthIncident',
      entityId: incident.id,
      delegationId,
      after: { subDelegationId, personName, description, openedAt: openedAt.toISOString() },
    });
    return incident.id;
  });
}

/** The HEALTH unit (or the office) responds to an OPEN incident, or closes a RESPONDED one. */
export async function moveHealthIncident(
  ctx: Ctx,
  input: { id: string; version: number; to: IncidentStatus; response?: string | null },
): Promise<string> {
  const delegationId = await delegationOfScoped(ctx, HEALTH_INCIDENTS, input.id);
  if (!delegationId) throw notFound('Health incident', input.id);
  const verb = input.to === IncidentStatus.RESPONDED ? 'respond to' : 'close';
  await requireServes(ctx, ServiceDuty.HEALTH, delegationId, `${verb} health incidents`);
  const response =
    input.to === IncidentStatus.RESPONDED ? cleanText(input.response, 'response', 4000) : null;
  const at = { what: 'The incident', field: 'version' };
  return inTransaction(ctx.em(), at, async (em) => {
    const incident = await em.findOneOrFail(HealthIncident, { id: input.id });
    requireVersion(incident, input.version, at);
    const from = incident.status;
    if (!INCIDENT_NEXT[from].includes(input.to))
      throw invalidTransition(verb, 'an incident', from, {
        allowedFrom: allowedFrom(INCIDENT_NEXT, input.to),
      });
    incident.status = input.to;
    const now = new Date();
    if (input.to === IncidentStatus.RESPONDED) {
      incident.respondedAt = now < incident.openedAt ? incident.openedAt : now;
      incident.respondedBy = ctx.viewer.actor;
      incident.response = response;
    } else {
      incident.closedAt = now;
      incident.closedBy = ctx.viewer.actor;
    }
    audit(em, {
      actor: ctx.viewer.actor,
      action:
        input.to === IncidentStatus.RESPONDED ? 'healthIncident.respond' : 'healthIncident.close',
      entityType: 'HealthIncident',
      entityId: incident.id,
      delegationId,
      before: { status: from },
      after: { status: input.to, ...(response ? { response } : {}) },
    });
    return incident.id;
  });
}

// ------------------------------------------------------- questions: customs and protocol

/**
 * A purchaser's side asks the CUSTOMS unit about the goods of one of its deals or needs: those
 * who trade for the purchaser (TradeRules.needs: its organisers, the purchaser, the member unit
 * that invited it).
 */
export async function askCustoms(
  ctx: Ctx,
  input: {
    dealId?: string | null;
    needId?: string | null;
    goods: string;
    hsCode?: string | null;
    question: string;
  },
): Promise<string> {
  if ((input.dealId == null) === (input.needId == null))
    throw badInput(
      input.dealId == null ? 'dealId' : 'needId',
      msg`Give exactly one of dealId and needId`,
    );
  const party = input.dealId
    ? await scopedTradeRow<object>(ctx, 'deal', input.dealId, 'Deal')
    : await scopedTradeRow<object>(ctx, 'procurement_need', input.needId!, 'Procurement need');
  requireMayTradeFor(ctx.viewer, party, 'ask customs about its goods', TradeRules.needs);
  const goods = cleanText(input.goods, 'goods', 500);
  const hsCode = input.hsCode?.replace(/[\s.]/g, '') || null;
  if (hsCode !== null && !/^[0-9]{6,10}$/.test(hsCode))
    throw badInput('hsCode', msg`hsCode is 6 to 10 digits (8471.30 or 84713000)`);
  const question = cleanText(input.question, 'question', 4000);
  return inTransaction(ctx.em(), { what: 'The consultation', field: 'question' }, async (em) => {
    const row = em.create(CustomsConsultation, {
      delegation: party.delegationId,
      purchaser: party.purchaserId,
      deal: input.dealId ?? null,
      need: input.needId ?? null,
      goods,
      hsCode,
      question,
      askedBy: ctx.viewer.actor,
    });
    audit(em, {
      actor: ctx.viewer.actor,
      action: 'customsConsultation.ask',
      entityType: 'CustomsConsultation',
      entityId: row.id,
      delegationId: party.delegationId,
      after: {
        dealId: input.dealId ?? null,
        needId: input.needId ?? null,
        goods,
        hsCode,
        question,
      },
    });
    return row.id;
  });
}

/** Protocol questions to the PROTOCOL unit: the office, or a member unit for itself. */
export async function askProtocol(
  ctx: Ctx,
  input: {
    delegationId: string;
    subject: string;
    question: string;
    requestingUnitId?: string | null;
  },
): Promise<string> {
  const { delegationId } = input;
  await requireDelegation(ctx, delegationId);
  const unitId = await askingUnit(
    ctx,
    delegationId,
    input.requestingUnitId ?? null,
    'ask protocol questions',
  );
  const subject = cleanText(input.subject, 'subject', 300);
  const question = cleanText(input.question, 'question', 4000);
  return inTransaction(ctx.em(), { what: 'The request', field: 'delegationId' }, async (em) => {
    const row = em.create(ProtocolRequest, {
      delegation: delegationId,
      requestingUnit: unitId,
      subject,
      question,
      askedBy: ctx.viewer.actor,
    });
    audit(em, {
      actor: ctx.viewer.actor,
      action: 'protocolRequest.ask',
      entityType: 'ProtocolRequest',
      entityId: row.id,
      delegationId,
      after: { subject, question, requestingUnitId: unitId },
    });
    return row.id;
  });
}

const QUESTIONS = {
  customs: {
    rows: CUSTOMS_CONSULTATIONS,
    entity: CustomsConsultation,
    duty: ServiceDuty.CUSTOMS,
    what: 'Customs consultation',
    type: 'CustomsConsultation',
    action: 'customsConsultation.answer',
  },
  protocol: {
    rows: PROTOCOL_REQUESTS,
    entity: ProtocolRequest,
    duty: ServiceDuty.PROTOCOL,
    what: 'Protocol request',
    type: 'ProtocolRequest',
    action: 'protocolRequest.answer',
  },
} as const;

/** The department (its service units only, and ADMIN) answers an OPEN question. */
export async function answerQuestion(
  ctx: Ctx,
  kind: keyof typeof QUESTIONS,
  input: { id: string; version: number; answer: string },
): Promise<string> {
  const q = QUESTIONS[kind];
  const delegationId = await delegationOfScoped(ctx, q.rows, input.id);
  if (!delegationId) throw notFound(q.what, input.id);
  await requireServiceUnit(ctx, q.duty, delegationId, 'answer these questions');
  const answer = cleanText(input.answer, 'answer', 4000);
  const at = { what: `The ${q.what.toLowerCase()}`, field: 'version' };
  return inTransaction(ctx.em(), at, async (em) => {
    const question: CustomsConsultation | ProtocolRequest = await em.findOneOrFail(q.entity, {
      id: input.id,
    });
    requireVersion(question, input.version, at);
    const from = question.status;
    if (!QUESTION_NEXT[from].includes(QuestionStatus.ANSWERED))
      throw invalidTransition('answer', 'a question', from, {
        allowedFrom: allowedFrom(QUESTION_NEXT, QuestionStatus.ANSWERED),
      });
    question.status = QuestionStatus.ANSWERED;
    question.answer = answer;
    question.answeredBy = ctx.viewer.actor;
    question.answeredAt = new Date();
    audit(em, {
      actor: ctx.viewer.actor,
      action: q.action,
      entityType: q.type,
      entityId: question.id,
      delegationId,
      before: { status: from },
      after: { status: QuestionStatus.ANSWERED, answer },
    });
    return question.id;
  });
}

// --------------------------------------------------------------------------- publicity records

const LINK = /^https?:\/\/\S+$/;

function cleanLink(value: string | null | undefined): string | null {
  const link = value?.trim() || null;
  if (link !== null && (!LINK.test(link) || link.length > 2000))
    throw badInput('link', msg`link is an http(s) address of at most 2,000 characters`);
  return link;
}

/** The PUBLICITY unit (or the office) records coverage of the delegation. */
export async function recordPublicity(
  ctx: Ctx,
  input: {
    delegationId: string;
    outlet: string;
    title: string;
    publishedOn: Date | string;
    link?: string | null;
  },
): Promise<string> {
  const { delegationId } = input;
  await requireDelegation(ctx, delegationId);
  await requireServes(ctx, ServiceDuty.PUBLICITY, delegationId, 'record publicity');
  const outlet = cleanText(input.outlet, 'outlet', 200);
  const title = cleanText(input.title, 'title', 300);
  const publishedOn = isoDate(input.publishedOn);
  const link = cleanLink(input.link);
  return inTransaction(ctx.em(), { what: 'The record', field: 'delegationId' }, async (em) => {
    const row = em.create(PublicityRecord, {
      delegation: delegationId,
      outlet,
      title,
      publishedOn,
      link,
      recordedBy: ctx.viewer.actor,
    });
    audit(em, {
      actor: ctx.viewer.actor,
      action: 'publicityRecord.record',
      entityType: 'PublicityRecord',
      entityId: row.id,
      delegationId,
      after: { outlet, title, publishedOn, link },
    });
    return row.id;
  });
}

export async function updatePublicity(
  ctx: Ctx,
  input: {
    id: string;
    version: number;
    outlet?: string | null;
    title?: string | null;
    publishedOn?: Date | string | null;
    link?: string | null;
  },
): Promise<string> {
  const [row] = await ctx.query<{ delegationId: string }>(
    sql`select pb.delegation_id as "delegationId" from publicity_record pb where ${and([
      sql`pb.id = ${sql.value(input.id)}::uuid`,
      delegationScope(ctx.viewer, sql`pb.delegation_id`),
    ])}`,
  );
  if (!row) throw notFound('Publicity record', input.id);
  const { delegationId } = row;
  await requireServes(ctx, ServiceDuty.PUBLICITY, delegationId, 'change publicity records');
  for (const key of ['outlet', 'title', 'publishedOn'] as const)
    if (input[key] === null) throw badInput(key, msg`${key} cannot be cleared`);
  const changes: Partial<Pick<PublicityRecord, 'outlet' | 'title' | 'publishedOn' | 'link'>> = {};
  if (input.outlet != null) changes.outlet = cleanText(input.outlet, 'outlet', 200);
  if (input.title != null) changes.title = cleanText(input.title, 'title', 300);
  if (input.publishedOn != null) changes.publishedOn = isoDate(input.publishedOn);
  if (input.link !== undefined) changes.link = cleanLink(input.link);
  const at = { what: 'The record', field: 'version' };
  return inTransaction(ctx.em(), at, async (em) => {
    const record = await em.findOneOrFail(PublicityRecord, { id: input.id });
    requireVersion(record, input.version, at);
    const before = {
      outlet: record.outlet,
      title: record.title,
      publishedOn: record.publishedOn,
      link: record.link,
    };
    em.assign(record, changes);
    audit(em, {
      actor: ctx.viewer.actor,
      action: 'publicityRecord.update',
      entityType: 'PublicityRecord',
      entityId: record.id,
      delegationId,
      before,
      after: changes,
    });
    return record.id;
  });
}

// ------------------------------------------------------------------------- emergency plans

/** What a database error of a plan or designation write means for the client. */
function planRefusal(error: unknown): AppError | undefined {
  const { code, constraint } = error as { code?: string; constraint?: string };
  switch (`${code}:${constraint}`) {
    case '23505:emergency_plan_number_key':
      return new AppError(
        ErrorCode.CONFLICT,
        msg`Another version was written meanwhile: try again`,
        {
          field: 'delegationId',
        },
      );
    case '23505:emergency_plan_one_approved':
      return new AppError(ErrorCode.CONFLICT, msg`Another version was approved meanwhile`, {
        field: 'id',
      });
    case '23505:sub_delegation_contact_once':
      return new AppError(ErrorCode.CONFLICT, msg`Someone was designated meanwhile: reload`, {
        field: 'subDelegationId',
      });
  }
  return undefined;
}

/** A sub-delegation of the delegation (NOT_FOUND at `field` otherwise). */
async function requireSubDelegation(
  ctx: Ctx,
  delegationId: string,
  subDelegationId: string,
): Promise<void> {
  const [sub] = await ctx.query<{ id: string }>(
    sql`select id from sub_delegation where id = ${sql.value(subDelegationId)}::uuid
      and delegation_id = ${sql.value(delegationId)}::uuid`,
  );
  if (!sub) throw notFound('Sub-delegation', subDelegationId);
}

/**
 * The member unit a plan names as its author: one of the delegation's member units when named
 * (NOT_FOUND otherwise); else the one unit the viewer acts for there, or none (the office).
 */
async function authorUnit(
  ctx: Ctx,
  delegationId: string,
  named: string | null | undefined,
): Promise<string | null> {
  if (named) {
    const [unit] = await ctx.query<{ id: string }>(
      sql`select id from member_unit where delegation_id = ${sql.value(delegationId)}::uuid
        and organisation_id = ${sql.value(named)}::uuid`,
    );
    if (!unit) throw notFound('Member unit', named);
    return named;
  }
  const own = ownUnits(ctx.viewer, delegationId);
  return own.length === 1 ? own[0]! : null;
}

const PLAN_FORMATS = new Set<string>(Object.values(PlanDocumentFormat));

function planText(input: { title?: string | null; body?: string | null }) {
  return {
    title: input.title != null ? cleanText(input.title, 'title', 200) : undefined,
    body: input.body != null ? cleanText(input.body, 'body', 100_000) : undefined,
  };
}

function planFormat(format: string | null | undefined): PlanDocumentFormat | undefined {
  if (format == null) return undefined;
  if (!PLAN_FORMATS.has(format)) throw badInput('format', msg`format is MARKDOWN or PLAIN`);
  return format as PlanDocumentFormat;
}

/** What an emergency plan's audit events keep of it. */
const planFacts = (plan: EmergencyPlan) => ({
  subDelegationId: plan.subDelegation?.id ?? null,
  number: plan.number,
  title: plan.title,
  format: plan.format,
  authorUnitId: plan.authorUnit?.id ?? null,
  effectiveFrom: plan.effectiveFrom,
  status: plan.status,
});

/**
 * The office or the HEALTH unit writes a new DRAFT version of the delegation's emergency plan
 * (or of one sub-delegation's), numbered after the versions before it.
 */
export async function createEmergencyPlan(
  ctx: Ctx,
  input: {
    delegationId: string;
    subDelegationId?: string | null;
    title: string;
    body: string;
    format?: string | null;
    authorUnitId?: string | null;
    effectiveFrom?: Date | string | null;
  },
): Promise<string> {
  const { delegationId } = input;
  const subDelegationId = input.subDelegationId ?? null;
  await requireDelegation(ctx, delegationId);
  if (subDelegationId) await requireSubDelegation(ctx, delegationId, subDelegationId);
  await requireServes(ctx, ServiceDuty.HEALTH, delegationId, 'write emergency plans');
  const title = cleanText(input.title, 'title', 200);
  const body = cleanText(input.body, 'body', 100_000);
  const format = planFormat(input.format) ?? PlanDocumentFormat.MARKDOWN;
  const author = await authorUnit(ctx, delegationId, input.authorUnitId);
  const effectiveFrom = input.effectiveFrom != null ? isoDate(input.effectiveFrom) : null;
  return inTransaction(
    ctx.em(),
    { what: 'The plan', field: 'delegationId', mapError: planRefusal },
    async (em) => {
      const [{ next }] = await em.execute<{ next: number }[]>(
        `select coalesce(max(number), 0) + 1 as next from emergency_plan
         where delegation_id = ? and sub_delegation_id is not distinct from ?`,
        [delegationId, subDelegationId],
      );
      const plan = em.create(EmergencyPlan, {
        delegation: delegationId,
        subDelegation: subDelegationId,
        number: Number(next),
        title,
        body,
        format,
        authorUnit: author,
        effectiveFrom,
        createdBy: ctx.viewer.actor,
      });
      audit(em, {
        actor: ctx.viewer.actor,
        action: 'emergencyPlan.create',
        entityType: 'EmergencyPlan',
        entityId: plan.id,
        delegationId,
        after: planFacts(plan),
      });
      return plan.id;
    },
  );
}

/** An emergency plan the viewer reads, with its delegation; else NOT_FOUND. */
async function scopedPlan(ctx: Ctx, id: string): Promise<{ delegationId: string }> {
  const delegationId = await delegationOfScoped(ctx, EMERGENCY_PLANS, id);
  if (!delegationId) throw notFound('Emergency plan', id);
  return { delegationId };
}

/** The office or the HEALTH unit changes a DRAFT plan (an approved one is a new version). */
export async function updateEmergencyPlan(
  ctx: Ctx,
  input: {
    id: string;
    version: number;
    title?: string | null;
    body?: string | null;
    format?: string | null;
    authorUnitId?: string | null;
    effectiveFrom?: Date | string | null;
  },
): Promise<string> {
  const { delegationId } = await scopedPlan(ctx, input.id);
  await requireServes(ctx, ServiceDuty.HEALTH, delegationId, 'change emergency plans');
  for (const key of ['title', 'body', 'format'] as const)
    if (input[key] === null) throw badInput(key, msg`${key} cannot be cleared`);
  const { title, body } = planText(input);
  const format = planFormat(input.format);
  const author =
    input.authorUnitId !== undefined
      ? input.authorUnitId === null
        ? null
        : await authorUnit(ctx, delegationId, input.authorUnitId)
      : undefined;
  const effectiveFrom =
    input.effectiveFrom !== undefined
      ? input.effectiveFrom === null
        ? null
        : isoDate(input.effectiveFrom)
      : undefined;
  const at = { what: 'The plan', field: 'version', mapError: planRefusal };
  return inTransaction(ctx.em(), at, async (em) => {
    const plan = await em.findOneOrFail(EmergencyPlan, { id: input.id });
    requireVersion(plan, input.version, at);
    if (plan.status !== PlanDocumentStatus.DRAFT)
      throw invalidTransition('change', 'an emergency plan', plan.status, {
        allowedFrom: [PlanDocumentStatus.DRAFT],
      });
    const before = planFacts(plan);
    if (title !== undefined) plan.title = title;
    if (body !== undefined) plan.body = body;
    if (format !== undefined) plan.format = format;
    if (author !== undefined) em.assign(plan, { authorUnit: author });
    if (effectiveFrom !== undefined) plan.effectiveFrom = effectiveFrom;
    audit(em, {
      actor: ctx.viewer.actor,
      action: 'emergencyPlan.update',
      entityType: 'EmergencyPlan',
      entityId: plan.id,
      delegationId,
      before: { ...before, ...(body !== undefined ? { bodyLength: plan.body.length } : {}) },
      after: { ...planFacts(plan), ...(author !== undefined ? { authorUnitId: author } : {}) },
    });
    return plan.id;
  });
}

/**
 * The office or the HEALTH unit approves a DRAFT plan; the version in force of the same
 * delegation (or sub-delegation) is SUPERSEDED first, in the same transaction, so that at most
 * one is ever APPROVED (the partial unique index holds it too). A draft older than the version
 * in force is not approved over it.
 */
export async function approveEmergencyPlan(
  ctx: Ctx,
  input: { id: string; version: number },
): Promise<string> {
  const { delegationId } = await scopedPlan(ctx, input.id);
  await requireServes(ctx, ServiceDuty.HEALTH, delegationId, 'approve emergency plans');
  const at = { what: 'The plan', field: 'version', mapError: planRefusal };
  return inTransaction(ctx.em(), at, async (em) => {
    const plan = await em.findOneOrFail(EmergencyPlan, { id: input.id });
    requireVersion(plan, input.version, at);
    const from = plan.status;
    if (!PLAN_DOCUMENT_NEXT[from].includes(PlanDocumentStatus.APPROVED))
      throw invalidTransition('approve', 'an emergency plan', from, {
        allowedFrom: allowedFrom(PLAN_DOCUMENT_NEXT, PlanDocumentStatus.APPROVED),
      });
    const inForce = await em.findOne(EmergencyPlan, {
      delegation: delegationId,
      subDelegation: plan.subDelegation?.id ?? null,
      status: PlanDocumentStatus.APPROVED,
    });
    const now = new Date();
    if (inForce) {
      if (inForce.number > plan.number)
        throw badInput(
          'id',
          msg`Version ${inForce.number} is in force: approve a later version than it, not ${plan.number}`,
        );
      inForce.status = PlanDocumentStatus.SUPERSEDED;
      inForce.supersededAt = now;
      audit(em, {
        actor: ctx.viewer.actor,
        action: 'emergencyPlan.supersede',
        entityType: 'EmergencyPlan',
        entityId: inForce.id,
        delegationId,
        before: { status: PlanDocumentStatus.APPROVED },
        after: { status: PlanDocumentStatus.SUPERSEDED, by: plan.id },
      });
      // the one in force leaves before the new one comes in (the partial unique index)
      await em.flush();
    }
    plan.status = PlanDocumentStatus.APPROVED;
    plan.approvedBy = ctx.viewer.actor;
    plan.approvedAt = now;
    audit(em, {
      actor: ctx.viewer.actor,
      action: 'emergencyPlan.approve',
      entityType: 'EmergencyPlan',
      entityId: plan.id,
      delegationId,
      before: { status: from },
      after: { status: PlanDocumentStatus.APPROVED, supersedes: inForce?.id ?? null },
    });
    return plan.id;
  });
}

// ------------------------------------------------------ designated persons of sub-delegations

/**
 * The office or the HEALTH unit designates a sub-delegation's person for a duty (health and
 * safety): someone of the delegation, or a new person standing for the sub-delegation's first
 * lead unit (structure.service's `personOf`, the one rule for naming a person). Replacing the one
 * designated takes the designation's version.
 */
export async function designateSubDelegationContact(
  ctx: Ctx,
  input: {
    subDelegationId: string;
    kind?: SubDelegationContactKind | null;
    person: PersonRef;
    version?: number | null;
  },
): Promise<string> {
  const [sub] = await ctx.query<{ delegationId: string; leadUnitId: string | null }>(
    sql`select s.delegation_id as "delegationId", (select l.organisation_id
        from sub_delegation_lead l where l.sub_delegation_id = s.id
        order by l.position, l.id limit 1) as "leadUnitId"
      from sub_delegation s where ${and([
        sql`s.id = ${sql.value(input.subDelegationId)}::uuid`,
        delegationScope(ctx.viewer, sql`s.delegation_id`),
      ])}`,
  );
  if (!sub) throw notFound('Sub-delegation', input.subDelegationId);
  const { delegationId } = sub;
  await requireServes(ctx, ServiceDuty.HEALTH, delegationId, 'designate health and safety persons');
  const kind = input.kind ?? SubDelegationContactKind.HEALTH_SAFETY;
  if (!input.person.personId && !sub.leadUnitId)
    throw badInput(
      'person.personId',
      msg`The sub-delegation has no lead unit for a new person to stand for: name someone of the delegation`,
    );
  const at = { what: 'The designation', field: 'version', mapError: planRefusal };
  return inTransaction(ctx.em(), at, async (em) => {
    const person = await personOf(
      em,
      ctx.viewer,
      input.person,
      'person',
      delegationId,
      sub.leadUnitId ?? '',
    );
    const existing = await em.findOne(SubDelegationContact, {
      subDelegation: input.subDelegationId,
      kind,
    });
    if (existing) requireVersion(existing, input.version, at);
    const before = existing ? { personId: existing.person.id } : null;
    const contact =
      existing ??
      em.create(SubDelegationContact, {
        delegation: delegationId,
        subDelegation: input.subDelegationId,
        kind,
        person: person.id,
        assignedBy: ctx.viewer.actor,
      });
    em.assign(contact, { person: person.id, assignedBy: ctx.viewer.actor });
    audit(em, {
      actor: ctx.viewer.actor,
      action: 'subDelegationContact.designate',
      entityType: 'SubDelegationContact',
      entityId: contact.id,
      delegationId,
      before,
      after: { subDelegationId: input.subDelegationId, kind, personId: person.id },
    });
    return contact.id;
  });
}

/** The PUBLICITY unit (or the office) deletes a publicity record, with the version it read; its delegation. */
export async function deletePublicity(
  ctx: Ctx,
  input: { id: string; version: number },
): Promise<string> {
  const [row] = await ctx.query<{ delegationId: string }>(
    sql`select pb.delegation_id as "delegationId" from publicity_record pb where ${and([
      sql`pb.id = ${sql.value(input.id)}::uuid`,
      delegationScope(ctx.viewer, sql`pb.delegation_id`),
    ])}`,
  );
  if (!row) throw notFound('Publicity record', input.id);
  const { delegationId } = row;
  await requireServes(ctx, ServiceDuty.PUBLICITY, delegationId, 'delete publicity records');
  const at = { what: 'The record', field: 'version' };
  await inTransaction(ctx.em(), at, async (em) => {
    const record = await em.findOneOrFail(PublicityRecord, { id: input.id });
    requireVersion(record, input.version, at);
    audit(em, {
      actor: ctx.viewer.actor,
      action: 'publicityRecord.delete',
      entityType: 'PublicityRecord',
      entityId: record.id,
      delegationId,
      before: {
        outlet: record.outlet,
        title: record.title,
        publishedOn: record.publishedOn,
        link: record.link,
      },
    });
    em.remove(record);
  });
  return delegationId;
}
