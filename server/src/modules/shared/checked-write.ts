import { AppError } from '../../graphql/errors.js';
import { and, list, sql, type SQL } from '../../db/sql.js';

/**
 * A write made in one statement (one round trip, autocommit): a data-modifying CTE reads the
 * record within the viewer's scope, selects each condition the write is made under as a column,
 * and writes only where every one holds. When nothing was written, the first condition that
 * failed, in the order the conditions were always checked, is the refusal the client gets:
 * nothing is written for a refused write (recordDeal, the deal's moves, the purchaser's review).
 */

/**
 * One condition of such a write: `holds` (SQL over the rows the statement reads; or a literal,
 * {@link decided}, for what the input alone decides) is selected as the column `check:name`
 * ({@link checkColumns}), the write requires every one ({@link allHold}), and `refuse` is the
 * client's error when it is the first that does not hold, from what the statement answered.
 */
export interface Check<Answer> {
  name: string;
  holds: SQL;
  refuse: (answer: Answer) => Error;
}

/** The column a check is selected as. */
export const checkColumn = (check: Check<never>): SQL => sql.identifier(`check:${check.name}`);

/** `coalesce(holds, false) as "check:name", …`: each check as the column it is answered in. */
export function checkColumns(checks: readonly Check<never>[]): SQL {
  return list(checks.map((c) => sql`coalesce(${c.holds}, false) as ${checkColumn(c)}`));
}

/** Every check held (over the row that selected {@link checkColumns}). */
export function allHold(checks: readonly Check<never>[]): SQL {
  return and(checks.map(checkColumn));
}

/** The refusal of the first check that did not hold in `answer`, in order; undefined: none. */
export function firstRefusal<Answer extends Record<string, unknown>>(
  checks: readonly Check<Answer>[],
  answer: Answer,
): Error | undefined {
  return checks.find((check) => answer[`check:${check.name}`] !== true)?.refuse(answer);
}

/** `holds` of a check the input alone decides: a literal, so the statement keeps one plan per outcome. */
export const decided = (error: AppError | null): SQL => (error ? sql.false : sql.true);

/** What `work` gives, or the client error it refuses with (anything else is thrown on). */
export function attempt<T>(work: () => T): { value: T | null; error: AppError | null } {
  try {
    return { value: work(), error: null };
  } catch (error) {
    if (error instanceof AppError) return { value: null, error };
    throw error;
  }
}
