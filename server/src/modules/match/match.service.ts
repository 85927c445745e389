import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  otherSide,
  requireMayTradeFor,
  sideOf,
  TradeRules,
  TradeSide,
  type TradeRule,
} from '../../auth/policy.js';
import { exhibitorTradeScope, matchScope, needScope, purchaserScope } from '../../auth/scope.js';
import type { Viewer } from '../../auth/viewer.js';
import { and, sql, type SQL } from '../../db/sql.js';
import { AppError, badInput, ErrorCode, notFound } from '../../graphql/errors.js';
import { audit } from '../audit/audit.service.js';
import { countsInTotals } from '../deal/deal-totals.rule.js';
import { EXHIBITOR_SELECT, EXHIBITOR_TEXT } from '../exhibitor/exhibitor.loader.js';
import type { Exhibitor } from '../exhibitor/exhibitor.type.js';
import { NeedStatus } from '../need/need.enums.js';
import { ProcurementNeed } from '../need/procurement-need.entity.js';
import {
  invalidTransition,
  requireTrading,
  scopedPurchaser,
  scopedTradeRow,
  type TradeContext,
  type TradeParty,
} from '../trade/trade-scope.js';
import { enqueueMeetingScheduled } from '../notification/outbox.js';
import { inTransaction, requireVersion } from '../shared/transaction.js';
import {
  addParticipants,
  checkMeetingPeople,
  participantConflict,
  type MeetingPeople,
} from '../meeting/meeting.service.js';
import { ExhibitorMatch } from './exhibitor-match.entity.js';
import { MatchStatus, MeetingMode, MeetingPhase, MeetingStatus } from './match.enums.js';
import type { DeclineMatchInput, ExhibitorSuggestion, ScheduleMeetingInput } from './match.type.js';
import { Meeting } from './meeting.entity.js';
import { msg } from '../../i18n/message.js';

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
 * For the need `needId` if the viewer reads it, `exhibitorId` alone if given, the `first` best;
 * `toSuggest`: only exhibitors not matched with the need, or only SUGGESTED.
 */
function suggestSql(
  viewer: Viewer,
  needId: string,
  exhibitorId: string | null,
  first: number,
  toSuggest = false,
  scope: SQL = purchaserScope(viewer),
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
  where ${and([sql`n.id = ${need}`, scope])}
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
where (r.score > 0 or ${exhibitor} is not null)${
    toSuggest
      ? sql` and (m.id is null or m.status = ${sql.value(MatchStatus.SUGGESTED)})`
      : sql.blank
  }
order by r.score desc, x.name_en
limit ${sql.value(first)}`;
}

type SuggestionRow = Exhibitor & { score: number; reasons: string[]; matchId: string | null };

function suggestion({ score, reasons, matchId, ...exhibitor }: SuggestionRow): ExhibitorSuggestion {
  return { exhibitor: exhibitor as Exhibitor, score, reasons, matchId };
}

/** Exhibitors ranked for a need now (see {@link suggestSql}): none for a need the viewer does not read. */
async function rankExhibitors(
  ctx: Pick<TradeContext, 'query' | 'viewer'>,
  needId: string,
  first: number,
  exhibitorId: string | null = null,
  toSuggest = false,
  scope?: SQL,
): Promise<ExhibitorSuggestion[]> {
  const rows = await ctx.query<SuggestionRow>(
    suggestSql(ctx.viewer, needId, exhibitorId, first, toSuggest, scope),
  );
  return rows.map(suggestion);
}

/**
 * The suggestions kept for a need: its matches that carry a score (kept by refreshSuggestions, or
 * proposed with one), best first, whatever their status, as a ranking lists them.
 */
function keptSql(needId: string, first: number): SQL {
  return sql`select ${EXHIBITOR_SELECT.sql}, m.score::float8 as score, m.reasons, m.id as "matchId"
    from exhibitor_match m join exhibitor x on x.id = m.exhibitor_id
    where m.need_id = ${sql.value(needId)}::uuid and m.score is not null
    order by m.score desc, x.name_en, x.id
    limit ${sql.value(first)}`;
}

/**
 * Exhibitors suggested for a need the viewer reads (NOT_FOUND for any other need): the ones kept
 * for it where it has any (refreshSuggestions), else ranked now.
 */
export async function suggestExhibitors(
  ctx: Pick<TradeContext, 'query' | 'viewer'>,
  needId: string,
  first: number,
): Promise<ExhibitorSuggestion[]> {
  const [need] = await ctx.query<{ kept: boolean }>(
    sql`select exists (select 1 from exhibitor_match m
       where m.need_id = n.id and m.suggested_at is not null) as kept
     from procurement_need n join purchaser p on p.id = n.purchaser_id
     where ${and([sql`n.id = ${sql.value(needId)}::uuid`, purchaserScope(ctx.viewer)])}`,
  );
  if (!need) throw notFound('Procurement need', needId);
  if (!need.kept) return rankExhibitors(ctx, needId, first);
  return (await ctx.query<SuggestionRow>(keptSql(needId, first))).map(suggestion);
}

/**
 * Keeps the `first` exhibitors ranked for a published need and not matched with it otherwise
 * (proposed, accepted, declined, …) as its SUGGESTED matches, in one transaction: a SUGGESTED
 * match of an exhibitor ranked again takes the new score and reasons (same match), the others
 * ranked are added, SUGGESTED matches of exhibitors no longer ranked are removed; matches in any
 * other status are left as they are. Answers the SUGGESTED matches, best first.
 */
export async function refreshSuggestions(
  ctx: TradeContext,
  needId: string,
  first: number,
): Promise<string[]> {
  const need = await scopedTradeRow<{ needStatus: NeedStatus }>(
    ctx,
    'procurement_need',
    needId,
    'Procurement need',
    sql`t.status as "needStatus"`,
  );
  requireMayTradeFor(ctx.viewer, need, 'refresh suggestions', TradeRules.matchmaking);
  if (need.needStatus !== NeedStatus.PUBLISHED)
    throw invalidTransition('suggest exhibitors for', 'a need', need.needStatus);
  const ranked = await rankExhibitors(ctx, needId, first, null, true);
  const at = { what: 'A match of the need', field: 'needId' };
  return inTransaction(ctx.em(), at, async (em) => {
    // one refresh or proposal of the need at a time, its matches as they are now
    await em.findOneOrFail(
      ProcurementNeed,
      { id: needId },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    const matches = await em.find(
      ExhibitorMatch,
      { need: needId },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    const byExhibitor = new Map(matches.map((m) => [m.exhibitor.id, m]));
    const suggestedAt = new Date();
    const suggested: ExhibitorMatch[] = [];
    let added = 0;
    for (const { exhibitor, score, reasons } of ranked) {
      const match = byExhibitor.get(exhibitor.id);
      if (match && match.status !== MatchStatus.SUGGESTED) continue;
      const values = { score: String(score), reasons, suggestedAt };
      if (match) {
        em.assign(match, values);
        suggested.push(match);
      } else {
        added += 1;
        suggested.push(
          em.create(ExhibitorMatch, {
            delegation: need.delegationId,
            purchaser: need.purchaserId,
            need: needId,
            exhibitor: exhibitor.id,
            status: MatchStatus.SUGGESTED,
            ...values,
          }),
        );
      }
    }
    const removed = matches.filter(
      (m) => m.status === MatchStatus.SUGGESTED && !suggested.includes(m),
    );
    for (const match of removed) em.remove(match);
    audit(em, {
      actor: ctx.viewer.actor,
      action: 'need.suggestionsRefreshed',
      entityType: 'ProcurementNeed',
      entityId: needId,
      delegationId: need.delegationId,
      after: {
        first,
        suggested: suggested.map((m) => ({ exhibitorId: m.exhibitor.id, score: m.score })),
        added,
        removedExhibitorIds: removed.map((m) => m.exhibitor.id),
      },
    });
    return suggested.map((m) => m.id);
  });
}

/** The exhibitor of a match, of the expo of the need or purchaser (`whose`). */
async function requireExhibitorOf(
  ctx: TradeContext,
  exhibitorId: string,
  expoId: string,
  whose: string,
): Promise<void> {
  const [exhibitor] = await ctx.query<{ expoId: string }>(
    sql`select expo_id as "expoId" from exhibitor where id = ${sql.value(exhibitorId)}`,
  );
  if (!exhibitor) throw notFound('Exhibitor', exhibitorId);
  if (exhibitor.expoId !== expoId)
    throw badInput('exhibitorId', msg`Not an exhibitor of the ${whose} expo`);
}

/** What proposeMatch takes: exactly one of `needId` and `purchaserId` (checked here). */
export interface ProposeMatchCommand {
  needId?: string | null;
  purchaserId?: string | null;
  exhibitorId: string;
  /** The side proposing, for a viewer who acts for both (ADMIN). */
  side?: TradeSide | null;
}

/**
 * Proposes an exhibitor for a published need (a SUGGESTED match of it becomes PROPOSED, with the
 * score and reasons it was suggested with), or for a purchaser without a need (ExhibitorMatch:
 * "a need (or purchaser) paired with an exhibitor").
 */
export async function proposeMatch(ctx: TradeContext, input: ProposeMatchCommand): Promise<string> {
  const needId = input.needId ?? null;
  const purchaserId = input.purchaserId ?? null;
  if (needId === null && purchaserId === null)
    throw badInput('needId', msg`Give needId, or purchaserId for a match without a need`);
  if (needId !== null && purchaserId !== null)
    throw badInput(
      'purchaserId',
      msg`Give needId or purchaserId, not both: a need names its purchaser`,
    );
  try {
    return needId !== null
      ? await proposeForNeed(ctx, needId, input.exhibitorId, input.side ?? null)
      : await proposeForPurchaser(ctx, purchaserId!, input.exhibitorId, input.side ?? null);
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) {
      throw new AppError(
        ErrorCode.CONFLICT,
        msg`This exhibitor is matched with this ${needId !== null ? msg`need` : msg`purchaser (without a need)`} already`,
        { field: 'exhibitorId' },
      );
    }
    throw error;
  }
}

/** The acceptance columns of the side that accepts now. */
function acceptedBy(
  side: TradeSide,
  at: Date,
): { purchaserAcceptedAt: Date } | { exhibitorAcceptedAt: Date } {
  return side === TradeSide.PURCHASER_SIDE
    ? { purchaserAcceptedAt: at }
    : { exhibitorAcceptedAt: at };
}

/** Whether a side accepted a match or a meeting. */
function hasAccepted(row: ExhibitorMatch | Meeting, side: TradeSide): boolean {
  return (
    (side === TradeSide.PURCHASER_SIDE ? row.purchaserAcceptedAt : row.exhibitorAcceptedAt) !== null
  );
}

/**
 * A need's match proposed by either side (the need read in the proposer's scope: an exhibitor
 * proposes for the published needs it reads, for its own exhibitor): PROPOSED, the proposer's
 * side accepted, the other side's acceptance awaited.
 */
async function proposeForNeed(
  ctx: TradeContext,
  needId: string,
  exhibitorId: string,
  requested: TradeSide | null,
): Promise<string> {
  const need = await scopedTradeRow<{ needStatus: NeedStatus }>(
    ctx,
    'procurement_need',
    needId,
    'Procurement need',
    sql`t.status as "needStatus"`,
    sql.blank,
    needScope(ctx.viewer, 't', 'p'),
  );
  const side = sideOf(
    ctx.viewer,
    { ...need, exhibitorId },
    TradeRules.matchmaking,
    'propose matches',
    requested,
    TradeSide.PURCHASER_SIDE,
  );
  if (need.needStatus !== NeedStatus.PUBLISHED)
    throw invalidTransition('propose a match for', 'a need', need.needStatus);
  await requireExhibitorOf(ctx, exhibitorId, need.expoId, "need's");
  // ranked as the proposer reads the need (suggestSql's need is `n`)
  const [ranked] = await rankExhibitors(
    ctx,
    needId,
    1,
    exhibitorId,
    false,
    needScope(ctx.viewer, 'n', 'p'),
  );
  const at = { what: 'The need', field: 'needId' };
  return inTransaction(ctx.em(), at, async (em) => {
    // not while its suggestions are refreshed
    await em.findOneOrFail(
      ProcurementNeed,
      { id: needId },
      { lockMode: LockMode.PESSIMISTIC_READ },
    );
    const suggested = await em.findOne(
      ExhibitorMatch,
      { need: needId, exhibitor: exhibitorId, status: MatchStatus.SUGGESTED },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    const now = new Date();
    if (suggested) {
      suggested.status = MatchStatus.PROPOSED;
      em.assign(suggested, acceptedBy(side, now));
      auditMatch(ctx, em, suggested, 'match.propose', MatchStatus.SUGGESTED, {
        needId,
        exhibitorId,
        purchaserId: need.purchaserId,
        score: suggested.score,
        reasons: suggested.reasons,
        side,
      });
      return suggested.id;
    }
    const match = em.create(ExhibitorMatch, {
      delegation: need.delegationId,
      purchaser: need.purchaserId,
      need: needId,
      exhibitor: exhibitorId,
      status: MatchStatus.PROPOSED,
      score: ranked ? String(ranked.score) : null,
      reasons: ranked?.reasons ?? [],
      ...acceptedBy(side, now),
    });
    auditProposal(ctx, em, match, { needId, exhibitorId, purchaserId: need.purchaserId }, side);
    return match.id;
  });
}

/**
 * A purchaser-level match: no need, so no ranking (score null, no reasons). Proposed by the
 * purchaser's side (an exhibitor reads no purchaser it is not matched with already).
 */
async function proposeForPurchaser(
  ctx: TradeContext,
  purchaserId: string,
  exhibitorId: string,
  requested: TradeSide | null,
): Promise<string> {
  const party = await scopedPurchaser(ctx, purchaserId);
  const side = sideOf(
    ctx.viewer,
    { ...party, exhibitorId },
    TradeRules.matchmaking,
    'propose matches',
    requested,
    TradeSide.PURCHASER_SIDE,
  );
  requireTrading(party, 'purchaserId');
  await requireExhibitorOf(ctx, exhibitorId, party.expoId, "purchaser's");
  const at = { what: 'The purchaser', field: 'purchaserId' };
  return inTransaction(ctx.em(), at, async (em) => {
    const match = em.create(ExhibitorMatch, {
      delegation: party.delegationId,
      purchaser: purchaserId,
      need: null,
      exhibitor: exhibitorId,
      status: MatchStatus.PROPOSED,
      ...acceptedBy(side, new Date()),
    });
    auditProposal(ctx, em, match, { needId: null, exhibitorId, purchaserId }, side);
    return match.id;
  });
}

function auditProposal(
  ctx: TradeContext,
  em: EntityManager,
  match: ExhibitorMatch,
  of: { needId: string | null; exhibitorId: string; purchaserId: string },
  side: TradeSide,
): void {
  audit(em, {
    actor: ctx.viewer.actor,
    action: 'match.propose',
    entityType: 'ExhibitorMatch',
    entityId: match.id,
    delegationId: match.delegation.id,
    after: {
      ...of,
      status: MatchStatus.PROPOSED,
      score: match.score,
      reasons: match.reasons,
      side,
    },
  });
}

/**
 * A match for a two-sided write: in scope (NOT_FOUND otherwise: the exhibitor side reads its own
 * matches), and the side the viewer writes it for ({@link sideOf}).
 */
async function matchForWrite(
  ctx: TradeContext,
  id: string,
  what: string,
  rule: TradeRule,
  requested: TradeSide | null | undefined,
  fallback: TradeSide | 'awaited' = TradeSide.PURCHASER_SIDE,
) {
  const party = await scopedTradeRow<Acceptances>(
    ctx,
    'exhibitor_match',
    id,
    'Match',
    ACCEPTANCES,
    sql.blank,
    matchScope(ctx.viewer, 't', 'p'),
  );
  const side = sideOf(ctx.viewer, party, rule, what, requested, sideFor(party, fallback));
  return { id, party, side };
}

/** A match's or meeting's exhibitor and which sides accepted it (over alias `t`). */
const ACCEPTANCES = sql`t.exhibitor_id as "exhibitorId",
  t.purchaser_accepted_at is not null as "purchaserAccepted",
  t.exhibitor_accepted_at is not null as "exhibitorAccepted"`;

interface Acceptances {
  exhibitorId: string;
  purchaserAccepted: boolean;
  exhibitorAccepted: boolean;
}

/** The side a write is for when the viewer acts for both: `fallback`, or the one awaited. */
function sideFor(row: Acceptances, fallback: TradeSide | 'awaited'): TradeSide {
  if (fallback !== 'awaited') return fallback;
  return row.purchaserAccepted && !row.exhibitorAccepted
    ? TradeSide.EXHIBITOR_SIDE
    : TradeSide.PURCHASER_SIDE;
}

/** A side accepting what it accepted already (it proposed it): the other side's turn. */
function acceptedAlready(what: string, side: TradeSide, current: string): AppError {
  return new AppError(
    ErrorCode.INVALID_TRANSITION,
    msg`The ${side} accepted this ${what} already: it awaits the ${otherSide(side)}`,
    { currentState: current, awaiting: otherSide(side) },
  );
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

/**
 * One side accepts a match: SUGGESTED → PROPOSED (the purchaser's side takes up a suggestion;
 * the exhibitor's acceptance awaited), PROPOSED → ACCEPTED once both sides have accepted. A side
 * accepts once (its proposal was its acceptance).
 */
export async function acceptMatch(
  ctx: TradeContext,
  id: string,
  version: number,
  requested?: TradeSide | null,
): Promise<string> {
  const { side } = await matchForWrite(
    ctx,
    id,
    'accept matches',
    TradeRules.decisions,
    requested,
    'awaited',
  );
  const at = { what: 'The match', field: 'version' };
  return inTransaction(ctx.em(), at, async (em) => {
    const match = await em.findOneOrFail(ExhibitorMatch, { id });
    requireVersion(match, version, at);
    if (match.status !== MatchStatus.SUGGESTED && match.status !== MatchStatus.PROPOSED) {
      throw invalidTransition('accept', 'a match', match.status);
    }
    if (hasAccepted(match, side)) throw acceptedAlready('match', side, match.status);
    const from = match.status;
    em.assign(match, acceptedBy(side, new Date()));
    match.status =
      match.purchaserAcceptedAt && match.exhibitorAcceptedAt
        ? MatchStatus.ACCEPTED
        : MatchStatus.PROPOSED;
    auditMatch(ctx, em, match, 'match.accept', from, { side });
    return id;
  });
}

/** Declining ends a match that has not led to a deal; its scheduled meetings are cancelled. */
export async function declineMatch(ctx: TradeContext, input: DeclineMatchInput): Promise<string> {
  const reason = input.reason.trim();
  if (reason.length < 1 || reason.length > 2000)
    throw badInput('reason', msg`reason must have 1 to 2000 characters`);
  const { id, side } = await matchForWrite(
    ctx,
    input.id,
    'decline matches',
    TradeRules.decisions,
    input.side,
  );
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
    const meetings = await em.find(Meeting, {
      match: id,
      status: { $in: [MeetingStatus.PROPOSED, MeetingStatus.SCHEDULED] },
    });
    for (const meeting of meetings) meeting.status = MeetingStatus.CANCELLED;
    auditMatch(ctx, em, match, 'match.decline', from, {
      side,
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
  const { party: match, side } = await matchForWrite(
    ctx,
    matchId,
    'schedule meetings',
    TradeRules.matchmaking,
    input.side,
  );
  const { startsAt, endsAt } = input;
  if (!(endsAt.getTime() > startsAt.getTime()))
    throw badInput('endsAt', msg`endsAt must be after startsAt`);
  if (endsAt.getTime() - startsAt.getTime() > 12 * 3600_000)
    throw badInput('endsAt', msg`A meeting lasts at most 12 hours`);
  // the side asking names its own people (the other side adds its own on accepting)
  const people = await checkMeetingPeople(ctx, match, input.mode, startsAt, endsAt, input, [side]);
  // a meeting point gives the place (its location) or the link (its online room's)
  const point = people.point;
  const place =
    input.place?.trim() || (input.mode === MeetingMode.OFFLINE ? point?.location : null) || null;
  const link =
    input.link?.trim() || (input.mode === MeetingMode.ONLINE ? point?.link : null) || null;
  if (input.mode === MeetingMode.OFFLINE && !place)
    throw badInput('place', msg`An OFFLINE meeting needs a place or a meeting point`);
  if (place && place.length > 200)
    throw badInput('place', msg`place must have at most 200 characters`);
  if (input.mode === MeetingMode.ONLINE) {
    if (!link) throw badInput('link', msg`An ONLINE meeting needs a link or an ONLINE_ROOM`);
    if (!/^https?:\/\/\S+$/i.test(link) || link.length > 2000)
      throw badInput('link', msg`link must be an http(s) URL`);
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
      msg`An ON_SITE meeting takes place during the expo, ${expo!.startsOn} to ${expo!.endsOn} (Shanghai time)`,
    );
  }
  if (input.phase === MeetingPhase.PRE_SHOW && day >= expo!.startsOn) {
    throw badInput(
      'startsAt',
      msg`A PRE_SHOW meeting takes place before the expo opens on ${expo!.startsOn} (Shanghai time)`,
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
        meetingPoint: point?.id ?? null,
        place,
        link,
        status: MeetingStatus.PROPOSED,
        ...acceptedBy(side, new Date()),
      });
      addParticipants(
        em,
        {
          id: meeting.id,
          delegationId: match.delegationId,
          purchaserId: match.purchaserId,
          exhibitorId: match.exhibitorId,
        },
        people.attendeeIds,
        people.representativeIds,
      );
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
          meetingPointId: point?.id ?? null,
          place,
          link,
          attendeeIds: people.attendeeIds,
          representativeIds: people.representativeIds,
          status: MeetingStatus.PROPOSED,
          side,
        },
      });
      return meeting.id;
    });
  } catch (error) {
    throw participantConflict(error) ?? error;
  }
}

/** A meeting for a purchaser-side write: in scope (NOT_FOUND otherwise) and writable by the viewer. */
async function meetingForWrite(ctx: TradeContext, id: string, what: string) {
  const party = await scopedTradeRow(ctx, 'meeting', id, 'Meeting');
  requireMayTradeFor(ctx.viewer, party, what, TradeRules.matchmaking);
  return id;
}

/**
 * A meeting for a two-sided write: in scope (NOT_FOUND otherwise: the exhibitor side reads its
 * own meetings), and the side the viewer writes it for ({@link sideOf}).
 */
async function meetingForSide<T = unknown>(
  ctx: TradeContext,
  id: string,
  what: string,
  rule: TradeRule,
  requested: TradeSide | null | undefined,
  fallback: TradeSide | 'awaited' = TradeSide.PURCHASER_SIDE,
  columns: SQL = ACCEPTANCES,
): Promise<{ party: TradeParty & Acceptances & T; side: TradeSide }> {
  const party = await scopedTradeRow<Acceptances & T>(
    ctx,
    'meeting',
    id,
    'Meeting',
    columns,
    sql.blank,
    exhibitorTradeScope(ctx.viewer, 't', 'p'),
  );
  return {
    party,
    side: sideOf(ctx.viewer, party, rule, what, requested, sideFor(party, fallback)),
  };
}

/** A confirmed meeting: a match with none confirmed before has its meeting scheduled. */
function confirmed(ctx: TradeContext, em: EntityManager, meeting: Meeting): void {
  const match = meeting.match.getEntity();
  if (match.status === MatchStatus.ACCEPTED) {
    match.status = MatchStatus.MEETING_SCHEDULED;
    auditMatch(ctx, em, match, 'match.meeting_scheduled', MatchStatus.ACCEPTED, {
      meetingId: meeting.id,
    });
  }
}

/**
 * The other side accepts a PROPOSED meeting: SCHEDULED (confirmed), the match's meeting
 * scheduled. A side accepts once (scheduling it was its acceptance).
 */
export async function acceptMeeting(
  ctx: TradeContext,
  id: string,
  version: number,
  requested?: TradeSide | null,
  people: Omit<MeetingPeople, 'meetingPointId'> = {},
): Promise<string> {
  // the meeting's slot and people come with the scope read: one statement
  const { party: slot, side } = await meetingForSide<{
    version: number;
    meetingStatus: MeetingStatus;
    mode: MeetingMode;
    startsAt: Date;
    endsAt: Date;
    meetingPointId: string | null;
    attendees: number;
    representatives: number;
  }>(
    ctx,
    id,
    'accept meetings',
    TradeRules.decisions,
    requested,
    'awaited',
    sql`${ACCEPTANCES}, t.version, t.status as "meetingStatus", t.mode,
      t.starts_at as "startsAt", t.ends_at as "endsAt", t.meeting_point_id as "meetingPointId",
      (select count(attendee_id)::int from meeting_participant where meeting_id = t.id) as attendees,
      (select count(representative_id)::int from meeting_participant where meeting_id = t.id)
        as representatives`,
  );
  // the version and the transition first (again in the transaction below), then the people
  const at = { what: 'The meeting', field: 'version' };
  requireVersion(slot, version, at);
  if (slot.meetingStatus !== MeetingStatus.PROPOSED)
    throw invalidTransition('accept', 'a meeting', slot.meetingStatus);
  if (side === TradeSide.PURCHASER_SIDE ? slot.purchaserAccepted : slot.exhibitorAccepted)
    throw acceptedAlready('meeting', side, slot.meetingStatus);
  // the accepting side adds its own people; confirmed, the meeting has both sides'
  const added = await checkMeetingPeople(
    ctx,
    slot,
    slot.mode,
    slot.startsAt,
    slot.endsAt,
    { ...people, meetingPointId: slot.meetingPointId },
    [TradeSide.PURCHASER_SIDE, TradeSide.EXHIBITOR_SIDE],
    slot,
  );
  try {
    return await inTransaction(ctx.em(), at, async (em) => {
      const meeting = await em.findOneOrFail(Meeting, { id }, { populate: ['match'] });
      requireVersion(meeting, version, at);
      if (meeting.status !== MeetingStatus.PROPOSED)
        throw invalidTransition('accept', 'a meeting', meeting.status);
      if (hasAccepted(meeting, side)) throw acceptedAlready('meeting', side, meeting.status);
      em.assign(meeting, acceptedBy(side, new Date()));
      meeting.status = MeetingStatus.SCHEDULED;
      addParticipants(
        em,
        {
          id,
          delegationId: meeting.delegation.id,
          purchaserId: slot.purchaserId,
          exhibitorId: slot.exhibitorId,
        },
        added.attendeeIds,
        added.representativeIds,
      );
      audit(em, {
        actor: ctx.viewer.actor,
        action: 'meeting.accept',
        entityType: 'Meeting',
        entityId: id,
        delegationId: meeting.delegation.id,
        before: { status: MeetingStatus.PROPOSED },
        after: {
          status: MeetingStatus.SCHEDULED,
          side,
          attendeeIds: added.attendeeIds,
          representativeIds: added.representativeIds,
        },
      });
      confirmed(ctx, em, meeting);
      await enqueueMeetingScheduled(em, {
        id,
        delegationId: meeting.delegation.id,
        purchaserId: meeting.purchaser.id,
        exhibitorId: meeting.exhibitor.id,
        startsAt: meeting.startsAt,
        endsAt: meeting.endsAt,
      });
      return id;
    });
  } catch (error) {
    throw participantConflict(error) ?? error;
  }
}

/** The other side declines a PROPOSED meeting (with a reason): DECLINED, its slot free again. */
export async function declineMeeting(
  ctx: TradeContext,
  input: { id: string; version: number; reason: string; side?: TradeSide | null },
): Promise<string> {
  const reason = input.reason.trim();
  if (reason.length < 1 || reason.length > 2000)
    throw badInput('reason', msg`reason must have 1 to 2000 characters`);
  const { side } = await meetingForSide(
    ctx,
    input.id,
    'decline meetings',
    TradeRules.decisions,
    input.side,
    'awaited',
  );
  const at = { what: 'The meeting', field: 'version' };
  return inTransaction(ctx.em(), at, async (em) => {
    const meeting = await em.findOneOrFail(Meeting, { id: input.id });
    requireVersion(meeting, input.version, at);
    if (meeting.status !== MeetingStatus.PROPOSED)
      throw invalidTransition('decline', 'a meeting', meeting.status);
    // the side that asked for it withdraws with cancelMeeting
    if (hasAccepted(meeting, side))
      throw new AppError(
        ErrorCode.INVALID_TRANSITION,
        msg`The ${side} asked for this meeting: it awaits the ${otherSide(side)}, or cancelMeeting withdraws it`,
        { currentState: meeting.status, awaiting: otherSide(side) },
      );
    meeting.status = MeetingStatus.DECLINED;
    meeting.declineReason = reason;
    audit(em, {
      actor: ctx.viewer.actor,
      action: 'meeting.decline',
      entityType: 'Meeting',
      entityId: input.id,
      delegationId: meeting.delegation.id,
      before: { status: MeetingStatus.PROPOSED },
      after: { status: MeetingStatus.DECLINED, side, declineReason: reason },
    });
    return input.id;
  });
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
  requested?: TradeSide | null,
): Promise<string> {
  const { side } = await meetingForSide(
    ctx,
    id,
    'cancel meetings',
    TradeRules.matchmaking,
    requested,
  );
  const at = { what: 'The meeting', field: 'version' };
  return inTransaction(ctx.em(), at, async (em) => {
    const meeting = await em.findOneOrFail(Meeting, { id }, { populate: ['match'] });
    requireVersion(meeting, version, at);
    const from = meeting.status;
    if (from !== MeetingStatus.SCHEDULED && from !== MeetingStatus.PROPOSED)
      throw invalidTransition('cancel', 'a meeting', from);
    meeting.status = MeetingStatus.CANCELLED;
    audit(em, {
      actor: ctx.viewer.actor,
      action: 'meeting.cancel',
      entityType: 'Meeting',
      entityId: id,
      delegationId: meeting.delegation.id,
      before: { status: from },
      after: { status: MeetingStatus.CANCELLED, side },
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
