import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { Viewer } from '../../auth/viewer.js';
import { embedKey, groupsSql, queryGroups, type EmbedPlan } from '../../graphql/embeds.js';
import { builtFor } from '../../graphql/lists/built.js';
import { listWhere } from '../../graphql/lists/source.js';
import { and, sql, type SQL } from '../../db/sql.js';
import type { Query } from '../../graphql/loaders.js';
import { DecimalScalar } from '../../graphql/scalars.js';
import { PurchaserCategory } from '../purchaser/purchaser.enums.js';
import { DealStatus } from './deal.enums.js';
import { dealList } from './deal.list.js';
import { countsInTotals, DEAL_TOTALS_RULE } from './deal-totals.rule.js';

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
  DAY_SIGNED = 'DAY_SIGNED',
  EVENT = 'EVENT',
}
registerEnumType(DealGroupBy, {
  name: 'DealGroupBy',
  description: 'A dimension deal totals are grouped by; the group carries its value.',
  valuesConfig: {
    EXPO: { description: 'The expo edition the deal was made at.' },
    DELEGATION: { description: 'The delegation that made the deal.' },
    SUB_DELEGATION: { description: "The purchaser's sub-delegation (null: in none)." },
    EXHIBITOR_COUNTRY: {
      description: "The exhibitor's country, ISO 3166-1 alpha-2 (null: deal without exhibitor).",
    },
    PURCHASER_CATEGORY: {
      description: "The purchaser's category (an enterprise or an institution of a kind).",
    },
    STATUS: {
      description:
        'The deal status: each status its own group, CANCELLED included (inTotals false).',
    },
    EXHIBITION_AREA: {
      description: 'The exhibition area; a deal in a zone counts under its area.',
    },
    ZONE: { description: 'The zone, for deals in one (null otherwise).' },
    LEAD_UNIT: { description: "The lead unit whose target the deal's purchaser counts towards." },
    MONTH_SIGNED: { description: 'YYYY-MM of the signing date (null while not signed).' },
    DAY_SIGNED: {
      description:
        'YYYY-MM-DD of the signing date, a day in Shanghai as signing dates are (null while not signed).',
    },
    EVENT: {
      description:
        'The on-site event the deal was signed at (linkDealToEvent); null for deals linked to none.',
    },
  },
});

/** Column of the grouped row, and its SQL expression over the aggregate's joins. */
const DIMENSIONS: Record<DealGroupBy, { key: keyof DealTotalsGroup; sql: SQL }> = {
  EXPO: { key: 'expoId', sql: sql`dl.expo_id` },
  DELEGATION: { key: 'delegationId', sql: sql`dl.delegation_id` },
  SUB_DELEGATION: { key: 'subDelegationId', sql: sql`p.sub_delegation_id` },
  LEAD_UNIT: { key: 'leadUnitId', sql: sql`l.organisation_id` },
  EXHIBITION_AREA: { key: 'exhibitionAreaId', sql: sql`coalesce(ar.parent_id, ar.id)` },
  ZONE: { key: 'zoneId', sql: sql`case when ar.kind = 'ZONE' then ar.id end` },
  EXHIBITOR_COUNTRY: { key: 'exhibitorCountry', sql: sql`x.country` },
  PURCHASER_CATEGORY: { key: 'purchaserCategory', sql: sql`p.category` },
  STATUS: { key: 'status', sql: sql`dl.status` },
  MONTH_SIGNED: { key: 'monthSigned', sql: sql`to_char(dl.signed_on, 'YYYY-MM')` },
  // signed_on is a date, the day in Shanghai the deal was signed (recordDeal refuses a day after
  // today in Shanghai): its day needs no time zone, and its days add up to its months
  DAY_SIGNED: { key: 'daySigned', sql: sql`to_char(dl.signed_on, 'YYYY-MM-DD')` },
  EVENT: { key: 'eventId', sql: sql`dl.event_id` },
};

@ObjectType({
  description: `Deals of one group: how many, and their USD amounts, exactly. ${DEAL_TOTALS_RULE}`,
})
export class DealTotalsGroup {
  expoId?: string | null;
  delegationId?: string | null;
  subDelegationId?: string | null;
  leadUnitId?: string | null;
  exhibitionAreaId?: string | null;
  zoneId?: string | null;
  eventId?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2, when grouped by it.' })
  exhibitorCountry?: string | null;

  @Field(() => PurchaserCategory, {
    nullable: true,
    description: "The purchasers' category, when grouped by PURCHASER_CATEGORY.",
  })
  purchaserCategory?: PurchaserCategory | null;

  @Field(() => DealStatus, {
    nullable: true,
    description: "The deals' status, when grouped by STATUS.",
  })
  status?: DealStatus | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM, when grouped by MONTH_SIGNED.' })
  monthSigned?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD (a day in Shanghai), when grouped by DAY_SIGNED.',
  })
  daySigned?: string | null;

  @Field(() => Boolean, {
    description:
      'Whether these deals count in totals: false only for the CANCELLED group of a breakdown by STATUS.',
  })
  inTotals!: boolean;

  @Field(() => Int, {
    description:
      'How many deals (CANCELLED ones only in the CANCELLED group of a breakdown by STATUS).',
  })
  count!: number;

  @Field(() => DecimalScalar, {
    description: 'Sum of their USD amounts, to the cent (of the deals counted).',
  })
  sumUsd!: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Average USD amount, rounded to the cent.',
  })
  avgUsd!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Smallest USD amount of the deals counted (null when none).',
  })
  minUsd!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Largest USD amount of the deals counted (null when none).',
  })
  maxUsd!: string | null;
}

/**
 * The tables a deal aggregate can group and filter by, joined once. The purchaser shares the
 * deal's delegation (composite foreign key): saying so lets PostgreSQL carry a delegation
 * condition over to purchasers and read only that delegation's, by index. The lead unit is
 * joined on its whole key (id, delegation_id): a tenant table's id alone is no longer a unique
 * key (the tables are keyed for Citus), and only a join on a unique key lets PostgreSQL drop the
 * join from a statement that reads nothing of it (every grouping but LEAD_UNIT).
 */
const FROM = sql`deal dl
  join purchaser p on p.id = dl.purchaser_id and p.delegation_id = dl.delegation_id
  left join sub_delegation_lead l on l.id = p.lead_id and l.delegation_id = p.delegation_id
  left join exhibitor x on x.id = dl.exhibitor_id
  left join exhibition_area ar on ar.id = coalesce(dl.exhibition_area_id, x.exhibition_area_id)`;

interface TotalsOptions {
  filter?: Record<string, unknown> | null;
  /** Extra condition, e.g. one delegation, over the deal `dl`. */
  where?: SQL;
  /** What the groups are of (their expo, sub-delegation…), read in the same statement. */
  embeds?: readonly EmbedPlan[];
}

/** The measures of a group, each of the deals that `counted` (SQL) keeps, or of all of them. */
function measures(counted: SQL | null): SQL[] {
  const only = counted ? sql` filter (where ${counted})` : sql.blank;
  return [
    sql`(count(*)${only})::int`,
    sql`coalesce(sum(dl.amount_usd)${only}, 0)::numeric(20, 2)::text`,
    sql`round(avg(dl.amount_usd)${only}, 2)::text`,
    sql`(min(dl.amount_usd)${only})::text`,
    sql`(max(dl.amount_usd)${only})::text`,
  ];
}
const MEASURES = ['count', 'sumUsd', 'avgUsd', 'minUsd', 'maxUsd'];

/**
 * Deal totals for several groupings at once (GROUPING SETS), in ONE statement: the deals the
 * viewer reads (the `deals` list's scope), the filter, then the groups of each set, which
 * follow {@link DEAL_TOTALS_RULE}: a set grouped by STATUS shows every status as its own group,
 * any other leaves the deals of `NOT_IN_TOTALS` out. One list of groups per set, in order.
 * Sums are PostgreSQL numerics, exact to the cent; a set without dimensions is always one group,
 * any other has a group for each value with deals counted.
 */
export async function dealTotalsBySets(
  query: Query,
  viewer: Viewer,
  sets: readonly (readonly DealGroupBy[])[],
  options: TotalsOptions = {},
): Promise<DealTotalsGroup[][]> {
  if (sets.length === 0) return [];
  // the same grouping asked twice is read once
  const keyOf = (set: readonly DealGroupBy[]) => [...new Set(set)].sort().join(',');
  const unique = [...new Map(sets.map((set) => [keyOf(set), set])).values()];
  if (unique.length < sets.length) {
    const read = await dealTotalsBySets(query, viewer, unique, options);
    return sets.map((set) => read[unique.findIndex((u) => keyOf(u) === keyOf(set))]!);
  }
  const build = () => {
    const setDims = sets.map((set) => [...new Set(set)]);
    const dims = [...new Set(setDims.flat())];
    const byStatus = setDims.map((set) => set.includes(DealGroupBy.STATUS));
    const status = sql`dl.status`;
    const conditions = [listWhere(dealList, viewer, options.filter, options.where ?? sql.true)];
    let values: SQL[];
    let inTotals: SQL;
    if (byStatus.every((b) => !b)) {
      // no breakdown by status: the deals not in totals are left out altogether
      conditions.push(countsInTotals(status));
      values = measures(null);
      inTotals = sql.true;
    } else if (byStatus.every((b) => b)) {
      values = measures(null);
      inTotals = countsInTotals(status);
    } else {
      const all = measures(null);
      const counted = measures(countsInTotals(status));
      values = all.map(
        (value, i) => sql`case when grouping(dl.status) = 0 then ${value} else ${counted[i]!} end`,
      );
      inTotals = sql`coalesce(${countsInTotals(status)}, true)`;
    }
    const columns = [
      ...dims.map((d) => sql`${DIMENSIONS[d].sql} as ${sql.identifier(DIMENSIONS[d].key)}`),
      sql`${inTotals} as "inTotals"`,
      ...values.map((value, i) => sql`${value} as ${sql.identifier(MEASURES[i]!)}`),
    ];
    // grouping(a, b, …): a bit per dimension, set where the row is not grouped by it
    const masks = setDims.map((set) =>
      dims.reduce(
        (mask, d, i) => (set.includes(d) ? mask : mask | (1 << (dims.length - 1 - i))),
        0,
      ),
    );
    const position = (d: DealGroupBy) => sql.literal(dims.indexOf(d) + 1);
    let grouping: SQL = sql.blank;
    if (sets.length > 1) {
      const groupingSets = setDims.map(
        (set) =>
          sql`(${sql.join(
            set.map((d) => DIMENSIONS[d].sql),
            ', ',
          )})`,
      );
      grouping = sql` group by grouping sets (${sql.join(groupingSets, ', ')})`;
      columns.push(
        sql`grouping(${sql.join(
          dims.map((d) => DIMENSIONS[d].sql),
          ', ',
        )}) as "__set"`,
      );
    } else if (dims.length) grouping = sql` group by ${sql.join(dims.map(position), ', ')}`;
    const order = dims.length
      ? sql` order by ${sql.join(
          dims.map((d) => sql`${position(d)} nulls last`),
          ', ',
        )}`
      : sql.blank;
    const statement = sql`select ${sql.join(columns, ', ')} from ${FROM}
      where ${and(conditions)}${grouping}${order}`;
    return {
      groups: groupsSql(
        statement,
        dims.map((d) => DIMENSIONS[d].key),
        options.embeds ?? [],
        viewer,
      ),
      setDims,
      byStatus,
      masks,
    };
  };
  // the same totals asked again by the viewer run the statement built the first time (see
  // `builtFor`); an extra condition is the caller's, not keyed: built anew
  const { groups, setDims, byStatus, masks } = options.where
    ? build()
    : builtFor(
        viewer,
        `totals:${JSON.stringify(sets)}:${JSON.stringify(options.filter ?? null)}:${embedKey(options.embeds ?? [])}`,
        build,
      );
  const rows = await queryGroups<DealTotalsGroup & { __set?: number }>(query, groups);
  if (sets.length <= 1) return [rows];
  return masks.map((mask, i) =>
    rows
      .filter((row) => row.__set === mask)
      // read beside a breakdown by status, a group whose deals are all out of totals (only
      // cancelled ones) is there with nothing counted: as in a statement of its own, it is not
      .filter((row) => byStatus[i] || setDims[i]!.length === 0 || row.count > 0)
      .map(({ __set: _set, ...group }) => group as DealTotalsGroup),
  );
}

/** Deal totals grouped by any of the dimensions (one set of {@link dealTotalsBySets}). */
export async function dealTotals(
  query: Query,
  viewer: Viewer,
  options: TotalsOptions & { groupBy: readonly DealGroupBy[] },
): Promise<DealTotalsGroup[]> {
  const [groups] = await dealTotalsBySets(query, viewer, [options.groupBy], options);
  return groups!;
}
