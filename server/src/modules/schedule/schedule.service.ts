// Runs of the meeting scheduler in the product: a run reads the accepted matches, the slot plan,
// the meeting points and everyone's busy times, places the matches (scheduler.ts) and keeps the
// result as a DRAFT to review; publishing creates the meetings in one transaction (the
// database's exclusion constraints stand guard), discarding drops the draft.
//
// Who: the edition's EXPO_BUREAU (or ADMIN) runs over every delegation's ACCEPTED matches of
// the expo, on the edition's points and each delegation's own points for its own matches; a
// DELEGATION_OFFICE runs over its delegation's ACCEPTED matches, on its own points and the
// edition's (the database refuses a clash with another run's meetings at publishing).
//
// Who meets: one attendee of the purchaser and one representative of the exhibitor (none when
// it has none registered), taken in turn over the purchaser's attendees and the exhibitor's
// representatives (by id) across the run's matches (by id), so that a purchaser's attendees
// meet exhibitors in parallel; one with no free slot in the run (blocked or booked throughout)
// is passed over for the next.
//
// Fixed: a match with a live meeting is not ACCEPTED any more (MEETING_SCHEDULED), so a re-run
// leaves it alone, and every live meeting's people and point are busy in its slot.
import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  requireExpoBureau,
  requireInDelegation,
  sideOf,
  TradeRules,
  TradeSide,
} from '../../auth/policy.js';
import { Role } from '../../auth/roles.js';
import { matchScope } from '../../auth/scope.js';
import { sql } from '../../db/sql.js';
import { AppError, ErrorCode, notFound } from '../../graphql/errors.js';
import { audit } from '../audit/audit.service.js';
import { ExhibitorMatch } from '../match/exhibitor-match.entity.js';
import { MatchStatus, MeetingMode, MeetingPhase, MeetingStatus } from '../match/match.enums.js';
import { Meeting } from '../match/meeting.entity.js';
import type { MeetingPoint } from '../meeting/meeting-point.entity.js';
import { daySlots, type SlotBreak } from '../meeting/meeting-slots.js';
import { MeetingPointKind } from '../meeting/meeting.enums.js';
import { addParticipants, participantConflict } from '../meeting/meeting.service.js';
import { enqueueMeetingScheduled } from '../notification/outbox.js';
import { inTransaction, requireVersion } from '../shared/transaction.js';
import {
  invalidTransition,
  isoDate,
  scopedTradeRow,
  type TradeContext,
} from '../trade/trade-scope.js';
import {
  MeetingSchedule,
  MeetingScheduleItem,
  MeetingScheduleStatus,
} from './meeting-schedule.entity.js';
import {
  scheduleMeetings,
  slotsOverlapping,
  type BusyRow,
  type MatchRow,
  type PointRow,
} from './schedule-problem.js';
import type { UnplacedReason } from './scheduler.js';
import { msg } from '../../i18n/message.js';

export interface RunSchedulerCommand {
  expoId: string;
  /** A delegation's own run; null: the edition's. */
  delegationId: string | null;
  fromDay?: Date | string | null;
  toDay?: Date | string | null;
}

/** The bureau for an edition's run, the delegation's office for its own (ADMIN both). */
function requireScheduler(
  ctx: TradeContext,
  expoId: string,
  delegationId: string | null,
  what: string,
) {
  if (delegationId) requireInDelegation(ctx.viewer, delegationId, [Role.DELEGATION_OFFICE], what);
  else requireExpoBureau(ctx.viewer, expoId, what);
}

const uuids = (ids: readonly string[]) => sql`${sql.value([...ids])}::uuid[]`;

export async function runMeetingScheduler(
  ctx: TradeContext,
  command: RunSchedulerCommand,
): Promise<string> {
  const { expoId, delegationId } = command;
  const [expo] = await ctx.query(sql`select 1 from expo where id = ${sql.value(expoId)}::uuid`);
  if (!expo) throw notFound('Expo', expoId);
  if (delegationId) {
    const [delegation] = await ctx.query<{ expoId: string }>(
      sql`select expo_id as "expoId" from delegation where id = ${sql.value(delegationId)}::uuid`,
    );
    if (!delegation || delegation.expoId !== expoId || !ctx.viewer.readsDelegation(delegationId))
      throw notFound('Delegation', delegationId);
  }
  requireScheduler(ctx, expoId, delegationId, 'run the meeting scheduler');
  const fromDay = command.fromDay ? isoDate(command.fromDay) : null;
  const toDay = command.toDay ? isoDate(command.toDay) : null;

  // the slots: the delegation's own plan for its run when it has one, else the edition's
  const days = await ctx.query<{
    delegationId: string | null;
    day: string;
    starts: string;
    ends: string;
    slotMinutes: number;
    breaks: SlotBreak[];
  }>(
    sql`select delegation_id as "delegationId", to_char(day, 'YYYY-MM-DD') as day,
      to_char(starts, 'HH24:MI') as starts, to_char(ends, 'HH24:MI') as ends,
      slot_minutes as "slotMinutes", breaks
      from meeting_day where expo_id = ${sql.value(expoId)}::uuid
      and (delegation_id is null ${delegationId ? sql`or delegation_id = ${sql.value(delegationId)}::uuid` : sql.blank})
      and (${sql.value(fromDay)}::date is null or day >= ${sql.value(fromDay)}::date)
      and (${sql.value(toDay)}::date is null or day <= ${sql.value(toDay)}::date)
      order by day`,
  );
  const own = days.some((d) => d.delegationId !== null);
  const slots = days
    .filter((d) => (own ? d.delegationId !== null : d.delegationId === null))
    .flatMap((d) => daySlots(d));

  const points = await ctx.query<PointRow>(
    sql`select id, kind, capacity, delegation_id as "delegationId" from meeting_point
      where expo_id = ${sql.value(expoId)}::uuid and active
      ${delegationId ? sql`and (delegation_id is null or delegation_id = ${sql.value(delegationId)}::uuid)` : sql.blank}
      order by key, id`,
  );
  const matchRows = await ctx.query<{
    id: string;
    delegationId: string;
    purchaserId: string;
    exhibitorId: string;
    mustMeet: boolean;
  }>(
    sql`select m.id, m.delegation_id as "delegationId", m.purchaser_id as "purchaserId",
      m.exhibitor_id as "exhibitorId", m.purchaser_must_meet or m.exhibitor_must_meet as "mustMeet"
      from exhibitor_match m join delegation d on d.id = m.delegation_id
      where d.expo_id = ${sql.value(expoId)}::uuid and m.status = ${sql.value(MatchStatus.ACCEPTED)}
      ${delegationId ? sql`and m.delegation_id = ${sql.value(delegationId)}::uuid` : sql.blank}
      order by m.id`,
  );
  const attendeeRows = await ctx.query<{ id: string; ownerId: string }>(
    sql`select id, purchaser_id as "ownerId" from attendee
      where purchaser_id = any(${uuids(matchRows.map((m) => m.purchaserId))}) order by id`,
  );
  const representativeRows = await ctx.query<{ id: string; ownerId: string }>(
    sql`select id, exhibitor_id as "ownerId" from exhibitor_representative
      where exhibitor_id = any(${uuids(matchRows.map((m) => m.exhibitorId))}) order by id`,
  );
  const peopleOf = (rows: { id: string; ownerId: string }[]) => {
    const map = new Map<string, string[]>();
    for (const r of rows) map.set(r.ownerId, [...(map.get(r.ownerId) ?? []), r.id]);
    return map;
  };
  const attendeesOf = peopleOf(attendeeRows);
  const representativesOf = peopleOf(representativeRows);
  // busy: blocked times and live meetings of everyone who could take part, live meetings at
  // these points
  const attendeeIds = attendeeRows.map((a) => a.id);
  const representativeIds = representativeRows.map((r) => r.id);
  const busy = slots.length
    ? await ctx.query<BusyRow>(
        sql`with window_ as (select tstzrange(${sql.value(slots[0]!.startsAt.toISOString())}::timestamptz,
            ${sql.value(slots[slots.length - 1]!.endsAt.toISOString())}::timestamptz) as w)
          select u.attendee_id as "attendeeId", u.representative_id as "representativeId",
            null::uuid as "meetingPointId", lower(u.during) as "from", upper(u.during) as "to"
            from unavailability u, window_
            where (u.attendee_id = any(${uuids(attendeeIds)})
              or u.representative_id = any(${uuids(representativeIds)})) and u.during && w
          union all
          select p.attendee_id, p.representative_id, null, lower(p.during), upper(p.during)
            from meeting_participant p, window_
            where p.active and (p.attendee_id = any(${uuids(attendeeIds)})
              or p.representative_id = any(${uuids(representativeIds)})) and p.during && w
          union all
          select null, null, mt.meeting_point_id, mt.starts_at, mt.ends_at from meeting mt, window_
            where meeting_is_active(mt.status)
              and mt.meeting_point_id = any(${uuids(points.map((p) => p.id))})
              and tstzrange(mt.starts_at, mt.ends_at) && w`,
      )
    : [];

  // free: how many of the run's slots a person has no busy time in
  const busySlots = new Map<string, Set<number>>();
  for (const b of busy) {
    const person = b.attendeeId ?? b.representativeId;
    if (!person) continue;
    const taken = busySlots.get(person) ?? new Set<number>();
    for (const i of slotsOverlapping(slots, b.from, b.to)) taken.add(i);
    busySlots.set(person, taken);
  }
  const free = (person: string) => slots.length - (busySlots.get(person)?.size ?? 0);
  // each match gets the next of its side's people in turn (a purchaser's attendees meet in
  // parallel), passing over those with no free slot in the run
  const turns = new Map<string, number>();
  const inTurn = (owner: string, people: string[] | undefined): string[] => {
    if (!people?.length) return [];
    const turn = turns.get(owner) ?? 0;
    turns.set(owner, turn + 1);
    for (let k = 0; k < people.length; k += 1) {
      const person = people[(turn + k) % people.length]!;
      if (free(person) > 0) return [person];
    }
    return [people[turn % people.length]!];
  };
  const matches: MatchRow[] = matchRows.map((m) => ({
    id: m.id,
    delegationId: m.delegationId,
    attendeeIds: inTurn(`p${m.purchaserId}`, attendeesOf.get(m.purchaserId)),
    representativeIds: inTurn(`x${m.exhibitorId}`, representativesOf.get(m.exhibitorId)),
    mustMeet: m.mustMeet,
    pointScope: 'EDITION_OR_DELEGATION',
  }));

  const outcome = scheduleMeetings({ slots, points, matches, busy });
  return inTransaction(ctx.em(), { what: 'The schedule', field: 'expoId' }, async (em) => {
    const schedule = em.create(MeetingSchedule, {
      expo: expoId,
      delegation: delegationId,
      fromDay,
      toDay,
      matches: outcome.stats.matches,
      placeable: outcome.stats.placeable,
      placed: outcome.stats.placed,
      mustMeet: outcome.stats.mustMeet,
      mustMeetPlaced: outcome.stats.mustMeetPlaced,
      unplaced: [...outcome.unplaced],
      createdBy: ctx.viewer.actor,
    });
    const delegationOf = new Map(matchRows.map((m) => [m.id, m.delegationId]));
    for (const item of outcome.items)
      em.create(MeetingScheduleItem, {
        schedule,
        match: item.matchId,
        delegation: delegationOf.get(item.matchId)!,
        meetingPoint: item.meetingPointId,
        startsAt: item.startsAt,
        endsAt: item.endsAt,
        attendeeIds: [...item.attendeeIds],
        representativeIds: [...item.representativeIds],
      });
    audit(em, {
      actor: ctx.viewer.actor,
      action: 'meeting_schedule.run',
      entityType: 'MeetingSchedule',
      entityId: schedule.id,
      delegationId,
      after: { expoId, fromDay, toDay, ...outcome.stats },
    });
    return schedule.id;
  });
}

/** A schedule the viewer may run (NOT_FOUND when it reads neither it nor its delegation). */
async function scheduleFor(em: EntityManager, ctx: TradeContext, id: string, what: string) {
  const schedule = await em.findOne(MeetingSchedule, { id });
  const delegationId = schedule?.delegation?.id ?? null;
  if (!schedule || (delegationId && !ctx.viewer.readsDelegation(delegationId)))
    throw notFound('MeetingSchedule', id);
  requireScheduler(ctx, schedule.expo.id, delegationId, what);
  return schedule;
}

/** A stored schedule as the review reads it. */
export interface ScheduleRow {
  id: string;
  expoId: string;
  delegationId: string | null;
  status: MeetingScheduleStatus;
  version: number;
  fromDay: string | null;
  toDay: string | null;
  matches: number;
  placeable: number;
  placed: number;
  mustMeet: number;
  mustMeetPlaced: number;
  unplaced: { matchId: string; reason: UnplacedReason }[];
  createdAt: Date;
}

export interface ScheduleItemRow {
  matchId: string;
  meetingPointId: string;
  startsAt: Date;
  endsAt: Date;
  attendeeIds: string[];
  representativeIds: string[];
  meetingId: string | null;
}

/** The schedule as stored, for review (who may run it may read it), read with pg-sql2. */
export async function readMeetingSchedule(
  ctx: TradeContext,
  id: string,
): Promise<{ schedule: ScheduleRow; items: ScheduleItemRow[] }> {
  const [schedule] = await ctx.query<ScheduleRow>(
    sql`select id, expo_id as "expoId", delegation_id as "delegationId", status, version,
      from_day::text as "fromDay", to_day::text as "toDay", matches, placeable, placed,
      must_meet as "mustMeet", must_meet_placed as "mustMeetPlaced", unplaced,
      created_at as "createdAt"
      from meeting_schedule where id = ${sql.value(id)}::uuid`,
  );
  if (!schedule || (schedule.delegationId && !ctx.viewer.readsDelegation(schedule.delegationId)))
    throw notFound('MeetingSchedule', id);
  requireScheduler(ctx, schedule.expoId, schedule.delegationId, 'read meeting schedules');
  const items = await ctx.query<ScheduleItemRow>(
    sql`select match_id as "matchId", meeting_point_id as "meetingPointId",
      starts_at as "startsAt", ends_at as "endsAt", attendee_ids as "attendeeIds",
      representative_ids as "representativeIds", meeting_id as "meetingId"
      from meeting_schedule_item where schedule_id = ${sql.value(id)}::uuid
      order by starts_at, id`,
  );
  return { schedule, items };
}

export async function publishMeetingSchedule(
  ctx: TradeContext,
  id: string,
  version: number,
): Promise<string> {
  const at = { what: 'The schedule', field: 'version' };
  return inTransaction(ctx.em(), at, async (em) => {
    const schedule = await scheduleFor(em, ctx, id, 'publish meeting schedules');
    requireVersion(schedule, version, at);
    if (schedule.status !== MeetingScheduleStatus.DRAFT)
      throw invalidTransition('publish', 'a schedule', schedule.status, {
        allowedFrom: [MeetingScheduleStatus.DRAFT],
      });
    const [expo] = await ctx.query<{ startsOn: string }>(
      sql`select to_char(starts_on, 'YYYY-MM-DD') as "startsOn" from expo where id = ${sql.value(schedule.expo.id)}::uuid`,
    );
    const publishedAt = new Date();
    const items = await em.find(
      MeetingScheduleItem,
      { schedule: id },
      { orderBy: { startsAt: 'asc', id: 'asc' }, populate: ['meetingPoint', 'match'] },
    );
    for (const [i, item] of items.entries()) {
      const field = `items.${i}`;
      const match = item.match.getEntity() as ExhibitorMatch;
      if (match.status !== MatchStatus.ACCEPTED)
        throw new AppError(ErrorCode.CONFLICT, msg`The match of item ${i} is ${match.status} now`, {
          field,
        });
      const point = item.meetingPoint.getEntity() as MeetingPoint;
      const online = point.kind === MeetingPointKind.ONLINE_ROOM;
      const day = new Date(item.startsAt.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
      const meeting = em.create(Meeting, {
        delegation: match.delegation.id,
        match: match.id,
        purchaser: match.purchaser.id,
        exhibitor: match.exhibitor.id,
        phase: day < expo!.startsOn ? MeetingPhase.PRE_SHOW : MeetingPhase.ON_SITE,
        mode: online ? MeetingMode.ONLINE : MeetingMode.OFFLINE,
        startsAt: item.startsAt,
        endsAt: item.endsAt,
        meetingPoint: point.id,
        place: online ? null : point.location,
        link: online ? point.link : null,
        // confirmed: both sides accepted the match and gave their times (blocked times)
        status: MeetingStatus.SCHEDULED,
        purchaserAcceptedAt: publishedAt,
        exhibitorAcceptedAt: publishedAt,
      });
      addParticipants(
        em,
        {
          id: meeting.id,
          delegationId: match.delegation.id,
          purchaserId: match.purchaser.id,
          exhibitorId: match.exhibitor.id,
        },
        item.attendeeIds,
        item.representativeIds,
      );
      await enqueueMeetingScheduled(em, {
        id: meeting.id,
        delegationId: match.delegation.id,
        purchaserId: match.purchaser.id,
        exhibitorId: match.exhibitor.id,
        startsAt: item.startsAt,
        endsAt: item.endsAt,
      });
      match.status = MatchStatus.MEETING_SCHEDULED;
      item.meeting = ref(meeting);
      try {
        // item by item, so that a clash names its item; the transaction keeps all or nothing
        await em.flush();
      } catch (error) {
        const conflict = participantConflict(error);
        if (!conflict) throw error;
        throw new AppError(ErrorCode.CONFLICT, msg`Item ${i}: ${conflict.message}`, { field });
      }
    }
    schedule.status = MeetingScheduleStatus.PUBLISHED;
    schedule.publishedAt = publishedAt;
    audit(em, {
      actor: ctx.viewer.actor,
      action: 'meeting_schedule.publish',
      entityType: 'MeetingSchedule',
      entityId: schedule.id,
      delegationId: schedule.delegation?.id ?? null,
      after: { meetings: items.length },
    });
    return schedule.id;
  });
}

export async function discardMeetingSchedule(
  ctx: TradeContext,
  id: string,
  version: number,
): Promise<string> {
  const at = { what: 'The schedule', field: 'version' };
  return inTransaction(ctx.em(), at, async (em) => {
    const schedule = await scheduleFor(em, ctx, id, 'discard meeting schedules');
    requireVersion(schedule, version, at);
    if (schedule.status !== MeetingScheduleStatus.DRAFT)
      throw invalidTransition('discard', 'a schedule', schedule.status, {
        allowedFrom: [MeetingScheduleStatus.DRAFT],
      });
    schedule.status = MeetingScheduleStatus.DISCARDED;
    audit(em, {
      actor: ctx.viewer.actor,
      action: 'meeting_schedule.discard',
      entityType: 'MeetingSchedule',
      entityId: schedule.id,
      delegationId: schedule.delegation?.id ?? null,
    });
    return schedule.id;
  });
}

/**
 * Flags a match must-meet for the viewer's side, or clears it: the purchaser's side as its
 * decisions are taken (TradeRules.decisions: the office, the leads, the purchaser itself), the
 * exhibitor's side by its representatives (the one side rule, policy.ts `sideOf`).
 */
export async function setMatchMustMeet(
  ctx: TradeContext,
  matchId: string,
  requested: TradeSide | null | undefined,
  mustMeet: boolean,
): Promise<{ purchaserMustMeet: boolean; exhibitorMustMeet: boolean }> {
  const party = await scopedTradeRow<{ exhibitorId: string }>(
    ctx,
    'exhibitor_match',
    matchId,
    'Match',
    sql`t.exhibitor_id as "exhibitorId"`,
    sql.blank,
    matchScope(ctx.viewer, 't', 'p'),
  );
  const side = sideOf(ctx.viewer, party, TradeRules.decisions, 'flag matches must-meet', requested);
  return inTransaction(ctx.em(), { what: 'The match', field: 'matchId' }, async (em) => {
    const match = await em.findOneOrFail(ExhibitorMatch, { id: matchId });
    const before = {
      purchaserMustMeet: match.purchaserMustMeet,
      exhibitorMustMeet: match.exhibitorMustMeet,
    };
    if (side === TradeSide.PURCHASER_SIDE) match.purchaserMustMeet = mustMeet;
    else match.exhibitorMustMeet = mustMeet;
    const after = {
      purchaserMustMeet: match.purchaserMustMeet,
      exhibitorMustMeet: match.exhibitorMustMeet,
    };
    audit(em, {
      actor: ctx.viewer.actor,
      action: 'match.must_meet',
      entityType: 'ExhibitorMatch',
      entityId: matchId,
      delegationId: party.delegationId,
      before,
      after,
    });
    return after;
  });
}
