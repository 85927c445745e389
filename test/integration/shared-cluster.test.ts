import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { withClusterLock } from '../../server/src/db/embedded.js';
import { startServerProcess, type ServerProcess } from '../helpers/process.js';
import { post } from '../helpers/server.js';

const root = path.resolve(new URL('../..', import.meta.url).pathname);

async function until<T>(probe: () => Promise<T | undefined>, ms: number, what: string): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Whether the process runs: a zombie (ended, not yet reaped by whoever adopted it) does not. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

/** PostgreSQL processes (postmaster and backends) working on the data directory. */
function postgresProcessesFor(dir: string): number {
  const out = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' });
  return out.split('\n').filter((line) => line.includes(dir) && /postgres/.test(line)).length;
}

/** Our settings for a process on the embedded cluster in `dataDir`, whatever the test run has. */
const embeddedEnv = (dataDir: string) => ({ DATA_DIR: dataDir, DATABASE_URL: '', JWT_SECRET: '' });

/** `npm run token -- --role ROLE` as a user runs it: the built CLI, on the same DATA_DIR. */
function tokenCli(
  dataDir: string,
  role: string,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['dist/server/token-cli.js', '--role', role], {
      cwd: root,
      env: { ...process.env, ...embeddedEnv(dataDir) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The postmaster named in the data directory's postmaster.pid: pid and port. */
async function postmasterOf(pgDir: string): Promise<{ pid: number; port: number }> {
  const lines = (await readFile(path.join(pgDir, 'postmaster.pid'), 'utf8')).split('\n');
  return { pid: Number(lines[0]), port: Number(lines[3]) };
}

const EXPOS = '{ expos { key } }';
const TOKEN = /^ey[\w-]+\.[\w-]+\.[\w-]+\n$/;

describe('one embedded PostgreSQL shared by the server and the CLIs on a DATA_DIR', () => {
  let dataDir = '';
  let pgDir = '';
  const servers: ServerProcess[] = [];
  const serve = async () => {
    const server = await startServerProcess({ ...embeddedEnv(dataDir), SEED: 'true' });
    servers.push(server);
    return server;
  };
  const health = (server: ServerProcess, route: '/healthz' | '/readyz') =>
    fetch(server.url.replace('/graphql', route)).then((response) => response.status);

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'delegation-hub-shared-'));
    // as root, PostgreSQL runs as user postgres, which must reach the data directory
    await chmod(dataDir, 0o755);
    pgDir = path.join(dataDir, 'postgres');
  });
  // a server a failed test left running would be a user of the cluster in the next test
  afterEach(async () => {
    for (const server of servers.splice(0)) await server.kill('SIGTERM');
  });
  afterAll(async () => {
    // whatever a failed test left running on the directory goes before it is deleted
    await withClusterLock(pgDir, async () => {
      const { pid } = await postmasterOf(pgDir).catch(() => ({ pid: 0 }));
      if (pid > 0 && alive(pid)) process.kill(pid, 'SIGQUIT');
    }).catch(() => undefined);
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('CLIs alone start PostgreSQL for themselves, several at once, and leave none running', async () => {
    const cli = await tokenCli(dataDir, 'ADMIN');
    expect(cli.stderr).toBe('');
    expect(cli.code).toBe(0);
    expect(cli.stdout).toMatch(TOKEN);
    expect(postgresProcessesFor(pgDir)).toBe(0);

    // a process killed while it held the lock and was registered (its pid now dead) blocks nobody
    const dead = spawnSync(process.execPath, ['-e', '0']).pid;
    expect(alive(dead)).toBe(false);
    await writeFile(`${pgDir}.lock`, JSON.stringify({ pid: dead, token: 'killed' }));
    await writeFile(path.join(`${pgDir}.users`, `${dead}-killed`), JSON.stringify({ pid: dead }));
    // one opening while another closes: they take turns, each gets its token
    const runs = await Promise.all(Array.from({ length: 4 }, () => tokenCli(dataDir, 'ADMIN')));
    for (const run of runs) {
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(TOKEN);
    }
    expect(postgresProcessesFor(pgDir)).toBe(0);
    expect(await readdir(`${pgDir}.users`)).toEqual([]);
    expect(existsSync(`${pgDir}.lock`)).toBe(false);
  }, 180_000);

  it('the token CLI beside a running server uses its PostgreSQL, and the server keeps answering', async () => {
    const server = await serve();
    const before = await postmasterOf(pgDir);
    expect(alive(before.pid)).toBe(true);

    // one at a time, as in the README, and then several at once
    const runs = [await tokenCli(dataDir, 'ADMIN')];
    runs.push(...(await Promise.all(['ADMIN', 'ADMIN', 'ADMIN'].map((r) => tokenCli(dataDir, r)))));
    for (const run of runs) {
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
    }

    // the server's postmaster is the one it had, and it serves with the tokens printed
    expect(await postmasterOf(pgDir)).toEqual(before);
    expect(alive(before.pid)).toBe(true);
    expect(await health(server, '/healthz')).toBe(200);
    expect(await health(server, '/readyz')).toBe(200);
    for (const run of runs) {
      const answer = await post(server.url, EXPOS, undefined, {
        authorization: `Bearer ${run.stdout.trim()}`,
      });
      expect(answer.status).toBe(200);
      expect(answer.body.errors).toBeUndefined();
      expect(answer.body.data.expos).toEqual([{ key: 'CIIE-5' }]);
    }
    // only the server is registered once the CLIs are done
    expect(await readdir(`${pgDir}.users`)).toEqual([
      expect.stringMatching(new RegExp(`^${server.child.pid}-`)),
    ]);

    // the server stops its PostgreSQL as it stops: nothing is left behind
    expect(await server.kill('SIGTERM')).toBe(0);
    expect(alive(before.pid)).toBe(false);
    expect(postgresProcessesFor(pgDir)).toBe(0);
    expect(await readdir(`${pgDir}.users`)).toEqual([]);
  }, 180_000);

  it('a server whose PostgreSQL dies brings it back: /readyz is 503 meanwhile, then 200', async () => {
    const server = await serve();
    const token = (await tokenCli(dataDir, 'ADMIN')).stdout.trim();
    const query = () =>
      post(server.url, EXPOS, undefined, { authorization: `Bearer ${token}` }).then(
        (answer) => answer.body,
      );
    expect((await query()).data.expos).toEqual([{ key: 'CIIE-5' }]);

    // killed (kill -9: a crash), and stopped from outside (SIGINT: a fast shutdown)
    for (const signal of ['SIGKILL', 'SIGINT'] as const) {
      const before = await postmasterOf(pgDir);
      // the lock holds the restart back until the outage has been seen
      await withClusterLock(pgDir, async () => {
        process.kill(before.pid, signal);
        await until(async () => (alive(before.pid) ? undefined : true), 30_000, 'the postmaster');
        // (a backend of the dead postmaster may answer a last query before it notices)
        const down = await until(
          async () => {
            const response = await fetch(server.url.replace('/graphql', '/readyz'));
            const body = (await response.json()) as { database: boolean; listen: boolean };
            return body.database || body.listen ? undefined : { status: response.status, body };
          },
          30_000,
          'the server to see the outage',
        );
        expect(down).toEqual({
          status: 503,
          body: expect.objectContaining({ status: 'not ready', database: false, listen: false }),
        });
        expect(await health(server, '/healthz')).toBe(503);
      });
      await until(
        async () => ((await health(server, '/readyz')) === 200 ? true : undefined),
        60_000,
        `/readyz to recover after ${signal}`,
      );
      const after = await postmasterOf(pgDir);
      expect(after.pid).not.toBe(before.pid);
      expect(after.port).toBe(before.port); // where the server's pools look for it
      const answer = await query();
      expect(answer.errors).toBeUndefined();
      expect(answer.data.expos).toEqual([{ key: 'CIIE-5' }]);
      // and a write, through the ORM's pool
      const written = await post(
        server.url,
        `mutation($i: CreateOrganisationInput!) { createOrganisation(input: $i) { nameZh } }`,
        { i: { kind: 'ENTERPRISE', nameZh: `重启之后-${signal}` } },
        { authorization: `Bearer ${token}` },
      );
      expect(written.body).toEqual({
        data: { createOrganisation: { nameZh: `重启之后-${signal}` } },
      });
    }

    expect(await server.kill('SIGTERM')).toBe(0);
    expect(postgresProcessesFor(pgDir)).toBe(0);
  }, 180_000);

  it('after a kill -9 of the server, the next start stops the orphaned PostgreSQL and takes over', async () => {
    const crashed = await serve();
    const orphan = await postmasterOf(pgDir);
    expect(await crashed.kill('SIGKILL')).toBe(null);
    // kill -9 leaves its PostgreSQL running, used by nobody
    expect(alive(orphan.pid)).toBe(true);

    const next = await serve();
    expect(alive(orphan.pid)).toBe(false);
    const own = await postmasterOf(pgDir);
    expect(own.pid).not.toBe(orphan.pid);
    expect(await health(next, '/readyz')).toBe(200);
    const token = (await tokenCli(dataDir, 'ADMIN')).stdout.trim();
    const answer = await post(next.url, EXPOS, undefined, { authorization: `Bearer ${token}` });
    expect(answer.body.data.expos).toEqual([{ key: 'CIIE-5' }]);

    expect(await next.kill('SIGTERM')).toBe(0);
    expect(postgresProcessesFor(pgDir)).toBe(0);
  }, 180_000);
});
