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

const DONE: IteratorReturnResult<undefined> = Object.freeze({ value: undefined, done: true });

/**
 * graphql's `subscribe`, except that subscribers running the same operation (same text,
 * operation name and variables) as the same viewer execute each event once between them, instead
 * of once each: a thousand screens on one delegation's totals cost one execution per change.
 * `audience` says whose eyes the result is for (`Viewer.fingerprint`); results are only shared
 * within one audience, so access rules hold as before. `beforeExecute` runs before each execution
 * this subscriber does itself (e.g. fresh loaders, so that an event reads current rows).
 */
export async function subscribeShared(
  args: ExecutionArgs,
  audience: string,
  beforeExecute: () => void = () => undefined,
): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const stream = await createSourceEventStream(args);
  if (!isAsyncIterable(stream)) return stream;
  const run = (event: unknown): Result => {
    beforeExecute();
    return execute({ ...args, rootValue: event });
  };
  // without the text the operation came as, there is nothing to tell equal operations by
  const text = args.document.loc?.source.body;
  if (text === undefined) return mapEvents(stream, run);
  const key = `${audience}\n${args.operationName ?? ''}\n${JSON.stringify(args.variableValues ?? null)}\n${text}`;
  return mapEvents(stream, (event) => {
    if (typeof event !== 'object' || event === null) return run(event);
    let results = resultsByEvent.get(event);
    if (!results) resultsByEvent.set(event, (results = new Map()));
    let result = results.get(key);
    if (!result) {
      const executed = run(event);
      results.set(key, executed);
      // once settled, later subscribers take the result as it is, without another turn
      if (executed instanceof Promise) void executed.then((r) => results.set(key, r), noop);
      result = executed;
    }
    return result;
  });
}

function noop(): void {}

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
    return DONE;
  };
  const failed = async (error: unknown): Promise<never> => {
    await close().catch(noop);
    throw error;
  };
  const step = (
    next: IteratorResult<unknown>,
  ): IteratorResult<ExecutionResult> | Promise<IteratorResult<ExecutionResult>> => {
    if (next.done) return DONE;
    let result: Result;
    try {
      result = map(next.value);
    } catch (error) {
      return failed(error);
    }
    if (!(result instanceof Promise)) return { value: result, done: false };
    return result.then((value) => ({ value, done: false }), failed);
  };
  return {
    next: () => events.next().then(step),
    return: close,
    throw: (error: unknown) => (events.throw ? events.throw(error).then(step) : failed(error)),
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
