/**
 * On-site activities and the service departments' queues (#21, slice 2), as the roles meet them
 * through the SDK: Commerce (the LOGISTICS unit) runs a signing ceremony, the deals signed there
 * are linked to it and total on it by the one deal-totals rule (a cancelled deal in no total);
 * the office asks the FINANCE unit for funds, which approves and pays them, while the railway's
 * unit cannot even see them; every refused call writes nothing and names its field.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  AddOnsiteParticipantDocument,
  AnswerCustomsDocument,
  AnswerProtocolDocument,
  AskCustomsDocument,
  AskProtocolDocument,
  CustomsConsultationsDocument,
  ProtocolRequestsDocument,
  PublicityRecordsDocument,
  RecordPublicityDocument,
  ApproveFundingDocument,
  CancelDealDocument,
  CloseHealthIncidentDocument,
  CreateOnsiteEventDocument,
  EventDealTotalsDocument,
  FundingRequestDocument,
  FundingRequestsDocument,
  HealthIncidentsDocument,
  LinkDealToEventDocument,
  OnsiteEventDocument,
  OnsiteEventsDocument,
  OpenHealthIncidentDocument,
  PayFundingDocument,
  RecordDealDocument,
  RejectFundingDocument,
  RequestFundingDocument,
  RespondHealthIncidentDocument,
  UpdateOnsiteEventDocument,
  type DelegationHubClient,
} from '../../sdk/src/index.js';
import { toGlobalId } from '../../server/src/graphql/relay.js';
import { refusal, refusedUnchanged } from '../helpers/refusals.js';
import { useTestServer } from '../helpers/server.js';
import { seeded, tradePurchaser } from '../helpers/trade.js';

const SIGNED_ON = '2022-11-06';

describe('on-site events with their deals, and the service departments’ queues', () => {
  const t = useTestServer();
  let office: DelegationHubClient;
  let commerce: DelegationHubClient;
  let railway: DelegationHubClient;
  let finance: DelegationHubClient;
  let health: DelegationHubClient;
  let lead: DelegationHubClient;
  let subDelegation: Record<string, string>;
  let delegation: string;
  let purchaser: Awaited<ReturnType<typeof tradePurchaser>>;
  const org: Record<string, string> = {};

  beforeAll(async () => {
    const ids = await seeded(t.sql);
    delegation = ids.delegation;
    purchaser = await tradePurchaser(t.sql, { key: 'ONSITE_BUYER', subDelegation: 'COMMERCE' });
    office = await t.client('DELEGATION_OFFICE', 'CIIE-5/QH');
    commerce = await t.client('MEMBER_UNIT', 'CIIE-5/QH/COMMERCE');
    railway = await t.client('MEMBER_UNIT', 'CIIE-5/QH/RAILWAY');
    finance = await t.client('MEMBER_UNIT', 'CIIE-5/QH/FINANCE');
    health = await t.client('MEMBER_UNIT', 'CIIE-5/QH/HEALTH');
    lead = await t.client('SUB_DELEGATION_LEAD', 'CIIE-5/QH/COMMERCE');
    subDelegation = ids.subDelegation;
    const { rows } = await t.sql.query<{ key: string; id: string }>(
      `select key, id from organisation where key in ('COMMERCE', 'HEALTH', 'FINANCE', 'RAILWAY')`,
    );
    for (const row of rows) org[row.key] = toGlobalId('Organisation', row.id);
  });

  async function signedDeal(goods: string, amount: string) {
    const { recordDeal } = await office.request(RecordDealDocument, {
      input: { purchaserId: purchaser.gid, goods, amount, currency: 'USD', signedOn: SIGNED_ON },
    });
    return recordDeal;
  }

  it("a signing ceremony's deals total on it; a cancelled one is in no total", async () => {
    const { createOnsiteEvent: ceremony } = await commerce.request(CreateOnsiteEventDocument, {
      input: {
        delegationId: delegation,
        kind: 'SIGNING_CEREMONY',
        title: '青海团集中签约仪式',
        startsAt: '2022-11-06T06:00:00Z',
        endsAt: '2022-11-06T08:00:00Z',
        place: 'NECC 4.1 签约区',
        organiserId: org['COMMERCE'],
      },
    });
    expect(ceremony).toMatchObject({
      kind: 'SIGNING_CEREMONY',
      version: 1,
      organiser: { key: 'COMMERCE' },
    });
    // another event: its deals are not the ceremony's
    const { createOnsiteEvent: matchmaking } = await office.request(CreateOnsiteEventDocument, {
      input: {
        delegationId: delegation,
        kind: 'MATCHMAKING',
        title: '供需对接会',
        startsAt: '2022-11-05T02:00:00Z',
        endsAt: '2022-11-05T04:00:00Z',
      },
    });

    const deals = [
      await signedDeal('yak wool carding machines', '1000.50'),
      await signedDeal('cold-chain trucks', '2000.25'),
      await signedDeal('solar panels', '500.00'),
    ];
    const other = await signedDeal('greenhouse film', '70.00');
    let cancelledVersion = 0;
    for (const [i, deal] of deals.entries()) {
      // the office links two, Commerce (the LOGISTICS unit) the third
      const { linkDealToEvent } = await (i < 2 ? office : commerce).request(
        LinkDealToEventDocument,
        { input: { dealId: deal.id, eventId: ceremony.id, version: deal.version } },
      );
      expect(linkDealToEvent.version).toBe(deal.version + 1);
      if (i === 2) cancelledVersion = linkDealToEvent.version;
    }
    await office.request(LinkDealToEventDocument, {
      input: { dealId: other.id, eventId: matchmaking.id, version: other.version },
    });
    // the third is cancelled: still the ceremony's, in no total
    await office.request(CancelDealDocument, { id: deals[2]!.id, version: cancelledVersion });

    const totalsOf = async (client: DelegationHubClient, eventId: string, groupBy: string[] = []) =>
      (await client.request(EventDealTotalsDocument, { eventId, groupBy: groupBy as never }))
        .dealAggregate;
    expect(await totalsOf(office, ceremony.id)).toEqual([
      { status: null, inTotals: true, count: 2, sumUsd: '3000.75' },
    ]);
    expect(await totalsOf(office, matchmaking.id)).toEqual([
      { status: null, inTotals: true, count: 1, sumUsd: '70.00' },
    ]);
    // Commerce reads the same figures; by status the cancelled deal is its own group, in no total
    expect(await totalsOf(commerce, ceremony.id)).toEqual(await totalsOf(office, ceremony.id));
    expect(await totalsOf(office, ceremony.id, ['STATUS'])).toEqual([
      { status: 'CANCELLED', inTotals: false, count: 1, sumUsd: '500.00' },
      { status: 'SIGNED', inTotals: true, count: 2, sumUsd: '3000.75' },
    ]);

    // the event lists its deals, the cancelled one too (the list is not a total)
    const { onsiteEvent } = await office.request(OnsiteEventDocument, { id: ceremony.id });
    expect(onsiteEvent!.deals.map((d) => [d.goods, d.status])).toEqual(
      expect.arrayContaining([
        ['yak wool carding machines', 'SIGNED'],
        ['cold-chain trucks', 'SIGNED'],
        ['solar panels', 'CANCELLED'],
      ]),
    );
    expect(onsiteEvent!.deals).toHaveLength(3);

    // unlinked, a deal leaves the event's total
    const { linkDealToEvent: unlinked } = await office.request(LinkDealToEventDocument, {
      input: { dealId: deals[1]!.id, eventId: null, version: deals[1]!.version + 1 },
    });
    expect(unlinked.version).toBe(deals[1]!.version + 2);
    expect((await totalsOf(office, ceremony.id)).map((g) => [g.count, g.sumUsd])).toEqual([
      [1, '1000.50'],
    ]);
    // a stale version is the one CONFLICT
    expect(
      await refusedUnchanged(t.sql, () =>
        office.request(LinkDealToEventDocument, {
          input: { dealId: deals[1]!.id, eventId: ceremony.id, version: deals[1]!.version },
        }),
      ),
    ).toMatchObject({ code: 'CONFLICT', field: 'input.version' });
  });

  it('participants: purchasers, exhibitors and guests, once each; the delegation reads the programme', async () => {
    const { createOnsiteEvent: event } = await commerce.request(CreateOnsiteEventDocument, {
      input: {
        delegationId: delegation,
        kind: 'NEEDS_PUBLISHING',
        title: '采购需求发布会',
        startsAt: '2022-11-05T06:00:00Z',
        endsAt: '2022-11-05T07:00:00Z',
      },
    });
    await commerce.request(AddOnsiteParticipantDocument, {
      input: { eventId: event.id, purchaserId: purchaser.gid },
    });
    const { addOnsiteParticipant: guest } = await commerce.request(AddOnsiteParticipantDocument, {
      input: { eventId: event.id, guestName: ' 上海市商务委 ' },
    });
    expect(guest).toMatchObject({ kind: 'GUEST', guestName: '上海市商务委' });
    expect(
      await refusedUnchanged(t.sql, () =>
        commerce.request(AddOnsiteParticipantDocument, {
          input: { eventId: event.id, purchaserId: purchaser.gid },
        }),
      ),
    ).toMatchObject({ code: 'CONFLICT', field: 'input.eventId' });
    expect(
      await refusedUnchanged(t.sql, () =>
        commerce.request(AddOnsiteParticipantDocument, {
          input: { eventId: event.id, guestName: '上海市商务委' },
        }),
      ),
    ).toMatchObject({ code: 'CONFLICT', field: 'input.eventId' });
    const { onsiteEvent } = await health.request(OnsiteEventDocument, { id: event.id });
    expect(onsiteEvent!.participants.map((p) => p.kind).sort()).toEqual(['GUEST', 'PURCHASER']);
    const { onsiteEvents } = await railway.request(OnsiteEventsDocument, {
      filter: { kind: { eq: 'NEEDS_PUBLISHING' } },
    });
    expect(onsiteEvents.nodes.map((e) => e.title)).toEqual(['采购需求发布会']);
    // the railway reads the programme but does not run it
    expect(
      await refusedUnchanged(t.sql, () =>
        railway.request(UpdateOnsiteEventDocument, {
          input: { id: event.id, version: event.version, title: 'x' },
        }),
      ),
    ).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('Finance approves and pays a funding request the railway cannot even see', async () => {
    const { requestFunding } = await office.request(RequestFundingDocument, {
      input: { delegationId: delegation, purpose: '展位搭建费', amountCny: '123456789012.34' },
    });
    expect(requestFunding).toMatchObject({
      status: 'SUBMITTED',
      amountCny: '123456789012.34',
      requestingUnit: null,
      version: 1,
    });
    const id = requestFunding.id;
    // the railway: missing, as a node and in the list; its approval is NOT_FOUND
    expect((await railway.request(FundingRequestDocument, { id })).fundingRequest).toBeNull();
    expect((await railway.request(FundingRequestsDocument, {})).fundingRequests.totalCount).toBe(0);
    expect(
      await refusedUnchanged(t.sql, () =>
        railway.request(ApproveFundingDocument, { input: { id, version: 1 } }),
      ),
    ).toMatchObject({ code: 'NOT_FOUND', field: 'input.id' });
    // the office reads it but does not decide it
    expect(
      await refusedUnchanged(t.sql, () =>
        office.request(ApproveFundingDocument, { input: { id, version: 1 } }),
      ),
    ).toMatchObject({ code: 'FORBIDDEN' });
    // nor is it paid before it is approved
    expect(
      await refusedUnchanged(t.sql, () =>
        finance.request(PayFundingDocument, { input: { id, version: 1 } }),
      ),
    ).toMatchObject({ code: 'INVALID_TRANSITION' });
    const { approveFunding } = await finance.request(ApproveFundingDocument, {
      input: { id, version: 1 },
    });
    expect(approveFunding).toMatchObject({ status: 'APPROVED', version: 2 });
    expect(approveFunding.reviewedBy).toBeTruthy();
    expect(
      await refusal(finance.request(PayFundingDocument, { input: { id, version: 1 } })),
    ).toEqual({ code: 'CONFLICT', field: 'input.version', currentVersion: 2 });
    const { payFunding } = await finance.request(PayFundingDocument, { input: { id, version: 2 } });
    expect(payFunding).toMatchObject({ status: 'PAID', version: 3 });
    expect(payFunding.paidAt).toBeTruthy();
    expect(
      await refusedUnchanged(t.sql, () =>
        finance.request(RejectFundingDocument, { input: { id, version: 3, reason: 'late' } }),
      ),
    ).toMatchObject({ code: 'INVALID_TRANSITION' });
    // the database holds the workflow too, a direct statement included
    await expect(
      t.sql.query(`update funding_request set status = 'SUBMITTED' where id = (
        select id from funding_request where status = 'PAID' limit 1)`),
    ).rejects.toMatchObject({ constraint: 'funding_request_status_transition' });

    // a member unit asks for itself: it reads its own request, not the office's
    const { requestFunding: own } = await health.request(RequestFundingDocument, {
      input: { delegationId: delegation, purpose: '防疫物资', amountCny: '800' },
    });
    expect(own).toMatchObject({ requestingUnit: { key: 'HEALTH' }, amountCny: '800.00' });
    const { fundingRequests: healthSees } = await health.request(FundingRequestsDocument, {});
    expect(healthSees.nodes.map((n) => n.purpose)).toEqual(['防疫物资']);
    expect((await railway.request(FundingRequestsDocument, {})).fundingRequests.totalCount).toBe(0);
    // and may not ask in another unit's name
    expect(
      await refusedUnchanged(t.sql, () =>
        health.request(RequestFundingDocument, {
          input: {
            delegationId: delegation,
            purpose: 'x',
            amountCny: '1',
            requestingUnitId: org['COMMERCE'],
          },
        }),
      ),
    ).toMatchObject({ code: 'FORBIDDEN' });
    const { rejectFunding } = await finance.request(RejectFundingDocument, {
      input: { id: own.id, version: own.version, reason: '已由卫健委预算列支' },
    });
    expect(rejectFunding).toMatchObject({ status: 'REJECTED', rejectReason: '已由卫健委预算列支' });
    const { fundingRequests: financeSees } = await finance.request(FundingRequestsDocument, {
      filter: { delegation: { eq: delegation } },
    });
    expect(financeSees.totalCount).toBe(2);
  });

  it('the health unit responds to an incident a lead logged; the time to respond is shown', async () => {
    const openedAt = new Date(Date.now() - 5 * 60_000).toISOString();
    const { openHealthIncident: incident } = await lead.request(OpenHealthIncidentDocument, {
      input: {
        delegationId: delegation,
        subDelegationId: subDelegation['COMMERCE'],
        personName: '王一',
        description: '发热 38.5℃，酒店房间',
        openedAt,
      },
    });
    expect(incident).toMatchObject({
      status: 'OPEN',
      subDelegation: { key: 'COMMERCE' },
      timeToRespond: null,
      version: 1,
    });
    // a lead logs for the sub-delegations it leads only
    expect(
      await refusedUnchanged(t.sql, () =>
        lead.request(OpenHealthIncidentDocument, {
          input: {
            delegationId: delegation,
            subDelegationId: subDelegation['HEALTH'],
            description: 'x',
          },
        }),
      ),
    ).toMatchObject({ code: 'FORBIDDEN' });
    // the railway's unit reads none of the log
    expect((await railway.request(HealthIncidentsDocument, {})).healthIncidents.totalCount).toBe(0);
    expect(
      await refusedUnchanged(t.sql, () =>
        railway.request(RespondHealthIncidentDocument, {
          input: { id: incident.id, version: 1, response: 'x' },
        }),
      ),
    ).toMatchObject({ code: 'NOT_FOUND', field: 'input.id' });
    expect(
      await refusedUnchanged(t.sql, () =>
        health.request(RespondHealthIncidentDocument, {
          input: { id: incident.id, version: 1, response: '  ' },
        }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.response' });
    const { respondHealthIncident: responded } = await health.request(
      RespondHealthIncidentDocument,
      { input: { id: incident.id, version: 1, response: '驻地医生上门诊治，已服药' } },
    );
    expect(responded).toMatchObject({ status: 'RESPONDED', version: 2 });
    // about five minutes, as the server computes it from the two times
    expect(responded.timeToRespond).toBeGreaterThanOrEqual(299);
    expect(responded.timeToRespond).toBeLessThan(400);
    expect(responded.timeToRespond).toBe(
      Math.round((Date.parse(responded.respondedAt!) - Date.parse(openedAt)) / 1000),
    );
    // the lead and the office read it, responded
    const { healthIncidents } = await lead.request(HealthIncidentsDocument, {});
    expect(healthIncidents.nodes.map((n) => [n.status, n.response])).toEqual([
      ['RESPONDED', '驻地医生上门诊治，已服药'],
    ]);
    const { closeHealthIncident: closed } = await health.request(CloseHealthIncidentDocument, {
      input: { id: incident.id, version: 2 },
    });
    expect(closed).toMatchObject({ status: 'CLOSED', version: 3 });
    expect(closed.closedBy).toBeTruthy();
    expect(
      await refusedUnchanged(t.sql, () =>
        health.request(RespondHealthIncidentDocument, {
          input: { id: incident.id, version: 3, response: 'again' },
        }),
      ),
    ).toMatchObject({ code: 'INVALID_TRANSITION' });
    expect(
      await refusedUnchanged(t.sql, () =>
        office.request(OpenHealthIncidentDocument, {
          input: {
            delegationId: delegation,
            description: 'later',
            openedAt: new Date(Date.now() + 3_600_000).toISOString(),
          },
        }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.openedAt' });
  });

  it('customs answers a purchaser, publicity records coverage, protocol answers a unit', async () => {
    const buyer = await t.client('PURCHASER', 'CIIE-5/QH/ONSITE_BUYER');
    const customs = await t.client('MEMBER_UNIT', 'CIIE-5/QH/CUSTOMS');
    const publicity = await t.client('MEMBER_UNIT', 'CIIE-5/QH/PUBLICITY');
    const protocol = await t.client('MEMBER_UNIT', 'CIIE-5/QH/FOREIGN_AFFAIRS');
    const deal = await signedDeal('refrigerated containers', '12000.00');
    const { askCustoms } = await buyer.request(AskCustomsDocument, {
      input: {
        dealId: deal.id,
        goods: '冷藏集装箱',
        hsCode: '8609.0000',
        question: '进口是否需要3C认证？',
      },
    });
    expect(askCustoms).toMatchObject({ status: 'OPEN', hsCode: '86090000', deal: { id: deal.id } });
    for (const [input, field] of [
      [{ dealId: deal.id, goods: 'x', hsCode: '12', question: 'q' }, 'input.hsCode'],
      [{ goods: 'x', question: 'q' }, 'input.dealId'],
    ] as const)
      expect(
        await refusedUnchanged(t.sql, () => buyer.request(AskCustomsDocument, { input })),
      ).toMatchObject({ code: 'BAD_USER_INPUT', field });
    // the railway reads none; the office reads it but only the CUSTOMS unit answers
    expect(
      (await railway.request(CustomsConsultationsDocument, {})).customsConsultations.totalCount,
    ).toBe(0);
    expect(
      await refusedUnchanged(t.sql, () =>
        office.request(AnswerCustomsDocument, {
          input: { id: askCustoms.id, version: 1, answer: 'x' },
        }),
      ),
    ).toMatchObject({ code: 'FORBIDDEN' });
    const { answerCustoms } = await customs.request(AnswerCustomsDocument, {
      input: { id: askCustoms.id, version: 1, answer: '需办理强制性产品认证，可咨询西宁海关' },
    });
    expect(answerCustoms).toMatchObject({ status: 'ANSWERED', version: 2 });
    const { customsConsultations } = await buyer.request(CustomsConsultationsDocument, {});
    expect(customsConsultations.nodes.map((n) => n.status)).toEqual(['ANSWERED']);

    const { recordPublicity } = await publicity.request(RecordPublicityDocument, {
      input: {
        delegationId: delegation,
        outlet: '青海日报',
        title: '青海交易团进博会签约',
        publishedOn: '2022-11-07',
        link: 'https://www.qhrb.com.cn/ciie',
      },
    });
    expect(recordPublicity).toMatchObject({ outlet: '青海日报', version: 1 });
    expect(
      await refusedUnchanged(t.sql, () =>
        publicity.request(RecordPublicityDocument, {
          input: {
            delegationId: delegation,
            outlet: 'x',
            title: 'x',
            publishedOn: '2022-11-07',
            link: 'javascript:alert(1)',
          },
        }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.link' });
    expect(
      (await railway.request(PublicityRecordsDocument, {})).publicityRecords.nodes.map(
        (n) => n.title,
      ),
    ).toEqual(['青海交易团进博会签约']);

    const { askProtocol } = await health.request(AskProtocolDocument, {
      input: { delegationId: delegation, subject: '外宾会见', question: '会见座次如何安排？' },
    });
    expect(askProtocol).toMatchObject({ status: 'OPEN', requestingUnit: { key: 'HEALTH' } });
    expect((await railway.request(ProtocolRequestsDocument, {})).protocolRequests.totalCount).toBe(
      0,
    );
    const { answerProtocol } = await protocol.request(AnswerProtocolDocument, {
      input: { id: askProtocol.id, version: 1, answer: '主宾居右' },
    });
    expect(answerProtocol).toMatchObject({ status: 'ANSWERED', answer: '主宾居右' });
    expect(
      await refusedUnchanged(t.sql, () =>
        protocol.request(AnswerProtocolDocument, {
          input: { id: askProtocol.id, version: 2, answer: 'again' },
        }),
      ),
    ).toMatchObject({ code: 'INVALID_TRANSITION' });
  });

  it('bad input writes nothing and names the field', async () => {
    const { createOnsiteEvent: event } = await office.request(CreateOnsiteEventDocument, {
      input: {
        delegationId: delegation,
        kind: 'OTHER',
        title: '欢迎晚宴',
        startsAt: '2022-11-04T10:00:00Z',
        endsAt: '2022-11-04T12:00:00Z',
      },
    });
    const cases: [string, () => Promise<unknown>, string, string][] = [
      [
        'an event ending before it starts',
        () =>
          office.request(CreateOnsiteEventDocument, {
            input: {
              delegationId: delegation,
              kind: 'OTHER',
              title: 't',
              startsAt: '2022-11-04T10:00:00Z',
              endsAt: '2022-11-04T09:00:00Z',
            },
          }),
        'BAD_USER_INPUT',
        'input.endsAt',
      ],
      [
        'a blank title',
        () =>
          office.request(UpdateOnsiteEventDocument, {
            input: { id: event.id, version: event.version, title: '  ' },
          }),
        'BAD_USER_INPUT',
        'input.title',
      ],
      [
        'an organiser that is no member unit',
        () =>
          office.request(CreateOnsiteEventDocument, {
            input: {
              delegationId: delegation,
              kind: 'OTHER',
              title: 't',
              startsAt: '2022-11-04T10:00:00Z',
              endsAt: '2022-11-04T11:00:00Z',
              organiserId: purchaser.organisation
                ? toGlobalId('Organisation', purchaser.organisation)
                : '',
            },
          }),
        'NOT_FOUND',
        'input.organiserId',
      ],
      [
        'two participants at once',
        () =>
          office.request(AddOnsiteParticipantDocument, {
            input: { eventId: event.id, purchaserId: purchaser.gid, guestName: 'x' },
          }),
        'BAD_USER_INPUT',
        'input.guestName',
      ],
      [
        'no amount',
        () =>
          office.request(RequestFundingDocument, {
            input: { delegationId: delegation, purpose: 'p', amountCny: '0' },
          }),
        'BAD_USER_INPUT',
        'input.amountCny',
      ],
      [
        'a fraction of a fen',
        () =>
          office.request(RequestFundingDocument, {
            input: { delegationId: delegation, purpose: 'p', amountCny: '1.005' },
          }),
        'BAD_USER_INPUT',
        'input.amountCny',
      ],
      [
        'an amount over numeric(14,2)',
        () =>
          office.request(RequestFundingDocument, {
            input: { delegationId: delegation, purpose: 'p', amountCny: '1000000000000' },
          }),
        'BAD_USER_INPUT',
        'input.amountCny',
      ],
      [
        'no purpose',
        () =>
          office.request(RequestFundingDocument, {
            input: { delegationId: delegation, purpose: ' ', amountCny: '1' },
          }),
        'BAD_USER_INPUT',
        'input.purpose',
      ],
    ];
    for (const [name, call, code, field] of cases)
      expect([name, await refusedUnchanged(t.sql, call)]).toMatchObject([name, { code, field }]);
    const { requestFunding } = await office.request(RequestFundingDocument, {
      input: { delegationId: delegation, purpose: '交通补贴', amountCny: '10' },
    });
    expect(
      await refusedUnchanged(t.sql, () =>
        finance.request(RejectFundingDocument, {
          input: { id: requestFunding.id, version: 1, reason: '' },
        }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });
  });
});
