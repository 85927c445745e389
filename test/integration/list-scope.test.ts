import { compile, type SQL } from '../../server/src/db/sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../server/src/graphql/relay.js';
import { approvedPurchaser, insertDeal } from '../helpers/fixtures.js';
import { useTestServer } from '../helpers/server.js';

// A list filtered to delegations all of whose rows the viewer reads is read without the
// viewer's scope (lists/source.ts, listScope): the filter already keeps only rows in scope. The
// rows are those the scoped statement gives, for every viewer and filter; the scope is left out
// only where the filter pins the delegation to one the viewer reads in full.

describe('a list pinned to delegations the viewer reads in full', () => {
  const t = useTestServer();
  let statements: string[] = [];
  let qh: string;
  let other: string;

  beforeAll(async () => {
    const db = t.server.app.db;
    const read = db.read.bind(db);
    db.read = <T>(statement: SQL, placeholders?: ReadonlyMap<symbol, unknown>) => {
      statements.push(compile(statement, placeholders).text);
      return read<T>(statement, placeholders);
    };
    for (const sub of ['COMMERCE', 'HEALTH']) {
      const p = await approvedPurchaser(t.sql, { subDelegation: sub });
      await insertDeal(t.sql, p, '100.00');
      await insertDeal(t.sql, p, '250.00');
    }
    const { rows } = await t.sql.query(
      `select d.id from delegation d join expo e on e.id = d.expo_id where e.key = 'CIIE-5' and d.key = 'QH'`,
    );
    qh = toGlobalId('Delegation', rows[0].id);
    other = toGlobalId('Delegation', '00000000-0000-4000-8000-000000000001');
  });

  const LIST = `query($f: DealFilter) { deals(first: 100, filter: $f) { totalCount nodes { id } } }`;
  const TOTALS = `query($f: DealFilter) { dealAggregate(filter: $f, groupBy: [STATUS]) { count sumUsd } }`;

  async function run(role: string, scope: string | undefined, query: string, f: unknown) {
    statements = [];
    const res = await t.as(role as 'ADMIN', scope)(query, { f });
    expect(res.body.errors).toBeUndefined();
    const read = statements;
    statements = [];
    return { data: res.body.data, read };
  }

  /**
   * Conditions on the deal's delegation in a statement: the filter's and the scope's (a scope of
   * one delegation is `= $n::uuid`, of several `= any($n::uuid[])`, like the filter's `eq`/`in`).
   */
  const delegationConditions = (text: string) =>
    (text.match(/delegation_id"? = (any\()?\$\d+/g) ?? []).length;
  /** The filter pins the delegation and the scope is left out: one condition in each statement. */
  const filterOnly = (read: string[]) => read.every((text) => delegationConditions(text) <= 1);

  it('reads the same rows with and without the scope, leaving it out only when the filter pins a delegation read in full', async () => {
    const admin = await run('ADMIN', undefined, LIST, { delegation: { eq: qh } });
    expect(admin.data.deals.totalCount).toBeGreaterThanOrEqual(4);
    const ids = (data: any) => data.deals.nodes.map((n: any) => n.id).sort();

    // the office of QH, pinned to QH: the admin's rows, no scope condition
    const office = await run('DELEGATION_OFFICE', 'CIIE-5/QH', LIST, { delegation: { eq: qh } });
    expect(ids(office.data)).toEqual(ids(admin.data));
    expect(filterOnly(office.read)).toBe(true);

    // unpinned, or pinned to a delegation it does not read (too): scoped, same rows
    const unpinned = await run('DELEGATION_OFFICE', 'CIIE-5/QH', LIST, null);
    expect(ids(unpinned.data)).toEqual(ids(admin.data));
    // no filter: the one condition is the scope
    expect(unpinned.read.some((text) => delegationConditions(text) === 1)).toBe(true);
    const both = await run('DELEGATION_OFFICE', 'CIIE-5/QH', LIST, {
      delegation: { in: [qh, other] },
    });
    expect(ids(both.data)).toEqual(ids(admin.data));
    // the filter's and the scope's
    expect(both.read.some((text) => delegationConditions(text) === 2)).toBe(true);
    // a lead reads one sub-delegation's deals of QH: pinned to QH, still scoped to its own
    const lead = await run('SUB_DELEGATION_LEAD', 'CIIE-5/QH/COMMERCE', LIST, {
      delegation: { eq: qh },
    });
    expect(lead.read.some((text) => /sub_delegation_id"? = (any\()?\$\d+/.test(text))).toBe(true);
    expect(lead.data.deals.totalCount).toBeGreaterThanOrEqual(2);
    expect(lead.data.deals.totalCount).toBeLessThan(admin.data.deals.totalCount);
  });

  it("totals pinned to the office's own delegation equal the admin's, without the scope", async () => {
    const admin = await run('ADMIN', undefined, TOTALS, { delegation: { eq: qh } });
    const office = await run('DELEGATION_OFFICE', 'CIIE-5/QH', TOTALS, { delegation: { eq: qh } });
    expect(office.data).toEqual(admin.data);
    expect(filterOnly(office.read)).toBe(true);
    const lead = await run('SUB_DELEGATION_LEAD', 'CIIE-5/QH/COMMERCE', TOTALS, {
      delegation: { eq: qh },
    });
    const count = (data: any) =>
      data.dealAggregate.reduce((n: number, g: any) => n + g.count, 0) as number;
    expect(count(lead.data)).toBeLessThan(count(admin.data));
  });
});
