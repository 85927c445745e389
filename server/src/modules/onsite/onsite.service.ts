import { LockMode } from '@mikro-orm/core';
import { Role } from '../../auth/roles.js';
import { dealScope, delegationScope } from '../../auth/scope.js';
import { and, sql } from '../../db/sql.js';
import { AppError, badInput, ErrorCode, notFound } from '../../graphql/errors.js';
import { audit } from '../audit/audit.service.js';
import { Deal } from '../deal/deal.entity.js';
import { ServiceDuty } from '../logistics/logistics.enums.js';
import { cleanOptionalText, cleanText, requireServes } from '../logistics/logistics.service.js';
import { inTransaction, requireVersion, type Versioned } from '../shared/transaction.js';
import { requireDelegation, type TradeContext } from '../trade/trade-scope.js';
import { type OnsiteEventKind, ParticipantKind } from './onsite.enums.js';
import { OnsiteEvent, OnsiteParticipant } from './onsite.entity.js';
import { msg } from '../../i18n/message.js';

/*
 * On-site activities (the plan's 五(四), run by Commerce): the office and the delegation's
 * LOGISTICS service unit make and change them, add their participants and link the deals
 * signed there (one rule: `requireServes`, logistics.service.ts, over `serviceWriterScope`).
 * Each write reads the record it names in the viewer's read scope first (NOT_FOUND otherwise),
 * then asks who may write it (FORBIDDEN), checks every input, and writes in one transaction with
 * its audit event. Fields are named relative to the input (the resolvers root them at `input`).
 */

type Ctx = TradeContext;

function dbRefusal(error: unknown): AppError | undefined {
  const { code, constraint } = error as { code?: string; constraint?: string };
  switch (`${code}:${constraint}`) {
    case '23505:onsite_participant_once':
      return new AppError(ErrorCode.CONFLICT, msg`They take part in this event already`, {
        field: 'eventId',
      });
    // the event was deleted meanwhile (deleteOnsiteEvent locks it, then counts its deals)
    case '23503:deal_event_id_delegation_id_fkey':
      return new AppError(ErrorCode.NOT_FOUND, msg`On-site event not found`, { field: 'eventId' });
  }
  return undefined;
}

const tx = <T>(ctx: Ctx, at: Versioned, work: Parameters<typeof inTransaction<T>>[2]) =>
  inTransaction<T>(ctx.em(), { ...at, mapError: dbRefusal }, work);

/** An organiser must be a member unit of the delegation (NOT_FOUND at organiserId otherwise). */
async function requireMemberUnit(ctx: Ctx, delegationId: string, organisationId: string) {
  const [unit] = await ctx.query<{ id: string }>(
    sql`select id from member_unit where delegation_id = ${sql.value(delegationId)}::uuid
      and organisation_id = ${sql.value(organisationId)}::uuid`,
  );
  if (!unit) throw notFound('Member unit', organisationId);
}

function times(startsAt: Date, endsAt: Date): void {
  if (Number.isNaN(startsAt.getTime())) throw badInput('startsAt', msg`startsAt is not a time`);
  if (Number.isNaN(endsAt.getTime())) throw badInput('endsAt', msg`endsAt is not a time`);
  if (endsAt < startsAt) throw badInput('endsAt', msg`endsAt is before startsAt`);
}

/** An event the viewer reads, with its delegation; else NOT_FOUND. */
async function scopedEvent(ctx: Ctx, id: string): Promise<{ delegationId: string }> {
  const [row] = await ctx.query<{ delegationId: string }>(
    sql`select ev.delegation_id as "delegationId" from onsite_event ev where ${and([
      sql`ev.id = ${sql.value(id)}::uuid`,
      delegationScope(ctx.viewer, sql`ev.delegation_id`),
    ])}`,
  );
  if (!row) throw notFound('On-site event', id);
  return row;
}

export interface CreateOnsiteEventCommand {
  delegationId: string;
  kind: OnsiteEventKind;
  title: string;
  startsAt: Date;
  endsAt: Date;
  place?: string | null;
  organiserId?: string | null;
}

/** The office or the LOGISTICS unit puts an on-site activity on the delegation's programme. */
export async function createOnsiteEvent(
  ctx: Ctx,
  input: CreateOnsiteEventCommand,
): Promise<string> {
  const { delegationId } = input;
  await requireDelegation(ctx, delegationId);
  await requireServes(ctx, ServiceDuty.LOGISTICS, delegationId, 'run on-site events');
  const title = cleanText(input.title, 'title', 200);
  const place = cleanOptionalText(input.place, 'place', 200);
  times(input.startsAt, input.endsAt);
  if (input.organiserId) await requireMemberUnit(ctx, delegationId, input.organiserId);
  return tx(ctx, { what: 'The event', field: 'delegationId' }, async (em) => {
    const event = em.create(OnsiteEvent, {
      delegation: delegationId,
      kind: input.kind,
      title,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      place,
      organiser: input.organiserId ?? null,
      createdBy: ctx.viewer.actor,
    });
    audit(em, {
      actor: ctx.viewer.actor,
      action: 'onsiteEvent.create',
      entityType: 'OnsiteEvent',
      entityId: event.id,
      delegationId,
      after: {
        kind: input.kind,
        title,
        startsAt: input.startsAt.toISOString(),
        endsAt: input.endsAt.toISOString(),
        place,
        organiserId: input.organiserId ?? null,
      },
    });
    return event.id;
  });
}

export interface UpdateOnsiteEventCommand {
  id: string;
  version: number;
  kind?: OnsiteEventKind | null;
  title?: string | null;
  startsAt?: Date | null;
  endsAt?: Date | null;
  place?: string | null;
  organiserId?: string | null;
}

export async function updateOnsiteEvent(
  ctx: Ctx,
  input: UpdateOnsiteEventCommand,
): Promise<string> {
  const { delegationId } = await scopedEvent(ctx, input.id);
  await requireServes(ctx, ServiceDuty.LOGISTICS, delegationId, 'change on-site events');
  for (const key of ['kind', 'title', 'startsAt', 'endsAt'] as const)
    if (input[key] === null) throw badInput(key, msg`${key} cannot be cleared`);
  const title = input.title != null ? cleanText(input.title, 'title', 200) : undefined;
  const place =
    input.place !== undefined ? cleanOptionalText(input.place, 'place', 200) : undefined;
  if (input.organiserId) await requireMemberUnit(ctx, delegationId, input.organiserId);
  const at = { what: 'The event', field: 'version' };
  return tx(ctx, at, async (em) => {
    const event = await em.findOneOrFail(OnsiteEvent, { id: input.id });
    requireVersion(event, input.version, at);
    const startsAt = input.startsAt ?? event.startsAt;
    const endsAt = input.endsAt ?? event.endsAt;
    times(startsAt, endsAt);
    const before = eventFacts(event);
    if (input.kind) event.kind = input.kind;
    if (title !== undefined) event.title = title;
    event.startsAt = startsAt;
    event.endsAt = endsAt;
    if (place !== undefined) event.place = place;
    if (input.organiserId !== undefined) em.assign(event, { organiser: input.organiserId ?? null });
    audit(em, {
      actor: ctx.viewer.actor,
      action: 'onsiteEvent.update',
      entityType: 'OnsiteEvent',
      entityId: event.id,
      delegationId,
      before,
      after: {
        ...eventFacts(event),
        organiserId: input.organiserId !== undefined ? input.organiserId : before.organiserId,
      },
    });
    return event.id;
  });
}

export interface AddParticipantCommand {
  eventId: string;
  purchaserId?: string | null;
  exhibitorId?: string | null;
  guestName?: string | null;
}

/** A purchaser of the delegation, an exhibitor of its expo, or a guest by name, at an event. */
export async function addOnsiteParticipant(
  ctx: Ctx,
  input: AddParticipantCommand,
): Promise<string> {
  const { delegationId } = await scopedEvent(ctx, input.eventId);
  await requireServes(ctx, ServiceDuty.LOGISTICS, delegationId, 'add participants');
  const given = (['purchaserId', 'exhibitorId', 'guestName'] as const).filter(
    (key) => input[key] != null,
  );
  if (given.length !== 1)
    throw badInput(
      given[1] ?? 'purchaserId',
      msg`Give exactly one of purchaserId, exhibitorId and guestName`,
    );
  let kind: ParticipantKind;
  if (input.purchaserId) {
    kind = ParticipantKind.PURCHASER;
    const [p] = await ctx.query<{ id: string }>(
      sql`select id from purchaser where id = ${sql.value(input.purchaserId)}::uuid
        and delegation_id = ${sql.value(delegationId)}::uuid`,
    );
    if (!p) throw notFound('Purchaser', input.purchaserId);
  } else if (input.exhibitorId) {
    kind = ParticipantKind.EXHIBITOR;
    const [x] = await ctx.query<{ id: string }>(
      sql`select x.id from exhibitor x join delegation d on d.expo_id = x.expo_id
        where x.id = ${sql.value(input.exhibitorId)}::uuid and d.id = ${sql.value(delegationId)}::uuid`,
    );
    if (!x) throw notFound('Exhibitor', input.exhibitorId);
  } else kind = ParticipantKind.GUEST;
  const guestName =
    kind === ParticipantKind.GUEST ? cleanText(input.guestName, 'guestName', 200) : null;
  return tx(ctx, { what: 'The participant', field: 'eventId' }, async (em) => {
    const participant = em.create(OnsiteParticipant, {
      delegation: delegationId,
      event: input.eventId,
      kind,
      purchaser: input.purchaserId ?? null,
      exhibitor: input.exhibitorId ?? null,
      guestName,
      addedBy: ctx.viewer.actor,
    });
    audit(em, {
      actor: ctx.viewer.actor,
      action: 'onsiteEvent.addParticipant',
      entityType: 'OnsiteParticipant',
      entityId: participant.id,
      delegationId,
      after: {
        eventId: input.eventId,
        kind,
        purchaserId: input.purchaserId ?? null,
        exhibitorId: input.exhibitorId ?? null,
        guestName,
      },
    });
    return participant.id;
  });
}

/** Takes a participant off an event; answers the event's id. */
export async function removeOnsiteParticipant(ctx: Ctx, id: string): Promise<string> {
  const [row] = await ctx.query<{ delegationId: string; eventId: string }>(
    sql`select op.delegation_id as "delegationId", op.event_id as "eventId"
      from onsite_participant op where ${and([
        sql`op.id = ${sql.value(id)}::uuid`,
        delegationScope(ctx.viewer, sql`op.delegation_id`),
      ])}`,
  );
  if (!row) throw notFound('On-site participant', id);
  await requireServes(ctx, ServiceDuty.LOGISTICS, row.delegationId, 'remove participants');
  await tx(ctx, { what: 'The participant', field: 'id' }, async (em) => {
    em.remove(em.getReference(OnsiteParticipant, id));
    audit(em, {
      actor: ctx.viewer.actor,
      action: 'onsiteEvent.removeParticipant',
      entityType: 'OnsiteParticipant',
      entityId: id,
      delegationId: row.delegationId,
      before: { eventId: row.eventId },
    });
  });
  return row.eventId;
}

/**
 * Links a deal to the on-site event it was signed at (or to none): the deal read as its writers
 * read it, the event of the same delegation; the office or the LOGISTICS unit, with the deal's
 * version (its version moves on, as for every change of a deal).
 */
export async function linkDealToEvent(
  ctx: Ctx,
  input: { dealId: string; eventId: string | null; version: number },
): Promise<string> {
  const [deal] = await ctx.query<{ delegationId: string }>(
    sql`select dl.delegation_id as "delegationId" from deal dl
      join purchaser p on p.id = dl.purchaser_id
      where ${and([sql`dl.id = ${sql.value(input.dealId)}::uuid`, dealScope(ctx.viewer)])}`,
  );
  if (!deal) throw notFound('Deal', input.dealId);
  if (input.eventId) {
    const event = await scopedEvent(ctx, input.eventId);
    if (event.delegationId !== deal.delegationId)
      throw badInput('eventId', msg`The event is of another delegation than the deal`);
  }
  await requireServes(ctx, ServiceDuty.LOGISTICS, deal.delegationId, 'link deals to events');
  const at = { what: 'The deal', field: 'version' };
  return tx(ctx, at, async (em) => {
    const row = await em.findOneOrFail(Deal, { id: input.dealId });
    requireVersion(row, input.version, at);
    const before = row.event?.id ?? null;
    em.assign(row, { event: input.eventId });
    audit(em, {
      actor: ctx.viewer.actor,
      action: 'deal.linkEvent',
      entityType: 'Deal',
      entityId: row.id,
      delegationId: deal.delegationId,
      before: { eventId: before },
      after: { eventId: input.eventId },
    });
    return row.id;
  });
}

/**
 * The office or the LOGISTICS unit deletes an on-site event, with the version it read, and its
 * participants with it; while any deal is linked to it (read by the viewer or not) it is IN_USE
 * at `id`: unlink them first (linkDealToEvent). The event is locked before its deals are
 * counted, so a deal linked meanwhile either is counted or fails to link. Answers its delegation.
 */
export async function deleteOnsiteEvent(
  ctx: Ctx,
  input: { id: string; version: number },
): Promise<string> {
  const { delegationId } = await scopedEvent(ctx, input.id);
  await requireServes(ctx, ServiceDuty.LOGISTICS, delegationId, 'delete on-site events');
  const at = { what: 'The event', field: 'version' };
  await tx(ctx, at, async (em) => {
    const event = await em.findOneOrFail(
      OnsiteEvent,
      { id: input.id },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    requireVersion(event, input.version, at);
    const deals = await em.count(Deal, { event: input.id });
    if (deals > 0)
      throw new AppError(
        ErrorCode.IN_USE,
        msg`${deals} deal(s) are linked to the event: unlink them first (linkDealToEvent)`,
        { field: 'id' },
      );
    const participants = await em.count(OnsiteParticipant, { event: input.id });
    audit(em, {
      actor: ctx.viewer.actor,
      action: 'onsiteEvent.delete',
      entityType: 'OnsiteEvent',
      entityId: event.id,
      delegationId,
      before: { ...eventFacts(event), participants },
    });
    em.remove(event);
  });
  return delegationId;
}

/** What an event's audit events record of it. */
function eventFacts(event: OnsiteEvent) {
  return {
    kind: event.kind,
    title: event.title,
    startsAt: event.startsAt.toISOString(),
    endsAt: event.endsAt.toISOString(),
    place: event.place,
    organiserId: event.organiser?.id ?? null,
  };
}

export const ONSITE_WRITERS = [Role.DELEGATION_OFFICE, Role.MEMBER_UNIT];
