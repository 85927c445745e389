// node scripts/build-if-stale.mjs server|sdk|cli
// Runs `npm run build:server` (or `npm run sdk:build`, `npm run cli:build`) only when the compiled output is missing or
// a source file changed (added, removed, edited, touched) since the last build made through this
// script, so that `npm run token`, `npm run db:migrate` and `npm run report` start at once.
// The fingerprint (path, size and mtime of every input) is taken before the build: a file edited
// while it runs makes the next call build again.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const targets = {
  server: {
    inputs: [
      'server/src',
      'tsconfig.json',
      'tsconfig.build.json',
      'package.json',
      'package-lock.json',
    ],
    outputs: ['dist/server/main.js', 'dist/server/token-cli.js', 'dist/server/db/cli.js'],
    stamp: 'dist/server/.build-stamp',
    script: 'build:server',
  },
  sdk: {
    inputs: ['sdk/src', 'sdk/tsconfig.json', 'package.json', 'package-lock.json'],
    outputs: ['sdk/dist/index.js'],
    stamp: 'sdk/dist/.build-stamp',
    script: 'sdk:build',
  },
  // the CLI compiles against the SDK's build: both, when either changed
  cli: {
    inputs: [
      'cli/src',
      'cli/tsconfig.json',
      'sdk/src',
      'sdk/tsconfig.json',
      'package.json',
      'package-lock.json',
    ],
    outputs: ['sdk/dist/index.js', 'cli/dist/cli.js'],
    stamp: 'cli/dist/.build-stamp',
    script: 'cli:build',
  },
};

const target = targets[process.argv[2]];
if (!target) {
  process.stderr.write(
    `usage: node scripts/build-if-stale.mjs ${Object.keys(targets).join('|')}\n`,
  );
  process.exit(2);
}

function fingerprint(inputs) {
  const hash = createHash('sha256');
  const visit = (relative) => {
    let info;
    try {
      info = statSync(path.join(root, relative));
    } catch {
      hash.update(`${relative}\0missing\n`);
      return;
    }
    hash.update(`${relative}\0${info.size}\0${info.mtimeMs}\n`);
    if (info.isDirectory()) {
      for (const name of readdirSync(path.join(root, relative)).sort()) {
        visit(path.join(relative, name));
      }
    }
  };
  for (const input of inputs) visit(input);
  return hash.digest('hex');
}

const now = fingerprint(target.inputs);
const stampFile = path.join(root, target.stamp);
const built = existsSync(stampFile) ? readFileSync(stampFile, 'utf8').trim() : '';
const complete = target.outputs.every((output) => existsSync(path.join(root, output)));
if (built === now && complete) process.exit(0);

const npm = process.env.npm_execpath
  ? [process.execPath, process.env.npm_execpath]
  : [process.platform === 'win32' ? 'npm.cmd' : 'npm'];
const result = spawnSync(npm[0], [...npm.slice(1), 'run', '--silent', target.script], {
  cwd: root,
  stdio: ['ignore', process.stderr, 'inherit'],
});
if (result.status !== 0) process.exit(result.status ?? 1);
writeFileSync(stampFile, `${now}\n`);
