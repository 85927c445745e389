// S1's floor: the least a server can do to push a delegation's live deal totals. A bare
// graphql-ws server (`useServer` over `ws`, the same packages as Delegation Hub's) with a schema
// of one subscription, fed by LISTEN on the channel the hub's trigger notifies (`deal_changes`),
// that reads the totals with the very statement the hub's dealTotals subscription runs
// (TOTALS_SQL: compiled by run.mjs from the hub's own dealTotalsBySets, its one parameter the
// delegation) once per change and delegation, whatever the number of subscribers, and hands the
// same object to each, executed once for all the subscribers of the same operation (as the hub's
// subscribeShared does: else a push costs an execution per socket). No authentication, no
// re-checks, no coalescing window, no metrics.
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// the product's graphql, graphql-ws and ws (one graphql module: the bench's own node_modules has
// PostGraphile's copy)
const require = createRequire(path.join(root, 'package.json'));
const {
  GraphQLSchema,
  GraphQLObjectType,
  GraphQLID,
  GraphQLInt,
  GraphQLString,
  GraphQLList,
  GraphQLNonNull,
  GraphQLBoolean,
  createSourceEventStream,
  execute,
} = require('graphql');
const { useServer } = require('graphql-ws/use/ws');
const { WebSocketServer } = require('ws');

const TOTALS_SQL = process.env.TOTALS_SQL;
const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.POOL || 10),
});

/** One channel per delegation: its subscribers, and the one read running for all of them. */
const channels = new Map();

class Channel {
  constructor(delegation) {
    this.delegation = delegation;
    this.sinks = new Set();
    this.sequence = 0;
    /** The last totals read, which a new subscriber gets first (the others have them). */
    this.last = undefined;
    this.reading = false;
    this.again = false;
  }

  async read() {
    if (this.reading) {
      this.again = true;
      return;
    }
    this.reading = true;
    try {
      do {
        this.again = false;
        const { rows } = await pool.query({
          name: 'totals',
          text: TOTALS_SQL,
          values: [this.delegation],
        });
        this.sequence += 1;
        this.last = { sequence: this.sequence, groups: rows };
        for (const sink of this.sinks) sink(this.last);
      } while (this.again);
    } finally {
      this.reading = false;
    }
  }
}

/** An async iterator of the channel's messages, newest only (as the hub's, a queue of one). */
function subscribe(delegation) {
  let channel = channels.get(delegation);
  if (!channel) channels.set(delegation, (channel = new Channel(delegation)));
  let pending;
  let waiting;
  let done = false;
  const sink = (message) => {
    if (waiting) {
      const resolve = waiting;
      waiting = undefined;
      resolve({ value: message, done: false });
    } else pending = message;
  };
  channel.sinks.add(sink);
  // the current totals: those read last, unless a read (which will bring them) is under way
  if (!channel.reading) {
    if (channel.last) sink(channel.last);
    else void channel.read();
  }
  const close = () => {
    done = true;
    channel.sinks.delete(sink);
    if (!channel.sinks.size) channels.delete(delegation);
    waiting?.({ value: undefined, done: true });
    return Promise.resolve({ value: undefined, done: true });
  };
  return {
    next() {
      if (pending) {
        const value = pending;
        pending = undefined;
        return Promise.resolve({ value, done: false });
      }
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve) => (waiting = resolve));
    },
    return: close,
    throw: close,
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

const Group = new GraphQLObjectType({
  name: 'DealTotalsGroup',
  fields: {
    inTotals: { type: new GraphQLNonNull(GraphQLBoolean) },
    count: { type: new GraphQLNonNull(GraphQLInt) },
    sumUsd: { type: new GraphQLNonNull(GraphQLString) },
    avgUsd: { type: GraphQLString },
    minUsd: { type: GraphQLString },
    maxUsd: { type: GraphQLString },
  },
});
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: { ok: { type: GraphQLBoolean, resolve: () => true } },
  }),
  subscription: new GraphQLObjectType({
    name: 'Subscription',
    fields: {
      dealTotals: {
        type: new GraphQLObjectType({
          name: 'DealTotals',
          fields: {
            sequence: { type: new GraphQLNonNull(GraphQLInt) },
            groups: { type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(Group))) },
          },
        }),
        // a delegation's uuid
        args: { delegationId: { type: GraphQLID } },
        subscribe: (_root, { delegationId }) => subscribe(delegationId),
        resolve: (message) => message,
      },
    },
  }),
});

const listener = new pg.Client({ connectionString: process.env.DATABASE_URL });
await listener.connect();
listener.on('notification', (message) => {
  const change = JSON.parse(message.payload);
  void channels.get(change.d)?.read();
});
await listener.query('listen deal_changes');

/** Per event (one object for all of a channel's subscribers), its results by operation. */
const resultsByEvent = new WeakMap();
/** graphql's subscribe, each event executed once per operation (text and variables). */
async function subscribeShared(args) {
  const stream = await createSourceEventStream(args);
  if (!stream[Symbol.asyncIterator]) return stream;
  const events = stream[Symbol.asyncIterator]();
  const key = `${JSON.stringify(args.variableValues ?? null)}\n${args.document.loc.source.body}`;
  const resultOf = (event) => {
    let results = resultsByEvent.get(event);
    if (!results) resultsByEvent.set(event, (results = new Map()));
    let result = results.get(key);
    if (!result) results.set(key, (result = execute({ ...args, rootValue: event })));
    return result;
  };
  return {
    async next() {
      const { value, done } = await events.next();
      return done ? { value: undefined, done } : { value: await resultOf(value), done: false };
    },
    return: () => events.return(),
    throw: (error) => events.throw(error),
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

const server = createServer((_req, res) => res.writeHead(404).end());
useServer(
  { schema, subscribe: subscribeShared },
  new WebSocketServer({ server, path: '/graphql' }),
);
server.listen(Number(process.env.PORT), '127.0.0.1', () =>
  process.stdout.write(`live floor ready at http://127.0.0.1:${process.env.PORT}/graphql\n`),
);
