import { forbidden, ownUnits, requireInDelegation, taskWriter } from '../../auth/policy.js';
import { Role } from '../../auth/roles.js';
import { serviceUnitScope } from '../../auth/scope.js';
import { and, sql } from '../../db/sql.js';
import { badInput, notFound } from '../../graphql/errors.js';
import { audit } from '../audit/audit.service.js';
import { ServiceDuty } from '../logistics/logistics.enums.js';
import {
  cleanOptionalText,
  cleanText,
  requireDelegation,
  requireServes,
  serves,
} from '../logistics/logistics.service.js';
import { allowedFrom } from '../logistics/logistics.rules.js';
import { inTransaction, requireVersion } from '../shared/transaction.js';
import { decimalArg } from '../trade/money.js';
import { invalidTransition, type TradeContext } from '../trade/trade-scope.js';
import { FundingStatus, IncidentStatus } from './services.enums.js';
import { FundingRequest, HealthIncident } from './services.entity.js';
import { FUNDING_REQUESTS, HEALTH_INCIDENTS } from './services.loader.js';
import { FUNDING_NEXT, INCIDENT_NEXT } from './services.rules.js';

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
    throw forbidden(`Only a ${duty} service unit of this delegation may ${what}`);
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
  let unitId = input.requestingUnitId ?? null;
  if (unitId) {
    const [unit] = await ctx.query<{ id: string }>(
      sql`select id from member_unit where delegation_id = ${sql.value(delegationId)}::uuid
        and organisation_id = ${sql.value(unitId)}::uuid`,
    );
    if (!unit) throw notFound('Member unit', unitId);
    if (!taskWriter(ctx.viewer, delegationId, unitId))
      throw forbidden('Only the office or the member unit itself may ask funds for a unit');
  } else if (taskWriter(ctx.viewer, delegationId, '') !== 'office') {
    const own = ownUnits(ctx.viewer, delegationId);
    if (own.length === 0)
      requireInDelegation(ctx.viewer, delegationId, [Role.DELEGATION_OFFICE], 'ask funds');
    if (own.length > 1)
      throw badInput('requestingUnitId', 'You act for several units: name the one that asks');
    unitId = own[0]!;
  }
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
  const [row] = await ctx.query<{ delegationId: string }>(
    sql`select fr.delegation_id as "delegationId" from ${FUNDING_REQUESTS.from}
      where ${and([sql`fr.id = ${sql.value(id)}::uuid`, FUNDING_REQUESTS.scope(ctx.viewer)])}`,
  );
  if (!row) throw notFound('Funding request', id);
  return row;
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
    throw badInput('reason', 'Only a rejection has a reason');
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
      'Only the office, the HEALTH unit or the lead of the sub-delegation may log health incidents',
    );
  const description = cleanText(input.description, 'description', 4000);
  const personName = cleanOptionalText(input.personName, 'personName', 200);
  const openedAt = input.openedAt ?? new Date();
  if (Number.isNaN(openedAt.getTime())) throw badInput('openedAt', 'openedAt is not a time');
  if (openedAt.getTime() > Date.now() + 60_000)
    throw badInput('openedAt', 'openedAt is in the future');
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
  const [row] = await ctx.query<{ delegationId: string }>(
    sql`select hi.delegation_id as "delegationId" from ${HEALTH_INCIDENTS.from}
      where ${and([sql`hi.id = ${sql.value(input.id)}::uuid`, HEALTH_INCIDENTS.scope(ctx.viewer)])}`,
  );
  if (!row) throw notFound('Health incident', input.id);
  const { delegationId } = row;
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
