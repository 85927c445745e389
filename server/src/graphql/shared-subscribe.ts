import {
  createSourceEventStream,
  execute,
  type ExecutionArgs,
  type ExecutionResult,
} from 'graphql';

type Result = ExecutionResult | Promise<ExecutionResult>;

/**
 * For each event a subscription source handed out (one object for all the subscribers of a live
 * channel), the results already executed for it, by operation. Weak: an event and its results go
 * once no subscriber holds the event any more.
 */
const resultsByEvent = new WeakMap<object, Map<string, Result>>();

/**
 * graphql's `subscribe`, except that subscribers running the same operation (same text,
 * operation name and variables) as the same viewer execute each event once between them, instead
 * of once each: a thousand screens on one delegation's totals cost one execution per change.
 * `audience` says whose eyes the result is for (`Viewer.fingerprint`); results are only
 * shared within one audience, so access rules hold as before.
 */
export async function subscribeShared(
  args: ExecutionArgs,
  audience: string,
): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const stream = await createSourceEventStream(args);
  if (!isAsyncIterable(stream)) return stream;
  // without the text the operation came as, there is nothing to tell equal operations by
  const text = args.document.loc?.source.body;
  const key =
    text === undefined
      ? undefined
      : `${audience}\n${args.operationName ?? ''}\n${JSON.stringify(args.variableValues ?? null)}\n${text}`;
  return mapEvents(stream, (event) => {
    if (key === undefined || typeof event !== 'object' || event === null) {
      return execute({ ...args, rootValue: event });
    }
    let results = resultsByEvent.get(event);
    if (!results) resultsByEvent.set(event, (results = new Map()));
    let result = results.get(key);
    if (!result) results.set(key, (result = execute({ ...args, rootValue: event })));
    return result;
  });
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof (value as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function';
}

/**
 * Each event mapped to its result. Hand-written rather than an async generator: `return()` must
 * reach the source at once (a client unsubscribing), not wait for the source's next event.
 */
function mapEvents(
  source: AsyncIterable<unknown>,
  map: (event: unknown) => Result,
): AsyncIterableIterator<ExecutionResult> {
  const events = source[Symbol.asyncIterator]();
  const close = async () => {
    await events.return?.();
    return { value: undefined, done: true } as const;
  };
  const mapped = async (
    next: IteratorResult<unknown>,
  ): Promise<IteratorResult<ExecutionResult>> => {
    if (next.done) return { value: undefined, done: true };
    try {
      return { value: await map(next.value), done: false };
    } catch (error) {
      await close().catch(() => undefined);
      throw error;
    }
  };
  return {
    next: async () => mapped(await events.next()),
    return: close,
    throw: async (error: unknown) => {
      if (!events.throw) throw error;
      return mapped(await events.throw(error));
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
