import type { DealStatus, DealTotalsSubscription } from '../../sdk/src/index.js';

type Group = DealTotalsSubscription['dealTotals']['groups'][number];

/** The statuses a bar is stacked from, in the order a deal moves through them. */
export const LIVE_STATUSES = [
  'INTENDED',
  'SIGNED',
  'EXECUTING',
  'FULFILLED',
] as const satisfies readonly DealStatus[];

export interface Segment {
  status: DealStatus;
  cents: bigint;
  count: number;
}

/** One sub-delegation's bar: its deals (cancelled ones left out), stacked by status. */
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
  cancelledCents: bigint;
  cancelledCount: number;
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

/**
 * Bars for every sub-delegation of the plan (those without deals at zero), in the plan's order,
 * from totals grouped by SUB_DELEGATION and STATUS; deals of purchasers in no sub-delegation
 * get a bar of their own at the end.
 */
export function totalsOf(
  subDelegations: readonly { key: string; nameZh: string; nameEn: string }[],
  groups: readonly Group[],
): Totals {
  const bars = new Map<string, Bar>();
  for (const sub of subDelegations) {
    bars.set(sub.key, { ...sub, segments: [], cents: 0n, count: 0 });
  }
  const totals: Totals = { bars: [], cents: 0n, count: 0, cancelledCents: 0n, cancelledCount: 0 };
  for (const group of groups) {
    const cents = centsOf(group.sumUsd);
    if (group.status === 'CANCELLED') {
      totals.cancelledCents += cents;
      totals.cancelledCount += group.count;
      continue;
    }
    const key = group.subDelegation?.key ?? '';
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
    bar.segments.push({ status: group.status ?? 'INTENDED', cents, count: group.count });
    bar.cents += cents;
    bar.count += group.count;
    totals.cents += cents;
    totals.count += group.count;
  }
  for (const bar of bars.values()) {
    bar.segments.sort(
      (a, b) =>
        LIVE_STATUSES.indexOf(a.status as (typeof LIVE_STATUSES)[number]) -
        LIVE_STATUSES.indexOf(b.status as (typeof LIVE_STATUSES)[number]),
    );
  }
  totals.bars = [...bars.values()];
  return totals;
}
