import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { purchaserScopeWith, type Viewer } from '../../auth/viewer.js';
import { queryGroups, type EmbedPlan } from '../../graphql/embeds.js';
import { compileFilter, Params } from '../../graphql/lists/filter.js';
import type { Query } from '../../graphql/loaders.js';
import { DecimalScalar } from '../../graphql/scalars.js';
import { PurchaserCategory } from '../purchaser/purchaser.enums.js';
import { dealSpec } from '../trade.lists.js';
import { DealStatus } from './deal.enums.js';

/** What deal totals can be grouped by. */
export enum DealGroupBy {
  EXPO = 'EXPO',
  DELEGATION = 'DELEGATION',
  SUB_DELEGATION = 'SUB_DELEGATION',
  LEAD_UNIT = 'LEAD_UNIT',
  EXHIBITION_AREA = 'EXHIBITION_AREA',
  ZONE = 'ZONE',
  EXHIBITOR_COUNTRY = 'EXHIBITOR_COUNTRY',
  PURCHASER_CATEGORY = 'PURCHASER_CATEGORY',
  STATUS = 'STATUS',
  MONTH_SIGNED = 'MONTH_SIGNED',
}
registerEnumType(DealGroupBy, {
  name: 'DealGroupBy',
  valuesConfig: {
    EXHIBITION_AREA: {
      description: 'The exhibition area; a deal in a zone counts under its area.',
    },
    ZONE: { description: 'The zone, for deals in one (null otherwise).' },
    LEAD_UNIT: { description: "The lead unit whose target the deal's purchaser counts towards." },
    MONTH_SIGNED: { description: 'YYYY-MM of the signing date (null while not signed).' },
  },
});

/** Column of the grouped row, and its SQL expression over the aggregate's joins. */
const DIMENSIONS: Record<DealGroupBy, { key: keyof DealTotalsGroup; sql: string }> = {
  EXPO: { key: 'expoId', sql: 'd.expo_id' },
  DELEGATION: { key: 'delegationId', sql: 'd.delegation_id' },
  SUB_DELEGATION: { key: 'subDelegationId', sql: 'p.sub_delegation_id' },
  LEAD_UNIT: { key: 'leadUnitId', sql: 'l.organisation_id' },
  EXHIBITION_AREA: { key: 'exhibitionAreaId', sql: 'coalesce(ar.parent_id, ar.id)' },
  ZONE: { key: 'zoneId', sql: "case when ar.kind = 'ZONE' then ar.id end" },
  EXHIBITOR_COUNTRY: { key: 'exhibitorCountry', sql: 'x.country' },
  PURCHASER_CATEGORY: { key: 'purchaserCategory', sql: 'p.category' },
  STATUS: { key: 'status', sql: 'd.status' },
  MONTH_SIGNED: { key: 'monthSigned', sql: "to_char(d.signed_on, 'YYYY-MM')" },
};

@ObjectType({ description: 'Deals of one group: how many, and their USD amounts, exactly.' })
export class DealTotalsGroup {
  expoId?: string | null;
  delegationId?: string | null;
  subDelegationId?: string | null;
  leadUnitId?: string | null;
  exhibitionAreaId?: string | null;
  zoneId?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2, when grouped by it.' })
  exhibitorCountry?: string | null;

  @Field(() => PurchaserCategory, { nullable: true })
  purchaserCategory?: PurchaserCategory | null;

  @Field(() => DealStatus, { nullable: true })
  status?: DealStatus | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM, when grouped by MONTH_SIGNED.' })
  monthSigned?: string | null;

  @Field(() => Int)
  count!: number;

  @Field(() => DecimalScalar, { description: 'Sum of USD amounts, to the cent.' })
  sumUsd!: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Average USD amount, rounded to the cent.',
  })
  avgUsd!: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  minUsd!: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  maxUsd!: string | null;
}

/**
 * The tables a deal aggregate can group and filter by, joined once. The purchaser shares the
 * deal's delegation (composite foreign key): saying so lets PostgreSQL carry a delegation
 * condition over to purchasers and read only that delegation's, by index.
 */
const FROM = `deal d
  join purchaser p on p.id = d.purchaser_id and p.delegation_id = d.delegation_id
  left join sub_delegation_lead l on l.id = p.lead_id
  left join exhibitor x on x.id = d.exhibitor_id
  left join exhibition_area ar on ar.id = coalesce(d.exhibition_area_id, x.exhibition_area_id)`;

/**
 * Deal totals grouped by any of the dimensions, in ONE statement: scope (the purchasers the
 * viewer reads), the filter, then GROUP BY. Sums are PostgreSQL numerics, exact to the cent.
 */
export async function dealTotals(
  query: Query,
  viewer: Viewer,
  options: {
    groupBy: readonly DealGroupBy[];
    filter?: Record<string, unknown> | null;
    /** Extra condition, e.g. one delegation: `(alias, params) => sql`. */
    where?: (params: Params) => string;
    /** What the groups are of (their expo, sub-delegation…), read in the same statement. */
    embeds?: readonly EmbedPlan[];
  },
): Promise<DealTotalsGroup[]> {
  const params = new Params();
  const groups = [...new Set(options.groupBy)].map((g) => DIMENSIONS[g]);
  const conditions = [
    purchaserScopeWith(viewer, params),
    compileFilter(dealSpec, options.filter, 'd', params),
    options.where ? options.where(params) : 'true',
  ];
  const keys = groups.map((g) => `${g.sql} as "${g.key}"`);
  const sql = `select ${[
    ...keys,
    `count(*)::int as count`,
    `coalesce(sum(d.amount_usd), 0)::numeric(20, 2)::text as "sumUsd"`,
    `round(avg(d.amount_usd), 2)::text as "avgUsd"`,
    `min(d.amount_usd)::text as "minUsd"`,
    `max(d.amount_usd)::text as "maxUsd"`,
  ].join(', ')}
    from ${FROM} where ${conditions.join(' and ')}
    ${groups.length ? `group by ${groups.map((_, i) => i + 1).join(', ')} order by ${groups.map((_, i) => `${i + 1} nulls last`).join(', ')}` : ''}`;
  return queryGroups<DealTotalsGroup>(
    query,
    sql,
    groups.map((g) => g.key),
    options.embeds ?? [],
    params,
    viewer,
  );
}
