import { registerEnumType } from 'type-graphql';
import { badInput } from '../errors.js';
import { column, sql, type SQL } from '../../db/sql.js';
import type { Alias } from './filter.js';
import { msg } from '../../i18n/message.js';

/** The largest page a client may ask for; above it the request fails with BAD_USER_INPUT. */
export const MAX_PAGE_SIZE = 500;
export const DEFAULT_PAGE_SIZE = 50;

export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(OrderDirection, {
  name: 'OrderDirection',
  description: 'Which way an ordering runs.',
  valuesConfig: {
    ASC: { description: 'Ascending: smallest, earliest or first in the alphabet first.' },
    DESC: { description: 'Descending: largest, latest or last in the alphabet first.' },
  },
});

export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
  filter?: Record<string, unknown> | null;
  orderBy?: { field: string; direction?: OrderDirection | null }[] | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  readonly totalCount: Promise<number>;
}

/** What a list can be ordered by: enum value -> key of its row, and its default order. */
export interface Orderable {
  spec: { name: string };
  order: Record<string, string>;
  defaultOrder: { field: string; direction: OrderDirection }[];
}

/** One page of a list, worked out from a connection's arguments. */
export interface Page {
  limit: number;
  backward: boolean;
  cursor: unknown[] | null;
  order: { key: string; direction: OrderDirection }[];
  /**
   * Ordered otherwise than by the list's default order, the one its tables' indexes serve: the
   * page then sorts every row that matches, whatever its size (see `listConnection`).
   */
  sortsAll: boolean;
}

function decodeCursor(cursor: string, size: number, field: string): unknown[] {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(values) && values.length === size) return values;
  } catch {
    // falls through to the error below
  }
  throw badInput(field, msg`${field} is not a cursor of this list and ordering`);
}

function encodeCursor(row: Record<string, unknown>, order: Page['order']): string {
  // the exact text of each ordering value, as PostgreSQL printed it (timestamps keep their
  // microseconds, which a JavaScript Date would drop and so repeat or skip rows)
  const values = order.map((_, i) => row[`__c${i}`]);
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/** The page that `args` ask for, or a BAD_USER_INPUT error naming the argument at fault. */
export function page(source: Orderable, args: ConnectionArgs): Page {
  const { first, last, after, before } = args;
  if (first != null && last != null) throw badInput('first', msg`Give first or last, not both`);
  for (const [name, value] of [
    ['first', first],
    ['last', last],
  ] as const) {
    if (value != null && (value < 0 || value > MAX_PAGE_SIZE)) {
      throw badInput(
        name,
        msg`${name} must be between 0 and ${MAX_PAGE_SIZE} (the maximum page size)`,
      );
    }
  }
  if (after != null && before != null) throw badInput('after', msg`Give after or before, not both`);
  const requested = args.orderBy?.length ? args.orderBy : source.defaultOrder;
  const sortsAll =
    requested !== source.defaultOrder &&
    (requested.length !== source.defaultOrder.length ||
      requested.some(
        (o, i) =>
          o.field !== source.defaultOrder[i]!.field ||
          (o.direction ?? OrderDirection.ASC) !== source.defaultOrder[i]!.direction,
      ));
  const order = requested.map((o, i) => {
    const key = source.order[o.field];
    if (!key)
      throw badInput(
        `orderBy.${i}.field`,
        msg`${source.spec.name} cannot be ordered by ${o.field}`,
      );
    return { key, direction: o.direction ?? OrderDirection.ASC };
  });
  // the ID breaks ties: a total order, so cursors never skip or repeat a row
  if (!order.some((o) => o.key === 'id')) order.push({ key: 'id', direction: OrderDirection.ASC });
  const backward = last != null || (before != null && first == null);
  const cursorArg = backward ? before : after;
  return {
    limit: (backward ? last : first) ?? DEFAULT_PAGE_SIZE,
    backward,
    cursor: cursorArg ? decodeCursor(cursorArg, order.length, backward ? 'before' : 'after') : null,
    order,
    sortsAll,
  };
}

/** Extra select items over `alias` carrying each ordering value as text, for exact cursors. */
export function cursorColumns(p: Page, alias: Alias): SQL {
  return sql.join(
    p.order.map(({ key }, i) => sql`${column(alias, key)}::text as ${sql.identifier(`__c${i}`)}`),
    ', ',
  );
}

/** Each ordering column over `alias`, ascending or not (flipped when paging backwards). */
function directions(p: Page, alias: Alias): { column: SQL; ascending: boolean }[] {
  return p.order.map(({ key, direction }) => {
    const forward = direction === OrderDirection.ASC;
    return { column: column(alias, key), ascending: p.backward ? !forward : forward };
  });
}

/** The page's ORDER BY list over `alias`. */
export function orderList(p: Page, alias: Alias): SQL {
  return sql.join(
    directions(p, alias).map((d) => (d.ascending ? sql`${d.column} asc` : sql`${d.column} desc`)),
    ', ',
  );
}

/** The keyset condition over `alias` for the page's cursor (`true` without one). */
export function afterCursor(p: Page, alias: Alias): SQL {
  if (!p.cursor) return sql.true;
  const dirs = directions(p, alias);
  const values = p.cursor.map((value) => sql.value(value as string));
  // (k1 > v1) or (k1 = v1 and k2 > v2) or …, each comparison in its own direction
  const alternatives = dirs.map((d, i) => {
    const equal = dirs.slice(0, i).map((prev, j) => sql`${prev.column} = ${values[j]!}`);
    const beyond = d.ascending
      ? sql`${d.column} > ${values[i]!}`
      : sql`${d.column} < ${values[i]!}`;
    return sql`(${sql.join([...equal, beyond], ' and ')})`;
  });
  return sql`(${sql.join(alternatives, ' or ')})`;
}

/** The connection of a page's rows (one more than the page, when there is a next page). */
export function toConnection<T extends Record<string, unknown>>(
  rows: T[],
  p: Page,
  args: ConnectionArgs,
  totalCount: () => Promise<number>,
): Connection<T> {
  const more = rows.length > p.limit;
  const pageRows = more ? rows.slice(0, p.limit) : rows;
  if (p.backward) pageRows.reverse();
  return new PageConnection(pageRows, p, args, more, totalCount);
}

/**
 * A page as a connection: cursors made only for a query that asks for edges or pageInfo's
 * cursors, the count run only when asked for. A class, not an object literal with getters: a
 * nested query makes one per parent row, and a literal's accessors are made anew each time.
 */
class PageConnection<T extends Record<string, unknown>> implements Connection<T> {
  private madeEdges: Edge<T>[] | undefined;
  private total: Promise<number> | undefined;
  readonly pageInfo: PageCursors<T>;

  constructor(
    readonly nodes: T[],
    readonly p: Page,
    args: ConnectionArgs,
    more: boolean,
    private readonly count: () => Promise<number>,
  ) {
    this.pageInfo = new PageCursors(
      this,
      p.backward ? args.before != null : more,
      p.backward ? more : args.after != null,
    );
  }

  get edges(): Edge<T>[] {
    return (this.madeEdges ??= this.nodes.map((node) => ({
      cursor: encodeCursor(node, this.p.order),
      node,
    })));
  }

  get totalCount(): Promise<number> {
    return (this.total ??= this.count());
  }
}

class PageCursors<T extends Record<string, unknown>> {
  constructor(
    private readonly connection: PageConnection<T>,
    readonly hasNextPage: boolean,
    readonly hasPreviousPage: boolean,
  ) {}

  get startCursor(): string | null {
    return this.connection.edges[0]?.cursor ?? null;
  }

  get endCursor(): string | null {
    return this.connection.edges.at(-1)?.cursor ?? null;
  }
}
