import { UnderscoreNamingStrategy } from '@mikro-orm/core';

/** A column of a select list: the name it is selected as (the row's property) and its SQL. */
export interface ColumnItem {
  readonly name: string;
  readonly sql: string;
}

/**
 * A select list declared as values. Statements select its text; the read-ahead picks the
 * columns a query reads from its items. The text is made from the items, never parsed back.
 */
export class SelectList {
  readonly text: string;

  constructor(readonly items: readonly ColumnItem[]) {
    this.text = items
      .map(({ name, sql }) =>
        sql.endsWith(`.${name}`) ? sql : `${sql} as "${name.replace(/"/g, '""')}"`,
      )
      .join(', ');
  }

  /** The columns of this list whose names `keep` accepts, in its order. */
  only(keep: (name: string) => boolean): SelectList {
    return new SelectList(this.items.filter(({ name }) => keep(name)));
  }

  /** This list with more columns after its own. */
  with(more: SelectList | Record<string, string>): SelectList {
    const items =
      more instanceof SelectList
        ? more.items
        : Object.entries(more).map(([name, sql]) => ({ name, sql }));
    return new SelectList([...this.items, ...items]);
  }

  toString(): string {
    return this.text;
  }
}

const naming = new UnderscoreNamingStrategy();

/**
 * The select list of a table aliased `alias`: a property name selects the column MikroORM maps
 * the entity property of that name to (its underscore naming strategy, the entities' own); a
 * `[name, sql]` pair selects an expression (SQL over the alias) as `name`.
 */
export function selectList(
  alias: string,
  columns: readonly (string | readonly [name: string, sql: string])[],
): SelectList {
  return new SelectList(
    columns.map((column) =>
      typeof column === 'string'
        ? { name: column, sql: `${alias}.${naming.propertyToColumnName(column)}` }
        : { name: column[0], sql: column[1] },
    ),
  );
}
