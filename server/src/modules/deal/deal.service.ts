import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  requireExpoBureau,
  requireMayFollowUpDeal,
  requireMayTradeFor,
} from '../../auth/policy.js';
import { AppError, badInput, ErrorCode, notFound } from '../../graphql/errors.js';
import { and, sql, type SQL } from '../../db/sql.js';
import type { Typed } from '../../graphql/relay.js';
import { audit } from '../audit/audit.service.js';
import { ExchangeRate } from '../expo/exchange-rate.entity.js';
import { Expo } from '../expo/expo.entity.js';
import { ExhibitorMatch } from '../match/exhibitor-match.entity.js';
import { MatchStatus } from '../match/match.enums.js';
import {
  invalidTransition,
  isoDate,
  requireTrading,
  scopedPurchaser,
  scopedTradeRow,
  type TradeContext,
  type TradeParty,
} from '../trade/trade-scope.js';
import { inTransaction, requireVersion } from '../shared/transaction.js';
import { DealFollowUp } from './deal-follow-up.entity.js';
import { DealStatus } from './deal.enums.js';
import { Deal } from './deal.entity.js';
import { DealGroupBy, dealTotalsBySets, type DealTotalsGroup } from './deal.aggregate.js';
import { dealScope } from './deal.loader.js';
import type { Deal as DealRow, RecordDealFollowUpInput, RecordDealInput } from './deal.type.js';
import {
  currencyArg,
  DEAL_RATE,
  decimalArg,
  impliedRate,
  Money,
  rateText,
  toUsd,
} from '../trade/money.js';

/** Where each state may go: one step forward, or CANCELLED from any state not final. */
const NEXT: Record<DealStatus, DealStatus[]> = {
  [DealStatus.INTENDED]: [DealStatus.SIGNED, DealStatus.CANCELLED],
  [DealStatus.SIGNED]: [DealStatus.EXECUTING, DealStatus.CANCELLED],
  [DealStatus.EXECUTING]: [DealStatus.FULFILLED, DealStatus.CANCELLED],
  [DealStatus.FULFILLED]: [],
  [DealStatus.CANCELLED]: [],
};
const VERB: Record<DealStatus, string> = {
  [DealStatus.INTENDED]: 'reopen',
  [DealStatus.SIGNED]: 'sign',
  [DealStatus.EXECUTING]: 'start executing',
  [DealStatus.FULFILLED]: 'fulfil',
  [DealStatus.CANCELLED]: 'cancel',
};
const FINAL = new Set([DealStatus.FULFILLED, DealStatus.CANCELLED]);

/** Today in Shanghai (UTC+8), where the delegations work. */
function todayInShanghai(): string {
  return new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
}

/**
 * The USD side of a deal: an explicit rate, an explicit USD amount, or the expo's rate
 * (`expoRate`, read beforehand for {@link expoRateCurrency}; null when the expo has none).
 * Whichever it is, amountUsd = round(amount × usdRate, 2) holds for what is stored (the
 * deal_usd_is_amount_at_rate constraint): a given USD amount implies the shortest rate that
 * gives it exactly.
 */
function usdSide(
  input: Pick<RecordDealInput, 'amount' | 'currency' | 'usdRate' | 'amountUsd'>,
  expoRate: string | null,
): { amount: string; currency: string; usdRate: string; amountUsd: string } {
  const amount = decimalArg(input.amount, 'amount', {
    precision: 20,
    scale: 2,
    positive: true,
  });
  const currency = currencyArg(input.currency, 'currency');
  let rate =
    input.usdRate != null
      ? decimalArg(input.usdRate, 'usdRate', { ...DEAL_RATE, positive: true })
      : null;
  const givenUsd =
    input.amountUsd != null
      ? decimalArg(input.amountUsd, 'amountUsd', { precision: 20, scale: 2 })
      : null;
  let usd: Money;
  if (currency === 'USD') {
    if (rate && !rate.eq(1)) throw badInput('usdRate', 'The rate of USD is 1');
    if (givenUsd && !givenUsd.eq(amount))
      throw badInput('amountUsd', 'For a deal in USD, amountUsd is the amount');
    rate = new Money(1);
    usd = amount;
  } else if (rate) {
    usd = toUsd(amount, rate);
    if (givenUsd && !givenUsd.eq(usd)) {
      throw badInput(
        'amountUsd',
        `amountUsd is ${usd.toFixed(2)} at usdRate ${rate.toFixed()}; give one of the two`,
      );
    }
  } else if (givenUsd) {
    if (givenUsd.isZero()) throw badInput('amountUsd', 'amountUsd must be greater than 0');
    usd = givenUsd;
    rate = impliedRate(amount, givenUsd);
    if (rate.gte(new Money(10).pow(DEAL_RATE.precision - DEAL_RATE.scale))) {
      throw badInput(
        'amountUsd',
        `amountUsd ${givenUsd.toFixed(2)} for ${amount.toFixed(2)} ${currency} implies a rate of ${rate.toFixed()} USD per unit, over the largest rate (under 10^${DEAL_RATE.precision - DEAL_RATE.scale})`,
      );
    }
  } else {
    if (expoRate == null) {
      throw badInput(
        'currency',
        `This expo has no exchange rate for ${currency}: give usdRate or amountUsd, or ask the expo bureau to set the rate`,
      );
    }
    rate = new Money(expoRate);
    usd = toUsd(amount, rate);
  }
  if (usd.gte(new Money(10).pow(18))) throw badInput('amount', 'The USD amount is too large');
  return {
    amount: amount.toFixed(2),
    currency,
    usdRate: rateText(rate),
    amountUsd: usd.toFixed(2),
  };
}

/** The currency whose expo rate {@link usdSide} will need, if any (unchecked: it may be no code). */
function expoRateCurrency(input: Pick<RecordDealInput, 'currency' | 'usdRate' | 'amountUsd'>) {
  if (input.usdRate != null || input.amountUsd != null) return null;
  const code = input.currency.trim().toUpperCase();
  return code === 'USD' ? null : code;
}

/** What recordDeal checks, read with the party in one statement (see {@link sideJoins}). */
interface DealSides {
  exhibitorFound: boolean;
  exhibitorOfExpo: boolean;
  exhibitorAreaId: string | null;
  areaFound: boolean;
  areaOfExpo: boolean;
  expoUsdRate: string | null;
}

const SIDE_COLUMNS = sql`x.id is not null as "exhibitorFound",
  coalesce(x.expo_id = d.expo_id, false) as "exhibitorOfExpo", x.exhibition_area_id as "exhibitorAreaId",
  a.id is not null as "areaFound", coalesce(a.expo_id = d.expo_id, false) as "areaOfExpo",
  r.usd_rate as "expoUsdRate"`;

/**
 * The exhibitor (`exhibitorId`: SQL of its id) and the area (or null), with whether they are of
 * the party's expo `d`, and the expo's rate for `currency` (or null).
 */
function sideJoins(exhibitorId: SQL, areaId: string | null, currency: string | null): SQL {
  return sql`
    left join exhibitor x on x.id = ${exhibitorId}
    left join exhibition_area a on a.id = ${sql.value(areaId)}::uuid
    left join exchange_rate r on r.expo_id = d.expo_id and r.currency = ${sql.value(currency)}`;
}

const DEAL_FROM: MatchStatus[] = [
  MatchStatus.ACCEPTED,
  MatchStatus.MEETING_SCHEDULED,
  MatchStatus.MET,
  MatchStatus.DEAL,
];

/** recordDeal's command: the fields of `RecordDealInput`, its IDs uuids. */
export type RecordDealCommand = RecordDealInput;

/**
 * Records a deal. Its four IDs are uuids; which of them is at fault depends on what the others
 * name, in the order of the checks below (the resolver decodes them with `InOrderIds`, so that an
 * ID that is not one fails where a missing one would). Fields are named relative to the command.
 */
export async function recordDeal(ctx: TradeContext, input: RecordDealCommand): Promise<DealRow> {
  if ((input.matchId == null) === (input.purchaserId == null)) {
    throw badInput(
      input.matchId == null ? 'purchaserId' : 'matchId',
      'Give either matchId or purchaserId',
    );
  }
  const askedAreaId = input.exhibitionAreaId ?? null;
  const rateCurrency = expoRateCurrency(input);
  let party: TradeParty & DealSides;
  let matchId: string | null = null;
  let exhibitorId: string | null = null;
  if (input.matchId != null) {
    if (input.exhibitorId != null)
      throw badInput('exhibitorId', 'A deal from a match is with the exhibitor of the match');
    matchId = input.matchId;
    const match = await scopedTradeRow<
      DealSides & { exhibitorId: string; matchStatus: MatchStatus }
    >(
      ctx,
      'exhibitor_match',
      matchId,
      'Match',
      sql`t.exhibitor_id as "exhibitorId", t.status as "matchStatus", ${SIDE_COLUMNS}`,
      sideJoins(sql`t.exhibitor_id`, askedAreaId, rateCurrency),
    );
    requireMayTradeFor(ctx.viewer, match, 'record deals', true);
    if (!DEAL_FROM.includes(match.matchStatus))
      throw invalidTransition('record a deal from', 'a match', match.matchStatus);
    party = match;
    exhibitorId = match.exhibitorId;
  } else {
    const askedExhibitorId = input.exhibitorId ?? null;
    party = await scopedPurchaser<DealSides>(
      ctx,
      input.purchaserId!,
      SIDE_COLUMNS,
      sideJoins(sql`${sql.value(askedExhibitorId)}::uuid`, askedAreaId, rateCurrency),
    );
    requireMayTradeFor(ctx.viewer, party, 'record deals', true);
    requireTrading(party, 'purchaserId');
    exhibitorId = askedExhibitorId;
  }
  if (exhibitorId && !party.exhibitorFound) throw notFound('Exhibitor', exhibitorId);
  if (exhibitorId && !party.exhibitorOfExpo)
    throw badInput('exhibitorId', "Not an exhibitor of the purchaser's expo");
  let areaId = exhibitorId ? party.exhibitorAreaId : null;
  if (askedAreaId != null) {
    areaId = askedAreaId;
    if (!party.areaFound) throw notFound('Exhibition area', areaId);
    if (!party.areaOfExpo)
      throw badInput('exhibitionAreaId', "Not an exhibition area or zone of the deal's expo");
  }
  const goods = input.goods.trim();
  if (goods.length < 1 || goods.length > 1000)
    throw badInput('goods', 'goods must have 1 to 1000 characters');
  const money = usdSide(input, party.expoUsdRate);
  const signedOn = input.signedOn != null ? isoDate(input.signedOn) : null;
  if (signedOn && signedOn > todayInShanghai())
    throw badInput('signedOn', 'signedOn is in the future');
  const status = signedOn ? DealStatus.SIGNED : DealStatus.INTENDED;
  const at = { what: 'The match', field: 'matchId' };
  const deal = await inTransaction(ctx.em(), at, async (em) => {
    const deal = em.create(Deal, {
      delegation: party.delegationId,
      expo: party.expoId,
      purchaser: party.purchaserId,
      exhibitor: exhibitorId,
      match: matchId,
      exhibitionArea: areaId,
      goods,
      ...money,
      status,
      signedOn,
    });
    audit(em, {
      actor: ctx.viewer.actor,
      action: 'deal.record',
      entityType: 'Deal',
      entityId: deal.id,
      delegationId: party.delegationId,
      after: {
        purchaserId: party.purchaserId,
        exhibitorId,
        matchId,
        exhibitionAreaId: areaId,
        goods,
        ...money,
        status,
        signedOn,
      },
    });
    if (matchId) {
      const match = await em.findOneOrFail(ExhibitorMatch, { id: matchId });
      if (!DEAL_FROM.includes(match.status))
        throw invalidTransition('record a deal from', 'a match', match.status);
      if (match.status !== MatchStatus.DEAL) {
        const from = match.status;
        match.status = MatchStatus.DEAL;
        audit(em, {
          actor: ctx.viewer.actor,
          action: 'match.deal',
          entityType: 'ExhibitorMatch',
          entityId: matchId,
          delegationId: party.delegationId,
          before: { status: from },
          after: { status: MatchStatus.DEAL, dealId: deal.id },
        });
      }
    }
    return deal;
  });
  return dealRow(deal);
}

/**
 * A deal just written, as a read returns it (see `DEAL_COLUMNS`): every column is the value the
 * entity sent, or read back on insert (`version`), so reading the row again would add nothing.
 */
function dealRow(deal: Deal): DealRow & Typed {
  return {
    __typename: 'Deal',
    id: deal.id,
    delegationId: deal.delegation.id,
    expoId: deal.expo.id,
    purchaserId: deal.purchaser.id,
    exhibitorId: deal.exhibitor?.id ?? null,
    matchId: deal.match?.id ?? null,
    exhibitionAreaId: deal.exhibitionArea?.id ?? null,
    goods: deal.goods,
    amount: deal.amount,
    currency: deal.currency,
    usdRate: deal.usdRate,
    amountUsd: deal.amountUsd,
    status: deal.status,
    signedOn: deal.signedOn,
    version: deal.version,
    createdAt: deal.createdAt,
    updatedAt: deal.updatedAt,
  };
}

/** Moves a loaded deal, checking the state machine; SIGNED needs its date. */
function applyTransition(
  em: EntityManager,
  ctx: TradeContext,
  deal: Deal,
  to: DealStatus,
  signedOn: string | null,
  field: string,
): void {
  if (!NEXT[deal.status].includes(to)) throw invalidTransition(VERB[to], 'a deal', deal.status);
  const from = deal.status;
  if (to === DealStatus.SIGNED) {
    if (!signedOn) throw badInput(field, 'A signed deal needs its signing date');
    if (signedOn > todayInShanghai()) throw badInput(field, 'signedOn is in the future');
    deal.signedOn = signedOn;
  }
  deal.status = to;
  audit(em, {
    actor: ctx.viewer.actor,
    action: `deal.${to.toLowerCase()}`,
    entityType: 'Deal',
    entityId: deal.id,
    delegationId: deal.delegation.id,
    before: { status: from },
    after: { status: to, ...(to === DealStatus.SIGNED ? { signedOn } : {}) },
  });
}

/** A deal's row in the viewer's read scope (earlier editions followed up included); NOT_FOUND otherwise. */
async function scopedDeal(
  ctx: TradeContext,
  id: string,
): Promise<TradeParty & { startsOn: string }> {
  const [row] = await ctx.query<TradeParty & { startsOn: string }>(
    sql`select p.id as "purchaserId", p.delegation_id as "delegationId", p.sub_delegation_id as "subDelegationId",
       p.organisation_id as "organisationId", p.status, d.expo_id as "expoId", d.province_en as "provinceEn",
       e.starts_on as "startsOn"
     from deal dl join purchaser p on p.id = dl.purchaser_id
     join delegation d on d.id = dl.delegation_id join expo e on e.id = d.expo_id
     where ${and([sql`dl.id = ${sql.value(id)}::uuid`, dealScope(ctx.viewer)])}`,
  );
  if (!row) throw notFound('Deal', id);
  return row;
}

/**
 * signDeal, startDealExecution, fulfilDeal, cancelDeal: whoever writes the deal. Fields are named
 * relative to the mutation's input (signDeal) or arguments (the others).
 */
export async function moveDeal(
  ctx: TradeContext,
  args: { id: string; version: number; to: DealStatus; signedOn?: Date | null },
): Promise<string> {
  const { id } = args;
  const party = await scopedDeal(ctx, id);
  requireMayTradeFor(ctx.viewer, party, `${VERB[args.to]} deals`, true);
  const signedOn = args.signedOn != null ? isoDate(args.signedOn) : null;
  const at = { what: 'The deal', field: 'version' };
  return inTransaction(ctx.em(), at, async (em) => {
    const deal = await em.findOneOrFail(Deal, { id });
    requireVersion(deal, args.version, at);
    applyTransition(em, ctx, deal, args.to, signedOn, 'signedOn');
    return id;
  });
}

/**
 * A follow-up record on a deal not yet carried out, of this edition or an earlier one. The office
 * of the same province's delegation at a later expo may write it, besides whoever writes the deal.
 */
export async function recordDealFollowUp(
  ctx: TradeContext,
  input: RecordDealFollowUpInput,
): Promise<string> {
  const id = input.dealId;
  const party = await scopedDeal(ctx, id);
  const successors = await ctx.query<{ id: string }>(
    sql`select d.id from delegation d join expo e on e.id = d.expo_id
     where d.province_en = ${sql.value(party.provinceEn)}
       and e.starts_on > ${sql.value(party.startsOn)}::date`,
  );
  requireMayFollowUpDeal(
    ctx.viewer,
    party,
    successors.map((row) => row.id),
  );
  const note = input.note.trim();
  if (note.length < 1 || note.length > 4000)
    throw badInput('note', 'note must have 1 to 4000 characters');
  const followedOn = isoDate(input.followedOn);
  if (followedOn > todayInShanghai()) throw badInput('followedOn', 'followedOn is in the future');
  const signedOn = input.signedOn != null ? isoDate(input.signedOn) : followedOn;
  const at = { what: 'The deal', field: 'version' };
  return inTransaction(ctx.em(), at, async (em) => {
    const deal = await em.findOneOrFail(Deal, { id });
    requireVersion(deal, input.version, at);
    if (FINAL.has(deal.status)) throw invalidTransition('follow up', 'a deal', deal.status);
    const from = deal.status;
    if (input.toStatus != null && input.toStatus !== from) {
      applyTransition(em, ctx, deal, input.toStatus, signedOn, 'signedOn');
    }
    const followUp = em.create(DealFollowUp, {
      delegation: deal.delegation.id,
      deal: id,
      followedOn,
      note,
      fromStatus: from,
      toStatus: deal.status,
      recordedBy: ctx.viewer.actor,
    });
    audit(em, {
      actor: ctx.viewer.actor,
      action: 'deal.follow_up',
      entityType: 'DealFollowUp',
      entityId: followUp.id,
      delegationId: deal.delegation.id,
      after: { dealId: id, followedOn, note, fromStatus: from, toStatus: deal.status },
    });
    return followUp.id;
  });
}

/** Sets (or changes) an expo's USD rate for a currency; recorded deals keep the rate they froze. */
export async function setExchangeRate(
  ctx: TradeContext,
  expoId: string,
  rawCurrency: string,
  rawRate: string,
): Promise<string> {
  const [expo] = await ctx.query(sql`select 1 from expo where id = ${sql.value(expoId)}::uuid`);
  if (!expo) throw notFound('Expo', expoId);
  requireExpoBureau(ctx.viewer, expoId, 'set exchange rates');
  const currency = currencyArg(rawCurrency, 'currency');
  const rate = decimalArg(rawRate, 'usdRate', { precision: 20, scale: 10, positive: true });
  if (currency === 'USD' && !rate.eq(1)) throw badInput('usdRate', 'The rate of USD is 1');
  const usdRate = rate.toFixed(10);
  try {
    // the rate table is the edition's: its version moves on (a concurrent updateExpo at the
    // version read before conflicts); this takes no version, so it retries a concurrent change
    const at = { what: 'The exchange rate', field: 'usdRate', retries: 3 };
    return await inTransaction(ctx.em(), at, async (em) => {
      const edition = await em.findOneOrFail(Expo, { id: expoId });
      edition.updatedAt = new Date();
      let row = await em.findOne(ExchangeRate, { expo: expoId, currency });
      const before = row ? { currency, usdRate: row.usdRate } : null;
      if (row) row.usdRate = usdRate;
      else row = em.create(ExchangeRate, { expo: expoId, currency, usdRate });
      audit(em, {
        actor: ctx.viewer.actor,
        action: 'exchange_rate.set',
        entityType: 'ExchangeRate',
        entityId: row.id,
        before,
        after: { expoId, currency, usdRate },
      });
      return row.id;
    });
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) {
      throw new AppError(ErrorCode.CONFLICT, 'The rate was set by someone else meanwhile: retry', {
        field: 'currency',
      });
    }
    throw error;
  }
}

const STATUSES = Object.values(DealStatus);

/**
 * A delegation's deal totals in one statement (see {@link dealTotalsBySets}, which applies
 * `DEAL_TOTALS_RULE`): the total and each sub-delegation's leave CANCELLED deals out;
 * `byStatus` shows every status, CANCELLED included, zeros too. Over the deals the viewer
 * reads; null when the viewer does not read the delegation.
 */
export async function dealTotals(
  ctx: Pick<TradeContext, 'query' | 'viewer'>,
  delegationId: string,
) {
  if (!ctx.viewer.readsDelegation(delegationId)) return null;
  const { SUB_DELEGATION, STATUS } = DealGroupBy;
  const [[total], statuses, subs, subStatuses] = await dealTotalsBySets(
    ctx.query,
    ctx.viewer,
    [[], [STATUS], [SUB_DELEGATION], [SUB_DELEGATION, STATUS]],
    { where: sql`dl.delegation_id = ${sql.value(delegationId)}::uuid` },
  );
  const byStatus = (groups: DealTotalsGroup[]) =>
    STATUSES.map((status) => {
      const group = groups.find((g) => g.status === status);
      return { status, count: group?.count ?? 0, sumUsd: group?.sumUsd ?? '0.00' };
    });
  return {
    delegationId,
    count: total!.count,
    sumUsd: total!.sumUsd,
    byStatus: byStatus(statuses!),
    // every sub-delegation with deals of any status (purchasers in none: subDelegation null);
    // one whose deals were all cancelled has none made: zero
    bySubDelegation: [...new Set(subStatuses!.map((g) => g.subDelegationId ?? null))].map((id) => {
      const sub = subs!.find((g) => (g.subDelegationId ?? null) === id);
      return {
        subDelegationId: id,
        count: sub?.count ?? 0,
        sumUsd: sub?.sumUsd ?? '0.00',
        byStatus: byStatus(subStatuses!.filter((g) => (g.subDelegationId ?? null) === id)),
      };
    }),
  };
}
