import type { MetadataStorage } from '@mikro-orm/core';
import pg from 'pg';
import { builtFor } from './built.js';
import {
  getArgumentValues,
  GraphQLError,
  GraphQLObjectType,
  type FieldNode,
  type GraphQLField,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import type { Viewer } from '../../auth/viewer.js';
import { columnTypes } from '../columns.js';
import type { Context } from '../context.js';
import {
  columnsRead,
  embedKey,
  embedSql,
  planEmbeds,
  relationShape,
  type EmbedPlan,
  type EmbedSql,
} from '../embeds.js';
import type { ByIdRelation, ManyRelation } from '../loaders.js';
import { conditionsKey, connectionSelectionIn, fieldsIn, selectedIn } from '../lookahead.js';
import { readsOf, type Fold } from '../registry.js';
import { listWhere, type ListSource } from './source.js';
import { compileFilter, type Alias } from './filter.js';
import { alias as aliasOf, column, sql, type SQL } from '../../db/sql.js';
import {
  afterCursor,
  cursorColumns,
  orderList,
  page,
  toConnection,
  type ConnectionArgs,
  type Page,
} from './page.js';

/*
 * Lists folded into their parent's statement. A to-many field in the read registry (a sub-delegation's
 * purchasers, a purchaser's deals, a delegation's sub-delegations) is read ahead from the query:
 * the statement that reads its parent rows also reads, for each of them, the field's rows (its
 * own page, scope and filter, with what they embed and fold in turn) as a JSON array in one
 * column. A query nested N lists deep is then one statement, not N. Each row travels as an array
 * of its columns' text, which the driver's own type parsers turn into the values its own
 * statement would have given (exact decimals, timestamps with microseconds). Where nothing
 * folded the field in (its parent read another way, or its arguments are at fault), its
 * resolver reads it in a statement of its own, one for all the parents of its level.
 */

// ---------------------------------------------------------------- the folded rows' columns

/** Each folded list's columns (name -> type, in select order) by its source or relation. */
const shapes = new WeakMap<ListSource | ManyRelation<unknown>, Map<string, number>>();

/** Types the columns of every folded list once, at start, from their declarations. */
export function prepareFolds(schema: GraphQLSchema, metadata: MetadataStorage): void {
  for (const fold of readsOf(schema).folds.values()) {
    if (fold.kind === 'connection') {
      shapes.set(fold.source, columnTypes(fold.source.columns, metadata));
    } else {
      const shape = relationShape(fold.relation, metadata);
      shapes.set(fold.relation, new Map(shape.map(({ name, type }) => [name, type])));
    }
  }
}

function shapeFor(owner: ListSource | ManyRelation<unknown>, name: string): Map<string, number> {
  const shape = shapes.get(owner);
  if (!shape) throw new Error(`${name}: folds not prepared (prepareFolds)`);
  return shape;
}

type Parse = (text: string) => unknown;
const parsers = new Map<number, Parse>();

/** The driver's parser of a type's text form: what a row of its own statement would hold. */
function parserOf(type: number | undefined): Parse {
  if (type === undefined) throw new Error('a folded column of unknown type (prepareFolds)');
  let parse = parsers.get(type);
  if (!parse) {
    parse = pg.types.getTypeParser(type, 'text') as Parse;
    parsers.set(type, parse);
  }
  return parse;
}

const asText: Parse = (text) => text;

// ---------------------------------------------------------------- looking ahead

/**
 * What a query selects of a level of rows, read ahead: the to-one relations to embed, the lists
 * to fold, whether it counts, whether it needs cursors, and the columns its rows read.
 */
export interface Lookahead {
  embeds: EmbedPlan[];
  folds: FoldPlan[];
  totalCount: boolean;
  cursors: boolean;
  /** A list source's inner select list: the columns read, its ordering keys and `id`. */
  columns: SQL;
  /** The row properties the query reads (`id` included), or null: all of them. */
  read: string[] | null;
  /** All of the above as text (arguments aside), for keying loaders. */
  key: string;
}

/** A folded field of a query: where it is in the response, and what it selects. */
export interface FoldPlan {
  responseKey: string;
  fold: Fold;
  /** A node of the field (every node of one response key has the same arguments). */
  node: FieldNode;
  field: GraphQLField<unknown, unknown>;
  ahead: Lookahead;
  key: string;
}

type Sets = readonly (SelectionSetNode | undefined)[];
type Info = Pick<GraphQLResolveInfo, 'fragments' | 'schema'>;

/** What a connection of `source` rows selects, from the connection field's selection sets. */
function sourceLookahead(source: ListSource, sets: Sets, info: Info): Lookahead {
  const selection = connectionSelectionIn(sets, info);
  const read = columnsRead(info.schema, source.typename, selection.nodes);
  const orderKeys = new Set(Object.values(source.order));
  const { items } = source.columns;
  const inner = read
    ? source.columns.only((name) => read.has(name) || orderKeys.has(name) || name === 'id')
    : source.columns;
  const columns = inner.items.map(({ name }) => name).join(' ');
  const embeds = planEmbeds(source.typename, selection.nodes, info);
  const folded = planFolds(source.typename, selection.nodeSets, info);
  const names = new Set(items.map(({ name }) => name));
  return {
    embeds,
    folds: folded,
    totalCount: selection.totalCount,
    cursors: selection.cursors,
    columns: inner.sql,
    read: read ? ['id', ...[...read].filter((name) => name !== 'id' && names.has(name))] : null,
    key: `${embedKey(embeds)}:${foldKey(folded)}:${selection.totalCount}:${selection.cursors}:${columns}`,
  };
}

/**
 * What a query selects of rows of `typename` (a plain list's, or a row read by id) from the
 * field's selection sets; `names`: the columns the rows have (null: read them all).
 */
function rowLookahead(typename: string, names: string[] | null, sets: Sets, info: Info): Lookahead {
  const selected = selectedIn(sets, info);
  const read = names && columnsRead(info.schema, typename, selected);
  const embeds = planEmbeds(typename, selected, info);
  const folded = planFolds(typename, sets, info);
  const readNames = read && names ? names.filter((name) => name === 'id' || read.has(name)) : null;
  return {
    embeds,
    folds: folded,
    totalCount: false,
    cursors: false,
    columns: sql.blank,
    read: readNames,
    key: `${embedKey(embeds)}:${foldKey(folded)}:${readNames?.join(' ') ?? '*'}`,
  };
}

/** The registered to-many fields among the fields of `sets` (on a `typeName`), recursively. */
function planFolds(typeName: string, sets: Sets, info: Info): FoldPlan[] {
  const type = info.schema.getType(typeName);
  const { folds } = readsOf(info.schema);
  if (!(type instanceof GraphQLObjectType) || folds.size === 0) return [];
  const plans: FoldPlan[] = [];
  for (const [responseKey, nodes] of fieldsIn(sets, info)) {
    const name = nodes[0]!.name.value;
    const fold = folds.get(`${typeName}.${name}`);
    const field = type.getFields()[name];
    if (!fold || !field) continue;
    const below = nodes.map((node) => node.selectionSet);
    let ahead: Lookahead;
    if (fold.kind === 'connection') {
      ahead = sourceLookahead(fold.source, below, info);
    } else {
      const shape = shapeFor(fold.relation, fold.relation.name);
      ahead = rowLookahead(fold.relation.typename, [...shape.keys()], below, info);
    }
    plans.push({
      responseKey,
      fold,
      node: nodes[0]!,
      field,
      ahead,
      key: `${responseKey}=${name}{${ahead.key}}`,
    });
  }
  return plans;
}

const foldKey = (plans: readonly FoldPlan[]) => plans.map((plan) => plan.key).join(',');

/**
 * Lookaheads by the field's AST nodes: a nested list's resolver runs once per parent with the
 * same selection (and a kept document comes back with the same nodes), so it is worked out once
 * for each value of the variables the document's `@skip`/`@include` read.
 */
const lookaheads = new WeakMap<
  FieldNode,
  { fieldNodes: readonly FieldNode[]; byOwner: Map<object, Map<string, Lookahead>> }
>();

function cachedLookahead(
  info: GraphQLResolveInfo,
  owner: object,
  workOut: (sets: Sets) => Lookahead,
): Lookahead {
  const first = info.fieldNodes[0]!;
  let kept = lookaheads.get(first);
  if (
    !kept ||
    kept.fieldNodes.length !== info.fieldNodes.length ||
    kept.fieldNodes.some((node, i) => node !== info.fieldNodes[i])
  ) {
    kept = { fieldNodes: info.fieldNodes, byOwner: new Map() };
    lookaheads.set(first, kept);
  }
  // the same nodes select other fields when @skip/@include read other variable values
  let byConditions = kept.byOwner.get(owner);
  if (!byConditions) {
    byConditions = new Map();
    kept.byOwner.set(owner, byConditions);
  }
  const conditions = conditionsKey(info);
  let found = byConditions.get(conditions);
  if (!found) {
    found = workOut(info.fieldNodes.map((node) => node.selectionSet));
    byConditions.set(conditions, found);
  }
  return found;
}

/** What the connection field being resolved selects (everything, without the resolve info). */
export function lookahead(source: ListSource, info: GraphQLResolveInfo | undefined): Lookahead {
  if (!info) {
    return {
      embeds: [],
      folds: [],
      totalCount: true,
      cursors: true,
      columns: source.columns.sql,
      read: null,
      key: '*',
    };
  }
  return cachedLookahead(info, source, (sets) => sourceLookahead(source, sets, info));
}

// ---------------------------------------------------------------- a request's folds

/** A fold with its arguments, as one request gives them. */
export interface ResolvedFold {
  plan: FoldPlan;
  args: ConnectionArgs;
  /** The page of a connection (null for a plain list). */
  page: Page | null;
  children: ResolvedFold[];
  key: string;
}

const resolvedByVariables = new WeakMap<object, Map<Lookahead, ResolvedFold[]>>();

/**
 * The folds of a lookahead with this request's arguments. A fold whose arguments are at fault is
 * left out: its own resolver runs and reports the error at the field's own path.
 */
export function resolveFolds(ahead: Lookahead, variables: Record<string, unknown>): ResolvedFold[] {
  if (ahead.folds.length === 0) return [];
  let byAhead = resolvedByVariables.get(variables);
  if (!byAhead) {
    byAhead = new Map();
    resolvedByVariables.set(variables, byAhead);
  }
  let resolved = byAhead.get(ahead);
  if (!resolved) {
    resolved = [];
    for (const plan of ahead.folds) {
      try {
        const args = getArgumentValues(plan.field, plan.node, variables) as ConnectionArgs;
        let p: Page | null = null;
        if (plan.fold.kind === 'connection') {
          const { source } = plan.fold;
          p = page(source, args);
          // compiled once here only to find its errors, which belong to the field
          compileFilter(source.spec, args.filter, source.alias);
        }
        const children = resolveFolds(plan.ahead, variables);
        resolved.push({
          plan,
          args,
          page: p,
          children,
          key: `${plan.key}(${JSON.stringify(args)})[${children.map((c) => c.key).join(',')}]`,
        });
      } catch (error) {
        if (!(error instanceof GraphQLError)) throw error;
      }
    }
    byAhead.set(ahead, resolved);
  }
  return resolved;
}

/** The loader key of a request's folds. */
export const resolvedKey = (resolved: readonly ResolvedFold[]) =>
  resolved.map((r) => r.key).join(',');

// ---------------------------------------------------------------- SQL

const foldColumn = (responseKey: string) => `__f_${responseKey}`;

/** A folded field's subquery, its count's (when the query counts) and how its value decodes. */
interface BuiltFold {
  resolved: ResolvedFold;
  sql: SQL;
  total: SQL | null;
  decode(value: unknown, total: unknown): unknown;
}

interface Output {
  sql: SQL;
  name: string;
  parse: Parse;
}

/**
 * A folded level's JSON element for each row (its columns' text, then each fold's value and
 * count) and how an element decodes into the row its field resolvers read.
 */
function jsonRows(
  outputs: Output[],
  embed: EmbedSql,
  children: BuiltFold[],
  typename: string,
): { element: SQL; decodeRow(element: unknown[]): Record<string, unknown> } {
  const texts = [
    ...outputs,
    ...embed.items.map((item) => ({ sql: item.sql, name: item.name, parse: parserOf(item.type) })),
  ];
  const folded = children.flatMap((child) =>
    child.total ? [sql`(${child.sql})`, sql`(${child.total})`] : [sql`(${child.sql})`],
  );
  const array = sql`array[${sql.join(
    texts.map((t) => sql`${t.sql}::text`),
    ', ',
  )}]`;
  return {
    element: sql`json_build_array(${sql.join([array, ...folded], ', ')})`,
    decodeRow(element) {
      const values = element[0] as (string | null)[];
      const row: Record<string, unknown> = {};
      for (let i = 0; i < texts.length; i += 1) {
        const value = values[i];
        row[texts[i]!.name] = value == null ? null : texts[i]!.parse(value);
      }
      row.__typename = typename;
      let at = 1;
      for (const child of children) {
        const value = element[at++];
        const total = child.total ? element[at++] : undefined;
        row[foldColumn(child.resolved.plan.responseKey)] = child.decode(value, total);
      }
      embed.materialise(row);
      return row;
    },
  };
}

/**
 * The statement of one page of `source` rows under `where`, as `inner`: the ordering, the
 * keyset condition of its cursor, one row more than the page (there is a next page when it
 * comes), and each ordering value as text when the query reads cursors. `select` is what it
 * hands back of the rows (all the columns it selects, unless given).
 */
export function pageSql(
  source: ListSource,
  ahead: Lookahead,
  p: Page,
  where: SQL,
  inner: Alias,
  select: SQL = sql`${sql.identifier(inner)}.*`,
  matched: SQL = matchedSql(source, ahead, where),
): SQL {
  const items = ahead.cursors ? sql.join([select, cursorColumns(p, inner)], ', ') : select;
  return sql`select ${items}
    from (${matched}) ${sql.identifier(inner)}
    ${p.cursor ? sql`where ${afterCursor(p, inner)} ` : sql.blank}order by ${orderList(p, inner)} limit ${sql.literal(p.limit + 1)}`;
}

/** The rows of `source` under `where`, with the columns a page of them reads. */
export function matchedSql(source: ListSource, ahead: Lookahead, where: SQL): SQL {
  return sql`select ${ahead.columns} from ${source.from} where ${where}`;
}

/** The subquery folding `resolved` in for each row of `parent`, at `depth`. */
function buildFold(
  resolved: ResolvedFold,
  parent: Alias,
  depth: number,
  viewer: Viewer,
): BuiltFold {
  const { plan } = resolved;
  const { ahead, fold } = plan;
  const rows = aliasOf(`r${depth}`);
  const embed = embedSql(ahead.embeds, rows, viewer, `__e${depth}_`);
  const children = resolved.children.map((child) => buildFold(child, rows, depth + 1, viewer));
  const parentId = column(parent, 'id');
  const selectFrom = (from: SQL) => (embed.columns.length ? sql`${from} ${embed.joins}` : from);
  if (fold.kind === 'list') {
    const { relation } = fold;
    const shape = shapeFor(relation, relation.name);
    const names = ahead.read ?? [...shape.keys()];
    const out = jsonRows(
      names.map((name) => ({ sql: column(rows, name), name, parse: parserOf(shape.get(name)) })),
      embed,
      children,
      relation.typename,
    );
    const listed = aliasOf(`l${depth}`);
    // the parent's id as a one-element array, not `= ${parentId}`: so written, Q2's statement as a
    // purchaser looked cheaper planned for its values than generic, and PostgreSQL planned it
    // anew at every execution (1.1 ms a request; 1,400 against 3,200 req/s)
    const statement = relation.sql(sql`array[${parentId}]`, viewer);
    return {
      resolved,
      // the relation's SQL orders its rows; they are numbered in that order
      sql: sql`select coalesce(json_agg(${out.element} order by ${column(rows, '__n')}), '[]'::json)
        from ${selectFrom(
          sql`(select ${sql.identifier(listed)}.*, row_number() over () as __n from (${statement}) ${sql.identifier(listed)}) ${sql.identifier(rows)}`,
        )}`,
      total: null,
      decode: (value) => (value as unknown[][]).map(out.decodeRow),
    };
  }
  const { source, key } = fold;
  const p = resolved.page!;
  const shape = shapeFor(source, source.spec.name);
  const where = listWhere(
    source,
    viewer,
    resolved.args.filter,
    sql`${source.columns.expression(key)} = ${parentId}`,
  );
  const names = ahead.read ?? source.columns.items.map(({ name }) => name);
  const outputs = names.map((name) => ({
    sql: column(rows, name),
    name,
    parse: parserOf(shape.get(name)),
  }));
  if (ahead.cursors) {
    p.order.forEach((_, i) =>
      outputs.push({ sql: column(rows, `__c${i}`), name: `__c${i}`, parse: asText }),
    );
  }
  const out = jsonRows(outputs, embed, children, source.typename);
  return {
    resolved,
    sql: sql`select coalesce(json_agg(${out.element} order by ${orderList(p, rows)}), '[]'::json)
      from ${selectFrom(sql`(${pageSql(source, ahead, p, where, aliasOf(`x${depth}`))}) ${sql.identifier(rows)}`)}`,
    total: ahead.totalCount ? sql`select count(*)::int from ${source.from} where ${where}` : null,
    decode: (value, total) =>
      toConnection((value as unknown[][]).map(out.decodeRow), p, resolved.args, () =>
        Promise.resolve((total as number | undefined) ?? 0),
      ),
  };
}

/** What a statement reading rows as `alias` adds to embed and fold what its query selects. */
export interface HostSql {
  /** Select items. */
  columns: SQL[];
  /** `left join lateral` clauses of the embedded relations. */
  joins: SQL;
  /** Turns a row's embedded columns and folded values into what its fields resolve from. */
  finish(row: Record<string, unknown>): void;
}

export function hostSql(
  ahead: Lookahead,
  resolved: readonly ResolvedFold[],
  rows: Alias,
  viewer: Viewer,
): HostSql {
  const embed = embedSql(ahead.embeds, rows, viewer);
  if (resolved.length === 0) {
    return { columns: embed.columns, joins: embed.joins, finish: (row) => embed.materialise(row) };
  }
  const built = resolved.map((r) => buildFold(r, rows, 1, viewer));
  const columns = built.flatMap((b) => {
    const name = foldColumn(b.resolved.plan.responseKey);
    const value = sql`(${b.sql}) as ${sql.identifier(name)}`;
    return b.total ? [value, sql`(${b.total}) as ${sql.identifier(`${name}#total`)}`] : [value];
  });
  return {
    columns: [...embed.columns, ...columns],
    joins: embed.joins,
    finish(row) {
      embed.materialise(row);
      for (const b of built) {
        const name = foldColumn(b.resolved.plan.responseKey);
        row[name] = b.decode(row[name], row[`${name}#total`]);
      }
    },
  };
}

// ---------------------------------------------------------------- resolving

/**
 * What the statement that read `parent` folded in for the field being resolved: undefined when
 * nothing did.
 */
export function foldedIn<T>(parent: object, info: GraphQLResolveInfo): T | undefined {
  const node = info.fieldNodes[0]!;
  return (parent as Record<string, unknown>)[foldColumn(node.alias?.value ?? node.name.value)] as
    T | undefined;
}

/** A root row's statement with its folds, the row's id a placeholder, and how rows decode. */
interface BuiltRoot {
  statement: SQL;
  host: HostSql;
  ids: symbol;
}

/**
 * A row by id, for a root field: with the lists its query selects folded in (one statement for
 * the whole query), or from the request's by-id loader when it selects none.
 */
export async function byIdFolded<T extends { id: string }>(
  ctx: Context,
  relation: ByIdRelation<T>,
  id: string,
  info: GraphQLResolveInfo,
): Promise<T | null> {
  const ahead = cachedLookahead(info, relation, (sets) =>
    rowLookahead(relation.typename, null, sets, info),
  );
  const resolved = resolveFolds(ahead, info.variableValues);
  if (resolved.length === 0) return ctx.loaders.byId(relation, id);
  const { statement, host, ids } = builtFor<BuiltRoot>(
    ctx.viewer,
    `${relation.name}:${resolvedKey(resolved)}`,
    () => {
      const rows = aliasOf('r0');
      const ids = Symbol('ids');
      const host = hostSql(ahead, resolved, rows, ctx.viewer);
      return {
        statement: sql`select ${sql.join([sql`${sql.identifier(rows)}.*`, ...host.columns], ', ')}
        from (${relation.sql({ one: sql`${sql.placeholder(ids)}::uuid` }, ctx.viewer)}) ${sql.identifier(rows)} ${host.joins}`,
        host,
        ids,
      };
    },
  );
  // one id as one key (`id = $1::uuid`): the planner then expects one root row, in a generic
  // plan as in a custom one. An array parameter (`$1::uuid[]`) is costed as about ten rows, so
  // every nested level below it looked ten times dearer generic than custom, and PostgreSQL kept
  // planning this statement anew at each execution (about a millisecond of Q2's three)
  const [row] = await ctx.query<T & Record<string, unknown>>(statement, new Map([[ids, id]]));
  if (!row) return null;
  (row as Record<string, unknown>).__typename = relation.typename;
  host.finish(row);
  return row;
}
