import { AppError, ErrorCode } from '../graphql/errors.js';
import type { DealChange, DealChangeListener } from './listener.js';
import { msg } from '../i18n/message.js';

/** Events a subscriber has not read yet, at most; past that it is too slow and is dropped. */
const MAX_BACKLOG = 10_000;

/** Every committed deal change that passes `accept`, in order, until the subscriber leaves. */
export function dealChanges(
  listener: DealChangeListener,
  accept: (change: DealChange) => boolean,
): AsyncIterableIterator<DealChange> {
  const backlog: DealChange[] = [];
  let waiting: ((result: IteratorResult<DealChange>) => void) | undefined;
  let failed: ((error: Error) => void) | undefined;
  let done = false;
  let overflow = false;
  const onChange = (change: DealChange) => {
    if (done || !accept(change)) return;
    if (waiting) {
      const resolve = waiting;
      waiting = undefined;
      failed = undefined;
      resolve({ value: change, done: false });
    } else if (backlog.length >= MAX_BACKLOG) {
      overflow = true;
      finish();
    } else backlog.push(change);
  };
  const finish = () => {
    done = true;
    listener.off('change', onChange);
  };
  listener.on('change', onChange);
  return {
    next() {
      const value = backlog.shift();
      if (value) return Promise.resolve({ value, done: false });
      if (overflow) {
        return Promise.reject(
          new AppError(ErrorCode.CONFLICT, msg`Subscriber fell too far behind; subscribe again`),
        );
      }
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => {
        waiting = resolve;
        failed = reject;
      });
    },
    return() {
      finish();
      backlog.length = 0;
      waiting?.({ value: undefined, done: true });
      waiting = undefined;
      void failed;
      return Promise.resolve({ value: undefined, done: true });
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
