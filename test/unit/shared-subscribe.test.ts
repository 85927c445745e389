import {
  GraphQLInt,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  parse,
  type ExecutionResult,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { subscribeShared } from '../../server/src/graphql/shared-subscribe.js';

/** A source whose events are pushed by the test; every subscriber sees the same event objects. */
function channel() {
  const waiting = new Set<(event: { n: number }) => void>();
  return {
    push(event: { n: number }) {
      for (const w of [...waiting]) w(event);
    },
    source(): AsyncIterableIterator<{ n: number }> {
      let wake: ((event: { n: number }) => void) | undefined;
      return {
        next: () =>
          new Promise((resolve) => {
            wake = (event) => {
              waiting.delete(wake!);
              resolve({ value: event, done: false });
            };
            waiting.add(wake);
          }),
        return: () => {
          if (wake) waiting.delete(wake);
          return Promise.resolve({ value: undefined, done: true });
        },
        [Symbol.asyncIterator]() {
          return this;
        },
      };
    },
  };
}

function setup() {
  const events = channel();
  const executions: string[] = [];
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({ name: 'Query', fields: { x: { type: GraphQLInt } } }),
    subscription: new GraphQLObjectType({
      name: 'Subscription',
      fields: {
        total: {
          type: new GraphQLObjectType({
            name: 'Total',
            fields: {
              n: { type: GraphQLInt },
              loaders: {
                type: GraphQLInt,
                resolve: (_event, _args, ctx: { viewer: string; loaders: number }) => ctx.loaders,
              },
              seenBy: {
                type: GraphQLString,
                resolve: (_event, _args, ctx: { viewer: string; loaders: number }) => {
                  executions.push(ctx.viewer);
                  return ctx.viewer;
                },
              },
            },
          }),
          args: { scale: { type: GraphQLInt } },
          subscribe: () => events.source(),
          resolve: (event: { n: number }, args: { scale?: number }) => ({
            n: event.n * (args.scale ?? 1),
          }),
        },
      },
    }),
  });
  /** Loaders made afresh before each execution, as the server's context renews them. */
  let loaderGeneration = 0;
  const subscriber = async (viewer: string, variables: Record<string, unknown> = {}) => {
    const context = { viewer, loaders: 0 };
    const document = parse('subscription($s: Int) { total(scale: $s) { n seenBy loaders } }');
    const stream = (await subscribeShared(
      { schema, document, variableValues: variables, contextValue: context },
      viewer,
      () => (context.loaders = ++loaderGeneration),
    )) as AsyncIterableIterator<ExecutionResult>;
    return stream;
  };
  return { events, executions, subscriber };
}

describe('subscription results shared between equal operations', () => {
  it('executes each event once for the screens of one viewer, and apart for another viewer', async () => {
    const { events, executions, subscriber } = setup();
    const screens = await Promise.all([subscriber('ana'), subscriber('ana'), subscriber('bo')]);
    const results = screens.map((s) => s.next());
    events.push({ n: 7 });
    const got = await Promise.all(results);
    expect(got.map((r) => r.value?.data?.total)).toMatchObject([
      { n: 7, seenBy: 'ana' },
      { n: 7, seenBy: 'ana' },
      { n: 7, seenBy: 'bo' },
    ]);
    expect(executions.sort()).toEqual(['ana', 'bo']);
    for (const s of screens) await s.return?.();
  });

  it('keeps operations with other variables apart', async () => {
    const { events, subscriber } = setup();
    const screens = await Promise.all([subscriber('ana', { s: 1 }), subscriber('ana', { s: 3 })]);
    const results = screens.map((s) => s.next());
    events.push({ n: 2 });
    const got = await Promise.all(results);
    expect(got.map((r) => r.value?.data?.total)).toMatchObject([
      { n: 2, seenBy: 'ana' },
      { n: 6, seenBy: 'ana' },
    ]);
    for (const s of screens) await s.return?.();
  });

  it('executes every event with fresh loaders, not the ones of the event before', async () => {
    const { events, subscriber } = setup();
    const screen = await subscriber('ana');
    const first = screen.next();
    events.push({ n: 1 });
    await first;
    const second = screen.next();
    events.push({ n: 2 });
    const [a, b] = [(await first).value?.data?.total, (await second).value?.data?.total];
    expect(a).toMatchObject({ n: 1 });
    expect(b).toMatchObject({ n: 2 });
    expect((b as { loaders: number }).loaders).toBeGreaterThan((a as { loaders: number }).loaders);
    await screen.return?.();
  });

  it('ends a subscription at once when its client leaves, without waiting for an event', async () => {
    const { subscriber } = setup();
    const screen = await subscriber('ana');
    const pending = screen.next();
    await expect(screen.return!()).resolves.toEqual({ value: undefined, done: true });
    void pending;
  });
});
