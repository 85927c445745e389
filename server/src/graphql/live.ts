import { GraphQLError, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import type { SubscribeResolverData } from 'type-graphql';
import { accessRuleOf, assertAllowed, type AccessRule } from '../auth/access.js';
import type { Viewer } from '../auth/viewer.js';
import type { Context } from './context.js';
import { rootMethods } from './type-graphql-internals.js';

/**
 * How often a live subscription checks that its viewer may still watch. The viewer is read
 * through the Authenticator, whose cache (3 s) bounds how stale a check can be; a revocation on
 * this instance checks at once.
 */
export const RECHECK_MS = 1_000;

/**
 * A subscription root field: who may watch what (checked at subscribe time and again while it
 * runs, with the viewer read afresh), and the events it watches.
 */
export interface LiveSubscription<Args, Watched> {
  /**
   * What `args` name for `viewer` to watch; throws (FORBIDDEN, NOT_FOUND, …) when the viewer
   * may not. Runs after the field's `@Access` rule, at subscribe time and on every re-check.
   */
  authorize(viewer: Viewer, args: Args): Watched | Promise<Watched>;
  /** The events, each the root value of one execution of the field's selection. */
  events(context: Context, watched: Watched, args: Args): AsyncIterable<unknown>;
}

/** Stored and called without knowing its arguments' type (graphql hands them as coerced). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnySpec = LiveSubscription<any, unknown>;

type SubscribeFn = (data: SubscribeResolverData) => AsyncIterable<unknown>;

// the type-graphql `subscribe` function made by `live()` -> what it was made from
const specs = new WeakMap<object, AnySpec>();

/**
 * The `subscribe` of a `@Subscription` field. Every subscription root field must use it: the
 * schema build refuses one that does not ({@link liveSubscriptions}), so that none can outlive
 * the token, user or grant it was started with.
 */
export function live<Args, Watched>(spec: LiveSubscription<Args, Watched>): SubscribeFn {
  const subscribe: SubscribeFn = () => {
    // replaced on the built schema by liveSubscriptions(); reaching this is a build defect
    throw new Error('live subscription used outside buildAppSchema');
  };
  specs.set(subscribe, spec as AnySpec);
  return subscribe;
}

/** The root value that ends a live subscription: its field throws `error` (see below). */
class Ended {
  constructor(readonly error: GraphQLError) {}
}

/**
 * Every field of the schema's Subscription type, found on the built schema (so none can slip):
 * - refused at build time unless its `subscribe` was made by {@link live};
 * - at subscribe time its `@Access` rule, then `authorize`, with the subscriber's viewer;
 * - while it runs, both again every {@link RECHECK_MS} and after every revocation on this
 *   instance, with the viewer re-read from the credentials the subscription came with. A check
 *   refused (a revoked or expired token, a disabled user, a grant gone or no longer covering
 *   what is watched) ends the subscription: one last result whose `errors` carry the refusal
 *   (`extensions.code` UNAUTHENTICATED or FORBIDDEN), then `complete`. A check that fails for
 *   another reason (the database unreachable) is tried again at the next one.
 */
export function liveSubscriptions(schema: GraphQLSchema, classes: readonly Function[]): void {
  const subscription = schema.getSubscriptionType();
  if (!subscription) return;
  const metadata = new Map(
    rootMethods(classes)
      .filter((m) => m.type === 'Subscription')
      .map((m) => [m.field, m]),
  );
  const missing: string[] = [];
  for (const field of Object.values(subscription.getFields())) {
    const meta = metadata.get(field.name);
    const spec = typeof meta?.subscribe === 'function' ? specs.get(meta.subscribe) : undefined;
    const rule = meta && accessRuleOf(meta.target, meta.methodName);
    if (!meta || !spec || !rule) {
      missing.push(`Subscription.${field.name}`);
      continue;
    }
    field.subscribe = subscribeLive(spec, rule);
    const resolve = field.resolve;
    field.resolve = (root, args, context, info) => {
      if (root instanceof Ended) throw root.error;
      return resolve ? resolve(root, args, context, info) : root;
    };
  }
  if (missing.length) {
    throw new Error(
      `Subscriptions not made with live() (graphql/live.ts), so never re-checked: ${missing.join(', ')}`,
    );
  }
}

function subscribeLive(
  spec: AnySpec,
  rule: AccessRule,
): GraphQLFieldResolver<unknown, Context, Record<string, unknown>> {
  const check = async (viewer: Viewer, args: Record<string, unknown>) => {
    assertAllowed(rule, viewer);
    return spec.authorize(viewer, args);
  };
  return async (_source, args, context) => {
    const watched = await check(context.viewer, args);
    const events = spec.events(context, watched, args);
    return watch(events[Symbol.asyncIterator](), context, () =>
      context.app.authenticator.authenticate(context.credentials).then(async (viewer) => {
        await check(viewer, args);
        return viewer;
      }),
    );
  };
}

const DONE: IteratorReturnResult<undefined> = Object.freeze({ value: undefined, done: true });

/**
 * `events`, until a check of the viewer is refused: then `Ended` (once), and done. A viewer that
 * passes becomes the context's, so that each event reads with the grants as they are now.
 */
function watch(
  events: AsyncIterator<unknown>,
  context: Context,
  recheck: () => Promise<Viewer>,
): AsyncIterableIterator<unknown> {
  let ended: GraphQLError | undefined;
  let finished = false;
  let checking = false;
  // settles a next() still waiting on `events` when the subscription ends meanwhile
  let interrupt: ((result: IteratorResult<unknown>) => void) | undefined;

  const stop = () => {
    clearInterval(timer);
    unlisten();
    void Promise.resolve(events.return?.()).catch(() => undefined);
  };
  const end = (error: GraphQLError) => {
    if (finished || ended) return;
    ended = error;
    if (interrupt) {
      finished = true;
      stop();
      interrupt({ value: new Ended(error), done: false });
    }
  };
  const check = async () => {
    if (checking || finished || ended) return;
    checking = true;
    try {
      const viewer = await recheck();
      if (viewer !== context.viewer && !finished) context.viewer = viewer;
    } catch (error) {
      if (error instanceof GraphQLError && error.extensions.code) end(error);
      else context.log.debug({ err: error }, 'live subscription: viewer check failed, will retry');
    } finally {
      checking = false;
    }
  };
  const timer = setInterval(() => void check(), RECHECK_MS);
  timer.unref();
  // after a grant, revocation or disable here: check now (their transaction has committed)
  const unlisten = context.app.authenticator.onInvalidate(() => void check());

  return {
    next() {
      if (finished) return Promise.resolve(DONE);
      if (ended) {
        finished = true;
        stop();
        return Promise.resolve({ value: new Ended(ended), done: false });
      }
      return new Promise<IteratorResult<unknown>>((resolve, reject) => {
        let settled = false;
        interrupt = (result) => {
          if (settled) return;
          settled = true;
          interrupt = undefined;
          resolve(result);
        };
        events.next().then(
          (result) => {
            if (settled) return;
            settled = true;
            interrupt = undefined;
            if (result.done) {
              finished = true;
              stop();
            }
            resolve(result);
          },
          (error: unknown) => {
            if (settled) return;
            settled = true;
            interrupt = undefined;
            finished = true;
            stop();
            reject(error);
          },
        );
      });
    },
    return() {
      if (!finished) {
        finished = true;
        stop();
      }
      interrupt?.(DONE);
      return Promise.resolve(DONE);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
