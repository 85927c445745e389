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

/**
 * The text and values of a statement, placeholders and aliases assigned; `placeholders` gives
 * the SQL of each `sql.placeholder` the statement holds (a statement built once and run with
 * this request's values, see `lists/levels.ts`).
 */
export function compile(
  statement: SQL,
  placeholders?: ReadonlyMap<symbol, SQL>,
): { text: string; values: unknown[] } {
  const { text, values } = sql.compile(
    statement,
    placeholders ? { placeholderValues: placeholders } : undefined,
  );
  return { text, values: values as unknown[] };
}
