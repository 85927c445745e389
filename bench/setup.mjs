// The benchmark database: an embedded PostgreSQL kept in .data/bench-postgres (reused between
// runs; BENCH_DATA_DIR another directory, BENCH_PG_PORT another port than 55432, for a second
// bench beside a running one), or BENCH_DATABASE_URL's server; migrated and seeded by the server's own code, then
// filled with the national-scale data set.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { DATA_VERSION, generate } from './generate.mjs';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => path.join(root, 'dist/server', p);

export async function setupDatabase(log) {
  const { startEmbeddedPostgres } = await import(dist('db/embedded.js'));
  const { loadConfig } = await import(dist('config.js'));
  const { migrate, openDatabase } = await import(dist('db/database.js'));
  const { seedPlan } = await import(dist('db/seed/seed.js'));
  let embedded;
  let url = process.env.BENCH_DATABASE_URL;
  if (!url) {
    embedded = await startEmbeddedPostgres({
      dir: path.resolve(root, process.env.BENCH_DATA_DIR || '.data/bench-postgres'),
      persistent: true,
      port: Number(process.env.BENCH_PG_PORT || 55432),
    });
    url = embedded.adminUrl.replace(/\/postgres$/, '/dh_bench');
  }
  // a database holding another version of the data set is dropped and made anew
  const adminUrl = new URL(url);
  adminUrl.pathname = '/postgres';
  const name = new URL(url).pathname.slice(1);
  const probe = new pg.Client({ connectionString: adminUrl.toString() });
  await probe.connect();
  if ((await probe.query('select 1 from pg_database where datname = $1', [name])).rowCount) {
    const check = new pg.Client({ connectionString: url });
    await check.connect();
    const current = await check.query('select version from bench_meta').then(
      (r) => r.rows[0]?.version,
      () => undefined,
    );
    await check.end();
    if (current !== DATA_VERSION) {
      log(`bench data: ${current ? 'another version' : 'none'} in ${name}; recreating it`);
      await probe.query(`drop database "${name}" with (force)`);
    }
  }
  await probe.end();
  const db = await openDatabase(loadConfig({ databaseUrl: url, dbPoolSize: 2 }));
  try {
    await migrate(db);
    await seedPlan(db);
  } finally {
    await db.close();
  }
  await generate(url, log);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query('create extension if not exists pg_stat_statements');
  // planning time too, for every connection the contenders open
  await client.query(`alter database "${name}" set pg_stat_statements.track_planning = on`);
  await client.end();
  return { url, stop: () => embedded?.stop() };
}
