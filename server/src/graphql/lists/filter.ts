import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { badInput, withArticle } from '../errors.js';
import { fromGlobalId } from '../relay.js';
import { DateScalar, DateTimeScalar, DecimalScalar } from '../scalars.js';
import { alias as aliasOf, column, sql, type SQL } from '../../db/sql.js';
import { columnName } from '../columns.js';
import { msg } from '../../i18n/message.js';

type SQLRawValue = Parameters<typeof sql.value>[0];

/** A table's alias: its own (a string) or one made unique at compile time (a symbol). */
export type Alias = string | symbol;

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
  /**
   * The entity property (a column of the list's table, named as the entity names it, e.g.
   * `amountUsd` for `amount_usd`) the filter compares.
   */
  column: string;
  /**
   * What the filter compares instead of the column, for a value computed over the row (SQL over
   * the row's alias), e.g. whether a task is overdue: said once where the type defines it.
   */
  expression?: (alias: Alias) => SQL;
  description?: string;
}

/** A filter through a relation: rows whose related row (or one of them) matches. */
export interface FilterRelation {
  target: () => ListSpec;
  /** The property of this table holding the related row's id (`purchaserId`). */
  key: string;
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

/** What each operator of a scalar filter keeps. */
const OPERATOR_DESCRIPTIONS: Record<Exclude<Operator, 'isNull'>, string> = {
  eq: 'Equal to this.',
  ne: 'Not equal to this; a null value matches too.',
  in: 'Equal to one of these (at most 1000).',
  notIn: 'Equal to none of these (at most 1000).',
  lt: 'Less than (earlier than) this.',
  lte: 'Less than (earlier than) or equal to this.',
  gt: 'Greater than (later than) this.',
  gte: 'Greater than (later than) or equal to this.',
  contains: 'Contains this text, ignoring case.',
  startsWith: 'Starts with this text, ignoring case.',
};

function scalarFilter(
  name: string,
  type: () => unknown,
  operators: readonly Exclude<Operator, 'isNull'>[],
  description: string,
) {
  @InputType(name, { description })
  class ScalarFilter {}
  for (const op of operators) {
    const list = op === 'in' || op === 'notIn';
    Field(() => (list ? [type()] : type()) as never, {
      nullable: true,
      description: OPERATOR_DESCRIPTIONS[op],
    })(ScalarFilter.prototype, op);
  }
  Field(() => Boolean, {
    nullable: true,
    description: 'true: the value is null; false: it is not.',
  })(ScalarFilter.prototype, 'isNull');
  return ScalarFilter;
}

const equality = OPERATORS.equality;
const ranged = [...OPERATORS.equality, ...OPERATORS.range] as const;

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
    Field(() => input, {
      nullable: true,
      description: field.description ?? `${spec.name} rows whose \`${name}\` matches.`,
    })(Filter.prototype, name);
  }
  for (const [name, relation] of Object.entries(spec.relations ?? {})) {
    const target = relation.target();
    const input = filterInput(target);
    Field(() => input, {
      nullable: true,
      description:
        relation.description ?? `${spec.name} rows whose ${target.name} (\`${name}\`) matches.`,
    })(Filter.prototype, name);
  }
  return Filter;
}

/** Registers enums used by filters (idempotent; registerEnumType keys on the object). */
export function registerFilterEnum(values: Record<string, string>, name: string): void {
  registerEnumType(values, { name });
}

const SQL_OPS: Record<string, SQL> = {
  eq: sql`=`,
  lt: sql`<`,
  lte: sql`<=`,
  gt: sql`>`,
  gte: sql`>=`,
};
const CAST: Record<ValueKind['kind'], SQL> = {
  id: sql`uuid`,
  string: sql`text`,
  int: sql`int`,
  decimal: sql`numeric`,
  date: sql`date`,
  datetime: sql`timestamptz`,
  boolean: sql`boolean`,
  enum: sql`text`,
};

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Compiles a filter input to a condition over `alias`. Every value is a parameter; global IDs
 * are checked and decoded (BAD_USER_INPUT naming the path otherwise).
 */
export function compileFilter(
  spec: ListSpec,
  filter: Record<string, unknown> | null | undefined,
  alias: Alias,
  path = 'filter',
): SQL {
  if (!filter) return sql.true;
  const parts: SQL[] = [];
  for (const [key, raw] of Object.entries(filter)) {
    if (raw === undefined || raw === null) continue;
    const at = `${path}.${key}`;
    if (key === 'and' || key === 'or') {
      const items = raw as Record<string, unknown>[];
      if (items.length === 0) {
        parts.push(key === 'and' ? sql.true : sql.false);
        continue;
      }
      const compiled = items.map((item, i) => compileFilter(spec, item, alias, `${at}.${i}`));
      parts.push(sql`(${sql.join(compiled, key === 'and' ? ' and ' : ' or ')})`);
    } else if (key === 'not') {
      parts.push(
        sql`not coalesce(${compileFilter(spec, raw as Record<string, unknown>, alias, at)}, false)`,
      );
    } else if (spec.fields[key]) {
      parts.push(compileField(spec.fields[key]!, raw as Record<Operator, unknown>, alias, at));
    } else if (spec.relations?.[key]) {
      const relation = spec.relations[key]!;
      const target = relation.target();
      const inner = aliasOf(target.table);
      const condition = compileFilter(target, raw as Record<string, unknown>, inner, at);
      parts.push(
        sql`exists (select 1 from ${sql.identifier(target.table)} ${sql.identifier(inner)} where ${column(inner, 'id')} = ${column(alias, columnName(relation.key))} and ${condition})`,
      );
    } else {
      throw badInput(at, msg`${spec.name} cannot be filtered by ${key}`);
    }
  }
  return parts.length ? sql.join(parts, ' and ') : sql.true;
}

/**
 * Whether `filter` tests related rows (an `exists` per row it reads, see {@link compileFilter}),
 * at any depth of `and` / `or` / `not`.
 */
export function filtersThroughRelations(
  spec: ListSpec,
  filter: Record<string, unknown> | null | undefined,
): boolean {
  if (!filter) return false;
  return Object.entries(filter).some(([key, raw]) => {
    if (raw === undefined || raw === null) return false;
    if (key === 'and' || key === 'or')
      return (raw as Record<string, unknown>[]).some((item) => filtersThroughRelations(spec, item));
    if (key === 'not') return filtersThroughRelations(spec, raw as Record<string, unknown>);
    return spec.relations?.[key] !== undefined;
  });
}

function compileField(
  field: FilterField,
  ops: Record<Operator, unknown>,
  alias: Alias,
  path: string,
): SQL {
  const expression = field.expression?.(alias) ?? column(alias, columnName(field.column));
  const cast = CAST[field.value.kind];
  const value = (v: unknown, at: string): unknown => {
    if (field.value.kind !== 'id') return v;
    const decoded = fromGlobalId(String(v), field.value.type);
    if (!decoded) throw badInput(at, msg`${at} is not the ID of ${withArticle(field.value.type)}`);
    return decoded.id;
  };
  const param = (v: unknown) => sql.value(v as SQLRawValue);
  const parts: SQL[] = [];
  for (const [op, v] of Object.entries(ops) as [Operator, unknown][]) {
    if (v === undefined || v === null) continue;
    const at = `${path}.${op}`;
    if (op === 'isNull')
      parts.push(v ? sql`${expression} is null` : sql`${expression} is not null`);
    else if (op === 'in' || op === 'notIn') {
      const items = (v as unknown[]).map((item, i) => value(item, `${at}.${i}`));
      if (items.length > 1000) throw badInput(at, msg`${op} takes at most 1000 values`);
      const any = sql`${expression} = any(${param(items)}::${cast}[])`;
      parts.push(op === 'in' ? any : sql`not (${any})`);
    } else if (op === 'contains') {
      parts.push(sql`${expression} ilike ${param(`%${escapeLike(String(v))}%`)}`);
    } else if (op === 'startsWith') {
      parts.push(sql`${expression} ilike ${param(`${escapeLike(String(v))}%`)}`);
    } else if (op === 'ne') {
      // "not equal" keeps rows whose value is null, as users of Hasura and PostGraphile expect
      parts.push(sql`${expression} is distinct from ${param(value(v, at))}::${cast}`);
    } else {
      parts.push(sql`${expression} ${SQL_OPS[op]!} ${param(value(v, at))}::${cast}`);
    }
  }
  return parts.length ? sql`(${sql.join(parts, ' and ')})` : sql.true;
}
