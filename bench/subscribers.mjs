// The subscribing client of S1 and W3, in a process of its own (run.mjs forks it), so that
// receiving thousands of pushes competes with the servers for the CPU as a client machine's
// would, not with the bench's own bookkeeping. It speaks graphql-ws's protocol
// (graphql-transport-ws) over bare `ws` sockets, as light a client as there is, and takes its
// orders by IPC:
//   { type: 'open', groups: [{ name, urls, authorization, query, variables, count }] }
//     opens `count` sockets per group, round robin over `urls`, subscribes each and waits for its
//     first message (the current totals); answers { type: 'opened', groups: { name: { open,
//     failed, errors } } }
//   { type: 'count' }: counting every message from now; { type: 'counted' } answers
//     { messages: { name: n }, seconds }
//   { type: 'arm', group }: the next message of each of the group's sockets is the one to time;
//     answered { type: 'armed' } before the write is made
//   { type: 'committed', group, at }: `at` the write's commit (process.hrtime.bigint() of the
//     writer, as a string: CLOCK_MONOTONIC, the same clock in every process of the machine);
//     answered, once every socket heard or after `timeoutMs`, { type: 'heard', latencies } (ms,
//     one per socket that heard, commit -> receipt)
//   { type: 'close' }: closes every socket; answered { type: 'closed' }
// Receipt is taken when a socket's message arrives, before it is parsed.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WebSocket = createRequire(path.join(root, 'package.json'))('ws');
/** Sockets being opened at once: a listen backlog (511 by default) is not flooded. */
const OPENING_AT_ONCE = 100;

const send = (message) => process.send(message);
/** Per group: its sockets and what the current arm/count is recording. */
const groups = new Map();
let counting = false;
let countStarted = 0n;

function openOne(group, url) {
  return new Promise((resolve) => {
    const socket = new WebSocket(url, 'graphql-transport-ws', { perMessageDeflate: false });
    const me = { socket, heardAt: 0n };
    let first = true;
    const fail = (why) => {
      if (!first) return;
      first = false;
      group.failed += 1;
      if (group.errors.length < 5) group.errors.push(String(why).slice(0, 300));
      socket.terminate();
      resolve();
    };
    const timer = setTimeout(() => fail('no first message within 60 s'), 60_000);
    socket.on('open', () =>
      socket.send(
        JSON.stringify({
          type: 'connection_init',
          payload: group.authorization ? { authorization: group.authorization } : {},
        }),
      ),
    );
    socket.on('message', (data) => {
      const at = process.hrtime.bigint();
      const text = data.toString();
      if (text.startsWith('{"type":"next"') || text.includes('"type":"next"')) {
        if (first) {
          first = false;
          clearTimeout(timer);
          group.sockets.push(me);
          resolve();
          return;
        }
        if (counting) group.messages += 1;
        if (group.armed && !me.heardAt) {
          me.heardAt = at;
          group.heard += 1;
          if (group.heard === group.sockets.length) group.onAllHeard?.();
        }
        return;
      }
      const message = JSON.parse(text);
      if (message.type === 'connection_ack')
        socket.send(
          JSON.stringify({
            id: '1',
            type: 'subscribe',
            payload: { query: group.query, variables: group.variables },
          }),
        );
      else if (message.type === 'ping') socket.send(JSON.stringify({ type: 'pong' }));
      else if (message.type === 'error') fail(JSON.stringify(message.payload));
    });
    socket.on('error', (error) => fail(error.code ?? error.message));
    socket.on('close', (code, reason) => fail(`closed ${code} ${reason}`));
  });
}

async function open(specs) {
  for (const spec of specs) {
    const group = {
      ...spec,
      sockets: [],
      failed: 0,
      errors: [],
      messages: 0,
      armed: false,
      heard: 0,
      onAllHeard: undefined,
    };
    groups.set(spec.name, group);
    let next = 0;
    const worker = async () => {
      while (next < spec.count) {
        const i = next++;
        await openOne(group, spec.urls[i % spec.urls.length]);
      }
    };
    await Promise.all(Array.from({ length: Math.min(OPENING_AT_ONCE, spec.count) }, worker));
  }
  send({
    type: 'opened',
    groups: Object.fromEntries(
      [...groups.values()].map((g) => [
        g.name,
        { open: g.sockets.length, failed: g.failed, errors: g.errors },
      ]),
    ),
  });
}

process.on('message', async (message) => {
  if (message.type === 'open') await open(message.groups);
  else if (message.type === 'count') {
    for (const g of groups.values()) g.messages = 0;
    counting = true;
    countStarted = process.hrtime.bigint();
  } else if (message.type === 'counted') {
    counting = false;
    send({
      type: 'counted',
      messages: Object.fromEntries([...groups.values()].map((g) => [g.name, g.messages])),
      seconds: Number(process.hrtime.bigint() - countStarted) / 1e9,
    });
  } else if (message.type === 'arm') {
    const g = groups.get(message.group);
    for (const s of g.sockets) s.heardAt = 0n;
    g.heard = 0;
    g.armed = true;
    send({ type: 'armed' });
  } else if (message.type === 'committed') {
    const g = groups.get(message.group);
    const at = BigInt(message.at);
    await new Promise((resolve) => {
      const timer = setTimeout(resolve, message.timeoutMs ?? 5000);
      g.onAllHeard = () => {
        clearTimeout(timer);
        resolve();
      };
      if (g.heard === g.sockets.length) g.onAllHeard();
    });
    g.armed = false;
    g.onAllHeard = undefined;
    send({
      type: 'heard',
      latencies: g.sockets.filter((s) => s.heardAt).map((s) => Number(s.heardAt - at) / 1e6),
      missing: g.sockets.length - g.heard,
    });
  } else if (message.type === 'close') {
    for (const g of groups.values())
      for (const s of g.sockets) {
        s.socket.removeAllListeners('close');
        s.socket.on('close', () => undefined);
        s.socket.terminate();
      }
    groups.clear();
    send({ type: 'closed' });
  }
});
process.on('disconnect', () => process.exit(0));
