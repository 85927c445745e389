import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { Migration20261206000006DealUsdRate } from '../../server/src/db/migrations/Migration20261206000006_deal_usd_rate.js';
import { fromGlobalId, toGlobalId } from '../../server/src/graphql/relay.js';
import { approvedPurchaser } from '../helpers/fixtures.js';
import { useTestServer } from '../helpers/server.js';
import { countOf, failure, ok } from '../helpers/trade.js';

/**
 * Deal.amountUsd is documented as amount × usdRate rounded to the cent (half away from zero).
 * Every way a deal's USD amount is set (a rate given, a USD amount agreed, the expo's rate) is
 * tried across currencies and every magnitude the API takes, and what is answered, read back and
 * stored must keep that relation exactly; so must the deals stored before, once migrated.
 */

const RECORD = `mutation($i: RecordDealInput!) { recordDeal(input: $i) { id amount currency usdRate amountUsd } }`;
const DEAL = `query($id: ID!) { deal(id: $id) { id amount currency usdRate amountUsd } }`;
const SET_RATE = `mutation($e: ID!, $c: String!, $r: Decimal!) { setExchangeRate(expoId: $e, currency: $c, usdRate: $r) { usdRate } }`;

/** The test's own arithmetic: wide enough to be exact for every product here. */
const Exact = Decimal.clone({ precision: 100 });
const usdOf = (amount: string, rate: string) =>
  new Exact(amount).times(rate).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);

const CURRENCIES = ['JPY', 'EUR', 'CNY', 'GBP', 'KWD', 'IDR', 'CHF', 'KRW'];

/** A positive count of units of 10^-scale with 1 to `digits` digits, spread over magnitudes. */
const units = (digits: number) =>
  fc
    .integer({ min: 1, max: digits })
    .chain((d) =>
      fc.bigInt({ min: d === 1 ? 1n : 10n ** BigInt(d - 1), max: 10n ** BigInt(d) - 1n }),
    );
const decimalText = (count: bigint, scale: number) =>
  new Exact(count.toString()).div(10 ** scale).toFixed();

/** Amounts and USD amounts: numeric(20, 2), positive, so 0.01 to 999,999,999,999,999,999.99. */
const money = units(20).map((c) => decimalText(c, 2));
/** A deal's rate: under 10^10, up to 20 places; an expo's rate: up to 10 places. */
const dealRate = units(30).map((c) => decimalText(c, 20));
const expoRate = units(20).map((c) => decimalText(c, 10));

const fits = (amount: string, rate: string) => usdOf(amount, rate).lt('1e18');

/** Whether a rate of `places` decimal places gives `usd` for `amount`. */
function someRateOfPlaces(amount: string, usd: string, places: number): boolean {
  const quotient = new Exact(usd).div(amount);
  // the rates giving usd form an interval around the quotient: if one has `places` places, the
  // multiple of 10^-places just below or just above the quotient is one
  return [Decimal.ROUND_DOWN, Decimal.ROUND_UP].some((rounding) => {
    const rate = quotient.toDecimalPlaces(places, rounding);
    return rate.gt(0) && usdOf(amount, rate.toFixed()).eq(usd);
  });
}

describe("a deal's amountUsd is amount × usdRate rounded to the cent, for every deal", () => {
  const t = useTestServer();
  const office = () => t.as('DELEGATION_OFFICE', 'CIIE-5/QH');
  let purchaser: string;
  let expo: string;

  beforeAll(async () => {
    const p = await approvedPurchaser(t.sql, { subDelegation: 'COMMERCE' });
    purchaser = toGlobalId('Purchaser', p.purchaser);
    expo = toGlobalId('Expo', p.expo);
  });

  /** Records a deal, checks the relation on the answer, on a read and in the row; the deal. */
  async function recordAndCheck(input: Record<string, string>) {
    const recorded = ok(
      await office()(RECORD, { i: { purchaserId: purchaser, goods: 'wool', ...input } }),
    ).recordDeal;
    expect(recorded.amount).toBe(new Exact(input.amount!).toFixed(2));
    expect(recorded.currency).toBe(input.currency);
    // exact, not approximately: the stored USD is the amount at the stored rate
    expect(recorded.amountUsd).toBe(usdOf(recorded.amount, recorded.usdRate).toFixed(2));
    expect(new Exact(recorded.usdRate).gt(0)).toBe(true);
    expect(new Exact(recorded.usdRate).lt('1e10')).toBe(true);
    expect(recorded.usdRate).toMatch(/^\d+\.\d{10,20}$/);
    expect(ok(await office()(DEAL, { id: recorded.id })).deal).toEqual(recorded);
    const { rows } = await t.sql.query(
      `select amount::text, usd_rate::text as "usdRate", amount_usd::text as "amountUsd",
         round(amount * usd_rate, 2)::text as "inSql"
       from deal where id = $1`,
      [fromGlobalId(recorded.id, 'Deal')!.id],
    );
    expect(rows[0]).toEqual({
      amount: recorded.amount,
      usdRate: recorded.usdRate,
      amountUsd: recorded.amountUsd,
      inSql: recorded.amountUsd,
    });
    return recorded as { id: string; amount: string; usdRate: string; amountUsd: string };
  }

  /** The shortest rate: none with fewer decimal places gives the same USD amount. */
  function expectShortest(deal: { amount: string; usdRate: string; amountUsd: string }) {
    const places = new Exact(deal.usdRate).decimalPlaces();
    if (places > 0) expect(someRateOfPlaces(deal.amount, deal.amountUsd, places - 1)).toBe(false);
  }

  it('stores a USD amount as agreed with the shortest rate that gives it exactly', async () => {
    // [amount, currency, amountUsd]: the reported case, the extremes of the API, many-digit rates
    const examples: [string, string, string][] = [
      ['99999999999.99', 'JPY', '671234567.89'],
      ['99999999999.99', 'JPY', '680000000.00'],
      ['999999999999999999.99', 'IDR', '0.01'],
      ['999999999999999999.99', 'EUR', '999999999999999999.99'],
      ['999999999999999999.99', 'JPY', '123456789012345678.91'],
      ['12345678901234567.89', 'CNY', '98765432109876543.21'],
      ['0.01', 'KWD', '3.26'],
      ['0.01', 'EUR', '99999999.99'],
      ['0.03', 'EUR', '0.01'],
      ['3.00', 'EUR', '1.00'],
      ['921000.00', 'EUR', '1000000.00'],
      ['1000000.00', 'EUR', '1085600.00'],
    ];
    const agreed = fc
      .tuple(money, fc.constantFrom(...CURRENCIES), money)
      .filter(([amount, , usd]) => new Exact(usd).div(amount).lt('1e10'));
    await fc.assert(
      fc.asyncProperty(agreed, async ([amount, currency, amountUsd]) => {
        const deal = await recordAndCheck({ amount, currency, amountUsd });
        expect(deal.amountUsd).toBe(new Exact(amountUsd).toFixed(2));
        expectShortest(deal);
      }),
      { numRuns: 80, seed: 20221105, examples: examples.map((example) => [example]) },
    );
    // the reported deal: 0.0067123457, the quotient cut to 10 places, gave 2.11 USD more
    const reported = await recordAndCheck({
      amount: '99999999999.99',
      currency: 'JPY',
      amountUsd: '671234567.89',
    });
    expect(reported.usdRate).toBe('0.0067123456789');
    // a rate that was all along short stays as it is shown for rates given
    const round = await recordAndCheck({
      amount: '1000000.00',
      currency: 'EUR',
      amountUsd: '1085600.00',
    });
    expect(round.usdRate).toBe('1.0856000000');
  });

  it('keeps the relation for a rate given and for the expo rate, at every magnitude', async () => {
    const given = fc
      .tuple(money, fc.constantFrom(...CURRENCIES), dealRate)
      .filter(([amount, , rate]) => fits(amount, rate));
    await fc.assert(
      fc.asyncProperty(given, async ([amount, currency, usdRate]) => {
        const deal = await recordAndCheck({ amount, currency, usdRate });
        expect(new Exact(deal.usdRate).eq(usdRate)).toBe(true);
      }),
      { numRuns: 40, seed: 20221106 },
    );
    const table = fc
      .tuple(money, fc.constantFrom(...CURRENCIES), expoRate)
      .filter(([amount, , rate]) => fits(amount, rate));
    await fc.assert(
      fc.asyncProperty(table, async ([amount, currency, rate]) => {
        ok(await t.as('EXPO_BUREAU', 'CIIE-5')(SET_RATE, { e: expo, c: currency, r: rate }));
        const deal = await recordAndCheck({ amount, currency });
        expect(deal.usdRate).toBe(new Exact(rate).toFixed(10));
      }),
      { numRuns: 40, seed: 20221107 },
    );
  });

  it('refuses an agreed USD amount no rate under 10^10 gives, naming amountUsd, writing nothing', async () => {
    const before = await countOf(t.sql, 'deal');
    const refused = failure(
      await office()(RECORD, {
        i: {
          purchaserId: purchaser,
          goods: 'wool',
          amount: '0.01',
          currency: 'EUR',
          amountUsd: '100000000.00',
        },
      }),
    );
    expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.amountUsd' });
    expect(refused.message).toMatch(/implies a rate of 10000000000 USD per unit/);
    expect(await countOf(t.sql, 'deal')).toBe(before);
  });

  it('gives the deals stored before the shortest rate that gives their USD amount, audited', async () => {
    const p = await approvedPurchaser(t.sql, { subDelegation: 'SCIENCE' });
    const migration = new Migration20261206000006DealUsdRate(null as never, null as never);
    const client = await t.sql.connect();
    try {
      await client.query('begin');
      await migration.down();
      for (const sql of migration.getQueries()) await client.query(sql as string);
      // [amount, usd_rate, amount_usd, consistent] as stored before: agreed USD amounts with the
      // quotient cut to 10 places (right for smaller amounts), rates given, one written by hand
      const stored: [string, string, string, boolean][] = [
        ['99999999999.99', '0.0067123457', '671234567.89', false],
        ['99999999999999999.99', '0.0000000123', '1234567890.12', false],
        ['987654321098765432.10', '0.1234567890', '121932631137021795.22', false],
        ['921000.00', '1.0857763301', '1000000.00', true],
        ['1234.50', '1.0800000000', '1333.26', true],
        ['100.00', '1.0000000000', '100.00', true],
        ['100.00', '1.0000000000', '100.01', false],
      ];
      const ids: string[] = [];
      for (const [amount, rate, usd, consistent] of stored) {
        expect(usdOf(amount, rate).eq(usd)).toBe(consistent);
        const { rows } = await client.query(
          `insert into deal (delegation_id, expo_id, purchaser_id, goods, amount, currency, usd_rate, amount_usd)
           values ($1, $2, $3, 'wool', $4, 'JPY', $5, $6) returning id`,
          [p.delegation, p.expo, p.purchaser, amount, rate, usd],
        );
        ids.push(rows[0].id);
      }

      migration.reset();
      await migration.up();
      for (const sql of migration.getQueries()) await client.query(sql as string);
      const { rows } = await client.query(
        `select id, amount::text, usd_rate::text as "usdRate", amount_usd::text as "amountUsd"
         from deal where id = any($1::uuid[])`,
        [ids],
      );
      const byId = new Map(rows.map((row) => [row.id, row]));
      for (const [i, id] of ids.entries()) {
        const row = byId.get(id)!;
        const [, rate, usd, consistent] = stored[i]!;
        expect(row.amountUsd).toBe(usd);
        expect(usdOf(row.amount, row.usdRate).toFixed(2)).toBe(usd);
        if (consistent) expect(row.usdRate).toBe(rate);
        else expectShortest(row);
      }
      expect(byId.get(ids[0])!.usdRate).toBe('0.0067123456789');
      expect(byId.get(ids[6])!.usdRate).toBe('1.0001000000');
      const audit = await client.query(
        `select entity_id as id, before->>'usdRate' as "before", after->>'usdRate' as "after"
         from audit_event where action = 'deal.usd_rate.correct' and entity_id = any($1::uuid[])
         order by entity_id`,
        [ids],
      );
      expect(audit.rows).toEqual(
        ids
          .filter((_, i) => !stored[i]![3])
          .sort()
          .map((id) => ({
            id,
            before: stored[ids.indexOf(id)]![1],
            after: byId.get(id)!.usdRate,
          })),
      );

      // a deal no rate can make right stops the migration, naming it
      migration.reset();
      await migration.down();
      for (const sql of migration.getQueries()) await client.query(sql as string);
      const zero = await client.query(
        `insert into deal (delegation_id, expo_id, purchaser_id, goods, amount, currency, usd_rate, amount_usd)
         values ($1, $2, $3, 'wool', 0, 'EUR', 1, 5) returning id`,
        [p.delegation, p.expo, p.purchaser],
      );
      migration.reset();
      await migration.up();
      let error: Error | undefined;
      try {
        for (const sql of migration.getQueries()) await client.query(sql as string);
      } catch (caught) {
        error = caught as Error;
      }
      expect(error?.message).toBe(
        `Deals whose USD amount no rate under 10^10 gives for their amount: ${zero.rows[0].id}`,
      );
    } finally {
      await client.query('rollback');
      client.release();
    }
  });
});
