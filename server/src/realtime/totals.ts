import { sql } from '../db/sql.js';
import { Viewer } from '../auth/viewer.js';
import type { Query } from '../graphql/loaders.js';
import type { Logger } from '../logger.js';
import {
  DealGroupBy,
  dealTotalsBySets,
  type DealTotalsGroup,
} from '../modules/deal/deal.aggregate.js';
import type { DealChange, DealChangeListener } from './listener.js';

/** What a `dealTotals` subscriber receives. */
export interface DealTotalsMessage {
  scope: { kind: 'delegation' | 'expo'; id: string };
  groupBy: DealGroupBy[];
  groups: DealTotalsGroup[];
  /** The groups without STATUS (the rule's totals of each group). */
  subtotals: DealTotalsGroup[];
  /** The whole scope's total. */
  total: DealTotalsGroup;
  /** When these totals were read. */
  at: Date;
  /** Increases with every message of the channel. */
  sequence: number;
}

/**
 * At most one read per channel per window: a commit after a quiet spell is read at once (the
 * leading edge), commits that land within the window after a read are announced together at its
 * end (the trailing edge).
 */
const COALESCE_MS = 40;
/** After a failed forced read (the database may be restarting), the next try waits this long. */
const RETRY_MS = 1_000;

/**
 * A queue of one: a slow reader skips to the newest totals instead of piling up old ones,
 * so the last message it reads is always the current state.
 */
class LatestIterator<T> implements AsyncIterableIterator<T> {
  private pending: T | undefined;
  private hasPending = false;
  private waiting: ((result: IteratorResult<T>) => void) | undefined;
  private done = false;

  constructor(private readonly onClose: () => void) {}

  push(value: T): void {
    if (this.done) return;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = undefined;
      resolve({ value, done: false });
    } else {
      this.pending = value;
      this.hasPending = true;
    }
  }

  next(): Promise<IteratorResult<T>> {
    if (this.hasPending) {
      const value = this.pending as T;
      this.pending = undefined;
      this.hasPending = false;
      return Promise.resolve({ value, done: false });
    }
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => (this.waiting = resolve));
  }

  return(): Promise<IteratorResult<T>> {
    this.close();
    return Promise.resolve({ value: undefined, done: true });
  }

  close(): void {
    if (this.done) return;
    this.done = true;
    this.pending = undefined;
    this.hasPending = false;
    this.waiting?.({ value: undefined, done: true });
    this.waiting = undefined;
    this.onClose();
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}

/** Subscribers that share one computation: same scope, same grouping. */
interface Channel {
  key: string;
  scope: DealTotalsMessage['scope'];
  groupBy: DealGroupBy[];
  sinks: Set<LatestIterator<DealTotalsMessage>>;
  last: DealTotalsMessage | undefined;
  lastJson: string | undefined;
  /** The read to come: a timer, or an immediate on the leading edge. */
  timer: NodeJS.Timeout | NodeJS.Immediate | undefined;
  /** When the last read started (performance.now()). */
  readAt: number;
  computing: boolean;
  dirty: boolean;
  force: boolean;
  sequence: number;
}

function cancel(channel: Channel): void {
  clearTimeout(channel.timer as NodeJS.Timeout | undefined);
  clearImmediate(channel.timer as NodeJS.Immediate | undefined);
  channel.timer = undefined;
}

/**
 * Live deal totals for any number of screens: subscribers of the same delegation (or expo) and
 * grouping share one channel, so a burst of writes costs one aggregate query per channel per
 * window, not one per subscriber. Totals are read after the commit that announced them.
 */
export class DealTotalsHub {
  private readonly channels = new Map<string, Channel>();
  private readonly onChange = (change: DealChange) => this.changed(change);
  private readonly onResync = () => this.resync();

  constructor(
    private readonly listener: DealChangeListener,
    private readonly query: Query,
    private readonly log: Logger,
  ) {
    listener.on('change', this.onChange);
    listener.on('resync', this.onResync);
  }

  /** Subscribers connected now, over all channels. */
  get subscriberCount(): number {
    let n = 0;
    for (const channel of this.channels.values()) n += channel.sinks.size;
    return n;
  }

  /**
   * Subscribes to the totals of a delegation or an expo; the caller has checked that the
   * subscriber reads all of its deals, so one computation serves every subscriber of the
   * channel. The first message is the current totals.
   */
  subscribe(
    scope: DealTotalsMessage['scope'],
    groupBy: DealGroupBy[],
  ): AsyncIterableIterator<DealTotalsMessage> {
    const sortedGroups = [...new Set(groupBy)].sort();
    const key = `${scope.kind}:${scope.id}:${sortedGroups.join(',')}`;
    let channel = this.channels.get(key);
    if (!channel) {
      channel = {
        key,
        scope,
        groupBy: sortedGroups,
        sinks: new Set(),
        last: undefined,
        lastJson: undefined,
        timer: undefined,
        readAt: -Infinity,
        computing: false,
        dirty: false,
        force: false,
        sequence: 0,
      };
      this.channels.set(key, channel);
    }
    const ch = channel;
    const sink = new LatestIterator<DealTotalsMessage>(() => {
      ch.sinks.delete(sink);
      if (ch.sinks.size === 0) {
        cancel(ch);
        this.channels.delete(ch.key);
      }
    });
    ch.sinks.add(sink);
    if (ch.last && !ch.dirty && !ch.computing && !ch.timer) sink.push(ch.last);
    else this.schedule(ch, true, 0);
    return sink;
  }

  private changed(change: DealChange): void {
    for (const channel of this.channels.values()) {
      const hit =
        (channel.scope.kind === 'delegation' && channel.scope.id === change.d) ||
        (channel.scope.kind === 'expo' && channel.scope.id === change.e);
      if (hit) this.schedule(channel, false);
    }
  }

  /** After a lost LISTEN connection: recompute everything and send it, changed or not. */
  private resync(): void {
    for (const channel of this.channels.values()) this.schedule(channel, true, 0);
  }

  /** A read of the channel's totals: after `delay` ms, or else as soon as the window allows. */
  private schedule(channel: Channel, force: boolean, delay?: number): void {
    channel.force ||= force;
    if (channel.computing) {
      channel.dirty = true;
      return;
    }
    if (channel.timer) return;
    const wait = delay ?? channel.readAt + COALESCE_MS - performance.now();
    const run = () => {
      channel.timer = undefined;
      void this.compute(channel);
    };
    // an immediate still lets the rest of a burst of notifications (one socket read) in first
    channel.timer = wait > 0 ? setTimeout(run, wait) : setImmediate(run);
  }

  private async compute(channel: Channel): Promise<void> {
    channel.computing = true;
    channel.dirty = false;
    channel.readAt = performance.now();
    const force = channel.force;
    channel.force = false;
    let failed = false;
    try {
      // the asked groups, their subtotals and the total, in one statement, by the one rule
      const [groups, subtotals, [total]] = await dealTotalsBySets(
        this.query,
        Viewer.system,
        [channel.groupBy, channel.groupBy.filter((g) => g !== DealGroupBy.STATUS), []],
        {
          where:
            channel.scope.kind === 'delegation'
              ? sql`dl.delegation_id = ${sql.value(channel.scope.id)}::uuid`
              : sql`dl.expo_id = ${sql.value(channel.scope.id)}::uuid`,
        },
      );
      const json = JSON.stringify([groups, subtotals, total]);
      if (force || json !== channel.lastJson) {
        channel.sequence += 1;
        channel.lastJson = json;
        channel.last = {
          scope: channel.scope,
          groupBy: channel.groupBy,
          groups: groups!,
          subtotals: subtotals!,
          total: total!,
          at: new Date(),
          sequence: channel.sequence,
        };
        for (const sink of channel.sinks) sink.push(channel.last);
      }
    } catch (error) {
      // the database may be restarting: the listener's resync will bring the totals back
      this.log.warn({ err: error, channel: channel.key }, 'deal totals could not be read');
      channel.force ||= force;
      channel.dirty = true;
      failed = true;
    } finally {
      channel.computing = false;
      if (channel.dirty && this.channels.has(channel.key)) {
        this.schedule(channel, false, failed && channel.force ? RETRY_MS : undefined);
      }
    }
  }

  /** Ends every subscription (server shutdown). */
  close(): void {
    this.listener.off('change', this.onChange);
    this.listener.off('resync', this.onResync);
    for (const channel of [...this.channels.values()]) {
      for (const sink of [...channel.sinks]) sink.close();
    }
  }
}
