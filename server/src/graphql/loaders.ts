import DataLoader from 'dataloader';
import type { Viewer } from '../auth/viewer.js';
import type { SelectList } from './columns.js';
import { and, sql, type SQL } from '../db/sql.js';
import { notFound } from './errors.js';

/** Runs a read: plain rows (no entity hydration); `params`, its placeholders' values (`compile`). */
export type Query = <T>(statement: SQL, params?: ReadonlyMap<symbol, unknown>) => Promise<T[]>;

/**
 * A table as the read path reads it, declared once: the rows of a GraphQL type, where they come
 * from and who may read which. Every relation to it (by id, by parent, a list's page, an
 * embedded to-one field, a folded list) is made from this declaration.
 */
export interface Rows {
  /** The GraphQL type of the rows (stamped on each row for `Node` resolution). */
  typename: string;
  /** Alias of the main table in `from`, over which `columns`, filters and scope are written. */
  alias: string;
  /** The table, with what its columns and scope join (e.g. a child row's purchaser). */
  from: SQL;
  /** The columns every read selects (names and types from the entities; see columns.ts). */
  columns: SelectList;
  /** The rows the viewer reads (over `from`'s aliases); `true` for reference data. */
  scope: (viewer: Viewer) => SQL;
}

/** Reference data every signed-in viewer reads (expos, areas, organisations, exhibitors). */
export const everyone = (): SQL => sql.true;

/**
 * The parent keys a relation's statement reads: SQL of a uuid array (a batch's), or `{ one }`,
 * SQL of one key (an embed's outer column, a root field's id). One key is compared with `=`: the
 * planner then expects one parent and probes the key's index once for each outer row; an array
 * of one element it costs as an array (`= any(array[…])`), and a generic plan of a lateral join
 * so written materialised the related rows and filtered them for every outer row (Q1 as a lead:
 * 16,564 rows compared for 101 found; 3.1 ms against 1.25, median of 60 runs). Which form keeps
 * a statement on its generic plan is PostgreSQL's costing: a folded list keeps the array (see
 * `levels.ts`); `npm run bench:explain` counts the custom plans of each statement.
 */
export type RelationKeys = SQL | { one: SQL };

/** A relation's rows for the parent keys `keys`, in the viewer's scope. */
type RelationSql = (keys: RelationKeys, viewer: Viewer) => SQL;

/** Rows read by primary key, a batch at a time. */
export interface ByIdRelation<T extends { id: string }> {
  name: string;
  rows: Rows;
  typename: string;
  columns: SelectList;
  sql: RelationSql;
  _row?: T;
}

/** A one-to-many relation: the rows whose `key` is one of a batch of parent ids, in `order`. */
export interface ManyRelation<T> {
  name: string;
  rows: Rows;
  key: keyof T & string;
  typename: string;
  columns: SelectList;
  sql: RelationSql;
}

function relationSql(rows: Rows, key: string, where: SQL, order: SQL | null): RelationSql {
  const keyColumn = rows.columns.expression(key);
  return (keys, viewer) =>
    sql`select ${rows.columns.sql} from ${rows.from}
        where ${and([
          'one' in keys ? sql`${keyColumn} = ${keys.one}` : sql`${keyColumn} = any(${keys})`,
          where,
          rows.scope(viewer),
        ])}${order ? sql` order by ${order}` : sql.blank}`;
}

/** `rows` by id (`where`: a condition the related rows meet besides the scope). */
export function byId<T extends { id: string }>(
  name: string,
  rows: Rows,
  where: SQL = sql.true,
): ByIdRelation<T> {
  return {
    name,
    rows,
    typename: rows.typename,
    columns: rows.columns,
    sql: relationSql(rows, 'id', where, null),
  };
}

/** The `rows` under each parent: `key` holds the parent's id; `order` orders a parent's rows. */
export function byParent<T>(
  name: string,
  rows: Rows,
  key: keyof T & string,
  order: SQL,
  where: SQL = sql.true,
): ManyRelation<T> {
  return {
    name,
    rows,
    key,
    typename: rows.typename,
    columns: rows.columns,
    sql: relationSql(rows, key, where, order),
  };
}

/**
 * The statement reading `rows` the viewer reads that meet `where` (over `from`'s aliases and
 * those `joins` adds), in `order`: a root field's list, from the table's one declaration.
 */
export function selectRows(
  rows: Rows,
  viewer: Viewer,
  { where = sql.true, order, joins = sql.blank }: { where?: SQL; order?: SQL; joins?: SQL } = {},
): SQL {
  return sql`select ${rows.columns.sql} from ${rows.from} ${joins}
    where ${and([where, rows.scope(viewer)])}${order ? sql` order by ${order}` : sql.blank}`;
}

/** The uuid array of a batch's ids, as a parameter. */
export const idArray = (ids: readonly string[]): SQL => sql`${sql.value(ids as string[])}::uuid[]`;

/**
 * Per-request loaders: every relation costs one SQL statement per level of a query,
 * whatever the number of parent rows.
 */
export class Loaders {
  private readonly loaders = new Map<string, DataLoader<string, unknown>>();

  constructor(
    private readonly query: Query,
    private readonly viewer: Viewer,
  ) {}

  /** A loader of another shape, made once per request under `key`. */
  custom<K, V>(key: string, make: () => DataLoader<K, V>): DataLoader<K, V> {
    let loader = this.loaders.get(key) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = make();
      this.loaders.set(key, loader as unknown as DataLoader<string, unknown>);
    }
    return loader;
  }

  many<T>(relation: ManyRelation<T>, parentId: string): Promise<T[]> {
    let loader = this.loaders.get(relation.name) as DataLoader<string, T[]> | undefined;
    if (!loader) {
      loader = new DataLoader<string, T[]>(async (ids) => {
        const rows = await this.query<T>(relation.sql(idArray(ids), this.viewer));
        const grouped = new Map<string, T[]>();
        for (const row of rows) {
          const key = row[relation.key] as unknown as string;
          const list = grouped.get(key);
          if (list) list.push(row);
          else grouped.set(key, [row]);
        }
        return ids.map((id) => grouped.get(id) ?? []);
      });
      this.loaders.set(relation.name, loader as DataLoader<string, unknown>);
    }
    return loader.load(parentId);
  }

  byId<T extends { id: string }>(relation: ByIdRelation<T>, id: string): Promise<T | null> {
    let loader = this.loaders.get(relation.name) as DataLoader<string, T | null> | undefined;
    if (!loader) {
      loader = new DataLoader<string, T | null>(async (ids) => {
        const rows = await this.query<T>(relation.sql(idArray(ids), this.viewer));
        const found = new Map<string, T>();
        for (const row of rows) {
          (row as T & { __typename: string }).__typename = relation.typename;
          found.set(row.id, row);
        }
        return ids.map((id) => found.get(id) ?? null);
      });
      this.loaders.set(relation.name, loader as DataLoader<string, unknown>);
    }
    return loader.load(id);
  }

  /**
   * The row of `relation` with `id` that the viewer may read, else NOT_FOUND naming it (`what`:
   * a noun of the Chinese catalog, as `notFound` takes it).
   */
  async byIdOrNotFound<T extends { id: string }>(
    relation: ByIdRelation<T>,
    id: string,
    what: string,
  ): Promise<T> {
    const row = await this.byId(relation, id);
    if (!row) throw notFound(what);
    return row;
  }
}
