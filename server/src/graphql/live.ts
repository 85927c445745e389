import { GraphQLError, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import type { SubscribeResolverData } from 'type-graphql';
import { accessRuleOf, assertAllowed, type AccessRule } from '../auth/access.js';
import type { Viewer } from '../auth/viewer.js';
import type { App, Context } from './context.js';
import { rootMethods } from './type-graphql-internals.js';

/**
 * How often a live subscription checks that its viewer may still watch: one timer per server,
 * each tick reading each token's viewer once for all the subscriptions that hold it. The viewer
 * is read through the Authenticator, whose cache (3 s) bounds how stale a check can be; a
 * revocation on this instance checks at once.
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
    field.subscribe = subscribeLive(field.name, spec, rule);
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
  field: string,
  spec: AnySpec,
  rule: AccessRule,
): GraphQLFieldResolver<unknown, Context, Record<string, unknown>> {
  const check = (viewer: Viewer, args: Record<string, unknown>) => {
    assertAllowed(rule, viewer);
    return spec.authorize(viewer, args);
  };
  return async (_source, args, context) => {
    const watched = await check(context.viewer, args);
    const events = spec.events(context, watched, args);
    return watch(events[Symbol.asyncIterator](), context, {
      // subscriptions of one field with equal arguments pass or fail a viewer's check alike
      key: `${field}\n${JSON.stringify(args)}`,
      check: (viewer) => check(viewer, args),
    });
  };
}

/** What a subscription is re-checked by: equal `key`s, equal outcomes for a viewer. */
interface Recheck {
  key: string;
  check(viewer: Viewer): unknown;
}

/** A running subscription, as the re-checks tell it their outcome. */
interface Watcher {
  /** The viewer passed: its events read with it from now on. */
  passed(viewer: Viewer): void;
  /** The viewer was refused: the subscription ends with `error`. */
  refused(error: GraphQLError): void;
}

/** The subscriptions of one credentials value (one token): its viewer is read once for all. */
interface Holder {
  credentials: unknown;
  /** By {@link Recheck.key}: the check, run once per re-read, and whom it concerns. */
  checks: Map<string, { check: Recheck['check']; watchers: Set<Watcher> }>;
  checking: boolean;
  /** An invalidation came while checking: check again once done (it may have read stale). */
  again: boolean;
}

/**
 * The re-checks of one server's live subscriptions: one timer for all of them; on each tick (and
 * after each invalidation) each distinct credentials value is read once, and each distinct check
 * (field and arguments) of it run once, its outcome told to every subscription it concerns. So
 * ten thousand screens on one token cost one viewer read per tick, not ten thousand.
 */
class Rechecks {
  private readonly holders = new Map<unknown, Holder>();
  private timer: NodeJS.Timeout | undefined;
  private unlisten: (() => void) | undefined;

  constructor(private readonly app: App) {}

  /** Re-checks `watcher` with `recheck` until the function returned is called. */
  add(credentials: unknown, recheck: Recheck, watcher: Watcher): () => void {
    let holder = this.holders.get(credentials);
    if (!holder) {
      holder = { credentials, checks: new Map(), checking: false, again: false };
      this.holders.set(credentials, holder);
    }
    let group = holder.checks.get(recheck.key);
    if (!group) {
      group = { check: recheck.check, watchers: new Set() };
      holder.checks.set(recheck.key, group);
    }
    group.watchers.add(watcher);
    if (!this.timer) {
      this.timer = setInterval(() => this.checkAll(false), RECHECK_MS);
      this.timer.unref();
      // after a grant, revocation or disable here: check now (their transaction has committed)
      this.unlisten = this.app.authenticator.onInvalidate(() => this.checkAll(true));
    }
    const [h, g] = [holder, group];
    return () => {
      if (!g.watchers.delete(watcher) || g.watchers.size) return;
      if (h.checks.get(recheck.key) === g) h.checks.delete(recheck.key);
      if (h.checks.size || this.holders.get(credentials) !== h) return;
      this.holders.delete(credentials);
      if (this.holders.size) return;
      clearInterval(this.timer);
      this.timer = undefined;
      this.unlisten?.();
      this.unlisten = undefined;
    };
  }

  private checkAll(invalidated: boolean): void {
    for (const holder of this.holders.values()) void this.check(holder, invalidated);
  }

  private async check(holder: Holder, invalidated: boolean): Promise<void> {
    if (holder.checking) {
      // a tick during a slow read is skipped; an invalidation is not
      holder.again ||= invalidated;
      return;
    }
    holder.checking = true;
    try {
      do {
        holder.again = false;
        await this.checkOnce(holder);
      } while (holder.again && this.holders.get(holder.credentials) === holder);
    } finally {
      holder.checking = false;
    }
  }

  private async checkOnce(holder: Holder): Promise<void> {
    let viewer: Viewer;
    try {
      viewer = await this.app.authenticator.authenticate(holder.credentials);
    } catch (error) {
      this.failed(
        [...holder.checks.values()].flatMap((g) => [...g.watchers]),
        error,
      );
      return;
    }
    for (const group of [...holder.checks.values()]) {
      try {
        const outcome = group.check(viewer);
        if (outcome instanceof Promise) await outcome;
      } catch (error) {
        this.failed([...group.watchers], error);
        continue;
      }
      for (const watcher of [...group.watchers]) watcher.passed(viewer);
    }
  }

  /**
   * A refusal (a code) ends the subscriptions; anything else (the database unreachable) is
   * tried again at the next tick.
   */
  private failed(watchers: Watcher[], error: unknown): void {
    if (error instanceof GraphQLError && error.extensions.code) {
      for (const watcher of watchers) watcher.refused(error);
    } else if (watchers.length) {
      this.app.log.debug(
        { err: error, subscriptions: watchers.length },
        'live subscription: viewer check failed, will retry',
      );
    }
  }
}

// each server's re-checks (tests run several servers in one process)
const rechecksOf = new WeakMap<App, Rechecks>();

const DONE: IteratorReturnResult<undefined> = Object.freeze({ value: undefined, done: true });

/**
 * `events`, until a check of the viewer is refused: then `Ended` (once), and done. A viewer that
 * passes becomes the context's, so that each event reads with the grants as they are now.
 */
function watch(
  events: AsyncIterator<unknown>,
  context: Context,
  recheck: Recheck,
): AsyncIterableIterator<unknown> {
  let ended: GraphQLError | undefined;
  let finished = false;
  // settles a next() still waiting on `events` when the subscription ends meanwhile
  let interrupt: ((result: IteratorResult<unknown>) => void) | undefined;

  const stop = () => {
    remove();
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
  let rechecks = rechecksOf.get(context.app);
  if (!rechecks) rechecksOf.set(context.app, (rechecks = new Rechecks(context.app)));
  const remove = rechecks.add(context.credentials, recheck, {
    passed(viewer) {
      if (viewer !== context.viewer && !finished && !ended) context.viewer = viewer;
    },
    refused: end,
  });

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
