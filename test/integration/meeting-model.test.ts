import { beforeAll, describe, expect, it } from 'vitest';
import { MeetingPointsDocument, ScheduleMeetingDocument } from '../../sdk/src/index.js';
import { fromGlobalId, toGlobalId } from '../../server/src/graphql/relay.js';
import { useTestServer } from '../helpers/server.js';
import { countOf, failure, ok, seeded, tradeAttendee, tradePurchaser } from '../helpers/trade.js';

const ADD_REP = `mutation($i: AddExhibitorRepresentativeInput!) { addExhibitorRepresentative(input: $i) { id name email phone version } }`;
const REMOVE_REP = `mutation($id: ID!, $v: Int!) { removeExhibitorRepresentative(id: $id, version: $v) { id representatives { id } } }`;
const CREATE_POINT = `mutation($i: CreateMeetingPointInput!) { createMeetingPoint(input: $i) { id key kind capacity location link active version delegation { id } } }`;
const SET_DAY = `mutation($i: SetMeetingDayInput!) { setMeetingDay(input: $i) { id day starts ends slotMinutes breaks { from to } slots { startsAt endsAt } } }`;
const SLOTS = `query($e: ID!, $d: Date!) { node(id: $e) { ... on Expo { meetingSlots(day: $d) { startsAt endsAt } meetingPoints { key } } } }`;
const BLOCK = `mutation($i: AddUnavailabilityInput!) { addUnavailability(input: $i) { id startsAt endsAt note } }`;
const SCHEDULE = `mutation($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) {
  id version status place link meetingPoint { key }
  participants { attendee { id } representative { id name } } } }`;
const CANCEL = `mutation($id: ID!, $v: Int!) { cancelMeeting(id: $id, version: $v) { id status } }`;
const ISSUE = `mutation($a: ID, $r: ID) { issueCalendarToken(attendeeId: $a, representativeId: $r) { path calendarToken { id revokedAt } } }`;
const REVOKE = `mutation($id: ID!) { revokeCalendarToken(id: $id) { id revokedAt } }`;
const EXHIBITOR_REPS = `query($id: ID!) { exhibitor(id: $id) { representatives { id name email phone unavailability { startsAt } } } }`;

/** Shanghai wall-clock time of 2022-11-0<day> as an ISO instant (UTC+8). */
const at = (day: number, hhmm: string) =>
  new Date(`2022-11-${String(day).padStart(2, '0')}T${hhmm}:00+08:00`).toISOString();

describe('who meets, where and when', () => {
  const t = useTestServer();
  const bureau = () => t.as('EXPO_BUREAU', 'CIIE-5');
  const office = () => t.as('DELEGATION_OFFICE', 'CIIE-5/QH');
  let ids: Awaited<ReturnType<typeof seeded>>;
  let buyer: Awaited<ReturnType<typeof tradePurchaser>>;
  let buyer2: Awaited<ReturnType<typeof tradePurchaser>>;
  const attendee: Record<string, { id: string; gid: string }> = {};
  const exhibitor: Record<string, string> = {};
  const match: Record<string, string> = {};
  const rep: Record<string, { id: string; version: number }> = {};
  const point: Record<string, string> = {};

  /** An accepted match written straight to the database; its global id. */
  async function acceptedMatch(purchaserId: string, exhibitorUuid: string): Promise<string> {
    const { rows } = await t.sql.query(
      `insert into exhibitor_match (delegation_id, purchaser_id, exhibitor_id, status,
         purchaser_accepted_at, exhibitor_accepted_at)
       select delegation_id, id, $2, 'ACCEPTED', now(), now() from purchaser where id = $1 returning id`,
      [purchaserId, exhibitorUuid],
    );
    return toGlobalId('ExhibitorMatch', rows[0].id);
  }

  const uuid = (gid: string) => fromGlobalId(gid)!.id;

  beforeAll(async () => {
    ids = await seeded(t.sql);
    buyer = await tradePurchaser(t.sql, { key: 'MEET_BUYER', subDelegation: 'ECOLOGY' });
    buyer2 = await tradePurchaser(t.sql, { key: 'MEET_BUYER_2', subDelegation: 'ECOLOGY' });
    attendee.a1 = await tradeAttendee(t.sql, buyer.id, 'Wang Fang');
    attendee.a2 = await tradeAttendee(t.sql, buyer.id, 'Li Wei');
    attendee.b1 = await tradeAttendee(t.sql, buyer2.id, 'Zhao Min');
    const { rows } = await t.sql.query(
      `insert into exhibitor (expo_id, exhibition_area_id, name_en, country, products)
       select $1, a.id, 'Meeting Fixture ' || n, 'DE', 'pumps' from exhibition_area a, generate_series(1, 3) n
       where a.expo_id = $1 and a.key = 'TECH_EQUIPMENT' order by n returning id`,
      [ids.expoId],
    );
    [exhibitor.x1, exhibitor.x2, exhibitor.x3] = rows.map((r) => r.id as string);
    match.m1 = await acceptedMatch(buyer.id, exhibitor.x1!);
    match.m2 = await acceptedMatch(buyer.id, exhibitor.x2!);
    match.m3 = await acceptedMatch(buyer.id, exhibitor.x3!);
    match.n1 = await acceptedMatch(buyer2.id, exhibitor.x1!);
    match.n3 = await acceptedMatch(buyer2.id, exhibitor.x3!);
  });

  it('lets the bureau register representatives, read with the exhibitor, contacts masked as business ones', async () => {
    for (const [key, x, name] of [
      ['r1', exhibitor.x1, 'Anna Schmidt'],
      ['r2', exhibitor.x2, 'Jonas Weber'],
    ] as const) {
      const added = ok(
        await bureau()(ADD_REP, {
          i: {
            exhibitorId: toGlobalId('Exhibitor', x!),
            name,
            email: `${key}@fixture.de`,
            phone: '+49 30 1234567',
          },
        }),
      ).addExhibitorRepresentative;
      rep[key] = { id: added.id, version: added.version };
    }
    const x1 = toGlobalId('Exhibitor', exhibitor.x1!);
    expect(ok(await office()(EXHIBITOR_REPS, { id: x1 })).exhibitor.representatives).toEqual([
      {
        id: rep.r1!.id,
        name: 'Anna Schmidt',
        email: 'r1@fixture.de',
        phone: '+49 30 1234567',
        unavailability: [],
      },
    ]);
    const analyst = ok(await t.as('ANALYST', 'CIIE-5/QH')(EXHIBITOR_REPS, { id: x1 }));
    expect(analyst.exhibitor.representatives[0]).toMatchObject({
      email: 'r***@fixture.de',
      phone: '***4567',
    });
    // a delegation office does not manage exhibitors' people; bad input names its field
    expect(
      failure(await office()(ADD_REP, { i: { exhibitorId: x1, name: 'X' } })).extensions.code,
    ).toBe('FORBIDDEN');
    const bad = failure(
      await bureau()(ADD_REP, { i: { exhibitorId: x1, name: 'X', email: 'no' } }),
    );
    expect(bad.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.email' });
  });

  it('keeps meeting points per edition and per delegation, with checked kinds and capacity', async () => {
    const table = (key: string, capacity: number) =>
      bureau()(CREATE_POINT, {
        i: {
          expoId: ids.expo,
          key,
          name: `Table ${key}`,
          kind: 'TABLE',
          capacity,
          location: `Hall 4.1 ${key}`,
        },
      });
    point.t1 = ok(await table('T-1', 2)).createMeetingPoint.id;
    point.t2 = ok(await table('T-2', 4)).createMeetingPoint.id;
    point.t3 = ok(await table('T-3', 4)).createMeetingPoint.id;
    const online = ok(
      await bureau()(CREATE_POINT, {
        i: {
          expoId: ids.expo,
          key: 'ONLINE-1',
          name: 'Online room 1',
          kind: 'ONLINE_ROOM',
          capacity: 10,
          link: 'https://meet.example/room1',
        },
      }),
    ).createMeetingPoint;
    point.o1 = online.id;
    expect(online).toMatchObject({ kind: 'ONLINE_ROOM', location: null, active: true });
    // the delegation's own room, by its office; the office cannot add edition points
    const own = ok(
      await office()(CREATE_POINT, {
        i: {
          expoId: ids.expo,
          delegationId: ids.delegation,
          key: 'QH-ROOM',
          name: 'Qinghai room',
          kind: 'ROOM',
          capacity: 12,
          location: 'Hotel, 3rd floor',
        },
      }),
    ).createMeetingPoint;
    expect(own.delegation).toEqual({ id: ids.delegation });
    expect(
      failure(
        await office()(CREATE_POINT, {
          i: { expoId: ids.expo, key: 'T-9', name: 'T', kind: 'TABLE', capacity: 2, location: 'x' },
        }),
      ).extensions.code,
    ).toBe('FORBIDDEN');
    const before = await countOf(t.sql, 'meeting_point');
    for (const [i, field] of [
      [{ kind: 'TABLE', capacity: 2 }, 'input.location'],
      [{ kind: 'TABLE', capacity: 0, location: 'x' }, 'input.capacity'],
      [{ kind: 'ONLINE_ROOM', capacity: 2, link: 'ftp://x' }, 'input.link'],
      [{ kind: 'TABLE', capacity: 2, location: 'x', key: 'bad key!' }, 'input.key'],
    ] as const) {
      const error = failure(
        await bureau()(CREATE_POINT, { i: { expoId: ids.expo, key: 'T-X', name: 'T', ...i } }),
      );
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(failure(await table('T-1', 2)).extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'input.key',
    });
    expect(await countOf(t.sql, 'meeting_point')).toBe(before);
    // listed through the SDK like any other list: filtered, ordered, paged
    const sdk = await t.client('DELEGATION_OFFICE', 'CIIE-5/QH');
    try {
      const { meetingPoints } = await sdk.request(MeetingPointsDocument, {
        filter: { expo: { eq: ids.expo }, kind: { eq: 'TABLE' } },
        orderBy: [{ field: 'CAPACITY', direction: 'DESC' }, { field: 'KEY' }],
        first: 2,
      });
      expect(meetingPoints.totalCount).toBe(3);
      expect(meetingPoints.nodes.map((p) => [p.key, p.capacity])).toEqual([
        ['T-2', 4],
        ['T-3', 4],
      ]);
      expect(meetingPoints.pageInfo.hasNextPage).toBe(true);
    } finally {
      await sdk.dispose();
    }
  });

  it('computes the slots of an expo day from its plan, around breaks (Shanghai time)', async () => {
    const day = ok(
      await bureau()(SET_DAY, {
        i: {
          expoId: ids.expo,
          day: '2022-11-06',
          starts: '09:00',
          ends: '17:00',
          slotMinutes: 30,
          breaks: [{ from: '12:00', to: '13:30' }],
        },
      }),
    ).setMeetingDay;
    expect(day).toMatchObject({
      day: '2022-11-06',
      starts: '09:00',
      ends: '17:00',
      slotMinutes: 30,
    });
    // 09:00-12:00: six slots, 13:30-17:00: seven
    expect(day.slots).toHaveLength(13);
    expect(day.slots[0]).toEqual({ startsAt: at(6, '09:00'), endsAt: at(6, '09:30') });
    expect(day.slots[5]).toEqual({ startsAt: at(6, '11:30'), endsAt: at(6, '12:00') });
    expect(day.slots[6]).toEqual({ startsAt: at(6, '13:30'), endsAt: at(6, '14:00') });
    const read = ok(await office()(SLOTS, { e: ids.expo, d: '2022-11-06' })).node;
    expect(read.meetingSlots).toEqual(day.slots);
    expect(read.meetingPoints.map((p: { key: string }) => p.key)).toEqual(
      expect.arrayContaining(['T-1', 'T-2', 'ONLINE-1', 'QH-ROOM']),
    );
    expect(ok(await office()(SLOTS, { e: ids.expo, d: '2022-11-07' })).node.meetingSlots).toEqual(
      [],
    );
    // setting the day again replaces its plan
    const hourly = ok(
      await bureau()(SET_DAY, {
        i: { expoId: ids.expo, day: '2022-11-06', starts: '09:00', ends: '17:00', slotMinutes: 60 },
      }),
    ).setMeetingDay;
    expect([hourly.id, hourly.slots.length, hourly.breaks]).toEqual([day.id, 8, []]);
    ok(
      await bureau()(SET_DAY, {
        i: {
          expoId: ids.expo,
          day: '2022-11-06',
          starts: '09:00',
          ends: '17:00',
          slotMinutes: 30,
          breaks: [{ from: '12:00', to: '13:30' }],
        },
      }),
    );
    expect(await countOf(t.sql, 'meeting_day')).toBe(1);
    for (const [i, field] of [
      [{ starts: '17:00', ends: '09:00' }, 'input.ends'],
      [{ starts: '9am', ends: '17:00' }, 'input.starts'],
      [{ slotMinutes: 2 }, 'input.slotMinutes'],
      [{ breaks: [{ from: '08:00', to: '08:30' }] }, 'input.breaks.0.from'],
      [{ day: '2022-12-01' }, 'input.day'],
    ] as const) {
      const plan: Record<string, unknown> = {
        expoId: ids.expo,
        day: '2022-11-06',
        starts: '09:00',
        ends: '17:00',
        slotMinutes: 30,
      };
      const error = failure(await bureau()(SET_DAY, { i: { ...plan, ...i } }));
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });

  describe('scheduling', () => {
    const ten = { startsAt: at(6, '10:00'), endsAt: at(6, '10:30') };
    const onSite = { phase: 'ON_SITE', mode: 'OFFLINE' };
    let first: { id: string; version: number };

    it('lets two attendees of one purchaser meet at the same time, in two places', async () => {
      const one = ok(
        await office()(SCHEDULE, {
          i: {
            matchId: match.m1,
            ...onSite,
            ...ten,
            meetingPointId: point.t1,
            attendeeIds: [attendee.a1!.gid],
            representativeIds: [rep.r1!.id],
          },
        }),
      ).scheduleMeeting;
      // asked for by the purchaser's side: PROPOSED, holding its people and point already
      expect(one).toMatchObject({
        status: 'PROPOSED',
        place: 'Hall 4.1 T-1',
        meetingPoint: { key: 'T-1' },
        participants: [
          { attendee: { id: attendee.a1!.gid }, representative: null },
          { attendee: null, representative: { id: rep.r1!.id, name: 'Anna Schmidt' } },
        ],
      });
      first = one;
      // the second through the SDK, as a client application schedules
      const sdk = await t.client('DELEGATION_OFFICE', 'CIIE-5/QH');
      try {
        const { scheduleMeeting: two } = await sdk.request(ScheduleMeetingDocument, {
          input: {
            matchId: match.m2!,
            phase: 'ON_SITE',
            mode: 'OFFLINE',
            ...ten,
            meetingPointId: point.t2,
            attendeeIds: [attendee.a2!.gid],
            representativeIds: [rep.r2!.id],
          },
        });
        expect(two).toMatchObject({
          status: 'PROPOSED',
          place: 'Hall 4.1 T-2',
          meetingPoint: { key: 'T-2' },
          participants: [
            { attendee: { id: attendee.a2!.gid } },
            { representative: { name: 'Jonas Weber' } },
          ],
        });
      } finally {
        await sdk.dispose();
      }
    });

    it('refuses one attendee in two places at once, by the database', async () => {
      const meetings = await countOf(t.sql, 'meeting');
      const participants = await countOf(t.sql, 'meeting_participant');
      const busy = failure(
        await office()(SCHEDULE, {
          i: {
            matchId: match.m3,
            ...onSite,
            startsAt: at(6, '10:15'),
            endsAt: at(6, '10:45'),
            meetingPointId: point.t3,
            attendeeIds: [attendee.a1!.gid],
          },
        }),
      );
      expect(busy.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.attendeeIds' });
      expect(await countOf(t.sql, 'meeting')).toBe(meetings);
      expect(await countOf(t.sql, 'meeting_participant')).toBe(participants);
      // the constraint itself, without the service: a second live meeting of the attendee
      const client = await t.sql.connect();
      try {
        await client.query('begin');
        const { rows } = await client.query(
          `insert into meeting (delegation_id, match_id, purchaser_id, exhibitor_id, phase, mode, starts_at, ends_at, place, purchaser_accepted_at)
           select delegation_id, id, purchaser_id, exhibitor_id, 'ON_SITE', 'OFFLINE', $2, $3, 'Hall 2', now()
           from exhibitor_match where id = $1 returning id, purchaser_id, exhibitor_id, delegation_id`,
          [uuid(match.m3!), at(6, '10:15'), at(6, '10:45')],
        );
        const refused = await client
          .query(
            `insert into meeting_participant (meeting_id, purchaser_id, exhibitor_id, attendee_id, delegation_id) values ($1, $2, $3, $4, $5)`,
            [
              rows[0].id,
              rows[0].purchaser_id,
              rows[0].exhibitor_id,
              attendee.a1!.id,
              rows[0].delegation_id,
            ],
          )
          .then(
            () => null,
            (error: { code: string; constraint: string }) => error,
          );
        expect(refused).toMatchObject({
          code: '23P01',
          constraint: 'meeting_participant_attendee_no_overlap',
        });
      } finally {
        await client.query('rollback');
        client.release();
      }
    });

    it('refuses one representative in two meetings at once, by the database', async () => {
      const busy = failure(
        await office()(SCHEDULE, {
          i: {
            matchId: match.n1,
            ...onSite,
            ...ten,
            meetingPointId: point.t3,
            attendeeIds: [attendee.b1!.gid],
            representativeIds: [rep.r1!.id],
          },
        }),
      );
      expect(busy.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.representativeIds' });
      const refused = await t.sql
        .query(
          `with m as (insert into meeting (delegation_id, match_id, purchaser_id, exhibitor_id, phase, mode, starts_at, ends_at, place, purchaser_accepted_at)
             select delegation_id, id, purchaser_id, exhibitor_id, 'ON_SITE', 'OFFLINE', $2, $3, 'Hall 2', now()
             from exhibitor_match where id = $1 returning id, purchaser_id, exhibitor_id, delegation_id)
           insert into meeting_participant (meeting_id, purchaser_id, exhibitor_id, representative_id, delegation_id)
           select id, purchaser_id, exhibitor_id, $4, delegation_id from m`,
          [uuid(match.n1!), ten.startsAt, ten.endsAt, uuid(rep.r1!.id)],
        )
        .then(
          () => null,
          (error: { code: string; constraint: string }) => error,
        );
      expect(refused).toMatchObject({
        code: '23P01',
        constraint: 'meeting_participant_representative_no_overlap',
      });
    });

    it('refuses two meetings at one meeting point at once, by the database', async () => {
      const busy = failure(
        await office()(SCHEDULE, {
          i: {
            matchId: match.n3,
            ...onSite,
            ...ten,
            meetingPointId: point.t1,
            attendeeIds: [attendee.b1!.gid],
          },
        }),
      );
      expect(busy.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.meetingPointId' });
      const refused = await t.sql
        .query(
          `insert into meeting (delegation_id, match_id, purchaser_id, exhibitor_id, phase, mode, starts_at, ends_at, place, meeting_point_id, purchaser_accepted_at)
           select delegation_id, id, purchaser_id, exhibitor_id, 'ON_SITE', 'OFFLINE', $2, $3, 'Hall 2', $4, now()
           from exhibitor_match where id = $1`,
          [uuid(match.n3!), at(6, '10:20'), at(6, '10:40'), uuid(point.t1!)],
        )
        .then(
          () => null,
          (error: { code: string; constraint: string }) => error,
        );
      expect(refused).toMatchObject({ code: '23P01', constraint: 'meeting_point_no_overlap' });
    });

    it('frees people and the point when a meeting is cancelled, and moves them with it (triggers)', async () => {
      const cancelled = ok(
        await office()(CANCEL, { id: first.id, v: first.version }),
      ).cancelMeeting;
      expect(cancelled.status).toBe('CANCELLED');
      const { rows } = await t.sql.query(
        `select bool_or(active) as active from meeting_participant where meeting_id = $1`,
        [uuid(first.id)],
      );
      expect(rows[0].active).toBe(false);
      // the attendee, the representative and the table are free at ten again
      const again = ok(
        await office()(SCHEDULE, {
          i: {
            matchId: match.m1,
            ...onSite,
            ...ten,
            meetingPointId: point.t1,
            attendeeIds: [attendee.a1!.gid],
            representativeIds: [rep.r1!.id],
          },
        }),
      ).scheduleMeeting;
      // the exhibitor's representative confirms it (both sides have accepted)
      const confirmed = ok(
        await t.as('EXHIBITOR', 'CIIE-5/Meeting Fixture 1')(
          `mutation($id: ID!, $v: Int!) { acceptMeeting(id: $id, version: $v) { status } }`,
          { id: again.id, v: again.version },
        ),
      ).acceptMeeting;
      expect(confirmed.status).toBe('SCHEDULED');
      // confirmed: a notification to the purchaser's side, written with it (and only then)
      const { rows: told } = await t.sql.query(
        `select kind, audience from notification_event where subject = any($1)`,
        [[again.id, first.id]],
      );
      expect(told).toEqual([{ kind: 'MEETING_SCHEDULED', audience: 'PURCHASER' }]);
      // moving a meeting in SQL moves its people's slots
      await t.sql.query(`update meeting set starts_at = $2, ends_at = $3 where id = $1`, [
        uuid(again.id),
        at(6, '15:00'),
        at(6, '15:30'),
      ]);
      const moved = await t.sql.query(
        `select lower(during) as starts, active from meeting_participant where meeting_id = $1`,
        [uuid(again.id)],
      );
      expect(moved.rows.map((r) => [r.starts.toISOString(), r.active])).toEqual([
        [at(6, '15:00'), true],
        [at(6, '15:00'), true],
      ]);
    });

    it('respects blocked times of attendees and representatives', async () => {
      const blocked = ok(
        await t.as('PURCHASER', 'CIIE-5/QH/MEET_BUYER')(BLOCK, {
          i: {
            attendeeId: attendee.a2!.gid,
            startsAt: at(7, '09:00'),
            endsAt: at(7, '12:00'),
            note: 'Factory visit',
          },
        }),
      ).addUnavailability;
      expect(blocked).toMatchObject({ startsAt: at(7, '09:00'), note: 'Factory visit' });
      ok(
        await bureau()(BLOCK, {
          i: { representativeId: rep.r2!.id, startsAt: at(7, '14:00'), endsAt: at(7, '15:00') },
        }),
      );
      const attendeeBlocked = failure(
        await office()(SCHEDULE, {
          i: {
            matchId: match.m2,
            ...onSite,
            startsAt: at(7, '11:30'),
            endsAt: at(7, '12:30'),
            meetingPointId: point.t2,
            attendeeIds: [attendee.a1!.gid, attendee.a2!.gid],
            representativeIds: [rep.r2!.id],
          },
        }),
      );
      expect(attendeeBlocked.extensions).toMatchObject({
        code: 'CONFLICT',
        field: 'input.attendeeIds.1',
      });
      const repBlocked = failure(
        await office()(SCHEDULE, {
          i: {
            matchId: match.m2,
            ...onSite,
            startsAt: at(7, '14:30'),
            endsAt: at(7, '15:00'),
            meetingPointId: point.t2,
            attendeeIds: [attendee.a1!.gid],
            representativeIds: [rep.r2!.id],
          },
        }),
      );
      expect(repBlocked.extensions).toMatchObject({
        code: 'CONFLICT',
        field: 'input.representativeIds.0',
      });
      // the office of the purchaser's delegation writes them too; another's purchaser may not
      expect(
        failure(
          await t.as('PURCHASER', 'CIIE-5/QH/MEET_BUYER_2')(BLOCK, {
            i: { attendeeId: attendee.a2!.gid, startsAt: at(7, '09:00'), endsAt: at(7, '10:00') },
          }),
        ).extensions.code,
      ).toBe('NOT_FOUND');
      expect(
        failure(
          await office()(BLOCK, {
            i: {
              attendeeId: attendee.a2!.gid,
              representativeId: rep.r2!.id,
              startsAt: at(7, '09:00'),
              endsAt: at(7, '10:00'),
            },
          }),
        ).extensions.code,
      ).toBe('BAD_USER_INPUT');
      expect(
        failure(
          await office()(BLOCK, {
            i: { attendeeId: attendee.a2!.gid, startsAt: at(7, '10:00'), endsAt: at(7, '09:00') },
          }),
        ).extensions,
      ).toMatchObject({ field: 'input.endsAt' });
    });

    it('keeps the people of a meeting within the capacity of its point', async () => {
      const tooMany = failure(
        await office()(SCHEDULE, {
          i: {
            matchId: match.m1,
            ...onSite,
            startsAt: at(8, '10:00'),
            endsAt: at(8, '10:30'),
            meetingPointId: point.t1,
            attendeeIds: [attendee.a1!.gid, attendee.a2!.gid],
            representativeIds: [rep.r1!.id],
          },
        }),
      );
      expect(tooMany.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.meetingPointId',
      });
      expect(tooMany.message).toMatch(/holds 2 persons/);
      // and the database, at commit, whatever writes the rows
      const client = await t.sql.connect();
      try {
        await client.query('begin');
        const { rows } = await client.query(
          `insert into meeting (delegation_id, match_id, purchaser_id, exhibitor_id, phase, mode, starts_at, ends_at, place, meeting_point_id, purchaser_accepted_at)
           select delegation_id, id, purchaser_id, exhibitor_id, 'ON_SITE', 'OFFLINE', $2, $3, 'T-1', $4, now()
           from exhibitor_match where id = $1 returning id, purchaser_id, exhibitor_id, delegation_id`,
          [uuid(match.m1!), at(8, '10:00'), at(8, '10:30'), uuid(point.t1!)],
        );
        const m = rows[0];
        await client.query(
          `insert into meeting_participant (meeting_id, purchaser_id, exhibitor_id, attendee_id, delegation_id)
           values ($1, $2, $3, $4, $6), ($1, $2, $3, $5, $6)`,
          [m.id, m.purchaser_id, m.exhibitor_id, attendee.a1!.id, attendee.a2!.id, m.delegation_id],
        );
        await client.query(
          `insert into meeting_participant (meeting_id, purchaser_id, exhibitor_id, representative_id, delegation_id) values ($1, $2, $3, $4, $5)`,
          [m.id, m.purchaser_id, m.exhibitor_id, uuid(rep.r1!.id), m.delegation_id],
        );
        const refused = await client.query('commit').then(
          () => null,
          (error: { code: string; constraint: string }) => error,
        );
        expect(refused).toMatchObject({ code: '23514', constraint: 'meeting_point_capacity' });
      } finally {
        await client.query('rollback').catch(() => undefined);
        client.release();
      }
      // nor is a point made smaller than a live meeting's people (T-2 holds one of two)
      const t2 = ok(
        await bureau()(`query($id: ID!) { meetingPoint(id: $id) { version } }`, { id: point.t2 }),
      ).meetingPoint;
      const shrink = `mutation($i: UpdateMeetingPointInput!) { updateMeetingPoint(input: $i) { capacity } }`;
      expect(
        failure(await bureau()(shrink, { i: { id: point.t2, version: t2.version, capacity: 1 } }))
          .extensions,
      ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.capacity' });
      expect(
        await t.sql
          .query(`update meeting_point set capacity = 1 where id = $1`, [uuid(point.t2!)])
          .then(
            () => null,
            (error: { constraint: string }) => error.constraint,
          ),
      ).toBe('meeting_point_capacity');
      expect(
        ok(await bureau()(shrink, { i: { id: point.t2, version: t2.version, capacity: 2 } }))
          .updateMeetingPoint,
      ).toEqual({ capacity: 2 });
    });

    it('names the field of bad input and writes nothing', async () => {
      const slot = {
        matchId: match.m2,
        ...onSite,
        startsAt: at(9, '10:00'),
        endsAt: at(9, '10:30'),
      };
      const meetings = await countOf(t.sql, 'meeting');
      const other = await tradeAttendee(t.sql, buyer2.id);
      for (const [i, code, field] of [
        [
          { attendeeIds: [], representativeIds: [rep.r2!.id], meetingPointId: point.t2 },
          'BAD_USER_INPUT',
          'input.attendeeIds',
        ],
        [
          { attendeeIds: [other.gid], representativeIds: [rep.r2!.id], meetingPointId: point.t2 },
          'BAD_USER_INPUT',
          'input.attendeeIds.0',
        ],
        [
          {
            attendeeIds: [attendee.a1!.gid, attendee.a1!.gid],
            representativeIds: [rep.r2!.id],
            meetingPointId: point.t2,
          },
          'BAD_USER_INPUT',
          'input.attendeeIds.1',
        ],
        [
          {
            attendeeIds: [attendee.a1!.gid],
            representativeIds: [rep.r1!.id],
            meetingPointId: point.t2,
          },
          'BAD_USER_INPUT',
          'input.representativeIds.0',
        ],
        [
          {
            attendeeIds: [attendee.a1!.gid],
            representativeIds: [rep.r2!.id],
            meetingPointId: point.o1,
          },
          'BAD_USER_INPUT',
          'input.meetingPointId',
        ],
        [
          { attendeeIds: [attendee.a1!.gid], representativeIds: [rep.r2!.id] },
          'BAD_USER_INPUT',
          'input.place',
        ],
        [
          {
            attendeeIds: ['bm90IGFuIGlk'],
            representativeIds: [rep.r2!.id],
            meetingPointId: point.t2,
          },
          'NOT_FOUND',
          'input.attendeeIds.0',
        ],
      ] as const) {
        const error = failure(await office()(SCHEDULE, { i: { ...slot, ...i } }));
        expect(error.extensions, JSON.stringify(i)).toMatchObject({ code, field });
      }
      // an inactive point takes no new meetings
      const t3 = ok(
        await bureau()(`query($id: ID!) { meetingPoint(id: $id) { version } }`, { id: point.t3 }),
      ).meetingPoint;
      ok(
        await bureau()(
          `mutation($i: UpdateMeetingPointInput!) { updateMeetingPoint(input: $i) { active } }`,
          { i: { id: point.t3, version: t3.version, active: false } },
        ),
      );
      const inactive = failure(
        await office()(SCHEDULE, {
          i: {
            ...slot,
            meetingPointId: point.t3,
            attendeeIds: [attendee.a1!.gid],
            representativeIds: [rep.r2!.id],
          },
        }),
      );
      expect(inactive).toMatchObject({
        message: 'The meeting point is inactive',
        extensions: { code: 'BAD_USER_INPUT', field: 'input.meetingPointId' },
      });
      expect(await countOf(t.sql, 'meeting')).toBe(meetings);
      // an ONLINE meeting in an online room takes the room's link
      const online = ok(
        await office()(SCHEDULE, {
          i: {
            ...slot,
            mode: 'ONLINE',
            meetingPointId: point.o1,
            attendeeIds: [attendee.a1!.gid],
            representativeIds: [rep.r2!.id],
          },
        }),
      ).scheduleMeeting;
      expect(online).toMatchObject({ link: 'https://meet.example/room1', place: null });
    });

    it('keeps a representative who takes part in a meeting (IN_USE)', async () => {
      const error = failure(await bureau()(REMOVE_REP, { id: rep.r1!.id, v: rep.r1!.version }));
      expect(error.extensions).toMatchObject({ code: 'IN_USE' });
      // one who meets nobody goes; the exhibitor is returned without them
      const x2 = toGlobalId('Exhibitor', exhibitor.x2!);
      const spare = ok(
        await bureau()(ADD_REP, { i: { exhibitorId: x2, name: 'Spare Person' } }),
      ).addExhibitorRepresentative;
      const removed = ok(
        await bureau()(REMOVE_REP, { id: spare.id, v: spare.version }),
      ).removeExhibitorRepresentative;
      expect(removed).toEqual({ id: x2, representatives: [{ id: rep.r2!.id }] });
    });

    it("serves a person's meetings as a private iCalendar feed, until revoked", async () => {
      const issued = ok(await office()(ISSUE, { a: attendee.a1!.gid })).issueCalendarToken;
      expect(issued.path).toMatch(/^\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
      const stored = await t.sql.query(`select token_hash from calendar_token`);
      expect(stored.rows.map((r) => r.token_hash)).not.toContain(issued.path);
      const feedUrl = new URL(issued.path, t.url).toString();
      const response = await fetch(feedUrl);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
      const text = (await response.text()).replace(/\r\n[ \t]/g, '');
      const lines = text.split('\r\n');
      expect(lines[0]).toBe('BEGIN:VCALENDAR');
      const events = text.split('BEGIN:VEVENT').slice(1);
      // the cancelled meeting, the one moved to 15:00, the online one
      expect(events).toHaveLength(3);
      const byUid = Object.fromEntries(events.map((e) => [/UID:([^\r\n]+)/.exec(e)![1], e]));
      const cancelled = byUid[uuid(first.id)]!;
      expect(cancelled).toMatch(/STATUS:CANCELLED/);
      expect(cancelled).toContain('DTSTART:20221106T020000Z');
      expect(cancelled).toContain('SUMMARY:Meeting with Meeting Fixture 1');
      const moved = events.find((e) => e.includes('DTSTART:20221106T070000Z'))!;
      expect(moved).toMatch(/STATUS:CONFIRMED/);
      expect(moved).toContain('DTEND:20221106T073000Z');
      expect(moved).toContain('LOCATION:Table T-1\\, Hall 4.1 T-1');
      expect(moved).toMatch(/BEGIN:VALARM[\s\S]*TRIGGER:-PT15M/);
      // a point's meetings, listed with the others
      const atT1 = ok(
        await office()(
          `query($p: ID!) { meetings(filter: { meetingPoint: { eq: $p } }) { nodes { id status } } }`,
          { p: point.t1 },
        ),
      ).meetings.nodes;
      expect(atT1.map((m: { status: string }) => m.status)).toEqual(['CANCELLED', 'SCHEDULED']);
      // revoked: gone, like a token that never was
      const revoked = ok(
        await office()(REVOKE, { id: issued.calendarToken.id }),
      ).revokeCalendarToken;
      expect(revoked.revokedAt).not.toBeNull();
      expect((await fetch(feedUrl)).status).toBe(404);
      expect(
        (await fetch(new URL('/calendar/not-a-token-at-all-xxxxxxxx.ics', t.url))).status,
      ).toBe(404);
      // a representative's feed, by the bureau; another delegation's purchaser may not issue one
      const repFeed = ok(await bureau()(ISSUE, { r: rep.r2!.id })).issueCalendarToken;
      const repText = await (await fetch(new URL(repFeed.path, t.url))).text();
      expect(repText).toContain('SUMMARY:Meeting with MEET_BUYER Co.');
      expect(
        failure(await t.as('PURCHASER', 'CIIE-5/QH/MEET_BUYER_2')(ISSUE, { a: attendee.a1!.gid }))
          .extensions.code,
      ).toBe('NOT_FOUND');
      expect(failure(await office()(ISSUE, {})).extensions.code).toBe('BAD_USER_INPUT');
    });
  });
});
