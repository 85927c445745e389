// npm run bench -- --replica: read throughput of Delegation Hub with and without a streaming
// replica, in one run, on the bench data. Two instances of the same build: one reads the primary
// only, the other has DATABASE_REPLICA_URLS naming a hot standby of the bench cluster (made with
// the low-level backup API, server/src/db/standby.ts). Q1–Q3 (reads) are served as the roles
// given (default: an expo-wide analyst), the two interleaved in rounds; medians are reported,
// with the share of the read path the replica answered (its /metrics).
import { spawn } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(benchDir, '..');
const require = createRequire(path.join(benchDir, 'package.json'));
const dist = (p) => path.join(root, 'dist/server', p);
const SLOT = 'dh_bench_standby';
const READS = ['Q1', 'Q2', 'Q3'];

/** `opts`: parseArgs values of run.mjs (duration, warmup, connections, rounds, only); `roles`. */
export async function benchReplicas(opts, roles, log) {
  const { roleToken, hubEnv, HUB_NODE_FLAGS, installBenchPackages } = await import('./hub.mjs');
  installBenchPackages(log);
  const { setupDatabase } = await import('./setup.mjs');
  const { defineWorkloads } = await import('./workloads.mjs');
  const { startEmbeddedPostgres, freePort } = await import(dist('db/embedded.js'));
  const { createStandby } = await import(dist('db/standby.js'));
  const autocannon = require('autocannon');
  if (process.env.BENCH_DATABASE_URL) {
    throw new Error(
      '--replica makes a standby of the embedded bench cluster: unset BENCH_DATABASE_URL',
    );
  }
  const duration = Number(opts.duration);
  const warmup = Number(opts.warmup);
  const connections = Number(opts.connections);
  const rounds = Number(opts.rounds);
  const kinds = READS.filter((k) => !opts.only || opts.only.split(',').includes(k));

  const database = await setupDatabase(log);
  const primaryDir = path.resolve(root, process.env.BENCH_DATA_DIR || '.data/bench-postgres');
  const standbyDir = `${primaryDir}-standby`;
  const primaryAdmin = new URL(database.url);
  primaryAdmin.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: database.url });
  await admin.connect();
  const processes = [];
  let standby;
  const cleanUp = async () => {
    for (const child of processes) child.kill('SIGTERM');
    await Promise.all(
      processes.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : null)),
    );
    await standby?.stop();
    // the slot would keep the primary's WAL forever once its standby is gone
    await admin
      .query(
        'select pg_drop_replication_slot(slot_name) from pg_replication_slots where slot_name = $1',
        [SLOT],
      )
      .catch(() => undefined);
    await admin.end().catch(() => undefined);
    await rm(standbyDir, { recursive: true, force: true });
    await database.stop();
  };
  try {
    // a standby left by an interrupted run goes first, with its slot
    await rm(standbyDir, { recursive: true, force: true });
    await admin.query(
      'select pg_drop_replication_slot(slot_name) from pg_replication_slots where slot_name = $1',
      [SLOT],
    );
    log(`making a standby of ${primaryDir} (base backup)…`);
    const copyStarted = Date.now();
    await createStandby({
      primaryDir,
      primaryAdminUrl: primaryAdmin.toString(),
      standbyDir,
      slot: SLOT,
    });
    standby = await startEmbeddedPostgres({
      dir: standbyDir,
      persistent: false,
      port: await freePort(),
    });
    const standbyUrl = new URL(database.url);
    standbyUrl.port = String(standby.port);
    await caughtUp(admin, standbyUrl.toString());
    log(
      `standby on port ${standby.port}, caught up, in ${((Date.now() - copyStarted) / 1000).toFixed(1)} s`,
    );

    const start = (name, env) =>
      new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [...HUB_NODE_FLAGS, dist('main.js')], {
          cwd: root,
          env: { ...process.env, ...env },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        processes.push(child);
        let output = '';
        const onData = (chunk) => {
          output += chunk;
          const match = /serving GraphQL at (http:\S+)/.exec(output);
          if (match) resolve({ name, url: match[1] });
        };
        child.stdout.on('data', onData);
        child.stderr.on('data', onData);
        child.on('exit', (code) => reject(new Error(`${name} exited (${code}):\n${output}`)));
      });
    const [primaryOnly, withReplica] = await Promise.all([
      start('primary only', hubEnv(database.url, await freePort())),
      start('with a replica', {
        ...hubEnv(database.url, await freePort()),
        DATABASE_REPLICA_URLS: standbyUrl.toString(),
        METRICS: 'true',
      }),
    ]);
    const contenders = [primaryOnly, withReplica];

    const results = [];
    for (const role of roles) {
      const token = await roleToken(database.url, role);
      const workloads = {};
      for (const c of contenders) {
        workloads[c.name] = (
          await defineWorkloads({ admin, token, urls: { hub: c.url }, role: role.label })
        ).workloads;
      }
      for (const kind of kinds) {
        // the same answer from both (the standby caught up: nothing writes meanwhile)
        const answers = [];
        for (const c of contenders) {
          const r = workloads[c.name][kind].hub;
          const response = await fetch(r.url, {
            method: r.method,
            headers: r.headers,
            body: r.body,
          });
          const body = await response.text();
          if (response.status !== 200 || /"errors"\s*:/.test(body)) {
            throw new Error(
              `${kind} as ${role.label} on ${c.name}: ${response.status} ${body.slice(0, 300)}`,
            );
          }
          answers.push(body);
        }
        if (answers[0] !== answers[1]) {
          throw new Error(
            `${kind} as ${role.label}: the replica's answer differs from the primary's`,
          );
        }
        const runs = Object.fromEntries(contenders.map((c) => [c.name, []]));
        for (let round = 0; round < rounds; round += 1) {
          const order = round % 2 ? [...contenders].reverse() : contenders;
          for (const c of order) {
            const r = workloads[c.name][kind].hub;
            if (warmup > 0) await cannon(autocannon, r, warmup, connections);
            const result = await cannon(autocannon, r, duration, connections);
            if (result.non2xx || result.errors) {
              throw new Error(
                `${kind} on ${c.name}: ${result.non2xx} non-2xx, ${result.errors} errors`,
              );
            }
            runs[c.name].push({
              rps: result.requests.average,
              p50: result.latency.p50,
              p99: result.latency.p99,
            });
            log(
              `${kind} as ${role.label}, ${c.name}, round ${round + 1}: ${result.requests.average} req/s`,
            );
          }
        }
        results.push({
          kind,
          role: role.label,
          ...Object.fromEntries(
            contenders.map((c) => [
              c.name,
              {
                rps: median(runs[c.name].map((x) => x.rps)),
                p50: median(runs[c.name].map((x) => x.p50)),
                p99: median(runs[c.name].map((x) => x.p99)),
              },
            ]),
          ),
        });
      }
    }
    const reads = await readsOf(withReplica.url);
    const report = render(results, reads, { duration, warmup, connections, rounds });
    process.stdout.write(`${report}\n`);
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    await mkdir(path.join(benchDir, 'results'), { recursive: true });
    await writeFile(path.join(benchDir, `results/replica-${stamp}.md`), `${report}\n`);
    await writeFile(
      path.join(benchDir, `results/replica-${stamp}.json`),
      `${JSON.stringify({ results, reads, settings: { duration, warmup, connections, rounds } }, null, 2)}\n`,
    );
  } finally {
    await cleanUp();
  }
}

async function caughtUp(admin, standbyUrl) {
  const { rows } = await admin.query('select pg_current_wal_insert_lsn()::text as lsn');
  const standby = new pg.Client({ connectionString: standbyUrl });
  await standby.connect();
  try {
    for (const deadline = Date.now() + 600_000; ;) {
      const done = await standby.query('select pg_last_wal_replay_lsn() >= $1::pg_lsn as done', [
        rows[0].lsn,
      ]);
      if (done.rows[0].done) return;
      if (Date.now() > deadline) throw new Error('the standby did not catch up in 10 minutes');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  } finally {
    await standby.end();
  }
}

function cannon(autocannon, request, duration, connections) {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: request.url,
        method: request.method,
        headers: request.headers,
        body: request.body,
        connections,
        duration,
        pipelining: 1,
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** The read path's statements of the instance with a replica, by the server that answered. */
async function readsOf(url) {
  const text = await (await fetch(new URL('/metrics', url))).text();
  const reads = {};
  for (const line of text.split('\n')) {
    const match = /^db_reads_total\{target="([^"]+)"\} (\d+)/.exec(line);
    if (match) reads[match[1]] = Number(match[2]);
  }
  return reads;
}

function render(results, reads, settings) {
  const lines = [
    '# Read throughput with and without a streaming replica',
    '',
    `${settings.rounds} rounds of ${settings.duration} s (after ${settings.warmup} s of warm-up) per workload and instance, ${settings.connections} connections; medians. Primary and standby on this machine.`,
    '',
    '| workload | role | primary only req/s | with a replica req/s | ratio | p50 ms (primary / replica) | p99 ms (primary / replica) |',
    '| --- | --- | ---: | ---: | ---: | --- | --- |',
  ];
  for (const r of results) {
    const a = r['primary only'];
    const b = r['with a replica'];
    lines.push(
      `| ${r.kind} | ${r.role} | ${a.rps.toFixed(0)} | ${b.rps.toFixed(0)} | ${(b.rps / a.rps).toFixed(2)} | ${a.p50} / ${b.p50} | ${a.p99} / ${b.p99} |`,
    );
  }
  const total = Object.values(reads).reduce((s, n) => s + n, 0);
  const onReplica = total - (reads.primary ?? 0);
  lines.push(
    '',
    `Read-path statements of the instance with a replica: ${onReplica} of ${total} on the replica (${total ? ((100 * onReplica) / total).toFixed(1) : 0} %).`,
  );
  return lines.join('\n');
}
