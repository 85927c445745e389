import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';

const root = path.resolve(new URL('../..', import.meta.url).pathname);

/** A server running as its own Node process, from the compiled build (dist/). */
export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Ends it: SIGTERM (graceful) or SIGKILL (a crash). */
  kill(signal?: NodeJS.Signals): Promise<number | null>;
  /** What it has printed so far (stdout and stderr). */
  output(): string;
}

/**
 * A DATABASE_URL naming the run's PgBouncer (TEST_THROUGH_PGBOUNCER=1) brings the settings of a
 * server behind a transaction pooler, as useTestServer() gives its own server.
 */
function pooledSettings(env: Record<string, string>): Record<string, string> {
  const port = inject('pgBouncerPort');
  if (!env.DATABASE_URL || !port) return {};
  const url = new URL(env.DATABASE_URL);
  if (url.port !== String(port)) return {};
  const direct = new URL(inject('pgAdminUrl'));
  direct.pathname = url.pathname;
  return {
    DATABASE_POOLER: 'transaction',
    DATABASE_DIRECT_URL: direct.toString(),
    PREPARED_STATEMENTS: inject('pgBouncerPrepared') ? '256' : '0',
  };
}

export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const main = path.join(root, 'dist/server/main.js');
  if (!existsSync(main)) throw new Error('dist/ is missing: the global test setup builds it');
  const child = spawn(process.execPath, [main], {
    cwd: root,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      SEED: 'false',
      LOG_LEVEL: 'warn',
      ...pooledSettings(env),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`server process did not start:\n${output}`)),
      60_000,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /serving GraphQL at (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server process exited with ${code}:\n${output}`));
    });
  });
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  return {
    url,
    child,
    output: () => output,
    async kill(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}
