import { sql, type SQL } from '../../db/sql.js';
import { DealStatus } from './deal.enums.js';

/**
 * What a total of deals is, said once. Every figure that counts or sums deals is read by
 * `dealTotalsBySets` (deal.aggregate.ts), which applies this rule: Query.dealTotals,
 * dealAggregate and the dealTotals subscription, and through them the report CLI and the
 * dashboard, which show the server's figures as they come. GraphQL descriptions quote it.
 */
export const DEAL_TOTALS_RULE =
  'Cancelled deals are not deals made: every count and USD sum of deals leaves CANCELLED deals out, except a breakdown by STATUS, where each status is a group of its own, CANCELLED included (with inTotals false).';

/** The statuses whose deals are in no total (shown only as their own group, by STATUS). */
export const NOT_IN_TOTALS: readonly DealStatus[] = [DealStatus.CANCELLED];

/** SQL: whether a deal of status `status` (an SQL expression) counts in totals. */
export function countsInTotals(status: SQL): SQL {
  return sql`${status} not in (${sql.join(
    NOT_IN_TOTALS.map((s) => sql.literal(s)),
    ', ',
  )})`;
}
