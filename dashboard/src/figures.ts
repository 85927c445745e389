import type { DealTotalsSubscription, RecruitmentProgressQuery } from '../../sdk/src/index.js';
import { centsOf } from './totals.js';

type Group = DealTotalsSubscription['dealTotals']['groups'][number];

/** One row of a chart of deal totals: a group as the server counts it. */
export interface Row {
  key: string;
  labelZh: string;
  labelEn: string;
  cents: bigint;
  count: number;
}

/** The groupings the dashboard charts besides the sub-delegations. */
export type Dimension = 'EXHIBITION_AREA' | 'EXHIBITOR_COUNTRY' | 'DAY_SIGNED';

const regionsZh = new Intl.DisplayNames(['zh-CN'], { type: 'region' });
const regionsEn = new Intl.DisplayNames(['en'], { type: 'region' });

function countryName(names: Intl.DisplayNames, code: string): string {
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

function labelled(dimension: Dimension, group: Group): Omit<Row, 'cents' | 'count'> {
  switch (dimension) {
    case 'EXHIBITION_AREA':
      return {
        key: group.exhibitionArea?.key ?? '',
        labelZh: group.exhibitionArea?.nameZh ?? '未定展区',
        labelEn: group.exhibitionArea?.nameEn ?? 'No exhibition area',
      };
    case 'EXHIBITOR_COUNTRY': {
      const code = group.exhibitorCountry;
      return code
        ? {
            key: code,
            labelZh: countryName(regionsZh, code),
            labelEn: `${countryName(regionsEn, code)} (${code})`,
          }
        : { key: '', labelZh: '未知国别', labelEn: 'Country unknown' };
    }
    case 'DAY_SIGNED':
      return group.daySigned
        ? { key: group.daySigned, labelZh: group.daySigned, labelEn: weekday(group.daySigned) }
        : { key: '', labelZh: '尚未签约', labelEn: 'Not signed yet (intended)' };
  }
}

/** "2022-11-06" → "Sunday" (the day is Shanghai's, as the server groups it). */
function weekday(day: string): string {
  return new Date(`${day}T12:00:00Z`).toLocaleDateString('en', {
    weekday: 'long',
    timeZone: 'UTC',
  });
}

/**
 * The rows of a `dealTotals` message grouped by one dimension: the server's groups counted in
 * totals, as they come (their sums are the server's, the page adds nothing up). Areas and
 * countries by amount, largest first; days in order, deals not signed yet last.
 */
export function rowsOf(dimension: Dimension, groups: readonly Group[]): Row[] {
  const rows = groups
    .filter((group) => group.inTotals)
    .map((group) => ({
      ...labelled(dimension, group),
      cents: centsOf(group.sumUsd),
      count: group.count,
    }));
  if (dimension === 'DAY_SIGNED') {
    return rows.sort((a, b) => (a.key === '' ? 1 : b.key === '' ? -1 : a.key.localeCompare(b.key)));
  }
  return rows.sort((a, b) =>
    b.cents > a.cents ? 1 : b.cents < a.cents ? -1 : a.key.localeCompare(b.key),
  );
}

/** One row of the recruitment chart: purchasers approved (or reported) against the target. */
export interface ProgressRow {
  key: string;
  labelZh: string;
  labelEn: string;
  /** A lead unit under the sub-delegation before it. */
  lead: boolean;
  approved: number;
  target: number | null;
  targetMet: boolean | null;
}

type Progress = NonNullable<RecruitmentProgressQuery['recruitmentProgress']>;

/** Each sub-delegation, then each of its lead units, as `recruitmentProgress` counts them. */
export function progressRows(progress: Progress): ProgressRow[] {
  return progress.subDelegations.flatMap((sub) => {
    const key = sub.subDelegation?.key ?? '';
    return [
      {
        key,
        labelZh: sub.subDelegation?.nameZh ?? '未分配',
        labelEn: sub.subDelegation?.nameEn ?? 'No sub-delegation',
        lead: false,
        approved: sub.approved,
        target: sub.target,
        targetMet: sub.targetMet,
      },
      ...sub.leads.map((lead) => ({
        key: `${key}/${lead.organisation?.key ?? lead.organisation?.id ?? ''}`,
        labelZh: lead.organisation?.nameZh ?? '—',
        labelEn: lead.organisation?.nameEn ?? '',
        lead: true,
        approved: lead.approved,
        target: lead.target ?? null,
        targetMet: lead.targetMet ?? null,
      })),
    ];
  });
}
