import type { DealStatus, DealTotalsSubscription } from '../../sdk/src/index.js';

type Message = DealTotalsSubscription['dealTotals'];
type Group = Message['groups'][number];

/**
 * The order status segments are drawn in (the way a deal moves). Layout only: which deals count
 * is the server's to say (`inTotals`, `subtotals`, `total`), never the page's.
 */
export const STATUS_ORDER = [
  'INTENDED',
  'SIGNED',
  'EXECUTING',
  'FULFILLED',
  'CANCELLED',
] as const satisfies readonly DealStatus[];

export interface Segment {
  status: DealStatus;
  cents: bigint;
  count: number;
}

/** One sub-delegation's bar: its total as the server counts it, stacked by status. */
export interface Bar {
  key: string;
  nameZh: string;
  nameEn: string;
  segments: Segment[];
  cents: bigint;
  count: number;
}

export interface Totals {
  bars: Bar[];
  cents: bigint;
  count: number;
  /** The statuses drawn, in {@link STATUS_ORDER}. */
  statuses: DealStatus[];
  /** Groups the server counts in no total (inTotals false), shown beside the total. */
  notCounted: Segment[];
}

/** Exact cents of a Decimal string such as "1234.5" or "-0.25" (money is never a float). */
export function centsOf(decimal: string): bigint {
  const match = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(decimal);
  if (!match) throw new Error(`not an amount to the cent: ${decimal}`);
  const cents = BigInt(match[2]!) * 100n + BigInt((match[3] ?? '').padEnd(2, '0'));
  return match[1] ? -cents : cents;
}

/** "US$ 1,234,567.89" */
export function formatUsd(cents: bigint): string {
  const sign = cents < 0n ? '-' : '';
  const abs = cents < 0n ? -cents : cents;
  const whole = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}US$ ${whole}.${(abs % 100n).toString().padStart(2, '0')}`;
}

const keyOf = (group: Group) => group.subDelegation?.key ?? '';

/**
 * What the dashboard shows of a `dealTotals` message grouped by SUB_DELEGATION and STATUS: the
 * total is the message's `total`, each bar's figure its sub-delegation's `subtotals` entry, and
 * its segments the `groups` the server counts in totals; the groups it counts in none are
 * listed apart. Bars for every sub-delegation of the plan (those without deals at zero), in the
 * plan's order; deals of purchasers in no sub-delegation get a bar of their own at the end.
 */
export function totalsOf(
  subDelegations: readonly { key: string; nameZh: string; nameEn: string }[],
  message: Pick<Message, 'groups' | 'subtotals' | 'total'>,
): Totals {
  const bars = new Map<string, Bar>();
  for (const sub of subDelegations) {
    bars.set(sub.key, { ...sub, segments: [], cents: 0n, count: 0 });
  }
  const barOf = (group: Group): Bar => {
    const key = keyOf(group);
    let bar = bars.get(key);
    if (!bar) {
      bar = {
        key,
        nameZh: group.subDelegation?.nameZh ?? '未分配',
        nameEn: group.subDelegation?.nameEn ?? 'No sub-delegation',
        segments: [],
        cents: 0n,
        count: 0,
      };
      bars.set(key, bar);
    }
    return bar;
  };
  for (const subtotal of message.subtotals) {
    const bar = barOf(subtotal);
    bar.cents = centsOf(subtotal.sumUsd);
    bar.count = subtotal.count;
  }
  const notCounted = new Map<DealStatus, Segment>();
  const statuses = new Set<DealStatus>();
  for (const group of message.groups) {
    const status = group.status ?? 'INTENDED';
    const segment = { status, cents: centsOf(group.sumUsd), count: group.count };
    if (group.inTotals) {
      barOf(group).segments.push(segment);
      statuses.add(status);
    } else {
      // listed as the server grouped them: one line per status it counts in no total
      const line = notCounted.get(status) ?? { status, cents: 0n, count: 0 };
      line.cents += segment.cents;
      line.count += segment.count;
      notCounted.set(status, line);
    }
  }
  const order = (s: DealStatus) => STATUS_ORDER.indexOf(s as (typeof STATUS_ORDER)[number]);
  for (const bar of bars.values()) bar.segments.sort((a, b) => order(a.status) - order(b.status));
  return {
    bars: [...bars.values()],
    cents: centsOf(message.total.sumUsd),
    count: message.total.count,
    statuses: [...statuses].sort((a, b) => order(a) - order(b)),
    notCounted: [...notCounted.values()].sort((a, b) => order(a.status) - order(b.status)),
  };
}
