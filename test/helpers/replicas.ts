import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { loadConfig } from '../../server/src/config.js';
import { DATABASE_NAME, migrate, openDatabase } from '../../server/src/db/database.js';
import {
  freePort,
  startEmbeddedPostgres,
  type EmbeddedDatabase,
} from '../../server/src/db/embedded.js';
import { seedPlan } from '../../server/src/db/seed/seed.js';
import { createStandby } from '../../server/src/db/standby.js';

/** A primary and a streaming standby of it, each an embedded cluster of this test file's own. */
export interface ReplicatedCluster {
  /** The application database on the primary (migrated, the plan seeded). */
  primaryUrl: string;
  /** The same database on the standby. */
  standbyUrl: string;
  /** Superuser connections to each server's application database, for checks. */
  primarySql: pg.Pool;
  standbySql: pg.Pool;
  /** Stops the standby (fast shutdown); its data directory stays. */
  stopStandby(): Promise<void>;
  /** Starts it again on the same port: it streams what it missed from its slot. */
  startStandby(): Promise<void>;
  /** Waits until the standby has replayed everything the primary has written so far. */
  caughtUp(): Promise<void>;
  close(): Promise<void>;
}

const SLOT = 'dh_test_standby';

function withDatabase(adminUrl: string, name = DATABASE_NAME): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * Starts a primary (migrated, the Qinghai plan seeded) and a hot standby of it, made by
 * `createStandby` (server/src/db/standby.ts): a base backup with the low-level backup API under
 * a replication slot, then `standby.signal` and `primary_conninfo`. The standby streams from the
 * primary over the replication protocol.
 */
export async function startReplicatedCluster(): Promise<ReplicatedCluster> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'delegation-hub-replicas-'));
  // as root, PostgreSQL runs as user postgres, which must reach the data directories
  await chmod(dir, 0o755);
  const primaryDir = path.join(dir, 'primary');
  const standbyDir = path.join(dir, 'standby');
  let primary: EmbeddedDatabase | undefined;
  let standby: EmbeddedDatabase | undefined;
  const pools: pg.Pool[] = [];
  const close = async () => {
    await Promise.all(pools.map((pool) => pool.end().catch(() => undefined)));
    await standby?.stop();
    await primary?.stop();
    await rm(dir, { recursive: true, force: true });
  };
  try {
    primary = await startEmbeddedPostgres({ dir: primaryDir, persistent: false });
    const primaryUrl = withDatabase(primary.adminUrl);
    const db = await openDatabase(loadConfig({ databaseUrl: primaryUrl, dbPoolSize: 2 }));
    try {
      await migrate(db);
      await seedPlan(db);
      // what each server ran, for tests to tell which one answered
      await db.pool.query('create extension if not exists pg_stat_statements');
    } finally {
      await db.close();
    }

    await createStandby({
      primaryDir,
      primaryAdminUrl: primary.adminUrl,
      standbyDir,
      slot: SLOT,
    });
    const standbyPort = await freePort();
    // kept on stop (persistent), so that it can be started again and catch up
    const openStandby = () =>
      startEmbeddedPostgres({ dir: standbyDir, persistent: true, port: standbyPort });
    standby = await openStandby();
    const standbyUrl = withDatabase(standby.adminUrl);
    const primarySql = new pg.Pool({ connectionString: primaryUrl, max: 2 });
    const standbySql = new pg.Pool({ connectionString: standbyUrl, max: 2 });
    standbySql.on('error', () => undefined); // stopped on purpose
    pools.push(primarySql, standbySql);
    const cluster: ReplicatedCluster = {
      primaryUrl,
      standbyUrl,
      primarySql,
      standbySql,
      async stopStandby() {
        await standby?.stop();
        standby = undefined;
      },
      async startStandby() {
        standby ??= await openStandby();
      },
      async caughtUp() {
        const { rows } = await primarySql.query<{ lsn: string }>(
          'select pg_current_wal_insert_lsn()::text as lsn',
        );
        const deadline = Date.now() + 30_000;
        for (;;) {
          const replayed = await standbySql
            .query<{ done: boolean }>('select pg_last_wal_replay_lsn() >= $1::pg_lsn as done', [
              rows[0]!.lsn,
            ])
            .then((r) => r.rows[0]!.done);
          if (replayed) return;
          if (Date.now() > deadline) throw new Error('the standby did not catch up in 30 s');
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      },
      close,
    };
    await cluster.caughtUp();
    return cluster;
  } catch (error) {
    await close();
    throw error;
  }
}
