import type { Viewer } from '../../auth/viewer.js';
import type { SelectList } from '../columns.js';
import type { ListSpec, Params } from './filter.js';
import type { OrderDirection } from './page.js';

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
  columns: SelectList;
  /** SQL condition limiting rows to the viewer's scope; parameters go through `params`. */
  scope: (viewer: Viewer, params: Params) => string;
  /** Orderable fields: enum value -> key of the selected row (a non-null column). */
  order: Record<string, string>;
  defaultOrder: { field: string; direction: OrderDirection }[];
  /** Type name stamped on rows for Node resolution. */
  typename: string;
}
