// npm run bench:webhooks: webhook delivery latency, commit -> receipt. Not a test: figures.
//
// An embedded PostgreSQL of its own (a temporary directory), the built server (dist/) started as
// 1 and then 2 processes on one database, a webhook receiver on loopback (this process), and
// writers committing outbox events at a steady rate (each event written in a transaction of its
// own, as a change writes it). For every event: the time from its COMMIT returning to the
// receiver getting its POST (signature checked). Reports p50/p95/p99/max, duplicates and
// throughput to bench/results/webhooks-<time>.md (and .json).
import { spawn } from 'node:child_process';
import { createHmac, randomUUID } from 'node:crypto';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(benchDir, '..');
const { values: opts } = parseArgs({
  options: {
    events: { type: 'string', default: '2000' },
    // events committed per second, spread over the writers
    rate: { type: 'string', default: '200' },
    writers: { type: 'string', default: '4' },
    // events sent (and awaited) before measuring: the processes warm up (JIT, pools, sockets)
    warmup: { type: 'string', default: '200' },
    instances: { type: 'string', default: '1,2' },
  },
});
const EVENTS = Number(opts.events);
const RATE = Number(opts.rate);
const WRITERS = Number(opts.writers);
const WARMUP = Number(opts.warmup);
const INSTANCES = opts.instances.split(',').map(Number);
const log = (m) => process.stderr.write(`${m}\n`);
const JWT_SECRET = randomUUID() + randomUUID();

const { startEmbeddedPostgres, freePort } = await import(
  path.join(root, 'dist/server/db/embedded.js')
);
const dir = await mkdtemp(path.join(os.tmpdir(), 'dh-bench-webhooks-'));
// initdb may run as another user (when we are root): it must reach its directory
await chmod(dir, 0o755);
const database = await startEmbeddedPostgres({
  dir: path.join(dir, 'pg'),
  persistent: false,
  port: await freePort(),
});
const url = database.adminUrl.replace(/\/postgres$/, '/bench_webhooks');

/** A server process on the database; resolves once it serves. */
function serve(extraEnv = {}) {
  const child = spawn(process.execPath, [path.join(root, 'dist/server/main.js')], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: url,
      DATA_DIR: dir,
      JWT_SECRET,
      LOG_LEVEL: 'warn',
      METRICS: 'false',
      REMINDER_INTERVAL_MS: '0',
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr.on('data', (c) => (output += c));
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (c) => {
      output += c;
      const m = /serving GraphQL at (http:\/\/\S+)/.exec(output);
      if (m) resolve({ child, url: m[1] });
    });
    child.once('exit', (code) => reject(new Error(`server exited ${code}:\n${output}`)));
  });
}

const stop = (server) =>
  new Promise((resolve) => {
    server.child.once('exit', resolve);
    server.child.kill('SIGTERM');
  });

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

// migrate and seed once
log('migrating and seeding…');
await stop(await serve({ SEED: 'true' }));
const pool = new pg.Pool({ connectionString: url, max: WRITERS + 2 });
// the database stops at the end: idle connections it ends are no error of ours
pool.on('error', () => undefined);
const { rows: d } = await pool.query(`select id from delegation where key = 'QH' limit 1`);
const delegationId = d[0].id;

async function scenario(instances) {
  // a webhook of its own, registered as the office registers it (the secret as returned)
  const secret = `whsec_${randomUUID().replaceAll('-', '')}`;
  const received = new Map();
  let duplicates = 0;
  let badSignatures = 0;
  const receiver = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const at = performance.now();
      const raw = Buffer.concat(chunks).toString('utf8');
      const ts = req.headers['x-delegationhub-timestamp'];
      const sig = createHmac('sha256', secret).update(`${ts}.${raw}`).digest('hex');
      if (req.headers['x-delegationhub-signature'] !== `sha256=${sig}`) badSignatures += 1;
      const { subject } = JSON.parse(raw);
      if (received.has(subject)) duplicates += 1;
      else received.set(subject, at);
      res.writeHead(204).end();
    });
  });
  await new Promise((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const hookUrl = `http://127.0.0.1:${receiver.address().port}/hook`;
  await pool.query(`update webhook set enabled = false`);
  await pool.query(
    `insert into webhook (delegation_id, url, secret, created_by) values ($1, $2, $3, 'bench')`,
    [delegationId, hookUrl, secret],
  );
  const servers = [];
  for (let i = 0; i < instances; i += 1) servers.push(await serve());
  await new Promise((resolve) => setTimeout(resolve, 500));

  const clients = await Promise.all(Array.from({ length: WRITERS }, () => pool.connect()));
  for (let i = 0; i < WARMUP; i += 1) {
    await clients[i % WRITERS].query(
      `insert into notification_event (delegation_id, kind, subject, audience, payload, idempotency_key)
       values ($1, 'CIRCULAR', $2, 'DELEGATION', '{}', $3)`,
      [delegationId, `warmup:${instances}:${i}`, `warmup:${instances}:${i}:${randomUUID()}`],
    );
  }
  while (received.size < WARMUP) await new Promise((resolve) => setTimeout(resolve, 20));
  received.clear();
  duplicates = 0;
  const committed = new Map();
  const started = performance.now();
  const interval = 1000 / RATE;
  await Promise.all(
    clients.map(async (client, w) => {
      for (let i = w; i < EVENTS; i += WRITERS) {
        const due = started + i * interval;
        const wait = due - performance.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        const subject = `bench:${instances}:${i}`;
        await client.query('begin');
        await client.query(
          `insert into notification_event (delegation_id, kind, subject, audience, payload, idempotency_key)
           values ($1, 'CIRCULAR', $2, 'DELEGATION', $3, $4)`,
          [delegationId, subject, JSON.stringify({ i }), `bench:${instances}:${i}:${randomUUID()}`],
        );
        await client.query('commit');
        committed.set(subject, performance.now());
      }
    }),
  );
  const writtenIn = performance.now() - started;
  for (const c of clients) c.release();
  const deadline = performance.now() + 120_000;
  while (received.size < EVENTS && performance.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 50));
  const drainedIn = performance.now() - started;
  const latencies = [...committed]
    .map(([subject, at]) => (received.has(subject) ? received.get(subject) - at : undefined))
    .filter((v) => v !== undefined)
    .sort((a, b) => a - b);
  for (const s of servers) await stop(s);
  await new Promise((resolve) => receiver.close(resolve));
  const ms = (v) => Math.round(v * 10) / 10;
  return {
    instances,
    events: EVENTS,
    received: received.size,
    duplicates,
    badSignatures,
    rate: RATE,
    writtenInMs: Math.round(writtenIn),
    drainedInMs: Math.round(drainedIn),
    p50: ms(percentile(latencies, 50)),
    p95: ms(percentile(latencies, 95)),
    p99: ms(percentile(latencies, 99)),
    max: ms(latencies.at(-1)),
    // the machine's load while it ran (other work shares it)
    load: Math.round(os.loadavg()[0] * 10) / 10,
  };
}

const results = [];
try {
  for (const n of INSTANCES) {
    log(`${n} instance(s): ${EVENTS} events at ${RATE}/s…`);
    const r = await scenario(n);
    log(JSON.stringify(r));
    results.push(r);
  }
} finally {
  await pool.end();
  await database.stop();
  await rm(dir, { recursive: true, force: true });
}

const time = new Date().toISOString().replace(/[:.]/g, '-');
const lines = [
  `# Webhook delivery latency (commit → receipt), ${new Date().toISOString()}`,
  '',
  `${EVENTS} outbox events per run, committed at ${RATE}/s by ${WRITERS} writers (one transaction each), ` +
    `one webhook on loopback answering 204, signature checked on every POST, after ${WARMUP} warm-up events (not counted). Server: dist/ build, ` +
    `default delivery settings (NOTIFY wake-up, ${'WEBHOOK_POLL_MS'} 2000 as the safety net). ` +
    `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}.`,
  '',
  '| instances | received | duplicates | bad signatures | p50 ms | p95 ms | p99 ms | max ms | written in ms | all received in ms | load (1 min) |',
  '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...results.map(
    (r) =>
      `| ${r.instances} | ${r.received}/${r.events} | ${r.duplicates} | ${r.badSignatures} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.max} | ${r.writtenInMs} | ${r.drainedInMs} | ${r.load} |`,
  ),
  '',
];
await mkdir(path.join(benchDir, 'results'), { recursive: true });
await writeFile(path.join(benchDir, 'results', `webhooks-${time}.md`), lines.join('\n'));
await writeFile(
  path.join(benchDir, 'results', `webhooks-${time}.json`),
  JSON.stringify(results, null, 2),
);
process.stdout.write(lines.join('\n'));
