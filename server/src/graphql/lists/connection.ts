import DataLoader from 'dataloader';
import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import {
  ArgsType,
  Field,
  InputType,
  Int,
  ObjectType,
  registerEnumType,
  type ClassType,
} from 'type-graphql';
import type { Viewer } from '../../auth/viewer.js';
import type { Context } from '../context.js';
import { badInput } from '../errors.js';
import { columnsRead, embedKey, embedSql, planEmbeds, type EmbedPlan } from '../embeds.js';
import { connectionSelection } from '../lookahead.js';
import { column, compileFilter, filterInput, Params, type ListSpec } from './filter.js';

/** The largest page a client may ask for; above it the request fails with BAD_USER_INPUT. */
export const MAX_PAGE_SIZE = 500;
export const DEFAULT_PAGE_SIZE = 50;

export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(OrderDirection, { name: 'OrderDirection' });

@ObjectType({ description: 'Where a page sits in its list (Relay cursor connections).' })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean)
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

/**
 * A list served as a Relay connection: where its rows come from, who may see which, and what it
 * can be filtered (`spec`) and ordered by (`order`: enum value -> column of the row).
 */
export interface ListSource {
  spec: ListSpec;
  /** Alias of the main table in `from`, used by filters and scope. */
  alias: string;
  /** FROM clause, e.g. `deal d join purchaser p on p.id = d.purchaser_id`. */
  from: string;
  /** Select list producing the row the GraphQL type reads; must include `id`. */
  columns: string;
  /** SQL condition limiting rows to the viewer's scope; parameters go through `params`. */
  scope: (viewer: Viewer, params: Params) => string;
  /** Orderable fields: enum value -> key of the selected row (a non-null column). */
  order: Record<string, string>;
  defaultOrder: { field: string; direction: OrderDirection }[];
  /** Type name stamped on rows for Node resolution. */
  typename: string;
}

export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
  filter?: Record<string, unknown> | null;
  orderBy?: { field: string; direction?: OrderDirection | null }[] | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
  readonly totalCount: Promise<number>;
}

const orderEnums = new Map<string, object>();

/** `<Type>OrderField` enum and `<Type>Order` input of a list source. */
function orderInput(source: ListSource) {
  const name = source.spec.name;
  const values = Object.fromEntries(Object.keys(source.order).map((key) => [key, key]));
  orderEnums.set(name, values);
  registerEnumType(values, { name: `${name}OrderField` });
  @InputType(`${name}Order`, { description: `An ordering of ${name} rows.` })
  class Order {
    field!: string;
    direction?: OrderDirection;
  }
  Field(() => values)(Order.prototype, 'field');
  Field(() => OrderDirection, { defaultValue: OrderDirection.ASC })(Order.prototype, 'direction');
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
  Field(() => String, { nullable: true })(p, 'after');
  Field(() => Int, {
    nullable: true,
    description: `Rows before \`before\`; at most ${MAX_PAGE_SIZE}.`,
  })(p, 'last');
  Field(() => String, { nullable: true })(p, 'before');
  Field(() => Filter, { nullable: true })(p, 'filter');
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
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field(() => String)
    cursor!: string;
  }
  Field(() => node)(EdgeType.prototype, 'node');

  @ObjectType(`${name}Connection`, { description: `A page of ${name} rows.` })
  class ConnectionType {
    @Field(() => [EdgeType])
    edges!: Edge<T>[];

    @Field(() => PageInfo)
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

interface Page {
  limit: number;
  backward: boolean;
  cursor: unknown[] | null;
  order: { key: string; direction: OrderDirection }[];
}

function decodeCursor(cursor: string, size: number, field: string): unknown[] {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(values) && values.length === size) return values;
  } catch {
    // falls through to the error below
  }
  throw badInput(field, `${field} is not a cursor of this list and ordering`);
}

function encodeCursor(row: Record<string, unknown>, order: Page['order']): string {
  // the exact text of each ordering value, as PostgreSQL printed it (timestamps keep their
  // microseconds, which a JavaScript Date would drop and so repeat or skip rows)
  const values = order.map((_, i) => row[`__c${i}`]);
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/**
 * What a page hands back of its rows: the columns its query reads (ordering keys it selects
 * only to order by stay behind: no timestamp parsed for nothing), and its cursor values when
 * the query reads cursors; or all of them.
 */
function outerColumns(
  ahead: Lookahead,
  p: Page,
  alias: string,
  withCursors = ahead.cursors,
): string {
  if (!ahead.read) return `${alias}.*`;
  const cursors = withCursors ? p.order.map((_, i) => `__c${i}`) : [];
  return [...ahead.read, ...cursors].map((name) => column(alias, name)).join(', ');
}

/** Extra select items carrying each ordering value as text, for exact cursors. */
function cursorColumns(p: Page): string {
  return p.order.map(({ key }, i) => `${quote(key)}::text as "__c${i}"`).join(', ');
}

function page(source: ListSource, args: ConnectionArgs): Page {
  const { first, last, after, before } = args;
  if (first != null && last != null) throw badInput('first', 'Give first or last, not both');
  for (const [name, value] of [
    ['first', first],
    ['last', last],
  ] as const) {
    if (value != null && (value < 0 || value > MAX_PAGE_SIZE)) {
      throw badInput(
        name,
        `${name} must be between 0 and ${MAX_PAGE_SIZE} (the maximum page size)`,
      );
    }
  }
  if (after != null && before != null) throw badInput('after', 'Give after or before, not both');
  const requested = args.orderBy?.length ? args.orderBy : source.defaultOrder;
  const order = requested.map((o, i) => {
    const key = source.order[o.field];
    if (!key)
      throw badInput(`orderBy.${i}.field`, `${source.spec.name} cannot be ordered by ${o.field}`);
    return { key, direction: o.direction ?? OrderDirection.ASC };
  });
  // the ID breaks ties: a total order, so cursors never skip or repeat a row
  if (!order.some((o) => o.key === 'id')) order.push({ key: 'id', direction: OrderDirection.ASC });
  const backward = last != null || (before != null && first == null);
  const cursorArg = backward ? before : after;
  return {
    limit: (backward ? last : first) ?? DEFAULT_PAGE_SIZE,
    backward,
    cursor: cursorArg ? decodeCursor(cursorArg, order.length, backward ? 'before' : 'after') : null,
    order,
  };
}

const quote = (key: string, alias = 'x') => column(alias, key);

/** Each ordering column over `alias`, ascending or not (flipped when paging backwards). */
function directions(p: Page, alias: string): { column: string; ascending: boolean }[] {
  return p.order.map(({ key, direction }) => {
    const forward = direction === OrderDirection.ASC;
    return { column: quote(key, alias), ascending: p.backward ? !forward : forward };
  });
}

/** The page's ORDER BY list over `alias`. */
function orderList(p: Page, alias = 'x'): string {
  return directions(p, alias)
    .map((d) => `${d.column} ${d.ascending ? 'asc' : 'desc'}`)
    .join(', ');
}

/** ORDER BY (directions flipped when paging backwards) and the keyset condition for the cursor. */
function ordering(p: Page, params: Params): { orderBy: string; after: string } {
  const dirs = directions(p, 'x');
  if (!p.cursor) return { orderBy: orderList(p), after: 'true' };
  const values = p.cursor.map((value) => params.add(value));
  // (k1 > v1) or (k1 = v1 and k2 > v2) or …, each comparison in its own direction
  const alternatives = dirs.map((d, i) => {
    const equal = dirs.slice(0, i).map((prev, j) => `${prev.column} = ${values[j]}`);
    return `(${[...equal, `${d.column} ${d.ascending ? '>' : '<'} ${values[i]}`].join(' and ')})`;
  });
  return { orderBy: orderList(p), after: `(${alternatives.join(' or ')})` };
}

function toConnection<T extends Record<string, unknown>>(
  rows: T[],
  p: Page,
  args: ConnectionArgs,
  totalCount: () => Promise<number>,
): Connection<T> {
  const more = rows.length > p.limit;
  const pageRows = more ? rows.slice(0, p.limit) : rows;
  if (p.backward) pageRows.reverse();
  // cursors are made only for a query that asks for edges or pageInfo
  let edges: Edge<T>[] | undefined;
  const edgesOf = () =>
    (edges ??= pageRows.map((node) => ({ cursor: encodeCursor(node, p.order), node })));
  let total: Promise<number> | undefined;
  return {
    get edges() {
      return edgesOf();
    },
    nodes: pageRows,
    pageInfo: {
      hasNextPage: p.backward ? args.before != null : more,
      hasPreviousPage: p.backward ? more : args.after != null,
      get startCursor() {
        return edgesOf()[0]?.cursor ?? null;
      },
      get endCursor() {
        return edgesOf().at(-1)?.cursor ?? null;
      },
    },
    // counted only when a client asks for it
    get totalCount() {
      return (total ??= totalCount());
    },
  };
}

/**
 * What a connection's query selects, read ahead (everything, when the resolve info is not
 * given): the to-one relations to embed, whether it counts, whether it needs cursors, and the
 * select list: the columns its nodes read (see `columnsRead`), its ordering keys and `id`.
 */
interface Lookahead {
  embeds: EmbedPlan[];
  totalCount: boolean;
  cursors: boolean;
  columns: string;
  /** The row properties the query reads (`id` included), or null: all of them. */
  read: string[] | null;
  /** All of the above as text, for keying loaders. */
  key: string;
}

/** Select items of a source, split at top-level commas, each with the name it is selected as. */
const parsedColumns = new WeakMap<ListSource, { name: string; sql: string }[]>();

function columnItems(source: ListSource): { name: string; sql: string }[] {
  let items = parsedColumns.get(source);
  if (items) return items;
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < source.columns.length; i += 1) {
    const c = source.columns[i];
    if (c === '(') depth += 1;
    else if (c === ')') depth -= 1;
    else if (c === ',' && depth === 0) {
      parts.push(source.columns.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(source.columns.slice(start));
  items = parts.map((part) => {
    const sql = part.trim();
    const alias = /\sas\s+(?:"([^"]+)"|(\w+))$/i.exec(sql);
    const name = alias ? (alias[1] ?? alias[2]) : /(?:^|\.)(\w+)$/.exec(sql)?.[1];
    if (!name) throw new Error(`${source.spec.name}: cannot name the select item ${sql}`);
    return { name, sql };
  });
  parsedColumns.set(source, items);
  return items;
}

/**
 * Lookaheads by the field's AST nodes: a nested list's resolver runs once per parent with the
 * same selection (and a kept document comes back with the same nodes), so it is worked out once.
 */
const lookaheads = new WeakMap<
  FieldNode,
  { fieldNodes: readonly FieldNode[]; bySource: Map<ListSource, Lookahead> }
>();

function lookahead(source: ListSource, info: GraphQLResolveInfo | undefined): Lookahead {
  if (!info) {
    return {
      embeds: [],
      totalCount: true,
      cursors: true,
      columns: source.columns,
      read: null,
      key: '*',
    };
  }
  const first = info.fieldNodes[0]!;
  let kept = lookaheads.get(first);
  if (
    !kept ||
    kept.fieldNodes.length !== info.fieldNodes.length ||
    kept.fieldNodes.some((node, i) => node !== info.fieldNodes[i])
  ) {
    kept = { fieldNodes: info.fieldNodes, bySource: new Map() };
    lookaheads.set(first, kept);
  }
  let found = kept.bySource.get(source);
  if (!found) {
    found = workOutLookahead(source, info);
    kept.bySource.set(source, found);
  }
  return found;
}

function workOutLookahead(source: ListSource, info: GraphQLResolveInfo): Lookahead {
  const selection = connectionSelection(info);
  const read = columnsRead(info.schema.getType(source.typename), source.typename, selection.nodes);
  const orderKeys = new Set(Object.values(source.order));
  const items = columnItems(source);
  const columns = read
    ? items
        .filter(({ name }) => read.has(name) || orderKeys.has(name) || name === 'id')
        .map(({ sql }) => sql)
        .join(', ')
    : source.columns;
  const embeds = planEmbeds(source.typename, selection.nodes, info);
  const names = new Set(items.map(({ name }) => name));
  return {
    embeds,
    totalCount: selection.totalCount,
    cursors: selection.cursors,
    columns,
    read: read ? ['id', ...[...read].filter((name) => name !== 'id' && names.has(name))] : null,
    key: `${embedKey(embeds)}:${selection.totalCount}:${selection.cursors}:${columns}`,
  };
}

/**
 * One page of a list: scope, filter, keyset cursor and ordering compiled into one
 * parameterised statement (a second one counts, only when totalCount is asked for). With the
 * resolve info, the to-one relations the query selects under the nodes come in the same
 * statement (see embeds.ts).
 */
export async function listConnection<T extends Record<string, unknown>>(
  ctx: Context,
  source: ListSource,
  args: ConnectionArgs,
  extra?: (alias: string, params: Params) => string,
  info?: GraphQLResolveInfo,
): Promise<Connection<T>> {
  const p = page(source, args);
  const params = new Params();
  const where = [
    source.scope(ctx.viewer, params),
    compileFilter(source.spec, args.filter, source.alias, params),
    extra ? extra(source.alias, params) : 'true',
  ].join(' and ');
  const countParams = [...params.values];
  const { orderBy, after } = ordering(p, params);
  const ahead = lookahead(source, info);
  const { embeds } = ahead;
  const pageSql = `select ${embeds.length ? 'x.*' : outerColumns(ahead, p, 'x', false)}${ahead.cursors ? `, ${cursorColumns(p)}` : ''} from (select ${ahead.columns} from ${source.from} where ${where}) x
           where ${after} order by ${orderBy} limit ${p.limit + 1}`;
  // related rows are joined to the page's rows only, after the limit
  const embed = embedSql(embeds, '__row', params, ctx.viewer);
  const sql = embeds.length
    ? `select ${outerColumns(ahead, p, '__row')}${embed.columns} from (${pageSql}) __row ${embed.joins}
       order by ${orderList(p, '__row')}`
    : pageSql;
  const rows = p.limit === 0 ? [] : await ctx.query<T>(sql, params.values);
  for (const row of rows) {
    (row as Record<string, unknown>).__typename = source.typename;
    embed.materialise(row);
  }
  return toConnection(rows, p, args, async () => {
    const [row] = await ctx.query<{ n: number }>(
      `select count(*)::int as n from ${source.from} where ${where}`,
      countParams,
    );
    return row!.n;
  });
}

/**
 * A connection under each of many parents (e.g. each sub-delegation's purchasers), for a whole
 * batch of parents in one statement: for each parent, its first N rows by an index-ordered
 * lateral subquery (with the to-one relations the query selects, see embeds.ts), and its count
 * only when the query asks for totalCount.
 * `parentColumn` is the SQL expression (over the source alias) holding the parent id.
 */
export function nestedConnection<T extends Record<string, unknown>>(
  ctx: Context,
  source: ListSource,
  parentColumn: string,
  parentId: string,
  args: ConnectionArgs,
  info?: GraphQLResolveInfo,
): Promise<Connection<T>> {
  const ahead = lookahead(source, info);
  const key = `nested:${source.spec.name}:${parentColumn}:${JSON.stringify(args)}:${ahead.key}`;
  const loader = ctx.loaders.custom(key, () => {
    const p = page(source, args);
    return new DataLoader<string, Connection<T>>(async (parentIds) => {
      const params = new Params([parentIds]);
      const where = [
        `${parentColumn} = parent.id`,
        source.scope(ctx.viewer, params),
        compileFilter(source.spec, args.filter, source.alias, params),
      ].join(' and ');
      const { orderBy, after } = ordering(p, params);
      const embed = embedSql(ahead.embeds, '__row', params, ctx.viewer);
      const count = ahead.totalCount
        ? `cross join lateral (select count(*)::int as __total from ${source.from} where ${where}) c`
        : '';
      const rows = await ctx.query<T & { __parent: string; __total?: number }>(
        `select x.*, parent.id as __parent${ahead.totalCount ? ', c.__total' : ''}
         from unnest($1::uuid[]) with ordinality as parent(id, ord)
         left join lateral (
           select ${outerColumns(ahead, p, '__row')}${embed.columns},
             -- the page's order, numbered: what it hands back need not hold its ordering keys
             row_number() over (order by ${orderList(p, '__row')}) as __n
           from (
             select x.*${ahead.cursors ? `, ${cursorColumns(p)}` : ''} from (select ${ahead.columns} from ${source.from} where ${where}) x
             where ${after} order by ${orderBy} limit ${p.limit + 1}
           ) __row
           ${embed.joins}
         ) x on true
         ${count}
         order by parent.ord, x.__n`,
        params.values,
      );
      const byParent = new Map<string, T[]>();
      const totals = new Map<string, number>();
      for (const row of rows) {
        if (row.__total !== undefined) totals.set(row.__parent, row.__total);
        if (row.id === null) continue; // a parent with no row on this page
        (row as Record<string, unknown>).__typename = source.typename;
        embed.materialise(row);
        const list = byParent.get(row.__parent);
        if (list) list.push(row);
        else byParent.set(row.__parent, [row]);
      }
      return parentIds.map((id) =>
        toConnection(byParent.get(id) ?? [], p, args, async () => totals.get(id) ?? 0),
      );
    });
  });
  return (loader as DataLoader<string, Connection<T>>).load(parentId);
}
