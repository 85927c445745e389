// npm run bench:explain: the plans PostgreSQL gives Delegation Hub's read statements, per role,
// on the benchmark's data. For each role (`--role ROLE [--scope KEY]`, repeated; the bench's
// five by default) and read workload (`--only Q1,Q2,Q3,W2`), the server runs the workload's
// query once in this process and every statement it sends is captured; each is then prepared
// and run as the named statement the server keeps it as, with the plan a named statement settles
// on after five runs (`plan_cache_mode = force_generic_plan`), how many of ten executions as the
// server runs them PostgreSQL planned anew (5: the generic plan kept), its median execution time over
// `--runs N` runs (3; node timing off) and its `EXPLAIN (ANALYZE, BUFFERS)`, once without the
// tenant keys' functional-dependency statistics (migration 20261206130001, dropped for the run)
// and once with them (`--statistics with`: only with them, as migrated); with `--analyses N`, the
// count of executions planned anew after each of N ANALYZEs (each draws a new sample, and a
// statement whose generic plan costs about what its custom plans do can go either way). Written
// to bench/results/<time>-explain.md.
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(benchDir, '..');
const dist = (p) => path.join(root, 'dist/server', p);
const require = createRequire(path.join(root, 'package.json'));
const { prepareValue } = require('pg/lib/utils.js');
const { values: opts, tokens } = parseArgs({
  tokens: true,
  options: {
    only: { type: 'string', default: 'Q1,Q2,Q3,W2' },
    // runs of each statement: the median execution time is reported, the last run's plan shown
    runs: { type: 'string', default: '3' },
    // `with`: only with the tenant keys' statistics (as migrated), not also without them
    statistics: { type: 'string', default: 'both' },
    // ANALYZEs after each of which the custom plans are counted again (with the statistics)
    analyses: { type: 'string', default: '1' },
    role: { type: 'string', multiple: true },
    scope: { type: 'string', multiple: true },
  },
});
const log = (m) => process.stderr.write(`${m}\n`);
const RUNS = Math.max(1, Number(opts.runs));
const SETTINGS = opts.statistics === 'with' ? [true] : [false, true];
const ANALYSES = Math.max(1, Number(opts.analyses));

const { roleToken, rolesOf, scopeOf, hubEnv, installBenchPackages } = await import('./hub.mjs');
installBenchPackages(log);
const { setupDatabase } = await import('./setup.mjs');
const { defineWorkloads } = await import('./workloads.mjs');
const roles = rolesOf(tokens);
const database = await setupDatabase(log);
const admin = new pg.Client({ connectionString: database.url });
await admin.connect();

// the server as the bench runs it, in this process, its statements captured
const { freePort } = await import(dist('db/embedded.js'));
Object.assign(process.env, hubEnv(database.url, await freePort()));
const { start } = await import(dist('index.js'));
const { compile } = await import(dist('db/sql.js'));
const { TENANT_KEYS, tenantStatistics } = await import(
  dist('db/migrations/Migration20261206130001_tenant_statistics.js')
);
const server = await start();
let captured = null;
const read = server.db.read.bind(server.db);
server.db.read = (statement, placeholders) => {
  captured?.push(compile(statement, placeholders));
  return read(statement, placeholders);
};

/** The statements one request runs. */
async function statementsOf(request) {
  captured = [];
  const response = await fetch(request.url, {
    method: request.method,
    headers: request.headers,
    body: request.body,
  });
  const body = await response.json();
  if (body.errors) throw new Error(`${request.body}: ${JSON.stringify(body.errors)}`);
  const statements = captured;
  captured = null;
  return statements;
}

/** A value as SQL text for EXECUTE's arguments, as node-postgres sends it. */
function literal(value) {
  if (value === null || value === undefined) return 'null';
  const text = prepareValue(value);
  return `'${String(text).replace(/'/g, "''")}'`;
}

/** A statement's values as EXECUTE's argument list (none: no list). */
const argsOf = (values) => (values.length ? `(${values.map(literal).join(', ')})` : '');

/**
 * Of ten executions of a statement as the server runs it (plan_cache_mode auto), how many
 * PostgreSQL planned for their values: after five custom plans it keeps the generic one unless
 * that looks dearer than the custom ones, and then plans every execution.
 */
async function customPlansOf(client, { text, values }) {
  const args = argsOf(values);
  await client.query('set plan_cache_mode = auto');
  await client.query(`prepare chosen as ${text}`);
  try {
    for (let i = 0; i < 10; i += 1) await client.query(`execute chosen${args}`);
    return Number(
      (await client.query(`select custom_plans from pg_prepared_statements where name = 'chosen'`))
        .rows[0].custom_plans,
    );
  } finally {
    await client.query('deallocate chosen');
  }
}

/** `EXPLAIN (ANALYZE, BUFFERS)` of a statement run as a named statement's generic plan. */
async function explain(client, statement) {
  const { text, values } = statement;
  const args = argsOf(values);
  const customPlans = await customPlansOf(client, statement);
  await client.query('set plan_cache_mode = force_generic_plan');
  await client.query(`prepare explained as ${text}`);
  try {
    const run = async (options) =>
      (await client.query(`explain (${options}) execute explained${args}`)).rows.map(
        (r) => r['QUERY PLAN'],
      );
    const times = [];
    // the first two warm the caches; the timed runs time no node (per-node timing costs a nested
    // loop more than a hash join), the plan shown is one more run, with nodes timed
    for (let i = 0; i < RUNS + 2; i += 1) {
      const lines = await run('analyze, timing off, costs off');
      if (i >= 2) times.push(Number(/Execution Time: ([\d.]+) ms/.exec(lines.join('\n'))?.[1]));
    }
    times.sort((a, b) => a - b);
    const ms = times[Math.floor(times.length / 2)];
    const plan = await run('analyze, buffers, costs off');
    const hits = Number(/Buffers: shared hit=(\d+)/.exec(plan.join('\n'))?.[1] ?? 0);
    return { plan, ms, hits, customPlans, replanned: customPlans > 5 ? 1 : 0 };
  } finally {
    await client.query('deallocate explained');
  }
}

const statistics = async (on) => {
  for (const [table, column] of TENANT_KEYS) {
    const name = tenantStatistics(table, column);
    await admin.query(
      on
        ? `create statistics if not exists ${name} (dependencies) on ${column}, delegation_id from ${table}`
        : `drop statistics if exists ${name}`,
    );
  }
  log(`${on ? 'with' : 'without'} the tenant statistics: analyze…`);
  await analyze();
};
const analyze = () =>
  admin.query(`analyze ${[...new Set(TENANT_KEYS.map(([t]) => t))].join(', ')}`);

const only = opts.only.split(',');
const found = [];
try {
  for (const r of roles) {
    const token = await roleToken(database.url, r);
    const scope = await scopeOf(database.url, token);
    const { workloads } = await defineWorkloads({
      admin,
      token,
      urls: { hub: server.url, graphile: '', rls: '', floor: '' },
      role: r.role,
      scope,
    });
    for (const kind of only) {
      const request = workloads[kind]?.hub;
      if (!request || typeof request === 'function') continue;
      const statements = await statementsOf(request).catch((error) => {
        log(`${r.label} ${kind}: ${error.message.slice(0, 300)}`);
        return null;
      });
      if (statements) found.push({ role: r.label, kind, statements });
    }
  }
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const runs = {};
  try {
    for (const on of SETTINGS) {
      await statistics(on);
      for (const f of found) {
        for (const [i, s] of f.statements.entries()) {
          const key = `${f.role} ${f.kind} ${i + 1}`;
          (runs[key] ??= {})[on ? 'with' : 'without'] = await explain(client, s);
          log(`${key}: ${on ? 'with' : 'without'} ${runs[key][on ? 'with' : 'without'].ms} ms`);
        }
      }
    }
    // the statistics are on now: each further ANALYZE a new sample, the custom plans counted again
    for (let a = 1; a < ANALYSES; a += 1) {
      log(`analyze ${a + 1} of ${ANALYSES}…`);
      await analyze();
      for (const f of found) {
        for (const [i, s] of f.statements.entries()) {
          const run = runs[`${f.role} ${f.kind} ${i + 1}`].with;
          if ((await customPlansOf(client, s)) > 5) run.replanned += 1;
        }
      }
    }
  } finally {
    await statistics(true);
    await client.end();
  }
  const lines = [
    `# Plans of Delegation Hub's read statements per role (${new Date().toISOString()})`,
    '',
    `Generic plans (what a named statement runs after five executions), \`EXPLAIN (ANALYZE, BUFFERS)\`, the median execution time of ${RUNS} run${RUNS === 1 ? '' : 's'} after two to warm (nodes not timed), then the plan of one more run, on the bench's data set; ${SETTINGS.length === 2 ? "without and with the tenant keys' functional-dependency statistics" : "with the tenant keys' functional-dependency statistics (as migrated)"}.`,
    '',
    `Custom plans: of ten executions of the named statement as the server runs it (\`plan_cache_mode = auto\`, with the statistics), how many PostgreSQL planned for their values: 5 is the generic plan kept from the sixth on; 10, planned anew every time.${ANALYSES > 1 ? ` Re-planned: after how many of ${ANALYSES} ANALYZEs (each a new sample) more than five of the ten were planned.` : ''}`,
    '',
    `| role | workload | statement | ms without | ms with | buffers without | buffers with | custom plans of 10 |${ANALYSES > 1 ? ' re-planned |' : ''}`,
    `| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |${ANALYSES > 1 ? ' ---: |' : ''}`,
  ];
  for (const [key, run] of Object.entries(runs)) {
    const [role, kind, n] = key.split(' ');
    lines.push(
      `| ${role} | ${kind} | ${n} | ${run.without?.ms ?? '–'} | ${run.with.ms} | ${run.without?.hits ?? '–'} | ${run.with.hits} | ${run.with.customPlans} |${ANALYSES > 1 ? ` ${run.with.replanned} of ${ANALYSES} |` : ''}`,
    );
  }
  for (const f of found) {
    for (const [i, s] of f.statements.entries()) {
      const run = runs[`${f.role} ${f.kind} ${i + 1}`];
      lines.push('', `## ${f.role} ${f.kind}, statement ${i + 1}`, '');
      lines.push(
        '<details><summary>SQL</summary>',
        '',
        '```sql',
        s.text.trim(),
        '```',
        '</details>',
      );
      for (const which of ['without', 'with'].filter((w) => run[w])) {
        lines.push('', `${which} the tenant statistics: ${run[which].ms} ms`, '', '```');
        lines.push(...run[which].plan, '```');
      }
    }
  }
  await mkdir(path.join(benchDir, 'results'), { recursive: true });
  const file = path.join(
    benchDir,
    'results',
    `${new Date().toISOString().replace(/[:.]/g, '-')}-explain.md`,
  );
  await writeFile(file, `${lines.join('\n')}\n`);
  log(`written ${path.relative(root, file)}`);
} finally {
  await server.stop();
  await admin.end();
  await database.stop?.();
}
