import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { badInput, withArticle } from '../errors.js';
import { fromGlobalId } from '../relay.js';
import { DateScalar, DateTimeScalar, DecimalScalar } from '../scalars.js';

/** `alias."name"`: a column of a select item or table, quoted. */
export function column(alias: string, name: string): string {
  return `${alias}."${name.replace(/"/g, '""')}"`;
}

/** Collects query parameters and hands out their `$n` placeholders. */
export class Params {
  readonly values: unknown[] = [];

  constructor(first: readonly unknown[] = []) {
    this.values.push(...first);
  }

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** The kinds of value a list can be filtered on; each has its own filter input. */
export type ValueKind =
  | { kind: 'id'; type: string }
  | { kind: 'string' }
  | { kind: 'int' }
  | { kind: 'decimal' }
  | { kind: 'date' }
  | { kind: 'datetime' }
  | { kind: 'boolean' }
  | { kind: 'enum'; enum: Record<string, string>; name: string };

export interface FilterField {
  value: ValueKind;
  /** SQL expression of the value, given the table alias. */
  sql: (alias: string) => string;
  description?: string;
}

/** A filter through a relation: rows whose related row (or one of them) matches. */
export interface FilterRelation {
  target: () => ListSpec;
  /** Join condition between the outer alias and the related table's alias. */
  on: (outer: string, inner: string) => string;
  description?: string;
}

/** What a list can be filtered and ordered by; one per type, drives the generated inputs. */
export interface ListSpec {
  /** GraphQL type name of the rows, e.g. "Deal": inputs are DealFilter, DealOrder… */
  name: string;
  table: string;
  fields: Record<string, FilterField>;
  relations?: Record<string, FilterRelation>;
}

const OPERATORS = {
  equality: ['eq', 'ne', 'in', 'notIn'],
  range: ['lt', 'lte', 'gt', 'gte'],
  text: ['contains', 'startsWith'],
} as const;

type Operator =
  'eq' | 'ne' | 'in' | 'notIn' | 'lt' | 'lte' | 'gt' | 'gte' | 'contains' | 'startsWith' | 'isNull';

function scalarFilter(
  name: string,
  type: () => unknown,
  operators: readonly string[],
  description: string,
) {
  @InputType(name, { description })
  class ScalarFilter {}
  for (const op of operators) {
    const list = op === 'in' || op === 'notIn';
    Field(() => (list ? [type()] : type()) as never, { nullable: true })(
      ScalarFilter.prototype,
      op,
    );
  }
  Field(() => Boolean, {
    nullable: true,
    description: 'true: the value is null; false: it is not.',
  })(ScalarFilter.prototype, 'isNull');
  return ScalarFilter;
}

const equality = OPERATORS.equality;
const ranged = [...OPERATORS.equality, ...OPERATORS.range];

export const IDFilter = scalarFilter('IDFilter', () => ID, equality, 'Compares a global ID.');
export const StringFilter = scalarFilter(
  'StringFilter',
  () => String,
  [...equality, ...OPERATORS.text],
  'Compares text; contains and startsWith ignore case.',
);
export const IntFilter = scalarFilter('IntFilter', () => Int, ranged, 'Compares an integer.');
export const DecimalFilter = scalarFilter(
  'DecimalFilter',
  () => DecimalScalar,
  ranged,
  'Compares an exact decimal.',
);
export const DateFilter = scalarFilter('DateFilter', () => DateScalar, ranged, 'Compares a date.');
export const DateTimeFilter = scalarFilter(
  'DateTimeFilter',
  () => DateTimeScalar,
  ranged,
  'Compares a time.',
);
export const BooleanFilter = scalarFilter(
  'BooleanFilter',
  () => Boolean,
  ['eq', 'ne'],
  'Compares a boolean.',
);

const enumFilters = new Map<string, Function>();

function filterInputOf(value: ValueKind): Function {
  switch (value.kind) {
    case 'id':
      return IDFilter;
    case 'string':
      return StringFilter;
    case 'int':
      return IntFilter;
    case 'decimal':
      return DecimalFilter;
    case 'date':
      return DateFilter;
    case 'datetime':
      return DateTimeFilter;
    case 'boolean':
      return BooleanFilter;
    case 'enum': {
      let input = enumFilters.get(value.name);
      if (!input) {
        input = scalarFilter(
          `${value.name}Filter`,
          () => value.enum,
          equality,
          `Compares a ${value.name}.`,
        );
        enumFilters.set(value.name, input);
      }
      return input;
    }
  }
}

const filterInputs = new Map<string, Function>();

/**
 * The `<Type>Filter` input of a list: one optional operator input per field, a filter per
 * relation, and `and` / `or` / `not` to combine them.
 */
export function filterInput(spec: ListSpec): Function {
  const existing = filterInputs.get(spec.name);
  if (existing) return existing;
  @InputType(`${spec.name}Filter`, {
    description: `Filters ${spec.name} rows; all given conditions must hold.`,
  })
  class Filter {}
  filterInputs.set(spec.name, Filter);
  Field(() => [Filter], { nullable: true, description: 'Every one of these holds.' })(
    Filter.prototype,
    'and',
  );
  Field(() => [Filter], { nullable: true, description: 'At least one of these holds.' })(
    Filter.prototype,
    'or',
  );
  Field(() => Filter, { nullable: true, description: 'This does not hold.' })(
    Filter.prototype,
    'not',
  );
  // the inputs of fields and relations are made now, not in the type thunks: type-graphql only
  // knows input classes that exist before it builds the schema
  for (const [name, field] of Object.entries(spec.fields)) {
    const input = filterInputOf(field.value);
    Field(() => input, { nullable: true, description: field.description })(Filter.prototype, name);
  }
  for (const [name, relation] of Object.entries(spec.relations ?? {})) {
    const input = filterInput(relation.target());
    Field(() => input, { nullable: true, description: relation.description })(
      Filter.prototype,
      name,
    );
  }
  return Filter;
}

/** Registers enums used by filters (idempotent; registerEnumType keys on the object). */
export function registerFilterEnum(values: Record<string, string>, name: string): void {
  registerEnumType(values, { name });
}

const SQL_OPS: Record<string, string> = {
  eq: '=',
  ne: '<>',
  lt: '<',
  lte: '<=',
  gt: '>',
  gte: '>=',
};
const CAST: Partial<Record<ValueKind['kind'], string>> = {
  id: 'uuid',
  string: 'text',
  int: 'int',
  decimal: 'numeric',
  date: 'date',
  datetime: 'timestamptz',
  boolean: 'boolean',
  enum: 'text',
};

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

let aliasCounter = 0;

/**
 * Compiles a filter input to a parameterised SQL condition over `alias`. Every value becomes a
 * parameter; global IDs are checked and decoded (BAD_USER_INPUT naming the path otherwise).
 */
export function compileFilter(
  spec: ListSpec,
  filter: Record<string, unknown> | null | undefined,
  alias: string,
  params: Params,
  path = 'filter',
): string {
  if (!filter) return 'true';
  const parts: string[] = [];
  for (const [key, raw] of Object.entries(filter)) {
    if (raw === undefined || raw === null) continue;
    const at = `${path}.${key}`;
    if (key === 'and' || key === 'or') {
      const list = raw as Record<string, unknown>[];
      if (list.length === 0) {
        parts.push(key === 'and' ? 'true' : 'false');
        continue;
      }
      const compiled = list.map((item, i) =>
        compileFilter(spec, item, alias, params, `${at}.${i}`),
      );
      parts.push(`(${compiled.join(key === 'and' ? ' and ' : ' or ')})`);
    } else if (key === 'not') {
      parts.push(
        `not coalesce(${compileFilter(spec, raw as Record<string, unknown>, alias, params, at)}, false)`,
      );
    } else if (spec.fields[key]) {
      parts.push(
        compileField(spec.fields[key]!, raw as Record<Operator, unknown>, alias, params, at),
      );
    } else if (spec.relations?.[key]) {
      const relation = spec.relations[key]!;
      const target = relation.target();
      const inner = `r${++aliasCounter % 1000}_${target.table}`;
      const condition = compileFilter(target, raw as Record<string, unknown>, inner, params, at);
      parts.push(
        `exists (select 1 from ${target.table} ${inner} where ${relation.on(alias, inner)} and ${condition})`,
      );
    } else {
      throw badInput(at, `${spec.name} cannot be filtered by ${key}`);
    }
  }
  return parts.length ? parts.join(' and ') : 'true';
}

function compileField(
  field: FilterField,
  ops: Record<Operator, unknown>,
  alias: string,
  params: Params,
  path: string,
): string {
  const column = field.sql(alias);
  const cast = CAST[field.value.kind]!;
  const value = (v: unknown, at: string): unknown => {
    if (field.value.kind !== 'id') return v;
    const decoded = fromGlobalId(String(v), field.value.type);
    if (!decoded) throw badInput(at, `${at} is not the ID of ${withArticle(field.value.type)}`);
    return decoded.id;
  };
  const parts: string[] = [];
  for (const [op, v] of Object.entries(ops) as [Operator, unknown][]) {
    if (v === undefined || v === null) continue;
    const at = `${path}.${op}`;
    if (op === 'isNull') parts.push(`${column} is ${v ? '' : 'not '}null`);
    else if (op === 'in' || op === 'notIn') {
      const list = (v as unknown[]).map((item, i) => value(item, `${at}.${i}`));
      if (list.length > 1000) throw badInput(at, `${op} takes at most 1000 values`);
      const p = params.add(list);
      parts.push(
        op === 'in' ? `${column} = any(${p}::${cast}[])` : `not (${column} = any(${p}::${cast}[]))`,
      );
    } else if (op === 'contains') {
      parts.push(`${column} ilike ${params.add(`%${escapeLike(String(v))}%`)}`);
    } else if (op === 'startsWith') {
      parts.push(`${column} ilike ${params.add(`${escapeLike(String(v))}%`)}`);
    } else if (op === 'ne') {
      // "not equal" keeps rows whose value is null, as users of Hasura and PostGraphile expect
      parts.push(`${column} is distinct from ${params.add(value(v, at))}::${cast}`);
    } else {
      parts.push(`${column} ${SQL_OPS[op]} ${params.add(value(v, at))}::${cast}`);
    }
  }
  return parts.length ? `(${parts.join(' and ')})` : 'true';
}
