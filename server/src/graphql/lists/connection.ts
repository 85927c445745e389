import DataLoader from 'dataloader';
import type { GraphQLResolveInfo } from 'graphql';
import {
  ArgsType,
  Field,
  InputType,
  Int,
  ObjectType,
  registerEnumType,
  type ClassType,
} from 'type-graphql';
import type { Context } from '../context.js';
import { filterInput, filtersThroughRelations, type Alias } from './filter.js';
import { alias, column, sql, type SQL } from '../../db/sql.js';
import { idArray } from '../loaders.js';
import type { NestedList } from '../registry.js';
import { listWhere, type ListSource } from './source.js';
import { builtFor } from './built.js';
import {
  foldedIn,
  hostSql,
  lookahead,
  matchedSql,
  pageSql,
  resolveFolds,
  resolvedKey,
  type HostSql,
  type Lookahead,
  type ResolvedFold,
} from './levels.js';
import {
  MAX_PAGE_SIZE,
  OrderDirection,
  orderList,
  page,
  toConnection,
  type Connection,
  type ConnectionArgs,
  type Edge,
  type Page,
} from './page.js';

export type { ListSource } from './source.js';
export {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  OrderDirection,
  type Connection,
  type ConnectionArgs,
  type Edge,
} from './page.js';

@ObjectType({ description: 'Where a page sits in its list (Relay cursor connections).' })
export class PageInfo {
  @Field(() => Boolean, {
    description:
      'More rows follow this page: ask for them with `after: endCursor`. Paging backwards (`last`/`before`): whether `before` was given.',
  })
  hasNextPage!: boolean;

  @Field(() => Boolean, {
    description:
      'More rows come before this page: ask for them with `before: startCursor`. Paging forwards (`first`/`after`): whether `after` was given.',
  })
  hasPreviousPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description: "The first row's cursor; null on an empty page.",
  })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The last row's cursor (pass it as `after` for the next page); null on an empty page.",
  })
  endCursor!: string | null;
}

const orderEnums = new Map<string, object>();

/** `<Type>OrderField` enum and `<Type>Order` input of a list source. */
function orderInput(source: ListSource) {
  const name = source.spec.name;
  const values = Object.fromEntries(Object.keys(source.order).map((key) => [key, key]));
  orderEnums.set(name, values);
  const byDefault = source.defaultOrder
    .map((o) => `${o.field} ${o.direction === OrderDirection.ASC ? 'ascending' : 'descending'}`)
    .join(', then ');
  registerEnumType(values, {
    name: `${name}OrderField`,
    description: `What ${name} rows can be ordered by; ties are broken by ID. Without \`orderBy\`: ${byDefault}.`,
    valuesConfig: Object.fromEntries(
      Object.entries(source.order).map(([value, key]) => [
        value,
        { description: `By each ${name}'s \`${key}\`.` },
      ]),
    ),
  });
  @InputType(`${name}Order`, { description: `An ordering of ${name} rows.` })
  class Order {
    field!: string;
    direction?: OrderDirection;
  }
  Field(() => values, { description: 'What to order by.' })(Order.prototype, 'field');
  Field(() => OrderDirection, {
    defaultValue: OrderDirection.ASC,
    description: 'Ascending (the default) or descending.',
  })(Order.prototype, 'direction');
  return Order;
}

const argsTypes = new Map<string, ClassType>();
const connectionTypes = new Map<string, ClassType>();

/** The arguments of a connection field: paging, `filter` and `orderBy` (one class per list). */
export function connectionArgs(source: ListSource): ClassType {
  const existing = argsTypes.get(source.spec.name);
  if (existing) return existing;
  const Filter = filterInput(source.spec);
  const Order = orderInput(source);
  @ArgsType()
  class Args {}
  const p = Args.prototype;
  Field(() => Int, {
    nullable: true,
    description: `Rows after \`after\`; at most ${MAX_PAGE_SIZE}.`,
  })(p, 'first');
  Field(() => String, {
    nullable: true,
    description:
      "A cursor of this list and ordering (an edge's `cursor`, `pageInfo.endCursor`): the page starts after that row.",
  })(p, 'after');
  Field(() => Int, {
    nullable: true,
    description: `Rows before \`before\`; at most ${MAX_PAGE_SIZE}.`,
  })(p, 'last');
  Field(() => String, {
    nullable: true,
    description:
      "A cursor of this list and ordering (an edge's `cursor`, `pageInfo.startCursor`): the page ends before that row.",
  })(p, 'before');
  Field(() => Filter, {
    nullable: true,
    description: `Only ${source.spec.name} rows matching this filter (within what the viewer may read).`,
  })(p, 'filter');
  Field(() => [Order], {
    nullable: true,
    description: 'Ordering; ties are broken by ID so that pages never overlap.',
  })(p, 'orderBy');
  Object.defineProperty(Args, 'name', { value: `${source.spec.name}ConnectionArgs` });
  argsTypes.set(source.spec.name, Args);
  return Args;
}

/** `<Type>Connection` and `<Type>Edge` object types for a node type. */
export function connectionType<T extends object>(
  node: ClassType<T>,
  name: string,
): ClassType<Connection<T>> {
  const existing = connectionTypes.get(name);
  if (existing) return existing as ClassType<Connection<T>>;
  @ObjectType(`${name}Edge`, { description: `One ${name} row of a page, with its cursor.` })
  class EdgeType {
    @Field(() => String, {
      description:
        'Where this row sits in the list: pass it as `after` or `before` to page from it.',
    })
    cursor!: string;
  }
  Field(() => node, { description: `The ${name}.` })(EdgeType.prototype, 'node');

  @ObjectType(`${name}Connection`, { description: `A page of ${name} rows.` })
  class ConnectionType {
    @Field(() => [EdgeType], { description: 'The rows of the page, each with its cursor.' })
    edges!: Edge<T>[];

    @Field(() => PageInfo, { description: 'Where the page sits in the list.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Rows matching the filter, over all pages.' })
    totalCount!: number;
  }
  Field(() => [node], { description: 'The rows of the page, without cursors.' })(
    ConnectionType.prototype,
    'nodes',
  );
  connectionTypes.set(name, ConnectionType);
  return ConnectionType as unknown as ClassType<Connection<T>>;
}

/**
 * What a page hands back of its rows: the columns its query reads (ordering keys it selects
 * only to order by stay behind: no timestamp parsed for nothing), and its cursor values when
 * the query reads cursors; or all of them.
 */
function outerColumns(ahead: Lookahead, p: Page, rows: Alias, withCursors = ahead.cursors): SQL[] {
  if (!ahead.read) return [sql`${sql.identifier(rows)}.*`];
  const cursors = withCursors ? p.order.map((_, i) => `__c${i}`) : [];
  return [...ahead.read, ...cursors].map((name) => column(rows, name));
}

/**
 * One page of a list: scope, filter, keyset cursor and ordering composed into one statement.
 * With the resolve info, the to-one relations the query selects under the nodes (see embeds.ts)
 * and the lists it selects under them (see levels.ts) come in the same statement.
 *
 * `totalCount` counts the rows of scope and filter (the cursor aside), in a second statement
 * run only when asked for: in the list's default order, which its tables' indexes serve, the
 * page can stop after its rows, and a count can read an index alone. A filter through relations
 * (an `exists` per row) in another order is the exception: the page must test and sort every
 * row, and a count would test them all again, so the matching rows are found once (a
 * materialised CTE) and the page is ranked and counted from them in one statement (an
 * analyst's filtered list: about half the work). Without such a filter, materialising every
 * matching row costs more than counting them again (an expo's 100,000 deals: 1.3 times).
 */
export async function listConnection<T extends Record<string, unknown>>(
  ctx: Context,
  source: ListSource,
  args: ConnectionArgs,
  extra?: (alias: string) => SQL,
  info?: GraphQLResolveInfo,
): Promise<Connection<T>> {
  const ahead = lookahead(source, info);
  const folds = info ? resolveFolds(ahead, info.variableValues) : [];
  const build = () => buildList(ctx, source, args, ahead, folds, extra);
  // a list asked again by the same viewer with the same arguments and selection runs the
  // statement built (and compiled) the first time; `extra` is the caller's, not keyed: built anew
  const { p, statement, host, count } = extra
    ? build()
    : builtFor(
        ctx.viewer,
        `list:${sourceNumber(source)}:${JSON.stringify(args)}:${ahead.key}:${resolvedKey(folds)}`,
        build,
      );
  const rows = p.limit === 0 ? [] : await ctx.query<T & { __total?: number }>(statement);
  const counted = rows[0]?.__total;
  for (const row of rows) {
    delete row.__total;
    (row as Record<string, unknown>).__typename = source.typename;
    host.finish(row);
  }
  return toConnection(rows, p, args, async () => {
    // a page past the last row brings no count with it
    if (counted !== undefined) return counted;
    const [row] = await ctx.query<{ n: number }>(count);
    return row!.n;
  });
}

/** A list's page statement, its count statement and how its rows take in what they host. */
interface BuiltList {
  p: Page;
  statement: SQL;
  host: HostSql;
  count: SQL;
}

function buildList(
  ctx: Context,
  source: ListSource,
  args: ConnectionArgs,
  ahead: Lookahead,
  folds: ResolvedFold[],
  extra: ((alias: string) => SQL) | undefined,
): BuiltList {
  const p = page(source, args);
  const where = listWhere(source, ctx.viewer, args.filter, ...(extra ? [extra(source.alias)] : []));
  const hosting = ahead.embeds.length > 0 || folds.length > 0;
  const countTogether =
    ahead.totalCount &&
    p.sortsAll &&
    p.limit > 0 &&
    filtersThroughRelations(source.spec, args.filter);
  const matched = alias('m');
  const x = alias('x');
  const rowsSql = pageSql(
    source,
    ahead,
    p,
    where,
    x,
    hosting || countTogether
      ? sql`${sql.identifier(x)}.*`
      : sql.join(outerColumns(ahead, p, x, false), ', '),
    countTogether ? sql`select * from ${sql.identifier(matched)}` : undefined,
  );
  // related rows and folded lists are read for the page's rows only, after the limit
  const r0 = alias('r0');
  const host = hostSql(ahead, folds, r0, ctx.viewer);
  const total = countTogether
    ? [sql`(select count(*)::int from ${sql.identifier(matched)}) as __total`]
    : [];
  const statement =
    hosting || countTogether
      ? sql`${countTogether ? sql`with ${sql.identifier(matched)} as materialized (${matchedSql(source, ahead, where)}) ` : sql.blank}select ${sql.join([...outerColumns(ahead, p, r0), ...host.columns, ...total], ', ')}
       from (${rowsSql}) ${sql.identifier(r0)} ${host.joins}
       order by ${orderList(p, r0)}`
      : rowsSql;
  return {
    p,
    statement,
    host,
    count: sql`select count(*)::int as n from ${source.from} where ${where}`,
  };
}

/** A number per list source, for keying its built statements. */
const sourceNumbers = new WeakMap<ListSource, number>();
let sources = 0;
function sourceNumber(source: ListSource): number {
  let n = sourceNumbers.get(source);
  if (n === undefined) sourceNumbers.set(source, (n = sources += 1));
  return n;
}

/** What a nested connection's resolver answers: the rows folded in, or a promise of them. */
export type NestedRows<T> =
  Connection<T & Record<string, unknown>> | Promise<Connection<T & Record<string, unknown>>>;

/**
 * A connection under each of many parents (e.g. each sub-delegation's purchasers): what the
 * parent's statement folded in (see levels.ts), or else for a whole batch of parents in one
 * statement: for each parent, its first N rows by an index-ordered lateral subquery (with the
 * to-one relations and lists the query selects under them), and its count only when the query
 * asks for totalCount.
 */
export function nestedConnection<T extends Record<string, unknown>>(
  ctx: Context,
  { source, key: parentKey }: NestedList,
  parent: { id: string },
  args: ConnectionArgs,
  info?: GraphQLResolveInfo,
): Connection<T> | Promise<Connection<T>> {
  const folded = info && foldedIn<Connection<T>>(parent, info);
  if (folded) return folded;
  const ahead = lookahead(source, info);
  const folds = info ? resolveFolds(ahead, info.variableValues) : [];
  const key = `nested:${source.spec.name}:${parentKey}:${JSON.stringify(args)}:${ahead.key}:${resolvedKey(folds)}`;
  const loader = ctx.loaders.custom(key, () => {
    const p = page(source, args);
    return new DataLoader<string, Connection<T>>(async (parentIds) => {
      const parentRow = alias('parent');
      const where = listWhere(
        source,
        ctx.viewer,
        args.filter,
        sql`${source.columns.expression(parentKey)} = ${column(parentRow, 'id')}`,
      );
      const r0 = alias('r0');
      const x = alias('x');
      const c = alias('c');
      const host = hostSql(ahead, folds, r0, ctx.viewer);
      const count = ahead.totalCount
        ? sql`cross join lateral (select count(*)::int as __total from ${source.from} where ${where}) ${sql.identifier(c)}`
        : sql.blank;
      const P = sql.identifier(parentRow);
      const X = sql.identifier(x);
      const rows = await ctx.query<T & { __parent: string; __total?: number }>(
        sql`select ${X}.*, ${P}.id as __parent${ahead.totalCount ? sql`, ${sql.identifier(c)}.__total` : sql.blank}
         from unnest(${idArray(parentIds)}) with ordinality as ${P}(id, ord)
         left join lateral (
           select ${sql.join(
             [
               ...outerColumns(ahead, p, r0),
               ...host.columns,
               // the page's order, numbered: what it hands back need not hold its ordering keys
               sql`row_number() over (order by ${orderList(p, r0)}) as __n`,
             ],
             ', ',
           )}
           from (${pageSql(source, ahead, p, where, alias('x'))}) ${sql.identifier(r0)}
           ${host.joins}
         ) ${X} on true
         ${count}
         order by ${P}.ord, ${X}.__n`,
      );
      const byParent = new Map<string, T[]>();
      const totals = new Map<string, number>();
      for (const row of rows) {
        if (row.__total !== undefined) totals.set(row.__parent, row.__total);
        if (row.id === null) continue; // a parent with no row on this page
        (row as Record<string, unknown>).__typename = source.typename;
        host.finish(row);
        const list = byParent.get(row.__parent);
        if (list) list.push(row);
        else byParent.set(row.__parent, [row]);
      }
      return parentIds.map((id) =>
        toConnection(byParent.get(id) ?? [], p, args, async () => totals.get(id) ?? 0),
      );
    });
  });
  return (loader as DataLoader<string, Connection<T>>).load(parent.id);
}
