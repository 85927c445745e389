// From domain rows (UUIDs, instants) to the scheduler's integer-indexed problem and back: the
// service reads slots, points, matches and busy times from the database, this turns them into
// indices (a busy time becomes every slot it overlaps) and the placements into schedule items.
import {
  schedule,
  type MatchToPlace,
  type MeetingPointKind,
  type PointScope,
  type ScheduleOptions,
  type ScheduleStats,
  type SchedulingProblem,
  type UnplacedReason,
} from './scheduler.js';

/** A slot of an expo day (as `daySlots` gives them). */
export interface SlotTime {
  readonly startsAt: Date;
  readonly endsAt: Date;
}

export interface PointRow {
  readonly id: string;
  readonly kind: MeetingPointKind;
  readonly capacity: number;
  /** Null for an edition point. */
  readonly delegationId: string | null;
}

export interface MatchRow {
  readonly id: string;
  readonly delegationId: string;
  readonly attendeeIds: readonly string[];
  readonly representativeIds: readonly string[];
  readonly mustMeet: boolean;
  readonly pointScope: PointScope;
}

/**
 * A time someone or something is taken: an unavailability, or a confirmed meeting (its people
 * and its point). [from, to), like the database's tstzrange.
 */
export interface BusyRow {
  readonly attendeeId?: string | null;
  readonly representativeId?: string | null;
  readonly meetingPointId?: string | null;
  readonly from: Date;
  readonly to: Date;
}

export interface ScheduleInput {
  readonly slots: readonly SlotTime[];
  readonly points: readonly PointRow[];
  readonly matches: readonly MatchRow[];
  readonly busy: readonly BusyRow[];
}

export interface ScheduleItem {
  readonly matchId: string;
  readonly meetingPointId: string;
  readonly startsAt: Date;
  readonly endsAt: Date;
  readonly attendeeIds: readonly string[];
  readonly representativeIds: readonly string[];
}

export interface ScheduleOutcome {
  readonly items: readonly ScheduleItem[];
  readonly unplaced: readonly { readonly matchId: string; readonly reason: UnplacedReason }[];
  readonly stats: ScheduleStats;
}

/** Indices of the things named, in order of first appearance. */
class Index {
  readonly ids: string[] = [];
  private readonly at = new Map<string, number>();
  of(id: string): number {
    let index = this.at.get(id);
    if (index === undefined) {
      index = this.ids.length;
      this.ids.push(id);
      this.at.set(id, index);
    }
    return index;
  }
  get(id: string): number | undefined {
    return this.at.get(id);
  }
}

/** The slots (indices) that [from, to) overlaps. */
export function slotsOverlapping(slots: readonly SlotTime[], from: Date, to: Date): number[] {
  const found: number[] = [];
  for (let s = 0; s < slots.length; s += 1)
    if (slots[s].startsAt.getTime() < to.getTime() && from.getTime() < slots[s].endsAt.getTime())
      found.push(s);
  return found;
}

/** The problem the scheduler solves, with the indices to read its answer back. */
export function toProblem(input: ScheduleInput): {
  problem: SchedulingProblem;
  attendees: Index;
  representatives: Index;
} {
  const attendees = new Index();
  const representatives = new Index();
  const delegations = new Index();
  const points = new Index();
  for (const point of input.points) points.of(point.id);
  const matches: MatchToPlace[] = input.matches.map((m) => ({
    id: m.id,
    attendees: m.attendeeIds.map((id) => attendees.of(id)),
    representatives: m.representativeIds.map((id) => representatives.of(id)),
    mustMeet: m.mustMeet,
    delegation: delegations.of(m.delegationId),
    pointScope: m.pointScope,
  }));
  // busy times of people and points outside the problem change nothing
  const busyOf = (index: number | undefined, slots: number[], into: Map<number, number[]>) => {
    if (index === undefined || slots.length === 0) return;
    into.set(index, [...(into.get(index) ?? []), ...slots]);
  };
  const busyAttendees = new Map<number, number[]>();
  const busyRepresentatives = new Map<number, number[]>();
  const busyPoints = new Map<number, number[]>();
  for (const b of input.busy) {
    const slots = slotsOverlapping(input.slots, b.from, b.to);
    if (b.attendeeId) busyOf(attendees.get(b.attendeeId), slots, busyAttendees);
    if (b.representativeId)
      busyOf(representatives.get(b.representativeId), slots, busyRepresentatives);
    if (b.meetingPointId) busyOf(points.get(b.meetingPointId), slots, busyPoints);
  }
  const entries = (map: Map<number, number[]>) =>
    [...map].map(([index, slots]) => ({ index, slots }));
  return {
    problem: {
      slots: input.slots.map((s) => ({
        start: s.startsAt.getTime(),
        end: s.endsAt.getTime(),
        day: Math.floor((s.startsAt.getTime() + 8 * 3600_000) / 86_400_000),
      })),
      points: input.points.map((p) => ({
        capacity: p.capacity,
        kind: p.kind,
        delegation: p.delegationId === null ? null : delegations.of(p.delegationId),
      })),
      attendeeCount: attendees.ids.length,
      representativeCount: representatives.ids.length,
      matches,
      busy: {
        attendees: entries(busyAttendees),
        representatives: entries(busyRepresentatives),
        points: entries(busyPoints),
      },
    },
    attendees,
    representatives,
  };
}

/** Schedules the matches: items in the order of `input.matches`. */
export function scheduleMeetings(input: ScheduleInput, options?: ScheduleOptions): ScheduleOutcome {
  const { problem } = toProblem(input);
  const result = schedule(problem, options);
  const byId = new Map(input.matches.map((m) => [m.id, m]));
  return {
    items: result.placements.map((p) => {
      const match = byId.get(p.matchId)!;
      return {
        matchId: p.matchId,
        meetingPointId: input.points[p.point].id,
        startsAt: input.slots[p.slot].startsAt,
        endsAt: input.slots[p.slot].endsAt,
        attendeeIds: [...new Set(match.attendeeIds)],
        representativeIds: [...new Set(match.representativeIds)],
      };
    }),
    unplaced: result.unplaced,
    stats: result.stats,
  };
}
