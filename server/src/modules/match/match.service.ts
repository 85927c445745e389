import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { requireMayTradeFor, TradeRules, type TradeRule } from '../../auth/policy.js';
import { purchaserScope } from '../../auth/scope.js';
import type { Viewer } from '../../auth/viewer.js';
import { and, sql, type SQL } from '../../db/sql.js';
import { AppError, badInput, ErrorCode, notFound } from '../../graphql/errors.js';
import { audit } from '../audit/audit.service.js';
import { countsInTotals } from '../deal/deal-totals.rule.js';
import { EXHIBITOR_SELECT, EXHIBITOR_TEXT } from '../exhibitor/exhibitor.loader.js';
import type { Exhibitor } from '../exhibitor/exhibitor.type.js';
import { NeedStatus } from '../need/need.enums.js';
import { invalidTransition, scopedTradeRow, type TradeContext } from '../trade/trade-scope.js';
import { inTransaction, requireVersion } from '../shared/transaction.js';
import { ExhibitorMatch } from './exhibitor-match.entity.js';
import { MatchStatus, MeetingMode, MeetingPhase, MeetingStatus } from './match.enums.js';
import type {
  DeclineMatchInput,
  ExhibitorSuggestion,
  ProposeMatchInput,
  ScheduleMeetingInput,
} from './match.type.js';
import { Meeting } from './meeting.entity.js';

/** Words that say nothing about what is bought. */
const STOP_WORDS =
  `the and for with from that this these those our are was were will can all any per
  into onto about more other such used use using including etc need needs want wants wanted buy buying
  purchase purchasing procurement looking seek seeking supply supplier suppliers import imported
  importing product products quality high new year years unit units set sets ton tons kind kinds type
  types item items has have its their which who what when where also than then very good best`.split(
    /\s+/,
  );
/** Chinese two-character words as common in procurement texts as "the" and "buy" in English. */
const STOP_BIGRAMS = [
  '采购',
  '需求',
  '我们',
  '进口',
  '产品',
  '一批',
  '用于',
  '以及',
  '相关',
  '希望',
  '寻找',
  '要求',
];

/**
 * Ranks the exhibitors of a need's expo in one statement. Out of a score of 1:
 * - area 0.30: same area, or a zone under the need's area (full); the area of the need's zone (half);
 * - products 0.40: share of the need's keywords (English words by pg_trgm word similarity, so that
 *   "robot" finds "robots"; Chinese by two-character words, which pg_trgm cannot segment) found in
 *   the exhibitor's English and Chinese names and products, full at four keywords;
 * - preferred country 0.15;
 * - past deals 0.15 with the purchaser's organisation, 0.075 with purchasers of the same province,
 *   at this or an earlier expo (the exhibitor recognised by its English name across editions).
 * For the need `needId` if the viewer reads it, `exhibitorId` alone if given, the `first` best.
 */
function suggestSql(
  viewer: Viewer,
  needId: string,
  exhibitorId: string | null,
  first: number,
): SQL {
  const need = sql`${sql.value(needId)}::uuid`;
  const exhibitor = sql`${sql.value(exhibitorId)}::uuid`;
  return sql`
with need as (
  select n.id, n.exhibition_area_id as area_id, na.parent_id as area_parent_id,
    na.name_en as area_name, n.preferred_countries::text[] as countries, d.expo_id, d.province_en,
    p.organisation_id, lower(n.title || ' ' || n.description) as text
  from procurement_need n
  join purchaser p on p.id = n.purchaser_id
  join delegation d on d.id = n.delegation_id
  left join exhibition_area na on na.id = n.exhibition_area_id
  where ${and([sql`n.id = ${need}`, purchaserScope(viewer)])}
),
keywords as (
  select distinct w as word, false as cjk
  from need, regexp_split_to_table(need.text, '[^[:alnum:]]+') w
  where length(w) >= 3 and w !~ '[\\u3400-\\u9fff]' and w <> all(${sql.value(STOP_WORDS)}::text[])
  union
  select distinct substr(m.run[1], i, 2), true
  from need, regexp_matches(need.text, '[\\u3400-\\u9fff]+', 'g') as m(run),
    generate_series(1, length(m.run[1]) - 1) i
  where substr(m.run[1], i, 2) <> all(${sql.value(STOP_BIGRAMS)}::text[])
),
cand as (
  select x.id, x.name_en, x.exhibition_area_id, x.country, xa.parent_id as area_parent_id,
    xa.name_en as area_name, ${EXHIBITOR_TEXT} as text
  from need
  join exhibitor x on x.expo_id = need.expo_id
  join exhibition_area xa on xa.id = x.exhibition_area_id
  where ${exhibitor} is null or x.id = ${exhibitor}
),
hits as (
  select c.id, count(*) as n, array_agg(k.word order by k.word) as words
  from cand c join keywords k
    on case when k.cjk then strpos(c.text, k.word) > 0 else word_similarity(k.word, c.text) >= 0.6 end
  group by c.id
),
past as (
  select c.id, count(*) filter (where dp.organisation_id = need.organisation_id) as with_purchaser,
    count(*) as with_province
  from need
  join delegation dd on dd.province_en = need.province_en
  join deal dl on dl.delegation_id = dd.id and ${countsInTotals(sql`dl.status`)}
  join purchaser dp on dp.id = dl.purchaser_id
  join exhibitor px on px.id = dl.exhibitor_id
  join cand c on c.name_en = px.name_en
  group by c.id
),
scored as (
  select c.id,
    case
      when need.area_id is null then 0
      when c.exhibition_area_id = need.area_id or c.area_parent_id = need.area_id then 1
      when c.exhibition_area_id = need.area_parent_id then 0.5
      else 0
    end as area,
    case
      when need.area_id is null then null
      when c.exhibition_area_id = need.area_id then 'Same exhibition area: ' || need.area_name
      when c.area_parent_id = need.area_id then 'In zone ' || c.area_name || ' of the area ' || need.area_name
      when c.exhibition_area_id = need.area_parent_id then 'In the area ' || c.area_name || ' holding the zone ' || need.area_name
    end as area_reason,
    least(1, coalesce(h.n, 0)::numeric / greatest(1, least((select count(*) from keywords), 4))) as text_share,
    h.words,
    c.country = any(need.countries) as preferred,
    c.country,
    coalesce(ps.with_purchaser, 0) as with_purchaser,
    coalesce(ps.with_province, 0) as with_province,
    need.province_en
  from cand c cross join need
  left join hits h on h.id = c.id
  left join past ps on ps.id = c.id
),
ranked as (
  select s.*, round(0.30 * s.area + 0.40 * s.text_share + case when s.preferred then 0.15 else 0 end
    + case when s.with_purchaser > 0 then 0.15 when s.with_province > 0 then 0.075 else 0 end, 4) as score
  from scored s
)
select ${EXHIBITOR_SELECT.sql}, r.score::float8 as score,
  array_remove(array[
    r.area_reason,
    case when r.words is not null then 'Products match: ' || array_to_string(r.words[1:8], ', ') end,
    case when r.preferred then 'Preferred country: ' || r.country end,
    case
      when r.with_purchaser > 0 then 'Past deals with this purchaser: ' || r.with_purchaser
      when r.with_province > 0 then 'Past deals with purchasers of ' || r.province_en || ': ' || r.with_province
    end
  ], null) as reasons,
  m.id as "matchId"
from ranked r
join exhibitor x on x.id = r.id
left join exhibitor_match m on m.need_id = ${need} and m.exhibitor_id = x.id
where r.score > 0 or ${exhibitor} is not null
order by r.score desc, x.name_en
limit ${sql.value(first)}`;
}

/** Exhibitors ranked for a need the viewer reads; NOT_FOUND for any other need. */
export async function suggestExhibitors(
  ctx: Pick<TradeContext, 'query' | 'viewer'>,
  needId: string,
  first: number,
  exhibitorId: string | null = null,
): Promise<ExhibitorSuggestion[]> {
  const [need] = await ctx.query(
    sql`select 1 from procurement_need n join purchaser p on p.id = n.purchaser_id
     where ${and([sql`n.id = ${sql.value(needId)}::uuid`, purchaserScope(ctx.viewer)])}`,
  );
  if (!need) throw notFound('Procurement need', needId);
  const rows = await ctx.query<
    Exhibitor & { score: number; reasons: string[]; matchId: string | null }
  >(suggestSql(ctx.viewer, needId, exhibitorId, first));
  return rows.map(({ score, reasons, matchId, ...exhibitor }) => ({
    exhibitor: exhibitor as Exhibitor,
    score,
    reasons,
    matchId,
  }));
}

export async function proposeMatch(ctx: TradeContext, input: ProposeMatchInput): Promise<string> {
  const { needId, exhibitorId } = input;
  const need = await scopedTradeRow<{ needStatus: NeedStatus }>(
    ctx,
    'procurement_need',
    needId,
    'Procurement need',
    sql`t.status as "needStatus"`,
  );
  requireMayTradeFor(ctx.viewer, need, 'propose matches', TradeRules.matchmaking);
  if (need.needStatus !== NeedStatus.PUBLISHED)
    throw invalidTransition('propose a match for', 'a need', need.needStatus);
  const [exhibitor] = await ctx.query<{ expoId: string }>(
    sql`select expo_id as "expoId" from exhibitor where id = ${sql.value(exhibitorId)}`,
  );
  if (!exhibitor) throw notFound('Exhibitor', exhibitorId);
  if (exhibitor.expoId !== need.expoId)
    throw badInput('exhibitorId', "Not an exhibitor of the need's expo");
  const [ranked] = await suggestExhibitors(ctx, needId, 1, exhibitorId);
  try {
    const at = { what: 'The need', field: 'needId' };
    return await inTransaction(ctx.em(), at, async (em) => {
      const match = em.create(ExhibitorMatch, {
        delegation: need.delegationId,
        purchaser: need.purchaserId,
        need: needId,
        exhibitor: exhibitorId,
        status: MatchStatus.PROPOSED,
        score: ranked ? String(ranked.score) : null,
        reasons: ranked?.reasons ?? [],
      });
      audit(em, {
        actor: ctx.viewer.actor,
        action: 'match.propose',
        entityType: 'ExhibitorMatch',
        entityId: match.id,
        delegationId: need.delegationId,
        after: {
          needId,
          exhibitorId,
          purchaserId: need.purchaserId,
          status: MatchStatus.PROPOSED,
          score: match.score,
          reasons: match.reasons,
        },
      });
      return match.id;
    });
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) {
      throw new AppError(ErrorCode.CONFLICT, 'This exhibitor is matched with this need already', {
        field: 'exhibitorId',
      });
    }
    throw error;
  }
}

/** A match for a write: in scope (NOT_FOUND otherwise) and writable by the viewer. */
async function matchForWrite(ctx: TradeContext, id: string, what: string, rule: TradeRule) {
  const party = await scopedTradeRow(ctx, 'exhibitor_match', id, 'Match');
  requireMayTradeFor(ctx.viewer, party, what, rule);
  return { id, party };
}

function auditMatch(
  ctx: TradeContext,
  em: EntityManager,
  match: ExhibitorMatch,
  action: string,
  from: MatchStatus,
  extra: Record<string, unknown> = {},
) {
  audit(em, {
    actor: ctx.viewer.actor,
    action,
    entityType: 'ExhibitorMatch',
    entityId: match.id,
    delegationId: match.delegation.id,
    before: { status: from },
    after: { status: match.status, ...extra },
  });
}

export async function acceptMatch(ctx: TradeContext, id: string, version: number): Promise<string> {
  await matchForWrite(ctx, id, 'accept matches', TradeRules.decisions);
  const at = { what: 'The match', field: 'version' };
  return inTransaction(ctx.em(), at, async (em) => {
    const match = await em.findOneOrFail(ExhibitorMatch, { id });
    requireVersion(match, version, at);
    if (match.status !== MatchStatus.SUGGESTED && match.status !== MatchStatus.PROPOSED) {
      throw invalidTransition('accept', 'a match', match.status);
    }
    const from = match.status;
    match.status = MatchStatus.ACCEPTED;
    auditMatch(ctx, em, match, 'match.accept', from);
    return id;
  });
}

/** Declining ends a match that has not led to a deal; its scheduled meetings are cancelled. */
export async function declineMatch(ctx: TradeContext, input: DeclineMatchInput): Promise<string> {
  const reason = input.reason.trim();
  if (reason.length < 1 || reason.length > 2000)
    throw badInput('reason', 'reason must have 1 to 2000 characters');
  const { id } = await matchForWrite(ctx, input.id, 'decline matches', TradeRules.decisions);
  const at = { what: 'The match', field: 'version' };
  return inTransaction(ctx.em(), at, async (em) => {
    const match = await em.findOneOrFail(ExhibitorMatch, { id });
    requireVersion(match, input.version, at);
    if (match.status === MatchStatus.DEAL || match.status === MatchStatus.DECLINED) {
      throw invalidTransition('decline', 'a match', match.status);
    }
    const from = match.status;
    match.status = MatchStatus.DECLINED;
    match.declineReason = reason;
    const meetings = await em.find(Meeting, { match: id, status: MeetingStatus.SCHEDULED });
    for (const meeting of meetings) meeting.status = MeetingStatus.CANCELLED;
    auditMatch(ctx, em, match, 'match.decline', from, {
      declineReason: reason,
      cancelledMeetingIds: meetings.map((m) => m.id),
    });
    return id;
  });
}

const SHANGHAI_OFFSET_MS = 8 * 3600_000;
/** The calendar day in Shanghai (UTC+8, no daylight saving) of an instant. */
function shanghaiDay(instant: Date): string {
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

export async function scheduleMeeting(
  ctx: TradeContext,
  input: ScheduleMeetingInput,
): Promise<string> {
  const { matchId } = input;
  const match = await scopedTradeRow<{ exhibitorId: string }>(
    ctx,
    'exhibitor_match',
    matchId,
    'Match',
    sql`t.exhibitor_id as "exhibitorId"`,
  );
  requireMayTradeFor(ctx.viewer, match, 'schedule meetings', TradeRules.matchmaking);
  const { startsAt, endsAt } = input;
  if (!(endsAt.getTime() > startsAt.getTime()))
    throw badInput('endsAt', 'endsAt must be after startsAt');
  if (endsAt.getTime() - startsAt.getTime() > 12 * 3600_000)
    throw badInput('endsAt', 'A meeting lasts at most 12 hours');
  const place = input.place?.trim() || null;
  const link = input.link?.trim() || null;
  if (input.mode === MeetingMode.OFFLINE && !place)
    throw badInput('place', 'An OFFLINE meeting needs a place');
  if (place && place.length > 200)
    throw badInput('place', 'place must have at most 200 characters');
  if (input.mode === MeetingMode.ONLINE) {
    if (!link) throw badInput('link', 'An ONLINE meeting needs a link');
    if (!/^https?:\/\/\S+$/i.test(link) || link.length > 2000)
      throw badInput('link', 'link must be an http(s) URL');
  }
  const [expo] = await ctx.query<{ startsOn: string; endsOn: string }>(
    sql`select starts_on as "startsOn", ends_on as "endsOn" from expo where id = ${sql.value(match.expoId)}`,
  );
  const day = shanghaiDay(startsAt);
  if (
    input.phase === MeetingPhase.ON_SITE &&
    (day < expo!.startsOn || shanghaiDay(endsAt) > expo!.endsOn)
  ) {
    throw badInput(
      'startsAt',
      `An ON_SITE meeting takes place during the expo, ${expo!.startsOn} to ${expo!.endsOn} (Shanghai time)`,
    );
  }
  if (input.phase === MeetingPhase.PRE_SHOW && day >= expo!.startsOn) {
    throw badInput(
      'startsAt',
      `A PRE_SHOW meeting takes place before the expo opens on ${expo!.startsOn} (Shanghai time)`,
    );
  }
  try {
    const at = { what: 'The match', field: 'matchId' };
    return await inTransaction(ctx.em(), at, async (em) => {
      const row = await em.findOneOrFail(ExhibitorMatch, { id: matchId });
      const schedulable = [MatchStatus.ACCEPTED, MatchStatus.MEETING_SCHEDULED, MatchStatus.MET];
      if (!schedulable.includes(row.status))
        throw invalidTransition('schedule a meeting for', 'a match', row.status);
      const meeting = em.create(Meeting, {
        delegation: match.delegationId,
        match: matchId,
        purchaser: match.purchaserId,
        exhibitor: match.exhibitorId,
        phase: input.phase,
        mode: input.mode,
        startsAt,
        endsAt,
        place,
        link,
      });
      audit(em, {
        actor: ctx.viewer.actor,
        action: 'meeting.schedule',
        entityType: 'Meeting',
        entityId: meeting.id,
        delegationId: match.delegationId,
        after: {
          matchId,
          phase: input.phase,
          mode: input.mode,
          startsAt: startsAt.toISOString(),
          endsAt: endsAt.toISOString(),
          place,
          link,
        },
      });
      if (row.status === MatchStatus.ACCEPTED) {
        row.status = MatchStatus.MEETING_SCHEDULED;
        auditMatch(ctx, em, row, 'match.meeting_scheduled', MatchStatus.ACCEPTED, {
          meetingId: meeting.id,
        });
      }
      return meeting.id;
    });
  } catch (error) {
    const { code, constraint } = error as { code?: string; constraint?: string };
    if (code === '23P01') {
      const who = constraint === 'meeting_exhibitor_no_overlap' ? 'The exhibitor' : 'The purchaser';
      throw new AppError(ErrorCode.CONFLICT, `${who} has another meeting in this slot`, {
        field: 'startsAt',
      });
    }
    throw error;
  }
}

/** A meeting for a write: in scope (NOT_FOUND otherwise) and writable by the viewer. */
async function meetingForWrite(ctx: TradeContext, id: string, what: string) {
  const party = await scopedTradeRow(ctx, 'meeting', id, 'Meeting');
  requireMayTradeFor(ctx.viewer, party, what, TradeRules.matchmaking);
  return id;
}

/** The meeting took place: the match has MET. */
export async function markMeetingHeld(
  ctx: TradeContext,
  id: string,
  version: number,
): Promise<string> {
  await meetingForWrite(ctx, id, 'record meetings');
  const at = { what: 'The meeting', field: 'version' };
  return inTransaction(ctx.em(), at, async (em) => {
    const meeting = await em.findOneOrFail(Meeting, { id }, { populate: ['match'] });
    requireVersion(meeting, version, at);
    if (meeting.status !== MeetingStatus.SCHEDULED)
      throw invalidTransition('mark as held', 'a meeting', meeting.status);
    meeting.status = MeetingStatus.HELD;
    audit(em, {
      actor: ctx.viewer.actor,
      action: 'meeting.held',
      entityType: 'Meeting',
      entityId: id,
      delegationId: meeting.delegation.id,
      before: { status: MeetingStatus.SCHEDULED },
      after: { status: MeetingStatus.HELD },
    });
    const match = meeting.match.getEntity();
    if (match.status === MatchStatus.MEETING_SCHEDULED) {
      match.status = MatchStatus.MET;
      auditMatch(ctx, em, match, 'match.met', MatchStatus.MEETING_SCHEDULED, { meetingId: id });
    }
    return id;
  });
}

/** Frees the slot; a match left without live meetings goes back to ACCEPTED. */
export async function cancelMeeting(
  ctx: TradeContext,
  id: string,
  version: number,
): Promise<string> {
  await meetingForWrite(ctx, id, 'cancel meetings');
  const at = { what: 'The meeting', field: 'version' };
  return inTransaction(ctx.em(), at, async (em) => {
    const meeting = await em.findOneOrFail(Meeting, { id }, { populate: ['match'] });
    requireVersion(meeting, version, at);
    if (meeting.status !== MeetingStatus.SCHEDULED)
      throw invalidTransition('cancel', 'a meeting', meeting.status);
    meeting.status = MeetingStatus.CANCELLED;
    audit(em, {
      actor: ctx.viewer.actor,
      action: 'meeting.cancel',
      entityType: 'Meeting',
      entityId: id,
      delegationId: meeting.delegation.id,
      before: { status: MeetingStatus.SCHEDULED },
      after: { status: MeetingStatus.CANCELLED },
    });
    const match = meeting.match.getEntity();
    if (match.status === MatchStatus.MEETING_SCHEDULED) {
      const others = await em.count(Meeting, {
        match: match.id,
        id: { $ne: id },
        status: { $in: [MeetingStatus.SCHEDULED, MeetingStatus.HELD] },
      });
      if (others === 0) {
        match.status = MatchStatus.ACCEPTED;
        auditMatch(ctx, em, match, 'match.meetings_cancelled', MatchStatus.MEETING_SCHEDULED, {
          meetingId: id,
        });
      }
    }
    return id;
  });
}
