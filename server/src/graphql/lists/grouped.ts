import type { GraphQLResolveInfo } from 'graphql';
import type { Viewer } from '../../auth/viewer.js';
import type { Context } from '../context.js';
import { embedsBelow, groupsSql, queryGroups, type EmbedPlan } from '../embeds.js';
import type { Query } from '../loaders.js';
import { sql, type SQL } from '../../db/sql.js';
import { listWhere, type ListSource } from './source.js';

/**
 * Grouped counts over a list's rows, in ONE statement: the list's own scope and filter, then
 * GROUP BY the chosen dimensions (`dimensions`: enum value -> [row key, SQL expression]), with
 * what the groups are of (their delegation, sub-delegation…) embedded where the query selects it.
 */
export async function grouped<T>(
  ctx: Context,
  info: GraphQLResolveInfo,
  typeName: string,
  source: ListSource,
  joins: SQL,
  dimensions: Record<string, readonly [string, SQL]>,
  groupBy: readonly string[],
  filter: Record<string, unknown> | null | undefined,
  measures: SQL,
): Promise<T[]> {
  return groupedRows<T>(
    ctx.query,
    ctx.viewer,
    source,
    joins,
    dimensions,
    groupBy,
    filter,
    measures,
    embedsBelow(typeName, info),
  );
}

/**
 * {@link grouped} on any query function (a transaction's, for a report that reads several
 * figures in one snapshot), with the embeds already planned (none: the groups' keys only).
 */
export async function groupedRows<T>(
  query: Query,
  viewer: Viewer,
  source: ListSource,
  joins: SQL,
  dimensions: Record<string, readonly [string, SQL]>,
  groupBy: readonly string[],
  filter: Record<string, unknown> | null | undefined,
  measures: SQL,
  embeds: readonly EmbedPlan[] = [],
): Promise<T[]> {
  const groups = [...new Set(groupBy)].map((g) => dimensions[g]!);
  const where = listWhere(source, viewer, filter);
  const keys = groups.map(([key, expression]) => sql`${expression} as ${sql.identifier(key)}`);
  const positions = groups.map((_, i) => sql.literal(i + 1));
  const grouping = groups.length
    ? sql` group by ${sql.join(positions, ', ')} order by ${sql.join(
        positions.map((n) => sql`${n} nulls last`),
        ', ',
      )}`
    : sql.blank;
  return queryGroups<T>(
    query,
    groupsSql(
      sql`select ${sql.join([...keys, measures], ', ')} from ${source.from} ${joins} where ${where}${grouping}`,
      groups.map(([key]) => key),
      embeds,
      viewer,
    ),
  );
}
