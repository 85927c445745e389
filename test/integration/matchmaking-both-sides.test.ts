import { beforeAll, describe, expect, it } from 'vitest';
import {
  AcceptMatchDocument,
  AddExhibitorRepresentativeDocument,
  AddUnavailabilityDocument,
  CreateMeetingPointDocument,
  MeetingsDocument,
  NodeDocument,
  ProcurementNeedsDocument,
  ProposeMatchDocument,
  PublishMeetingScheduleDocument,
  RunMeetingSchedulerDocument,
  ScheduleMeetingDocument,
  SetMeetingDayDocument,
} from '../../sdk/src/index.js';
import { fromGlobalId, toGlobalId } from '../../server/src/graphql/relay.js';
import { refusal, refusedUnchanged } from '../helpers/refusals.js';
import { useTestServer } from '../helpers/server.js';
import { seeded, tradeAttendee, tradeExhibitor, tradePurchaser } from '../helpers/trade.js';

/** Shanghai wall-clock time of 2022-11-05 as an ISO instant (UTC+8). */
const at = (hhmm: string) => new Date(`2022-11-05T${hhmm}:00+08:00`).toISOString();

/**
 * Issue 19's whole path, through the SDK as each side's people use it: an exhibitor's
 * representative finds the needs two delegations published in its zone, proposes, the
 * purchaser accepts, the bureau's scheduler places the meeting at a table in the one slot where
 * both people are free, and publishing confirms it; a purchaser's two attendees meet in
 * parallel, one attendee is never in two places (the database refuses it).
 */
describe('matchmaking from both sides, to a scheduled meeting', () => {
  const t = useTestServer();
  let ids: Awaited<ReturnType<typeof seeded>>;
  type Party = Awaited<ReturnType<typeof tradePurchaser>>;
  let qh: Party;
  let gs: Party;
  let pumps: { id: string; gid: string };
  const need: Record<string, string> = {};

  async function publishedNeed(p: Party, title: string, area: string) {
    const { rows } = await t.sql.query(
      `insert into procurement_need (delegation_id, purchaser_id, title, status, published_at,
         exhibition_area_id)
       select $1, $2, $3, 'PUBLISHED', now(), a.id from exhibition_area a
       join delegation d on d.expo_id = a.expo_id where d.id = $1 and a.key = $4
       returning id`,
      [p.delegation, p.id, title, area],
    );
    need[title] = toGlobalId('ProcurementNeed', rows[0].id);
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
    qh = await tradePurchaser(t.sql, { key: 'E2E_QH', subDelegation: 'INDUSTRY' });
    gs = await tradePurchaser(t.sql, {
      key: 'E2E_GS',
      subDelegation: 'INDUSTRY',
      delegation: 'GS',
    });
    pumps = await tradeExhibitor(t.sql, { name: 'E2E Pumps AG', area: 'AI' });
    await publishedNeed(qh, 'qh pumps', 'AI');
    await publishedNeed(gs, 'gs pumps', 'AI');
    await publishedNeed(gs, 'gs grain', 'FOOD_AGRI');
  });

  it('an exhibitor proposes, the purchaser accepts, the scheduler places it where both are free', async () => {
    const bureau = await t.client('EXPO_BUREAU', 'CIIE-5');
    const rep = await t.client('EXHIBITOR', 'CIIE-5/E2E Pumps AG');
    const buyer = await t.client('PURCHASER', 'CIIE-5/GS/E2E_GS');
    const gansu = await t.client('DELEGATION_OFFICE', 'CIIE-5/GS');
    try {
      // the edition's set-up: a representative, two tables, a morning of three slots
      const anna = (
        await bureau.request(AddExhibitorRepresentativeDocument, {
          input: { exhibitorId: pumps.gid, name: 'Anna Berger' },
        })
      ).addExhibitorRepresentative;
      for (const key of ['T-1', 'T-2'])
        await bureau.request(CreateMeetingPointDocument, {
          input: {
            expoId: ids.expo,
            key,
            name: `Table ${key}`,
            kind: 'TABLE',
            capacity: 4,
            location: `Hall 4.1 ${key}`,
          },
        });
      await bureau.request(SetMeetingDayDocument, {
        input: {
          expoId: ids.expo,
          day: '2022-11-05',
          starts: '09:00',
          ends: '10:30',
          slotMinutes: 30,
        },
      });
      const wang = await tradeAttendee(t.sql, gs.id, 'Wang Fang');
      const li = await tradeAttendee(t.sql, gs.id, 'Li Wei');
      // Anna is away at 09:00, Wang Fang at 09:30, Li Wei all morning: the scheduler passes
      // over Li Wei, and 10:00 is left for Anna and Wang Fang
      await bureau.request(AddUnavailabilityDocument, {
        input: { representativeId: anna.id, startsAt: at('09:00'), endsAt: at('09:30') },
      });
      await buyer.request(AddUnavailabilityDocument, {
        input: { attendeeId: wang.gid, startsAt: at('09:30'), endsAt: at('10:00') },
      });
      await buyer.request(AddUnavailabilityDocument, {
        input: { attendeeId: li.gid, startsAt: at('09:00'), endsAt: at('10:30') },
      });

      // 1. the representative reads the needs of its zone of both delegations, and no more
      const seen = (await rep.request(ProcurementNeedsDocument, {})).procurementNeeds;
      expect(seen.nodes.map((n) => n.title).sort()).toEqual(['gs pumps', 'qh pumps']);
      expect((await rep.request(NodeDocument, { id: gs.gid })).node).toBeNull();
      expect((await rep.request(NodeDocument, { id: need['gs grain']! })).node).toBeNull();

      // 2. it proposes for Gansu's need; the purchaser accepts: ACCEPTED, both sides
      const proposed = (
        await rep.request(ProposeMatchDocument, {
          input: { needId: need['gs pumps']!, exhibitorId: pumps.gid },
        })
      ).proposeMatch;
      expect(proposed.status).toBe('PROPOSED');
      const accepted = (
        await buyer.request(AcceptMatchDocument, { id: proposed.id, version: proposed.version })
      ).acceptMatch;
      expect(accepted.status).toBe('ACCEPTED');

      // 3. the bureau's scheduler places it at a table at 10:00, with both people; published,
      // the meeting is confirmed
      const draft = (await bureau.request(RunMeetingSchedulerDocument, { expoId: ids.expo }))
        .runMeetingScheduler;
      expect([draft.status, draft.matches, draft.placeable, draft.placed, draft.unplaced]).toEqual([
        'DRAFT',
        1,
        1,
        1,
        [],
      ]);
      const [item] = draft.items;
      expect(item).toMatchObject({ matchId: proposed.id, startsAt: at('10:00') });
      expect(['T-1', 'T-2']).toContain(item!.meetingPoint!.key);
      expect(item!.attendees.map((a) => a.id)).toEqual([wang.gid]);
      expect(item!.representatives.map((r) => r.id)).toEqual([anna.id]);
      const published = (
        await bureau.request(PublishMeetingScheduleDocument, {
          id: draft.id,
          version: draft.version,
        })
      ).publishMeetingSchedule;
      expect(published.status).toBe('PUBLISHED');
      const mine = (await rep.request(MeetingsDocument, {})).meetings.nodes;
      expect(mine).toHaveLength(1);
      expect(mine[0]).toMatchObject({
        status: 'SCHEDULED',
        startsAt: at('10:00'),
        meetingPoint: { key: item!.meetingPoint!.key },
      });
      expect(mine[0]!.participants.map((p) => p.representative?.name ?? 'attendee')).toEqual(
        expect.arrayContaining(['Anna Berger', 'attendee']),
      );

      // 4. the same purchaser's other attendee meets another exhibitor at 10:00, in parallel;
      // Wang Fang at a second place then is refused, and by the database itself
      const { rows } = await t.sql.query(
        `with x as (insert into exhibitor (expo_id, exhibition_area_id, name_en, country, products)
           select $1, exhibition_area_id, 'E2E Valves SA', 'FR', 'valves' from exhibitor where id = $3
           returning id)
         insert into exhibitor_match (delegation_id, purchaser_id, exhibitor_id, status,
           purchaser_accepted_at, exhibitor_accepted_at)
         select $2, $4, x.id, 'ACCEPTED', now(), now() from x returning id`,
        [ids.expoId, gs.delegation, pumps.id, gs.id],
      );
      const valves = toGlobalId('ExhibitorMatch', rows[0].id);
      const slot = {
        matchId: valves,
        phase: 'ON_SITE' as const,
        mode: 'OFFLINE' as const,
        startsAt: at('10:00'),
        endsAt: at('10:30'),
        place: 'Hall 2, booth V1',
      };
      // Li Wei is away then: blocked times hold for hand-made meetings too
      expect(
        await refusedUnchanged(t.sql, () =>
          gansu.request(ScheduleMeetingDocument, { input: { ...slot, attendeeIds: [li.gid] } }),
        ),
      ).toMatchObject({ code: 'CONFLICT', field: 'input.attendeeIds.0' });
      await t.sql.query(`delete from unavailability where attendee_id = $1`, [li.id]);
      const parallel = (
        await gansu.request(ScheduleMeetingDocument, { input: { ...slot, attendeeIds: [li.gid] } })
      ).scheduleMeeting;
      expect(parallel).toMatchObject({ status: 'PROPOSED', startsAt: at('10:00') });
      expect(
        await refusal(
          gansu.request(ScheduleMeetingDocument, {
            input: { ...slot, startsAt: at('10:15'), endsAt: at('10:45'), attendeeIds: [wang.gid] },
          }),
        ),
      ).toMatchObject({ code: 'CONFLICT', field: 'input.attendeeIds' });
      const sqlState = await t.sql
        .query(
          `insert into meeting_participant (meeting_id, purchaser_id, exhibitor_id, attendee_id, delegation_id)
           select id, $2, exhibitor_id, $3, delegation_id from meeting where id = $1`,
          [fromGlobalId(parallel.id)!.id, gs.id, wang.id],
        )
        .then(
          () => null,
          (error: { code: string; constraint: string }) => [error.code, error.constraint],
        );
      expect(sqlState).toEqual(['23P01', 'meeting_participant_attendee_no_overlap']);
    } finally {
      await Promise.all([bureau, rep, buyer, gansu].map((c) => c.dispose()));
    }
  });
});
