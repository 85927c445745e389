import { beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../server/src/graphql/relay.js';
import { approvedPurchaser } from '../helpers/fixtures.js';
import { useTestServer } from '../helpers/server.js';

interface Row {
  sub: string;
  category: string;
  country: string;
  area: string;
  zone: string | null;
  status: string;
  month: string | null;
  day: string | null;
  cents: bigint;
  delegation: string;
}

const cents = (s: string) => BigInt(s.replace('.', ''));
const money = (c: bigint) => `${c / 100n}.${String(c % 100n).padStart(2, '0')}`;

describe('analyst queries: grouped aggregates, relation filters, scope', () => {
  const t = useTestServer();
  const rows: Row[] = [];

  beforeAll(async () => {
    // a second delegation whose deals nobody in Qinghai may count
    await t.sql
      .query(`insert into delegation (expo_id, key, name_zh, name_en, province_zh, province_en)
      select expo_id, 'GS', '甘肃交易团', 'Gansu', '甘肃', 'Gansu' from delegation where key = 'QH'`);
    await t.sql.query(`insert into sub_delegation (delegation_id, key, name_zh, name_en)
      select id, 'COMMERCE', '商贸分团', 'Commerce' from delegation where key = 'GS'`);
    const areas = [
      ['FOOD_AGRI', null],
      ['CROP_SEEDS', 'CROP_SEEDS'],
      ['MEDICAL_HEALTH', null],
    ] as const;
    const exhibitors: { id: string; country: string; area: string; zone: string | null }[] = [];
    for (const [i, country] of ['DE', 'FR', 'NZ', 'DE'].entries()) {
      const [areaKey, zone] = areas[i % areas.length]!;
      const { rows: x } = await t.sql.query(
        `insert into exhibitor (expo_id, exhibition_area_id, name_en, country)
        select e.id, a.id, $1, $2 from expo e join exhibition_area a on a.expo_id = e.id where e.key = 'CIIE-5' and a.key = $3
        returning id`,
        [`Exporter ${i}`, country, areaKey],
      );
      exhibitors.push({ id: x[0].id, country, area: zone ? 'FOOD_AGRI' : areaKey, zone });
    }
    const statuses = ['INTENDED', 'SIGNED', 'EXECUTING', 'FULFILLED', 'CANCELLED'];
    let n = 0;
    for (const [delegation, subs] of [
      ['QH', ['COMMERCE', 'HEALTH', 'SCIENCE']],
      ['GS', ['COMMERCE']],
    ] as const) {
      for (const sub of subs) {
        for (const category of ['IMPORT_TRADE', 'MEDICAL_INSTITUTION']) {
          const p = await approvedPurchaser(t.sql, { delegation, subDelegation: sub, category });
          for (let k = 0; k < 4; k += 1) {
            n += 1;
            const x = exhibitors[n % exhibitors.length]!;
            const status = statuses[n % statuses.length]!;
            const signed =
              status === 'INTENDED' || status === 'CANCELLED'
                ? null
                : `2022-${n % 2 ? '10' : '11'}-0${1 + (n % 9)}`;
            const amount = money(BigInt(n * 1234567 + (n % 7) * 13));
            await t.sql.query(
              `insert into deal (delegation_id, expo_id, purchaser_id, exhibitor_id, goods, amount, currency, usd_rate, amount_usd, status, signed_on)
              values ($1, $2, $3, $4, 'goods', $5, 'USD', 1, $5, $6, $7)`,
              [p.delegation, p.expo, p.purchaser, x.id, amount, status, signed],
            );
            rows.push({
              sub,
              category,
              country: x.country,
              area: x.area,
              zone: x.zone,
              status,
              month: signed?.slice(0, 7) ?? null,
              day: signed,
              cents: cents(amount),
              delegation,
            });
          }
        }
      }
    }
  });

  function expected(rowsIn: Row[], key: (r: Row) => string) {
    const groups = new Map<string, { count: number; sum: bigint }>();
    for (const r of rowsIn) {
      const g = groups.get(key(r)) ?? { count: 0, sum: 0n };
      g.count += 1;
      g.sum += r.cents;
      groups.set(key(r), g);
    }
    return Object.fromEntries(
      [...groups].map(([k, g]) => [k, { count: g.count, sumUsd: money(g.sum) }]),
    );
  }

  const AGG = `query($g: [DealGroupBy!], $f: DealFilter) { dealAggregate(groupBy: $g, filter: $f) {
    subDelegation { key } exhibitionArea { key } zone { key } exhibitorCountry purchaserCategory status monthSigned daySigned
    delegation { key } inTotals count sumUsd avgUsd minUsd maxUsd } }`;

  // cancelled deals are no deals made: in no total, but a group of their own by STATUS
  const made = (r: Row) => r.status !== 'CANCELLED';

  it('groups by every dimension with exact sums, equal to sums computed here', async () => {
    const analyst = t.as('ANALYST', 'CIIE-5/QH');
    const all = rows.filter((r) => r.delegation === 'QH');
    const qh = all.filter(made);
    const cases: [string[], (r: Row) => string, (g: any) => string][] = [
      [['SUB_DELEGATION'], (r) => r.sub, (g) => g.subDelegation.key],
      [['EXHIBITION_AREA'], (r) => r.area, (g) => g.exhibitionArea.key],
      [['ZONE'], (r) => r.zone ?? '-', (g) => g.zone?.key ?? '-'],
      [['EXHIBITOR_COUNTRY'], (r) => r.country, (g) => g.exhibitorCountry],
      [['PURCHASER_CATEGORY'], (r) => r.category, (g) => g.purchaserCategory],
      [['STATUS'], (r) => r.status, (g) => g.status],
      [['MONTH_SIGNED'], (r) => r.month ?? '-', (g) => g.monthSigned ?? '-'],
      [['DAY_SIGNED'], (r) => r.day ?? '-', (g) => g.daySigned ?? '-'],
      [['DELEGATION'], (r) => r.delegation, (g) => g.delegation.key],
      [
        ['SUB_DELEGATION', 'STATUS'],
        (r) => `${r.sub}/${r.status}`,
        (g) => `${g.subDelegation.key}/${g.status}`,
      ],
    ];
    for (const [groupBy, key, gkey] of cases) {
      const { body } = await analyst(AGG, { g: groupBy });
      expect(body.errors, groupBy.join()).toBeUndefined();
      const got = Object.fromEntries(
        body.data.dealAggregate.map((g: any) => [gkey(g), { count: g.count, sumUsd: g.sumUsd }]),
      );
      expect(got, groupBy.join()).toEqual(expected(groupBy.includes('STATUS') ? all : qh, key));
      for (const g of body.data.dealAggregate)
        expect(g.inTotals, groupBy.join()).toBe(g.status !== 'CANCELLED');
    }
    // what the groups are of (sub-delegation, area, zone, delegation) comes in the totals' own
    // statement
    const labelled = await analyst(AGG, { g: ['SUB_DELEGATION', 'EXHIBITION_AREA', 'ZONE'] });
    expect(labelled.body.errors).toBeUndefined();
    expect(Number(labelled.headers.get('x-sql-statements'))).toBe(1);
    expect(labelled.body.data.dealAggregate.some((g: any) => g.zone !== null)).toBe(true);
    expect(labelled.body.data.dealAggregate.some((g: any) => g.zone === null)).toBe(true);
    const { body } = await analyst(AGG, { g: [] });
    const whole = body.data.dealAggregate[0];
    const total = qh.reduce((s, r) => s + r.cents, 0n);
    expect(whole).toMatchObject({
      count: qh.length,
      sumUsd: money(total),
      minUsd: money(qh.reduce((m, r) => (r.cents < m ? r.cents : m), qh[0]!.cents)),
    });
  });

  it('groups by the day of signing (in Shanghai), days adding up to the MONTH_SIGNED groups', async () => {
    const analyst = t.as('ANALYST', 'CIIE-5/QH');
    const byDay = (await analyst(AGG, { g: ['DAY_SIGNED'] })).body.data.dealAggregate;
    const byMonth = (await analyst(AGG, { g: ['MONTH_SIGNED'] })).body.data.dealAggregate;
    expect(byDay.filter((g: any) => g.daySigned !== null).length).toBeGreaterThan(byMonth.length);
    const months = new Map<string, { count: number; cents: bigint }>();
    for (const g of byDay) {
      expect(g.daySigned ?? '0000-00-00').toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const month = g.daySigned?.slice(0, 7) ?? null;
      const m = months.get(month) ?? { count: 0, cents: 0n };
      m.count += g.count;
      m.cents += cents(g.sumUsd);
      months.set(month, m);
    }
    expect(
      Object.fromEntries(
        [...months].map(([k, m]) => [k, { count: m.count, sumUsd: money(m.cents) }]),
      ),
    ).toEqual(
      Object.fromEntries(
        byMonth.map((g: any) => [g.monthSigned, { count: g.count, sumUsd: g.sumUsd }]),
      ),
    );
  });

  it('filters deals through relations: purchaser category and sub-delegation, exhibitor country, expo', async () => {
    const analyst = t.as('ANALYST', 'CIIE-5/QH');
    const sum = async (f: Record<string, unknown>) =>
      (await analyst(AGG, { g: [], f })).body.data.dealAggregate[0];
    const qh = rows.filter((r) => r.delegation === 'QH' && made(r));
    const check = async (f: Record<string, unknown>, keep: (r: Row) => boolean) =>
      expect(await sum(f), JSON.stringify(f)).toMatchObject({
        count: qh.filter(keep).length,
        sumUsd: money(qh.filter(keep).reduce((s, r) => s + r.cents, 0n)),
      });
    await check(
      { purchaser: { category: { eq: 'MEDICAL_INSTITUTION' } } },
      (r) => r.category === 'MEDICAL_INSTITUTION',
    );
    const health = (
      await t.sql.query(
        `select s.id from sub_delegation s join delegation d on d.id = s.delegation_id where d.key = 'QH' and s.key = 'HEALTH'`,
      )
    ).rows[0].id;
    await check(
      { purchaser: { subDelegation: { eq: toGlobalId('SubDelegation', health) } } },
      (r) => r.sub === 'HEALTH',
    );
    await check(
      { exhibitor: { country: { in: ['DE', 'NZ'] } } },
      (r) => r.country === 'DE' || r.country === 'NZ',
    );
    const expo = (await t.sql.query(`select id from expo where key = 'CIIE-5'`)).rows[0].id;
    await check(
      { expo: { eq: toGlobalId('Expo', expo) }, status: { ne: 'CANCELLED' } },
      (r) => r.status !== 'CANCELLED',
    );
    await check(
      { or: [{ amountUsd: { gte: '20000000' } }, { signedOn: { lt: '2022-11-01' } }] },
      (r) => r.cents >= 2_000_000_000n || (r.month !== null && r.month < '2022-11'),
    );
  });

  it('applies scope to aggregates: a lead counts its sub-delegation, nobody counts another delegation', async () => {
    const lead = await t.as('SUB_DELEGATION_LEAD', 'CIIE-5/QH/COMMERCE')(AGG, {
      g: ['DELEGATION', 'SUB_DELEGATION'],
    });
    expect(
      lead.body.data.dealAggregate.map((g: any) => [
        g.delegation.key,
        g.subDelegation.key,
        g.count,
      ]),
    ).toEqual([
      [
        'QH',
        'COMMERCE',
        rows.filter((r) => r.sub === 'COMMERCE' && r.delegation === 'QH' && made(r)).length,
      ],
    ]);
    const admin = await t.as('ADMIN')(AGG, { g: ['DELEGATION'] });
    expect(
      Object.fromEntries(
        admin.body.data.dealAggregate.map((g: any) => [g.delegation.key, g.count]),
      ),
    ).toEqual({
      QH: rows.filter((r) => r.delegation === 'QH' && made(r)).length,
      GS: rows.filter((r) => r.delegation === 'GS' && made(r)).length,
    });
    const unit = await t.as('MEMBER_UNIT', 'CIIE-5/QH/FEDERATION')(AGG, { g: [] });
    expect(unit.body.data.dealAggregate).toEqual([
      expect.objectContaining({ count: 0, sumUsd: '0.00' }),
    ]);
  });

  it('aggregates purchasers and matches too, scoped', async () => {
    const analyst = t.as('ANALYST', 'CIIE-5/QH');
    const { body, headers } = await analyst(
      `{ purchaserAggregate(groupBy: [SUB_DELEGATION, CATEGORY]) { subDelegation { key } leadUnit { id } category status count } }`,
    );
    expect(body.errors).toBeUndefined();
    // the sub-delegations in the counts' own statement; not grouped by lead unit, no lead unit
    expect(Number(headers.get('x-sql-statements'))).toBe(1);
    expect(body.data.purchaserAggregate.every((g: any) => g.leadUnit === null)).toBe(true);
    const counted = body.data.purchaserAggregate.filter((g: any) => g.category !== null);
    expect(counted.map((g: any) => [g.subDelegation.key, g.category, g.count]).sort()).toEqual(
      ['COMMERCE', 'HEALTH', 'SCIENCE']
        .flatMap((s) => [
          [s, 'IMPORT_TRADE', 1],
          [s, 'MEDICAL_INSTITUTION', 1],
        ])
        .sort(),
    );
    const matches = await analyst(
      `{ matchAggregate(groupBy: [STATUS]) { status count avgScore } }`,
    );
    expect(matches.body.errors).toBeUndefined();
    expect(matches.body.data.matchAggregate).toEqual([]);
  });
});
