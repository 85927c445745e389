/**
 * The rest of #21, as the roles meet it through the SDK: the HEALTH unit writes the emergency
 * plan for the stay and approves its versions (the one in force superseded in the same
 * transaction, never two in force), and designates each sub-delegation's health and safety
 * person, shown on the sub-delegation and on its incidents with contacts masked as elsewhere;
 * the railway's real-name train manifest carries ID numbers, in full to the TICKETING unit for
 * the trips it books (the one masking rule), every such export audited. Every refused call
 * writes nothing and names its field.
 */
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  AddOnsiteParticipantDocument,
  ApproveEmergencyPlanDocument,
  CancelDealDocument,
  CreateOnsiteEventDocument,
  DealAggregateDocument,
  DeleteOnsiteEventDocument,
  DeletePublicityRecordDocument,
  EventDealTotalsDocument,
  LinkDealToEventDocument,
  OnsiteEventDocument,
  PublicityRecordsDocument,
  RecordDealDocument,
  RecordPublicityDocument,
  CreateEmergencyPlanDocument,
  DesignateSubDelegationContactDocument,
  EmergencyPlanDocument,
  EmergencyPlansDocument,
  HealthIncidentsDocument,
  OpenHealthIncidentDocument,
  UpdateOnsiteEventDocument as UpdateEventDocument,
  RequestTripDocument,
  CancelTripDocument,
  SubDelegationContactsDocument,
  trainManifestFile,
  UpdateEmergencyPlanDocument,
  type DelegationHubClient,
} from '../../sdk/src/index.js';
import { fromGlobalId, toGlobalId } from '../../server/src/graphql/relay.js';
import { refusal, refusedUnchanged } from '../helpers/refusals.js';
import { useTestServer } from '../helpers/server.js';
import { seeded, tradeAttendee, tradePurchaser } from '../helpers/trade.js';

describe('the emergency plan and the designated persons of the stay', () => {
  const t = useTestServer();
  let office: DelegationHubClient;
  let health: DelegationHubClient;
  let railway: DelegationHubClient;
  let lead: DelegationHubClient;
  let delegation: string;
  let subDelegation: Record<string, string>;
  const org: Record<string, string> = {};

  beforeAll(async () => {
    const ids = await seeded(t.sql);
    delegation = ids.delegation;
    subDelegation = ids.subDelegation;
    office = await t.client('DELEGATION_OFFICE', 'CIIE-5/QH');
    health = await t.client('MEMBER_UNIT', 'CIIE-5/QH/HEALTH');
    railway = await t.client('MEMBER_UNIT', 'CIIE-5/QH/RAILWAY');
    lead = await t.client('SUB_DELEGATION_LEAD', 'CIIE-5/QH/COMMERCE');
    const { rows } = await t.sql.query<{ key: string; id: string }>(
      `select key, id from organisation where key in ('HEALTH', 'COMMERCE')`,
    );
    for (const row of rows) org[row.key] = toGlobalId('Organisation', row.id);
  });

  it('versions of the plan: DRAFT, APPROVED, then SUPERSEDED by the next, never two in force', async () => {
    const { createEmergencyPlan: first } = await health.request(CreateEmergencyPlanDocument, {
      input: {
        delegationId: delegation,
        title: '青海交易团赴沪参会卫生应急预案',
        body: '# 一、总则\n\n发生突发公共卫生事件时……',
        effectiveFrom: '2022-11-03',
      },
    });
    expect(first).toMatchObject({
      number: 1,
      status: 'DRAFT',
      format: 'MARKDOWN',
      version: 1,
      subDelegation: null,
      // written by the HEALTH unit: its own unit is the author
      authorUnit: { key: 'HEALTH' },
      approvedAt: null,
    });
    // the delegation's readers read it: a lead, the railway's unit
    for (const reader of [lead, railway]) {
      const { emergencyPlans } = await reader.request(EmergencyPlansDocument, {
        filter: { delegation: { eq: delegation } },
      });
      expect(emergencyPlans.nodes.map((p) => p.title)).toEqual([first.title]);
    }

    // bad input names its field and writes nothing
    for (const [input, field] of [
      [{ title: '  ' }, 'input.title'],
      [{ body: 'x'.repeat(100_001) }, 'input.body'],
      [
        { subDelegationId: toGlobalId('SubDelegation', crypto.randomUUID()) },
        'input.subDelegationId',
      ],
      [{ authorUnitId: toGlobalId('Organisation', crypto.randomUUID()) }, 'input.authorUnitId'],
    ] as const) {
      const error = await refusedUnchanged(t.sql, () =>
        health.request(CreateEmergencyPlanDocument, {
          input: { ...{ delegationId: delegation, title: 't', body: 'b' }, ...input },
        }),
      );
      expect(error.field).toBe(field);
      expect(['BAD_USER_INPUT', 'NOT_FOUND']).toContain(error.code);
    }
    // the plan is the office's and the HEALTH unit's to write: not the railway's, nor a lead's
    for (const other of [railway, lead])
      expect(
        await refusedUnchanged(t.sql, () =>
          other.request(CreateEmergencyPlanDocument, {
            input: { delegationId: delegation, title: 't', body: 'b' },
          }),
        ),
      ).toMatchObject({ code: 'FORBIDDEN' });

    // a draft changes with its version; a stale one is the one CONFLICT
    const { updateEmergencyPlan: edited } = await office.request(UpdateEmergencyPlanDocument, {
      input: { id: first.id, version: 1, body: '# 一、总则\n\n二、组织机构……', format: 'PLAIN' },
    });
    expect(edited).toMatchObject({ version: 2, format: 'PLAIN', number: 1 });
    expect(
      await refusal(
        health.request(UpdateEmergencyPlanDocument, {
          input: { id: first.id, version: 1, title: 'stale' },
        }),
      ),
    ).toEqual({ code: 'CONFLICT', field: 'input.version', currentVersion: 2 });
    expect(
      await refusedUnchanged(t.sql, () =>
        health.request(ApproveEmergencyPlanDocument, { input: { id: first.id, version: 1 } }),
      ),
    ).toMatchObject({ code: 'CONFLICT', field: 'input.version' });
    expect(
      await refusedUnchanged(t.sql, () =>
        railway.request(ApproveEmergencyPlanDocument, { input: { id: first.id, version: 2 } }),
      ),
    ).toMatchObject({ code: 'FORBIDDEN' });

    const { approveEmergencyPlan: inForce } = await health.request(ApproveEmergencyPlanDocument, {
      input: { id: first.id, version: 2 },
    });
    expect(inForce).toMatchObject({ status: 'APPROVED', version: 3 });
    expect(inForce.approvedBy).toBeTruthy();
    // an approved version does not change: the next one is a new version
    expect(
      await refusedUnchanged(t.sql, () =>
        health.request(UpdateEmergencyPlanDocument, {
          input: { id: first.id, version: 3, title: 'changed' },
        }),
      ),
    ).toMatchObject({ code: 'INVALID_TRANSITION' });

    const { createEmergencyPlan: second } = await office.request(CreateEmergencyPlanDocument, {
      input: {
        delegationId: delegation,
        title: '应急预案（修订）',
        body: '修订稿',
        authorUnitId: org['HEALTH'],
      },
    });
    expect(second).toMatchObject({ number: 2, status: 'DRAFT', authorUnit: { key: 'HEALTH' } });
    // a sub-delegation's plan is numbered, and in force, on its own
    const { createEmergencyPlan: commerce } = await health.request(CreateEmergencyPlanDocument, {
      input: {
        delegationId: delegation,
        subDelegationId: subDelegation['COMMERCE'],
        title: '商贸分团应急预案',
        body: '分团细则',
      },
    });
    expect(commerce).toMatchObject({ number: 1, subDelegation: { key: 'COMMERCE' } });
    await health.request(ApproveEmergencyPlanDocument, {
      input: { id: commerce.id, version: commerce.version },
    });

    const { approveEmergencyPlan: next } = await health.request(ApproveEmergencyPlanDocument, {
      input: { id: second.id, version: second.version },
    });
    expect(next.status).toBe('APPROVED');
    const { emergencyPlan: old } = await lead.request(EmergencyPlanDocument, { id: first.id });
    expect(old).toMatchObject({ status: 'SUPERSEDED', version: 4 });
    expect(old!.supersededAt).toBeTruthy();
    const { emergencyPlans: approved } = await office.request(EmergencyPlansDocument, {
      filter: { status: { eq: 'APPROVED' } },
    });
    // latest number first
    expect(approved.nodes.map((p) => [p.subDelegation?.key ?? null, p.number])).toEqual([
      [null, 2],
      ['COMMERCE', 1],
    ]);
    // an incident shows the plan in force for it: its sub-delegation's, else the delegation's
    const { openHealthIncident: inCommerce } = await lead.request(OpenHealthIncidentDocument, {
      input: {
        delegationId: delegation,
        subDelegationId: subDelegation['COMMERCE'],
        description: '预案：商贸分团',
      },
    });
    expect(inCommerce.emergencyPlan).toMatchObject({ id: commerce.id, number: 1 });
    const { openHealthIncident: inScience } = await office.request(OpenHealthIncidentDocument, {
      input: {
        delegationId: delegation,
        subDelegationId: subDelegation['SCIENCE'],
        description: '预案：全团',
      },
    });
    expect(inScience.emergencyPlan).toMatchObject({ id: second.id, number: 2 });
    // a superseded version is not approved again
    expect(
      await refusedUnchanged(t.sql, () =>
        health.request(ApproveEmergencyPlanDocument, { input: { id: first.id, version: 4 } }),
      ),
    ).toMatchObject({ code: 'INVALID_TRANSITION' });
    // the supersession and the approval are audited together
    const { rows: audited } = await t.sql.query<{ action: string }>(
      `select action from audit_event where entity_type = 'EmergencyPlan' order by id`,
    );
    expect(audited.map((a) => a.action)).toEqual(
      expect.arrayContaining(['emergencyPlan.supersede', 'emergencyPlan.approve']),
    );
    // the database holds one in force, and the workflow, against a direct statement too
    await expect(
      t.sql.query(
        `insert into emergency_plan (delegation_id, number, title, body, status, approved_by, approved_at, created_by)
         select delegation_id, 9, 'x', 'x', 'APPROVED', 'x', now(), 'x' from emergency_plan where id = (
           select id from emergency_plan where status = 'APPROVED' and sub_delegation_id is null)`,
      ),
    ).rejects.toMatchObject({ constraint: 'emergency_plan_status_transition' });
    await t.sql.query(
      `insert into emergency_plan (delegation_id, number, title, body, created_by)
       select delegation_id, 9, 'x', 'x', 'x' from emergency_plan where status = 'APPROVED' and sub_delegation_id is null`,
    );
    await expect(
      t.sql.query(
        `update emergency_plan set status = 'APPROVED', approved_by = 'x', approved_at = now() where number = 9`,
      ),
    ).rejects.toMatchObject({ constraint: 'emergency_plan_one_approved' });
    await t.sql.query(`delete from emergency_plan where number = 9`);
  });

  it("each sub-delegation's health and safety person: on the sub-delegation and its incidents, contacts masked", async () => {
    const { designateSubDelegationContact: designated } = await health.request(
      DesignateSubDelegationContactDocument,
      {
        input: {
          subDelegationId: subDelegation['COMMERCE']!,
          person: { name: '李医生', mobile: '13800138000' },
        },
      },
    );
    expect(designated).toMatchObject({
      kind: 'HEALTH_SAFETY',
      version: 1,
      subDelegation: { key: 'COMMERCE' },
    });
    expect(designated.person!.name).toBe('李医生');
    // the office owns the person's contacts; the HEALTH unit and a lead read them masked
    const contactsOf = async (client: DelegationHubClient) => {
      const { node } = await client.request(SubDelegationContactsDocument, {
        id: subDelegation['COMMERCE']!,
      });
      return node && 'designatedContacts' in node ? node.designatedContacts : [];
    };
    expect((await contactsOf(office)).map((c) => c.person?.mobile)).toEqual(['13800138000']);
    expect((await contactsOf(health)).map((c) => c.person?.mobile)).toEqual(['***8000']);
    expect((await contactsOf(lead)).map((c) => [c.person?.name, c.person?.mobile])).toEqual([
      ['李医生', '***8000'],
    ]);

    // the incident log shows the person its sub-delegation designated
    await lead.request(OpenHealthIncidentDocument, {
      input: {
        delegationId: delegation,
        subDelegationId: subDelegation['COMMERCE'],
        personName: '张三',
        description: '胃肠不适',
      },
    });
    await office.request(OpenHealthIncidentDocument, {
      input: { delegationId: delegation, description: '无分团' },
    });
    const { healthIncidents } = await health.request(HealthIncidentsDocument, { first: 50 });
    expect(
      healthIncidents.nodes
        .filter((n) => ['无分团', '胃肠不适'].includes(n.description))
        .map((n) => [n.description, n.designatedPerson?.name ?? null])
        .sort(),
    ).toEqual([
      ['无分团', null],
      ['胃肠不适', '李医生'],
    ]);

    // replaced with the designation's version; a stale one is the one CONFLICT
    const { designateSubDelegationContact: replaced } = await office.request(
      DesignateSubDelegationContactDocument,
      {
        input: {
          subDelegationId: subDelegation['COMMERCE']!,
          person: { name: '王护士' },
          version: 1,
        },
      },
    );
    expect(replaced).toMatchObject({ id: designated.id, version: 2 });
    expect(replaced.person!.name).toBe('王护士');
    expect(
      await refusal(
        health.request(DesignateSubDelegationContactDocument, {
          input: {
            subDelegationId: subDelegation['COMMERCE']!,
            person: { personId: designated.person!.id },
            version: 1,
          },
        }),
      ),
    ).toEqual({ code: 'CONFLICT', field: 'input.version', currentVersion: 2 });
    // someone of the delegation by ID: the first designated, again
    const { designateSubDelegationContact: again } = await health.request(
      DesignateSubDelegationContactDocument,
      {
        input: {
          subDelegationId: subDelegation['COMMERCE']!,
          person: { personId: designated.person!.id },
          version: 2,
        },
      },
    );
    expect(again.person!.name).toBe('李医生');

    // refusals: the railway may not; a purchaser's attendee is not an official; bad input
    expect(
      await refusedUnchanged(t.sql, () =>
        railway.request(DesignateSubDelegationContactDocument, {
          input: { subDelegationId: subDelegation['HEALTH']!, person: { name: 'x' } },
        }),
      ),
    ).toMatchObject({ code: 'FORBIDDEN' });
    const buyer = await tradePurchaser(t.sql, { key: 'REST_BUYER', subDelegation: 'HEALTH' });
    const { rows } = await t.sql.query<{ id: string }>(
      `with p as (insert into person (delegation_id, name) values ($1, '参会人') returning id)
       insert into attendee (delegation_id, purchaser_id, person_id) select $1, $2, id from p
       returning person_id as id`,
      [buyer.delegation, buyer.id],
    );
    for (const [person, field, code] of [
      [{ personId: toGlobalId('Person', rows[0]!.id) }, 'input.person.personId', 'BAD_USER_INPUT'],
      [
        { personId: toGlobalId('Person', crypto.randomUUID()) },
        'input.person.personId',
        'NOT_FOUND',
      ],
      [{ name: '  ' }, 'input.person.name', 'BAD_USER_INPUT'],
      [{ name: 'x', mobile: 'call me' }, 'input.person.mobile', 'BAD_USER_INPUT'],
    ] as const)
      expect(
        await refusedUnchanged(t.sql, () =>
          health.request(DesignateSubDelegationContactDocument, {
            input: { subDelegationId: subDelegation['HEALTH']!, person },
          }),
        ),
      ).toMatchObject({ code, field });
  });

  it('the real-name manifest: the railway reads the ID numbers of the trips it books, audited', async () => {
    const commerce = await t.client('MEMBER_UNIT', 'CIIE-5/QH/COMMERCE');
    const day = '2022-11-03';
    const train = 'Z6801';
    // a traveller of the HEALTH sub-delegation that Culture & Tourism invited, and one of
    // Commerce's own (its inviting unit and its lead see its ID number today, as before)
    const far = await tradePurchaser(t.sql, { key: 'REST_FAR', subDelegation: 'HEALTH' });
    await t.sql.query(
      `update purchaser set invited_by_organisation_id = (select id from organisation where key = 'CULTURE_TOURISM') where id = $1`,
      [far.id],
    );
    const near = await tradePurchaser(t.sql, { key: 'REST_NEAR', subDelegation: 'COMMERCE' });
    const travellers = [
      { attendee: await tradeAttendee(t.sql, far.id, '马一'), id: '630102199001011234' },
      { attendee: await tradeAttendee(t.sql, near.id, '韩二'), id: '63010219920202567X' },
    ];
    const trips: { id: string; version: number }[] = [];
    for (const { attendee, id } of travellers) {
      await t.sql.query(
        `update person set id_number = $2 where id = (select person_id from attendee where id = $1)`,
        [attendee.id, id],
      );
      const { requestTrip } = await office.request(RequestTripDocument, {
        input: {
          attendeeId: attendee.gid,
          direction: 'OUTBOUND',
          travelDate: day,
          mode: 'TRAIN',
          serviceNumber: train,
        },
      });
      trips.push(requestTrip);
    }
    const exports = async () =>
      (
        await t.sql.query<{ actor: string; after: Record<string, unknown> }>(
          `select actor, after from audit_event where action = 'trainManifest.exportIdNumbers' order by at`,
        )
      ).rows;
    const manifestOf = (client: DelegationHubClient) =>
      trainManifestFile(client, {
        delegationId: delegation,
        travelDate: day,
        serviceNumber: train,
      });

    // the railway: both in full, in the workbook too, and the export audited (who, which train)
    const railwaySees = await manifestOf(railway);
    expect(railwaySees.passengers.map((p) => [p.name, p.idNumber])).toEqual(
      expect.arrayContaining([
        ['马一', '630102199001011234'],
        ['韩二', '63010219920202567X'],
      ]),
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(railwaySees.xlsx) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('团体乘车名单')!;
    expect(sheet.getRow(1).getCell(3).value).toBe('证件号码');
    expect(
      [2, 3].map((r) => [sheet.getRow(r).getCell(2).value, sheet.getRow(r).getCell(3).value]),
    ).toEqual(
      expect.arrayContaining([
        ['马一', '630102199001011234'],
        ['韩二', '63010219920202567X'],
      ]),
    );
    expect(await exports()).toEqual([
      {
        actor: expect.stringContaining('MEMBER_UNIT@CIIE-5/QH/RAILWAY'),
        after: {
          travelDate: day,
          serviceNumber: train,
          idNumbers: 2,
          tripIds: expect.arrayContaining(trips.map((trip) => fromGlobalId(trip.id)!.id)),
        },
      },
    ]);

    // Commerce (the LOGISTICS unit) and the Commerce lead: not the traveller they did not
    // invite and do not lead, at all; theirs as before, and that export audited as well
    for (const [client, who] of [
      [commerce, 'MEMBER_UNIT@CIIE-5/QH/COMMERCE'],
      [lead, 'SUB_DELEGATION_LEAD@CIIE-5/QH/COMMERCE'],
    ] as const) {
      const seen = await manifestOf(client);
      expect(seen.passengers.map((p) => [p.name, p.idNumber])).toEqual([
        ['韩二', '63010219920202567X'],
      ]);
      expect((await exports()).at(-1)).toMatchObject({
        actor: expect.stringContaining(who),
        after: { idNumbers: 1 },
      });
    }

    // a cancelled trip is no trip the railway books: off the manifest, its number with it
    await office.request(CancelTripDocument, {
      input: { id: trips[0]!.id, version: trips[0]!.version, reason: '改乘航班' },
    });
    const after = await manifestOf(railway);
    expect(after.passengers.map((p) => p.name)).toEqual(['韩二']);
    expect(after.travellers).toBe(1);
  });

  it('totals per event: dealAggregate grouped by EVENT, by the one deal-totals rule', async () => {
    const commerce = await t.client('MEMBER_UNIT', 'CIIE-5/QH/COMMERCE');
    const buyer = await tradePurchaser(t.sql, { key: 'REST_EVENTS', subDelegation: 'ECOLOGY' });
    const event = async (kind: 'SIGNING_CEREMONY' | 'MATCHMAKING', title: string) =>
      (
        await commerce.request(CreateOnsiteEventDocument, {
          input: {
            delegationId: delegation,
            kind,
            title,
            startsAt: '2022-11-06T06:00:00Z',
            endsAt: '2022-11-06T08:00:00Z',
          },
        })
      ).createOnsiteEvent;
    const ceremony = await event('SIGNING_CEREMONY', '集中签约仪式');
    const matchmaking = await event('MATCHMAKING', '供需对接会');
    const deal = async (amount: string, to: string | null) => {
      const { recordDeal } = await office.request(RecordDealDocument, {
        input: {
          purchaserId: buyer.gid,
          goods: `event goods ${amount}`,
          amount,
          currency: 'USD',
          signedOn: '2022-11-06',
        },
      });
      if (!to) return recordDeal;
      const { linkDealToEvent } = await commerce.request(LinkDealToEventDocument, {
        input: { dealId: recordDeal.id, eventId: to, version: recordDeal.version },
      });
      return linkDealToEvent;
    };
    await deal('1000.10', ceremony.id);
    await deal('2000.20', ceremony.id);
    const cancelled = await deal('5.00', ceremony.id);
    await office.request(CancelDealDocument, { id: cancelled.id, version: cancelled.version });
    await deal('300.00', matchmaking.id);
    await deal('40.00', null);

    const filter = { purchaser: { id: { eq: buyer.gid } } };
    const byEvent = async (groupBy: ('EVENT' | 'STATUS')[]) =>
      (await office.request(DealAggregateDocument, { filter, groupBy })).dealAggregate.map((g) => [
        g.event?.title ?? null,
        g.status ?? null,
        g.inTotals,
        g.count,
        g.sumUsd,
      ]);
    // a cancelled deal is in no event's total; deals linked to none are their own group
    expect((await byEvent(['EVENT'])).sort()).toEqual(
      [
        ['集中签约仪式', null, true, 2, '3000.30'],
        ['供需对接会', null, true, 1, '300.00'],
        [null, null, true, 1, '40.00'],
      ].sort(),
    );
    // broken down by status, the cancelled one shows, marked as in no total
    expect(await byEvent(['EVENT', 'STATUS'])).toEqual(
      expect.arrayContaining([
        ['集中签约仪式', 'CANCELLED', false, 1, '5.00'],
        ['集中签约仪式', 'SIGNED', true, 2, '3000.30'],
      ]),
    );
    // each event's group is what its own totals say (dealAggregate filtered by the event)
    for (const e of [ceremony, matchmaking]) {
      const [own] = (await office.request(EventDealTotalsDocument, { eventId: e.id }))
        .dealAggregate;
      const group = (
        await office.request(DealAggregateDocument, { filter, groupBy: ['EVENT'] })
      ).dealAggregate.find((g) => g.event?.id === e.id)!;
      expect([group.count, group.sumUsd]).toEqual([own!.count, own!.sumUsd]);
    }
  });

  it('an on-site event is deleted only while no deal is linked, a publicity record with its version', async () => {
    const commerce = await t.client('MEMBER_UNIT', 'CIIE-5/QH/COMMERCE');
    const publicity = await t.client('MEMBER_UNIT', 'CIIE-5/QH/PUBLICITY');
    const buyer = await tradePurchaser(t.sql, { key: 'REST_DELETE', subDelegation: 'ECOLOGY' });
    const { createOnsiteEvent: event } = await commerce.request(CreateOnsiteEventDocument, {
      input: {
        delegationId: delegation,
        kind: 'OTHER',
        title: '待删除的活动',
        startsAt: '2022-11-07T06:00:00Z',
        endsAt: '2022-11-07T07:00:00Z',
      },
    });
    await commerce.request(AddOnsiteParticipantDocument, {
      input: { eventId: event.id, guestName: '来宾' },
    });
    const { recordDeal } = await office.request(RecordDealDocument, {
      input: { purchaserId: buyer.gid, goods: 'kept', amount: '1.00', currency: 'USD' },
    });
    const { linkDealToEvent: linked } = await commerce.request(LinkDealToEventDocument, {
      input: { dealId: recordDeal.id, eventId: event.id, version: recordDeal.version },
    });
    // a deal is linked: IN_USE, nothing written
    expect(
      await refusedUnchanged(t.sql, () =>
        commerce.request(DeleteOnsiteEventDocument, { id: event.id, version: event.version }),
      ),
    ).toMatchObject({ code: 'IN_USE', field: 'id' });
    // the railway reads the programme but does not run it; a lead neither
    for (const other of [railway, lead])
      expect(
        await refusedUnchanged(t.sql, () =>
          other.request(DeleteOnsiteEventDocument, { id: event.id, version: event.version }),
        ),
      ).toMatchObject({ code: 'FORBIDDEN' });
    await commerce.request(LinkDealToEventDocument, {
      input: { dealId: recordDeal.id, eventId: null, version: linked.version },
    });
    const { updateOnsiteEvent: changed } = await commerce.request(UpdateEventDocument, {
      input: { id: event.id, version: event.version, place: 'NECC' },
    });
    expect(
      await refusal(
        commerce.request(DeleteOnsiteEventDocument, { id: event.id, version: event.version }),
      ),
    ).toEqual({ code: 'CONFLICT', field: 'version', currentVersion: changed.version });
    const { deleteOnsiteEvent } = await commerce.request(DeleteOnsiteEventDocument, {
      id: event.id,
      version: changed.version,
    });
    expect(deleteOnsiteEvent.id).toBe(delegation);
    expect((await office.request(OnsiteEventDocument, { id: event.id })).onsiteEvent).toBeNull();
    const { rows } = await t.sql.query(
      `select (select count(*)::int from onsite_participant where guest_name = '来宾') as participants,
         (select count(*)::int from audit_event where action = 'onsiteEvent.delete') as audited`,
    );
    expect(rows[0]).toEqual({ participants: 0, audited: 1 });

    const { recordPublicity: record } = await publicity.request(RecordPublicityDocument, {
      input: {
        delegationId: delegation,
        outlet: '青海日报',
        title: '青海交易团签约',
        publishedOn: '2022-11-07',
      },
    });
    expect(
      await refusedUnchanged(t.sql, () =>
        railway.request(DeletePublicityRecordDocument, { id: record.id, version: record.version }),
      ),
    ).toMatchObject({ code: 'FORBIDDEN' });
    expect(
      await refusal(
        publicity.request(DeletePublicityRecordDocument, {
          id: record.id,
          version: record.version + 1,
        }),
      ),
    ).toEqual({ code: 'CONFLICT', field: 'version', currentVersion: record.version });
    await publicity.request(DeletePublicityRecordDocument, {
      id: record.id,
      version: record.version,
    });
    const { publicityRecords } = await office.request(PublicityRecordsDocument, {});
    expect(publicityRecords.nodes.map((n) => n.title)).not.toContain('青海交易团签约');
    expect(
      await refusedUnchanged(t.sql, () =>
        publicity.request(DeletePublicityRecordDocument, {
          id: record.id,
          version: record.version,
        }),
      ),
    ).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
  });
});
