// npm run bench: Delegation Hub side by side with PostGraphile v5 (twice: without access rules,
// and with the same rules as Row Level Security) and a raw SQL floor, on the same national-scale
// data, on this machine, in one run, for each role the workload is served as. Contenders are
// interleaved in rounds; medians are reported, with SQL statements per request
// (pg_stat_statements) and server RSS.
import { execFileSync, spawn } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(benchDir, '..');
const require = createRequire(path.join(benchDir, 'package.json'));
const { values: opts, tokens: argTokens } = parseArgs({
  tokens: true,
  options: {
    duration: { type: 'string', default: '5' },
    warmup: { type: 'string', default: '1' },
    connections: { type: 'string', default: '32' },
    rounds: { type: 'string', default: '2' },
    // S1: dealTotals subscribers over two instances (and as many on the live floor's two)
    subscribers: { type: 'string', default: '10000' },
    // W3, the expo-week mix: how long it lasts, and how many subscribers it pushes to
    'mix-duration': { type: 'string', default: '60' },
    'mix-subscribers': { type: 'string', default: '1000' },
    only: { type: 'string' },
    // a git revision of Delegation Hub measured beside the working tree's (before/after)
    baseline: { type: 'string' },
    // whom the workload is served as: `--role ROLE [--scope KEY]` or `--role ROLE:KEY` (a scope
    // key as `npm run token` takes it), repeated; each role brings Delegation Hub, PostGraphile
    // with RLS and the floor as that role, contenders in the same rounds (hub.mjs, rolesOf)
    role: { type: 'string', multiple: true },
    scope: { type: 'string', multiple: true },
    // Q1–Q3 on an instance reading the primary only and one reading a streaming replica, in one
    // run, instead of the contenders (bench/replicas.mjs); roles as above, default ANALYST:CIIE-5
    replica: { type: 'boolean', default: false },
  },
});
const DURATION = Number(opts.duration);
const WARMUP = Number(opts.warmup);
const CONNECTIONS = Number(opts.connections);
const ROUNDS = Number(opts.rounds);
const SUBSCRIBERS = Number(opts.subscribers);
const MIX_DURATION = Number(opts['mix-duration']);
const MIX_SUBSCRIBERS = Number(opts['mix-subscribers']);
const log = (m) => process.stderr.write(`${m}\n`);

if (opts.replica) {
  const { rolesOf, parseRole } = await import('./hub.mjs');
  const { benchReplicas } = await import('./replicas.mjs');
  const given = argTokens.some((t) => t.kind === 'option' && t.name === 'role');
  await benchReplicas(opts, given ? rolesOf(argTokens) : [parseRole('ANALYST:CIIE-5')], log);
  process.exit(0);
}

const {
  roleToken,
  rolesOf,
  parseRole,
  DEFAULT_ROLES,
  scopeOf,
  nameBenchPurchaser,
  JWT_SECRET,
  hubEnv: hubEnvOf,
  HUB_NODE_FLAGS,
  installBenchPackages,
} = await import('./hub.mjs');
// setup.mjs loads the data generator, which needs the bench's packages (pg-copy-streams)
installBenchPackages(log);
const { setupDatabase } = await import('./setup.mjs');
const { defineWorkloads, restoreApprovalPool } = await import('./workloads.mjs');
const { TOTALS_SUBSCRIPTION, liveTotalsSql, startSubscribers, percentile } =
  await import('./live.mjs');
const autocannon = require('autocannon');

// ---------------------------------------------------------------- database and processes
const database = await setupDatabase(log);
const admin = new pg.Client({ connectionString: database.url });
await admin.connect();
await admin.query(await readFile(path.join(benchDir, 'postgraphile.sql'), 'utf8'));
// the second PostGraphile's role, grants and policies (after postgraphile.sql, whose view they
// make read with the reader's rights)
await admin.query(await readFile(path.join(benchDir, 'postgraphile-rls.sql'), 'utf8'));
const rlsUrl = new URL(database.url);
rlsUrl.username = 'bench_rls';
rlsUrl.password = 'bench_rls';
// deals written by earlier runs' Q4 and S1 go, and their audit events, so every run reads the same data (and S1 does
// not aggregate this run's Q4 deals), and vacuumed, so that no run reads the dead rows of the
// one before
const cleanup = async () => {
  // with their audit events: left behind, they grew the table every run (97,000 by this fix)
  await admin.query(
    `with gone as (delete from deal where goods like 'bench %' or goods = 'S1' returning id)
     delete from audit_event e using gone where e.entity_type = 'Deal' and e.entity_id = gone.id`,
  );
  // W1's purchasers back as generated, its approvals' audit events gone
  await restoreApprovalPool(admin);
  await admin.query('vacuum analyze deal, purchaser, audit_event');
};
await cleanup();

// the PURCHASER role's purchaser has a scope key before any token is made for it
await nameBenchPurchaser(admin);
const token = await roleToken(database.url, { role: 'ADMIN' });
const roles = rolesOf(argTokens);
const tokens = Object.fromEntries(
  await Promise.all(roles.map(async (r) => [r.label, await roleToken(database.url, r)])),
);
// what each role reads, as the server's Viewer has it: the floor's predicates
const scopes = Object.fromEntries(
  await Promise.all(
    roles.map(async (r) => [r.label, await scopeOf(database.url, tokens[r.label])]),
  ),
);

const processes = [];
// whatever happens, no contender outlives the run
const killAll = () => {
  for (const child of processes) if (child.exitCode === null) child.kill('SIGKILL');
};
process.on('exit', killAll);
process.on('uncaughtException', (error) => {
  log(String(error?.stack ?? error));
  killAll();
  database.stop().finally(() => process.exit(1));
});
process.on('unhandledRejection', (error) => {
  log(String(error?.stack ?? error));
  killAll();
  database.stop().finally(() => process.exit(1));
});
const { freePort } = await import(path.join(root, 'dist/server/db/embedded.js'));
const ports = await Promise.all([1, 2, 3, 4, 5].map(() => freePort()));
function startProcess(name, command, args, env, ready) {
  return new Promise((resolve, reject) => {
    // as many open files as the hard limit allows (S1's instances hold thousands of sockets)
    const raise = 'ulimit -n "$(ulimit -Hn)" 2>/dev/null; exec "$0" "$@"';
    const child = spawn('sh', ['-c', raise, command, ...args], {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    processes.push(child);
    let output = '';
    const timer = setTimeout(() => reject(new Error(`${name} did not start:\n${output}`)), 90_000);
    const onData = (chunk) => {
      output += chunk;
      const match = ready.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ name, child, url: match[1] });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`${name} exited (${code}):\n${output}`)));
  });
}
const hubEnv = (port) => hubEnvOf(database.url, port);
const node22 = path.join(benchDir, 'node_modules/.bin/node');

// --baseline REV: that revision, built in a temporary worktree (the product's node_modules
// shared), as one more contender with the same settings
let baselineDir;
if (opts.baseline) {
  const { mkdtempSync, symlinkSync, cpSync, readdirSync } = await import('node:fs');
  const os = await import('node:os');
  baselineDir = mkdtempSync(path.join(os.tmpdir(), 'dh-baseline-'));
  log(`building the baseline ${opts.baseline} in ${baselineDir}…`);
  execFileSync('git', ['worktree', 'add', '--detach', baselineDir, opts.baseline], {
    cwd: root,
    stdio: 'inherit',
  });
  symlinkSync(path.join(root, 'node_modules'), path.join(baselineDir, 'node_modules'));
  execFileSync(
    process.execPath,
    [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
    {
      cwd: baselineDir,
      stdio: 'inherit',
    },
  );
  const seedDir = path.join(baselineDir, 'server/src/db/seed');
  for (const f of readdirSync(seedDir).filter((n) => n.endsWith('.json'))) {
    cpSync(path.join(seedDir, f), path.join(baselineDir, 'dist/server/db/seed', f));
  }
}
const removeBaseline = () => {
  if (!baselineDir) return;
  const dir = baselineDir;
  baselineDir = undefined;
  try {
    execFileSync('git', ['worktree', 'remove', '--force', dir], { cwd: root, stdio: 'ignore' });
  } catch {
    // already gone
  }
};
process.on('exit', removeBaseline);
log('starting contenders…');
const [hub, hubB, graphile, graphileRls, floor] = await Promise.all([
  startProcess(
    'Delegation Hub',
    process.execPath,
    [...HUB_NODE_FLAGS, 'dist/server/main.js'],
    hubEnv(ports[0]),
    /serving GraphQL at (http:\S+)/,
  ),
  startProcess(
    'Delegation Hub B',
    process.execPath,
    [...HUB_NODE_FLAGS, 'dist/server/main.js'],
    hubEnv(ports[1]),
    /serving GraphQL at (http:\S+)/,
  ),
  startProcess(
    'PostGraphile',
    node22,
    ['bench/postgraphile.mjs'],
    { DATABASE_URL: database.url, PORT: String(ports[2]), POOL: '10' },
    /postgraphile ready at (http:\S+)/,
  ),
  startProcess(
    'PostGraphile with RLS',
    node22,
    ['bench/postgraphile.mjs'],
    { DATABASE_URL: rlsUrl.toString(), PORT: String(ports[4]), POOL: '10', JWT_SECRET },
    /postgraphile ready at (http:\S+)/,
  ),
  startProcess(
    'floor',
    process.execPath,
    ['bench/floor.mjs'],
    { DATABASE_URL: database.url, PORT: String(ports[3]), POOL: '10' },
    /floor ready at (http:\S+)/,
  ),
]);
const baseline =
  baselineDir &&
  (await startProcess(
    `Delegation Hub @ ${opts.baseline}`,
    process.execPath,
    [...HUB_NODE_FLAGS, path.join(baselineDir, 'dist/server/main.js')],
    hubEnv(await freePort()),
    /serving GraphQL at (http:\S+)/,
  ));

// ---------------------------------------------------------------- the workload
// PostGraphile without rules once (it serves everyone alike); the rest once per role:
// `hub:ROLE`, `rls:ROLE` (PostGraphile with RLS, sent the role's token), `floor:ROLE` (the floor
// with the role's scope) and `baseline:ROLE`, each process serving each role in turn
const { delegation, d, sample, expoId, workloads } = await defineWorkloads({
  admin,
  token,
  urls: { graphile: graphile.url },
});
for (const w of Object.values(workloads))
  for (const c of Object.keys(w)) if (c !== 'title' && c !== 'graphile') delete w[c];
const contenders = { graphile };
const contenderNames = { graphile: 'PostGraphile v5 (no rules)' };
for (const r of roles) {
  const mine = await defineWorkloads({
    admin,
    token: tokens[r.label],
    urls: { hub: hub.url, rls: graphileRls.url, floor: floor.url },
    role: r.label,
    scope: scopes[r.label],
  });
  for (const [c, server, name] of [
    ['hub', hub, 'Delegation Hub'],
    ['rls', graphileRls, 'PostGraphile v5 + RLS'],
    ['floor', floor, 'raw SQL floor'],
  ]) {
    for (const [kind, w] of Object.entries(mine.workloads))
      if (w[c]) workloads[kind][`${c}:${r.label}`] = w[c];
    contenders[`${c}:${r.label}`] = server;
    contenderNames[`${c}:${r.label}`] = `${name} as ${r.label}`;
  }
}
if (baseline) {
  for (const r of roles) {
    const mine = await defineWorkloads({
      admin,
      token: tokens[r.label],
      urls: { hub: baseline.url },
      role: r.label,
    });
    for (const [kind, w] of Object.entries(mine.workloads))
      if (w.hub) workloads[kind][`baseline:${r.label}`] = w.hub;
    contenders[`baseline:${r.label}`] = baseline;
    contenderNames[`baseline:${r.label}`] = `Delegation Hub @ ${opts.baseline} as ${r.label}`;
  }
}
const roleOf = (c) => c.slice(c.indexOf(':') + 1);

/** Puts what a request of the workload needs in place (W1's pool of purchasers to approve). */
const prepare = (request) => request?.prepare?.();

async function check(kind, request) {
  const r = typeof request === 'function' ? request() : request;
  const response = await fetch(r.url, { method: r.method, headers: r.headers, body: r.body });
  const text = await response.text();
  const body = JSON.parse(text);
  if (!response.ok || body.errors || request.failed?.(text))
    throw new Error(`${kind}: ${response.status} ${JSON.stringify(body).slice(0, 500)}`);
  return body;
}

function rssOf(child) {
  try {
    return (
      Number(
        execFileSync('ps', ['-o', 'rss=', '-p', String(child.pid)], { encoding: 'utf8' }).trim(),
      ) / 1024
    );
  } catch {
    return 0;
  }
}

/**
 * Loads `request` for `duration` seconds. A write (a request made anew each time) counts an
 * answer with GraphQL errors as an error too (a CONFLICT comes with HTTP 200): every write the
 * load sends must have succeeded for its errors to be 0.
 */
function cannon(request, duration, connections = CONNECTIONS) {
  return new Promise((resolve, reject) => {
    const dynamic = typeof request === 'function';
    const first = dynamic ? request() : request;
    let failed = 0;
    // the first failed answer, to say what failed
    let failure;
    const instance = autocannon(
      {
        url: first.url,
        method: first.method,
        headers: first.headers,
        body: first.body,
        connections,
        duration,
        pipelining: 1,
        ...(dynamic
          ? {
              requests: [
                {
                  setupRequest: (req) => ({ ...req, ...request() }),
                  onResponse: (status, body) => {
                    if (status < 300 && !/"errors"\s*:/.test(body) && !request.failed?.(body))
                      return;
                    if (status < 300) failed += 1;
                    failure ??= `${status} ${String(body).slice(0, 300)}`;
                  },
                },
              ],
            }
          : {}),
      },
      (error, result) => (error ? reject(error) : resolve({ ...result, failed, failure })),
    );
    void instance;
  });
}

/**
 * Waits until the database has run no client's statement but ours for half a second: a slow
 * contender (PostGraphile with RLS on W2: seconds per request) still works through the requests
 * its load queued after the load ends, which would land in the next contender's load and in its
 * serial probe's pg_stat_statements. At most `maxMs`.
 */
/**
 * The contenders of one round, in turn: reversed every other round, so that no contender always
 * follows the same one (a heavy neighbour's vacuum, cache or CPU debt would land on it every round).
 */
function inRoundOrder(items, round) {
  return round % 2 ? [...items].reverse() : items;
}

async function waitIdle(maxMs = 60_000) {
  const until = Date.now() + maxMs;
  let quiet = 0;
  while (quiet < 5 && Date.now() < until) {
    const { rows } = await admin.query(
      `select count(*)::int as n from pg_stat_activity
       where datname = current_database() and backend_type = 'client backend'
         and state = 'active' and pid <> pg_backend_pid()`,
    );
    quiet = rows[0].n ? 0 : quiet + 1;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * `n` requests one at a time, the server otherwise idle (after its load, so warm): SQL statements and PostgreSQL time
 * (planning and execution, pg_stat_statements) per request, and the median latency unloaded.
 */
async function serialProbe(kind, request, n = 40) {
  // requests of the previous load still in flight would be counted too: let them drain
  await waitIdle();
  await admin.query('select pg_stat_statements_reset()');
  const latencies = [];
  for (let i = 0; i < n; i += 1) {
    const started = performance.now();
    await check(kind, request);
    latencies.push(performance.now() - started);
  }
  const { rows } = await admin.query(
    `select coalesce(sum(calls), 0)::int as calls,
       coalesce(sum(total_plan_time + total_exec_time), 0)::float8 as ms
     from pg_stat_statements
     where dbid = (select oid from pg_database where datname = current_database())
       and query not ilike '%pg_stat_statements%' and query !~* '^\\s*(begin|commit|rollback|set|show|select 1|discard)'`,
  );
  return { statements: rows[0].calls / n, sqlMs: rows[0].ms / n, serialP50Ms: median(latencies) };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// ---------------------------------------------------------------- same answers per role
/**
 * What a read's answer holds, as numbers comparable across contenders: rows per level (Q1 the
 * deals; Q2 sub-delegations, purchasers, deals; Q3 groups, deals, USD; W2 totalCount and rows).
 */
const COUNTS = {
  Q1: (c, data) => {
    const nodes = c === 'hub' ? data.deals.nodes : c === 'floor' ? data : data.allDeals.nodes;
    return { deals: nodes.length };
  },
  Q2: (c, data) => {
    const subs =
      c === 'hub'
        ? data.delegation.subDelegations.map((s) => s.purchasers.nodes)
        : c === 'floor'
          ? data.map((s) => s.purchasers)
          : data.allSubDelegations.nodes.map((s) => s.purchasers.nodes);
    const purchasers = subs.flat();
    const deals = purchasers.flatMap((p) => (c === 'floor' ? p.deals : p.deals.nodes));
    return { subDelegations: subs.length, purchasers: purchasers.length, deals: deals.length };
  },
  Q3: (c, data) => {
    const groups =
      c === 'hub'
        ? data.dealAggregate.map((g) => [g.count, g.sumUsd])
        : c === 'floor'
          ? data.map((g) => [g.count, g.sumUsd])
          : data.allDealFacts.groupedAggregates.map((g) => [g.sum.one, g.sum.amountUsd]);
    const cents = groups.reduce((a, [, usd]) => a + BigInt(Math.round(Number(usd) * 100)), 0n);
    return {
      groups: groups.length,
      deals: groups.reduce((a, [n]) => a + Number(n), 0),
      usd: (Number(cents) / 100).toFixed(2),
    };
  },
  W2: (c, data) => {
    const list = c === 'hub' || c === 'floor' ? data.deals : data.analysedDeals;
    return { totalCount: list.totalCount, rows: list.nodes.length };
  },
};

/** Deals each role reads in all (Delegation Hub and PostGraphile with RLS alike). */
const everyDeal = {
  hub: (url, auth) => ({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${auth}` },
    body: JSON.stringify({ query: '{ deals(first: 1) { totalCount } }' }),
    count: (data) => data.deals.totalCount,
  }),
  rls: (url, auth) => ({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${auth}` },
    body: JSON.stringify({ query: '{ allDeals { totalCount } }' }),
    count: (data) => data.allDeals.totalCount,
  }),
};

/**
 * Before anything is measured: for every role, each read's answer through PostGraphile with RLS
 * and through the floor holds as many rows (per level) as Delegation Hub's, and the role reads as
 * many deals in all through RLS as through the server. A difference stops the run: the contenders
 * would not be doing the same work.
 */
async function checkSameRows() {
  const checks = {};
  const wrong = [];
  for (const r of roles) {
    const mine = (checks[r.label] = {});
    for (const [kind, counts] of Object.entries(COUNTS)) {
      const w = workloads[kind];
      const row = (mine[kind] = {});
      for (const c of ['hub', 'rls', 'floor']) {
        const request = w[`${c}:${r.label}`];
        if (request) row[c] = counts(c, (await check(`${kind}/${c}:${r.label}`, request)).data);
      }
      for (const c of ['rls', 'floor'])
        if (JSON.stringify(row[c]) !== JSON.stringify(row.hub))
          wrong.push(
            `${kind} as ${r.label}: ${c} ${JSON.stringify(row[c])}, ours ${JSON.stringify(row.hub)}`,
          );
    }
    const all = {};
    for (const [c, url] of [
      ['hub', hub.url],
      ['rls', graphileRls.url],
    ]) {
      const request = everyDeal[c](url, tokens[r.label]);
      all[c] = request.count((await check(`all deals/${c}:${r.label}`, request)).data);
    }
    mine.allDeals = all;
    if (all.hub !== all.rls) wrong.push(`all deals as ${r.label}: rls ${all.rls}, ours ${all.hub}`);
    log(
      `  ${r.label}: ${Object.entries(mine)
        .map(([k, v]) => `${k} ${JSON.stringify(v.hub)}`)
        .join('; ')}`,
    );
  }
  if (wrong.length)
    throw new Error(
      `PostGraphile with RLS or the floor answers other rows than Delegation Hub:\n  ${wrong.join('\n  ')}`,
    );
  return checks;
}
log('checking that every contender answers each role with the same rows…');
const sameRows = await checkSameRows();

// ---------------------------------------------------------------- run
const results = {
  machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
  settings: {
    DURATION,
    WARMUP,
    CONNECTIONS,
    ROUNDS,
    SUBSCRIBERS,
    MIX_DURATION,
    MIX_SUBSCRIBERS,
    baseline: opts.baseline ?? null,
    roles: roles.map((r) => r.label),
  },
  // rows per answer and role, the same through every contender (checkSameRows)
  sameRows,
  workloads: {},
};
const selected = Object.keys(workloads).filter(
  (k) => !opts.only || opts.only.split(',').includes(k),
);
for (const kind of selected) {
  const w = workloads[kind];
  log(`${kind}: ${w.title}`);
  const perContender = {};
  const forbidden = [];
  for (const c of Object.keys(contenders)) {
    if (!w[c]) {
      log(`  ${contenderNames[c]}: no request of this workload, not measured`);
      continue;
    }
    // PostGraphile with RLS and the floor run a workload for a role when Delegation Hub does
    if ((c.startsWith('rls:') || c.startsWith('floor:')) && !perContender[`hub:${roleOf(c)}`]) {
      log(`  ${contenderNames[c]}: sits it out with Delegation Hub as ${roleOf(c)}`);
      continue;
    }
    try {
      await prepare(w[c]);
      await check(`${kind}/${c}`, w[c]);
    } catch (error) {
      // a role that may not run this workload (an analyst recording a deal) sits it out
      if (!c.includes(':') || !/"code":"FORBIDDEN"/.test(String(error.message))) throw error;
      log(`  ${contenderNames[c]}: FORBIDDEN, not measured`);
      if (c.startsWith('hub:')) forbidden.push(roleOf(c));
      continue;
    }
    perContender[c] = {
      reqPerSec: [],
      p50: [],
      p99: [],
      errors: 0,
      rssMb: 0,
    };
  }
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const c of inRoundOrder(Object.keys(perContender), round)) {
      await waitIdle();
      await prepare(w[c]);
      await cannon(w[c], WARMUP);
      await prepare(w[c]);
      let peak = 0;
      const sampler = setInterval(() => (peak = Math.max(peak, rssOf(contenders[c].child))), 250);
      const r = await cannon(w[c], DURATION);
      clearInterval(sampler);
      const m = perContender[c];
      m.reqPerSec.push(r.requests.average);
      m.p50.push(r.latency.p50);
      m.p99.push(r.latency.p99);
      m.errors += r.errors + r.non2xx + r.failed;
      m.rssMb = Math.max(m.rssMb, peak);
      log(
        `  round ${round + 1} ${contenderNames[c].padEnd(40)} ${r.requests.average.toFixed(1).padStart(8)} req/s  p50 ${r.latency.p50} ms  p99 ${r.latency.p99} ms`,
      );
    }
  }
  // after the load: the contenders' connections warm (catalog caches, prepared statements)
  for (const c of Object.keys(perContender)) {
    await prepare(w[c]);
    perContender[c].serial = await serialProbe(`${kind}/${c}`, w[c]);
  }
  // the workloads after a write read the generated data again, not the rows the write left
  // (W2 as the purchaser walked the 100,000 deals Q4 had recorded for it, on every contender)
  if (kind === 'Q4' || kind === 'W1') await cleanup();
  results.workloads[kind] = {
    title: w.title,
    // roles that may not run it (Delegation Hub answered FORBIDDEN)
    forbidden,
    contenders: Object.fromEntries(
      Object.entries(perContender).map(([c, m]) => [
        c,
        {
          reqPerSec: median(m.reqPerSec),
          p50Ms: median(m.p50),
          p99Ms: median(m.p99),
          errors: m.errors,
          statementsPerRequest: m.serial.statements,
          sqlMsPerRequest: m.serial.sqlMs,
          serialP50Ms: m.serial.serialP50Ms,
          peakRssMb: Math.round(m.rssMb),
          rounds: m.reqPerSec,
        },
      ]),
    ),
  };
}

/** Whether the run measures `kind` (`--only`). */
const measures = (kind) => !opts.only || opts.only.split(',').includes(kind);
/** Samples the peak RSS of each of `children` every 250 ms until stopped: MB, in order. */
function rssSampler(children) {
  const peaks = children.map(() => 0);
  const timer = setInterval(
    () => children.forEach((c, i) => (peaks[i] = Math.max(peaks[i], rssOf(c)))),
    250,
  );
  return () => (clearInterval(timer), peaks.map(Math.round));
}
/** A deal of `delegation`'s purchaser written straight into the table: its trigger notifies. */
async function writeDeal(client, { delegation: id, expo, purchaser }, amount = 10) {
  await client.query(
    `insert into deal (delegation_id, expo_id, purchaser_id, goods, amount, currency, usd_rate, amount_usd)
     values ($1, $2, $3, 'S1', $4, 'USD', 1, $4)`,
    [id, expo, purchaser, amount],
  );
}
/** The open-file limits of a process started as startProcess starts them (raised to the hard). */
const fileLimits = () =>
  execFileSync(
    'sh',
    ['-c', 'ulimit -n "$(ulimit -Hn)" 2>/dev/null; echo "$(ulimit -n) $(ulimit -Hn)"'],
    {
      encoding: 'utf8',
    },
  )
    .trim()
    .split(' ')
    .map((n) => (n === 'unlimited' ? Infinity : Number(n)));
const stopProcess = ({ child }) =>
  new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });

// W3, the expo-week mix: reads by four roles, writes and subscribers, at once, for
// --mix-duration seconds, against Delegation Hub (and the baseline), one contender at a time
if (measures('W3')) {
  const mixRoles = DEFAULT_ROLES.map((r) => parseRole(r)).filter((r) => r.role !== 'ADMIN');
  const labelOf = (r) => r.label.replace(/:.*/, '');
  const mixTokens = Object.fromEntries(
    await Promise.all(mixRoles.map(async (r) => [r.label, await roleToken(database.url, r)])),
  );
  // the probes' delegation: one nobody else writes to during the mix, so that the first push
  // its watchers get after a probe's commit is that commit's
  const probe = (
    await admin.query(
      `select d.id as delegation, d.expo_id as expo, p.id as purchaser from delegation d
       join purchaser p on p.delegation_id = d.id
       where d.expo_id = $1 and d.key <> 'QH' order by d.key, p.id limit 1`,
      [expoId],
    )
  ).rows[0];
  const { toGlobalId } = await import(path.join(root, 'dist/server/graphql/relay.js'));
  const targets = [['hub', hub, 'Delegation Hub']];
  if (baseline) targets.push(['baseline', baseline, `Delegation Hub @ ${opts.baseline}`]);
  // the kinds of request and their connections, per target: 2 per read and role, 4 recording
  // deals (the office), 2 approving purchasers (ADMIN)
  const kindsOf = async (url) => {
    const kinds = {};
    for (const r of mixRoles) {
      const mine = await defineWorkloads({
        admin,
        token: mixTokens[r.label],
        urls: { hub: url },
        role: r.label,
      });
      for (const q of ['Q1', 'Q2', 'Q3'])
        kinds[`${q} ${labelOf(r)}`] = { request: mine.workloads[q].hub, connections: 2 };
      if (r.role === 'DELEGATION_OFFICE')
        kinds['Q4 DELEGATION_OFFICE'] = { request: mine.workloads.Q4.hub, connections: 4 };
    }
    const mine = await defineWorkloads({ admin, token, urls: { hub: url } });
    kinds['W1 ADMIN'] = { request: mine.workloads.W1.hub, connections: 2 };
    return kinds;
  };
  const mixes = Object.fromEntries(
    await Promise.all(targets.map(async ([c, server]) => [c, await kindsOf(server.url)])),
  );
  log(
    `W3: the expo-week mix for ${MIX_DURATION} s: ${Object.entries(mixes.hub)
      .map(([k, { connections }]) => `${k} ×${connections}`)
      .join(', ')}; ${MIX_SUBSCRIBERS} subscribers`,
  );
  for (const [c] of targets)
    for (const [k, { request }] of Object.entries(mixes[c])) {
      await prepare(request);
      await check(`W3 ${k}/${c}`, request);
    }
  const subscribers = startSubscribers(log);
  const prober = new pg.Client({ connectionString: database.url });
  await prober.connect();
  const runs = Object.fromEntries(targets.map(([c]) => [c, []]));
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const [c, server, name] of inRoundOrder(targets, round)) {
      await waitIdle();
      const kinds = mixes[c];
      const url = server.url.replace(/^http/, 'ws');
      // half watch QH, where the office's deals land (pushed at every coalesced change), half
      // the probes' delegation
      const half = Math.ceil(MIX_SUBSCRIBERS / 2);
      const opened = await subscribers.open([
        {
          name: 'pushes',
          urls: [url],
          authorization: `Bearer ${token}`,
          query: TOTALS_SUBSCRIPTION,
          variables: { d },
          count: half,
        },
        {
          name: 'probes',
          urls: [url],
          authorization: `Bearer ${token}`,
          query: TOTALS_SUBSCRIPTION,
          variables: { d: toGlobalId('Delegation', probe.delegation) },
          count: MIX_SUBSCRIBERS - half,
        },
      ]);
      const load = async (seconds, measured) => {
        for (const { request } of Object.values(kinds)) await prepare(request);
        const stopRss = measured ? rssSampler([server.child]) : undefined;
        if (measured) subscribers.count();
        let running = true;
        const probes = [];
        let missing = 0;
        const probing = (async () => {
          // a probe deal every 500 ms (after the last was heard by all or 5 s passed)
          while (running && measured) {
            const heard = await subscribers.time('probes', () => writeDeal(prober, probe));
            probes.push(...heard.latencies);
            missing += heard.missing;
            await new Promise((resolve) => setTimeout(resolve, 500));
          }
        })();
        const loads = await Promise.all(
          Object.entries(kinds).map(async ([k, { request, connections }]) => [
            k,
            await cannon(request, seconds, connections),
          ]),
        );
        running = false;
        await probing;
        if (!measured) return undefined;
        const counted = await subscribers.counted();
        return { loads, probes, missing, counted, rssMb: stopRss()[0] };
      };
      await load(WARMUP, false);
      const r = await load(MIX_DURATION, true);
      await subscribers.close();
      r.probes.sort((a, b) => a - b);
      const kindsMeasured = Object.fromEntries(
        r.loads.map(([k, l]) => [
          k,
          {
            connections: kinds[k].connections,
            reqPerSec: l.requests.average,
            p50Ms: l.latency.p50,
            p99Ms: l.latency.p99,
            errors: l.errors + l.non2xx + l.failed,
            ...(l.failure ? { failure: l.failure } : {}),
          },
        ]),
      );
      const open = opened.pushes.open + opened.probes.open;
      const pushes = {
        subscribers: open,
        failed: opened.pushes.failed + opened.probes.failed,
        messagesPerSec: (r.counted.messages.pushes + r.counted.messages.probes) / r.counted.seconds,
        probes: r.probes.length,
        missing: r.missing,
        p50Ms: r.probes.length ? Number(percentile(r.probes, 50).toFixed(1)) : null,
        p99Ms: r.probes.length ? Number(percentile(r.probes, 99).toFixed(1)) : null,
      };
      runs[c].push({ kinds: kindsMeasured, pushes, peakRssMb: r.rssMb });
      log(`  round ${round + 1} ${name}:`);
      for (const [k, m] of Object.entries(kindsMeasured))
        log(
          `    ${k.padEnd(28)} ${m.reqPerSec.toFixed(1).padStart(8)} req/s  p50 ${m.p50Ms} ms  p99 ${m.p99Ms} ms${m.errors ? `  ${m.errors} errors, the first: ${m.failure ?? 'no answer'}` : ''}`,
        );
      log(
        `    pushes to ${open} subscribers: ${pushes.messagesPerSec.toFixed(0)} messages/s; probe commit -> receipt p50 ${pushes.p50Ms} ms, p99 ${pushes.p99Ms} ms (${pushes.probes} receipts${pushes.missing ? `, ${pushes.missing} missing` : ''}); peak RSS ${r.rssMb} MB`,
      );
    }
  }
  await prober.end();
  await subscribers.stop();
  // medians over the rounds, per kind
  const mid = (xs) => median(xs.filter((x) => x != null));
  results.workloads.W3 = {
    title: `the expo-week mix: reads as four roles, writes, ${MIX_SUBSCRIBERS} subscribers, ${MIX_DURATION} s`,
    durationS: MIX_DURATION,
    mix: Object.fromEntries(
      targets.map(([c, , name]) => {
        const rs = runs[c];
        const kinds = Object.fromEntries(
          Object.keys(rs[0].kinds).map((k) => [
            k,
            {
              connections: rs[0].kinds[k].connections,
              reqPerSec: mid(rs.map((x) => x.kinds[k].reqPerSec)),
              p50Ms: mid(rs.map((x) => x.kinds[k].p50Ms)),
              p99Ms: mid(rs.map((x) => x.kinds[k].p99Ms)),
              errors: rs.reduce((a, x) => a + x.kinds[k].errors, 0),
            },
          ]),
        );
        const pushes = {
          subscribers: rs[0].pushes.subscribers,
          failed: rs.reduce((a, x) => a + x.pushes.failed, 0),
          messagesPerSec: mid(rs.map((x) => x.pushes.messagesPerSec)),
          probes: rs.reduce((a, x) => a + x.pushes.probes, 0),
          missing: rs.reduce((a, x) => a + x.pushes.missing, 0),
          p50Ms: mid(rs.map((x) => x.pushes.p50Ms)),
          p99Ms: mid(rs.map((x) => x.pushes.p99Ms)),
        };
        return [
          c,
          { name, kinds, pushes, peakRssMb: Math.max(...rs.map((x) => x.peakRssMb)), rounds: rs },
        ];
      }),
    ),
  };
}

// S1: --subscribers dealTotals subscribers over two Delegation Hub instances and as many over two
// live floors (live-floor.mjs), each contender's client a process of its own, all connected at
// once; deals written to each contender's delegation in turn, the other contender's processes
// stopped (SIGSTOP) meanwhile, so that both meet the machine's other work alike: commit -> receipt
if (measures('S1')) {
  log(`S1: ${SUBSCRIBERS} dealTotals subscribers over two instances, beside the live floor`);
  // the totals over the same deals as in every run: not with the thousands Q4 just wrote
  await cleanup();
  // two instances as fresh as a deployment's: the read contenders stop (the one that served the
  // loads above would bring their heap along), and Delegation Hub B, started idle, gets a twin
  await Promise.all(
    [hub, graphile, graphileRls, floor, ...(baseline ? [baseline] : [])].map(stopProcess),
  );
  // sockets: each client holds all of its contender's, each instance half; a few files more
  const [soft, hard] = fileLimits();
  const limits = { soft, hard, needed: SUBSCRIBERS + 100 };
  if (soft < limits.needed)
    log(
      `  the open-file limit is ${soft} (hard ${hard}), fewer than ${limits.needed}: at most about ${soft - 100} subscribers can be open (raise it with ulimit -n as root)`,
    );
  // the floor watches a delegation of as many deals as QH (the hub's): a write to one contender's
  // delegation is nothing to the other, which is stopped meanwhile and wakes to no pushes to catch up
  const twin = (
    await admin.query(
      `select d.id as delegation, d.expo_id as expo, min(p.id::text)::uuid as purchaser,
         (select count(*) from deal where delegation_id = d.id) as deals
       from delegation d join purchaser p on p.delegation_id = d.id
       where d.expo_id = $1 and d.id <> $2 group by d.id
       order by abs((select count(*) from deal where delegation_id = d.id)
         - (select count(*) from deal where delegation_id = $2)), d.key limit 1`,
      [expoId, delegation],
    )
  ).rows[0];
  const totalsSql = await liveTotalsSql();
  const hubA = await startProcess(
    'Delegation Hub A',
    process.execPath,
    [...HUB_NODE_FLAGS, 'dist/server/main.js'],
    hubEnv(await freePort()),
    /serving GraphQL at (http:\S+)/,
  );
  const floors = await Promise.all(
    ['A', 'B'].map(async (n) =>
      startProcess(
        `live floor ${n}`,
        process.execPath,
        ['bench/live-floor.mjs'],
        {
          DATABASE_URL: database.url,
          PORT: String(await freePort()),
          POOL: '10',
          TOTALS_SQL: totalsSql,
        },
        /live floor ready at (http:\S+)/,
      ),
    ),
  );
  const contenders = {
    hub: {
      name: 'Delegation Hub',
      instances: [hubA, hubB],
      variables: { d },
      authorization: `Bearer ${token}`,
      watched: { delegation, expo: expoId, purchaser: sample.purchaser },
    },
    floor: {
      name: 'bare graphql-ws + LISTEN floor',
      instances: floors,
      variables: { d: twin.delegation },
      authorization: undefined,
      watched: twin,
    },
  };
  const signal = (c, sig) => {
    for (const i of contenders[c].instances) if (i.child.exitCode === null) i.child.kill(sig);
  };
  const stopRss = rssSampler([hubA, hubB, ...floors].map((i) => i.child));
  const measured = {};
  for (const [c, spec] of Object.entries(contenders)) {
    spec.subscribers = startSubscribers(log);
    const started = performance.now();
    const opened = await spec.subscribers.open([
      {
        name: c,
        urls: spec.instances.map((i) => i.url.replace(/^http/, 'ws')),
        authorization: spec.authorization,
        query: TOTALS_SUBSCRIPTION,
        variables: spec.variables,
        count: SUBSCRIBERS,
      },
    ]);
    measured[c] = {
      ...opened[c],
      openSeconds: Number(((performance.now() - started) / 1000).toFixed(1)),
      latencies: [],
      // the slowest receipt of each write: whether the tail is every write's or a few writes'
      writeMaxMs: [],
      missing: 0,
    };
    log(
      `  ${spec.name}: ${opened[c].open} subscribers open${opened[c].failed ? ` (${opened[c].failed} failed)` : ''} in ${measured[c].openSeconds} s`,
    );
  }
  const writer = new pg.Client({ connectionString: database.url });
  await writer.connect();
  const WRITES = 20 * ROUNDS;
  try {
    for (let k = 0; k < WRITES; k += 1) {
      // each contender in turn, which one first alternating
      for (const c of k % 2 ? ['floor', 'hub'] : ['hub', 'floor']) {
        const other = c === 'hub' ? 'floor' : 'hub';
        signal(c, 'SIGCONT');
        signal(other, 'SIGSTOP');
        // the woken one's timers (the hub's re-checks of its viewers) run first
        await new Promise((resolve) => setTimeout(resolve, 1000));
        const heard = await contenders[c].subscribers.time(c, () =>
          writeDeal(writer, contenders[c].watched),
        );
        measured[c].latencies.push(...heard.latencies);
        measured[c].writeMaxMs.push(Math.round(Math.max(...heard.latencies)));
        measured[c].missing += heard.missing;
        if (heard.missing)
          log(`  ${contenders[c].name}, write ${k}: ${heard.missing} did not hear within 5 s`);
      }
    }
  } finally {
    signal('hub', 'SIGCONT');
    signal('floor', 'SIGCONT');
  }
  const rss = stopRss();
  await writer.end();
  for (const spec of Object.values(contenders)) {
    await spec.subscribers.close();
    await spec.subscribers.stop();
  }
  await Promise.all(floors.map(stopProcess));
  const summary = (c, peaks) => {
    const { latencies, ...m } = measured[c];
    latencies.sort((a, b) => a - b);
    return {
      ...m,
      writes: WRITES,
      messages: latencies.length,
      p50Ms: Number(percentile(latencies, 50).toFixed(1)),
      p99Ms: Number(percentile(latencies, 99).toFixed(1)),
      maxMs: Number(latencies.at(-1).toFixed(1)),
      peakRssMbPerInstance: peaks,
    };
  };
  const ours = summary('hub', rss.slice(0, 2));
  const bare = summary('floor', rss.slice(2));
  results.workloads.S1 = {
    title: `${SUBSCRIBERS} dealTotals subscribers on two instances; commit -> receipt`,
    subscribers: SUBSCRIBERS,
    limits,
    ...ours,
    floor: bare,
    p99OverFloor: Number((ours.p99Ms / bare.p99Ms).toFixed(2)),
  };
  for (const [name, m] of [
    ['Delegation Hub', ours],
    ['floor', bare],
  ])
    log(
      `  ${name.padEnd(16)} commit -> receipt p50 ${m.p50Ms} ms, p99 ${m.p99Ms} ms, max ${m.maxMs} ms (${m.messages} messages, ${m.missing} missing); peak RSS ${m.peakRssMbPerInstance.join(' + ')} MB; each write's slowest: ${m.writeMaxMs.join(' ')} ms`,
    );
  log(`  p99 Delegation Hub / floor: ${results.workloads.S1.p99OverFloor}×`);
}

// ---------------------------------------------------------------- report
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
await mkdir(path.join(benchDir, 'results'), { recursive: true });
await writeFile(path.join(benchDir, 'results', `${stamp}.json`), JSON.stringify(results, null, 2));
const lines = [
  `# Benchmark ${new Date().toISOString()}`,
  '',
  `${results.machine.cpus} cores, Node ${results.machine.node}; ${CONNECTIONS} connections, ${ROUNDS} interleaved rounds of ${DURATION} s (after ${WARMUP} s warm-up), contenders in reverse order every other round; medians.`,
  '',
  '| workload | contender | req/s | p50 ms | p99 ms | serial p50 ms | SQL stmts/req | SQL ms/req | peak RSS MB | errors |',
  '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
];
for (const [kind, w] of Object.entries(results.workloads)) {
  if (!w.contenders) continue;
  for (const [c, m] of Object.entries(w.contenders)) {
    lines.push(
      `| ${kind} | ${contenderNames[c]} | ${m.reqPerSec.toFixed(1)} | ${m.p50Ms} | ${m.p99Ms} | ${m.serialP50Ms.toFixed(1)} | ${m.statementsPerRequest.toFixed(1)} | ${m.sqlMsPerRequest.toFixed(2)} | ${m.peakRssMb} | ${m.errors} |`,
    );
  }
}
// "∞": the other finished no request within the load's seconds
const ratio = (a, b) =>
  !a || !b ? '–' : b.reqPerSec === 0 ? '∞' : `${(a.reqPerSec / b.reqPerSec).toFixed(2)}×`;
lines.push(
  '',
  'Throughput ratios: Delegation Hub as each role over PostGraphile without rules, over PostGraphile with the same rules as RLS (as that role), and over the floor with the same scope.',
  '',
  `| workload | role | ours / PostGraphile | ours / PostGraphile + RLS | ours / floor |${baseline ? ` ours / ours @ ${opts.baseline} |` : ''}`,
  `| --- | --- | ---: | ---: | ---: |${baseline ? ' ---: |' : ''}`,
);
for (const [kind, w] of Object.entries(results.workloads)) {
  if (!w.contenders) continue;
  for (const r of roles) {
    const ours = w.contenders[`hub:${r.label}`];
    if (!ours) continue;
    const at = (c) => w.contenders[`${c}:${r.label}`];
    const before = baseline ? ` ${ratio(ours, at('baseline'))} |` : '';
    lines.push(
      `| ${kind} | ${r.label} | ${ratio(ours, w.contenders.graphile)} | ${ratio(ours, at('rls'))} | ${ratio(ours, at('floor'))} |${before}`,
    );
  }
}
// the same, one row per workload and one column per role (README, Benchmarks)
lines.push(
  '',
  'Per role: ours / PostGraphile · ours / PostGraphile + RLS · ours / floor ("may not": the role may not run it; "–": not measured; "∞": the other finished no request within the load).',
  '',
  `| workload | ${roles.map((r) => r.label).join(' | ')} |`,
  `| --- |${roles.map(() => ' ---: |').join('')}`,
);
for (const [kind, w] of Object.entries(results.workloads)) {
  if (!w.contenders) continue;
  const cells = roles.map((r) => {
    const ours = w.contenders[`hub:${r.label}`];
    if (!ours) return w.forbidden?.includes(r.label) ? 'may not' : '–';
    const at = (c) => w.contenders[`${c}:${r.label}`];
    return `${ratio(ours, w.contenders.graphile)} · ${ratio(ours, at('rls'))} · ${ratio(ours, at('floor'))}`;
  });
  lines.push(`| ${kind} | ${cells.join(' | ')} |`);
}
if (results.workloads.W3) {
  const w = results.workloads.W3;
  const targets = Object.keys(w.mix);
  const [ours, before] = targets.map((c) => w.mix[c]);
  lines.push(
    '',
    `## W3: the expo-week mix (${w.durationS} s, ${ROUNDS} round${ROUNDS > 1 ? 's' : ''}; medians)`,
    '',
    `Every kind at once against one instance, each over its own connections; pushes: ${ours.pushes.subscribers} dealTotals subscribers (half of QH, where the office's deals land, half of a delegation a probe writes a deal to every 500 ms: commit -> receipt). Peak RSS ${targets.map((c) => `${w.mix[c].name} ${w.mix[c].peakRssMb} MB`).join(', ')}.`,
    '',
    `| kind | connections | ${targets.map((c) => `${w.mix[c].name}: req/s | p99 ms | errors`).join(' | ')} |${before ? ' req/s over the baseline |' : ''}`,
    `| --- | ---: |${targets.map(() => ' ---: | ---: | ---: |').join('')}${before ? ' ---: |' : ''}`,
  );
  for (const [k, m] of Object.entries(ours.kinds)) {
    const cells = targets.map((c) => {
      const x = w.mix[c].kinds[k];
      return x ? `${x.reqPerSec.toFixed(1)} | ${x.p99Ms} | ${x.errors}` : '– | – | –';
    });
    const vs = before ? ` ${ratio(m, before.kinds[k])} |` : '';
    lines.push(`| ${k} | ${m.connections} | ${cells.join(' | ')} |${vs}`);
  }
  const pushCells = targets.map((c) => {
    const p = w.mix[c].pushes;
    return `${p.messagesPerSec.toFixed(0)} msg/s | ${p.p99Ms} (p50 ${p.p50Ms}) | ${p.missing}`;
  });
  lines.push(
    `| pushes (probe commit -> receipt) | ${ours.pushes.subscribers} sockets | ${pushCells.join(' | ')} |${before ? ' |' : ''}`,
  );
}
if (results.workloads.S1) {
  const s = results.workloads.S1;
  const f = s.floor;
  lines.push(
    '',
    `## S1: ${s.subscribers} dealTotals subscribers over two instances`,
    '',
    `Each contender's client in its own process, half the sockets on each instance, both contenders connected at once; ${s.writes} deals written to each contender's delegation in turn, the other one's processes stopped meanwhile; commit -> receipt over every message. Open files per process: ${s.limits.soft} (hard ${s.limits.hard}), ${s.limits.needed} needed.`,
    '',
    "| contender | sockets open | opened in s | messages | missing | p50 ms | p99 ms | max ms | a write's slowest receipt, median ms | peak RSS MB per instance |",
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const [name, m] of [
    ['Delegation Hub', s],
    ['bare graphql-ws + LISTEN floor', f],
  ])
    lines.push(
      `| ${name} | ${m.open}${m.failed ? ` (${m.failed} failed)` : ''} | ${m.openSeconds} | ${m.messages} | ${m.missing} | ${m.p50Ms} | ${m.p99Ms} | ${m.maxMs} | ${median(m.writeMaxMs)} | ${m.peakRssMbPerInstance.join(', ')} |`,
    );
  lines.push(
    '',
    `S1: p99 Delegation Hub / floor ${s.p99OverFloor}× (goal at most 1.25×); peak RSS ${Math.max(...s.peakRssMbPerInstance)} MB per instance (goal at most 300).`,
  );
}
const markdown = `${lines.join('\n')}\n`;
await writeFile(path.join(benchDir, 'results', `${stamp}.md`), markdown);
await writeFile(path.join(benchDir, 'results', 'latest.md'), markdown);
process.stdout.write(markdown);

for (const child of processes) child.kill('SIGTERM');
removeBaseline();
await cleanup();
await admin.end();
await new Promise((resolve) => setTimeout(resolve, 1000));
await database.stop();
process.exit(0);
