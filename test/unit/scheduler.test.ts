import { describe, expect, it } from 'vitest';
import {
  schedule,
  type MatchToPlace,
  type MeetingPointKind,
  type PointScope,
  type ScheduleResult,
  type SchedulingPoint,
  type SchedulingProblem,
  type SchedulingSlot,
} from '../../server/src/modules/schedule/scheduler.js';
import { scheduleMeetings } from '../../server/src/modules/schedule/schedule-problem.js';

/** mulberry32, seeded: the same instances on every run. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HALF_HOUR = 30 * 60_000;
/** `count` consecutive half-hour slots of day 0, shuffled when `shuffle` (order is not time). */
function slots(count: number, shuffle?: () => number): SchedulingSlot[] {
  const list = Array.from({ length: count }, (_, i) => ({
    start: i * HALF_HOUR,
    end: (i + 1) * HALF_HOUR,
    day: 0,
  }));
  if (shuffle)
    for (let i = list.length - 1; i > 0; i -= 1) {
      const j = Math.floor(shuffle() * (i + 1));
      [list[i], list[j]] = [list[j], list[i]];
    }
  return list;
}
const table = (capacity = 6, delegation: number | null = null): SchedulingPoint => ({
  capacity,
  kind: 'TABLE',
  delegation,
});
function match(id: string, fields: Partial<MatchToPlace> = {}): MatchToPlace {
  return {
    id,
    attendees: [],
    representatives: [],
    mustMeet: false,
    delegation: 0,
    pointScope: 'EDITION_OR_DELEGATION',
    ...fields,
  };
}

function randomProblem(seed: number): SchedulingProblem {
  const random = prng(seed);
  const int = (n: number) => Math.floor(random() * n);
  const S = 1 + int(40); // across word boundaries (32 slots a word)
  const attendeeCount = 2 + int(12);
  const representativeCount = 1 + int(6);
  const delegations = 1 + int(3);
  const kinds: MeetingPointKind[] = ['TABLE', 'ROOM', 'ONLINE_ROOM'];
  const points = Array.from({ length: 1 + int(40) }, () => ({
    capacity: 1 + int(5),
    kind: kinds[int(3)],
    delegation: random() < 0.3 ? int(delegations) : null,
  }));
  const scopes: PointScope[] = ['EDITION', 'DELEGATION', 'EDITION_OR_DELEGATION'];
  const matches = Array.from({ length: int(60) }, (_, i) => {
    const pick = (count: number, most: number) =>
      Array.from({ length: int(most + 1) }, () => int(count));
    let attendees = pick(attendeeCount, 3);
    const representatives = pick(representativeCount, 2);
    if (attendees.length + representatives.length === 0) attendees = [int(attendeeCount)];
    const windowed = random() < 0.2;
    return match(`m${i}`, {
      attendees,
      representatives,
      mustMeet: random() < 0.2,
      delegation: int(delegations),
      pointScope: scopes[int(3)],
      kinds: random() < 0.2 ? [kinds[int(3)]] : undefined,
      earliest: windowed ? int(S) * HALF_HOUR : undefined,
      latest: windowed && random() < 0.5 ? (1 + int(S)) * HALF_HOUR : undefined,
    });
  });
  const busy = (count: number) =>
    Array.from({ length: int(count + 1) }, () => ({
      index: int(count),
      slots: Array.from({ length: int(S) }, () => int(S)),
    }));
  return {
    slots: slots(S, random),
    points,
    attendeeCount,
    representativeCount,
    matches,
    busy: {
      attendees: busy(attendeeCount),
      representatives: busy(representativeCount),
      points: busy(points.length),
    },
  };
}

/** Every rule checked naively, person by person, slot by slot. */
function checkByBruteForce(problem: SchedulingProblem, result: ScheduleResult) {
  const byId = new Map(problem.matches.map((m) => [m.id, m]));
  const taken = new Set<string>();
  const busy = problem.busy ?? {};
  for (const b of busy.attendees ?? []) for (const s of b.slots) taken.add(`a${b.index}@${s}`);
  for (const b of busy.representatives ?? [])
    for (const s of b.slots) taken.add(`r${b.index}@${s}`);
  for (const b of busy.points ?? []) for (const s of b.slots) taken.add(`p${b.index}@${s}`);
  const fits = (m: MatchToPlace, s: number, p: number) => {
    const slot = problem.slots[s];
    const point = problem.points[p];
    const people = new Set([
      ...m.attendees.map((a) => `a${a}`),
      ...m.representatives.map((r) => `r${r}`),
    ]);
    const scopeFits =
      point.delegation === null
        ? m.pointScope !== 'DELEGATION'
        : m.pointScope !== 'EDITION' && point.delegation === m.delegation;
    return (
      point.capacity >= people.size &&
      scopeFits &&
      (!m.kinds || m.kinds.includes(point.kind)) &&
      (m.earliest === undefined || slot.start >= m.earliest) &&
      (m.latest === undefined || slot.end <= m.latest)
    );
  };
  for (const { matchId, slot, point } of result.placements) {
    const m = byId.get(matchId)!;
    expect(fits(m, slot, point), `${matchId} fits slot ${slot} point ${point}`).toBe(true);
    const keys = [
      ...new Set([
        ...m.attendees.map((a) => `a${a}@${slot}`),
        ...m.representatives.map((r) => `r${r}@${slot}`),
      ]),
      `p${point}@${slot}`,
    ];
    for (const key of keys) {
      expect(taken.has(key), `${matchId}: ${key} taken twice`).toBe(false);
      taken.add(key);
    }
  }
  // placeable, naively: some slot and point where it fits and nothing given as busy is in the way
  const initially = new Set<string>();
  for (const b of busy.attendees ?? []) for (const s of b.slots) initially.add(`a${b.index}@${s}`);
  for (const b of busy.representatives ?? [])
    for (const s of b.slots) initially.add(`r${b.index}@${s}`);
  for (const b of busy.points ?? []) for (const s of b.slots) initially.add(`p${b.index}@${s}`);
  const placeable = problem.matches.filter((m) =>
    problem.slots.some(
      (_, s) =>
        [...m.attendees.map((a) => `a${a}`), ...m.representatives.map((r) => `r${r}`)].every(
          (who) => !initially.has(`${who}@${s}`),
        ) && problem.points.some((_, p) => fits(m, s, p) && !initially.has(`p${p}@${s}`)),
    ),
  );
  expect(result.stats.placeable).toBe(placeable.length);
  expect(result.stats.placed).toBe(result.placements.length);
  expect(result.placements.length + result.unplaced.length).toBe(problem.matches.length);
  const placed = new Set(result.placements.map((p) => p.matchId));
  for (const m of problem.matches) if (!placeable.includes(m)) expect(placed.has(m.id)).toBe(false);
  for (const u of result.unplaced) {
    const notPlaceable = !placeable.includes(byId.get(u.matchId)!);
    expect(
      ['NO_FITTING_POINT', 'NO_COMMON_FREE_SLOT', 'NO_FREE_POINT_WHEN_ALL_FREE'].includes(u.reason),
    ).toBe(notPlaceable);
  }
}

describe('meeting scheduler', () => {
  it('places no person or point twice in a slot, and only where a meeting fits (random instances)', () => {
    let placed = 0;
    for (let seed = 1; seed <= 300; seed += 1) {
      const problem = randomProblem(seed);
      const result = schedule(problem);
      checkByBruteForce(problem, result);
      checkByBruteForce(problem, schedule(problem, { repair: false }));
      placed += result.stats.placed;
    }
    // the instances are not all empty or all impossible
    expect(placed).toBeGreaterThan(1000);
  });

  it('is deterministic: the same input gives the same output', () => {
    for (let seed = 1; seed <= 20; seed += 1) {
      const problem = randomProblem(seed);
      expect(schedule(problem)).toEqual(schedule(structuredClone(problem)));
    }
  });

  it('places must-meet matches first when they compete for the last place', () => {
    // one table, one slot, two matches of different people: the must-meet one wins, wherever
    // it stands in the input
    for (const mustMeetFirst of [true, false]) {
      const a = match('plain', { attendees: [0], representatives: [0] });
      const b = match('must', { attendees: [1], representatives: [1], mustMeet: true });
      const result = schedule({
        slots: slots(1),
        points: [table()],
        attendeeCount: 2,
        representativeCount: 2,
        matches: mustMeetFirst ? [b, a] : [a, b],
      });
      expect(result.placements).toEqual([{ matchId: 'must', slot: 0, point: 0 }]);
      expect(result.unplaced).toEqual([{ matchId: 'plain', reason: 'POINTS_FULL' }]);
      expect(result.stats).toMatchObject({ mustMeet: 1, mustMeetPlaced: 1, placeable: 2 });
    }
  });

  it('keeps fixed meetings and unavailability: their slots and points stay untouched', () => {
    // attendee 0 has a confirmed meeting in slot 0 (at point 0) and is away in slot 1;
    // representative 0 is away in slot 2: slot 3 is the only one left
    const result = schedule({
      slots: slots(4),
      points: [table(), table()],
      attendeeCount: 1,
      representativeCount: 1,
      matches: [match('m', { attendees: [0], representatives: [0] })],
      busy: {
        attendees: [{ index: 0, slots: [0, 1] }],
        representatives: [{ index: 0, slots: [2] }],
        points: [{ index: 0, slots: [0, 3] }],
      },
    });
    expect(result.placements).toEqual([{ matchId: 'm', slot: 3, point: 1 }]);
  });

  it('says why a match has no place', () => {
    const result = schedule({
      slots: slots(2),
      points: [table(2), table(2, 1)],
      attendeeCount: 4,
      representativeCount: 2,
      matches: [
        match('too-many', { attendees: [0, 1, 2], representatives: [0] }),
        match('never-together', { attendees: [0], representatives: [0] }),
        match('own-point-taken', {
          attendees: [1],
          representatives: [1],
          delegation: 1,
          pointScope: 'DELEGATION',
        }),
      ],
      busy: {
        attendees: [{ index: 0, slots: [0] }],
        representatives: [{ index: 0, slots: [1] }],
        points: [{ index: 1, slots: [0, 1] }],
      },
    });
    expect(result.unplaced).toEqual([
      { matchId: 'too-many', reason: 'NO_FITTING_POINT' },
      { matchId: 'never-together', reason: 'NO_COMMON_FREE_SLOT' },
      { matchId: 'own-point-taken', reason: 'NO_FREE_POINT_WHEN_ALL_FREE' },
    ]);
    expect(result.stats.placeable).toBe(0);
  });

  it('repairs: moves a placed meeting to make room for one greedy alone leaves out', () => {
    // the must-meet match goes first and takes the earliest slot, 0; the other needs
    // attendee 0 too, and representative 1 is free only in slot 0: repair moves the must-meet
    // meeting to slot 1
    const problem: SchedulingProblem = {
      slots: slots(2),
      points: [table()],
      attendeeCount: 1,
      representativeCount: 2,
      matches: [
        match('must', { attendees: [0], representatives: [0], mustMeet: true }),
        match('late', { attendees: [0], representatives: [1] }),
      ],
      busy: { representatives: [{ index: 1, slots: [1] }] },
    };
    const greedy = schedule(problem, { repair: false });
    expect(greedy.placements).toEqual([{ matchId: 'must', slot: 0, point: 0 }]);
    expect(greedy.unplaced).toEqual([{ matchId: 'late', reason: 'PARTICIPANTS_BOOKED' }]);

    const repaired = schedule(problem);
    expect(repaired.placements).toEqual([
      { matchId: 'must', slot: 1, point: 0 },
      { matchId: 'late', slot: 0, point: 0 },
    ]);
    expect(repaired.stats).toMatchObject({ placed: 2, placedByRepair: 1, movedByRepair: 1 });
  });

  it('repairs when the points, not the people, are full', () => {
    // one room for two in both slots; the pair takes slot 0 first (must-meet); the other pair
    // is free only in slot 0: the first moves to slot 1
    const problem: SchedulingProblem = {
      slots: slots(2),
      points: [table(2)],
      attendeeCount: 2,
      representativeCount: 2,
      matches: [
        match('must', { attendees: [0], representatives: [0], mustMeet: true }),
        match('other', { attendees: [1], representatives: [1] }),
      ],
      busy: { attendees: [{ index: 1, slots: [1] }] },
    };
    expect(schedule(problem, { repair: false }).unplaced).toEqual([
      { matchId: 'other', reason: 'POINTS_FULL' },
    ]);
    expect(schedule(problem).placements).toEqual([
      { matchId: 'must', slot: 1, point: 0 },
      { matchId: 'other', slot: 0, point: 0 },
    ]);
  });

  it('places more with repair than greedy alone, never fewer (random instances)', () => {
    let gained = 0;
    for (let seed = 1; seed <= 300; seed += 1) {
      const problem = randomProblem(seed);
      const greedy = schedule(problem, { repair: false }).stats;
      const repaired = schedule(problem).stats;
      expect(repaired.placed).toBeGreaterThanOrEqual(greedy.placed);
      expect(repaired.mustMeetPlaced).toBeGreaterThanOrEqual(greedy.mustMeetPlaced);
      gained += repaired.placed - greedy.placed;
    }
    expect(gained).toBeGreaterThan(0);
  });

  it('spreads meetings over the slots: each takes the slot with the most fitting points free', () => {
    const result = schedule({
      slots: slots(2),
      points: [table(), table()],
      attendeeCount: 3,
      representativeCount: 0,
      matches: ['a', 'b', 'c'].map((id, i) => match(id, { attendees: [i] })),
    });
    expect(result.placements).toEqual([
      { matchId: 'a', slot: 0, point: 0 },
      { matchId: 'b', slot: 1, point: 0 },
      { matchId: 'c', slot: 0, point: 1 },
    ]);
  });

  it('uses the smallest fitting point and a delegation its own points first', () => {
    const result = schedule({
      slots: slots(1),
      points: [{ capacity: 12, kind: 'ROOM', delegation: null }, table(6), table(6, 3)],
      attendeeCount: 3,
      representativeCount: 1,
      matches: [
        match('own', { attendees: [0], delegation: 3 }),
        match('edition', { attendees: [1], delegation: 2 }),
        match('big', { attendees: [2], representatives: [0], delegation: 2, kinds: ['ROOM'] }),
      ],
    });
    expect(result.placements).toEqual([
      { matchId: 'own', slot: 0, point: 2 },
      { matchId: 'edition', slot: 0, point: 1 },
      { matchId: 'big', slot: 0, point: 0 },
    ]);
  });

  it('refuses indices out of range', () => {
    expect(() =>
      schedule({
        slots: slots(1),
        points: [table()],
        attendeeCount: 1,
        representativeCount: 0,
        matches: [match('m', { attendees: [1] })],
      }),
    ).toThrow(/match m: no attendee 1/);
  });
});

describe('meeting scheduler over domain rows', () => {
  const at = (time: string) => new Date(`2022-11-05T${time}:00+08:00`);
  const day = ['09:00', '09:30', '10:00', '10:30'].map((start, i, all) => ({
    startsAt: at(start),
    endsAt: at(all[i + 1] ?? '11:00'),
  }));

  it('turns busy times into the slots they overlap, and placements into items', () => {
    const outcome = scheduleMeetings({
      slots: day,
      points: [
        { id: 'table-1', kind: 'TABLE', capacity: 4, delegationId: null },
        { id: 'table-2', kind: 'TABLE', capacity: 4, delegationId: null },
      ],
      matches: [
        {
          id: 'match',
          delegationId: 'QH',
          attendeeIds: ['ann', 'ann'],
          representativeIds: ['rex'],
          mustMeet: false,
          pointScope: 'EDITION',
        },
      ],
      busy: [
        // 09:15-09:45 takes two slots; the end of a range is not in it (10:00 is free)
        { attendeeId: 'ann', from: at('09:15'), to: at('09:45') },
        { representativeId: 'rex', from: at('09:45'), to: at('10:00') },
        // confirmed meetings: table 1 from 10:00, table 2 at 10:30; someone else's time changes
        // nothing
        { meetingPointId: 'table-1', from: at('10:00'), to: at('11:00') },
        { meetingPointId: 'table-2', from: at('10:30'), to: at('11:00') },
        { attendeeId: 'bob', from: at('10:00'), to: at('11:00') },
      ],
    });
    expect(outcome.items).toEqual([
      {
        matchId: 'match',
        meetingPointId: 'table-2',
        startsAt: at('10:00'),
        endsAt: at('10:30'),
        attendeeIds: ['ann'],
        representativeIds: ['rex'],
      },
    ]);
    expect(outcome.stats).toMatchObject({ placeable: 1, placed: 1 });
  });
});
