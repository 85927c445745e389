import type { Rows } from '../loaders.js';
import type { ListSpec } from './filter.js';
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
}
