import { createHash, randomBytes } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  requireExpoBureau,
  requireInDelegation,
  requireMayTradeFor,
  TradeRules,
  TradeSide,
} from '../../auth/policy.js';
import { Role } from '../../auth/roles.js';
import { purchaserScope } from '../../auth/scope.js';
import { and, sql } from '../../db/sql.js';
import { AppError, badInput, ErrorCode, notFound } from '../../graphql/errors.js';
import { audit } from '../audit/audit.service.js';
import { MeetingMode } from '../match/match.enums.js';
import { inTransaction, requireVersion } from '../shared/transaction.js';
import { isoDate, scopedTradeRow, type TradeContext } from '../trade/trade-scope.js';
import { CalendarToken } from './calendar-token.entity.js';
import { MeetingDay } from './meeting-day.entity.js';
import { MeetingParticipant } from './meeting-participant.entity.js';
import { MeetingPoint } from './meeting-point.entity.js';
import { daySlots, planProblem, type Slot, type SlotBreak } from './meeting-slots.js';
import { MeetingPointKind } from './meeting.enums.js';
import type {
  AddUnavailabilityInput,
  CreateMeetingPointInput,
  SetMeetingDayInput,
  UpdateMeetingPointInput,
} from './meeting.type.js';
import { Unavailability } from './unavailability.entity.js';
import { msg } from '../../i18n/message.js';

/**
 * Who manages an expo's meeting points and slot plans: its EXPO_BUREAU for the edition's, the
 * delegation's office for a delegation's own (ADMIN both).
 */
function requireMeetingPlanner(
  ctx: TradeContext,
  expoId: string,
  delegationId: string | null,
  what: string,
): void {
  if (delegationId) requireInDelegation(ctx.viewer, delegationId, [Role.DELEGATION_OFFICE], what);
  else requireExpoBureau(ctx.viewer, expoId, what);
}

/** An expo that exists and, if given, a delegation of it (NOT_FOUND / BAD_USER_INPUT). */
async function expoAndDelegation(
  ctx: TradeContext,
  expoId: string,
  delegationId: string | null,
): Promise<void> {
  const [expo] = await ctx.query(sql`select 1 from expo where id = ${sql.value(expoId)}::uuid`);
  if (!expo) throw notFound('Expo', expoId);
  if (!delegationId) return;
  const [delegation] = await ctx.query<{ expoId: string }>(
    sql`select expo_id as "expoId" from delegation where id = ${sql.value(delegationId)}::uuid`,
  );
  if (!delegation || !ctx.viewer.readsDelegation(delegationId))
    throw notFound('Delegation', delegationId);
  if (delegation.expoId !== expoId)
    throw badInput('delegationId', msg`The delegation is not of this expo`);
}

const KEY = /^[A-Z0-9_-]{1,40}$/;
const LINK = /^https?:\/\/\S+$/i;

function cleanPlace(kind: MeetingPointKind, location: string | null, link: string | null) {
  if (kind === MeetingPointKind.ONLINE_ROOM) {
    if (!link) throw badInput('link', msg`An ONLINE_ROOM needs a link`);
    if (!LINK.test(link) || link.length > 2000)
      throw badInput('link', msg`link must be an http(s) URL`);
    if (location) throw badInput('location', msg`An ONLINE_ROOM has a link, not a location`);
  } else {
    if (!location) throw badInput('location', msg`A ${kind} needs a location`);
    if (location.length > 200)
      throw badInput('location', msg`location must have at most 200 characters`);
    if (link) throw badInput('link', msg`A ${kind} has a location, not a link`);
  }
}

function cleanCapacity(capacity: number): number {
  if (!Number.isInteger(capacity) || capacity < 1 || capacity > 10_000)
    throw badInput('capacity', msg`capacity must be a whole number of persons from 1 to 10000`);
  return capacity;
}

function cleanName(raw: string): string {
  const name = raw.trim();
  if (name.length < 1 || name.length > 200)
    throw badInput('name', msg`name must have 1 to 200 characters`);
  return name;
}

const duplicateKey = () =>
  new AppError(ErrorCode.CONFLICT, msg`A meeting point with this key exists already at this expo`, {
    field: 'key',
  });

export async function createMeetingPoint(
  ctx: TradeContext,
  input: CreateMeetingPointInput,
): Promise<string> {
  const delegationId = input.delegationId ?? null;
  await expoAndDelegation(ctx, input.expoId, delegationId);
  requireMeetingPlanner(ctx, input.expoId, delegationId, 'add meeting points');
  const key = input.key.trim().toUpperCase();
  if (!KEY.test(key)) throw badInput('key', msg`key must be 1 to 40 of A-Z, 0-9, _ and -`);
  const name = cleanName(input.name);
  const capacity = cleanCapacity(input.capacity);
  const location = input.location?.trim() || null;
  const link = input.link?.trim() || null;
  cleanPlace(input.kind, location, link);
  try {
    return await inTransaction(
      ctx.em(),
      { what: 'The meeting point', field: 'key' },
      async (em) => {
        const point = em.create(MeetingPoint, {
          expo: input.expoId,
          delegation: delegationId,
          key,
          name,
          kind: input.kind,
          capacity,
          location,
          link,
        });
        audit(em, {
          actor: ctx.viewer.actor,
          action: 'meeting_point.create',
          entityType: 'MeetingPoint',
          entityId: point.id,
          delegationId,
          after: { expoId: input.expoId, key, name, kind: input.kind, capacity, location, link },
        });
        return point.id;
      },
    );
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw duplicateKey();
    throw error;
  }
}

export async function updateMeetingPoint(
  ctx: TradeContext,
  input: UpdateMeetingPointInput,
): Promise<string> {
  const at = { what: 'The meeting point', field: 'version' };
  return inTransaction(ctx.em(), at, async (em) => {
    const point = await em.findOne(MeetingPoint, { id: input.id });
    if (!point || (point.delegation && !ctx.viewer.readsDelegation(point.delegation.id)))
      throw notFound('MeetingPoint', input.id);
    requireMeetingPlanner(
      ctx,
      point.expo.id,
      point.delegation?.id ?? null,
      'change meeting points',
    );
    requireVersion(point, input.version, at);
    const before = {
      name: point.name,
      capacity: point.capacity,
      location: point.location,
      link: point.link,
      active: point.active,
    };
    if (input.name != null) point.name = cleanName(input.name);
    if (input.capacity != null) {
      point.capacity = cleanCapacity(input.capacity);
      if (point.capacity < before.capacity) {
        // the people of its live meetings still fit (the database checks it too, at commit)
        const [largest] = await ctx.query<{ people: number | null }>(
          sql`select max(n)::int as people from (select count(*) as n from meeting_participant pt
            join meeting m on m.id = pt.meeting_id
            where m.meeting_point_id = ${sql.value(point.id)}::uuid and meeting_is_active(m.status)
            group by m.id) t`,
        );
        if ((largest?.people ?? 0) > point.capacity)
          throw badInput(
            'capacity',
            msg`A live meeting at this point has ${largest!.people} persons: cancel or move it first`,
          );
      }
    }
    if (input.location !== undefined) point.location = input.location?.trim() || null;
    if (input.link !== undefined) point.link = input.link?.trim() || null;
    if (input.active != null) point.active = input.active;
    cleanPlace(point.kind, point.location, point.link);
    const after = {
      name: point.name,
      capacity: point.capacity,
      location: point.location,
      link: point.link,
      active: point.active,
    };
    audit(em, {
      actor: ctx.viewer.actor,
      action: 'meeting_point.update',
      entityType: 'MeetingPoint',
      entityId: point.id,
      delegationId: point.delegation?.id ?? null,
      before,
      after,
    });
    return point.id;
  });
}

/** Sets (creates or replaces) the slot plan of one day of an expo, or of a delegation there. */
export async function setMeetingDay(ctx: TradeContext, input: SetMeetingDayInput): Promise<string> {
  const delegationId = input.delegationId ?? null;
  await expoAndDelegation(ctx, input.expoId, delegationId);
  requireMeetingPlanner(ctx, input.expoId, delegationId, 'plan meeting slots');
  const plan = {
    day: isoDate(input.day),
    starts: input.starts.trim(),
    ends: input.ends.trim(),
    slotMinutes: input.slotMinutes,
    breaks: (input.breaks ?? []).map((b) => ({ from: b.from.trim(), to: b.to.trim() })),
  };
  const problem = planProblem(plan);
  if (problem) throw badInput(problem[0], problem[1]);
  const [expo] = await ctx.query<{ startsOn: string; endsOn: string }>(
    sql`select starts_on::text as "startsOn", ends_on::text as "endsOn" from expo where id = ${sql.value(input.expoId)}::uuid`,
  );
  if (plan.day < expo!.startsOn || plan.day > expo!.endsOn)
    throw badInput('day', msg`The expo runs from ${expo!.startsOn} to ${expo!.endsOn}`);
  return inTransaction(ctx.em(), { what: 'The meeting day', field: 'day' }, async (em) => {
    let row = await em.findOne(MeetingDay, {
      expo: input.expoId,
      delegation: delegationId,
      day: plan.day,
    });
    const before = row
      ? { starts: row.starts, ends: row.ends, slotMinutes: row.slotMinutes, breaks: row.breaks }
      : null;
    if (row) {
      row.starts = plan.starts;
      row.ends = plan.ends;
      row.slotMinutes = plan.slotMinutes;
      row.breaks = plan.breaks;
    } else {
      row = em.create(MeetingDay, {
        expo: input.expoId,
        delegation: delegationId,
        ...plan,
      });
    }
    audit(em, {
      actor: ctx.viewer.actor,
      action: 'meeting_day.set',
      entityType: 'MeetingDay',
      entityId: row.id,
      delegationId,
      before,
      after: plan as unknown as Record<string, unknown>,
    });
    return row.id;
  });
}

/**
 * The slots of a day at an expo: the delegation's own plan for the day if it has one (and the
 * viewer reads it), the edition's otherwise; none without a plan.
 */
export async function meetingSlots(
  ctx: Pick<TradeContext, 'query' | 'viewer'>,
  expoId: string,
  day: string,
  delegationId: string | null,
): Promise<Slot[]> {
  const readable = delegationId && ctx.viewer.readsDelegation(delegationId) ? delegationId : null;
  const [plan] = await ctx.query<{
    starts: string;
    ends: string;
    slotMinutes: number;
    breaks: SlotBreak[];
  }>(
    sql`select to_char(starts, 'HH24:MI') as starts, to_char(ends, 'HH24:MI') as ends,
      slot_minutes as "slotMinutes", breaks
      from meeting_day where expo_id = ${sql.value(expoId)}::uuid and day = ${sql.value(day)}::date
      and (delegation_id is null or delegation_id = ${sql.value(readable)}::uuid)
      order by delegation_id nulls last limit 1`,
  );
  return plan ? daySlots({ day, ...plan }) : [];
}

/** The person a blocked time or a calendar token is of: exactly one of the two ids. */
interface PersonRef {
  attendeeId?: string | null;
  representativeId?: string | null;
}

function onePerson(input: PersonRef): {
  attendeeId: string | null;
  representativeId: string | null;
} {
  const attendeeId = input.attendeeId ?? null;
  const representativeId = input.representativeId ?? null;
  if ((attendeeId === null) === (representativeId === null))
    throw badInput(
      attendeeId ? 'representativeId' : 'attendeeId',
      msg`Give exactly one of attendeeId and representativeId`,
    );
  return { attendeeId, representativeId };
}

/**
 * Who writes a person's meeting data: for an attendee, those who write its purchaser's trade
 * decisions (TradeRules.decisions: the purchaser itself too); for a representative, the EXPO_BUREAU
 * of the exhibitor's edition (ADMIN both). Returns the delegation for the audit trail.
 */
async function requirePersonWriter(
  ctx: TradeContext,
  person: { attendeeId: string | null; representativeId: string | null },
  what: string,
): Promise<string | null> {
  if (person.attendeeId) {
    const party = await scopedTradeRow(ctx, 'attendee', person.attendeeId, 'Attendee');
    requireMayTradeFor(ctx.viewer, party, what, TradeRules.decisions);
    return party.delegationId;
  }
  const [representative] = await ctx.query<{ expoId: string }>(
    sql`select expo_id as "expoId" from exhibitor_representative
      where id = ${sql.value(person.representativeId)}::uuid`,
  );
  if (!representative) throw notFound('ExhibitorRepresentative', person.representativeId!);
  requireExpoBureau(ctx.viewer, representative.expoId, what);
  return null;
}

/** A PostgreSQL tstzrange literal of [startsAt, endsAt). */
export function rangeOf(startsAt: Date, endsAt: Date): string {
  return `[${startsAt.toISOString()},${endsAt.toISOString()})`;
}

export async function addUnavailability(
  ctx: TradeContext,
  input: AddUnavailabilityInput,
): Promise<string> {
  const person = onePerson(input);
  if (!(input.endsAt.getTime() > input.startsAt.getTime()))
    throw badInput('endsAt', msg`endsAt must be after startsAt`);
  const note = input.note?.trim() || null;
  if (note && note.length > 500) throw badInput('note', msg`note must have at most 500 characters`);
  const delegationId = await requirePersonWriter(ctx, person, 'block times');
  return inTransaction(ctx.em(), { what: 'The blocked time', field: 'startsAt' }, async (em) => {
    const row = em.create(Unavailability, {
      attendee: person.attendeeId,
      representative: person.representativeId,
      during: rangeOf(input.startsAt, input.endsAt),
      note,
    });
    audit(em, {
      actor: ctx.viewer.actor,
      action: 'unavailability.add',
      entityType: 'Unavailability',
      entityId: row.id,
      delegationId,
      after: {
        ...person,
        startsAt: input.startsAt.toISOString(),
        endsAt: input.endsAt.toISOString(),
        note,
      },
    });
    return row.id;
  });
}

export async function removeUnavailability(ctx: TradeContext, id: string): Promise<string> {
  const [row] = await ctx.query<{ attendeeId: string | null; representativeId: string | null }>(
    sql`select attendee_id as "attendeeId", representative_id as "representativeId"
      from unavailability where id = ${sql.value(id)}::uuid`,
  );
  if (!row) throw notFound('Unavailability', id);
  const delegationId = await requirePersonWriter(ctx, row, 'unblock times').catch((error) => {
    // a person out of scope: the blocked time reads as missing too
    if (error instanceof AppError && error.extensions.code === ErrorCode.NOT_FOUND)
      throw notFound('Unavailability', id);
    throw error;
  });
  return inTransaction(ctx.em(), { what: 'The blocked time', field: 'id' }, async (em) => {
    const entity = await em.findOneOrFail(Unavailability, { id });
    em.remove(entity);
    audit(em, {
      actor: ctx.viewer.actor,
      action: 'unavailability.remove',
      entityType: 'Unavailability',
      entityId: id,
      delegationId,
      before: { ...row },
    });
    return id;
  });
}

// ------------------------------------------------------------------------ calendar tokens

/** The stored form of a calendar token. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Issues a private feed URL for a person; the token is returned this once, only its hash kept. */
export async function issueCalendarToken(
  ctx: TradeContext,
  input: PersonRef,
): Promise<{ id: string; token: string }> {
  const person = onePerson(input);
  const delegationId = await requirePersonWriter(ctx, person, 'issue calendar feeds');
  const token = randomBytes(32).toString('base64url');
  return inTransaction(
    ctx.em(),
    { what: 'The calendar token', field: 'attendeeId' },
    async (em) => {
      const row = em.create(CalendarToken, {
        attendee: person.attendeeId,
        representative: person.representativeId,
        tokenHash: tokenHash(token),
      });
      audit(em, {
        actor: ctx.viewer.actor,
        action: 'calendar_token.issue',
        entityType: 'CalendarToken',
        entityId: row.id,
        delegationId,
        after: { ...person },
      });
      return { id: row.id, token };
    },
  );
}

/** Revokes a feed URL: it answers 404 from now on. Revoking twice changes nothing. */
export async function revokeCalendarToken(ctx: TradeContext, id: string): Promise<string> {
  const [row] = await ctx.query<{ attendeeId: string | null; representativeId: string | null }>(
    sql`select attendee_id as "attendeeId", representative_id as "representativeId"
      from calendar_token where id = ${sql.value(id)}::uuid`,
  );
  if (!row) throw notFound('CalendarToken', id);
  const delegationId = await requirePersonWriter(ctx, row, 'revoke calendar feeds').catch(
    (error) => {
      if (error instanceof AppError && error.extensions.code === ErrorCode.NOT_FOUND)
        throw notFound('CalendarToken', id);
      throw error;
    },
  );
  return inTransaction(ctx.em(), { what: 'The calendar token', field: 'id' }, async (em) => {
    const entity = await em.findOneOrFail(CalendarToken, { id });
    if (!entity.revokedAt) {
      entity.revokedAt = new Date();
      audit(em, {
        actor: ctx.viewer.actor,
        action: 'calendar_token.revoke',
        entityType: 'CalendarToken',
        entityId: id,
        delegationId,
        before: { ...row },
      });
    }
    return id;
  });
}

// ------------------------------------------------------------------------ who meets, where

/** What scheduling a meeting names, besides the slot. */
export interface MeetingPeople {
  meetingPointId?: string | null;
  attendeeIds?: readonly string[] | null;
  representativeIds?: readonly string[] | null;
}

/** The meeting point a meeting is held at, as scheduling checks it. */
export interface CheckedPoint {
  id: string;
  kind: MeetingPointKind;
  location: string | null;
  link: string | null;
}

/** The people a meeting already has, when a side adds its own on accepting it. */
export interface MeetingHas {
  attendees: number;
  representatives: number;
}

/**
 * Each side names its own people (the purchaser's side its attendees, the exhibitor's side its
 * representatives; the purchaser's side may name representatives too, whom everyone reads):
 * the side that asks for a meeting names at least one of its own, and a meeting is confirmed
 * only with both: at least one attendee, and a representative when the exhibitor has any
 * registered. `sides` are those whose people must be there once these are added.
 */
function requirePeople(
  sides: readonly TradeSide[],
  attendees: number,
  representatives: number,
  registered: number,
): void {
  if (sides.includes(TradeSide.PURCHASER_SIDE) && attendees === 0)
    throw badInput('attendeeIds', msg`A meeting needs at least one attendee of the purchaser`);
  if (sides.includes(TradeSide.EXHIBITOR_SIDE) && representatives === 0 && registered > 0)
    throw badInput(
      'representativeIds',
      msg`The exhibitor has registered representatives: name at least one who takes part`,
    );
}

/**
 * Checks who meets and where, for a match of `purchaserId` with `exhibitorId` at `expoId`, in
 * [startsAt, endsAt): attendees of the purchaser the viewer reads; representatives of the
 * exhibitor; none twice; the people `sides` must have there ({@link requirePeople}, counting
 * those the meeting `has` already); a point of the expo (the edition's or the match's
 * delegation's), active, of the meeting's mode, holding everyone; nobody blocked then. Double
 * bookings are the database's to refuse (see {@link participantConflict}).
 */
export async function checkMeetingPeople(
  ctx: TradeContext,
  match: { purchaserId: string; exhibitorId: string; expoId: string; delegationId: string },
  mode: MeetingMode,
  startsAt: Date,
  endsAt: Date,
  people: MeetingPeople,
  sides: readonly TradeSide[],
  has: MeetingHas = { attendees: 0, representatives: 0 },
): Promise<{ point: CheckedPoint | null; attendeeIds: string[]; representativeIds: string[] }> {
  const attendeeIds = [...(people.attendeeIds ?? [])];
  const representativeIds = [...(people.representativeIds ?? [])];
  for (const [list, field] of [
    [attendeeIds, 'attendeeIds'],
    [representativeIds, 'representativeIds'],
  ] as const) {
    const twice = list.findIndex((id, i) => list.indexOf(id) !== i);
    if (twice >= 0) throw badInput(`${field}.${twice}`, msg`The same person is named twice`);
  }
  // people the viewer cannot read (or that do not exist) are NOT_FOUND; people of another
  // purchaser or exhibitor, BAD_USER_INPUT
  const attendees = attendeeIds.length
    ? await ctx.query<{ id: string; purchaserId: string }>(
        sql`select a.id, a.purchaser_id as "purchaserId" from attendee a
      join purchaser p on p.id = a.purchaser_id
      where ${and([sql`a.id = any(${sql.value(attendeeIds)}::uuid[])`, purchaserScope(ctx.viewer)])}`,
      )
    : [];
  const [found] = await ctx.query<{
    representatives: { id: string; exhibitorId: string }[];
    all: number;
  }>(
    sql`select
      coalesce((select json_agg(json_build_object('id', id, 'exhibitorId', exhibitor_id))
        from exhibitor_representative
        where id = any(${sql.value(representativeIds)}::uuid[])), '[]') as representatives,
      (select count(*)::int from exhibitor_representative
        where exhibitor_id = ${sql.value(match.exhibitorId)}::uuid) as "all"`,
  );
  for (const [i, id] of attendeeIds.entries()) {
    const attendee = attendees.find((a) => a.id === id);
    if (!attendee) throw notFound('Attendee', id);
    if (attendee.purchaserId !== match.purchaserId)
      throw badInput(`attendeeIds.${i}`, msg`Not an attendee of the match’s purchaser`);
  }
  for (const [i, id] of representativeIds.entries()) {
    const representative = found!.representatives.find((r) => r.id === id);
    if (!representative) throw notFound('ExhibitorRepresentative', id);
    if (representative.exhibitorId !== match.exhibitorId)
      throw badInput(`representativeIds.${i}`, msg`Not a representative of the match’s exhibitor`);
  }
  requirePeople(
    sides,
    has.attendees + attendeeIds.length,
    has.representatives + representativeIds.length,
    found!.all,
  );

  let point: CheckedPoint | null = null;
  if (people.meetingPointId) {
    const [row] = await ctx.query<
      CheckedPoint & {
        expoId: string;
        delegationId: string | null;
        capacity: number;
        active: boolean;
      }
    >(
      sql`select id, expo_id as "expoId", delegation_id as "delegationId", kind, capacity,
        location, link, active from meeting_point where id = ${sql.value(people.meetingPointId)}::uuid`,
    );
    if (!row || (row.delegationId && !ctx.viewer.readsDelegation(row.delegationId)))
      throw notFound('MeetingPoint', people.meetingPointId);
    if (
      row.expoId !== match.expoId ||
      (row.delegationId && row.delegationId !== match.delegationId)
    )
      throw badInput(
        'meetingPointId',
        msg`Not a meeting point of this expo or of the match’s delegation`,
      );
    if (!row.active) throw badInput('meetingPointId', msg`The meeting point is inactive`);
    const online = row.kind === MeetingPointKind.ONLINE_ROOM;
    if (online !== (mode === MeetingMode.ONLINE))
      throw badInput(
        'meetingPointId',
        online
          ? msg`An ONLINE_ROOM hosts ONLINE meetings`
          : msg`A ${row.kind} hosts OFFLINE meetings`,
      );
    const persons =
      has.attendees + has.representatives + attendeeIds.length + representativeIds.length;
    if (persons > row.capacity)
      throw badInput(
        'meetingPointId',
        msg`The meeting point holds ${row.capacity} persons; the meeting has ${persons}`,
      );
    point = row;
  }

  const blocked = await ctx.query<{ attendeeId: string | null; representativeId: string | null }>(
    sql`select attendee_id as "attendeeId", representative_id as "representativeId"
      from unavailability
      where (attendee_id = any(${sql.value(attendeeIds)}::uuid[])
        or representative_id = any(${sql.value(representativeIds)}::uuid[]))
      and during && tstzrange(${sql.value(startsAt.toISOString())}::timestamptz,
        ${sql.value(endsAt.toISOString())}::timestamptz)`,
  );
  for (const b of blocked) {
    const field = b.attendeeId
      ? `attendeeIds.${attendeeIds.indexOf(b.attendeeId)}`
      : `representativeIds.${representativeIds.indexOf(b.representativeId!)}`;
    throw new AppError(ErrorCode.CONFLICT, msg`This person is unavailable in this slot`, { field });
  }
  return { point, attendeeIds, representativeIds };
}

/** Writes a new meeting's people (their slot and liveness are the database's to copy). */
export function addParticipants(
  em: EntityManager,
  meeting: { id: string; delegationId: string; purchaserId: string; exhibitorId: string },
  attendeeIds: readonly string[],
  representativeIds: readonly string[],
): void {
  for (const attendeeId of attendeeIds)
    em.create(MeetingParticipant, {
      delegation: meeting.delegationId,
      meeting: meeting.id,
      purchaser: meeting.purchaserId,
      exhibitor: meeting.exhibitorId,
      attendee: attendeeId,
    });
  for (const representativeId of representativeIds)
    em.create(MeetingParticipant, {
      delegation: meeting.delegationId,
      meeting: meeting.id,
      purchaser: meeting.purchaserId,
      exhibitor: meeting.exhibitorId,
      representative: representativeId,
    });
}

/**
 * The CONFLICT of a double booking the database refused (exclusion constraints), naming the
 * input at fault; null for another error.
 */
export function participantConflict(error: unknown): AppError | null {
  const { code, constraint } = error as { code?: string; constraint?: string };
  if (code === '23P01') {
    switch (constraint) {
      case 'meeting_participant_attendee_no_overlap':
        return new AppError(ErrorCode.CONFLICT, msg`An attendee has another meeting in this slot`, {
          field: 'attendeeIds',
        });
      case 'meeting_participant_representative_no_overlap':
        return new AppError(
          ErrorCode.CONFLICT,
          msg`A representative has another meeting in this slot`,
          { field: 'representativeIds' },
        );
      case 'meeting_point_no_overlap':
        return new AppError(
          ErrorCode.CONFLICT,
          msg`The meeting point has another meeting in this slot`,
          { field: 'meetingPointId' },
        );
    }
  }
  if (code === '23514' && constraint === 'meeting_point_capacity')
    return badInput('meetingPointId', msg`The meeting point cannot hold everyone taking part`);
  return null;
}
