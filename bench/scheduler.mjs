// npm run bench:scheduler: the meeting scheduler (server/src/modules/schedule/scheduler.ts) on
// the benchmark data: the accepted matches of the bench database (bench/setup.mjs: 50,000
// purchasers, 150,000 attendees, 3,000 exhibitors, 200,000 matches), with what that database
// does not hold yet made here, deterministically (seeded): 1-3 representatives per exhibitor,
// 5 expo days of 30-minute slots 09:00-17:00 (Asia/Shanghai) with a 12:00-13:00 break, tables
// and rooms, must-meet flags, unavailability and confirmed meetings. Reports meetings placed /
// placeable, must-meet placed / must-meet, time (median of --runs) and memory, to bench/results/.
// Not a test: figures, not pass/fail.
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(benchDir, '..');
const { values: opts } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    // which matches are to be placed (exhibitor_match.status); MEETING_SCHEDULED ones are
    // candidates for the confirmed meetings below
    statuses: { type: 'string', default: 'ACCEPTED' },
    days: { type: 'string', default: '5' },
    tables: { type: 'string', default: '600' },
    'table-capacity': { type: 'string', default: '6' },
    rooms: { type: 'string', default: '40' },
    'room-capacity': { type: 'string', default: '12' },
    // rooms of each delegation's own, for its own matches (capacity 10)
    'delegation-rooms': { type: 'string', default: '1' },
    'must-meet': { type: 'string', default: '0.05' },
    // share of people (attendees and representatives) away for one half-day
    unavailable: { type: 'string', default: '0.1' },
    // share of MEETING_SCHEDULED matches that hold a confirmed meeting (fixed, busy)
    confirmed: { type: 'string', default: '0.1' },
  },
});
const RUNS = Number(opts.runs);
const STATUSES = opts.statuses.split(',').map((s) => s.trim());
const DAYS = Number(opts.days);
const TABLES = Number(opts.tables);
const TABLE_CAPACITY = Number(opts['table-capacity']);
const ROOMS = Number(opts.rooms);
const ROOM_CAPACITY = Number(opts['room-capacity']);
const DELEGATION_ROOMS = Number(opts['delegation-rooms']);
const MUST_MEET = Number(opts['must-meet']);
const UNAVAILABLE = Number(opts.unavailable);
const CONFIRMED = Number(opts.confirmed);
const log = (m) => process.stderr.write(`${m}\n`);

if (typeof globalThis.gc !== 'function') log('(run with node --expose-gc for exact memory deltas)');
const gc = () => globalThis.gc?.();

/** mulberry32, seeded (as bench/generate.mjs): the same problem on every run. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------------------------------------------------------------- the bench database
const { setupDatabase } = await import('./setup.mjs');
const database = await setupDatabase(log);
const client = new pg.Client({ connectionString: database.url });
await client.connect();
const loadStarted = performance.now();
// one after the other: one connection
const exhibitorRows = await client.query('select id from exhibitor order by id');
const attendeeRows = await client.query(
  'select id, purchaser_id from attendee order by purchaser_id, id',
);
const matchRows = await client.query(
  'select id, delegation_id, purchaser_id, exhibitor_id from exhibitor_match where status = any($1) order by id',
  [STATUSES],
);
const fixedRows = await client.query(
  `select id, delegation_id, purchaser_id, exhibitor_id from exhibitor_match where status = 'MEETING_SCHEDULED' and not (status = any($1)) order by id`,
  [STATUSES],
);
await client.end();
await database.stop();
const loadMs = performance.now() - loadStarted;

// ---------------------------------------------------------------- the problem
const build = performance.now();
const random = prng(20261206);
const int = (n) => Math.floor(random() * n);

// slots: DAYS expo days from 2022-11-05 (CIIE-5), 09:00-12:00 and 13:00-17:00 Asia/Shanghai
const HALF_HOUR = 30 * 60_000;
const slots = [];
for (let day = 0; day < DAYS; day += 1) {
  const nine = Date.UTC(2022, 10, 5 + day, 1, 0); // 09:00 +08:00
  for (let k = 0; k < 16; k += 1) {
    if (k === 6 || k === 7) continue; // 12:00-13:00 break
    slots.push({ start: nine + k * HALF_HOUR, end: nine + (k + 1) * HALF_HOUR, day });
  }
}
const slotsPerDay = slots.length / DAYS;

// people: attendees by purchaser; 1-3 representatives per exhibitor
const attendeesOf = new Map();
attendeeRows.rows.forEach((row, index) => {
  const list = attendeesOf.get(row.purchaser_id) ?? [];
  list.push(index);
  attendeesOf.set(row.purchaser_id, list);
});
const attendeeCount = attendeeRows.rows.length;
const representativesOf = new Map();
let representativeCount = 0;
for (const { id } of exhibitorRows.rows) {
  const count = 1 + int(3);
  representativesOf.set(
    id,
    Array.from({ length: count }, (_, k) => representativeCount + k),
  );
  representativeCount += count;
}

// points: edition tables and rooms, and each delegation's own rooms
const delegationIds = [
  ...new Set([...matchRows.rows, ...fixedRows.rows].map((m) => m.delegation_id)),
].sort();
const delegationIndex = new Map(delegationIds.map((id, i) => [id, i]));
const points = [
  ...Array.from({ length: TABLES }, () => ({
    capacity: TABLE_CAPACITY,
    kind: 'TABLE',
    delegation: null,
  })),
  ...Array.from({ length: ROOMS }, () => ({
    capacity: ROOM_CAPACITY,
    kind: 'ROOM',
    delegation: null,
  })),
  ...delegationIds.flatMap((_, d) =>
    Array.from({ length: DELEGATION_ROOMS }, () => ({ capacity: 10, kind: 'ROOM', delegation: d })),
  ),
];

// who meets: one or two of the purchaser's attendees, one of the exhibitor's representatives
// (in turn over the exhibitor's matches)
const turn = new Map();
const participantsOf = (row) => {
  const attendees = attendeesOf.get(row.purchaser_id) ?? [];
  const first = int(attendees.length);
  const chosen = [attendees[first]];
  if (attendees.length > 1 && random() < 0.5)
    chosen.push(attendees[(first + 1) % attendees.length]);
  const representatives = representativesOf.get(row.exhibitor_id);
  const k = turn.get(row.exhibitor_id) ?? 0;
  turn.set(row.exhibitor_id, k + 1);
  return { attendees: chosen, representatives: [representatives[k % representatives.length]] };
};

// unavailability: a share of the people away for one half-day
const busyAttendees = new Map();
const busyRepresentatives = new Map();
const halfDay = () => {
  const day = int(DAYS);
  const morning = random() < 0.5;
  const from = day * slotsPerDay + (morning ? 0 : 6);
  return Array.from({ length: morning ? 6 : slotsPerDay - 6 }, (_, k) => from + k);
};
for (let a = 0; a < attendeeCount; a += 1)
  if (random() < UNAVAILABLE) busyAttendees.set(a, halfDay());
for (let r = 0; r < representativeCount; r += 1)
  if (random() < UNAVAILABLE) busyRepresentatives.set(r, halfDay());

// confirmed meetings: a share of the MEETING_SCHEDULED matches, each at a random slot at the
// first free table, if its people are free then (fixed: busy for people and the table)
const busyPoints = new Map();
const taken = new Set();
let confirmed = 0;
const add = (map, key, slot) => {
  const list = map.get(key) ?? [];
  list.push(slot);
  map.set(key, list);
};
for (const row of fixedRows.rows) {
  if (random() >= CONFIRMED) continue;
  const { attendees, representatives } = participantsOf(row);
  const slot = int(slots.length);
  const people = [...attendees.map((a) => `a${a}`), ...representatives.map((r) => `r${r}`)];
  const away = (who) =>
    (who[0] === 'a' ? busyAttendees : busyRepresentatives)
      .get(Number(who.slice(1)))
      ?.includes(slot);
  if (people.some((who) => taken.has(`${who}@${slot}`) || away(who))) continue;
  let point = 0;
  while (point < TABLES && taken.has(`p${point}@${slot}`)) point += 1;
  if (point === TABLES) continue;
  for (const who of people) taken.add(`${who}@${slot}`);
  taken.add(`p${point}@${slot}`);
  for (const a of attendees) add(busyAttendees, a, slot);
  for (const r of representatives) add(busyRepresentatives, r, slot);
  add(busyPoints, point, slot);
  confirmed += 1;
}

const matches = matchRows.rows.map((row) => ({
  id: row.id,
  ...participantsOf(row),
  mustMeet: random() < MUST_MEET,
  delegation: delegationIndex.get(row.delegation_id),
  pointScope: 'EDITION_OR_DELEGATION',
}));
const entries = (map) => [...map].map(([index, list]) => ({ index, slots: list }));
const problem = {
  slots,
  points,
  attendeeCount,
  representativeCount,
  matches,
  busy: {
    attendees: entries(busyAttendees),
    representatives: entries(busyRepresentatives),
    points: entries(busyPoints),
  },
};
const buildMs = performance.now() - build;

// a bound on what any schedule places: every match here has one representative, so the
// representatives' match sets are disjoint and none meets more than its free slots allow
const freeSlotsOf = (r) => slots.length - new Set(busyRepresentatives.get(r) ?? []).size;
const perRepresentative = new Map();
for (const m of matches) {
  const r = m.representatives[0];
  perRepresentative.set(r, (perRepresentative.get(r) ?? 0) + 1);
}
let representativeBound = 0;
for (const [r, count] of perRepresentative) representativeBound += Math.min(count, freeSlotsOf(r));

// ---------------------------------------------------------------- runs
const { schedule } = await import(path.join(root, 'dist/server/modules/schedule/scheduler.js'));
const mb = (bytes) => Math.round((bytes / 1024 / 1024) * 10) / 10;
const fingerprint = (result) =>
  JSON.stringify(result.stats) +
  result.placements.reduce((h, p) => (Math.imul(h, 31) + p.slot * 1000 + p.point) | 0, 0);
const runs = [];
let reference;
gc();
const maxRssBefore = process.resourceUsage().maxRSS * 1024;
for (let i = 0; i < RUNS; i += 1) {
  gc();
  const before = process.memoryUsage();
  const started = performance.now();
  const result = schedule(problem);
  const ms = performance.now() - started;
  // what the run holds at its end: its result and (until collected) its working arrays
  const after = process.memoryUsage();
  const print = fingerprint(result);
  reference ??= { print, result };
  if (print !== reference.print)
    throw new Error(`run ${i + 1} differs from run 1: not deterministic`);
  runs.push({
    ms,
    rssDeltaMb: mb(after.rss - before.rss),
    heapUsedDeltaMb: mb(after.heapUsed - before.heapUsed),
    arrayBuffersDeltaMb: mb(after.arrayBuffers - before.arrayBuffers),
  });
  log(`  run ${i + 1}/${RUNS}: ${ms.toFixed(0)} ms`);
}
const peakRssMb = mb(process.resourceUsage().maxRSS * 1024);
const peakRssDeltaMb = mb(process.resourceUsage().maxRSS * 1024 - maxRssBefore);
gc();
const greedyStarted = performance.now();
const greedy = schedule(problem, { repair: false });
const greedyMs = performance.now() - greedyStarted;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const { stats } = reference.result;
const reasons = {};
for (const u of reference.result.unplaced) reasons[u.reason] = (reasons[u.reason] ?? 0) + 1;
const pct = (a, b) => (b ? `${((100 * a) / b).toFixed(1)}%` : '–');
const results = {
  machine: { cpus: os.cpus().length, node: process.version, load: os.loadavg() },
  settings: {
    runs: RUNS,
    statuses: STATUSES,
    days: DAYS,
    slots: slots.length,
    tables: TABLES,
    tableCapacity: TABLE_CAPACITY,
    rooms: ROOMS,
    roomCapacity: ROOM_CAPACITY,
    delegationRooms: DELEGATION_ROOMS,
    mustMeet: MUST_MEET,
    unavailable: UNAVAILABLE,
    confirmedShare: CONFIRMED,
  },
  problem: {
    matches: matches.length,
    attendees: attendeeCount,
    representatives: representativeCount,
    exhibitors: exhibitorRows.rows.length,
    points: points.length,
    pointSlots: points.length * slots.length,
    confirmedMeetings: confirmed,
    // no run can place more meetings than this
    freePointSlots: points.length * slots.length - confirmed,
    representativeBound,
    peopleAway: busyAttendees.size + busyRepresentatives.size,
    loadMs: Math.round(loadMs),
    buildMs: Math.round(buildMs),
  },
  stats,
  unplacedReasons: reasons,
  greedyOnly: {
    placed: greedy.stats.placed,
    mustMeetPlaced: greedy.stats.mustMeetPlaced,
    ms: Math.round(greedyMs),
  },
  timeMs: {
    median: Math.round(median(runs.map((r) => r.ms))),
    runs: runs.map((r) => Math.round(r.ms)),
  },
  memory: {
    peakRssMb,
    peakRssDeltaMb,
    medianRssDeltaMb: median(runs.map((r) => r.rssDeltaMb)),
    medianHeapUsedDeltaMb: median(runs.map((r) => r.heapUsedDeltaMb)),
    medianArrayBuffersDeltaMb: median(runs.map((r) => r.arrayBuffersDeltaMb)),
  },
};

const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const command = `npm run bench:scheduler -- ${process.argv.slice(2).join(' ')}`.trim();
const markdown = [
  `# Scheduler benchmark ${new Date().toISOString()}`,
  '',
  `${results.machine.cpus} cores, Node ${results.machine.node}, load ${results.machine.load.map((l) => l.toFixed(2)).join(' ')}; \`${command}\``,
  '',
  `Matches with status ${STATUSES.join(' or ')}: ${matches.length}; ${attendeeCount} attendees, ${representativeCount} representatives of ${exhibitorRows.rows.length} exhibitors; ${slots.length} slots (${DAYS} days × ${slotsPerDay}); ${points.length} points (${TABLES} tables of ${TABLE_CAPACITY}, ${ROOMS} rooms of ${ROOM_CAPACITY}, ${DELEGATION_ROOMS} room of 10 per delegation): ${results.problem.pointSlots} point-slots; ${confirmed} confirmed meetings kept; ${results.problem.peopleAway} people away for a half-day; must-meet ${MUST_MEET * 100}%.`,
  '',
  '| figure | value |',
  '| --- | ---: |',
  `| placed / placeable | ${stats.placed} / ${stats.placeable} (${pct(stats.placed, stats.placeable)}) |`,
  `| must-meet placed / must-meet (placeable) | ${stats.mustMeetPlaced} / ${stats.mustMeet} (${stats.mustMeetPlaceable}) |`,
  `| placed by repair (meetings moved) | ${stats.placedByRepair} (${stats.movedByRepair}) |`,
  `| bounds on placed: point-slots free; representatives' free slots | ${results.problem.freePointSlots}; ${representativeBound} |`,
  `| greedy alone: placed | ${greedy.stats.placed} |`,
  `| time, median of ${RUNS} | ${results.timeMs.median} ms (runs ${results.timeMs.runs.join(', ')}) |`,
  `| greedy alone: time | ${results.greedyOnly.ms} ms |`,
  `| peak RSS of the process (rise during the runs) | ${peakRssMb} MB (+${peakRssDeltaMb} MB) |`,
  `| per run, median: RSS / heapUsed / ArrayBuffers delta | ${results.memory.medianRssDeltaMb} / ${results.memory.medianHeapUsedDeltaMb} / ${results.memory.medianArrayBuffersDeltaMb} MB |`,
  `| unplaced by reason | ${
    Object.entries(reasons)
      .map(([r, n]) => `${r} ${n}`)
      .join(', ') || '–'
  } |`,
  '',
].join('\n');
await mkdir(path.join(benchDir, 'results'), { recursive: true });
await writeFile(
  path.join(benchDir, 'results', `scheduler-${stamp}.json`),
  JSON.stringify(results, null, 2),
);
await writeFile(path.join(benchDir, 'results', `scheduler-${stamp}.md`), markdown);
process.stdout.write(markdown);
