import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import { embedsBelow, queryGroups } from '../embeds.js';
import { compileFilter, Params } from './filter.js';
import type { ListSource } from './source.js';

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
  joins: string,
  dimensions: Record<string, [string, string]>,
  groupBy: readonly string[],
  filter: Record<string, unknown> | null | undefined,
  measures: string,
): Promise<T[]> {
  const params = new Params();
  const groups = [...new Set(groupBy)].map((g) => dimensions[g]!);
  const where = [
    source.scope(ctx.viewer, params),
    compileFilter(source.spec, filter, source.alias, params),
  ].join(' and ');
  const keys = groups.map(([key, sql]) => `${sql} as "${key}"`);
  const order = groups.map((_, i) => `${i + 1} nulls last`).join(', ');
  return queryGroups<T>(
    ctx.query,
    `select ${[...keys, measures].join(', ')} from ${source.from} ${joins} where ${where}
     ${groups.length ? `group by ${groups.map((_, i) => i + 1).join(', ')} order by ${order}` : ''}`,
    groups.map(([key]) => key),
    embedsBelow(typeName, info),
    params,
    ctx.viewer,
  );
}
