import pg from 'pg';
import { GraphQLObjectType, type GraphQLResolveInfo } from 'graphql';
import type { Viewer } from '../auth/viewer.js';
import type { Params } from './lists/filter.js';
import { scopeParams, type ByIdRelation, type RelationScope } from './loaders.js';
import { selectedIn, type Selected } from './lookahead.js';

/**
 * To-one relations served inside their parent's statement. A field such as `Deal.purchaser`,
 * registered here, is read ahead from the query: the statement that lists deals also builds
 * each deal's purchaser as a JSON column (the relation's own by-id SQL, scope included, as a
 * correlated subquery), so the field resolves from the row, synchronously, with no statement
 * of its own. Where nothing embedded it (a parent read another way), its resolver loads it.
 */
export interface EmbeddedRelation {
  relation: ByIdRelation<{ id: string }>;
  /** The parent row's property holding the related id (null: no related row). */
  key: string;
  /** For a field that is an error when the row is missing or out of scope: that error. */
  missing?: () => Error;
}

const registry = new Map<string, EmbeddedRelation>();

/** Registers `typeName.field` as the row `relation` finds by the parent's `key`. */
export function embedOne<T extends { id: string }>(
  typeName: string,
  field: string,
  relation: ByIdRelation<T>,
  key: string,
  options: { missing?: () => Error } = {},
): void {
  registry.set(`${typeName}.${field}`, {
    relation: relation as unknown as ByIdRelation<{ id: string }>,
    key,
    ...options,
  });
}

export function embeddedFields(): [string, EmbeddedRelation][] {
  return [...registry];
}

/** One embedded relation of a query, with what it embeds in turn. */
export interface EmbedPlan {
  field: string;
  column: string;
  embedded: EmbeddedRelation;
  /**
   * The related row's columns the query reads: those its selected plain fields name, `id`
   * and the `…Id` keys; null (every column) when it selects a field that has a resolver of
   * its own, which may read any column.
   */
  columns: Set<string> | null;
  children: EmbedPlan[];
}

/** The registered to-one fields among `selected` (fields of a `typeName`), recursively. */
export function planEmbeds(
  typeName: string,
  selected: Selected,
  info: Pick<GraphQLResolveInfo, 'fragments' | 'schema'>,
): EmbedPlan[] {
  const plans: EmbedPlan[] = [];
  for (const [field, sets] of selected) {
    const embedded = registry.get(`${typeName}.${field}`);
    if (!embedded) continue;
    const target = embedded.relation.typename;
    const below = selectedIn(sets, info);
    plans.push({
      field,
      column: columnOf(field),
      embedded,
      columns: columnsRead(info.schema.getType(target), target, below),
      children: planEmbeds(target, below, info),
    });
  }
  return plans;
}

/**
 * The row properties a selection reads of a `typeName` row: its selected plain fields (a plain
 * field reads the property of its name); null (all of them) when it selects a field with a
 * resolver of its own, other than `id` and the embedded to-one fields, which read only `id`
 * and their `…Id` keys.
 */
export function columnsRead(
  type: unknown,
  typeName: string,
  selected: Selected,
): Set<string> | null {
  if (!(type instanceof GraphQLObjectType)) return null;
  const fields = type.getFields();
  const columns = new Set<string>();
  for (const name of selected.keys()) {
    if (name === '__typename' || name === 'id' || registry.has(`${typeName}.${name}`)) continue;
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

const NUMERIC = 1700;
const INT8 = 20;
const TIMESTAMP_TYPES = new Set([1114, 1184]);

interface Shape {
  /**
   * Each column's `'name', __r."name"` pair for json_build_object (`__r`: the relation's row,
   * renamed per depth), exact values as text where JSON would round them.
   */
  pairs: { name: string; pair: string }[];
  /** Columns PostgreSQL sends as text that the row path turns into Dates. */
  timestamps: { name: string; parse: (text: string) => unknown }[];
}

const shapes = new Map<ByIdRelation<{ id: string }>, Shape>();

/**
 * Learns each registered relation's output columns and types once, at start (a statement
 * that returns no rows), so that its JSON gives exactly the row its loader would: numerics and
 * bigints as exact text, timestamps as text then parsed as the row path parses them.
 */
export async function prepareEmbeds(pool: pg.Pool): Promise<void> {
  for (const { relation } of registry.values()) {
    if (shapes.has(relation)) continue;
    const count = Math.max(...[...relation.sql.matchAll(/\$(\d+)/g)].map((m) => Number(m[1])));
    const params = Array.from({ length: count }, (_, i) => (i === 0 ? [] : null));
    const result = await pool.query(`select * from (${relation.sql}) r limit 0`, params);
    const pairs: Shape['pairs'] = [];
    const timestamps: Shape['timestamps'] = [];
    for (const f of result.fields) {
      const ref = `__r."${f.name.replace(/"/g, '""')}"`;
      const exact = f.dataTypeID === NUMERIC || f.dataTypeID === INT8;
      const timestamp = TIMESTAMP_TYPES.has(f.dataTypeID);
      pairs.push({
        name: f.name,
        pair: `'${f.name.replace(/'/g, "''")}', ${exact || timestamp ? `${ref}::text` : ref}`,
      });
      if (timestamp) {
        timestamps.push({ name: f.name, parse: pg.types.getTypeParser(f.dataTypeID, 'text') });
      }
    }
    if (pairs.length > 48) {
      throw new Error(`${relation.name}: too many columns to embed (${pairs.length})`);
    }
    shapes.set(relation, { pairs, timestamps });
  }
}

// ---------------------------------------------------------------- SQL

/**
 * Select items embedding `plans` for the rows of `outer` (an alias no relation's SQL uses, such
 * as `__row`), their scope parameters added to `params` (once per scope kind for the statement).
 */
export function embedColumns(
  plans: readonly EmbedPlan[],
  outer: string,
  params: Params,
  viewer: Viewer,
  scopes: Map<RelationScope, string[]> = new Map(),
): string {
  return plans
    .map((plan) => `, ${embedValue(plan, outer, params, viewer, scopes, 0)} as "${plan.column}"`)
    .join('');
}

function embedValue(
  plan: EmbedPlan,
  outer: string,
  params: Params,
  viewer: Viewer,
  scopes: Map<RelationScope, string[]>,
  depth: number,
): string {
  const { relation, key } = plan.embedded;
  const row = `__r${depth}`;
  const shape = shapes.get(relation);
  if (!shape) throw new Error(`${relation.name}: embeds not prepared (prepareEmbeds)`);
  let scope = scopes.get(relation.scope);
  if (!scope) {
    scope = scopeParams(viewer, relation.scope).map((value) => params.add(value));
    scopes.set(relation.scope, scope);
  }
  const placed = scope;
  const sql = relation.sql.replace(/\$(\d+)/g, (_, n: string) =>
    n === '1' ? `array[${outer}."${key}"]` : placed[Number(n) - 2]!,
  );
  const children = plan.children.map(
    (child) => `'${child.column}', ${embedValue(child, row, params, viewer, scopes, depth + 1)}`,
  );
  const wanted = plan.columns;
  const pairs = shape.pairs
    .filter(({ name }) => !wanted || wanted.has(name) || name === 'id' || name.endsWith('Id'))
    .map(({ pair }) => pair.replace(/^('(?:[^']|'')*', )__r\./, `$1${row}.`));
  return `(select json_build_object(${[...pairs, ...children].join(', ')}) from (${sql}) ${row})`;
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
  const value = row[column] as Record<string, unknown> | null;
  if (value === null) {
    if (embedded.missing && row[embedded.key] != null) throw embedded.missing();
    return null;
  }
  if (value.__typename !== undefined) return value;
  const shape = shapes.get(embedded.relation)!;
  for (const { name, parse } of shape.timestamps) {
    const text = value[name];
    if (typeof text === 'string') value[name] = parse(text);
  }
  value.__typename = embedded.relation.typename;
  return value;
}
