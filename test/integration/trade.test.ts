import { Decimal } from 'decimal.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestServer } from '../helpers/server.js';
import {
  countOf,
  csvOf,
  earlierEdition,
  failure,
  ok,
  seeded,
  tradeAttendee,
  tradePurchaser,
} from '../helpers/trade.js';

const IMPORT = `mutation($e: ID!, $csv: String!) { importExhibitors(expoId: $e, csv: $csv) {
  count exhibitors { id nameEn nameZh country booth products contactEmail exhibitionArea { key } } } }`;
const RATE = `mutation($e: ID!, $c: String!, $r: Decimal!) { setExchangeRate(expoId: $e, currency: $c, usdRate: $r) { currency usdRate } }`;
const CREATE_NEED = `mutation($i: CreateProcurementNeedInput!) { createProcurementNeed(input: $i) {
  id status version title quantity unit budgetAmount budgetCurrency preferredCountries deadline exhibitionArea { key } purchaser { id } } }`;
const PUBLISH = `mutation($id: ID!, $v: Int!) { publishProcurementNeed(id: $id, version: $v) { id status version publishedAt } }`;
const SUGGEST = `query($n: ID!, $f: Int) { suggestedExhibitors(needId: $n, first: $f) {
  score reasons exhibitor { id nameEn country exhibitionArea { key } } match { id status } } }`;
const PROPOSE = `mutation($i: ProposeMatchInput!) { proposeMatch(input: $i) { id status version score reasons exhibitor { id nameEn } } }`;
const ACCEPT = `mutation($id: ID!, $v: Int!) { acceptMatch(id: $id, version: $v) { id status version } }`;
const DECLINE = `mutation($i: DeclineMatchInput!) { declineMatch(input: $i) { id status version declineReason } }`;
const SCHEDULE = `mutation($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) {
  id status version phase mode startsAt endsAt place link match { id status version } } }`;
const ACCEPT_MEETING = `mutation($id: ID!, $v: Int!) { acceptMeeting(id: $id, version: $v) {
  id status version purchaserAcceptedAt exhibitorAcceptedAt match { id status } } }`;
const HELD = `mutation($id: ID!, $v: Int!) { markMeetingHeld(id: $id, version: $v) { id status version match { id status } } }`;
const DEAL_FIELDS = `id status version goods amount currency usdRate amountUsd signedOn createdAt updatedAt
  purchaser { id } match { id status } exhibitor { nameEn } exhibitionArea { key }`;
const RECORD = `mutation($i: RecordDealInput!) { recordDeal(input: $i) { ${DEAL_FIELDS} } }`;
const DEAL = `query($id: ID!) { deal(id: $id) { ${DEAL_FIELDS} } }`;
const SIGN = `mutation($i: SignDealInput!) { signDeal(input: $i) { id status version signedOn } }`;
const EXECUTE = `mutation($id: ID!, $v: Int!) { startDealExecution(id: $id, version: $v) { id status version } }`;
const FULFIL = `mutation($id: ID!, $v: Int!) { fulfilDeal(id: $id, version: $v) { id status version } }`;
const CANCEL = `mutation($id: ID!, $v: Int!) { cancelDeal(id: $id, version: $v) { id status version } }`;
const FOLLOW = `mutation($i: RecordDealFollowUpInput!) { recordDealFollowUp(input: $i) {
  id followedOn note fromStatus toStatus recordedBy deal { id status version signedOn followUps { note fromStatus toStatus } } } }`;
const EARLIER = `query($d: ID!) { earlierEditionDeals(delegationId: $d) {
  totalCount nodes { id status version goods amountUsd expo { key } purchaser { id } } } }`;
const TOTALS = `query($d: ID!) { dealTotals(delegationId: $d) {
  count sumUsd byStatus { status count sumUsd }
  bySubDelegation { subDelegation { key } count sumUsd byStatus { status count sumUsd } } } }`;
const DEALS = `query($d: ID!) { deals(first: 500, filter: { delegation: { eq: $d } }) { totalCount nodes { id status amountUsd purchaser { id } } } }`;

const AREAS = [
  'TECH_EQUIPMENT',
  'AI',
  'FOOD_AGRI',
  'CROP_SEEDS',
  'MEDICAL_HEALTH',
  'CONSUMER_GOODS',
  'AUTOMOBILE',
  'SERVICES',
];
const COUNTRIES = ['DE', 'JP', 'FR', 'IT', 'US', 'AU', 'CA', 'KR', 'CH', 'NL'];
const PRODUCTS: Record<string, string> = {
  TECH_EQUIPMENT: 'industrial robots, CNC machine tools, laser cutters',
  AI: 'machine vision, robot controllers, 机器视觉',
  FOOD_AGRI: 'beef, dairy, wine',
  CROP_SEEDS: 'barley seed, quinoa seed, 青稞种子',
  MEDICAL_HEALTH: 'MRI scanners, ultrasound, 医疗影像设备',
  CONSUMER_GOODS: 'cosmetics, handbags',
  AUTOMOBILE: 'electric vehicles, charging stations',
  SERVICES: 'logistics, consulting',
};

/** The expo bureau's list: 50 exhibitors, with quoting, Chinese names and a company met at CIIE-4. */
function exhibitorList(): Record<string, string>[] {
  const rows: Record<string, string>[] = Array.from({ length: 47 }, (_, i) => {
    const area = AREAS[i % AREAS.length]!;
    return {
      company: `Exhibitor ${String(i + 1).padStart(2, '0')} ${area.toLowerCase().replace('_', ' ')} Ltd`,
      company_zh: i % 3 === 0 ? `参展商${i + 1}` : '',
      country: COUNTRIES[i % COUNTRIES.length]!.toLowerCase(),
      area,
      booth: `${1 + (i % 8)}.1-${String.fromCharCode(65 + (i % 6))}${i + 10}`,
      products: PRODUCTS[area]!,
      contact_name: `Contact ${i + 1}`,
      contact_email: `sales${i + 1}@exhibitor${i + 1}.example`,
      contact_phone: `+49 30 5550${String(i).padStart(3, '0')}`,
    };
  });
  rows.push(
    {
      company: 'Bavaria Robotics GmbH',
      country: 'DE',
      area: 'TECH_EQUIPMENT',
      products: 'industrial robots, welding robots',
      booth: '4.1-A01',
    },
    {
      company: 'Hanil Automation Co.',
      company_zh: '韩一自动化',
      country: 'KR',
      area: 'TECH_EQUIPMENT',
      products: '工业机器人, 数控机床',
    },
    {
      company: 'Smith, Jones & "Partners" Ltd',
      country: 'GB',
      area: 'SERVICES',
      products: 'trade finance,\ninsurance',
    },
  );
  return rows;
}

/** Today in Shanghai, the latest date a follow-up may carry. */
const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
const usd = (amount: string, rate: string) =>
  new Decimal(amount).times(rate).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);

describe('trade: exhibitors, needs, matches, meetings, deals, follow-ups and totals', () => {
  const t = useTestServer();
  let ids: Awaited<ReturnType<typeof seeded>>;
  beforeAll(async () => {
    ids = await seeded(t.sql);
  });

  it('walks from a CSV of 50 exhibitors to deal totals that add up to the cent', async () => {
    const bureau = t.as('EXPO_BUREAU', 'CIIE-5');
    const office = t.as('DELEGATION_OFFICE', 'CIIE-5/QH');
    const agricultureLead = t.as('SUB_DELEGATION_LEAD', 'CIIE-5/QH/AGRICULTURE');
    const healthLead = t.as('SUB_DELEGATION_LEAD', 'CIIE-5/QH/HEALTH/HEALTH');

    // purchasers come from recruitment; here they are written straight to the database
    const robots = await tradePurchaser(t.sql, { key: 'QH_MACHINERY', subDelegation: 'INDUSTRY' });
    const seeds = await tradePurchaser(t.sql, {
      key: 'QH_SEEDS',
      subDelegation: 'AGRICULTURE',
      category: 'AGRICULTURE_INSTITUTION',
    });
    const hospital = await tradePurchaser(t.sql, {
      key: 'QH_HOSPITAL',
      subDelegation: 'HEALTH',
      category: 'MEDICAL_INSTITUTION',
    });
    // the people who meet: an engineer of the machinery company, an agronomist of the seeds one
    const engineer = await tradeAttendee(t.sql, robots.id, 'Ma Jun');
    const agronomist = await tradeAttendee(t.sql, seeds.id, 'Han Mei');
    const robotsBuyer = t.as('PURCHASER', 'CIIE-5/QH/QH_MACHINERY');
    const seedsBuyer = t.as('PURCHASER', 'CIIE-5/QH/QH_SEEDS');
    // the machinery company bought from Bavaria Robotics at the 4th CIIE, a deal still open
    const previous = await earlierEdition(t, 'QH_MACHINERY', 'Bavaria Robotics GmbH');

    // 1. the expo bureau imports its list of 50 exhibitors
    const imported = ok(
      await bureau(IMPORT, { e: ids.expo, csv: csvOf(exhibitorList()) }),
    ).importExhibitors;
    expect(imported.count).toBe(50);
    expect(imported.exhibitors).toHaveLength(50);
    expect(imported.exhibitors[0]).toMatchObject({
      nameEn: 'Exhibitor 01 tech equipment Ltd',
      nameZh: '参展商1',
      country: 'DE',
      booth: '1.1-A10',
      exhibitionArea: { key: 'TECH_EQUIPMENT' },
    });
    expect(imported.exhibitors[49]).toMatchObject({
      nameEn: 'Smith, Jones & "Partners" Ltd',
      country: 'GB',
      products: 'trade finance,\ninsurance',
      nameZh: null,
    });
    const imports = await t.sql.query(
      `select count(*)::int as n from audit_event where action = 'exhibitor.import'`,
    );
    expect(imports.rows[0].n).toBe(50);
    const listed = ok(
      await office(
        `query($e: ID!) { exhibitors(first: 100, filter: { expo: { eq: $e } }) { totalCount } }`,
        { e: ids.expo },
      ),
    );
    expect(listed.exhibitors.totalCount).toBe(50);

    // 2. the expo's exchange rates
    ok(await bureau(RATE, { e: ids.expo, c: 'EUR', r: '1.0856' }));
    ok(await bureau(RATE, { e: ids.expo, c: 'CNY', r: '0.1452' }));

    // 3. needs: drafted by the purchaser itself, by the office and by a sub-delegation lead, then published
    const robotNeed = ok(
      await robotsBuyer(CREATE_NEED, {
        i: {
          purchaserId: robots.gid,
          exhibitionAreaId: ids.area.TECH_EQUIPMENT,
          title: 'Industrial robots and CNC machine tools',
          description: '六轴工业机器人 and CNC lathes for a plant in Xining',
          quantity: '12',
          unit: 'sets',
          budgetAmount: '2500000.00',
          budgetCurrency: 'eur',
          preferredCountries: ['de', 'JP'],
          deadline: '2022-12-31',
        },
      }),
    ).createProcurementNeed;
    expect(robotNeed).toMatchObject({
      status: 'DRAFT',
      version: 1,
      quantity: '12',
      budgetAmount: '2500000.00',
      budgetCurrency: 'EUR',
      preferredCountries: ['DE', 'JP'],
      deadline: '2022-12-31',
      exhibitionArea: { key: 'TECH_EQUIPMENT' },
      purchaser: { id: robots.gid },
    });
    const seedNeed = ok(
      await office(CREATE_NEED, {
        i: {
          purchaserId: seeds.gid,
          exhibitionAreaId: ids.area.FOOD_AGRI,
          title: 'Barley and quinoa seed',
          description: '青稞种子 for the Haixi plateau',
          preferredCountries: ['CA', 'AU'],
        },
      }),
    ).createProcurementNeed;
    const scanNeed = ok(
      await healthLead(CREATE_NEED, {
        i: {
          purchaserId: hospital.gid,
          exhibitionAreaId: ids.area.MEDICAL_HEALTH,
          title: 'MRI scanners',
          description: '医疗影像设备 and ultrasound',
        },
      }),
    ).createProcurementNeed;
    for (const [gql, need] of [
      [robotsBuyer, robotNeed],
      [office, seedNeed],
      [healthLead, scanNeed],
    ] as const) {
      const published = ok(
        await gql(PUBLISH, { id: need.id, v: need.version }),
      ).publishProcurementNeed;
      expect(published).toMatchObject({ status: 'PUBLISHED', version: 2 });
    }

    // 4. suggestions: area or zone, product keywords in English and Chinese, preferred country, past deals
    const suggestions = ok(await office(SUGGEST, { n: robotNeed.id, f: 20 })).suggestedExhibitors;
    expect(suggestions.length).toBeGreaterThan(5);
    const scores = suggestions.map((s: any) => s.score);
    expect([...scores].sort((a: number, b: number) => b - a)).toEqual(scores);
    const top = suggestions[0];
    expect(['TECH_EQUIPMENT', 'AI']).toContain(top.exhibitor.exhibitionArea.key);
    expect(['DE', 'JP']).toContain(top.exhibitor.country);
    expect(top.reasons).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Same exhibition area: Technical Equipment$/),
        expect.stringMatching(/^Products match: .*robots/),
        'Preferred country: ' + top.exhibitor.country,
      ]),
    );
    const bavaria = suggestions.find((s: any) => s.exhibitor.nameEn === 'Bavaria Robotics GmbH');
    expect(bavaria.reasons).toContain('Past deals with this purchaser: 1');
    const hanil = suggestions.find((s: any) => s.exhibitor.nameEn === 'Hanil Automation Co.');
    expect(hanil.reasons.join('|')).toMatch(/Products match: .*机器/);
    const zone = suggestions.find((s: any) => s.exhibitor.exhibitionArea.key === 'AI');
    expect(zone.reasons).toContain(
      'In zone Artificial Intelligence of the area Technical Equipment',
    );
    // exhibitors of unrelated areas with no matching product rank below every technical one
    const firstUnrelated = suggestions.findIndex(
      (s: any) => !['TECH_EQUIPMENT', 'AI'].includes(s.exhibitor.exhibitionArea.key),
    );
    if (firstUnrelated >= 0)
      expect(
        suggestions
          .slice(firstUnrelated)
          .every((s: any) => !['TECH_EQUIPMENT', 'AI'].includes(s.exhibitor.exhibitionArea.key)),
      ).toBe(true);

    // 5. the office proposes the three best, the purchaser accepts two and declines one
    const proposed = [];
    for (const s of suggestions.slice(0, 3)) {
      const match = ok(
        await office(PROPOSE, { i: { needId: robotNeed.id, exhibitorId: s.exhibitor.id } }),
      ).proposeMatch;
      expect(match).toMatchObject({
        status: 'PROPOSED',
        version: 1,
        score: s.score,
        reasons: s.reasons,
      });
      proposed.push(match);
    }
    const again = ok(await office(SUGGEST, { n: robotNeed.id, f: 3 })).suggestedExhibitors;
    expect(again.map((s: any) => s.match?.id)).toEqual(proposed.map((m) => m.id));
    // the purchaser's side accepted by proposing: the exhibitors' representatives accept
    const ownProposal = failure(await robotsBuyer(ACCEPT, { id: proposed[0].id, v: 1 }));
    expect(ownProposal.extensions).toMatchObject({
      code: 'INVALID_TRANSITION',
      awaiting: 'EXHIBITOR_SIDE',
    });
    const rep = (m: { exhibitor: { nameEn: string } }) =>
      t.as('EXHIBITOR', `CIIE-5/${m.exhibitor.nameEn}`);
    const first = ok(await rep(proposed[0]!)(ACCEPT, { id: proposed[0].id, v: 1 })).acceptMatch;
    const second = ok(await rep(proposed[1]!)(ACCEPT, { id: proposed[1].id, v: 1 })).acceptMatch;
    expect(first).toMatchObject({ status: 'ACCEPTED', version: 2 });
    const declined = ok(
      await robotsBuyer(DECLINE, {
        i: { id: proposed[2].id, version: 1, reason: 'No service network in Qinghai' },
      }),
    ).declineMatch;
    expect(declined).toMatchObject({
      status: 'DECLINED',
      declineReason: 'No service network in Qinghai',
    });
    // the seed buyer is also to meet the first exhibitor (its financing arm, say)
    const seedSuggestion = ok(await agricultureLead(SUGGEST, { n: seedNeed.id, f: 5 }))
      .suggestedExhibitors[0];
    expect(seedSuggestion.exhibitor.exhibitionArea.key).toMatch(/FOOD_AGRI|CROP_SEEDS/);
    const seedMatch = ok(
      await agricultureLead(PROPOSE, {
        i: { needId: seedNeed.id, exhibitorId: seedSuggestion.exhibitor.id },
      }),
    ).proposeMatch;
    const sharedMatch = ok(
      await office(PROPOSE, { i: { needId: seedNeed.id, exhibitorId: proposed[0].exhibitor.id } }),
    ).proposeMatch;
    ok(await rep(seedMatch)(ACCEPT, { id: seedMatch.id, v: 1 }));
    ok(await rep(sharedMatch)(ACCEPT, { id: sharedMatch.id, v: 1 }));

    // 6. meetings: on site at the booth, and online before the show; nobody is double-booked
    //    (per person: the attendees who take part; see meeting-model.test.ts for points and
    //    representatives)
    const meeting = ok(
      await office(SCHEDULE, {
        i: {
          matchId: first.id,
          attendeeIds: [engineer.gid],
          phase: 'ON_SITE',
          mode: 'OFFLINE',
          startsAt: '2022-11-06T02:00:00Z',
          endsAt: '2022-11-06T02:30:00Z',
          place: 'Hall 4.1, booth A12',
        },
      }),
    ).scheduleMeeting;
    // asked for by the purchaser's side; confirmed once the exhibitor's side accepts
    expect(meeting).toMatchObject({
      status: 'PROPOSED',
      version: 1,
      place: 'Hall 4.1, booth A12',
      link: null,
      match: { status: 'ACCEPTED' },
    });
    const confirmed = ok(
      await rep(proposed[0]!)(ACCEPT_MEETING, { id: meeting.id, v: meeting.version }),
    ).acceptMeeting;
    expect(confirmed).toMatchObject({
      status: 'SCHEDULED',
      version: 2,
      match: { status: 'MEETING_SCHEDULED' },
    });
    expect(confirmed.purchaserAcceptedAt).not.toBeNull();
    expect(confirmed.exhibitorAcceptedAt).not.toBeNull();
    const online = ok(
      await office(SCHEDULE, {
        i: {
          matchId: second.id,
          attendeeIds: [engineer.gid],
          phase: 'PRE_SHOW',
          mode: 'ONLINE',
          startsAt: '2022-10-20T08:00:00Z',
          endsAt: '2022-10-20T09:00:00Z',
          link: 'https://meet.example/robots',
        },
      }),
    ).scheduleMeeting;
    expect(online).toMatchObject({
      phase: 'PRE_SHOW',
      mode: 'ONLINE',
      link: 'https://meet.example/robots',
    });
    const meetingsBefore = await countOf(t.sql, 'meeting');
    // the engineer is busy at 10:15 Shanghai time
    const attendeeBusy = failure(
      await office(SCHEDULE, {
        i: {
          matchId: second.id,
          attendeeIds: [engineer.gid],
          phase: 'ON_SITE',
          mode: 'OFFLINE',
          startsAt: '2022-11-06T02:15:00Z',
          endsAt: '2022-11-06T02:45:00Z',
          place: 'Hall 2',
        },
      }),
    );
    expect(attendeeBusy.extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'input.attendeeIds',
    });
    expect(attendeeBusy.message).toMatch(/attendee/);
    expect(await countOf(t.sql, 'meeting')).toBe(meetingsBefore);
    // right after the first meeting the slot is free
    ok(
      await agricultureLead(SCHEDULE, {
        i: {
          matchId: sharedMatch.id,
          attendeeIds: [agronomist.gid],
          phase: 'ON_SITE',
          mode: 'OFFLINE',
          startsAt: '2022-11-06T02:30:00Z',
          endsAt: '2022-11-06T03:00:00Z',
          place: 'Hall 4.1, booth A12',
        },
      }),
    );
    const held = ok(await office(HELD, { id: meeting.id, v: confirmed.version })).markMeetingHeld;
    expect(held).toMatchObject({ status: 'HELD', match: { status: 'MET' } });

    // 7. deals in EUR (expo rate), CNY (explicit rate and expo rate), USD, EUR (explicit USD amount)
    const eurDeal = ok(
      await robotsBuyer(RECORD, {
        i: {
          matchId: first.id,
          goods: '12 six-axis welding robots',
          amount: '1234567.89',
          currency: 'EUR',
        },
      }),
    ).recordDeal;
    expect(eurDeal).toMatchObject({
      status: 'INTENDED',
      amount: '1234567.89',
      currency: 'EUR',
      usdRate: '1.0856000000',
      amountUsd: usd('1234567.89', '1.0856'),
      purchaser: { id: robots.gid },
      match: { id: first.id, status: 'DEAL' },
      exhibitionArea: { key: top.exhibitor.exhibitionArea.key },
    });
    const cnyDeal = ok(
      await office(RECORD, {
        i: {
          matchId: second.id,
          goods: 'CNC lathes',
          amount: '8800000.00',
          currency: 'CNY',
          usdRate: '0.14',
        },
      }),
    ).recordDeal;
    expect(cnyDeal).toMatchObject({ usdRate: '0.1400000000', amountUsd: '1232000.00' });
    const usdDeal = ok(
      await agricultureLead(RECORD, {
        i: {
          purchaserId: seeds.gid,
          exhibitorId: seedSuggestion.exhibitor.id,
          goods: 'Quinoa seed, 40 t',
          amount: '350000.5',
          currency: 'USD',
        },
      }),
    ).recordDeal;
    expect(usdDeal).toMatchObject({
      amount: '350000.50',
      usdRate: '1.0000000000',
      amountUsd: '350000.50',
      match: null,
      exhibitor: { nameEn: seedSuggestion.exhibitor.nameEn },
    });
    const cnyTableDeal = ok(
      await healthLead(RECORD, {
        i: {
          purchaserId: hospital.gid,
          goods: 'Ultrasound systems',
          amount: '3333333.33',
          currency: 'CNY',
        },
      }),
    ).recordDeal;
    expect(cnyTableDeal.amountUsd).toBe(usd('3333333.33', '0.1452'));
    const eurGivenUsd = ok(
      await healthLead(RECORD, {
        i: {
          purchaserId: hospital.gid,
          goods: 'MRI scanner',
          amount: '921000.00',
          currency: 'EUR',
          amountUsd: '1000000.00',
          signedOn: '2022-11-09',
        },
      }),
    ).recordDeal;
    expect(eurGivenUsd).toMatchObject({
      status: 'SIGNED',
      signedOn: '2022-11-09',
      amountUsd: '1000000.00',
      // the shortest rate that gives the agreed USD amount: 921,000 × 1.08577633 = 999,999.99993
      usdRate: '1.0857763300',
    });
    expect(usd(eurGivenUsd.amount, eurGivenUsd.usdRate)).toBe(eurGivenUsd.amountUsd);
    const smallDeal = ok(
      await seedsBuyer(RECORD, {
        i: {
          purchaserId: seeds.gid,
          goods: 'Barley seed samples',
          amount: '19.99',
          currency: 'EUR',
        },
      }),
    ).recordDeal;
    expect(smallDeal.amountUsd).toBe(usd('19.99', '1.0856'));
    // what recordDeal answers is what a read of the deal returns, to the digit and millisecond
    for (const recorded of [eurDeal, cnyDeal, usdDeal, cnyTableDeal, eurGivenUsd, smallDeal]) {
      expect(ok(await office(DEAL, { id: recorded.id })).deal).toEqual(recorded);
    }

    // 8. sign and fulfil some; cancel one
    let d = ok(
      await robotsBuyer(SIGN, {
        i: { id: eurDeal.id, version: eurDeal.version, signedOn: '2022-11-08' },
      }),
    ).signDeal;
    expect(d).toMatchObject({ status: 'SIGNED', signedOn: '2022-11-08' });
    d = ok(await office(EXECUTE, { id: d.id, v: d.version })).startDealExecution;
    d = ok(await office(FULFIL, { id: d.id, v: d.version })).fulfilDeal;
    expect(d).toMatchObject({ status: 'FULFILLED', version: 4 });
    ok(
      await agricultureLead(SIGN, {
        i: { id: usdDeal.id, version: usdDeal.version, signedOn: '2022-11-10' },
      }),
    );
    ok(await healthLead(CANCEL, { id: cnyTableDeal.id, v: cnyTableDeal.version }));

    // 9. the office follows up the 4th CIIE deal, which the earlier delegation's office then closes
    const open = ok(await office(EARLIER, { d: ids.delegation })).earlierEditionDeals;
    expect(open.totalCount).toBe(1);
    expect(open.nodes[0]).toMatchObject({
      id: previous.deal,
      status: 'SIGNED',
      goods: 'welding robots',
      amountUsd: '2360000.00',
      expo: { key: 'CIIE-4' },
      purchaser: null,
    });
    const followUp = ok(
      await office(FOLLOW, {
        i: {
          dealId: previous.deal,
          version: open.nodes[0].version,
          followedOn: today(),
          note: 'Robots delivered to Xining, installation under way',
          toStatus: 'EXECUTING',
        },
      }),
    ).recordDealFollowUp;
    expect(followUp).toMatchObject({
      fromStatus: 'SIGNED',
      toStatus: 'EXECUTING',
      followedOn: today(),
      deal: { status: 'EXECUTING' },
    });
    expect(followUp.recordedBy).toMatch(/^DELEGATION_OFFICE@CIIE-5\/QH/);
    const closing = ok(
      await t.as('DELEGATION_OFFICE', 'CIIE-4/QH')(FOLLOW, {
        i: {
          dealId: previous.deal,
          version: followUp.deal.version,
          followedOn: today(),
          note: 'Acceptance certificate signed',
          toStatus: 'FULFILLED',
        },
      }),
    ).recordDealFollowUp;
    expect(closing.deal.followUps).toEqual([
      {
        note: 'Robots delivered to Xining, installation under way',
        fromStatus: 'SIGNED',
        toStatus: 'EXECUTING',
      },
      { note: 'Acceptance certificate signed', fromStatus: 'EXECUTING', toStatus: 'FULFILLED' },
    ]);
    expect(ok(await office(EARLIER, { d: ids.delegation })).earlierEditionDeals.totalCount).toBe(0);

    // 10. totals by sub-delegation equal the sum of the individual deals, to the cent
    const deals = ok(await office(DEALS, { d: ids.delegation })).deals;
    expect(deals.totalCount).toBe(6);
    const subOf = new Map([
      [robots.gid, 'INDUSTRY'],
      [seeds.gid, 'AGRICULTURE'],
      [hospital.gid, 'HEALTH'],
    ]);
    const expected = new Map<
      string,
      { count: number; sum: Decimal; status: Map<string, { count: number; sum: Decimal }> }
    >();
    let liveSum = new Decimal(0);
    for (const deal of deals.nodes) {
      const key = subOf.get(deal.purchaser.id)!;
      const sub = expected.get(key) ?? { count: 0, sum: new Decimal(0), status: new Map() };
      const status = sub.status.get(deal.status) ?? { count: 0, sum: new Decimal(0) };
      status.count += 1;
      status.sum = status.sum.plus(deal.amountUsd);
      sub.status.set(deal.status, status);
      if (deal.status !== 'CANCELLED') {
        sub.count += 1;
        sub.sum = sub.sum.plus(deal.amountUsd);
        liveSum = liveSum.plus(deal.amountUsd);
      }
      expected.set(key, sub);
    }
    // the amounts themselves, computed from what was entered
    const entered = [
      usd('1234567.89', '1.0856'),
      '1232000.00',
      '350000.50',
      '1000000.00',
      usd('19.99', '1.0856'),
    ];
    expect(liveSum.toFixed(2)).toBe(
      entered.reduce((sum, a) => sum.plus(a), new Decimal(0)).toFixed(2),
    );
    const totals = ok(await office(TOTALS, { d: ids.delegation })).dealTotals;
    expect(totals.count).toBe(5);
    expect(totals.sumUsd).toBe(liveSum.toFixed(2));
    expect(totals.bySubDelegation.map((s: any) => s.subDelegation.key).sort()).toEqual([
      'AGRICULTURE',
      'HEALTH',
      'INDUSTRY',
    ]);
    for (const sub of totals.bySubDelegation) {
      const want = expected.get(sub.subDelegation.key)!;
      expect(sub.sumUsd).toBe(want.sum.toFixed(2));
      expect(sub.count).toBe(want.count);
      for (const row of sub.byStatus) {
        const status = want.status.get(row.status);
        expect(row).toEqual({
          status: row.status,
          count: status?.count ?? 0,
          sumUsd: (status?.sum ?? new Decimal(0)).toFixed(2),
        });
      }
    }
    const cancelled = totals.byStatus.find((s: any) => s.status === 'CANCELLED');
    expect(cancelled).toEqual({
      status: 'CANCELLED',
      count: 1,
      sumUsd: usd('3333333.33', '0.1452'),
    });
    const byStatusSum = totals.byStatus
      .filter((s: any) => s.status !== 'CANCELLED')
      .reduce((sum: Decimal, s: any) => sum.plus(s.sumUsd), new Decimal(0));
    expect(byStatusSum.toFixed(2)).toBe(totals.sumUsd);

    // every write left its audit event
    const actions = (
      await t.sql.query(`select action, count(*)::int as n from audit_event group by action`)
    ).rows;
    const audited = Object.fromEntries(actions.map((r) => [r.action, r.n]));
    expect(audited).toMatchObject({
      'exchange_rate.set': 2,
      'need.create': 3,
      'need.publish': 3,
      'match.propose': 5,
      'match.accept': 4,
      'match.decline': 1,
      'meeting.schedule': 3,
      'meeting.held': 1,
      'deal.record': 6,
      'deal.signed': 2,
      'deal.executing': 2,
      'deal.fulfilled': 2,
      'deal.cancelled': 1,
      'deal.follow_up': 2,
    });
  });
});
