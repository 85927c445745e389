// The meeting scheduler: places accepted matches into time slots at meeting points, with no
// person in two meetings at once, no point used twice in a slot, and every point large enough
// for the people who meet at it. Pure and deterministic: integer-indexed input in, placements
// out; no clock, no randomness, no I/O (the service builds the problem from the database).
//
// Algorithm: greedy by priority and most-constrained-first, then repair by one-step augmenting
// paths.
// - A meeting needs several people (attendees and representatives) and a point at the same
//   time: an assignment in a hypergraph, i.e. a timetabling problem (NP-hard in general). Min-cost
//   flow does not fit: a flow unit cannot hold two people and a table together, and the
//   relaxation's integral solutions would not be conflict-free. A CP/ILP solver would be exact
//   on small instances but not at 200,000 matches × 70 slots × 640 points in seconds in Node.
// - Greedy: must-meet matches first (the objective's priority), then the fewest feasible slots
//   first (most-constrained-first, as in DSatur colouring and exam timetabling), then the busiest
//   participant first, then input order. Each takes, among the slots where all its people are
//   free and a fitting point is free, the one with the most such points free (the earliest of
//   equals): load spread over the slots leaves later, more constrained matches a choice (on the
//   benchmark it places more than the earliest slot does). The point is the best fit
//   (own-delegation points before edition ones, then the smallest capacity that holds the
//   meeting), which keeps rooms free for large groups.
// - Repair: for a match greedy left out, at each of its feasible slots, if exactly one placed
//   meeting of this run stands in the way (it holds one of the match's people or the last
//   fitting point), that meeting moves to another slot where it fits, and the match takes the
//   freed place. Each success places one more meeting and unplaces none, so repair never lowers
//   the count nor drops a must-meet meeting. Passes repeat while they place something (at most
//   MAX_REPAIR_PASSES).
// - Fixed meetings (already confirmed) and unavailability are busy input: never moved.
//
// Memory: bitsets in typed arrays (one Uint32Array row of ⌈slots/32⌉ words per person, per match
// for its feasible slots, per slot over the points), so 200,000 matches and 150,000 people take a
// few megabytes.

/** What a meeting point is: a table, a room or an online room. */
export type MeetingPointKind = 'TABLE' | 'ROOM' | 'ONLINE_ROOM';

/** Which points a match may use: the edition's, its own delegation's, or either. */
export type PointScope = 'EDITION' | 'DELEGATION' | 'EDITION_OR_DELEGATION';

/** A time slot of an expo day (epoch milliseconds). */
export interface SchedulingSlot {
  readonly start: number;
  readonly end: number;
  readonly day: number;
}

/** A meeting point: capacity in persons; `delegation` null for an edition point. */
export interface SchedulingPoint {
  readonly capacity: number;
  readonly kind: MeetingPointKind;
  readonly delegation: number | null;
}

/** An accepted match to place; participants by index (attendees and representatives). */
export interface MatchToPlace {
  readonly id: string;
  readonly attendees: readonly number[];
  readonly representatives: readonly number[];
  /** Either side flagged it must-meet. */
  readonly mustMeet: boolean;
  /** The purchaser's delegation (index), for delegation-scoped points. */
  readonly delegation: number;
  readonly pointScope: PointScope;
  /** The point kinds it may use; all when absent. */
  readonly kinds?: readonly MeetingPointKind[];
  /** Only slots starting at or after `earliest` and ending by `latest` (epoch ms). */
  readonly earliest?: number;
  readonly latest?: number;
}

/** Slots (indices into `slots`) in which a person or a point is taken. */
export interface BusySlots {
  readonly index: number;
  readonly slots: readonly number[];
}

export interface SchedulingProblem {
  readonly slots: readonly SchedulingSlot[];
  readonly points: readonly SchedulingPoint[];
  readonly attendeeCount: number;
  readonly representativeCount: number;
  readonly matches: readonly MatchToPlace[];
  /** Unavailability and confirmed (fixed) meetings: never moved, never double-booked. */
  readonly busy?: {
    readonly attendees?: readonly BusySlots[];
    readonly representatives?: readonly BusySlots[];
    readonly points?: readonly BusySlots[];
  };
}

export interface Placement {
  readonly matchId: string;
  /** Index into the problem's `slots`. */
  readonly slot: number;
  /** Index into the problem's `points`. */
  readonly point: number;
}

/**
 * Why a match has no place:
 * - not placeable (even were it alone): `NO_FITTING_POINT` (no point of its scope and kinds
 *   holds its participants), `NO_COMMON_FREE_SLOT` (its participants are never all free in its
 *   window), `NO_FREE_POINT_WHEN_ALL_FREE` (whenever they are, every fitting point is taken by
 *   a confirmed meeting);
 * - placeable, but taken by this run's other meetings: `PARTICIPANTS_BOOKED` (in each of its
 *   feasible slots one of its people meets someone else), `POINTS_FULL` (its people are all
 *   free in some slot, but no fitting point is).
 */
export type UnplacedReason =
  | 'NO_FITTING_POINT'
  | 'NO_COMMON_FREE_SLOT'
  | 'NO_FREE_POINT_WHEN_ALL_FREE'
  | 'PARTICIPANTS_BOOKED'
  | 'POINTS_FULL';

export interface Unplaced {
  readonly matchId: string;
  readonly reason: UnplacedReason;
}

/**
 * Counts. A match is *placeable* when, ignoring the other matches of the run, it has a slot in
 * its window where all its participants are free (no unavailability, no confirmed meeting) and
 * a point fitting it (capacity, kind, scope) is not taken by a confirmed meeting. `placed` ≤
 * `placeable`; placed / placeable is the scheduler's figure.
 */
export interface ScheduleStats {
  readonly matches: number;
  readonly placeable: number;
  readonly placed: number;
  readonly mustMeet: number;
  readonly mustMeetPlaceable: number;
  readonly mustMeetPlaced: number;
  /** Placed by repair, after greedy had left them out. */
  readonly placedByRepair: number;
  /** Meetings moved to another slot by repair to make room. */
  readonly movedByRepair: number;
}

export interface ScheduleResult {
  /** In the order of `problem.matches`. */
  readonly placements: readonly Placement[];
  /** In the order of `problem.matches`. */
  readonly unplaced: readonly Unplaced[];
  readonly stats: ScheduleStats;
}

export interface ScheduleOptions {
  /** Repair after greedy (default true); false gives greedy alone, for comparison. */
  readonly repair?: boolean;
}

const MAX_REPAIR_PASSES = 3;
/** Occupants of a full slot's points tried per slot when points, not people, block a match. */
const POINT_OCCUPANTS_TRIED = 16;
const FREE = -1;
const FIXED = -2;
const KIND_ORDER: Record<MeetingPointKind, number> = { TABLE: 0, ROOM: 1, ONLINE_ROOM: 2 };

/** Index of the lowest set bit of a non-zero 32-bit word. */
const lowestBit = (word: number): number => 31 - Math.clz32(word & -word);

/** Places `problem.matches`; see the file's head for the algorithm. */
export function schedule(
  problem: SchedulingProblem,
  options: ScheduleOptions = {},
): ScheduleResult {
  const repair = options.repair ?? true;
  const { attendeeCount, representativeCount, matches } = problem;
  const S = problem.slots.length;
  const W = Math.max(1, Math.ceil(S / 32));
  const M = matches.length;
  const P = attendeeCount + representativeCount;

  // ---------------------------------------------------------------- slots, in time order
  const slotOrder = problem.slots
    .map((_, i) => i)
    .sort((a, b) => {
      const x = problem.slots[a];
      const y = problem.slots[b];
      return x.start - y.start || x.end - y.end || a - b;
    });
  const slotRank = new Int32Array(S);
  slotOrder.forEach((original, k) => (slotRank[original] = k));
  const slotAt = (original: number, what: string): number => {
    if (!Number.isInteger(original) || original < 0 || original >= S)
      throw new RangeError(`${what}: no slot ${original}`);
    return slotRank[original];
  };
  const allSlots = new Uint32Array(W);
  for (let s = 0; s < S; s += 1) allSlots[s >>> 5] |= 1 << (s & 31);

  // ---------------------------------------------------------------- points, grouped
  // points sorted by (capacity, kind, delegation); a group is a run of interchangeable points
  const pointOrder = problem.points
    .map((_, i) => i)
    .sort((a, b) => {
      const x = problem.points[a];
      const y = problem.points[b];
      return (
        x.capacity - y.capacity ||
        KIND_ORDER[x.kind] - KIND_ORDER[y.kind] ||
        (x.delegation ?? -1) - (y.delegation ?? -1) ||
        a - b
      );
    });
  const N = pointOrder.length;
  const NW = Math.max(1, Math.ceil(N / 32));
  const pointRank = new Int32Array(N);
  pointOrder.forEach((original, k) => (pointRank[original] = k));
  const pointGroup = new Int32Array(N);
  const groupFrom: number[] = [];
  const groupTo: number[] = [];
  for (let k = 0; k < N; k += 1) {
    const point = problem.points[pointOrder[k]];
    const previous = k > 0 ? problem.points[pointOrder[k - 1]] : undefined;
    if (
      !previous ||
      previous.capacity !== point.capacity ||
      previous.kind !== point.kind ||
      previous.delegation !== point.delegation
    ) {
      groupFrom.push(k);
      groupTo.push(k + 1);
    } else groupTo[groupTo.length - 1] = k + 1;
    pointGroup[k] = groupFrom.length - 1;
  }
  const G = groupFrom.length;
  const groupPoint = (g: number) => problem.points[pointOrder[groupFrom[g]]];

  // ---------------------------------------------------------------- participants (CSR)
  // persons: attendees 0..A-1, then representatives A..A+R-1
  const partStart = new Int32Array(M + 1);
  const partList: number[] = [];
  for (let m = 0; m < M; m += 1) {
    const match = matches[m];
    const seen = new Set<number>();
    const add = (person: number, index: number, count: number, what: string) => {
      if (!Number.isInteger(index) || index < 0 || index >= count)
        throw new RangeError(`match ${match.id}: no ${what} ${index}`);
      if (!seen.has(person)) {
        seen.add(person);
        partList.push(person);
      }
    };
    for (const a of match.attendees) add(a, a, attendeeCount, 'attendee');
    for (const r of match.representatives)
      add(attendeeCount + r, r, representativeCount, 'representative');
    if (seen.size === 0) throw new RangeError(`match ${match.id}: no participants`);
    partStart[m + 1] = partList.length;
  }
  const parts = Int32Array.from(partList);
  // matches per person (CSR), to find who holds a person in a slot
  const personStart = new Int32Array(P + 1);
  for (let i = 0; i < parts.length; i += 1) personStart[parts[i] + 1] += 1;
  for (let q = 0; q < P; q += 1) personStart[q + 1] += personStart[q];
  const personMatches = new Int32Array(parts.length);
  {
    const fill = personStart.slice(0, P);
    for (let m = 0; m < M; m += 1)
      for (let i = partStart[m]; i < partStart[m + 1]; i += 1) personMatches[fill[parts[i]]++] = m;
  }

  // ---------------------------------------------------------------- busy input
  const personBusy = new Uint32Array(P * W);
  const pointBusy = new Uint32Array(S * NW);
  const pointOccupant = new Int32Array(S * N).fill(FREE);
  const markPerson = (person: number, s: number) =>
    (personBusy[person * W + (s >>> 5)] |= 1 << (s & 31));
  const readBusy = (list: readonly BusySlots[] | undefined, count: number, what: string) => {
    for (const entry of list ?? []) {
      if (!Number.isInteger(entry.index) || entry.index < 0 || entry.index >= count)
        throw new RangeError(`busy: no ${what} ${entry.index}`);
    }
    return list ?? [];
  };
  for (const { index, slots } of readBusy(problem.busy?.attendees, attendeeCount, 'attendee'))
    for (const s of slots) markPerson(index, slotAt(s, `attendee ${index}`));
  for (const { index, slots } of readBusy(
    problem.busy?.representatives,
    representativeCount,
    'representative',
  ))
    for (const s of slots) markPerson(attendeeCount + index, slotAt(s, `representative ${index}`));
  for (const { index, slots } of readBusy(problem.busy?.points, N, 'point')) {
    const p = pointRank[index];
    for (const original of slots) {
      const s = slotAt(original, `point ${index}`);
      pointBusy[s * NW + (p >>> 5)] |= 1 << (p & 31);
      pointOccupant[s * N + p] = FIXED;
    }
  }

  /** The first free point in [from, to) in slot s, or -1. */
  const freePointIn = (s: number, from: number, to: number): number => {
    const row = s * NW;
    for (let w = from >>> 5; w <= (to - 1) >>> 5; w += 1) {
      let free = ~pointBusy[row + w];
      if (w === from >>> 5) free &= ~0 << (from & 31);
      if (w === (to - 1) >>> 5 && (to & 31) !== 0) free &= (1 << (to & 31)) - 1;
      if (free !== 0) return w * 32 + lowestBit(free);
    }
    return -1;
  };
  // groupFull: bit s of group g set when g has no free point in slot s
  const groupFull = new Uint32Array(G * W);
  const refreshGroupFull = (g: number, s: number) => {
    const bit = 1 << (s & 31);
    if (freePointIn(s, groupFrom[g], groupTo[g]) < 0) groupFull[g * W + (s >>> 5)] |= bit;
    else groupFull[g * W + (s >>> 5)] &= ~bit;
  };
  for (let g = 0; g < G; g += 1) for (let s = 0; s < S; s += 1) refreshGroupFull(g, s);

  // ---------------------------------------------------------------- point sets per match
  // the groups a match may use, in order of preference; shared between matches alike
  const setIndex = new Map<string, number>();
  const setGroups: Int32Array[] = [];
  const matchSet = new Int32Array(M);
  for (let m = 0; m < M; m += 1) {
    const match = matches[m];
    const size = partStart[m + 1] - partStart[m];
    const kinds = match.kinds ? [...new Set(match.kinds)].sort().join(',') : '*';
    const key = `${size}|${match.pointScope}|${match.pointScope === 'EDITION' ? '' : match.delegation}|${kinds}`;
    let set = setIndex.get(key);
    if (set === undefined) {
      const eligible: number[] = [];
      for (let g = 0; g < G; g += 1) {
        const point = groupPoint(g);
        const scopeFits =
          point.delegation === null
            ? match.pointScope !== 'DELEGATION'
            : match.pointScope !== 'EDITION' && point.delegation === match.delegation;
        if (
          point.capacity >= size &&
          scopeFits &&
          (!match.kinds || match.kinds.includes(point.kind))
        )
          eligible.push(g);
      }
      // own-delegation points first, then the smallest that holds the meeting (groups are
      // sorted by capacity already)
      eligible.sort(
        (a, b) =>
          Number(groupPoint(a).delegation === null) - Number(groupPoint(b).delegation === null) ||
          a - b,
      );
      set = setGroups.length;
      setGroups.push(Int32Array.from(eligible));
      setIndex.set(key, set);
    }
    matchSet[m] = set;
  }
  const setHasGroup = (set: number, g: number): boolean => setGroups[set].includes(g);
  /** The first free point of the set's groups in slot s, or -1. */
  const freePointFor = (set: number, s: number): number => {
    const groups = setGroups[set];
    for (let i = 0; i < groups.length; i += 1) {
      const g = groups[i];
      if (groupFull[g * W + (s >>> 5)] & (1 << (s & 31))) continue;
      const p = freePointIn(s, groupFrom[g], groupTo[g]);
      if (p >= 0) return p;
    }
    return -1;
  };
  /** Word w of the slots in which some point of the set is free now. */
  const pointsFreeWord = (set: number, w: number): number => {
    const groups = setGroups[set];
    let free = 0;
    for (let i = 0; i < groups.length; i += 1) free |= ~groupFull[groups[i] * W + w];
    return free;
  };
  /** Word w of the slots in which all of match m's people are free now. */
  const peopleFreeWord = (m: number, w: number): number => {
    let busy = 0;
    for (let i = partStart[m]; i < partStart[m + 1]; i += 1) busy |= personBusy[parts[i] * W + w];
    return ~busy;
  };

  // ---------------------------------------------------------------- placeable (static)
  const feasible = new Uint32Array(M * W);
  const feasibleCount = new Int32Array(M);
  const reason: (UnplacedReason | undefined)[] = new Array<UnplacedReason | undefined>(M);
  const window = new Uint32Array(W);
  for (let m = 0; m < M; m += 1) {
    const match = matches[m];
    if (setGroups[matchSet[m]].length === 0) {
      reason[m] = 'NO_FITTING_POINT';
      continue;
    }
    window.set(allSlots);
    if (match.earliest !== undefined || match.latest !== undefined)
      for (let s = 0; s < S; s += 1) {
        const slot = problem.slots[slotOrder[s]];
        if (
          (match.earliest !== undefined && slot.start < match.earliest) ||
          (match.latest !== undefined && slot.end > match.latest)
        )
          window[s >>> 5] &= ~(1 << (s & 31));
      }
    let common = 0;
    let count = 0;
    for (let w = 0; w < W; w += 1) {
      const free = window[w] & peopleFreeWord(m, w);
      common |= free;
      const word = free & pointsFreeWord(matchSet[m], w);
      feasible[m * W + w] = word;
      let bits = word;
      while (bits !== 0) {
        bits &= bits - 1;
        count += 1;
      }
    }
    feasibleCount[m] = count;
    if (count === 0)
      reason[m] = common === 0 ? 'NO_COMMON_FREE_SLOT' : 'NO_FREE_POINT_WHEN_ALL_FREE';
  }

  // ---------------------------------------------------------------- order
  const degree = new Int32Array(M);
  for (let m = 0; m < M; m += 1)
    for (let i = partStart[m]; i < partStart[m + 1]; i += 1) {
      const q = parts[i];
      degree[m] = Math.max(degree[m], personStart[q + 1] - personStart[q]);
    }
  const order = Int32Array.from(
    Array.from({ length: M }, (_, m) => m).filter((m) => reason[m] === undefined),
  ).sort(
    (a, b) =>
      Number(matches[b].mustMeet) - Number(matches[a].mustMeet) ||
      feasibleCount[a] - feasibleCount[b] ||
      degree[b] - degree[a] ||
      a - b,
  );

  // ---------------------------------------------------------------- placing
  const placedSlot = new Int32Array(M).fill(-1);
  const placedPoint = new Int32Array(M).fill(-1);
  // point-slots free (a move needs one), and a counter of changes (see moveAway)
  let freePointSlots = 0;
  for (let i = 0; i < pointBusy.length; i += 1) {
    let taken = pointBusy[i];
    while (taken !== 0) {
      taken &= taken - 1;
      freePointSlots -= 1;
    }
  }
  freePointSlots += N * S;
  let changes = 0;
  const place = (m: number, s: number, p: number) => {
    freePointSlots -= 1;
    changes += 1;
    placedSlot[m] = s;
    placedPoint[m] = p;
    for (let i = partStart[m]; i < partStart[m + 1]; i += 1) markPerson(parts[i], s);
    pointBusy[s * NW + (p >>> 5)] |= 1 << (p & 31);
    pointOccupant[s * N + p] = m;
    groupFree[pointGroup[p] * S + s] -= 1;
    refreshGroupFull(pointGroup[p], s);
  };
  const unplace = (m: number) => {
    const s = placedSlot[m];
    const p = placedPoint[m];
    const bit = 1 << (s & 31);
    freePointSlots += 1;
    changes += 1;
    for (let i = partStart[m]; i < partStart[m + 1]; i += 1)
      personBusy[parts[i] * W + (s >>> 5)] &= ~bit;
    pointBusy[s * NW + (p >>> 5)] &= ~(1 << (p & 31));
    pointOccupant[s * N + p] = FREE;
    groupFree[pointGroup[p] * S + s] += 1;
    groupFull[pointGroup[p] * W + (s >>> 5)] &= ~bit;
    placedSlot[m] = -1;
    placedPoint[m] = -1;
  };
  /** The earliest slot other than `except` where m fits now, or -1 (where repair moves to). */
  const firstFit = (m: number, except: number): number => {
    for (let w = 0; w < W; w += 1) {
      let word = feasible[m * W + w] & peopleFreeWord(m, w) & pointsFreeWord(matchSet[m], w);
      if (except >= 0 && except >>> 5 === w) word &= ~(1 << (except & 31));
      if (word !== 0) return w * 32 + lowestBit(word);
    }
    return -1;
  };
  // free points per group and slot
  const groupFree = new Int32Array(G * S);
  for (let g = 0; g < G; g += 1)
    for (let s = 0; s < S; s += 1)
      for (let p = groupFrom[g]; p < groupTo[g]; p += 1)
        if ((pointBusy[s * NW + (p >>> 5)] & (1 << (p & 31))) === 0) groupFree[g * S + s] += 1;
  /** The slot where m fits now with the most free points for it (earliest of equals), or -1. */
  const roomiest = (m: number): number => {
    const groups = setGroups[matchSet[m]];
    let best = -1;
    let most = 0;
    for (let w = 0; w < W; w += 1) {
      let word = feasible[m * W + w] & peopleFreeWord(m, w) & pointsFreeWord(matchSet[m], w);
      while (word !== 0) {
        const s = w * 32 + lowestBit(word);
        word &= word - 1;
        let free = 0;
        for (let i = 0; i < groups.length; i += 1) free += groupFree[groups[i] * S + s];
        if (free > most) {
          most = free;
          best = s;
        }
      }
    }
    return best;
  };
  const tryPlace = (m: number): boolean => {
    const s = roomiest(m);
    if (s < 0) return false;
    place(m, s, freePointFor(matchSet[m], s));
    return true;
  };
  for (let i = 0; i < order.length; i += 1) tryPlace(order[i]);

  // ---------------------------------------------------------------- repair
  let placedByRepair = 0;
  let movedByRepair = 0;
  // `changes` when moving b last failed: nothing has changed since, so it would fail again
  // (saves the repeated attempts of many left-out matches behind the same meeting)
  const stuckAt = new Int32Array(M).fill(-1);
  /** Moves placed meeting b out of its slot s to another slot where it fits; false if none. */
  const moveAway = (b: number, s: number): boolean => {
    if (freePointSlots === 0 || stuckAt[b] === changes) return false;
    const to = firstFit(b, s);
    if (to < 0) {
      stuckAt[b] = changes;
      return false;
    }
    unplace(b);
    place(b, to, freePointFor(matchSet[b], to));
    movedByRepair += 1;
    return true;
  };
  /** The meeting of this run holding person q in slot s, or -1 (none, or a fixed one). */
  const holderOf = (q: number, s: number): number => {
    for (let i = personStart[q]; i < personStart[q + 1]; i += 1)
      if (placedSlot[personMatches[i]] === s) return personMatches[i];
    return -1;
  };
  const repairOne = (m: number): boolean => {
    const set = matchSet[m];
    for (let w = 0; w < W; w += 1) {
      let bits = feasible[m * W + w];
      while (bits !== 0) {
        const s = w * 32 + lowestBit(bits);
        bits &= bits - 1;
        const bit = 1 << (s & 31);
        let blocker = -1;
        let blocked = false;
        for (let i = partStart[m]; i < partStart[m + 1] && !blocked; i += 1) {
          const q = parts[i];
          if ((personBusy[q * W + w] & bit) === 0) continue;
          const holder = holderOf(q, s);
          if (holder < 0 || (blocker >= 0 && blocker !== holder)) blocked = true;
          else blocker = holder;
        }
        if (blocked) continue;
        if (blocker < 0) {
          // the people are free; the fitting points are all taken: move one occupant away
          let tried = 0;
          for (const g of setGroups[set]) {
            for (let p = groupFrom[g]; p < groupTo[g] && tried < POINT_OCCUPANTS_TRIED; p += 1) {
              const occupant = pointOccupant[s * N + p];
              if (occupant === FREE) {
                place(m, s, p);
                return true;
              }
              if (occupant === FIXED) continue;
              tried += 1;
              if (moveAway(occupant, s)) {
                place(m, s, p);
                return true;
              }
            }
          }
          continue;
        }
        // one meeting holds some of its people: it may move if a point will be free for m
        if (freePointFor(set, s) < 0 && !setHasGroup(set, pointGroup[placedPoint[blocker]]))
          continue;
        if (moveAway(blocker, s)) {
          place(m, s, freePointFor(set, s));
          return true;
        }
      }
    }
    return false;
  };
  if (repair)
    for (let pass = 0; pass < MAX_REPAIR_PASSES; pass += 1) {
      // every point taken in every slot: nothing can be placed nor moved
      if (freePointSlots === 0) break;
      let progress = false;
      for (let i = 0; i < order.length; i += 1) {
        const m = order[i];
        if (placedSlot[m] >= 0) continue;
        if (tryPlace(m) || repairOne(m)) {
          placedByRepair += 1;
          progress = true;
        }
      }
      if (!progress) break;
    }

  // ---------------------------------------------------------------- result
  const placements: Placement[] = [];
  const unplaced: Unplaced[] = [];
  let placeable = 0;
  let mustMeet = 0;
  let mustMeetPlaceable = 0;
  let mustMeetPlaced = 0;
  for (let m = 0; m < M; m += 1) {
    const match = matches[m];
    if (match.mustMeet) mustMeet += 1;
    if (reason[m] === undefined) {
      placeable += 1;
      if (match.mustMeet) mustMeetPlaceable += 1;
    }
    if (placedSlot[m] >= 0) {
      if (match.mustMeet) mustMeetPlaced += 1;
      placements.push({
        matchId: match.id,
        slot: slotOrder[placedSlot[m]],
        point: pointOrder[placedPoint[m]],
      });
      continue;
    }
    let why = reason[m];
    if (why === undefined) {
      let peopleFree = 0;
      for (let w = 0; w < W; w += 1) peopleFree |= feasible[m * W + w] & peopleFreeWord(m, w);
      why = peopleFree !== 0 ? 'POINTS_FULL' : 'PARTICIPANTS_BOOKED';
    }
    unplaced.push({ matchId: match.id, reason: why });
  }
  return {
    placements,
    unplaced,
    stats: {
      matches: M,
      placeable,
      placed: placements.length,
      mustMeet,
      mustMeetPlaceable,
      mustMeetPlaced,
      placedByRepair,
      movedByRepair,
    },
  };
}
