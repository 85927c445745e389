// npm run bench:profile -- --only Q1: one workload against Delegation Hub alone, with the V8 CPU
// profiler on; prints where the server's time went (self time by function and by package) and
// leaves the .cpuprofile in bench/results/profiles/ for Chrome DevTools.
import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(benchDir, '..');
const require = createRequire(path.join(benchDir, 'package.json'));
const { values: opts } = parseArgs({
  options: {
    only: { type: 'string', default: 'Q1' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '32' },
    top: { type: 'string', default: '40' },
    // the role the workload is run as: --role ROLE [--scope KEY] or --role ROLE:SCOPE (as npm
    // run bench takes one)
    role: { type: 'string', default: 'ADMIN' },
    scope: { type: 'string' },
  },
});
const log = (m) => process.stderr.write(`${m}\n`);
const { roleToken, parseRole, nameBenchPurchaser, hubEnv, HUB_NODE_FLAGS, installBenchPackages } =
  await import('./hub.mjs');
installBenchPackages(log);
const { setupDatabase } = await import('./setup.mjs');
const { defineWorkloads, restoreApprovalPool } = await import('./workloads.mjs');
const autocannon = require('autocannon');

const database = await setupDatabase(log);
const { freePort } = await import(path.join(root, 'dist/server/db/embedded.js'));
const role = parseRole(opts.role, opts.scope);
const pool = new pg.Pool({ connectionString: database.url, max: 2 });
// the PURCHASER role's purchaser has its scope key before a token is made for it
await nameBenchPurchaser(pool);
const token = await roleToken(database.url, role, 1);
const port = await freePort();
const profileDir = path.join(benchDir, 'results/profiles');
await rm(profileDir, { recursive: true, force: true });
await mkdir(profileDir, { recursive: true });
const child = spawn(
  process.execPath,
  [...HUB_NODE_FLAGS, '--cpu-prof', `--cpu-prof-dir=${profileDir}`, 'dist/server/main.js'],
  {
    cwd: root,
    env: { ...process.env, ...hubEnv(database.url, port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  },
);
const url = await new Promise((resolve) => {
  let out = '';
  child.stdout.on('data', (c) => {
    out += c;
    const m = /serving GraphQL at (http:\S+)/.exec(out);
    if (m) resolve(m[1]);
  });
});
const { workloads } = await defineWorkloads({
  admin: pool,
  token,
  urls: { hub: url },
  role: role.label,
});
for (const kind of opts.only.split(',')) {
  const make = workloads[kind].hub;
  // W1: its pool of purchasers REGISTERED again
  await make?.prepare?.();
  const first = typeof make === 'function' ? make() : make;
  const check = await fetch(first.url, first);
  const body = await check.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  const result = await autocannon({
    ...first,
    connections: Number(opts.connections),
    duration: Number(opts.duration),
    ...(typeof make === 'function'
      ? { requests: [{ setupRequest: (r) => ({ ...r, ...make() }) }] }
      : {}),
  });
  log(`${kind}: ${result.requests.average.toFixed(1)} req/s, p50 ${result.latency.p50} ms`);
}
child.kill('SIGTERM');
await new Promise((r) => child.on('exit', r));
await restoreApprovalPool(pool);
await pool.end();
await database.stop();

const file = (await readdir(profileDir)).find((f) => f.endsWith('.cpuprofile'));
const profile = JSON.parse(await readFile(path.join(profileDir, file), 'utf8'));
const dt = new Map();
for (let i = 0; i < profile.samples.length; i += 1) {
  dt.set(profile.samples[i], (dt.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i] ?? 0));
}
const byFn = new Map();
const byPkg = new Map();
let total = 0;
for (const node of profile.nodes) {
  const t = dt.get(node.id) ?? 0;
  total += t;
  const { functionName, url: u, lineNumber } = node.callFrame;
  const short = u.replace(/^file:\/\//, '').replace(root + '/', '');
  const fn = `${functionName || '(anon)'} ${short}:${lineNumber + 1}`;
  byFn.set(fn, (byFn.get(fn) ?? 0) + t);
  const pkg =
    /node_modules\/((@[^/]+\/)?[^/]+)/.exec(short)?.[1] ??
    (short.startsWith('dist/')
      ? 'ours'
      : short.startsWith('node:')
        ? 'node'
        : functionName.startsWith('(')
          ? functionName
          : 'other');
  byPkg.set(pkg, (byPkg.get(pkg) ?? 0) + t);
}
const show = (m, n) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`)
    .join('\n');
process.stdout.write(
  `\nby package\n${show(byPkg, 25)}\n\nby function (self)\n${show(byFn, Number(opts.top))}\n\nprofile: ${path.join(profileDir, file)}\n`,
);
process.exit(0);
