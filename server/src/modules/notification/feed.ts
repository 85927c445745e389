import { AppError, ErrorCode } from '../../graphql/errors.js';
import type { DealChangeListener, NotificationSignal } from '../../realtime/listener.js';
import { msg } from '../../i18n/message.js';

/** Signals a subscriber has not handled yet, at most; past that it is too slow and is dropped. */
const MAX_BACKLOG = 10_000;

/**
 * The outbox events announced on this instance's LISTEN connection that `accept` lets through,
 * each read by `read` (the subscriber's scoped read: null when it may not read it), in commit
 * order, until the subscriber leaves. Reads happen one at a time, so events arrive in order.
 */
export function notificationsAdded<T>(
  listener: DealChangeListener,
  accept: (signal: NotificationSignal) => boolean,
  read: (id: string) => Promise<T | null>,
): AsyncIterableIterator<T> {
  const backlog: string[] = [];
  let wake: (() => void) | undefined;
  let done = false;
  let overflow = false;
  const onSignal = (signal: NotificationSignal) => {
    if (done || signal.id === undefined || !accept(signal)) return;
    if (backlog.length >= MAX_BACKLOG) overflow = true;
    else backlog.push(signal.id);
    wake?.();
  };
  listener.on('notification', onSignal);
  const finish = () => {
    done = true;
    listener.off('notification', onSignal);
    backlog.length = 0;
    wake?.();
  };
  const iterator: AsyncIterableIterator<T> = {
    async next(): Promise<IteratorResult<T>> {
      for (;;) {
        if (overflow) {
          finish();
          throw new AppError(
            ErrorCode.CONFLICT,
            msg`Subscriber fell too far behind; subscribe again`,
          );
        }
        if (done) return { value: undefined, done: true };
        const id = backlog.shift();
        if (id === undefined) {
          await new Promise<void>((resolve) => (wake = resolve));
          wake = undefined;
          continue;
        }
        const row = await read(id);
        if (row && !done) return { value: row, done: false };
      }
    },
    return(): Promise<IteratorResult<T>> {
      finish();
      return Promise.resolve({ value: undefined, done: true });
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
  return iterator;
}
