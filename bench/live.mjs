// Live totals in the bench (S1, W3): the subscribing client's process (subscribers.mjs), driven
// by IPC, and the statement Delegation Hub's dealTotals subscription reads, for the live floor.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(benchDir, '..');

/** The subscription S1 and W3 hold: a delegation's totals (`$d` its ID as the server takes it). */
export const TOTALS_SUBSCRIPTION =
  'subscription($d: ID) { dealTotals(delegationId: $d) { sequence groups { count sumUsd } } }';

/**
 * The SQL text the hub's dealTotals subscription of one delegation without groupBy runs
 * (realtime/totals.ts: dealTotalsBySets as the system, the delegation its one parameter), from
 * the hub's own code, so that the live floor reads the same totals the same way.
 */
export async function liveTotalsSql() {
  const dist = (p) => path.join(root, 'dist/server', p);
  const { dealTotalsBySets } = await import(dist('modules/deal/deal.aggregate.js'));
  const { Viewer } = await import(dist('auth/viewer.js'));
  const { sql, compile } = await import(dist('db/sql.js'));
  const marker = '00000000-0000-0000-0000-00000000d0d0';
  let compiled;
  // the three sets the hub asks (groups, subtotals, total) are one without groupBy
  await dealTotalsBySets(
    async (statement) => {
      compiled = compile(statement);
      return [];
    },
    Viewer.system,
    [[], [], []],
    { where: sql`dl.delegation_id = ${sql.value(marker)}::uuid` },
  );
  if (compiled.values.length !== 1 || compiled.values[0] !== marker)
    throw new Error(`the totals statement has other parameters: ${JSON.stringify(compiled)}`);
  return compiled.text;
}

/**
 * The subscribing client, a child process (subscribers.mjs: its messages). `log` for its
 * failures. Each method sends an order and resolves with its answer.
 */
export function startSubscribers(log) {
  // as many open files as the hard limit allows (one per socket); a young generation large
  // enough for bursts of thousands of small messages
  const raise = 'ulimit -n "$(ulimit -Hn)" 2>/dev/null; exec "$0" "$@"';
  const child = spawn(
    'sh',
    [
      '-c',
      raise,
      process.execPath,
      '--max-semi-space-size=32',
      path.join(benchDir, 'subscribers.mjs'),
    ],
    { cwd: root, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] },
  );
  const ask = async (message, answer) => {
    const reply = once(child, 'message');
    child.send(message);
    const [got] = await reply;
    if (got.type !== answer) throw new Error(`subscribers: ${answer} expected, got ${got.type}`);
    return got;
  };
  return {
    child,
    /** Opens and subscribes the groups' sockets; their numbers open and failed. */
    async open(groups) {
      const { groups: opened } = await ask({ type: 'open', groups }, 'opened');
      for (const [name, g] of Object.entries(opened))
        if (g.failed)
          log(`  ${name}: ${g.failed} of ${g.open + g.failed} sockets failed: ${g.errors[0]}`);
      return opened;
    },
    /** Counts every message from now on. */
    count: () => child.send({ type: 'count' }),
    /** Messages per group since count(), and the seconds counted. */
    counted: () => ask({ type: 'counted' }, 'counted'),
    /**
     * Times `write` (a function resolving once committed) to the group's sockets: commit ->
     * receipt per socket that heard within `timeoutMs`, in ms, and how many did not.
     */
    async time(group, write, timeoutMs = 5000) {
      await ask({ type: 'arm', group }, 'armed');
      await write();
      const at = process.hrtime.bigint();
      return ask({ type: 'committed', group, at: String(at), timeoutMs }, 'heard');
    },
    close: () => ask({ type: 'close' }, 'closed'),
    async stop() {
      if (child.exitCode !== null) return;
      child.disconnect();
      await once(child, 'exit');
    },
  };
}

/** The p-th percentile of ascending `xs`. */
export const percentile = (xs, p) => xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
