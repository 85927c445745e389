import { beforeAll, describe, expect, it } from 'vitest';
import { compile } from '../../server/src/db/sql.js';
import { approvedPurchaser } from '../helpers/fixtures.js';
import { useTestServer } from '../helpers/server.js';
import { ok } from '../helpers/trade.js';

// A list filtered through relations and ordered otherwise than by default finds its matching rows
// once, and ranks and counts them in one statement (listConnection): the count it brings must
// be the count of scope and filter on every page, past the last one, backwards, and through
// `or` / `not`, as the two-statement way counts it.

const DEALS = `query($first: Int, $after: String, $last: Int, $before: String, $filter: DealFilter, $orderBy: [DealOrder!]) {
  deals(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor startCursor }
    nodes { id amountUsd purchaser { category } exhibitor { country } }
  }
}`;
const BY_AMOUNT = [
  { field: 'AMOUNT_USD', direction: 'DESC' },
  { field: 'ID', direction: 'DESC' },
];

describe('a filtered list ranked and counted in one statement', () => {
  const t = useTestServer();
  const analyst = (variables: Record<string, unknown>) =>
    t.as('ANALYST', 'CIIE-5')(DEALS, variables);
  let statements: string[] | null = null;

  beforeAll(async () => {
    const read = t.server.db.read.bind(t.server.db);
    t.server.db.read = (statement, placeholders) => {
      statements?.push(compile(statement, placeholders).text);
      return read(statement, placeholders);
    };
    const countries = ['FR', 'DE', 'JP'];
    const exhibitors: string[] = [];
    for (const country of countries) {
      const { rows } = await t.sql.query(
        `insert into exhibitor (expo_id, exhibition_area_id, name_en, country)
         select e.id, (select a.id from exhibition_area a where a.expo_id = e.id order by a.key limit 1), $1, $2
         from expo e where e.key = 'CIIE-5' returning id`,
        [`Counted exhibitor ${country}`, country],
      );
      exhibitors.push(rows[0].id);
    }
    for (const [i, category] of ['IMPORT_TRADE', 'ECOMMERCE', 'MANUFACTURING'].entries()) {
      const p = await approvedPurchaser(t.sql, { category });
      for (let k = 0; k < 9; k += 1) {
        // amounts repeat across purchasers: ties are broken by the ID
        await t.sql.query(
          `insert into deal (delegation_id, expo_id, purchaser_id, exhibitor_id, goods, amount, currency, usd_rate, amount_usd)
           values ($1, $2, $3, $4, 'counted goods', $5, 'USD', 1, $5)`,
          [p.delegation, p.expo, p.purchaser, exhibitors[(i + k) % 3], 1000 + 10 * (k % 5)],
        );
      }
    }
  });

  /** What the two-statement way answers: the count of scope and filter, from the database. */
  async function expectedCount(categories: string[], countries: string[]): Promise<number> {
    const { rows } = await t.sql.query(
      `select count(*)::int as n from deal d join purchaser p on p.id = d.purchaser_id
       join exhibitor x on x.id = d.exhibitor_id join delegation g on g.id = d.delegation_id
       join expo e on e.id = g.expo_id
       where e.key = 'CIIE-5' and p.category = any($1) and x.country = any($2)`,
      [categories, countries],
    );
    return rows[0].n;
  }

  async function statementsOf(variables: Record<string, unknown>) {
    statements = [];
    try {
      const data = ok(await analyst(variables)).deals;
      return { data, statements };
    } finally {
      statements = null;
    }
  }

  const filter = {
    purchaser: { category: { in: ['IMPORT_TRADE', 'ECOMMERCE'] } },
    exhibitor: { country: { in: ['FR', 'DE'] } },
  };

  it('counts on every page, past the last one and backwards, in one statement a page', async () => {
    const total = await expectedCount(['IMPORT_TRADE', 'ECOMMERCE'], ['FR', 'DE']);
    expect(total).toBe(12);
    const seen: string[] = [];
    const amounts: number[] = [];
    let after: string | null = null;
    for (;;) {
      const { data, statements } = await statementsOf({
        first: 5,
        after,
        filter,
        orderBy: BY_AMOUNT,
      });
      expect(statements).toHaveLength(1);
      expect(statements[0]).toMatch(/^with __m__ as materialized/);
      expect(data.totalCount).toBe(total);
      seen.push(...data.nodes.map((n: { id: string }) => n.id));
      amounts.push(...data.nodes.map((n: { amountUsd: string }) => Number(n.amountUsd)));
      for (const n of data.nodes) {
        expect(['IMPORT_TRADE', 'ECOMMERCE']).toContain(n.purchaser.category);
        expect(['FR', 'DE']).toContain(n.exhibitor.country);
      }
      if (!data.pageInfo.hasNextPage) {
        after = data.pageInfo.endCursor;
        break;
      }
      after = data.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(total);
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));

    // past the last row: no row brings the count, which is then counted on its own
    const past = await statementsOf({ first: 5, after, filter, orderBy: BY_AMOUNT });
    expect(past.data.nodes).toHaveLength(0);
    expect(past.data.totalCount).toBe(total);
    expect(past.statements).toHaveLength(2);

    // backwards from the end
    const last = await statementsOf({ last: 3, filter, orderBy: BY_AMOUNT });
    expect(last.data.totalCount).toBe(total);
    expect(last.data.nodes.map((n: { id: string }) => n.id)).toEqual(seen.slice(-3));
  });

  it('counts through or and not as the filter says', async () => {
    const either = {
      or: [
        { purchaser: { category: { eq: 'MANUFACTURING' } } },
        { exhibitor: { country: { eq: 'JP' } } },
      ],
    };
    const { data, statements } = await statementsOf({
      first: 2,
      filter: either,
      orderBy: BY_AMOUNT,
    });
    expect(statements).toHaveLength(1);
    const { rows } = await t.sql.query(
      `select count(*)::int as n from deal d join purchaser p on p.id = d.purchaser_id
       join exhibitor x on x.id = d.exhibitor_id where d.goods = 'counted goods'
       and (p.category = 'MANUFACTURING' or x.country = 'JP')`,
    );
    expect(data.totalCount).toBe(rows[0].n);
    const negated = await statementsOf({
      first: 2,
      filter: { not: { purchaser: { category: { eq: 'MANUFACTURING' } } } },
      orderBy: BY_AMOUNT,
    });
    const { rows: all } = await t.sql.query(
      `select count(*)::int as n from deal d join purchaser p on p.id = d.purchaser_id
       join delegation g on g.id = d.delegation_id join expo e on e.id = g.expo_id
       where e.key = 'CIIE-5' and p.category is distinct from 'MANUFACTURING'`,
    );
    expect(negated.data.totalCount).toBe(all[0].n);
  });

  it('keeps two statements where the page can stop early or the count can read an index', async () => {
    // the default order: the page stops after its rows, the count is its own statement
    const byDefault = await statementsOf({ first: 5, filter });
    expect(byDefault.statements).toHaveLength(2);
    expect(byDefault.data.totalCount).toBe(12);
    // no filter through relations: counting again costs less than materialising every row
    const plain = await statementsOf({
      first: 5,
      filter: { amountUsd: { gte: '1000' } },
      orderBy: BY_AMOUNT,
    });
    expect(plain.statements).toHaveLength(2);
  });
});
