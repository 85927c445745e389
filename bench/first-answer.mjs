// npm run bench:start [-- --baseline REV] [--rounds N]: how long a newcomer waits. For this
// checkout's commit (and REV beside it, in the same run), in a fresh clone: `npm ci`, then the
// first `npm start` until the first GraphQL answer (an empty data directory: the embedded
// PostgreSQL created, migrated and seeded), then restarts until the first answer (the same
// directory, nothing changed). Medians of the restarts; results in bench/results/start-*.md.
import { execFileSync, spawn } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(benchDir, '..');
const { values: opts } = parseArgs({
  options: {
    baseline: { type: 'string' },
    rounds: { type: 'string', default: '3' },
    // give up on a start after this many seconds
    timeout: { type: 'string', default: '300' },
    keep: { type: 'boolean', default: false },
  },
});
const ROUNDS = Number(opts.rounds);
const log = (m) => process.stderr.write(`${m}\n`);
const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Runs `command` in `cwd` to its end; its wall time in seconds. */
function timed(command, args, cwd) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0
        ? resolve((performance.now() - started) / 1000)
        : reject(new Error(`${command} ${args.join(' ')} in ${cwd} exited ${code}\n${stderr}`)),
    );
  });
}

async function answers(url) {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
      signal: AbortSignal.timeout(2000),
    });
    const body = await response.json();
    return response.ok && body.data?.__typename === 'Query';
  } catch {
    return false;
  }
}

/**
 * `npm start` in `cwd` on a data directory: seconds until the first GraphQL answer, then the
 * server is stopped (SIGTERM to its process group) and waited for.
 */
async function firstAnswer(cwd, dataDir) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/graphql`;
  const started = performance.now();
  const child = spawn('npm', ['start'], {
    cwd,
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)));
  let exited = null;
  const gone = new Promise((resolve) => child.once('exit', (code) => resolve((exited = code))));
  try {
    for (;;) {
      if (exited !== null) throw new Error(`npm start exited ${exited}\n${stderr}`);
      if ((performance.now() - started) / 1000 > Number(opts.timeout)) {
        throw new Error(`no answer within ${opts.timeout} s\n${stderr}`);
      }
      if (await answers(url)) return (performance.now() - started) / 1000;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    if (exited === null) {
      process.kill(-child.pid, 'SIGTERM');
      await gone;
    }
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

const head = git('rev-parse', '--short', 'HEAD');
if (git('status', '--porcelain', '--untracked-files=no')) {
  log(`note: uncommitted changes are not measured; this measures ${head} as committed`);
}
const contenders = [{ name: `Delegation Hub @ ${head}`, rev: head }];
if (opts.baseline) {
  const rev = git('rev-parse', '--short', opts.baseline);
  contenders.push({ name: `Delegation Hub @ ${rev} (baseline)`, rev });
}
const work = await mkdtemp(path.join(os.tmpdir(), 'delegation-hub-start-'));
// as root, the embedded PostgreSQL runs as a user of its own, which must reach the clones
await chmod(work, 0o755);
log(`working in ${work}`);
const results = [];
try {
  for (const c of contenders) {
    const dir = path.join(work, c.rev);
    execFileSync('git', ['clone', '--quiet', '--no-checkout', root, dir]);
    execFileSync('git', ['checkout', '--quiet', c.rev], { cwd: dir });
    log(`${c.name}: npm ci`);
    c.npmCi = await timed('npm', ['ci', '--no-audit', '--no-fund'], dir);
    log(`${c.name}: npm ci ${c.npmCi.toFixed(1)} s; first start`);
    const dataDir = path.join(dir, '.data');
    c.first = await firstAnswer(dir, dataDir);
    log(`${c.name}: first answer after ${c.first.toFixed(1)} s`);
    c.restarts = [];
  }
  // restarts interleaved: one of each contender per round
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const c of round % 2 ? [...contenders].reverse() : contenders) {
      const dir = path.join(work, c.rev);
      const s = await firstAnswer(dir, path.join(dir, '.data'));
      c.restarts.push(s);
      log(`${c.name}: restart ${round + 1}: first answer after ${s.toFixed(1)} s`);
    }
  }
  for (const c of contenders) {
    results.push({
      name: c.name,
      rev: c.rev,
      npmCiS: c.npmCi,
      firstStartS: c.first,
      freshCloneS: c.npmCi + c.first,
      restartS: median(c.restarts),
      restarts: c.restarts,
    });
  }
} finally {
  if (!opts.keep) await rm(work, { recursive: true, force: true });
}

const s = (x) => x.toFixed(1);
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const lines = [
  `# First answer ${new Date().toISOString()}`,
  '',
  `${os.cpus().length} cores, Node ${process.version}; a fresh clone each, \`npm ci\`, then \`npm start\` until \`{ __typename }\` answers (first start: empty data directory; restarts: median of ${ROUNDS}, interleaved).`,
  '',
  '| contender | npm ci s | first start s | fresh clone → first answer s | restart s (median) | restarts s |',
  '| --- | ---: | ---: | ---: | ---: | --- |',
  ...results.map(
    (r) =>
      `| ${r.name} | ${s(r.npmCiS)} | ${s(r.firstStartS)} | ${s(r.freshCloneS)} | ${s(r.restartS)} | ${r.restarts.map(s).join(', ')} |`,
  ),
];
if (results.length === 2) {
  const [ours, base] = results;
  lines.push(
    '',
    `Ours / baseline (time, lower is better): first start ${(ours.firstStartS / base.firstStartS).toFixed(2)}×, fresh clone → first answer ${(ours.freshCloneS / base.freshCloneS).toFixed(2)}×, restart ${(ours.restartS / base.restartS).toFixed(2)}×.`,
  );
}
await mkdir(path.join(benchDir, 'results'), { recursive: true });
const file = path.join(benchDir, 'results', `start-${stamp}.md`);
await writeFile(file, `${lines.join('\n')}\n`);
process.stdout.write(`${lines.join('\n')}\n\n(${path.relative(root, file)})\n`);
