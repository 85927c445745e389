import type { DelegationHubClient } from '@delegation-hub/sdk';
import {
  DealAggregateDocument,
  DealListDocument,
  DealReportDocument,
  DelegationOutlineDocument,
  RecruitmentProgressDocument,
  type DealFilter,
  type DealGroupBy,
  type DealTotalsGroupFieldsFragment,
  type DelegationOutlineQuery,
} from '@delegation-hub/sdk';
import type { Cell, Column, Table } from './table.js';
import { t } from '../i18n.js';

/** A report failed for a reason the user can fix (a delegation not found, …): exit 1. */
export class ReportError extends Error {}

export type Delegation = NonNullable<DelegationOutlineQuery['delegation']>;

/**
 * A delegation by "EXPO/KEY" (e.g. "CIIE-5/QH") or by global ID; a ReportError when the token
 * reads no such delegation.
 */
export async function findDelegation(
  client: DelegationHubClient,
  reference: string,
): Promise<Delegation> {
  const slash = reference.indexOf('/');
  const { delegation } = await client.request(
    DelegationOutlineDocument,
    slash < 0
      ? { id: reference }
      : { expoKey: reference.slice(0, slash), key: reference.slice(slash + 1) },
  );
  if (!delegation) throw new ReportError(t`no delegation "${reference}" that this token may read`);
  return delegation;
}

/** The user's filter, narrowed to one delegation when one is given. */
function withinDelegation(filter: DealFilter | undefined, delegation?: Delegation): DealFilter {
  if (!delegation) return filter ?? {};
  const scope: DealFilter = { delegation: { eq: delegation.id } };
  return filter ? { and: [filter, scope] } : scope;
}

const text = (name: string): Column => ({ name, kind: 'text' });
const int = (name: string): Column => ({ name, kind: 'int' });
const usd = (name: string): Column => ({ name, kind: 'usd' });

type Group = DealTotalsGroupFieldsFragment;

/** The columns each grouping dimension adds: a key (or value), and a name where there is one. */
const DIMENSIONS: Record<DealGroupBy, { columns: Column[]; cells(group: Group): Cell[] }> = {
  EXPO: { columns: [text('expo')], cells: (g) => [g.expo?.key ?? null] },
  DELEGATION: {
    columns: [text('delegation'), text('delegation_name')],
    cells: (g) => [g.delegation?.key ?? null, g.delegation?.nameZh ?? null],
  },
  SUB_DELEGATION: {
    columns: [text('sub_delegation'), text('sub_delegation_name')],
    cells: (g) => [g.subDelegation?.key ?? null, g.subDelegation?.nameZh ?? null],
  },
  LEAD_UNIT: {
    columns: [text('lead_unit'), text('lead_unit_name')],
    cells: (g) => [g.leadUnit?.key ?? null, g.leadUnit?.nameZh ?? null],
  },
  EXHIBITION_AREA: {
    columns: [text('exhibition_area'), text('exhibition_area_name')],
    cells: (g) => [g.exhibitionArea?.key ?? null, g.exhibitionArea?.nameZh ?? null],
  },
  ZONE: {
    columns: [text('zone'), text('zone_name')],
    cells: (g) => [g.zone?.key ?? null, g.zone?.nameZh ?? null],
  },
  EXHIBITOR_COUNTRY: {
    columns: [text('exhibitor_country')],
    cells: (g) => [g.exhibitorCountry ?? null],
  },
  PURCHASER_CATEGORY: {
    columns: [text('purchaser_category')],
    cells: (g) => [g.purchaserCategory ?? null],
  },
  STATUS: { columns: [text('status')], cells: (g) => [g.status ?? null] },
  MONTH_SIGNED: { columns: [text('month_signed')], cells: (g) => [g.monthSigned ?? null] },
  DAY_SIGNED: { columns: [text('day_signed')], cells: (g) => [g.daySigned ?? null] },
  EVENT: {
    columns: [text('event'), text('event_title')],
    cells: (g) => [g.event?.id ?? null, g.event?.title ?? null],
  },
};

/** Every DealGroupBy (DIMENSIONS has one entry for each, or it does not compile). */
export const DEAL_GROUP_BY = Object.keys(DIMENSIONS) as DealGroupBy[];

/**
 * Deal count and USD sum/avg/min/max grouped by the given dimensions (`dealAggregate`), over
 * the deals the token reads, narrowed to a delegation and a filter. The aligned table closes
 * with the total the server counts for the same deals (`dealAggregate` without grouping):
 * cancelled deals are in no total, so where a STATUS row shows them the footer says it leaves
 * them out. Every figure is the server's; none is added up here.
 */
export async function dealsReport(
  client: DelegationHubClient,
  options: { delegation?: Delegation; groupBy: DealGroupBy[]; filter?: DealFilter },
): Promise<Table> {
  const { groups, total } = await client.request(DealReportDocument, {
    groupBy: options.groupBy,
    filter: withinDelegation(options.filter, options.delegation),
  });
  const dimensions = options.groupBy.map((g) => DIMENSIONS[g]);
  const columns = [
    ...dimensions.flatMap((d) => d.columns),
    int('count'),
    usd('sum_usd'),
    usd('avg_usd'),
    usd('min_usd'),
    usd('max_usd'),
  ];
  const measures = (group: Group): Cell[] => [
    group.count,
    group.sumUsd,
    group.avgUsd ?? null,
    group.minUsd ?? null,
    group.maxUsd ?? null,
  ];
  const rows = groups.map((group) => [
    ...dimensions.flatMap((d) => d.cells(group)),
    ...measures(group),
  ]);
  const table: Table = { title: t`Deals`, columns, rows };
  const labels = columns.length - 5;
  // the groups the server counts in no total (the CANCELLED row of a breakdown by STATUS)
  const left = [...new Set(groups.filter((g) => !g.inTotals).map((g) => g.status ?? '?'))];
  if (labels > 0 && total[0] && (rows.length > 1 || left.length > 0)) {
    table.footer = [
      left.length ? t`total (without ${left.join(', ')})` : t`total`,
      ...Array<Cell>(labels - 1).fill(''),
      ...measures(total[0]),
    ];
  }
  return table;
}

const PROGRESS_COLUMNS = [
  'target',
  'invited',
  'registered',
  'approved',
  'reported',
  'rejected',
  'withdrawn',
] as const;

/**
 * Recruitment against the plan's targets (`recruitmentProgress`): a row per sub-delegation,
 * each followed by its lead units; the aligned table closes with the delegation's totals.
 */
export async function progressReport(
  client: DelegationHubClient,
  delegation: Delegation,
): Promise<Table> {
  const { recruitmentProgress: progress } = await client.request(RecruitmentProgressDocument, {
    delegationId: delegation.id,
  });
  if (!progress)
    throw new ReportError(t`no recruitment progress of ${delegation.key} for this token`);
  const counts = (p: Record<(typeof PROGRESS_COLUMNS)[number], number | null | undefined>) =>
    PROGRESS_COLUMNS.map((name) => p[name] ?? null);
  const rows: Cell[][] = [];
  for (const sub of progress.subDelegations) {
    const key = sub.subDelegation?.key ?? null;
    const name = sub.subDelegation?.nameZh ?? null;
    rows.push([key, name, null, ...counts(sub), sub.targetMet]);
    for (const lead of sub.leads) {
      rows.push([
        key,
        name,
        lead.organisation?.nameZh ?? null,
        ...counts(lead),
        lead.targetMet ?? null,
      ]);
    }
  }
  return {
    title: t`Recruitment`,
    columns: [
      text('sub_delegation'),
      text('sub_delegation_name'),
      text('lead_unit'),
      ...PROGRESS_COLUMNS.map(int),
      { name: 'target_met', kind: 'bool' },
    ],
    rows,
    footer: [t`total`, '', '', ...counts(progress), progress.targetMet],
  };
}

function compare(a: Cell, b: Cell): number {
  return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}

/**
 * Every deal the token reads (narrowed to a delegation and a filter), oldest first, one page
 * (`deals` connection) at a time; `onPage` hears how far it got.
 */
export async function dealListReport(
  client: DelegationHubClient,
  options: {
    delegation?: Delegation;
    filter?: DealFilter;
    pageSize: number;
    onPage?: (fetched: number, total: number) => void;
  },
): Promise<Table> {
  const rows: Cell[][] = [];
  let after: string | null | undefined;
  for (;;) {
    const { deals } = await client.request(DealListDocument, {
      filter: withinDelegation(options.filter, options.delegation),
      // pages by ID, the one order whose cursor is exact (a CREATED_AT cursor holds
      // milliseconds, PostgreSQL microseconds: rows would repeat across pages); sorted below
      orderBy: [{ field: 'ID', direction: 'ASC' }],
      first: options.pageSize,
      ...(after && { after }),
    });
    for (const deal of deals.nodes) {
      rows.push([
        deal.id,
        deal.status,
        deal.signedOn ?? null,
        deal.createdAt,
        deal.delegation?.key ?? null,
        deal.purchaser?.subDelegation?.key ?? null,
        deal.purchaser?.organisation.nameZh ?? null,
        deal.purchaser?.organisation.creditCode ?? null,
        deal.purchaser?.category ?? null,
        deal.exhibitor ? (deal.exhibitor.nameZh ?? deal.exhibitor.nameEn) : null,
        deal.exhibitor?.country ?? null,
        deal.exhibitionArea?.key ?? null,
        deal.goods,
        deal.currency,
        deal.amount,
        deal.usdRate,
        deal.amountUsd,
      ]);
    }
    options.onPage?.(rows.length, deals.totalCount);
    if (!deals.pageInfo.hasNextPage || !deals.pageInfo.endCursor) break;
    after = deals.pageInfo.endCursor;
  }
  // oldest first (created_at is column 3: ISO 8601 in UTC sorts as text), then by ID
  rows.sort((a, b) => compare(a[3], b[3]) || compare(a[0], b[0]));
  const columns = [
    text('id'),
    text('status'),
    text('signed_on'),
    text('created_at'),
    text('delegation'),
    text('sub_delegation'),
    text('purchaser'),
    text('purchaser_credit_code'),
    text('purchaser_category'),
    text('exhibitor'),
    text('exhibitor_country'),
    text('exhibition_area'),
    text('goods'),
    text('currency'),
    { name: 'amount', kind: 'decimal' } as Column,
    { name: 'usd_rate', kind: 'decimal' } as Column,
    usd('amount_usd'),
  ];
  // the total of the same deals as the server counts it (cancelled deals are in none)
  const { dealAggregate } = await client.request(DealAggregateDocument, {
    filter: withinDelegation(options.filter, options.delegation),
  });
  const total = dealAggregate[0];
  return {
    title: t`Deal list`,
    columns,
    rows,
    footer: [
      t`${rows.length} deals, ${total?.count ?? 0} in totals`,
      ...Array<Cell>(columns.length - 2).fill(''),
      total?.sumUsd ?? null,
    ],
  };
}
