/**
 * The delegation on the move (#21, slice 1), as the roles meet it through the SDK: a purchaser
 * asks for its attendee's train, the railway (the TICKETING service unit) books and issues it and
 * exports the train's manifest; the office applies for certificates, issued only over a passed
 * background check; Commerce (the LOGISTICS unit) books rooms, and the database refuses a double
 * booking however it is written; the readiness board's counts are the records'. The railway sees
 * its queue and nothing of the purchasers, and nothing of another delegation.
 */
import ExcelJS from 'exceljs';
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  AddRoomDocument,
  AddServiceUnitDocument,
  ApplyCertificateDocument,
  ArrangeMealDocument,
  AssignRoomDocument,
  AttendeeLogisticsDocument,
  BookTripDocument,
  CancelTripDocument,
  CheckInAttendeeDocument,
  CollectCertificateDocument,
  CreateRoomBlockDocument,
  IssueCertificateDocument,
  IssueTripDocument,
  MealsDocument,
  NodeDocument,
  PurchaserDocument,
  ReadinessBoardDocument,
  RemoveRoomAssignmentDocument,
  RequestTripDocument,
  RoomBlocksDocument,
  ServiceUnitsDocument,
  TrainManifestDocument,
  TripDocument,
  TripsDocument,
  trainManifestFile,
  UpdateMealDocument,
  type DelegationHubClient,
} from '../../sdk/src/index.js';
import { fromGlobalId, toGlobalId } from '../../server/src/graphql/relay.js';
import { refusal, refusedUnchanged } from '../helpers/refusals.js';
import { useTestServer } from '../helpers/server.js';
import { seeded, tradeAttendee, tradePurchaser } from '../helpers/trade.js';

const OUT = '2022-11-03';
/** The 5th CIIE opens on 5 November 2022: the first night of the stay is the 4th. */
const FIRST_NIGHT = '2022-11-04';

describe('logistics: travel, certificates, rooms and the readiness board', () => {
  const t = useTestServer();
  let office: DelegationHubClient;
  let railway: DelegationHubClient;
  let commerce: DelegationHubClient;
  let health: DelegationHubClient;
  let buyer: DelegationHubClient;
  let delegationId: string;
  let purchaser: Awaited<ReturnType<typeof tradePurchaser>>;
  let other: Awaited<ReturnType<typeof tradePurchaser>>;
  const attendees: { id: string; gid: string }[] = [];
  let otherAttendee: { id: string; gid: string };

  beforeAll(async () => {
    const ids = await seeded(t.sql);
    delegationId = ids.delegation;
    purchaser = await tradePurchaser(t.sql, { key: 'LOGI_BUYER', subDelegation: 'COMMERCE' });
    other = await tradePurchaser(t.sql, { key: 'LOGI_OTHER', subDelegation: 'HEALTH' });
    for (const name of ['王一', '李二', '张三'])
      attendees.push(await tradeAttendee(t.sql, purchaser.id, name));
    otherAttendee = await tradeAttendee(t.sql, other.id, '赵四');
    office = await t.client('DELEGATION_OFFICE', 'CIIE-5/QH');
    railway = await t.client('MEMBER_UNIT', 'CIIE-5/QH/RAILWAY');
    commerce = await t.client('MEMBER_UNIT', 'CIIE-5/QH/COMMERCE');
    health = await t.client('MEMBER_UNIT', 'CIIE-5/QH/HEALTH');
    buyer = await t.client('PURCHASER', 'CIIE-5/QH/LOGI_BUYER');
  });

  it("seeds the plan's service units: the railway books tickets, Commerce lodges and feeds", async () => {
    const { delegation } = await office.request(ServiceUnitsDocument, {
      expoKey: 'CIIE-5',
      key: 'QH',
    });
    const duties = Object.fromEntries(delegation!.serviceUnits.map((s) => [s.unit.key, s.duty]));
    expect(duties).toEqual({
      COMMERCE: 'LOGISTICS',
      RAILWAY: 'TICKETING',
      HEALTH: 'HEALTH',
      FINANCE: 'FINANCE',
      CUSTOMS: 'CUSTOMS',
      PUBLICITY: 'PUBLICITY',
      FOREIGN_AFFAIRS: 'PROTOCOL',
    });
    // a duty a unit has already is CONFLICT; only the office sets them
    const railwayOrg = delegation!.serviceUnits.find((s) => s.unit.key === 'RAILWAY')!.unit.id;
    expect(
      await refusedUnchanged(t.sql, () =>
        office.request(AddServiceUnitDocument, {
          input: { delegationId, organisationId: railwayOrg, duty: 'TICKETING' },
        }),
      ),
    ).toMatchObject({ code: 'CONFLICT', field: 'input.duty' });
    expect(
      await refusal(
        railway.request(AddServiceUnitDocument, {
          input: { delegationId, organisationId: railwayOrg, duty: 'LOGISTICS' },
        }),
      ),
    ).toEqual({ code: 'FORBIDDEN', field: undefined });
  });

  it("an attendee's trip is requested by its purchaser, booked and issued by the railway", async () => {
    const [a] = attendees;
    const { requestTrip } = await buyer.request(RequestTripDocument, {
      input: {
        attendeeId: a!.gid,
        direction: 'OUTBOUND',
        travelDate: OUT,
        mode: 'TRAIN',
        serviceNumber: ' z 164 ',
        fromStation: '西宁',
        toStation: '上海',
      },
    });
    expect(requestTrip).toMatchObject({
      status: 'REQUESTED',
      serviceNumber: 'Z164',
      travellerName: '王一',
      seat: null,
      version: 1,
    });
    // one live trip each way
    expect(
      await refusedUnchanged(t.sql, () =>
        buyer.request(RequestTripDocument, {
          input: {
            attendeeId: a!.gid,
            direction: 'OUTBOUND',
            travelDate: OUT,
            mode: 'FLIGHT',
            serviceNumber: 'MU5402',
          },
        }),
      ),
    ).toMatchObject({ code: 'CONFLICT', field: 'input.direction' });
    // the purchaser and the unit that invited it request, they do not book
    for (const client of [buyer, commerce])
      expect(
        await refusal(
          client.request(BookTripDocument, {
            input: { id: requestTrip.id, version: 1, seat: '05车12F' },
          }),
        ),
      ).toEqual({ code: client === buyer ? 'FORBIDDEN' : 'FORBIDDEN', field: undefined });
    // a ticket is not issued before it is booked
    expect(
      await refusal(
        railway.request(IssueTripDocument, { input: { id: requestTrip.id, version: 1 } }),
      ),
    ).toEqual({ code: 'INVALID_TRANSITION', field: undefined });
    const { bookTrip } = await railway.request(BookTripDocument, {
      input: { id: requestTrip.id, version: 1, seat: '05车12F' },
    });
    expect(bookTrip).toMatchObject({ status: 'BOOKED', seat: '05车12F', version: 2 });
    expect(bookTrip.bookedBy).toContain('MEMBER_UNIT@CIIE-5/QH/RAILWAY');
    // a stale version is the one CONFLICT
    expect(
      await refusal(
        railway.request(IssueTripDocument, { input: { id: requestTrip.id, version: 1 } }),
      ),
    ).toEqual({ code: 'CONFLICT', field: 'input.version', currentVersion: 2 });
    const { issueTrip } = await railway.request(IssueTripDocument, {
      input: { id: requestTrip.id, version: 2 },
    });
    expect(issueTrip).toMatchObject({ status: 'ISSUED', version: 3 });
    // the purchaser sees it under its attendee
    const { node } = await buyer.request(AttendeeLogisticsDocument, { id: a!.gid });
    expect(node).toMatchObject({ trips: [{ id: requestTrip.id, status: 'ISSUED' }] });
    // the database holds the workflow too: no jump from REQUESTED to ISSUED, even in SQL
    const second = await buyer.request(RequestTripDocument, {
      input: {
        attendeeId: a!.gid,
        direction: 'RETURN',
        travelDate: '2022-11-11',
        mode: 'TRAIN',
        serviceNumber: 'Z165',
      },
    });
    await expect(
      t.sql.query(`update trip set status = 'ISSUED', seat = '1A' where id = $1`, [
        fromGlobalId(second.requestTrip.id)!.id,
      ]),
    ).rejects.toMatchObject({ code: '23514', constraint: 'trip_status_transition' });
    const { cancelTrip } = await buyer.request(CancelTripDocument, {
      input: { id: second.requestTrip.id, version: 1, reason: 'staying on' },
    });
    expect(cancelTrip).toMatchObject({ status: 'CANCELLED', cancelReason: 'staying on' });
  });

  it("the railway's manifest of a train lists its travellers, as XLSX", async () => {
    // two more on the same train: one booked by the office, one only requested
    for (const a of attendees.slice(1))
      await office.request(RequestTripDocument, {
        input: {
          attendeeId: a.gid,
          direction: 'OUTBOUND',
          travelDate: OUT,
          mode: 'TRAIN',
          serviceNumber: 'Z164',
        },
      });
    // through the SDK's helper, which hands the workbook back as bytes
    const manifest = await trainManifestFile(railway, {
      delegationId,
      travelDate: OUT,
      serviceNumber: 'z164',
    });
    expect(manifest).toMatchObject({ travelDate: OUT, serviceNumber: 'Z164', travellers: 3 });
    expect(manifest.trips.map((trip) => trip.travellerName).sort()).toEqual(
      ['张三', '李二', '王一'].sort(),
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(manifest.xlsx) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('团体乘车名单')!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      '序号',
      '姓名',
      '证件号码',
      '单位',
      '分团',
      '方向',
      '日期',
      '车次',
      '出发站',
      '到达站',
      '座位',
      '状态',
    ]);
    expect(sheet.rowCount).toBe(4);
    const names = [2, 3, 4].map((r) => sheet.getRow(r).getCell(2).value);
    expect(names.sort()).toEqual(['张三', '李二', '王一'].sort());
    const wang = [2, 3, 4].map((r) => sheet.getRow(r)).find((r) => r.getCell(2).value === '王一')!;
    expect([wang.getCell(8).value, wang.getCell(11).value, wang.getCell(12).value]).toEqual([
      'Z164',
      '05车12F',
      'ISSUED',
    ]);
  });

  it('the railway reads its queue and nothing of the purchasers, and nothing of another delegation', async () => {
    const { trips } = await railway.request(TripsDocument, { first: 50 });
    expect(trips.totalCount).toBe(4);
    const trip = trips.edges[0]!.node;
    // the trip, not the attendee behind it: no contacts, no checks, no purchaser
    const { trip: read } = await railway.request(TripDocument, { id: trip.id });
    expect(read).toMatchObject({ id: trip.id, attendee: null });
    expect((await railway.request(NodeDocument, { id: attendees[0]!.gid })).node).toBeNull();
    expect((await railway.request(PurchaserDocument, { id: purchaser.gid })).purchaser).toBeNull();
    expect(
      await refusal(railway.request(ReadinessBoardDocument, { delegationId, first: 5 })),
    ).toEqual({ code: 'FORBIDDEN', field: undefined });
    // a member unit that does not book tickets does not read them
    expect((await health.request(TripsDocument, { first: 50 })).trips.totalCount).toBe(0);
    expect(
      await refusal(
        health.request(BookTripDocument, {
          input: { id: trip.id, version: trip.version, seat: '1A' },
        }),
      ),
    ).toEqual({ code: 'NOT_FOUND', field: 'input.id' });
    // another delegation's trip (Gansu, of the same edition) reads as missing to Qinghai's railway
    const one = async (text: string, params: unknown[] = []) =>
      (await t.sql.query(text, params)).rows[0].id as string;
    const expo = await one(`select id from expo where key = 'CIIE-5'`);
    const gs = await one(
      `insert into delegation (expo_id, key, name_zh, name_en, province_zh, province_en)
       values ($1, 'GS', '甘肃交易团', 'Gansu Delegation', '甘肃', 'Gansu') returning id`,
      [expo],
    );
    await one(
      `insert into sub_delegation (delegation_id, key, name_zh, name_en) values ($1, 'COMMERCE', '商贸分团', 'Commerce') returning id`,
      [gs],
    );
    const gsBuyer = await tradePurchaser(t.sql, {
      key: 'LOGI_GS',
      delegation: 'GS',
      subDelegation: 'COMMERCE',
    });
    const gsAttendee = await tradeAttendee(t.sql, gsBuyer.id, '陇一');
    const gsTrip = await one(
      `insert into trip (delegation_id, attendee_id, direction, travel_date, mode, service_number, requested_by)
       values ($1, $2, 'OUTBOUND', $3, 'TRAIN', 'Z164', 'test') returning id`,
      [gs, gsAttendee.id, OUT],
    );
    const gsGid = toGlobalId('Trip', gsTrip);
    expect((await railway.request(TripDocument, { id: gsGid })).trip).toBeNull();
    expect(
      await refusedUnchanged(t.sql, () =>
        railway.request(BookTripDocument, { input: { id: gsGid, version: 1, seat: '1A' } }),
      ),
    ).toMatchObject({ code: 'NOT_FOUND', field: 'input.id' });
    const gsManifest = await railway
      .request(TrainManifestDocument, {
        delegationId: toGlobalId('Delegation', gs),
        travelDate: OUT,
        serviceNumber: 'Z164',
      })
      .catch((e: unknown) => e);
    expect(gsManifest).toMatchObject({ code: 'NOT_FOUND', field: 'delegationId' });
  });

  it('a certificate is issued only over a passed background check, in the API and in the database', async () => {
    const [a, b] = attendees;
    const { applyCertificate } = await office.request(ApplyCertificateDocument, {
      input: { attendeeId: a!.gid },
    });
    expect(applyCertificate).toMatchObject({ status: 'APPLIED', version: 1 });
    const id = applyCertificate.id;
    const refused = await refusedUnchanged(t.sql, () =>
      office.request(IssueCertificateDocument, { input: { id, version: 1, number: 'QH-0001' } }),
    );
    expect(refused).toMatchObject({ code: 'INVALID_TRANSITION', field: 'input.id' });
    expect(refused.extensions.blockers).toEqual(['no passed background check']);
    // a direct statement is refused by the database's trigger
    await expect(
      t.sql.query(
        `update admission_certificate set status = 'ISSUED', issued_at = now() where id = $1`,
        [fromGlobalId(id)!.id],
      ),
    ).rejects.toMatchObject({
      code: '23514',
      constraint: 'admission_certificate_background_check',
    });
    // a failed check does not do, a passed one does
    // (the purchaser is APPROVED: its checks are past recording through the API, so in SQL)
    const check = (result: string) =>
      t.sql.query(
        `insert into background_check (delegation_id, attendee_id, result, checked_by, checked_at)
         values ($1, $2, $3, 'test', now())`,
        [fromGlobalId(delegationId)!.id, a!.id, result],
      );
    await check('FAILED');
    expect(
      await refusal(
        office.request(IssueCertificateDocument, { input: { id, version: 1, number: 'QH-0001' } }),
      ),
    ).toEqual({ code: 'INVALID_TRANSITION', field: 'input.id' });
    await check('PASSED');
    const { issueCertificate } = await office.request(IssueCertificateDocument, {
      input: { id, version: 1, number: 'QH-0001' },
    });
    expect(issueCertificate).toMatchObject({ status: 'ISSUED', number: 'QH-0001', version: 2 });
    // checked in on site once issued (or collected)
    const { collectCertificate } = await office.request(CollectCertificateDocument, {
      input: { id, version: 2 },
    });
    expect(collectCertificate.status).toBe('COLLECTED');
    const at = '2022-11-05T00:30:00.000Z';
    const { checkInAttendee } = await office.request(CheckInAttendeeDocument, {
      input: { id, version: 3, checkedInAt: at, place: '国家会展中心 北登录厅' },
    });
    expect(checkInAttendee).toMatchObject({
      checkedInAt: at,
      checkInPlace: '国家会展中心 北登录厅',
    });
    // one certificate per attendee; a second attendee's before its check is APPLIED only
    expect(
      await refusal(office.request(ApplyCertificateDocument, { input: { attendeeId: a!.gid } })),
    ).toEqual({ code: 'CONFLICT', field: 'input.attendeeId' });
    const second = await office.request(ApplyCertificateDocument, {
      input: { attendeeId: b!.gid },
    });
    expect(
      await refusedUnchanged(t.sql, () =>
        office.request(CheckInAttendeeDocument, {
          input: { id: second.applyCertificate.id, version: 1, checkedInAt: at, place: 'Gate 1' },
        }),
      ),
    ).toMatchObject({ code: 'INVALID_TRANSITION' });
    // the purchaser reads its attendee's certificate; it does not issue one
    const { node } = await buyer.request(AttendeeLogisticsDocument, { id: a!.gid });
    expect(node).toMatchObject({ admissionCertificate: { id, status: 'COLLECTED' } });
    expect(
      await refusal(
        buyer.request(IssueCertificateDocument, {
          input: { id: second.applyCertificate.id, version: 1 },
        }),
      ),
    ).toEqual({ code: 'FORBIDDEN', field: undefined });
  });

  it('a room assignment that would double-book is refused by the database, through the API and in SQL', async () => {
    const [a, b, c] = attendees;
    const { createRoomBlock } = await commerce.request(CreateRoomBlockDocument, {
      input: {
        delegationId,
        hotel: '上海虹桥宾馆',
        firstNight: FIRST_NIGHT,
        lastNight: '2022-11-09',
        rooms: 2,
        pricePerNight: '688.50',
      },
    });
    expect(createRoomBlock).toMatchObject({ roomsBooked: 2, pricePerNight: '688.50', rooms: [] });
    const blockId = createRoomBlock.id;
    const single = (
      await commerce.request(AddRoomDocument, { input: { blockId, number: '801', capacity: 1 } })
    ).addRoom;
    const twin = (
      await commerce.request(AddRoomDocument, { input: { blockId, number: '802', capacity: 2 } })
    ).addRoom;
    // no third room in a block of two, no number twice
    expect(
      await refusedUnchanged(t.sql, () =>
        commerce.request(AddRoomDocument, { input: { blockId, number: '803', capacity: 2 } }),
      ),
    ).toMatchObject({ code: 'CONFLICT', field: 'input.blockId' });
    const { assignRoom } = await commerce.request(AssignRoomDocument, {
      input: {
        roomId: single.id,
        attendeeId: a!.gid,
        firstNight: FIRST_NIGHT,
        lastNight: '2022-11-06',
      },
    });
    expect(assignRoom.map((x) => [x.night, x.attendeeName])).toEqual([
      ['2022-11-04', '王一'],
      ['2022-11-05', '王一'],
      ['2022-11-06', '王一'],
    ]);
    // the single room is full on the 5th; the attendee has a room on the 5th
    expect(
      await refusedUnchanged(t.sql, () =>
        commerce.request(AssignRoomDocument, {
          input: { roomId: single.id, attendeeId: b!.gid, firstNight: '2022-11-05' },
        }),
      ),
    ).toMatchObject({ code: 'CONFLICT', field: 'input.roomId' });
    expect(
      await refusedUnchanged(t.sql, () =>
        commerce.request(AssignRoomDocument, {
          input: {
            roomId: twin.id,
            attendeeId: a!.gid,
            firstNight: '2022-11-06',
            lastNight: '2022-11-07',
          },
        }),
      ),
    ).toMatchObject({ code: 'CONFLICT', field: 'input.attendeeId' });
    // the same, written straight to the database
    const [roomId, twinId] = [fromGlobalId(single.id)!.id, fromGlobalId(twin.id)!.id];
    await expect(
      t.sql.query(
        `insert into room_assignment (delegation_id, room_id, attendee_id, night, assigned_by)
         values ($1, $2, $3, '2022-11-05', 'sql')`,
        [fromGlobalId(delegationId)!.id, twinId, a!.id],
      ),
    ).rejects.toMatchObject({ code: '23505', constraint: 'room_assignment_attendee_id_night_key' });
    await expect(
      t.sql.query(
        `insert into room_assignment (delegation_id, room_id, attendee_id, night, assigned_by)
         values ($1, $2, $3, '2022-11-05', 'sql')`,
        [fromGlobalId(delegationId)!.id, roomId, b!.id],
      ),
    ).rejects.toMatchObject({ code: '23P01', constraint: 'room_assignment_capacity' });
    // two at once into the twin's last bed: the room's lock takes them in turn, one is refused
    await commerce.request(AssignRoomDocument, {
      input: { roomId: twin.id, attendeeId: b!.gid, firstNight: FIRST_NIGHT },
    });
    const racing = await Promise.allSettled(
      [c!, otherAttendee].map((x) =>
        commerce.request(AssignRoomDocument, {
          input: { roomId: twin.id, attendeeId: x.gid, firstNight: FIRST_NIGHT },
        }),
      ),
    );
    expect(racing.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(
      (racing.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason,
    ).toMatchObject({
      code: 'CONFLICT',
      field: 'input.roomId',
    });
    const { rows } = await t.sql.query(
      `select count(*)::int as n from room_assignment where room_id = $1 and night = $2`,
      [twinId, FIRST_NIGHT],
    );
    expect(rows[0].n).toBe(2);
    // freeing a night, and the blocks as Commerce and the office read them
    const freed = await commerce.request(RemoveRoomAssignmentDocument, { id: assignRoom[2]!.id });
    expect(freed.removeRoomAssignment).toBe(assignRoom[2]!.id);
    const { roomBlocks } = await office.request(RoomBlocksDocument, { first: 10 });
    expect(roomBlocks.nodes[0]!.rooms.map((r) => [r.number, r.assignments.length])).toEqual([
      ['801', 2],
      ['802', 2],
    ]);
    // the railway does not read the hotel
    expect((await railway.request(RoomBlocksDocument, { first: 10 })).roomBlocks.totalCount).toBe(
      0,
    );
  });

  it('meals are arranged per day by Commerce, one per day, meal and place', async () => {
    const { arrangeMeal } = await commerce.request(ArrangeMealDocument, {
      input: {
        delegationId,
        day: '2022-11-05',
        meal: 'LUNCH',
        place: '国家会展中心 餐厅',
        headcount: 40,
      },
    });
    expect(arrangeMeal).toMatchObject({ meal: 'LUNCH', headcount: 40, version: 1 });
    expect(
      await refusedUnchanged(t.sql, () =>
        commerce.request(ArrangeMealDocument, {
          input: {
            delegationId,
            day: '2022-11-05',
            meal: 'LUNCH',
            place: '国家会展中心 餐厅',
            headcount: 3,
          },
        }),
      ),
    ).toMatchObject({ code: 'CONFLICT', field: 'input.place' });
    const { updateMeal } = await commerce.request(UpdateMealDocument, {
      input: { id: arrangeMeal.id, version: 1, headcount: 42 },
    });
    expect(updateMeal).toMatchObject({ headcount: 42, version: 2 });
    expect((await office.request(MealsDocument, { first: 10 })).meals.totalCount).toBe(1);
    expect((await railway.request(MealsDocument, { first: 10 })).meals.totalCount).toBe(0);
    expect(
      await refusal(
        railway.request(UpdateMealDocument, {
          input: { id: arrangeMeal.id, version: 2, headcount: 1 },
        }),
      ),
    ).toEqual({ code: 'NOT_FOUND', field: 'input.id' });
  });

  it("the readiness board's counts are the records'", async () => {
    const board = async (filter?: Record<string, unknown>) =>
      (await office.request(ReadinessBoardDocument, { delegationId, first: 100, filter }))
        .readinessBoard!;
    const all = await board();
    // the same figures counted from the records, per sub-delegation
    const { rows } = await t.sql.query(
      `select s.key, count(*)::int as attendees,
         count(*) filter (where bc.result = 'PASSED')::int as "backgroundCheckPassed",
         count(*) filter (where c.status in ('ISSUED', 'COLLECTED'))::int as "certificateIssued",
         count(*) filter (where tk.id is not null)::int as "ticketIssued",
         count(*) filter (where ra.id is not null)::int as "roomAssigned",
         count(*) filter (where bc.result = 'PASSED' and c.status in ('ISSUED', 'COLLECTED')
           and tk.id is not null and ra.id is not null)::int as ready
       from attendee a join purchaser p on p.id = a.purchaser_id
         join sub_delegation s on s.id = p.sub_delegation_id
         left join lateral (select result from background_check b where b.attendee_id = a.id
           order by checked_at desc, result limit 1) bc on true
         left join admission_certificate c on c.attendee_id = a.id
         left join lateral (select id from trip where attendee_id = a.id and direction = 'OUTBOUND'
           and status = 'ISSUED' limit 1) tk on true
         left join lateral (select id from room_assignment where attendee_id = a.id
           and night = '2022-11-04' limit 1) ra on true
       where a.delegation_id = $1
       group by s.key order by s.key`,
      [fromGlobalId(delegationId)!.id],
    );
    type Figures = Record<'attendees' | 'ready', number> & Record<string, number>;
    const counted: Record<string, Figures> = Object.fromEntries(
      rows.map(({ key, ...figures }) => [
        key,
        { ...figures, notReady: figures.attendees - figures.ready },
      ]),
    );
    const shown = Object.fromEntries(
      all.bySubDelegation.map(({ subDelegation, ...figures }) => [subDelegation!.key, figures]),
    );
    expect(shown).toEqual(counted);
    expect(Object.keys(counted).sort()).toEqual(['COMMERCE', 'HEALTH']);
    // the first attendee is ready: checked, certificate issued, outbound ticket issued, a room
    expect(counted.COMMERCE).toMatchObject({ attendees: 3, ready: 1, ticketIssued: 1 });
    const total = Object.values(counted).reduce((sum, c) => sum + c.attendees, 0);
    expect(all.total).toMatchObject({ attendees: total, ready: 1, notReady: total - 1 });
    expect(all.attendees.totalCount).toBe(total);
    const wang = all.attendees.nodes.find((n) => n.name === '王一')!;
    expect(wang).toMatchObject({
      backgroundCheckPassed: true,
      certificateIssued: true,
      ticketIssued: true,
      roomAssigned: true,
      ready: true,
      subDelegation: { key: 'COMMERCE' },
    });
    const notReady = await board({ notReady: { eq: true } });
    expect(notReady.attendees.totalCount).toBe(all.total.notReady);
    expect(notReady.attendees.nodes.map((n) => n.name)).not.toContain('王一');
  });

  it('bad input writes nothing and names its field', async () => {
    const [a] = attendees;
    const cases: [() => Promise<unknown>, string][] = [
      [
        () =>
          buyer.request(RequestTripDocument, {
            input: {
              attendeeId: a!.gid,
              direction: 'RETURN',
              travelDate: OUT,
              mode: 'TRAIN',
              serviceNumber: 'G 12-34!',
            },
          }),
        'input.serviceNumber',
      ],
      [
        () =>
          commerce.request(CreateRoomBlockDocument, {
            input: {
              delegationId,
              hotel: 'H',
              firstNight: '2022-11-06',
              lastNight: '2022-11-05',
              rooms: 1,
              pricePerNight: '1',
            },
          }),
        'input.lastNight',
      ],
      [
        () =>
          commerce.request(CreateRoomBlockDocument, {
            input: {
              delegationId,
              hotel: 'H',
              firstNight: FIRST_NIGHT,
              lastNight: FIRST_NIGHT,
              rooms: 0,
              pricePerNight: '1',
            },
          }),
        'input.rooms',
      ],
      [
        () =>
          commerce.request(CreateRoomBlockDocument, {
            input: {
              delegationId,
              hotel: 'H',
              firstNight: FIRST_NIGHT,
              lastNight: FIRST_NIGHT,
              rooms: 1,
              pricePerNight: '-1',
            },
          }),
        'input.pricePerNight',
      ],
      [
        () =>
          commerce.request(CreateRoomBlockDocument, {
            input: {
              delegationId,
              hotel: 'H',
              firstNight: FIRST_NIGHT,
              lastNight: FIRST_NIGHT,
              rooms: 1,
              pricePerNight: '1.005',
            },
          }),
        'input.pricePerNight',
      ],
      [
        () =>
          commerce.request(ArrangeMealDocument, {
            input: {
              delegationId,
              day: '2022-11-06',
              meal: 'DINNER',
              place: 'Hall',
              headcount: -1,
            },
          }),
        'input.headcount',
      ],
      [
        () =>
          office.request(CheckInAttendeeDocument, {
            input: {
              id: toGlobalId('AdmissionCertificate', randomUUID()),
              version: 1,
              checkedInAt: '2022-11-05T01:00:00Z',
              place: 'x',
            },
          }),
        'input.id',
      ],
      [
        () =>
          office.request(BookTripDocument, {
            input: { id: toGlobalId('Trip', randomUUID()), version: 1, seat: '1A' },
          }),
        'input.id',
      ],
    ];
    for (const [call, field] of cases)
      expect([field, (await refusedUnchanged(t.sql, call)).field]).toEqual([field, field]);
    // an attendee of a purchaser not admitted (still REGISTERED) gets no trip nor certificate
    const pending = await tradePurchaser(t.sql, { key: 'LOGI_PENDING', subDelegation: 'COMMERCE' });
    await t.sql.query(
      `update purchaser set status = 'REGISTERED', approved_at = null where id = $1`,
      [pending.id],
    );
    const waiting = await tradeAttendee(t.sql, pending.id, '钱五');
    expect(
      await refusedUnchanged(t.sql, () =>
        office.request(RequestTripDocument, {
          input: {
            attendeeId: waiting.gid,
            direction: 'OUTBOUND',
            travelDate: OUT,
            mode: 'TRAIN',
            serviceNumber: 'Z164',
          },
        }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.attendeeId' });
    expect(
      await refusedUnchanged(t.sql, () =>
        office.request(ApplyCertificateDocument, { input: { attendeeId: waiting.gid } }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.attendeeId' });
    // a night outside the block, a check-in in the future
    const { roomBlocks } = await commerce.request(RoomBlocksDocument, { first: 1 });
    const room = roomBlocks.nodes[0]!.rooms[1]!;
    expect(
      await refusedUnchanged(t.sql, () =>
        commerce.request(AssignRoomDocument, {
          input: { roomId: room.id, attendeeId: a!.gid, firstNight: '2022-11-20' },
        }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.firstNight' });
    const { rows } = await t.sql.query(
      `select id, version from admission_certificate where status = 'COLLECTED' limit 1`,
    );
    expect(
      await refusedUnchanged(t.sql, () =>
        office.request(CheckInAttendeeDocument, {
          input: {
            id: toGlobalId('AdmissionCertificate', rows[0].id),
            version: rows[0].version,
            checkedInAt: new Date(Date.now() + 86_400_000).toISOString(),
            place: 'Gate 1',
          },
        }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.checkedInAt' });
  });
});
