import { describe, expect, it } from 'vitest';
import { approvedPurchaser } from '../helpers/fixtures.js';
import { useTestServer } from '../helpers/server.js';

const NESTED = `query($d: ID!) { delegation(id: $d) { subDelegations { key
  purchasers(first: 20) { totalCount nodes { id organisation { nameZh }
    deals(first: 5) { totalCount nodes { amountUsd exhibitor { nameEn country } } } } } } } }`;

describe('batched loading', () => {
  const t = useTestServer();

  async function addData(purchasersPerSub: number, dealsPerPurchaser: number) {
    const exhibitor = await t.sql
      .query(`insert into exhibitor (expo_id, exhibition_area_id, name_en, country)
      select e.id, a.id, 'Exhibitor ' || gen_random_uuid(), 'DE' from expo e join exhibition_area a on a.expo_id = e.id
      where e.key = 'CIIE-5' and a.key = 'FOOD_AGRI' returning id`);
    for (const sub of ['COMMERCE', 'SCIENCE', 'HEALTH']) {
      for (let i = 0; i < purchasersPerSub; i += 1) {
        const p = await approvedPurchaser(t.sql, { subDelegation: sub });
        for (let k = 0; k < dealsPerPurchaser; k += 1) {
          await t.sql.query(
            `insert into deal (delegation_id, expo_id, purchaser_id, exhibitor_id, goods, amount, currency, usd_rate, amount_usd)
            values ($1, $2, $3, $4, 'yak wool', $5, 'USD', 1, $5)`,
            [p.delegation, p.expo, p.purchaser, exhibitor.rows[0].id, `${100 + k}.25`],
          );
        }
      }
    }
  }

  it('costs statements by depth, not by rows: sub-delegations -> purchasers -> deals -> exhibitor', async () => {
    const office = t.as('DELEGATION_OFFICE', 'CIIE-5/QH');
    const { rows } = await t.sql.query(`select id from delegation where key = 'QH'`);
    const { toGlobalId } = await import('../../server/src/graphql/relay.js');
    const d = toGlobalId('Delegation', rows[0].id);

    await addData(1, 1);
    const small = await office(NESTED, { d });
    expect(small.body.errors).toBeUndefined();
    const smallCount = Number(small.headers.get('x-sql-statements'));

    await addData(8, 4); // 25 times the purchasers, 100 times the deals
    const large = await office(NESTED, { d });
    expect(large.body.errors).toBeUndefined();
    const subs = large.body.data.delegation.subDelegations;
    const commerce = subs.find((s: any) => s.key === 'COMMERCE');
    expect(commerce.purchasers.totalCount).toBe(9);
    expect(commerce.purchasers.nodes.some((p: any) => p.deals.totalCount === 4)).toBe(true);
    const dealRows = subs.flatMap((s: any) =>
      s.purchasers.nodes.flatMap((p: any) => p.deals.nodes),
    );
    expect(dealRows.length).toBe(3 * (1 + 8 * 4));
    expect(Number(large.headers.get('x-sql-statements'))).toBe(smallCount);
    // delegation, sub-delegations, purchasers and their deals (organisations and exhibitors inside): one statement
    expect(smallCount).toBe(1);
  });

  it('pages a nested list under one parent with its cursor', async () => {
    const office = t.as('DELEGATION_OFFICE', 'CIIE-5/QH');
    await addData(3, 0);
    const q = `query($after: String) { delegation(expoKey: "CIIE-5", key: "QH") { subDelegation(key: "COMMERCE") {
      purchasers(first: 4, after: $after, orderBy: [{ field: ID }]) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { body } = await office(q, { after });
      expect(body.errors).toBeUndefined();
      const page = body.data.delegation.subDelegation.purchasers;
      seen.push(...page.nodes.map((n: any) => n.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const { body } = await office(q, { after: null });
    const total = body.data.delegation.subDelegation.purchasers.totalCount;
    expect(total).toBeGreaterThanOrEqual(3);
    expect(seen.length).toBe(total);
    expect(new Set(seen).size).toBe(total);
    // ordered by ID: the uuids inside the global IDs ascend
    const uuids = seen.map((id) => Buffer.from(id, 'base64url').toString().split(':')[1]!);
    expect([...uuids].sort()).toEqual(uuids);
  });
});
