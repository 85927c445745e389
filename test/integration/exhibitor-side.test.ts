import { beforeAll, describe, expect, it } from 'vitest';
import {
  AcceptMatchDocument,
  AcceptMeetingDocument,
  DeclineMeetingDocument,
  MeDocument,
  MeetingsDocument,
  NodeDocument,
  ProcurementNeedsDocument,
  ProposeMatchDocument,
  ScheduleMeetingDocument,
} from '../../sdk/src/index.js';
import { fromGlobalId, toGlobalId } from '../../server/src/graphql/relay.js';
import { refusal, refusedUnchanged } from '../helpers/refusals.js';
import { post, useTestServer } from '../helpers/server.js';
import {
  failure,
  ok,
  seeded,
  tradeAttendee,
  tradeExhibitor,
  tradePurchaser,
} from '../helpers/trade.js';

/**
 * The exhibitor side of matchmaking (issue 19): an EXHIBITOR representative reads the published
 * needs of its areas across the edition's delegations, its own matches, meetings and deals, and
 * nothing else of a delegation; out-of-scope records read as missing.
 */
describe('exhibitor side', () => {
  const t = useTestServer();
  let ids: Awaited<ReturnType<typeof seeded>>;
  type Party = Awaited<ReturnType<typeof tradePurchaser>>;
  let qh: Party;
  let gs: Party;
  let qhOther: Party;
  /** In zone AI (under the TECH_EQUIPMENT area). */
  let robots: { id: string; gid: string };
  /** Another exhibitor of the same zone. */
  let rival: { id: string; gid: string };
  const needs: Record<string, string> = {};
  const exhibitor = () => t.as('EXHIBITOR', 'CIIE-5/Side Robotics AG');

  async function need(p: Party, title: string, area: string | null, status = 'PUBLISHED') {
    const { rows } = await t.sql.query(
      `insert into procurement_need (delegation_id, purchaser_id, title, status, published_at,
         closed_at, close_reason, exhibition_area_id)
       select $1, $2, $3, $4, case when $4 <> 'DRAFT' then now() end,
         case when $4 = 'CLOSED' then now() end, case when $4 = 'CLOSED' then 'FULFILLED' end,
         (select a.id from exhibition_area a join delegation d on d.expo_id = a.expo_id
          where d.id = $1 and a.key = $5)
       returning id`,
      [p.delegation, p.id, title, status, area],
    );
    needs[title] = toGlobalId('ProcurementNeed', rows[0].id);
    return rows[0].id as string;
  }

  async function match(p: Party, x: { id: string }, status: string, needId: string | null = null) {
    const { rows } = await t.sql.query(
      `insert into exhibitor_match (delegation_id, purchaser_id, need_id, exhibitor_id, status,
         suggested_at, purchaser_accepted_at)
       values ($1, $2, $3, $4, $5, case when $5 = 'SUGGESTED' then now() end,
         case when $5 = 'PROPOSED' then now() end) returning id`,
      [p.delegation, p.id, needId, x.id, status],
    );
    return toGlobalId('ExhibitorMatch', rows[0].id);
  }

  async function deal(p: Party, x: { id: string }, amountUsd: string) {
    const { rows } = await t.sql.query(
      `insert into deal (delegation_id, expo_id, purchaser_id, exhibitor_id, goods, amount,
         currency, usd_rate, amount_usd)
       select $1, expo_id, $2, $3, 'fixture goods', $4, 'USD', 1, $4 from delegation where id = $1
       returning id`,
      [p.delegation, p.id, x.id, amountUsd],
    );
    return toGlobalId('Deal', rows[0].id);
  }

  beforeAll(async () => {
    ids = await seeded(t.sql);
    await t.sql.query(
      `insert into delegation (expo_id, key, name_zh, name_en, province_zh, province_en)
       values ($1, 'GS', '甘肃交易团', 'Gansu Trading Delegation', '甘肃省', 'Gansu')`,
      [ids.expoId],
    );
    await t.sql.query(`insert into sub_delegation (delegation_id, key, name_zh, name_en)
      select id, 'INDUSTRY', '工业分团', 'Industry' from delegation where key = 'GS'`);
    qh = await tradePurchaser(t.sql, { key: 'SIDE_QH', subDelegation: 'INDUSTRY' });
    qhOther = await tradePurchaser(t.sql, { key: 'SIDE_QH2', subDelegation: 'HEALTH' });
    gs = await tradePurchaser(t.sql, {
      key: 'SIDE_GS',
      subDelegation: 'INDUSTRY',
      delegation: 'GS',
    });
    robots = await tradeExhibitor(t.sql, { name: 'Side Robotics AG', area: 'AI' });
    rival = await tradeExhibitor(t.sql, { name: 'Rival Robotics AG', area: 'AI' });
    // seen: published, in the zone or in its area with no zone, of either delegation
    await need(qh, 'qh zone', 'AI');
    await need(qh, 'qh area', 'TECH_EQUIPMENT');
    await need(gs, 'gs zone', 'AI');
    // not seen: drafts, closed needs, other areas, no area
    await need(qh, 'qh draft', 'AI', 'DRAFT');
    await need(gs, 'gs closed', 'AI', 'CLOSED');
    await need(gs, 'gs food', 'FOOD_AGRI');
    await need(qhOther, 'qh nowhere', null);
  });

  it('an exhibitor reads the published needs of its zone and the area above it, across delegations, and nothing else', async () => {
    const data = ok(
      await exhibitor()(
        `{ procurementNeeds(first: 50) { totalCount nodes { title status purchaser { id } } }
           delegations { key } purchasers(first: 10) { totalCount }
           exhibitorMatches(first: 10) { totalCount } meetings(first: 10) { totalCount }
           deals(first: 10) { totalCount } }`,
      ),
    );
    const titles = data.procurementNeeds.nodes.map((n: any) => n.title).sort();
    expect(titles).toEqual(['gs zone', 'qh area', 'qh zone']);
    expect(data.procurementNeeds.totalCount).toBe(3);
    // no purchaser behind a need until they are matched; no delegation, no purchaser at all
    expect(data.procurementNeeds.nodes.map((n: any) => n.purchaser)).toEqual([null, null, null]);
    expect(data.delegations).toEqual([]);
    expect(data.purchasers.totalCount).toBe(0);
    expect(data.exhibitorMatches.totalCount).toBe(0);
    expect(data.meetings.totalCount).toBe(0);
    expect(data.deals.totalCount).toBe(0);
  });

  it('an exhibitor in an area reads the needs of the area and its zones', async () => {
    await tradeExhibitor(t.sql, { name: 'Side Machines AG', area: 'TECH_EQUIPMENT' });
    const data = ok(
      await t.as(
        'EXHIBITOR',
        'CIIE-5/Side Machines AG',
      )('{ procurementNeeds(first: 50) { nodes { title } } }'),
    );
    expect(data.procurementNeeds.nodes.map((n: any) => n.title).sort()).toEqual([
      'gs zone',
      'qh area',
      'qh zone',
    ]);
  });

  it('out-of-scope records read as missing: node, by ID, and through the purchaser', async () => {
    const query = `query($id: ID!) { node(id: $id) { id } procurementNeed(id: $id) { id } }`;
    for (const title of ['qh draft', 'gs closed', 'gs food', 'qh nowhere']) {
      const data = ok(await exhibitor()(query, { id: needs[title] }));
      expect([title, data]).toEqual([title, { node: null, procurementNeed: null }]);
    }
    const seen = ok(await exhibitor()(query, { id: needs['qh zone'] }));
    expect(seen.procurementNeed).toEqual({ id: needs['qh zone'] });
    const purchaser = ok(
      await exhibitor()('query($id: ID!) { node(id: $id) { id } purchaser(id: $id) { id } }', {
        id: qh.gid,
      }),
    );
    expect(purchaser).toEqual({ node: null, purchaser: null });
    // the purchaser side's writes are not its to make
    const refused = failure(
      await exhibitor()(
        'mutation($id: ID!) { publishProcurementNeed(id: $id, version: 1) { id } }',
        { id: needs['qh draft'] },
      ),
    );
    expect(refused.extensions.code).toBe('FORBIDDEN');
  });

  it("its own exhibitor's matches, meetings and deals; the matched purchaser's row alone", async () => {
    const needId = (await t.sql.query(`select id from procurement_need where title = 'qh zone'`))
      .rows[0].id;
    await t.sql.query(`update purchaser set registration_number = 'CIIE5-QH-0001' where id = $1`, [
      qh.id,
    ]);
    const office = ok(
      await t.as('DELEGATION_OFFICE', 'CIIE-5/QH')(
        'query($id: ID!) { purchaser(id: $id) { registrationNumber } }',
        { id: qh.gid },
      ),
    );
    expect(office.purchaser.registrationNumber).toBe('CIIE5-QH-0001');
    const mine = await match(qh, robots, 'PROPOSED', needId);
    const suggested = await match(gs, robots, 'SUGGESTED');
    const theirs = await match(qhOther, rival, 'PROPOSED');
    const myDeal = await deal(qh, robots, '1000.00');
    const theirDeal = await deal(qhOther, rival, '5000.00');
    await t.sql.query(
      `insert into attendee (delegation_id, purchaser_id, person_id)
       select p.delegation_id, p.id, pe.id from purchaser p, person pe
       where p.id = $1 and pe.delegation_id = p.delegation_id limit 1`,
      [qh.id],
    );
    const data = ok(
      await exhibitor()(
        `{ exhibitorMatches(first: 10) { nodes { id status need { title }
             purchaser { id organisation { nameEn } registrationNumber attendees { id } contact { id }
               creditChecks { id } history { action } delegation { key }
               needs(first: 10) { totalCount } matches(first: 10) { totalCount } } } }
           purchasers(first: 10) { nodes { id } }
           deals(first: 10) { nodes { id } }
           dealAggregate { count sumUsd } }`,
      ),
    );
    expect(data.exhibitorMatches.nodes.map((m: any) => m.id)).toEqual([mine]);
    expect(data.exhibitorMatches.nodes[0]).toMatchObject({
      status: 'PROPOSED',
      need: { title: 'qh zone' },
      purchaser: {
        id: qh.gid,
        organisation: { nameEn: 'SIDE_QH Co.' },
        // nothing of the delegation beyond the purchaser's name: not its recruitment records
        registrationNumber: null,
        attendees: [],
        contact: null,
        creditChecks: [],
        history: [],
        delegation: null,
        // under it, only what the exhibitor reads anyway: the published need it sees, its match
        needs: { totalCount: 2 },
        matches: { totalCount: 1 },
      },
    });
    expect(data.purchasers.nodes.map((p: any) => p.id)).toEqual([qh.gid]);
    // its own deals, and totals over them only
    expect(data.deals.nodes.map((d: any) => d.id)).toEqual([myDeal]);
    expect(data.dealAggregate).toEqual([{ count: 1, sumUsd: '1000.00' }]);
    const query = 'query($id: ID!) { node(id: $id) { id } }';
    for (const id of [suggested, theirs, theirDeal, qhOther.gid, gs.gid]) {
      expect([id, ok(await exhibitor()(query, { id })).node]).toEqual([id, null]);
    }
    // a delegation's totals are for those who read the delegation: it reads as missing
    const totals = ok(
      await exhibitor()('query($id: ID!) { dealTotals(delegationId: $id) { count } }', {
        id: toGlobalId('Delegation', qh.delegation),
      }),
    );
    expect(totals.dealTotals).toBeNull();
  });

  it('the bureau of the edition (or ADMIN) makes representatives; nobody else grants EXHIBITOR', async () => {
    const bureau = t.as('EXPO_BUREAU', 'CIIE-5');
    const created = ok(
      await bureau('mutation($i: CreateUserInput!) { createUser(input: $i) { id } }', {
        i: { name: 'robots-rep', expoId: ids.expo },
      }),
    ).createUser;
    const granted = ok(
      await bureau(
        'mutation($i: GrantRoleInput!) { grantRole(input: $i) { id role scopeId exhibitor { nameEn } } }',
        { i: { userId: created.id, role: 'EXHIBITOR', exhibitorId: robots.gid } },
      ),
    ).grantRole;
    expect(granted).toMatchObject({
      role: 'EXHIBITOR',
      scopeId: robots.gid,
      exhibitor: { nameEn: 'Side Robotics AG' },
    });
    const token = ok(
      await bureau('mutation($i: IssueTokenInput!) { issueToken(input: $i) { token } }', {
        i: { userId: created.id, hours: 1 },
      }),
    ).issueToken.token;
    const me = ok(
      await post(
        t.url,
        '{ viewer { user { name } grants { role exhibitor { nameEn } } } procurementNeeds(first: 10) { totalCount } }',
        undefined,
        { authorization: `Bearer ${token}` },
      ),
    );
    expect(me.viewer).toEqual({
      user: { name: 'robots-rep' },
      grants: [{ role: 'EXHIBITOR', exhibitor: { nameEn: 'Side Robotics AG' } }],
    });
    expect(me.procurementNeeds.totalCount).toBe(3);

    // a delegation office neither reads the bureau's users nor grants EXHIBITOR to its own
    const office = t.as('DELEGATION_OFFICE', 'CIIE-5/QH');
    const own = ok(
      await office('mutation($i: CreateUserInput!) { createUser(input: $i) { id } }', {
        i: { name: 'qh-staff-rep', delegationId: ids.delegation },
      }),
    ).createUser;
    const grant = (userId: string) =>
      office('mutation($i: GrantRoleInput!) { grantRole(input: $i) { id } }', {
        i: { userId, role: 'EXHIBITOR', exhibitorId: robots.gid },
      });
    expect(failure(await grant(own.id)).extensions.code).toBe('FORBIDDEN');
    expect(failure(await grant(created.id)).extensions).toMatchObject({
      code: 'NOT_FOUND',
      field: 'input.userId',
    });
    // the bureau grants nothing else to its users, and EXHIBITOR takes exactly an exhibitor
    const other = await bureau('mutation($i: GrantRoleInput!) { grantRole(input: $i) { id } }', {
      i: { userId: created.id, role: 'ANALYST', expoId: ids.expo },
    });
    expect(failure(other).extensions.code).toBe('FORBIDDEN');
    const bad = await bureau('mutation($i: GrantRoleInput!) { grantRole(input: $i) { id } }', {
      i: { userId: created.id, role: 'EXHIBITOR', expoId: ids.expo },
    });
    expect(failure(bad).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.expoId',
    });
    const both = await bureau('mutation($i: CreateUserInput!) { createUser(input: $i) { id } }', {
      i: { name: 'two-managers', expoId: ids.expo, delegationId: ids.delegation },
    });
    expect(failure(both).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.expoId',
    });
  });

  it('both sides accept: a match proposed by the exhibitor is ACCEPTED once the purchaser accepts, a meeting SCHEDULED once the other side accepts', async () => {
    const rep = await t.client('EXHIBITOR', 'CIIE-5/Side Robotics AG');
    const buyer = await t.client('PURCHASER', 'CIIE-5/GS/SIDE_GS');
    const gansuOffice = await t.client('DELEGATION_OFFICE', 'CIIE-5/GS');
    const rivalRep = await t.client('EXHIBITOR', 'CIIE-5/Rival Robotics AG');

    // who it is, and the needs it may answer (the scope alone serves the needs list)
    const me = await rep.request(MeDocument, {});
    expect(me.viewer!.grants.map((g) => [g.role, g.exhibitor?.nameEn])).toEqual([
      ['EXHIBITOR', 'Side Robotics AG'],
    ]);
    const seen = await rep.request(ProcurementNeedsDocument, {});
    expect(seen.procurementNeeds.totalCount).toBe(3);

    // 1. the exhibitor proposes itself for a published need of Gansu
    const proposed = (
      await rep.request(ProposeMatchDocument, {
        input: { needId: needs['gs zone']!, exhibitorId: robots.gid },
      })
    ).proposeMatch;
    expect(proposed).toMatchObject({ status: 'PROPOSED', purchaserAcceptedAt: null });
    expect(proposed.exhibitorAcceptedAt).not.toBeNull();
    // not twice, not for another exhibitor, not for a need it does not read
    expect(
      await refusal(
        rep.request(AcceptMatchDocument, { id: proposed.id, version: proposed.version }),
      ),
    ).toMatchObject({ code: 'INVALID_TRANSITION', field: undefined });
    expect(
      await refusedUnchanged(t.sql, () =>
        rep.request(ProposeMatchDocument, {
          input: { needId: needs['gs zone']!, exhibitorId: rival.gid },
        }),
      ),
    ).toMatchObject({ code: 'FORBIDDEN' });
    expect(
      await refusedUnchanged(t.sql, () =>
        rep.request(ProposeMatchDocument, {
          input: { needId: needs['qh draft']!, exhibitorId: robots.gid },
        }),
      ),
    ).toMatchObject({ code: 'NOT_FOUND', field: 'input.needId' });
    // the rival neither reads nor accepts it: it looks missing
    expect((await rivalRep.request(NodeDocument, { id: proposed.id })).node).toBeNull();
    expect(
      await refusal(
        rivalRep.request(AcceptMatchDocument, { id: proposed.id, version: proposed.version }),
      ),
    ).toEqual({ code: 'NOT_FOUND', field: 'id' });

    // 2. the purchaser accepts: ACCEPTED only now, both sides' acceptance kept
    const accepted = (
      await buyer.request(AcceptMatchDocument, { id: proposed.id, version: proposed.version })
    ).acceptMatch;
    expect(accepted.status).toBe('ACCEPTED');
    expect(accepted.purchaserAcceptedAt).not.toBeNull();
    expect(accepted.exhibitorAcceptedAt).toBe(proposed.exhibitorAcceptedAt);

    // 3. the exhibitor asks for a meeting at its booth: PROPOSED, the slot held; each side names
    // its own people, and the exhibitor does not read the purchaser's attendees
    const attendee = await tradeAttendee(t.sql, gs.id);
    const slot = {
      matchId: proposed.id,
      phase: 'ON_SITE' as const,
      mode: 'OFFLINE' as const,
      startsAt: '2022-11-06T02:00:00Z',
      endsAt: '2022-11-06T02:30:00Z',
      place: 'Hall 4.1, booth B7',
    };
    expect(
      await refusedUnchanged(t.sql, () =>
        rep.request(ScheduleMeetingDocument, {
          input: { ...slot, attendeeIds: [attendee.gid] },
        }),
      ),
    ).toMatchObject({ code: 'NOT_FOUND', field: 'input.attendeeIds.0' });
    const meeting = (await rep.request(ScheduleMeetingDocument, { input: slot })).scheduleMeeting;
    expect(meeting).toMatchObject({ status: 'PROPOSED', purchaserAcceptedAt: null });
    expect(meeting.exhibitorAcceptedAt).not.toBeNull();
    expect(
      await refusal(
        rep.request(AcceptMeetingDocument, { id: meeting.id, version: meeting.version }),
      ),
    ).toMatchObject({ code: 'INVALID_TRANSITION' });

    // 4. the purchaser's side accepts, naming who of it takes part: confirmed, the match's
    // meeting scheduled; not without anyone of the purchaser
    expect(
      await refusedUnchanged(t.sql, () =>
        buyer.request(AcceptMeetingDocument, { id: meeting.id, version: meeting.version }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'attendeeIds' });
    const confirmed = (
      await buyer.request(AcceptMeetingDocument, {
        id: meeting.id,
        version: meeting.version,
        attendeeIds: [attendee.gid],
      })
    ).acceptMeeting;
    expect(confirmed).toMatchObject({
      status: 'SCHEDULED',
      match: { status: 'MEETING_SCHEDULED' },
    });
    expect(confirmed.purchaserAcceptedAt).not.toBeNull();
    // the attendee is booked then: another meeting naming them at that time is refused
    expect(
      await refusedUnchanged(t.sql, () =>
        gansuOffice.request(ScheduleMeetingDocument, {
          input: {
            ...slot,
            attendeeIds: [attendee.gid],
            startsAt: '2022-11-06T02:15:00Z',
            endsAt: '2022-11-06T02:45:00Z',
          },
        }),
      ),
    ).toMatchObject({ code: 'CONFLICT', field: 'input.attendeeIds' });

    // 5. another asked for by the purchaser's side, which the exhibitor declines with a reason
    const later = (
      await gansuOffice.request(ScheduleMeetingDocument, {
        input: {
          ...slot,
          attendeeIds: [attendee.gid],
          startsAt: '2022-11-07T02:00:00Z',
          endsAt: '2022-11-07T02:30:00Z',
        },
      })
    ).scheduleMeeting;
    expect(later.status).toBe('PROPOSED');
    expect(
      await refusedUnchanged(t.sql, () =>
        rep.request(DeclineMeetingDocument, {
          input: { id: later.id, version: later.version, reason: '   ' },
        }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });
    expect(
      await refusal(
        gansuOffice.request(DeclineMeetingDocument, {
          input: { id: later.id, version: later.version, reason: 'changed our mind' },
        }),
      ),
    ).toMatchObject({ code: 'INVALID_TRANSITION' });
    const declined = (
      await rep.request(DeclineMeetingDocument, {
        input: { id: later.id, version: later.version, reason: 'Our engineers leave that day' },
      })
    ).declineMeeting;
    expect(declined).toMatchObject({
      status: 'DECLINED',
      declineReason: 'Our engineers leave that day',
    });
    // its meetings, with whom: the purchaser's name, nothing more
    const mine = (await rep.request(MeetingsDocument, {})).meetings;
    expect(mine.nodes.map((m) => [m.status, m.purchaser.organisation?.nameEn])).toEqual([
      ['SCHEDULED', 'SIDE_GS Co.'],
      ['DECLINED', 'SIDE_GS Co.'],
    ]);
    expect((await rivalRep.request(MeetingsDocument, {})).meetings.totalCount).toBe(0);
    // a stale version is the one CONFLICT
    expect(
      await refusal(
        buyer.request(AcceptMeetingDocument, { id: meeting.id, version: meeting.version }),
      ),
    ).toMatchObject({ code: 'CONFLICT', field: 'version' });

    // ADMIN acts for either side: the one awaited, or the one it names
    const admin = await t.client('ADMIN');
    const forRival = (
      await admin.request(ProposeMatchDocument, {
        input: {
          needId: needs['gs zone']!,
          exhibitorId: rival.gid,
          side: 'EXHIBITOR_SIDE',
        },
      })
    ).proposeMatch;
    expect(forRival).toMatchObject({ status: 'PROPOSED', purchaserAcceptedAt: null });
    expect(
      await refusal(
        admin.request(AcceptMatchDocument, {
          id: forRival.id,
          version: forRival.version,
          side: 'EXHIBITOR_SIDE',
        }),
      ),
    ).toMatchObject({ code: 'INVALID_TRANSITION' });
    const byAdmin = (
      await admin.request(AcceptMatchDocument, { id: forRival.id, version: forRival.version })
    ).acceptMatch;
    expect(byAdmin.status).toBe('ACCEPTED');

    // every step is in the audit trail, with the side that took it
    const { rows } = await t.sql.query(
      `select action, after->>'side' as side from audit_event where entity_id in ($1, $2, $3)`,
      [proposed.id, meeting.id, later.id].map((gid) => fromGlobalId(gid)!.id),
    );
    expect(rows.map((r) => `${r.action} ${r.side}`).sort()).toEqual([
      'match.accept PURCHASER_SIDE',
      'match.meeting_scheduled null',
      'match.propose EXHIBITOR_SIDE',
      'meeting.accept PURCHASER_SIDE',
      'meeting.decline EXHIBITOR_SIDE',
      'meeting.schedule EXHIBITOR_SIDE',
      'meeting.schedule PURCHASER_SIDE',
    ]);
  });
});
