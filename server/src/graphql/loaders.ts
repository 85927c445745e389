import DataLoader from 'dataloader';
import type { Viewer } from '../auth/viewer.js';
import type { SelectList } from './columns.js';

/** Runs one read statement and returns plain rows (no entity hydration). */
export type Query = <T>(text: string, params?: readonly unknown[]) => Promise<T[]>;

/**
 * How a relation's rows are limited to what the viewer may read, in SQL:
 * - `public`: reference data (expos, areas, organisations, exhibitors);
 * - `delegation`: `$2::uuid[]` is the delegations whose structure the viewer reads, or null for all;
 * - `purchaser`: `$2`…`$6` are {@link Viewer.purchaserScopeParams} (see `purchaserScopeSql`).
 */
export type RelationScope = 'public' | 'delegation' | 'purchaser';

/**
 * A one-to-many relation read in one statement for a whole batch of parents.
 * `sql` selects the child rows, takes the parent ids as `$1::uuid[]` (scope parameters follow)
 * and orders the rows; `key` names the column holding the parent id.
 */
export interface ManyRelation<T> {
  name: string;
  key: keyof T & string;
  scope: RelationScope;
  sql: string;
  /** The columns `sql` selects (declared once, typed from the entities; see columns.ts). */
  columns: SelectList;
}

/** Rows read by primary key, a batch at a time: `sql` takes `$1::uuid[]`, selects `id`. */
export interface ByIdRelation<T extends { id: string }> {
  name: string;
  scope: RelationScope;
  sql: string;
  /** Type name stamped on each row for `Node` resolution. */
  typename: string;
  /** The columns `sql` selects (declared once, typed from the entities; see columns.ts). */
  columns: SelectList;
  _row?: T;
}

/** The parameters after `$1` that a scope's predicate takes. */
export function scopeParams(viewer: Viewer, scope: RelationScope): unknown[] {
  if (scope === 'delegation') return [viewer.delegationIds];
  if (scope === 'purchaser') return viewer.purchaserScopeParams();
  return [];
}

/**
 * A relation's SQL for the ids `ids` (SQL of a uuid array, such as `array[x."id"]`) instead of
 * `$1`, its scope parameters at the placeholders `scope` (from {@link scopeParams}) instead of
 * `$2`…: the relation inside a larger statement.
 */
export function relationSqlFor(sql: string, ids: string, scope: readonly string[]): string {
  return sql.replace(/\$(\d+)/g, (_, i: string) => (i === '1' ? ids : scope[Number(i) - 2]!));
}

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
        const rows = await this.query<T>(relation.sql, [
          ids,
          ...scopeParams(this.viewer, relation.scope),
        ]);
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
        const rows = await this.query<T>(relation.sql, [
          ids,
          ...scopeParams(this.viewer, relation.scope),
        ]);
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
}
