import { sql as pgSql, type SQL } from 'pg-sql2';

/**
 * SQL as values (pg-sql2, the library PostGraphile composes its SQL with). A statement is a tree
 * of fragments: text written in the code, identifiers, and values. Values become placeholders
 * and generated aliases become identifiers only when the whole statement is compiled
 * (`compile`), so fragments nest at any depth without renumbering, and nothing reads SQL text
 * back. The same value node used twice in one statement is one placeholder.
 */
export const sql = pgSql;
export type { SQL };

/** An alias made unique when the statement is compiled (`__r__`, `__r_2`…): nests freely. */
export function alias(description: string): symbol {
  return Symbol(description);
}

/** `alias."name"`, the alias a table's (a string) or a generated one (a symbol). */
export function column(from: string | symbol, name: string): SQL {
  return sql.identifier(from, name);
}

/** `a, b, c`. */
export function list(items: readonly SQL[], separator = ', '): SQL {
  return sql.join(items, separator);
}

/** `a and b and …` (`true` for none). */
export function and(conditions: readonly SQL[]): SQL {
  const kept = conditions.filter((c) => c !== sql.true);
  if (kept.length === 0) return sql.true;
  if (kept.length === 1) return kept[0]!;
  return sql`(${sql.join(kept, ' and ')})`;
}

/** `(a or b or …)` (`false` for none). */
export function or(conditions: readonly SQL[]): SQL {
  if (conditions.some((c) => c === sql.true)) return sql.true;
  const kept = conditions.filter((c) => c !== sql.false);
  if (kept.length === 0) return sql.false;
  if (kept.length === 1) return kept[0]!;
  return sql`(${sql.join(kept, ' or ')})`;
}

/** A statement compiled: its text, its values, and the positions of its parameters' values. */
interface Compiled {
  text: string;
  values: unknown[];
  slots: readonly (readonly [symbol, number])[];
}

/** Stands for a parameter's value while its statement compiles. */
class Slot {
  constructor(readonly param: symbol) {}
}

const compiledStatements = new WeakMap<SQL, Compiled>();

/**
 * The text and values of a statement, placeholders and aliases assigned. `params` gives the value
 * of each `sql.placeholder(symbol)` the statement holds: a parameter, so that a statement built
 * once (see `graphql/lists/built.ts`) runs with this request's values. A statement value is
 * compiled once, its parameters' positions noted, and each call binds its own values: compiling
 * is a pure function of the statement, so the text kept is the one compiling would give (a
 * statement must be given the same parameters each time).
 */
export function compile(
  statement: SQL,
  params?: ReadonlyMap<symbol, unknown>,
): { text: string; values: unknown[] } {
  let done = compiledStatements.get(statement);
  if (!done) {
    // a Slot is no SQL value: it never reaches the driver, each is replaced by the value it stands for
    const slots =
      params && new Map([...params.keys()].map((key) => [key, sql.value(new Slot(key) as never)]));
    const { text, values } = sql.compile(
      statement,
      slots ? { placeholderValues: slots } : undefined,
    );
    const positions: [symbol, number][] = [];
    values.forEach((value, i) => {
      if (value instanceof Slot) positions.push([value.param, i]);
    });
    compiledStatements.set(
      statement,
      (done = { text, values: values as unknown[], slots: positions }),
    );
  }
  if (done.slots.length === 0) return done;
  const values = done.values.slice();
  for (const [param, i] of done.slots) {
    if (!params?.has(param)) throw new Error(`compile: no value for parameter ${String(param)}`);
    values[i] = params.get(param);
  }
  return { text: done.text, values };
}
