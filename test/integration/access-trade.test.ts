import { beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../server/src/graphql/relay.js';
import { useTestServer, type GqlResult } from '../helpers/server.js';
import { earlierEdition, ok, seeded, tradeAttendee, tradePurchaser } from '../helpers/trade.js';

/** Every kind of viewer, in the seeded Qinghai delegation (QH) unless named otherwise. */
const WHO = {
  admin: ['ADMIN', undefined],
  bureau: ['EXPO_BUREAU', 'CIIE-5'],
  office: ['DELEGATION_OFFICE', 'CIIE-5/QH'],
  gansuOffice: ['DELEGATION_OFFICE', 'CIIE-5/GS'],
  lead: ['SUB_DELEGATION_LEAD', 'CIIE-5/QH/INDUSTRY/INDUSTRY'],
  healthLead: ['SUB_DELEGATION_LEAD', 'CIIE-5/QH/HEALTH/HEALTH'],
  purchaser: ['PURCHASER', 'CIIE-5/QH/ACC_P1'],
  otherPurchaser: ['PURCHASER', 'CIIE-5/QH/ACC_P2'],
  analyst: ['ANALYST', 'CIIE-5/QH'],
  // COMMERCE invited the purchasers of tradePurchaser; CULTURE_TOURISM none of them
  memberUnit: ['MEMBER_UNIT', 'CIIE-5/QH/COMMERCE'],
  otherUnit: ['MEMBER_UNIT', 'CIIE-5/QH/CULTURE_TOURISM'],
  // the representative of the matches' exhibitor (exhibition area TECH_EQUIPMENT)
  exhibitor: ['EXHIBITOR', 'CIIE-5/Access Robotics AG'],
} as const;
type Who = keyof typeof WHO;
const ALL = Object.keys(WHO) as Who[];

/**
 * What a cell of the matrix came to: ok, or the error code. A NOT_FOUND (a record the caller
 * cannot read, answered as a missing one) must name the ID argument at fault.
 */
const outcome = (result: GqlResult) => {
  if (!result.body.errors) return 'ok';
  const { code, field } = result.body.errors[0].extensions ?? {};
  return code === 'NOT_FOUND' && !field ? 'NOT_FOUND without a field' : (code as string);
};

/** The expected row of the matrix: the listed cells, every other one FORBIDDEN. */
function expected(cells: Partial<Record<Who, string>>): Record<Who, string> {
  return Object.fromEntries(ALL.map((who) => [who, cells[who] ?? 'FORBIDDEN'])) as Record<
    Who,
    string
  >;
}

/** For writes on the INDUSTRY purchaser's records: who may, who cannot see them, who is refused. */
const TRADE_WRITE = expected({
  admin: 'ok',
  office: 'ok',
  lead: 'ok',
  purchaser: 'ok',
  gansuOffice: 'NOT_FOUND',
  healthLead: 'NOT_FOUND',
  otherPurchaser: 'NOT_FOUND',
});
/** Needs: also the member unit that invited the purchaser (五(九) 需求发布); another reads it not. */
const NEEDS_WRITE = { ...TRADE_WRITE, memberUnit: 'ok', otherUnit: 'NOT_FOUND' };
const MATCHMAKING = { ...TRADE_WRITE, purchaser: 'FORBIDDEN', otherPurchaser: 'FORBIDDEN' };

describe('trade access: role × operation', () => {
  const t = useTestServer();
  let ids: Awaited<ReturnType<typeof seeded>>;
  let p1: Awaited<ReturnType<typeof tradePurchaser>>;
  let p2: Awaited<ReturnType<typeof tradePurchaser>>;
  let p1Attendee: { id: string; gid: string };
  let exhibitor: string;
  const as = (who: Who) => t.as(WHO[who][0], WHO[who][1]);

  beforeAll(async () => {
    ids = await seeded(t.sql);
    await t.sql.query(
      `insert into delegation (expo_id, key, name_zh, name_en, province_zh, province_en)
      values ($1, 'GS', '甘肃交易团', 'Gansu Trading Delegation', '甘肃省', 'Gansu')`,
      [ids.expoId],
    );
    await t.sql.query(`insert into sub_delegation (delegation_id, key, name_zh, name_en)
      select id, 'INDUSTRY', '工业分团', 'Industry' from delegation where key = 'GS'`);
    p1 = await tradePurchaser(t.sql, { key: 'ACC_P1', subDelegation: 'INDUSTRY' });
    p1Attendee = await tradeAttendee(t.sql, p1.id);
    p2 = await tradePurchaser(t.sql, { key: 'ACC_P2', subDelegation: 'HEALTH' });
    await tradePurchaser(t.sql, { key: 'ACC_G1', subDelegation: 'INDUSTRY', delegation: 'GS' });
    const { rows } = await t.sql.query(
      `insert into exhibitor (expo_id, exhibition_area_id, name_en, country, products, contact_email, contact_phone)
      select $1, id, 'Access Robotics AG', 'CH', 'robots', 'sales@access.example', '+41 44 555 0101' from exhibition_area
      where expo_id = $1 and key = 'TECH_EQUIPMENT' returning id`,
      [ids.expoId],
    );
    exhibitor = toGlobalId('Exhibitor', rows[0].id);
  });

  /** Fixtures written straight to the database, one per matrix cell. */
  const fixture = {
    async needRow(p: { id: string; delegation: string }, status = 'PUBLISHED'): Promise<string> {
      const { rows } = await t.sql.query(
        `insert into procurement_need (delegation_id, purchaser_id, title, status, published_at)
        values ($1, $2, 'fixture need', $3, case when $3 = 'PUBLISHED' then now() end) returning id`,
        [p.delegation, p.id, status],
      );
      return rows[0].id;
    },
    async need(p: { id: string; delegation: string }, status = 'PUBLISHED') {
      return toGlobalId('ProcurementNeed', await fixture.needRow(p, status));
    },
    /** A match of the exhibitor: PROPOSED by the exhibitor's side, or accepted by both. */
    async match(p: { id: string; delegation: string }, status: string) {
      const { rows } = await t.sql.query(
        `insert into exhibitor_match (delegation_id, purchaser_id, need_id, exhibitor_id, status,
          purchaser_accepted_at, exhibitor_accepted_at)
        select $1, $2, $3, id, $4, case when $4 <> 'PROPOSED' then now() end, now()
        from exhibitor where name_en = 'Access Robotics AG' returning id`,
        [p.delegation, p.id, await fixture.needRow(p), status],
      );
      return toGlobalId('ExhibitorMatch', rows[0].id);
    },
    async deal(p: { id: string; delegation: string }, amountUsd = '100.00') {
      const { rows } = await t.sql.query(
        `insert into deal (delegation_id, expo_id, purchaser_id, goods, amount, currency, usd_rate, amount_usd)
        select $1, expo_id, $2, 'fixture goods', $3, 'USD', 1, $3 from delegation where id = $1 returning id`,
        [p.delegation, p.id, amountUsd],
      );
      return toGlobalId('Deal', rows[0].id);
    },
  };

  /** Runs one operation as every viewer; `prepare` makes a fresh target per cell. */
  async function matrix<T>(
    prepare: () => Promise<T>,
    run: (gql: ReturnType<typeof as>, target: T, n: number) => Promise<GqlResult>,
  ) {
    const cells = {} as Record<Who, string>;
    let n = 0;
    for (const who of ALL) cells[who] = outcome(await run(as(who), await prepare(), n++));
    return cells;
  }

  it('exhibitors and exchange rates: the expo bureau (and ADMIN) only', async () => {
    const bureauOnly = expected({ admin: 'ok', bureau: 'ok' });
    const create = await matrix(
      async () => undefined,
      (gql, _t, n) =>
        gql(`mutation($i: CreateExhibitorInput!) { createExhibitor(input: $i) { id } }`, {
          i: {
            expoId: ids.expo,
            exhibitionAreaId: ids.area.AI,
            nameEn: `Matrix Exhibitor ${n}`,
            country: 'FI',
          },
        }),
    );
    expect(create).toEqual(bureauOnly);
    const rate = await matrix(
      async () => undefined,
      (gql) =>
        gql(
          `mutation($e: ID!) { setExchangeRate(expoId: $e, currency: "SEK", usdRate: "0.0952") { usdRate } }`,
          { e: ids.expo },
        ),
    );
    expect(rate).toEqual(bureauOnly);
    const csv = 'company,country,area\nMatrix Import {n},SE,SERVICES\n';
    const imported = await matrix(
      async () => undefined,
      (gql, _t, n) =>
        gql(
          `mutation($e: ID!, $csv: String!) { importExhibitors(expoId: $e, csv: $csv) { count } }`,
          { e: ids.expo, csv: csv.replace('{n}', String(n)) },
        ),
    );
    expect(imported).toEqual(bureauOnly);
    // the bureau of another expo may not touch this one
    await t.sql.query(`insert into expo (key, edition, name_zh, name_en, starts_on, ends_on)
      values ('CIIE-6', 6, '第六届进博会', '6th CIIE', '2023-11-05', '2023-11-10')`);
    const other = await t.as('EXPO_BUREAU', 'CIIE-6')(
      `mutation($e: ID!) { setExchangeRate(expoId: $e, currency: "SEK", usdRate: "0.1") { usdRate } }`,
      { e: ids.expo },
    );
    expect(outcome(other)).toBe('FORBIDDEN');
    // everyone signed in reads exhibitors; an analyst sees contacts masked
    const READ = `query($id: ID!) { exhibitor(id: $id) { nameEn contactEmail contactPhone } }`;
    expect(ok(await as('otherPurchaser')(READ, { id: exhibitor })).exhibitor).toEqual({
      nameEn: 'Access Robotics AG',
      contactEmail: 'sales@access.example',
      contactPhone: '+41 44 555 0101',
    });
    expect(ok(await as('analyst')(READ, { id: exhibitor })).exhibitor).toEqual({
      nameEn: 'Access Robotics AG',
      contactEmail: 's***@access.example',
      contactPhone: '***0101',
    });
  });

  it('procurement needs: the office, the lead of the sub-delegation, the purchaser itself and the member unit that invited it', async () => {
    const create = await matrix(
      async () => undefined,
      (gql) =>
        gql(
          `mutation($i: CreateProcurementNeedInput!) { createProcurementNeed(input: $i) { id } }`,
          { i: { purchaserId: p1.gid, title: 'Robots' } },
        ),
    );
    expect(create).toEqual(NEEDS_WRITE);
    const publish = await matrix(
      () => fixture.need(p1, 'DRAFT'),
      (gql, need) =>
        gql(`mutation($id: ID!) { publishProcurementNeed(id: $id, version: 1) { status } }`, {
          id: need,
        }),
    );
    expect(publish).toEqual(NEEDS_WRITE);
    const update = await matrix(
      () => fixture.need(p1, 'DRAFT'),
      (gql, need) =>
        gql(
          `mutation($id: ID!) { updateProcurementNeed(input: { id: $id, version: 1, title: "Robot arms" }) { title } }`,
          { id: need },
        ),
    );
    expect(update).toEqual(NEEDS_WRITE);
    const close = await matrix(
      () => fixture.need(p1),
      (gql, need) =>
        gql(
          `mutation($id: ID!) { closeProcurementNeed(input: { id: $id, version: 1, reason: CANCELLED }) { status } }`,
          { id: need },
        ),
    );
    expect(close).toEqual(NEEDS_WRITE);
  });

  it('matches: the office and the lead propose, keep suggestions and schedule; the purchaser accepts or declines', async () => {
    const propose = await matrix(
      () => fixture.need(p1),
      (gql, need) =>
        gql(`mutation($i: ProposeMatchInput!) { proposeMatch(input: $i) { status } }`, {
          i: { needId: need, exhibitorId: exhibitor },
        }),
    );
    // the need is in no exhibition area: the exhibitor does not read it
    expect(propose).toEqual({ ...MATCHMAKING, exhibitor: 'NOT_FOUND' });
    const refresh = await matrix(
      () => fixture.need(p1),
      (gql, need) =>
        gql(`mutation($n: ID!) { refreshSuggestions(needId: $n) { status } }`, { n: need }),
    );
    expect(refresh).toEqual(MATCHMAKING);
    const accept = await matrix(
      () => fixture.match(p1, 'PROPOSED'),
      (gql, match) =>
        gql(`mutation($id: ID!) { acceptMatch(id: $id, version: 1) { status } }`, { id: match }),
    );
    // proposed by the exhibitor's side: the purchaser's side accepts; the exhibitor has already
    expect(accept).toEqual({ ...TRADE_WRITE, exhibitor: 'INVALID_TRANSITION' });
    const decline = await matrix(
      () => fixture.match(p1, 'PROPOSED'),
      (gql, match) =>
        gql(
          `mutation($id: ID!) { declineMatch(input: { id: $id, version: 1, reason: "No" }) { status } }`,
          { id: match },
        ),
    );
    expect(decline).toEqual({ ...TRADE_WRITE, exhibitor: 'ok' });
    // one hour apart: the attendee is never double-booked by the cells that succeed
    const schedule = await matrix(
      () => fixture.match(p1, 'ACCEPTED'),
      (gql, match, n) =>
        gql(`mutation($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) { status } }`, {
          i: {
            matchId: match,
            attendeeIds: [p1Attendee.gid],
            phase: 'ON_SITE',
            mode: 'ONLINE',
            link: 'https://meet.example/x',
            startsAt: `2022-11-07T${String(n).padStart(2, '0')}:00:00Z`,
            endsAt: `2022-11-07T${String(n).padStart(2, '0')}:30:00Z`,
          },
        }),
    );
    // either side asks for a meeting, naming its own people: the exhibitor does not read the
    // purchaser's attendees (it asks without them: test/integration/exhibitor-side.test.ts)
    expect(schedule).toEqual({ ...MATCHMAKING, exhibitor: 'NOT_FOUND' });
    const suggestions = await matrix(
      () => fixture.need(p1),
      (gql, need) =>
        gql(`query($n: ID!) { suggestedExhibitors(needId: $n) { score } }`, { n: need }),
    );
    expect(suggestions).toEqual(
      expected({
        admin: 'ok',
        bureau: 'ok',
        office: 'ok',
        lead: 'ok',
        purchaser: 'ok',
        analyst: 'ok',
        memberUnit: 'ok',
        gansuOffice: 'NOT_FOUND',
        healthLead: 'NOT_FOUND',
        otherPurchaser: 'NOT_FOUND',
        otherUnit: 'NOT_FOUND',
        exhibitor: 'NOT_FOUND',
      }),
    );
  });

  it('deals: recorded, moved and followed up by the office, the lead and the purchaser', async () => {
    const record = await matrix(
      async () => undefined,
      (gql) =>
        gql(`mutation($i: RecordDealInput!) { recordDeal(input: $i) { id } }`, {
          i: { purchaserId: p1.gid, goods: 'robots', amount: '10', currency: 'USD' },
        }),
    );
    expect(record).toEqual(TRADE_WRITE);
    const sign = await matrix(
      () => fixture.deal(p1),
      (gql, deal) =>
        gql(
          `mutation($id: ID!) { signDeal(input: { id: $id, version: 1, signedOn: "2022-11-08" }) { status } }`,
          { id: deal },
        ),
    );
    expect(sign).toEqual(TRADE_WRITE);
    const follow = await matrix(
      () => fixture.deal(p1),
      (gql, deal) =>
        gql(
          `mutation($id: ID!) { recordDealFollowUp(input: { dealId: $id, version: 1, followedOn: "2022-11-20", note: "Called" }) { id } }`,
          { id: deal },
        ),
    );
    expect(follow).toEqual(TRADE_WRITE);
  });

  it('reads: a record outside scope reads as null, lists and totals hold only what is in scope', async () => {
    const need = await fixture.need(p1);
    const deal = await fixture.deal(p1, '40.00');
    await fixture.deal(p2, '2.50');
    const READ = `query($n: ID!, $d: ID!) { procurementNeed(id: $n) { id } deal(id: $d) { id amountUsd } node(id: $d) { id } }`;
    const reads = {} as Record<Who, string>;
    for (const who of ALL) {
      const data = ok(await as(who)(READ, { n: need, d: deal }));
      const seen = [data.procurementNeed, data.deal, data.node].map((x) => x !== null);
      reads[who] = seen.every(Boolean) ? 'reads' : seen.some(Boolean) ? 'partly' : 'null';
    }
    expect(reads).toEqual({
      admin: 'reads',
      bureau: 'reads',
      office: 'reads',
      gansuOffice: 'null',
      lead: 'reads',
      healthLead: 'null',
      purchaser: 'reads',
      otherPurchaser: 'null',
      analyst: 'reads',
      memberUnit: 'reads',
      otherUnit: 'null',
      exhibitor: 'null',
    });
    const LISTS = `query($d: ID!) { deals(filter: { delegation: { eq: $d } }) { totalCount } procurementNeeds(filter: { delegation: { eq: $d } }) { totalCount } }`;
    const gansu = ok(await as('gansuOffice')(LISTS, { d: ids.delegation }));
    expect(gansu).toEqual({ deals: { totalCount: 0 }, procurementNeeds: { totalCount: 0 } });
    const mine = ok(
      await as('otherPurchaser')(`query { deals { nodes { amountUsd purchaser { id } } } }`),
    ).deals.nodes;
    expect(mine).toEqual([{ amountUsd: '2.50', purchaser: { id: p2.gid } }]);

    const TOTALS = `query($d: ID!) { dealTotals(delegationId: $d) { count sumUsd bySubDelegation { subDelegation { key } sumUsd } } }`;
    const all = await t.sql.query(
      `select p.sub_delegation_id, s.key, sum(d.amount_usd)::text as sum, count(*)::int as n
      from deal d join purchaser p on p.id = d.purchaser_id join sub_delegation s on s.id = p.sub_delegation_id
      where d.delegation_id = $1 group by 1, 2`,
      [ids.delegationId],
    );
    const sumOf = (key: string) => all.rows.find((r) => r.key === key)?.sum;
    const office = ok(await as('office')(TOTALS, { d: ids.delegation })).dealTotals;
    expect(office.bySubDelegation.map((s: any) => [s.subDelegation.key, s.sumUsd]).sort()).toEqual(
      all.rows.map((r) => [r.key, r.sum]).sort(),
    );
    const lead = ok(await as('healthLead')(TOTALS, { d: ids.delegation })).dealTotals;
    expect(lead.bySubDelegation).toEqual([
      { subDelegation: { key: 'HEALTH' }, sumUsd: sumOf('HEALTH') },
    ]);
    expect(lead.sumUsd).toBe(sumOf('HEALTH'));
    expect(ok(await as('gansuOffice')(TOTALS, { d: ids.delegation })).dealTotals).toBeNull();
    const buyer = ok(await as('otherPurchaser')(TOTALS, { d: ids.delegation })).dealTotals;
    expect(buyer).toMatchObject({ count: 1, sumUsd: '2.50' });
  });

  it("deals of an earlier edition: the office of that delegation, or of the same province's later one", async () => {
    const earlier = await earlierEdition(t, 'ACC_P1', 'Access Robotics AG');
    const FOLLOW = `mutation($id: ID!, $v: Int!) { recordDealFollowUp(input: { dealId: $id, version: $v, followedOn: "2022-11-20", note: "Chased the delivery" }) { deal { version } } }`;
    const EARLIER = `query($d: ID!) { earlierEditionDeals(delegationId: $d) { totalCount } }`;
    const cells: Record<string, string> = {};
    const viewers = {
      qinghaiOffice: t.as('DELEGATION_OFFICE', 'CIIE-5/QH'),
      earlierOffice: t.as('DELEGATION_OFFICE', 'CIIE-4/QH'),
      gansuOffice: t.as('DELEGATION_OFFICE', 'CIIE-5/GS'),
      qinghaiLead: t.as('SUB_DELEGATION_LEAD', 'CIIE-5/QH/INDUSTRY/INDUSTRY'),
      qinghaiAnalyst: t.as('ANALYST', 'CIIE-5/QH'),
      qinghaiPurchaser: t.as('PURCHASER', 'CIIE-5/QH/ACC_P1'),
      earlierPurchaser: t.as('PURCHASER', 'CIIE-4/QH/ACC_P1'),
    };
    let version = 1;
    for (const [name, gql] of Object.entries(viewers)) {
      const listed = ok(await gql(EARLIER, { d: ids.delegation })).earlierEditionDeals.totalCount;
      const result = await gql(FOLLOW, { id: earlier.deal, v: version });
      if (!result.body.errors) version = result.body.data.recordDealFollowUp.deal.version;
      cells[name] = `${listed} listed, ${outcome(result)}`;
    }
    expect(cells).toEqual({
      qinghaiOffice: '1 listed, ok',
      earlierOffice: '1 listed, ok',
      gansuOffice: '0 listed, NOT_FOUND',
      qinghaiLead: '0 listed, NOT_FOUND',
      qinghaiAnalyst: '1 listed, FORBIDDEN',
      qinghaiPurchaser: '0 listed, NOT_FOUND',
      earlierPurchaser: '1 listed, ok',
    });
    const followUps = await t.sql.query(
      `select count(*)::int as n from deal_follow_up where deal_id = $1`,
      [earlier.dealId],
    );
    expect(followUps.rows[0].n).toBe(3);
  });
});
