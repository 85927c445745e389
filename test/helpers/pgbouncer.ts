import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmod, chown, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort } from '../../server/src/db/embedded.js';

/** PgBouncer started in front of a PostgreSQL server, in transaction pooling mode. */
export interface PgBouncer {
  port: number;
  /** PgBouncer's version (`1.18.0`). */
  version: string;
  /** Whether it keeps protocol-level prepared statements (1.21+, max_prepared_statements > 0). */
  preparedStatements: boolean;
  /** `url` (a connection string to the server) with PgBouncer's host and port instead. */
  through(url: string): string;
  stop(): Promise<void>;
}

/** The tests' word when PgBouncer is missing: .ci/run installs Debian's package. */
export const PGBOUNCER_MISSING =
  'pgbouncer is not installed: the tests through a pooler need it (apt-get install pgbouncer; .ci/run installs it)';

/** The pgbouncer program and its version, or undefined when it is not installed. */
export function findPgBouncer(): { binary: string; version: string } | undefined {
  for (const binary of ['pgbouncer', '/usr/sbin/pgbouncer', '/usr/bin/pgbouncer']) {
    try {
      const out = execFileSync(binary, ['--version'], { encoding: 'utf8', stdio: 'pipe' });
      const version = /PgBouncer (\d+\.\d+(?:\.\d+)?)/.exec(out)?.[1];
      if (version) return { binary, version };
    } catch {
      // not there
    }
  }
  return undefined;
}

const atLeast = (version: string, major: number, minor: number) => {
  const [a = 0, b = 0] = version.split('.').map(Number);
  return a > major || (a === major && b >= minor);
};

/**
 * Starts PgBouncer (transaction pooling) in front of the server `serverUrl` names, for every
 * database on it, with the user and password of that URL; refuses when it is not installed.
 * As root it runs as user postgres (PgBouncer will not run as root).
 */
export async function startPgBouncer(serverUrl: string): Promise<PgBouncer> {
  const found = findPgBouncer();
  if (!found) throw new Error(PGBOUNCER_MISSING);
  const server = new URL(serverUrl);
  const user = decodeURIComponent(server.username);
  const password = decodeURIComponent(server.password);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'delegation-hub-pgbouncer-'));
  const port = await freePort();
  const preparedStatements = atLeast(found.version, 1, 21);
  const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
  await writeFile(path.join(dir, 'users.txt'), `${quote(user)} ${quote(password)}\n`);
  await writeFile(
    path.join(dir, 'pgbouncer.ini'),
    [
      '[databases]',
      // the server's STATEMENT_TIMEOUT_MS default, set by the pooler on each server connection
      // (a client's statement_timeout startup parameter is one PgBouncer refuses)
      `* = host=${server.hostname} port=${server.port || 5432} connect_query='set statement_timeout = 15000'`,
      '[pgbouncer]',
      'listen_addr = 127.0.0.1',
      `listen_port = ${port}`,
      'unix_socket_dir =',
      'auth_type = scram-sha-256',
      `auth_file = ${path.join(dir, 'users.txt')}`,
      'pool_mode = transaction',
      'max_client_conn = 1000',
      'default_pool_size = 20',
      'ignore_startup_parameters = extra_float_digits',
      // 1.21+: protocol-level prepared statements kept across the server connections
      ...(preparedStatements ? ['max_prepared_statements = 200'] : []),
      `logfile = ${path.join(dir, 'pgbouncer.log')}`,
      `pidfile = ${path.join(dir, 'pgbouncer.pid')}`,
      `admin_users = ${user}`,
      '',
    ].join('\n'),
  );
  let runAs: { uid?: number; gid?: number } = {};
  if (process.getuid?.() === 0) {
    const id = (flag: string) =>
      Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8', stdio: 'pipe' }).trim());
    runAs = { uid: id('-u'), gid: id('-g') };
    await chmod(dir, 0o755);
    for (const file of ['users.txt', 'pgbouncer.ini']) {
      await chown(path.join(dir, file), runAs.uid!, runAs.gid!);
    }
    await chown(dir, runAs.uid!, runAs.gid!);
  }
  let exited: string | undefined;
  const child: ChildProcess = spawn(found.binary, [path.join(dir, 'pgbouncer.ini')], {
    ...runAs,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  child.once('exit', (code, signal) => (exited = `exit ${signal ?? code}`));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const gone = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGINT');
      await gone;
    }
    await rm(dir, { recursive: true, force: true });
  };
  const through = (url: string) => {
    const u = new URL(url);
    u.hostname = '127.0.0.1';
    u.port = String(port);
    return u.toString();
  };
  // ready once a client gets through it to the server
  const deadline = Date.now() + 15_000;
  for (;;) {
    const probe = new pg.Client({ connectionString: through(serverUrl) });
    const ok = await probe.connect().then(
      () => probe.query('select 1').then(() => true),
      () => false,
    );
    await probe.end().catch(() => undefined);
    if (ok) break;
    if (exited !== undefined || Date.now() > deadline) {
      const log = await readFile(path.join(dir, 'pgbouncer.log'), 'utf8').catch(() => '');
      await stop();
      throw new Error(`pgbouncer did not start (${exited ?? 'timed out'}): ${errors}${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { port, version: found.version, preparedStatements, through, stop };
}
