import type { Viewer } from '../../auth/viewer.js';
import { and, sql, type SQL } from '../../db/sql.js';
import type { Rows } from '../loaders.js';
import { fromGlobalId } from '../relay.js';
import { compileFilter, type ListSpec } from './filter.js';
import type { OrderDirection } from './page.js';

/**
 * A table's rows served as a Relay connection: its declaration (`Rows`: columns, from, scope),
 * what they can be filtered by (`spec`) and ordered by (`order`: enum value -> column of the row).
 */
export interface ListSource extends Rows {
  spec: ListSpec;
  /** Orderable fields: enum value -> key of the selected row (a non-null column). */
  order: Record<string, string>;
  defaultOrder: { field: string; direction: OrderDirection }[];
  /**
   * The filter field (an ID of the spec) naming the delegation of a row, and the delegations all
   * of whose rows the viewer reads (null: every one): see {@link listWhere}.
   */
  tenant?: { field: string; reads(viewer: Viewer): readonly string[] | null };
}

/**
 * The scope of a list under `filter`: `true` when the filter pins its rows (the tenant field's
 * `eq`, or `in`, at the top of the filter) to delegations all of whose rows the viewer reads,
 * since every row the filter keeps is then in scope; the source's scope otherwise. A delegation
 * office listing its own delegation's rows then runs the statement an ADMIN runs: the scope and
 * the filter are not two conditions on one column, which PostgreSQL would take as independent
 * and multiply (expecting 62 of a delegation's 2,500 deals, it sorts them all to find a page).
 */
function listScope(
  source: ListSource,
  viewer: Viewer,
  filter: Record<string, unknown> | null | undefined,
): SQL {
  const scope = source.scope(viewer);
  if (!source.tenant || scope === sql.true) return scope;
  const pinned = filter?.[source.tenant.field] as { eq?: unknown; in?: unknown } | null | undefined;
  const ids =
    pinned?.eq != null
      ? [pinned.eq]
      : Array.isArray(pinned?.in) && pinned.in.length > 0
        ? pinned.in
        : null;
  if (!ids) return scope;
  const field = source.spec.fields[source.tenant.field];
  const type = field?.value.kind === 'id' ? field.value.type : undefined;
  const reads = source.tenant.reads(viewer);
  const inScope = ids.every((id) => {
    const decoded = fromGlobalId(String(id), type);
    return decoded !== undefined && (reads === null || reads.includes(decoded.id));
  });
  return inScope ? sql.true : scope;
}

/**
 * The WHERE of every statement that reads a list's rows (a page, a nested page, a folded list, a
 * grouped aggregate, the deal totals): the viewer's scope of the source under `filter` (see
 * listScope), the filter, and any further conditions of the caller.
 */
export function listWhere(
  source: ListSource,
  viewer: Viewer,
  filter: Record<string, unknown> | null | undefined,
  ...more: SQL[]
): SQL {
  return and([
    listScope(source, viewer, filter),
    compileFilter(source.spec, filter, source.alias),
    ...more,
  ]);
}
