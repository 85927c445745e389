import type { MetadataStorage } from '@mikro-orm/core';
import { GraphQLObjectType, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import type { Viewer } from '../auth/viewer.js';
import { columnTypes, type SelectList } from './columns.js';
import type { Alias } from './lists/filter.js';
import type { ByIdRelation, Query } from './loaders.js';
import { alias, column, sql, type SQL } from '../db/sql.js';
import { selectedIn, type Selected } from './lookahead.js';
import { readsOf, type EmbeddedRelation } from './registry.js';

/** One embedded relation of a query, with what it embeds in turn. */
export interface EmbedPlan {
  field: string;
  column: string;
  embedded: EmbeddedRelation;
  /** The related row's columns the query reads (see {@link columnsRead}); null: all of them. */
  columns: Set<string> | null;
  children: EmbedPlan[];
}

/** The registered to-one fields among `selected` (fields of a `typeName`), recursively. */
export function planEmbeds(
  typeName: string,
  selected: Selected,
  info: Pick<GraphQLResolveInfo, 'fragments' | 'schema'>,
): EmbedPlan[] {
  const { embeds } = readsOf(info.schema);
  const plans: EmbedPlan[] = [];
  for (const [field, sets] of selected) {
    const embedded = embeds.get(`${typeName}.${field}`);
    if (!embedded) continue;
    const target = embedded.relation.typename;
    const below = selectedIn(sets, info);
    plans.push({
      field,
      column: columnOf(field),
      embedded,
      columns: columnsRead(info.schema, target, below),
      children: planEmbeds(target, below, info),
    });
  }
  return plans;
}

/**
 * The row properties a selection reads of a `typeName` row: its selected plain fields (a plain
 * field reads the property of its name), the keys of the embedded to-one fields and what the
 * fields registered with {@link readsOnly} read; null (all of them) when it selects any other
 * field with a resolver of its own. `id` is always read.
 */
export function columnsRead(
  schema: GraphQLSchema,
  typeName: string,
  selected: Selected,
): Set<string> | null {
  const type = schema.getType(typeName);
  if (!(type instanceof GraphQLObjectType)) return null;
  const { embeds, reads } = readsOf(schema);
  const fields = type.getFields();
  const columns = new Set<string>();
  for (const name of selected.keys()) {
    if (name === '__typename' || name === 'id') continue;
    const embedded = embeds.get(`${typeName}.${name}`);
    if (embedded) {
      columns.add(embedded.key);
      continue;
    }
    const only = reads.get(`${typeName}.${name}`);
    if (only) {
      for (const column of only) columns.add(column);
      continue;
    }
    if (fields[name]?.resolve) return null;
    columns.add(name);
  }
  return columns;
}

/** A plan as text, for keying loaders whose statements differ by what they embed. */
export function embedKey(plans: readonly EmbedPlan[]): string {
  return plans
    .map(
      (p) => `${p.field}[${p.columns ? [...p.columns].join(' ') : '*'}](${embedKey(p.children)})`,
    )
    .join(',');
}

const columnOf = (field: string) => `__e_${field}`;

// ---------------------------------------------------------------- the relations' columns

/** An output column of a statement: its name and PostgreSQL type (OID). */
export interface ColumnShape {
  name: string;
  type: number;
}

/** Each registered relation's output columns. */
const shapes = new Map<ByIdRelation<{ id: string }>, ColumnShape[]>();

/** The output columns of a relation, typed from its declaration (see columns.ts). */
export function relationShape(
  relation: { name: string; columns?: SelectList },
  metadata: MetadataStorage,
): ColumnShape[] {
  if (!relation.columns) throw new Error(`${relation.name}: declares no columns`);
  return [...columnTypes(relation.columns, metadata)].map(([name, type]) => ({ name, type }));
}

/**
 * Types each registered relation's output columns once, at start, from its declaration, so
 * that a statement embedding it can select only the columns its query reads (and rows folded
 * into JSON can be typed as the driver types them, see levels.ts).
 */
export function prepareEmbeds(schema: GraphQLSchema, metadata: MetadataStorage): void {
  for (const { relation } of readsOf(schema).embeds.values()) {
    if (!shapes.has(relation)) shapes.set(relation, relationShape(relation, metadata));
  }
}

// ---------------------------------------------------------------- SQL

/** What a statement adds to embed a query's to-one relations, and how its rows take them in. */
export interface EmbedSql {
  /** Select items (none when nothing is embedded). */
  columns: SQL[];
  /** `left join lateral` clauses over the outer alias. */
  joins: SQL;
  /** Each embedded column: its select expression, the name it is selected as, its type. */
  items: { sql: SQL; name: string; type: number }[];
  /** Turns a row's flat embedded columns into the related rows its fields resolve from. */
  materialise(row: Record<string, unknown>): void;
}

interface Built {
  plan: EmbedPlan;
  /** Output name of each column read, by column name. */
  names: [name: string, as: string][];
  idName: string;
  children: Built[];
}

/**
 * The lateral joins and select items embedding `plans` for the rows of `outer`. Each relation
 * is its own by-id statement for the outer row's key, scope included, joined under an alias
 * made unique when the statement compiles; its columns come back as plain columns
 * (`__e0.nameZh`), typed by the driver as its own loader's would be, and are gathered into one
 * object per related row. Output names start with `prefix`: a statement embedding at several
 * depths gives each its own.
 */
export function embedSql(
  plans: readonly EmbedPlan[],
  outer: Alias,
  viewer: Viewer,
  prefix = '__e',
): EmbedSql {
  if (plans.length === 0) {
    return { columns: [], joins: sql.blank, items: [], materialise: () => undefined };
  }
  const items: EmbedSql['items'] = [];
  const joins: SQL[] = [];
  let n = 0;
  const build = (plan: EmbedPlan, from: Alias): Built => {
    const { relation, key } = plan.embedded;
    const shape = shapes.get(relation);
    if (!shape) throw new Error(`${relation.name}: embeds not prepared (prepareEmbeds)`);
    const name = `${prefix}${n++}`;
    const joined = alias(relation.name);
    const statement = relation.sql({ one: column(from, key) }, viewer);
    // `offset 0` keeps the lateral statement a probe of the related table's key for each outer
    // row (a page: at most a few hundred). Pulled up into the outer query, PostgreSQL hashed the
    // whole related table instead (Q1: the 3,000 exhibitors for 101 deals, 0.82 against 0.70 ms
    // as the office, median of 60 runs of the generic plan, npm run bench:explain)
    joins.push(sql`left join lateral (${statement} offset 0) ${sql.identifier(joined)} on true`);
    const wanted = plan.columns;
    const names: Built['names'] = [];
    for (const { name: col, type } of shape) {
      if (wanted && col !== 'id' && !wanted.has(col)) continue;
      const as = `${name}.${col}`;
      items.push({ sql: column(joined, col), name: as, type });
      names.push([col, as]);
    }
    return {
      plan,
      names,
      idName: `${name}.id`,
      children: plan.children.map((child) => build(child, joined)),
    };
  };
  const built = plans.map((plan) => build(plan, outer));
  // every depth's columns are in the flat row
  const gatherFlat = (b: Built, row: Record<string, unknown>): Record<string, unknown> | null => {
    if (row[b.idName] === null || row[b.idName] === undefined) return null;
    const related: Record<string, unknown> = { __typename: b.plan.embedded.relation.typename };
    for (const [col, as] of b.names) related[col] = row[as];
    for (const child of b.children) related[child.plan.column] = gatherFlat(child, row);
    return related;
  };
  return {
    columns: items.map((item) => sql`${item.sql} as ${sql.identifier(item.name)}`),
    joins: sql.join(joins, '\n'),
    items,
    materialise(row) {
      for (const b of built) row[b.plan.column] = gatherFlat(b, row);
    },
  };
}

/** A grouped statement with what its groups' keys are of embedded, and how its rows take them. */
export interface GroupsSql {
  statement: SQL;
  /** Turns a row's flat embedded columns into the related rows its fields resolve from. */
  finish(row: Record<string, unknown>): void;
}

/**
 * A grouped statement (`statement`, ordered by its group `keys`, nulls last) with what its
 * groups' keys are of embedded: the plans whose key is one of `keys` (a dimension not grouped
 * by is null in every group, so its field resolves to null without a read).
 */
export function groupsSql(
  statement: SQL,
  keys: readonly string[],
  plans: readonly EmbedPlan[],
  viewer: Viewer,
): GroupsSql {
  const grouped = plans.filter((plan) => keys.includes(plan.embedded.key));
  if (grouped.length === 0) return { statement, finish: () => undefined };
  const g = alias('g');
  const embed = embedSql(grouped, g, viewer);
  const order = keys.map((key) => sql`${column(g, key)} nulls last`);
  return {
    statement: sql`select ${sql.join([sql`${sql.identifier(g)}.*`, ...embed.columns], ', ')}
        from (${statement}) ${sql.identifier(g)} ${embed.joins}${
          order.length ? sql` order by ${sql.join(order, ', ')}` : sql.blank
        }`,
    finish: (row) => embed.materialise(row),
  };
}

/** Runs a grouped statement made by {@link groupsSql}. */
export async function queryGroups<T>(query: Query, groups: GroupsSql): Promise<T[]> {
  const rows = await query<T & Record<string, unknown>>(groups.statement);
  for (const row of rows) groups.finish(row);
  return rows;
}

/** The to-one relations registered on `typeName` that the field being resolved selects. */
export function embedsBelow(typeName: string, info: GraphQLResolveInfo): EmbedPlan[] {
  return planEmbeds(
    typeName,
    selectedIn(
      info.fieldNodes.map((node) => node.selectionSet),
      info,
    ),
    info,
  );
}

// ---------------------------------------------------------------- resolving

/**
 * The related row embedded in `row` for `field`: undefined when the statement that read the row
 * did not embed it, null when there is none (or it is outside the viewer's scope).
 */
export function embeddedRow(
  row: Record<string, unknown>,
  field: string,
  embedded: EmbeddedRelation,
): unknown {
  const column = columnOf(field);
  if (!(column in row)) return undefined;
  const value = row[column];
  if (value === null && embedded.missing && row[embedded.key] != null) throw embedded.missing();
  return value;
}
