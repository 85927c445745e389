import { spawn } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(new URL('../..', import.meta.url).pathname);

function run(label: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${label} failed (exit ${code}):\n${output}`)),
    );
  });
}

/**
 * What tests use besides the server's build: the web pages (npm run build:web; the server
 * serves them, the browser tests open them) and the compiled SDK and CLI (npm run cli:build; the
 * CLI tests run cli/dist/cli.js, which imports the SDK's build). The pages and the two packages
 * at once, while PostgreSQL starts.
 */
export function buildForTests(): Promise<void> {
  const tsc = 'node_modules/typescript/bin/tsc';
  return Promise.all([
    run('npm run build:web', ['scripts/build-web.mjs']),
    run('npm run sdk:build', [tsc, '-p', 'sdk/tsconfig.json']).then(() =>
      run('npm run cli:build', [tsc, '-p', 'cli/tsconfig.json']),
    ),
  ]).then(() => undefined);
}
