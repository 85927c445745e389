import { beforeAll, describe, expect, it } from 'vitest';
import type { SQL } from '../../server/src/db/sql.js';
import { Viewer } from '../../server/src/auth/viewer.js';
import { createContext } from '../../server/src/graphql/context.js';
import { listConnection } from '../../server/src/graphql/lists/connection.js';
import { dealList } from '../../server/src/modules/deal/deal.list.js';
import { approvedPurchaser } from '../helpers/fixtures.js';
import { useTestServer } from '../helpers/server.js';
import { ok } from '../helpers/trade.js';

// A list asked again by the same viewer with the same arguments and selection runs the statement
// built the first time (listConnection, builtFor): a kept statement, never kept rows. Every
// other argument, selection or viewer gets its own statement, and each answer is the database's.

const DEALS = `query($first: Int, $filter: DealFilter, $orderBy: [DealOrder!]) {
  deals(first: $first, filter: $filter, orderBy: $orderBy) {
    totalCount
    nodes { id amountUsd status exhibitor { country } }
  }
}`;

describe('statements kept per viewer', () => {
  const t = useTestServer();
  let fixture: Awaited<ReturnType<typeof approvedPurchaser>>;
  let exhibitor: string;

  beforeAll(async () => {
    fixture = await approvedPurchaser(t.sql);
    const { rows } = await t.sql.query(
      `insert into exhibitor (expo_id, exhibition_area_id, name_en, country)
       select e.id, (select a.id from exhibition_area a where a.expo_id = e.id order by a.key limit 1), 'Kept exhibitor', 'FR'
       from expo e where e.key = 'CIIE-5' returning id`,
    );
    exhibitor = rows[0].id;
    for (const amount of [100, 200, 300]) await insertDeal(amount);
  });

  async function insertDeal(amount: number): Promise<void> {
    await t.sql.query(
      `insert into deal (delegation_id, expo_id, purchaser_id, exhibitor_id, goods, amount, currency, usd_rate, amount_usd)
       values ($1, $2, $3, $4, 'kept goods', $5, 'USD', 1, $5)`,
      [fixture.delegation, fixture.expo, fixture.purchaser, exhibitor, amount],
    );
  }

  /** The database's answer: the test's deals by amount, largest first. */
  async function expected(first: number, minUsd = 0) {
    const { rows } = await t.sql.query(
      `select amount_usd::text as a from deal where goods = 'kept goods' and amount_usd >= $1
       order by amount_usd desc, id desc`,
      [minUsd],
    );
    return { total: rows.length, amounts: rows.slice(0, first).map((r) => Number(r.a)) };
  }

  const ask = (first: number, minUsd?: number) =>
    t.as('ADMIN')(DEALS, {
      first,
      filter: {
        goods: { eq: 'kept goods' },
        ...(minUsd === undefined ? {} : { amountUsd: { gte: String(minUsd) } }),
      },
      orderBy: [{ field: 'AMOUNT_USD', direction: 'DESC' }],
    });

  it('answers each set of arguments from the database, again and again', async () => {
    for (const [first, minUsd] of [
      [2, undefined],
      [3, undefined],
      [2, undefined],
      [3, 150],
      [3, undefined],
      [3, 150],
    ] as const) {
      const data = ok(await ask(first, minUsd));
      const want = await expected(first, minUsd);
      expect(data.deals.totalCount).toBe(want.total);
      expect(data.deals.nodes.map((n: { amountUsd: string }) => Number(n.amountUsd))).toEqual(
        want.amounts,
      );
    }
  });

  it('reads rows written after the statement was kept', async () => {
    ok(await ask(10));
    await insertDeal(1_000);
    const data = ok(await ask(10));
    const want = await expected(10);
    expect(data.deals.totalCount).toBe(want.total);
    expect(Number(data.deals.nodes[0].amountUsd)).toBe(1_000);
  });

  it('totals each grouping and filter from the database, before and after a new deal', async () => {
    const TOTALS = `query($filter: DealFilter) {
      dealAggregate(filter: $filter, groupBy: [STATUS]) { status count sumUsd }
    }`;
    const totals = async (minUsd: number) => {
      const data = ok(
        await t.as('ADMIN')(TOTALS, {
          filter: { goods: { eq: 'kept goods' }, amountUsd: { gte: String(minUsd) } },
        }),
      );
      return data.dealAggregate.map((g: { count: number; sumUsd: string }) => ({
        count: g.count,
        sum: Number(g.sumUsd),
      }));
    };
    const fromDatabase = async (minUsd: number) => {
      const { rows } = await t.sql.query(
        `select count(*)::int as count, sum(amount_usd)::float8 as sum from deal
         where goods = 'kept goods' and amount_usd >= $1 group by status order by status`,
        [minUsd],
      );
      return rows;
    };
    for (const minUsd of [0, 250, 0, 250])
      expect(await totals(minUsd)).toEqual(await fromDatabase(minUsd));
    await insertDeal(5_000);
    for (const minUsd of [0, 250]) expect(await totals(minUsd)).toEqual(await fromDatabase(minUsd));
  });

  it('keeps one statement per viewer, arguments and selection', async () => {
    const seen: SQL[] = [];
    const ctxOf = (viewer: Viewer) => {
      const ctx = createContext(t.server.app, viewer);
      const query = ctx.query;
      ctx.query = ((statement: SQL, placeholders?: ReadonlyMap<symbol, SQL>) => {
        seen.push(statement);
        return query(statement, placeholders);
      }) as typeof ctx.query;
      return ctx;
    };
    const viewer = Viewer.system;
    const other = new Viewer(Viewer.system.user, Viewer.system.grants);
    const args = (first: number) => ({ first, filter: { status: { eq: 'INTENDED' } } }) as never;
    await listConnection(ctxOf(viewer), dealList, args(2));
    await listConnection(ctxOf(viewer), dealList, args(2));
    await listConnection(ctxOf(viewer), dealList, args(3));
    await listConnection(ctxOf(other), dealList, args(2));
    expect(seen).toHaveLength(4);
    expect(seen[1]).toBe(seen[0]); // asked again: the kept statement
    expect(seen[2]).not.toBe(seen[0]); // another page size
    expect(seen[3]).not.toBe(seen[0]); // another viewer
  });
});
