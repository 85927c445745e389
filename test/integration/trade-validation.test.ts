import { beforeAll, describe, expect, it } from 'vitest';
import { fromGlobalId, toGlobalId } from '../../server/src/graphql/relay.js';
import { useTestServer } from '../helpers/server.js';
import {
  countOf,
  CSV_HEADER,
  csvOf,
  earlierEdition,
  failure,
  ok,
  seeded,
  tradeAttendee,
  tradePurchaser,
} from '../helpers/trade.js';

const IMPORT = `mutation($e: ID!, $csv: String!) { importExhibitors(expoId: $e, csv: $csv) { count } }`;
const UPDATE_EXHIBITOR = `mutation($i: UpdateExhibitorInput!) { updateExhibitor(input: $i) { id version nameEn booth country } }`;
const RECORD = `mutation($i: RecordDealInput!) { recordDeal(input: $i) { id status version amount amountUsd usdRate } }`;
const TOTALS = `query($d: ID!) { dealTotals(delegationId: $d) { bySubDelegation { subDelegation { key } count sumUsd } } }`;
const SIGN = `mutation($i: SignDealInput!) { signDeal(input: $i) { id status version } }`;
const FULFIL = `mutation($id: ID!, $v: Int!) { fulfilDeal(id: $id, version: $v) { id } }`;
const CANCEL = `mutation($id: ID!, $v: Int!) { cancelDeal(id: $id, version: $v) { id status version } }`;
const FOLLOW = `mutation($i: RecordDealFollowUpInput!) { recordDealFollowUp(input: $i) { id } }`;
const CREATE_NEED = `mutation($i: CreateProcurementNeedInput!) { createProcurementNeed(input: $i) { id version status } }`;
const UPDATE_NEED = `mutation($i: UpdateProcurementNeedInput!) { updateProcurementNeed(input: $i) { id version title budgetAmount budgetCurrency } }`;
const PUBLISH = `mutation($id: ID!, $v: Int!) { publishProcurementNeed(id: $id, version: $v) { id version status } }`;
const CLOSE = `mutation($i: CloseProcurementNeedInput!) { closeProcurementNeed(input: $i) { id version status closeReason } }`;
const PROPOSE = `mutation($i: ProposeMatchInput!) { proposeMatch(input: $i) { id version status } }`;
const ACCEPT = `mutation($id: ID!, $v: Int!) { acceptMatch(id: $id, version: $v) { id version status } }`;
const DECLINE = `mutation($i: DeclineMatchInput!) { declineMatch(input: $i) { id version status } }`;
const SCHEDULE = `mutation($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) { id version status match { status version } } }`;
const HELD = `mutation($id: ID!, $v: Int!) { markMeetingHeld(id: $id, version: $v) { id version status } }`;
const CANCEL_MEETING = `mutation($id: ID!, $v: Int!) { cancelMeeting(id: $id, version: $v) { id version status match { status } } }`;

/** A valid exhibitor row of the CSV. */
const row = (i: number, overrides: Record<string, string> = {}) => ({
  company: `Validation Exhibitor ${i}`,
  country: 'FR',
  area: 'CONSUMER_GOODS',
  products: 'cheese, wine',
  contact_email: `v${i}@example.fr`,
  ...overrides,
});

describe('trade input validation, state machines and optimistic locking', () => {
  const t = useTestServer();
  let ids: Awaited<ReturnType<typeof seeded>>;
  let buyer: Awaited<ReturnType<typeof tradePurchaser>>;
  let buyerAttendee: { id: string; gid: string };
  let exhibitors: string[];
  const bureau = () => t.as('EXPO_BUREAU', 'CIIE-5');
  const office = () => t.as('DELEGATION_OFFICE', 'CIIE-5/QH');

  beforeAll(async () => {
    ids = await seeded(t.sql);
    buyer = await tradePurchaser(t.sql, { key: 'VAL_BUYER', subDelegation: 'ECOLOGY' });
    buyerAttendee = await tradeAttendee(t.sql, buyer.id);
    const { rows } = await t.sql.query(
      `insert into exhibitor (expo_id, exhibition_area_id, name_en, country, products)
       select $1, a.id, 'Fixture ' || n, 'DE', 'water treatment' from exhibition_area a, generate_series(1, 3) n
       where a.expo_id = $1 and a.key = 'TECH_EQUIPMENT' order by n returning id`,
      [ids.expoId],
    );
    exhibitors = rows.map((r) => toGlobalId('Exhibitor', r.id));
  });

  /** Counts of every table an error must leave untouched. */
  const snapshot = async () =>
    Object.fromEntries(
      await Promise.all(
        [
          'exhibitor',
          'procurement_need',
          'exhibitor_match',
          'meeting',
          'deal',
          'deal_follow_up',
          'exchange_rate',
          'audit_event',
        ].map(async (table) => [table, await countOf(t.sql, table)]),
      ),
    );

  describe('CSV import', () => {
    it('imports nothing when one row is bad, naming its line and column', async () => {
      const before = await snapshot();
      const rows = Array.from({ length: 10 }, (_, i) => row(i + 1));
      rows[6] = row(7, { country: 'XX' });
      const error = failure(await bureau()(IMPORT, { e: ids.expo, csv: csvOf(rows) }));
      // the header is line 1: the 7th row is on line 8
      expect(error.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'csv',
        line: 8,
        column: 'country',
      });
      expect(error.message).toMatch(
        /line 8, column country: "XX" is not an ISO 3166-1 alpha-2 country code/,
      );
      expect(await snapshot()).toEqual(before);
    });

    it('refuses a file that was not UTF-8 (GBK from Excel, decoded as UTF-8), naming its line', async () => {
      const before = await snapshot();
      const utf8 = csvOf([row(1), row(2, { company_zh: '上海进出口公司' })]);
      // what a client that decodes the GBK bytes of that file as UTF-8 sends
      const gbk = new TextDecoder('utf-8').decode(
        Buffer.concat([
          Buffer.from(utf8.slice(0, utf8.indexOf('上海'))),
          Buffer.from([0xc9, 0xcf, 0xba, 0xa3]), // 上海 in GBK
          Buffer.from(utf8.slice(utf8.indexOf('上海') + 2)),
        ]),
      );
      const error = failure(await bureau()(IMPORT, { e: ids.expo, csv: gbk }));
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'csv', line: 3 });
      expect(error.message).toMatch(/not UTF-8 text/);
      expect(await snapshot()).toEqual(before);
    });

    it('counts lines as the file has them: quoted line breaks and blank lines', async () => {
      const rows = [
        row(1, { products: 'cheese,\nwine,\ncider' }),
        row(2),
        row(3, { area: 'NO_SUCH_AREA' }),
      ];
      const csv = csvOf(rows).replace(
        '\r\nValidation Exhibitor 2',
        '\r\n\r\nValidation Exhibitor 2',
      );
      const error = failure(await bureau()(IMPORT, { e: ids.expo, csv }));
      // header 1; row 1 on lines 2-4; a blank line 5; row 2 on line 6; row 3 on line 7
      expect(error.extensions).toMatchObject({ field: 'csv', line: 7, column: 'area' });
      expect(error.message).toMatch(/NO_SUCH_AREA.*is not an exhibition area or zone of this expo/);
    });

    it.each([
      ['a bad email', row(2, { contact_email: 'not-an-email' }), 3, 'contact_email'],
      ['a missing company', row(2, { company: '  ' }), 3, 'company'],
      ['a duplicate company', row(1), 3, 'company'],
      ['a booth too long', row(2, { booth: 'x'.repeat(41) }), 3, 'booth'],
    ])('refuses %s', async (_what, bad, line, column) => {
      const error = failure(await bureau()(IMPORT, { e: ids.expo, csv: csvOf([row(1), bad]) }));
      expect(error.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'csv',
        line,
        column,
      });
    });

    it('refuses a file without a required column, a stray column and a broken quote', async () => {
      const noArea = failure(
        await bureau()(IMPORT, { e: ids.expo, csv: csvOf([row(1)], ['company', 'country']) }),
      );
      expect(noArea.extensions).toMatchObject({ field: 'csv', line: 1, column: 'area' });
      const stray = failure(
        await bureau()(IMPORT, { e: ids.expo, csv: csvOf([row(1)], [...CSV_HEADER, 'fax']) }),
      );
      expect(stray.extensions).toMatchObject({ field: 'csv', line: 1, column: 'fax' });
      const quote = failure(
        await bureau()(IMPORT, { e: ids.expo, csv: 'company,country,area\nA,"FR"x,SERVICES\n' }),
      );
      expect(quote.extensions).toMatchObject({ field: 'csv', line: 2, column: 'country' });
      const short = failure(
        await bureau()(IMPORT, { e: ids.expo, csv: 'company,country,area\nA,FR,SERVICES\nB,FR\n' }),
      );
      expect(short.extensions).toMatchObject({ field: 'csv', line: 3 });
    });

    it('refuses a company the expo has already, and then imports a good file whole', async () => {
      const existing = failure(
        await bureau()(IMPORT, {
          e: ids.expo,
          csv: csvOf([row(20), { ...row(21), company: 'Fixture 2' }]),
        }),
      );
      expect(existing.extensions).toMatchObject({ field: 'csv', line: 3, column: 'company' });
      const before = await countOf(t.sql, 'exhibitor');
      const imported = ok(
        await bureau()(IMPORT, { e: ids.expo, csv: csvOf([row(20), row(21)]) }),
      ).importExhibitors;
      expect(imported.count).toBe(2);
      expect(await countOf(t.sql, 'exhibitor')).toBe(before + 2);
    });
  });

  describe('money is exact', () => {
    it('stores and sums 0.1 + 0.2 as 0.30, never a float', async () => {
      expect(0.1 + 0.2).not.toBe(0.3);
      const buyerOf = await tradePurchaser(t.sql, { key: 'VAL_CENTS', subDelegation: 'SCIENCE' });
      const tenth = ok(
        await office()(RECORD, {
          i: { purchaserId: buyerOf.gid, goods: 'sample', amount: '0.1', currency: 'USD' },
        }),
      ).recordDeal;
      const fifth = ok(
        await office()(RECORD, {
          i: { purchaserId: buyerOf.gid, goods: 'sample', amount: '0.2', currency: 'USD' },
        }),
      ).recordDeal;
      expect([tenth.amount, tenth.amountUsd, fifth.amount, fifth.amountUsd]).toEqual([
        '0.10',
        '0.10',
        '0.20',
        '0.20',
      ]);
      const totals = ok(await office()(TOTALS, { d: ids.delegation })).dealTotals;
      expect(totals.bySubDelegation.find((s: any) => s.subDelegation.key === 'SCIENCE')).toEqual({
        subDelegation: { key: 'SCIENCE' },
        count: 2,
        sumUsd: '0.30',
      });
      const stored = await t.sql.query(
        `select sum(amount)::text as sum from deal where purchaser_id = $1`,
        [buyerOf.id],
      );
      expect(stored.rows[0].sum).toBe('0.30');
      // a USD amount is rounded half away from zero, to the cent: 0.10 EUR at 1.15 is 0.115 USD
      const eur = ok(
        await office()(RECORD, {
          i: {
            purchaserId: buyerOf.gid,
            goods: 'sample',
            amount: '0.10',
            currency: 'EUR',
            usdRate: '1.15',
          },
        }),
      ).recordDeal;
      expect(eur.amountUsd).toBe('0.12');
    });

    it('refuses a float, a third decimal and an unknown currency, writing nothing', async () => {
      const before = await snapshot();
      const float = failure(
        await office()(RECORD, {
          i: { purchaserId: buyer.gid, goods: 'x', amount: 0.1, currency: 'USD' },
        }),
      );
      // refused while the variables are read, before anything runs (the code it carries is the
      // query-limits plugin's to set: it reads variables before Apollo validates them)
      expect(float.message).toMatch(/Decimal values with fractions must be sent as strings/);
      const cents = failure(
        await office()(RECORD, {
          i: { purchaserId: buyer.gid, goods: 'x', amount: '0.123', currency: 'USD' },
        }),
      );
      expect(cents.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.amount' });
      const unknown = failure(
        await office()(RECORD, {
          // a currency the expo's rate table has not (the seed's has JPY, EUR, ...)
          i: { purchaserId: buyer.gid, goods: 'x', amount: '100', currency: 'KWD' },
        }),
      );
      expect(unknown.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.currency' });
      const inconsistent = failure(
        await office()(RECORD, {
          i: {
            purchaserId: buyer.gid,
            goods: 'x',
            amount: '100',
            currency: 'JPY',
            usdRate: '0.0068',
            amountUsd: '0.69',
          },
        }),
      );
      expect(inconsistent.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.amountUsd',
      });
      expect(inconsistent.message).toMatch(/0\.68/);
      const negative = failure(
        await office()(RECORD, {
          i: { purchaserId: buyer.gid, goods: 'x', amount: '-5', currency: 'USD' },
        }),
      );
      expect(negative.extensions).toMatchObject({ field: 'input.amount' });
      const rate = failure(
        await bureau()(
          `mutation { setExchangeRate(expoId: "${ids.expo}", currency: "EURO", usdRate: "1.1") { id } }`,
        ),
      );
      expect(rate.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currency' });
      expect(await snapshot()).toEqual(before);
    });

    it('changes a rate for new deals only; a deal keeps the rate it was recorded at', async () => {
      const RATE = `mutation($r: Decimal!) { setExchangeRate(expoId: "${ids.expo}", currency: "GBP", usdRate: $r) { currency usdRate } }`;
      ok(await bureau()(RATE, { r: '1.2' }));
      const first = ok(
        await office()(RECORD, {
          i: { purchaserId: buyer.gid, goods: 'x', amount: '1000', currency: 'GBP' },
        }),
      ).recordDeal;
      expect(ok(await bureau()(RATE, { r: '1.25' })).setExchangeRate).toEqual({
        currency: 'GBP',
        usdRate: '1.2500000000',
      });
      const second = ok(
        await office()(RECORD, {
          i: { purchaserId: buyer.gid, goods: 'x', amount: '1000', currency: 'GBP' },
        }),
      ).recordDeal;
      expect([first.amountUsd, second.amountUsd]).toEqual(['1200.00', '1250.00']);
      const reread = ok(
        await office()(`query($id: ID!) { deal(id: $id) { usdRate amountUsd } }`, { id: first.id }),
      ).deal;
      expect(reread).toEqual({ usdRate: '1.2000000000', amountUsd: '1200.00' });
    });
  });

  describe('state machines', () => {
    it('moves a deal only along INTENDED → SIGNED → EXECUTING → FULFILLED, naming the current state', async () => {
      const deal = ok(
        await office()(RECORD, {
          i: { purchaserId: buyer.gid, goods: 'pumps', amount: '10', currency: 'USD' },
        }),
      ).recordDeal;
      const before = await snapshot();
      const early = failure(await office()(FULFIL, { id: deal.id, v: deal.version }));
      expect(early.extensions).toMatchObject({
        code: 'INVALID_TRANSITION',
        currentState: 'INTENDED',
      });
      expect(early.message).toBe('Cannot fulfil a deal that is INTENDED');
      expect(await snapshot()).toEqual(before);
      const signed = ok(
        await office()(SIGN, { i: { id: deal.id, version: deal.version, signedOn: '2022-11-07' } }),
      ).signDeal;
      const twice = failure(
        await office()(SIGN, {
          i: { id: deal.id, version: signed.version, signedOn: '2022-11-07' },
        }),
      );
      expect(twice.message).toBe('Cannot sign a deal that is SIGNED');
      expect(twice.extensions).toMatchObject({
        code: 'INVALID_TRANSITION',
        currentState: 'SIGNED',
      });
      const cancelled = ok(await office()(CANCEL, { id: deal.id, v: signed.version })).cancelDeal;
      expect(cancelled.status).toBe('CANCELLED');
      const again = failure(await office()(CANCEL, { id: deal.id, v: cancelled.version }));
      expect(again.message).toBe('Cannot cancel a deal that is CANCELLED');
      const follow = failure(
        await office()(FOLLOW, {
          i: {
            dealId: deal.id,
            version: cancelled.version,
            followedOn: '2022-12-01',
            note: 'Called the buyer',
          },
        }),
      );
      expect(follow.extensions).toMatchObject({
        code: 'INVALID_TRANSITION',
        currentState: 'CANCELLED',
      });
      const future = failure(
        await office()(SIGN, {
          i: {
            id: ok(
              await office()(RECORD, {
                i: { purchaserId: buyer.gid, goods: 'x', amount: '1', currency: 'USD' },
              }),
            ).recordDeal.id,
            version: 1,
            signedOn: '2999-01-01',
          },
        }),
      );
      expect(future.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.signedOn' });
    });

    it('moves needs DRAFT → PUBLISHED → CLOSED and matches only from the states the domain allows', async () => {
      const need = ok(
        await office()(CREATE_NEED, {
          i: {
            purchaserId: buyer.gid,
            title: 'Water treatment plant',
            exhibitionAreaId: ids.area.TECH_EQUIPMENT,
          },
        }),
      ).createProcurementNeed;
      const unpublished = failure(
        await office()(PROPOSE, { i: { needId: need.id, exhibitorId: exhibitors[0] } }),
      );
      expect(unpublished).toMatchObject({
        message: 'Cannot propose a match for a need that is DRAFT',
        extensions: { code: 'INVALID_TRANSITION', currentState: 'DRAFT' },
      });
      const fulfilled = failure(
        await office()(CLOSE, { i: { id: need.id, version: need.version, reason: 'FULFILLED' } }),
      );
      expect(fulfilled.extensions).toMatchObject({
        code: 'INVALID_TRANSITION',
        currentState: 'DRAFT',
      });
      const published = ok(
        await office()(PUBLISH, { id: need.id, v: need.version }),
      ).publishProcurementNeed;
      expect(failure(await office()(PUBLISH, { id: need.id, v: published.version })).message).toBe(
        'Cannot publish a need that is PUBLISHED',
      );
      const match = ok(
        await office()(PROPOSE, { i: { needId: need.id, exhibitorId: exhibitors[0] } }),
      ).proposeMatch;
      const duplicate = failure(
        await office()(PROPOSE, { i: { needId: need.id, exhibitorId: exhibitors[0] } }),
      );
      expect(duplicate.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.exhibitorId' });
      const slot = {
        attendeeIds: [buyerAttendee.gid],
        phase: 'ON_SITE',
        mode: 'OFFLINE',
        startsAt: '2022-11-07T02:00:00Z',
        endsAt: '2022-11-07T03:00:00Z',
        place: 'Hall 1',
      };
      const tooEarly = failure(await office()(SCHEDULE, { i: { matchId: match.id, ...slot } }));
      expect(tooEarly).toMatchObject({
        message: 'Cannot schedule a meeting for a match that is PROPOSED',
        extensions: { code: 'INVALID_TRANSITION', currentState: 'PROPOSED' },
      });
      // the office accepted for the purchaser's side by proposing; ADMIN accepts for the
      // exhibitor's side, the one awaited
      expect(
        failure(await office()(ACCEPT, { id: match.id, v: match.version })).extensions,
      ).toMatchObject({
        code: 'INVALID_TRANSITION',
        currentState: 'PROPOSED',
        awaiting: 'EXHIBITOR_SIDE',
      });
      const accepted = ok(
        await t.as('ADMIN')(ACCEPT, { id: match.id, v: match.version }),
      ).acceptMatch;
      expect(accepted.status).toBe('ACCEPTED');
      expect(
        failure(await office()(ACCEPT, { id: match.id, v: accepted.version })).extensions,
      ).toMatchObject({ code: 'INVALID_TRANSITION', currentState: 'ACCEPTED' });
      // meetings: online needs a link, on site is during the expo, pre-show before it
      expect(
        failure(
          await office()(SCHEDULE, {
            i: { matchId: match.id, ...slot, mode: 'ONLINE', place: null },
          }),
        ).extensions,
      ).toMatchObject({ field: 'input.link' });
      expect(
        failure(
          await office()(SCHEDULE, {
            i: {
              matchId: match.id,
              ...slot,
              startsAt: '2022-12-01T02:00:00Z',
              endsAt: '2022-12-01T03:00:00Z',
            },
          }),
        ).extensions,
      ).toMatchObject({ field: 'input.startsAt' });
      expect(
        failure(await office()(SCHEDULE, { i: { matchId: match.id, ...slot, phase: 'PRE_SHOW' } }))
          .extensions,
      ).toMatchObject({ field: 'input.startsAt' });
      expect(
        failure(
          await office()(SCHEDULE, { i: { matchId: match.id, ...slot, endsAt: slot.startsAt } }),
        ).extensions,
      ).toMatchObject({ field: 'input.endsAt' });
      const meeting = ok(
        await office()(SCHEDULE, { i: { matchId: match.id, ...slot } }),
      ).scheduleMeeting;
      const cancelled = ok(
        await office()(CANCEL_MEETING, { id: meeting.id, v: meeting.version }),
      ).cancelMeeting;
      expect(cancelled).toMatchObject({ status: 'CANCELLED', match: { status: 'ACCEPTED' } });
      expect(failure(await office()(HELD, { id: meeting.id, v: cancelled.version })).message).toBe(
        'Cannot mark as held a meeting that is CANCELLED',
      );
      // the cancelled slot is free again
      const rebooked = ok(
        await office()(SCHEDULE, { i: { matchId: match.id, ...slot } }),
      ).scheduleMeeting;
      const declined = ok(
        await office()(DECLINE, {
          i: { id: match.id, version: rebooked.match.version, reason: 'Price too high' },
        }),
      ).declineMatch;
      expect(declined.status).toBe('DECLINED');
      const meetingNow = await t.sql.query(
        `select status from meeting where id = (select id from meeting order by created_at desc limit 1)`,
      );
      expect(meetingNow.rows[0].status).toBe('CANCELLED');
      expect(rebooked.status).toBe('PROPOSED');
      expect(
        failure(await office()(ACCEPT, { id: match.id, v: declined.version })).extensions,
      ).toMatchObject({ code: 'INVALID_TRANSITION', currentState: 'DECLINED' });
      const closed = ok(
        await office()(CLOSE, {
          i: { id: need.id, version: published.version, reason: 'CANCELLED' },
        }),
      ).closeProcurementNeed;
      expect(closed).toMatchObject({ status: 'CLOSED', closeReason: 'CANCELLED' });
      expect(
        failure(
          await office()(UPDATE_NEED, {
            i: { id: need.id, version: closed.version, title: 'Again' },
          }),
        ).extensions,
      ).toMatchObject({ code: 'INVALID_TRANSITION', currentState: 'CLOSED' });
    });

    it('refuses a deal of an earlier edition already carried out', async () => {
      const earlier = await earlierEdition(t, 'VAL_BUYER', 'Fixture 1');
      await t.sql.query(`update deal set status = 'FULFILLED' where id = $1`, [earlier.dealId]);
      const error = failure(
        await office()(FOLLOW, {
          i: { dealId: earlier.deal, version: 1, followedOn: '2022-11-01', note: 'Checked' },
        }),
      );
      expect(error).toMatchObject({
        message: 'Cannot follow up a deal that is FULFILLED',
        extensions: { code: 'INVALID_TRANSITION', currentState: 'FULFILLED' },
      });
    });
  });

  describe('optimistic locking', () => {
    it('refuses a stale version with CONFLICT and writes nothing', async () => {
      const need = ok(
        await office()(CREATE_NEED, { i: { purchaserId: buyer.gid, title: 'Filters' } }),
      ).createProcurementNeed;
      const updated = ok(
        await office()(UPDATE_NEED, {
          i: {
            id: need.id,
            version: need.version,
            title: 'Membrane filters',
            budgetAmount: '1000.5',
            budgetCurrency: 'usd',
          },
        }),
      ).updateProcurementNeed;
      expect(updated).toMatchObject({
        version: 2,
        title: 'Membrane filters',
        budgetAmount: '1000.50',
        budgetCurrency: 'USD',
      });
      let before = await snapshot();
      const stale = failure(await office()(PUBLISH, { id: need.id, v: need.version }));
      expect(stale.extensions).toMatchObject({
        code: 'CONFLICT',
        field: 'version',
        currentVersion: 2,
      });
      expect(await snapshot()).toEqual(before);
      const status = await t.sql.query(
        `select status, version from procurement_need where title = 'Membrane filters'`,
      );
      expect(status.rows[0]).toEqual({ status: 'DRAFT', version: 2 });

      const deal = ok(
        await office()(RECORD, {
          i: { purchaserId: buyer.gid, goods: 'filters', amount: '10', currency: 'USD' },
        }),
      ).recordDeal;
      ok(
        await office()(SIGN, { i: { id: deal.id, version: deal.version, signedOn: '2022-11-07' } }),
      );
      before = await snapshot();
      expect(
        failure(await office()(CANCEL, { id: deal.id, v: deal.version })).extensions,
      ).toMatchObject({ code: 'CONFLICT' });
      expect(
        failure(
          await office()(FOLLOW, {
            i: { dealId: deal.id, version: deal.version, followedOn: '2022-11-08', note: 'x' },
          }),
        ).extensions,
      ).toMatchObject({ code: 'CONFLICT' });
      expect(await snapshot()).toEqual(before);

      const exhibitor = ok(
        await bureau()(UPDATE_EXHIBITOR, {
          i: { id: exhibitors[2], version: 1, booth: '5.1-B20', country: 'at' },
        }),
      ).updateExhibitor;
      expect(exhibitor).toMatchObject({ version: 2, booth: '5.1-B20', country: 'AT' });
      expect(
        failure(
          await bureau()(UPDATE_EXHIBITOR, {
            i: { id: exhibitors[2], version: 1, booth: '5.1-B21' },
          }),
        ).extensions,
      ).toMatchObject({ code: 'CONFLICT' });
      expect(
        failure(
          await bureau()(UPDATE_EXHIBITOR, {
            i: { id: exhibitors[2], version: 2, nameEn: 'Fixture 1' },
          }),
        ).extensions,
      ).toMatchObject({ code: 'CONFLICT', field: 'input.nameEn' });
    });

    it('lets one of two concurrent decisions on the same version win', async () => {
      const deal = ok(
        await office()(RECORD, {
          i: { purchaserId: buyer.gid, goods: 'valves', amount: '10', currency: 'USD' },
        }),
      ).recordDeal;
      const results = await Promise.all([
        office()(SIGN, { i: { id: deal.id, version: deal.version, signedOn: '2022-11-07' } }),
        t.as('SUB_DELEGATION_LEAD', 'CIIE-5/QH/ECOLOGY')(CANCEL, { id: deal.id, v: deal.version }),
      ]);
      const errors = results.filter((r) => r.body.errors);
      expect(errors).toHaveLength(1);
      expect(errors[0]!.body.errors![0].extensions.code).toBe('CONFLICT');
      const row = await t.sql.query(`select version from deal where id = $1`, [
        fromGlobalId(deal.id, 'Deal')!.id,
      ]);
      expect(row.rows[0].version).toBe(2);
    });
  });

  describe('input checks', () => {
    it('names the field at fault', async () => {
      const before = await snapshot();
      // an ID that names no area, or no purchaser, is NOT_FOUND (with its field) like any other
      const cases: [Record<string, unknown>, string, string?][] = [
        [{ purchaserId: buyer.gid, title: ' ' }, 'input.title'],
        [{ purchaserId: buyer.gid, title: 'x', budgetAmount: '10' }, 'input.budgetCurrency'],
        [
          { purchaserId: buyer.gid, title: 'x', preferredCountries: ['DE', 'ZZ'] },
          'input.preferredCountries',
        ],
        [{ purchaserId: buyer.gid, title: 'x', quantity: '0' }, 'input.quantity'],
        [
          {
            purchaserId: buyer.gid,
            title: 'x',
            exhibitionAreaId: toGlobalId('ExhibitionArea', '00000000-0000-4000-8000-000000000000'),
          },
          'input.exhibitionAreaId',
          'NOT_FOUND',
        ],
        [{ purchaserId: ids.delegation, title: 'x' }, 'input.purchaserId', 'NOT_FOUND'],
      ];
      for (const [input, field, code = 'BAD_USER_INPUT'] of cases) {
        const error = failure(await office()(CREATE_NEED, { i: input }));
        expect(error.extensions, JSON.stringify(input)).toMatchObject({ code, field });
      }
      expect(await snapshot()).toEqual(before);
    });
  });
});
