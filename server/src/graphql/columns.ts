import { UnderscoreNamingStrategy, type MetadataStorage } from '@mikro-orm/core';
import pg from 'pg';
import { list, sql, type SQL } from '../db/sql.js';

/**
 * A column of a select list: the name it is selected as (the row's property) and its SQL; a
 * table's column is typed by the entity mapped to that table (`table`, `column`), an
 * expression by its declared PostgreSQL type (`type`).
 */
export type ColumnItem =
  | { readonly name: string; readonly sql: SQL; readonly table: string; readonly column: string }
  | { readonly name: string; readonly sql: SQL; readonly type: string };

/**
 * A select list declared as values. Statements select it (`sql`); the read-ahead picks the
 * columns a query reads from its items, and rows folded into JSON are decoded by their types
 * (see {@link columnTypes}).
 */
export class SelectList {
  private selected: SQL | undefined;
  private readonly byName: Map<string, ColumnItem>;

  constructor(readonly items: readonly ColumnItem[]) {
    this.byName = new Map(items.map((item) => [item.name, item]));
  }

  /** `expr as "name", …`: the select list itself. */
  get sql(): SQL {
    return (this.selected ??= list(
      this.items.map(({ name, sql: expr }) => sql`${expr} as ${sql.identifier(name)}`),
    ));
  }

  /** The SQL of the column selected as `name` (over the table's alias). */
  expression(name: string): SQL {
    const item = this.byName.get(name);
    if (!item) throw new Error(`no column ${name} in this select list`);
    return item.sql;
  }

  /** The columns of this list whose names `keep` accepts, in its order. */
  only(keep: (name: string) => boolean): SelectList {
    return new SelectList(this.items.filter(({ name }) => keep(name)));
  }

  /** This list with the columns of `more` after its own. */
  with(more: SelectList): SelectList {
    return new SelectList([...this.items, ...more.items]);
  }
}

const naming = new UnderscoreNamingStrategy();

/** The column MikroORM maps an entity property to (its underscore naming strategy). */
export const columnName = (property: string): string => naming.propertyToColumnName(property);

/**
 * The select list of `table` aliased `alias`: a property name selects the column MikroORM maps
 * the entity property of that name to (its underscore naming strategy, the entities' own), typed
 * as the entity types it; a `[name, sql, type]` triple selects an expression (SQL over the
 * alias) as `name`, of the PostgreSQL type `type`.
 */
export function selectList(
  table: string,
  alias: string,
  columns: readonly (string | readonly [name: string, sql: SQL, type: string])[],
): SelectList {
  return new SelectList(
    columns.map((item) => {
      if (typeof item !== 'string') return { name: item[0], sql: item[1], type: item[2] };
      const column = naming.propertyToColumnName(item);
      return { name: item, sql: sql.identifier(alias, column), table, column };
    }),
  );
}

// ---------------------------------------------------------------- types

/** OIDs of the PostgreSQL types the entities and expressions use, by name without modifiers. */
const OIDS: Record<string, number> = {
  uuid: pg.types.builtins.UUID,
  'uuid[]': 2951,
  text: pg.types.builtins.TEXT,
  'text[]': 1009,
  varchar: pg.types.builtins.VARCHAR,
  char: pg.types.builtins.BPCHAR,
  'char[]': 1014,
  int: pg.types.builtins.INT4,
  integer: pg.types.builtins.INT4,
  int4: pg.types.builtins.INT4,
  bigint: pg.types.builtins.INT8,
  float8: pg.types.builtins.FLOAT8,
  numeric: pg.types.builtins.NUMERIC,
  boolean: pg.types.builtins.BOOL,
  date: pg.types.builtins.DATE,
  timestamptz: pg.types.builtins.TIMESTAMPTZ,
  jsonb: pg.types.builtins.JSONB,
};

function oidOf(type: string, where: string): number {
  const oid = OIDS[type.replace(/\(.*?\)/g, '').trim()];
  if (oid === undefined) throw new Error(`${where}: no OID known for the type ${type}`);
  return oid;
}

const typed = new WeakMap<SelectList, Map<string, number>>();

/**
 * Each column of `list` with its PostgreSQL type (OID), in select order: a table's column as
 * the entity mapped to the table declares it (MikroORM's metadata), an expression as declared.
 * Known before any statement runs; a test holds them equal to what the database returns.
 */
export function columnTypes(list: SelectList, metadata: MetadataStorage): Map<string, number> {
  let types = typed.get(list);
  if (types) return types;
  types = new Map();
  for (const item of list.items) {
    if ('type' in item) {
      types.set(item.name, oidOf(item.type, item.name));
      continue;
    }
    const meta = Object.values(metadata.getAll()).find(
      (m) => m.tableName === item.table && !m.embeddable,
    );
    if (!meta) throw new Error(`${item.table}: no entity maps this table`);
    const prop = meta.props.find(
      (p) => p.fieldNames?.length === 1 && p.fieldNames[0] === item.column,
    );
    const type = prop?.columnTypes?.[0];
    if (!type)
      throw new Error(`${item.table}.${item.column}: not a column of entity ${meta.className}`);
    types.set(item.name, oidOf(type, `${item.table}.${item.column}`));
  }
  typed.set(list, types);
  return types;
}
