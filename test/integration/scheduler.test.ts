import { beforeAll, describe, expect, it } from 'vitest';
import { fromGlobalId, toGlobalId } from '../../server/src/graphql/relay.js';
import {
  MeetingScheduleDocument,
  PublishMeetingScheduleDocument,
  RunMeetingSchedulerDocument,
} from '../../sdk/src/index.js';
import { useTestServer } from '../helpers/server.js';
import { countOf, failure, ok, seeded, tradeAttendee, tradePurchaser } from '../helpers/trade.js';

const ADD_REP = `mutation($i: AddExhibitorRepresentativeInput!) { addExhibitorRepresentative(input: $i) { id } }`;
const CREATE_POINT = `mutation($i: CreateMeetingPointInput!) { createMeetingPoint(input: $i) { id } }`;
const SET_DAY = `mutation($i: SetMeetingDayInput!) { setMeetingDay(input: $i) { id } }`;
const BLOCK = `mutation($i: AddUnavailabilityInput!) { addUnavailability(input: $i) { id } }`;
const SCHEDULE_FIELDS = `id status version matches placeable placed mustMeet mustMeetPlaced
  items { matchId startsAt endsAt meetingId meetingPoint { key }
    attendees { id } representatives { id } }
  unplaced { matchId reason }`;
const RUN = `mutation($e: ID!, $d: ID) { runMeetingScheduler(expoId: $e, delegationId: $d) { ${SCHEDULE_FIELDS} } }`;
const READ = `query($id: ID!) { meetingSchedule(id: $id) { ${SCHEDULE_FIELDS} } }`;
const PUBLISH = `mutation($id: ID!, $v: Int!) { publishMeetingSchedule(id: $id, version: $v) { ${SCHEDULE_FIELDS} } }`;
const DISCARD = `mutation($id: ID!, $v: Int!) { discardMeetingSchedule(id: $id, version: $v) { id status } }`;
const MUST_MEET = `mutation($m: ID!, $s: TradeSide, $f: Boolean!) { setMatchMustMeet(matchId: $m, side: $s, mustMeet: $f) { matchId purchaserMustMeet exhibitorMustMeet } }`;
const MEETING = `query($id: ID!) { node(id: $id) { ... on Meeting { status startsAt meetingPoint { key }
  participants { attendee { id } representative { id } } } } }`;

/** Shanghai wall-clock time of 2022-11-05 as an ISO instant (UTC+8). */
const at = (hhmm: string) => new Date(`2022-11-05T${hhmm}:00+08:00`).toISOString();

describe('the meeting scheduler in the product', () => {
  const t = useTestServer();
  const bureau = () => t.as('EXPO_BUREAU', 'CIIE-5');
  const office = () => t.as('DELEGATION_OFFICE', 'CIIE-5/QH');
  let ids: Awaited<ReturnType<typeof seeded>>;
  let attendee: { id: string; gid: string };
  const rep: Record<string, string> = {};
  const match: Record<string, string> = {};
  let exhibitors: string[];
  let buyerId: string;

  async function acceptedMatch(exhibitorUuid: string): Promise<string> {
    const { rows } = await t.sql.query(
      `insert into exhibitor_match (delegation_id, purchaser_id, exhibitor_id, status,
         purchaser_accepted_at, exhibitor_accepted_at)
       select delegation_id, id, $2, 'ACCEPTED', now(), now() from purchaser where id = $1 returning id`,
      [buyerId, exhibitorUuid],
    );
    return toGlobalId('ExhibitorMatch', rows[0].id);
  }

  beforeAll(async () => {
    ids = await seeded(t.sql);
    const buyer = await tradePurchaser(t.sql, { key: 'SCHED_BUYER', subDelegation: 'ECOLOGY' });
    buyerId = buyer.id;
    // one attendee: both matches need her, so they cannot share a slot
    attendee = await tradeAttendee(t.sql, buyer.id, 'Wang Fang');
    const { rows } = await t.sql.query(
      `insert into exhibitor (expo_id, exhibition_area_id, name_en, country, products)
       select $1, a.id, 'Scheduler Fixture ' || n, 'DE', 'pumps' from exhibition_area a,
       generate_series(1, 4) n where a.expo_id = $1 and a.key = 'TECH_EQUIPMENT' order by n
       returning id`,
      [ids.expoId],
    );
    exhibitors = rows.map((r) => r.id as string);
    for (const [key, x] of [
      ['r1', exhibitors[0]],
      ['r2', exhibitors[1]],
      ['r3', exhibitors[2]],
    ] as const) {
      rep[key] = ok(
        await bureau()(ADD_REP, {
          i: { exhibitorId: toGlobalId('Exhibitor', x!), name: `Rep ${key}` },
        }),
      ).addExhibitorRepresentative.id;
    }
    for (const key of ['T-1', 'T-2'])
      ok(
        await bureau()(CREATE_POINT, {
          i: {
            expoId: ids.expo,
            key,
            name: `Table ${key}`,
            kind: 'TABLE',
            capacity: 4,
            location: `Hall 4.1 ${key}`,
          },
        }),
      );
    // three slots on the first day: 09:00, 09:30 and 10:00
    ok(
      await bureau()(SET_DAY, {
        i: { expoId: ids.expo, day: '2022-11-05', starts: '09:00', ends: '10:30', slotMinutes: 30 },
      }),
    );
    // representative 1 is away at 09:00, the attendee at 09:30
    ok(
      await bureau()(BLOCK, {
        i: { representativeId: rep.r1, startsAt: at('09:00'), endsAt: at('09:30') },
      }),
    );
    ok(
      await office()(BLOCK, {
        i: { attendeeId: attendee.gid, startsAt: at('09:30'), endsAt: at('10:00') },
      }),
    );
    match.m1 = await acceptedMatch(exhibitors[0]!);
    match.m2 = await acceptedMatch(exhibitors[1]!);
  });

  it('places accepted matches at tables in slots where both people are free: a draft, then meetings', async () => {
    // the edition's run is the bureau's, not a delegation office's
    expect(failure(await office()(RUN, { e: ids.expo })).extensions.code).toBe('FORBIDDEN');
    const meetingsBefore = await countOf(t.sql, 'meeting');
    // through the SDK, as the bureau's tools do
    const sdk = await t.client('EXPO_BUREAU', 'CIIE-5');
    const { runMeetingScheduler: draft } = await sdk.request(RunMeetingSchedulerDocument, {
      expoId: ids.expo,
    });
    expect(draft).toMatchObject({
      status: 'DRAFT',
      matches: 2,
      placeable: 2,
      placed: 2,
      unplaced: [],
    });
    // representative 1 is away at 09:00 and the attendee at 09:30: match 1 meets at 10:00;
    // match 2 (the same attendee) at 09:00
    const byMatch = Object.fromEntries(draft.items.map((i) => [i.matchId, i]));
    expect(byMatch[match.m1!]).toMatchObject({
      startsAt: at('10:00'),
      endsAt: at('10:30'),
      meetingId: null,
      attendees: [{ id: attendee.gid }],
      representatives: [{ id: rep.r1 }],
    });
    expect(byMatch[match.m2!]).toMatchObject({
      startsAt: at('09:00'),
      attendees: [{ id: attendee.gid }],
      representatives: [{ id: rep.r2 }],
    });
    expect(byMatch[match.m1!]!.meetingPoint?.key).toMatch(/^T-[12]$/);
    // a draft writes no meeting; it reads back as it was made
    expect(await countOf(t.sql, 'meeting')).toBe(meetingsBefore);
    expect((await sdk.request(MeetingScheduleDocument, { id: draft.id })).meetingSchedule).toEqual(
      draft,
    );

    // a stale version is refused; then the meetings are made, SCHEDULED, with their people
    expect(
      failure(await bureau()(PUBLISH, { id: draft.id, v: draft.version + 1 })).extensions.code,
    ).toBe('CONFLICT');
    const { publishMeetingSchedule: published } = await sdk.request(
      PublishMeetingScheduleDocument,
      { id: draft.id, version: draft.version },
    );
    await sdk.dispose();
    expect(published.status).toBe('PUBLISHED');
    const item = published.items.find((i) => i.matchId === match.m1)!;
    const meeting = ok(await bureau()(MEETING, { id: item.meetingId })).node;
    expect(meeting).toMatchObject({
      status: 'SCHEDULED',
      startsAt: at('10:00'),
      meetingPoint: { key: item.meetingPoint?.key },
    });
    expect(meeting.participants).toEqual(
      expect.arrayContaining([
        { attendee: { id: attendee.gid }, representative: null },
        { attendee: null, representative: { id: rep.r1 } },
      ]),
    );
    expect(await countOf(t.sql, 'meeting')).toBe(meetingsBefore + 2);
    // each meeting made is a notification to its purchaser's side, written with it
    const { rows: told } = await t.sql.query(
      `select kind, audience from notification_event where subject = any($1)`,
      [published.items.map((i) => i.meetingId)],
    );
    expect(told).toEqual(
      published.items.map(() => ({ kind: 'MEETING_SCHEDULED', audience: 'PURCHASER' })),
    );
    // published once
    expect(
      failure(await bureau()(PUBLISH, { id: draft.id, v: published.version })).extensions.code,
    ).toBe('INVALID_TRANSITION');
  });

  it('keeps confirmed meetings on a re-run: their people and times stay busy', async () => {
    // a new accepted match (representative 3), flagged must-meet by the purchaser's side: the
    // attendee meets at 09:00 and 10:00 and is away at 09:30, so no slot is left for it
    match.m3 = await acceptedMatch(exhibitors[2]!);
    expect(ok(await office()(MUST_MEET, { m: match.m3, f: true })).setMatchMustMeet).toEqual({
      matchId: match.m3,
      purchaserMustMeet: true,
      exhibitorMustMeet: false,
    });
    const draft = ok(await office()(RUN, { e: ids.expo, d: ids.delegation })).runMeetingScheduler;
    expect(draft).toMatchObject({
      matches: 1,
      placeable: 0,
      placed: 0,
      mustMeet: 1,
      mustMeetPlaced: 0,
      items: [],
      unplaced: [{ matchId: match.m3, reason: 'NO_COMMON_FREE_SLOT' }],
    });
    const discarded = ok(await office()(DISCARD, { id: draft.id, v: draft.version }));
    expect(discarded.discardMeetingSchedule.status).toBe('DISCARDED');
  });

  it('refuses at publishing a clash made after the run, and writes nothing', async () => {
    // a second day of one slot; the must-meet match comes before a new one (an exhibitor without
    // representatives): both need the attendee. Meanwhile someone books her then
    ok(
      await bureau()(SET_DAY, {
        i: { expoId: ids.expo, day: '2022-11-06', starts: '09:00', ends: '09:30', slotMinutes: 30 },
      }),
    );
    match.m4 = await acceptedMatch(exhibitors[3]!);
    const draft = ok(await bureau()(RUN, { e: ids.expo })).runMeetingScheduler;
    expect(draft).toMatchObject({ matches: 2, placed: 1, mustMeetPlaced: 1 });
    expect(draft.items.map((i: { matchId: string }) => i.matchId)).toEqual([match.m3]);
    const startsAt = draft.items[0].startsAt;
    await t.sql.query(
      `with m as (
         insert into meeting (delegation_id, match_id, purchaser_id, exhibitor_id, phase, mode,
           starts_at, ends_at, place, status, purchaser_accepted_at, exhibitor_accepted_at)
         select delegation_id, id, purchaser_id, exhibitor_id, 'ON_SITE', 'OFFLINE', $2,
           $2::timestamptz + interval '30 minutes', 'elsewhere', 'SCHEDULED', now(), now()
         from exhibitor_match where id = $1 returning id, purchaser_id, exhibitor_id, delegation_id)
       insert into meeting_participant (meeting_id, purchaser_id, exhibitor_id, attendee_id, delegation_id)
       select id, purchaser_id, exhibitor_id, $3, delegation_id from m`,
      [fromGlobalId(match.m2!)!.id, startsAt, attendee.id],
    );
    const meetingsBefore = await countOf(t.sql, 'meeting');
    const clash = failure(await bureau()(PUBLISH, { id: draft.id, v: draft.version }));
    expect(clash.extensions).toMatchObject({ code: 'CONFLICT', field: 'items.0' });
    expect(await countOf(t.sql, 'meeting')).toBe(meetingsBefore);
    expect(ok(await bureau()(READ, { id: draft.id })).meetingSchedule.status).toBe('DRAFT');
  });
  it("meets a purchaser's two attendees in parallel, at two tables in the same slot", async () => {
    const buyer = await tradePurchaser(t.sql, { key: 'SCHED_BUYER_2', subDelegation: 'ECOLOGY' });
    const b1 = await tradeAttendee(t.sql, buyer.id, 'Zhao Min');
    const b2 = await tradeAttendee(t.sql, buyer.id, 'Sun Li');
    const { rows } = await t.sql.query(
      `insert into exhibitor (expo_id, exhibition_area_id, name_en, country, products)
       select $1, a.id, 'Parallel Fixture ' || n, 'FR', 'valves' from exhibition_area a,
       generate_series(1, 2) n where a.expo_id = $1 and a.key = 'TECH_EQUIPMENT' order by n
       returning id`,
      [ids.expoId],
    );
    const pair: string[] = [];
    for (const { id } of rows) {
      ok(
        await bureau()(ADD_REP, {
          i: { exhibitorId: toGlobalId('Exhibitor', id), name: `Rep of ${id.slice(0, 4)}` },
        }),
      );
      const inserted = await t.sql.query(
        `insert into exhibitor_match (delegation_id, purchaser_id, exhibitor_id, status,
         purchaser_accepted_at, exhibitor_accepted_at)
         select delegation_id, id, $2, 'ACCEPTED', now(), now() from purchaser where id = $1 returning id`,
        [buyer.id, id],
      );
      pair.push(toGlobalId('ExhibitorMatch', inserted.rows[0].id));
    }
    // both attendees are away all of the first day: the second day's one slot is left
    for (const person of [b1, b2])
      ok(
        await office()(BLOCK, {
          i: { attendeeId: person.gid, startsAt: at('09:00'), endsAt: at('10:30') },
        }),
      );
    const draft = ok(await bureau()(RUN, { e: ids.expo })).runMeetingScheduler;
    const items = draft.items.filter((i: { matchId: string }) => pair.includes(i.matchId));
    expect(items).toHaveLength(2);
    expect(items.map((i: { startsAt: string }) => i.startsAt)).toEqual([
      items[0].startsAt,
      items[0].startsAt,
    ]);
    expect(items.map((i: { attendees: { id: string }[] }) => i.attendees[0]!.id).sort()).toEqual(
      [b1.gid, b2.gid].sort(),
    );
    expect(
      new Set(items.map((i: { meetingPoint: { key: string } }) => i.meetingPoint.key)).size,
    ).toBe(2);
    const published = ok(await bureau()(PUBLISH, { id: draft.id, v: draft.version }));
    expect(published.publishMeetingSchedule.status).toBe('PUBLISHED');
  });
});
