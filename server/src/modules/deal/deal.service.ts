import { randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  requireExpoBureau,
  requireMayFollowUpDeal,
  tradeForbidden,
  TradeRules,
} from '../../auth/policy.js';
import { dealScope, purchaserScope, tradeScope } from '../../auth/scope.js';
import { AppError, badInput, ErrorCode, notFound } from '../../graphql/errors.js';
import { and, sql, type SQL } from '../../db/sql.js';
import type { Typed } from '../../graphql/relay.js';
import { audit } from '../audit/audit.service.js';
import { ExchangeRate } from '../expo/exchange-rate.entity.js';
import { Expo } from '../expo/expo.entity.js';
import { MatchStatus } from '../match/match.enums.js';
import {
  invalidTransition,
  isoDate,
  notTrading,
  tradingSql,
  type TradeContext,
  type TradeParty,
} from '../trade/trade-scope.js';
import type { PurchaserStatus } from '../purchaser/purchaser.enums.js';
import {
  allHold,
  attempt,
  checkColumns,
  decided,
  firstRefusal,
  type Check,
} from '../shared/checked-write.js';
import { inTransaction, requireVersion, versionCheck } from '../shared/transaction.js';
import { DealFollowUp } from './deal-follow-up.entity.js';
import { DealStatus } from './deal.enums.js';
import { Deal } from './deal.entity.js';
import { DealGroupBy, dealTotalsBySets, type DealTotalsGroup } from './deal.aggregate.js';
import { DEAL_SELECT } from './deal.loader.js';
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
import { msg } from '../../i18n/message.js';

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
const STATUSES = Object.values(DealStatus);

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
    if (rate && !rate.eq(1)) throw badInput('usdRate', msg`The rate of USD is 1`);
    if (givenUsd && !givenUsd.eq(amount))
      throw badInput('amountUsd', msg`For a deal in USD, amountUsd is the amount`);
    rate = new Money(1);
    usd = amount;
  } else if (rate) {
    usd = toUsd(amount, rate);
    if (givenUsd && !givenUsd.eq(usd)) {
      throw badInput(
        'amountUsd',
        msg`amountUsd is ${usd.toFixed(2)} at usdRate ${rate.toFixed()}; give one of the two`,
      );
    }
  } else if (givenUsd) {
    if (givenUsd.isZero()) throw badInput('amountUsd', msg`amountUsd must be greater than 0`);
    usd = givenUsd;
    rate = impliedRate(amount, givenUsd);
    if (rate.gte(new Money(10).pow(DEAL_RATE.precision - DEAL_RATE.scale))) {
      throw badInput(
        'amountUsd',
        msg`amountUsd ${givenUsd.toFixed(2)} for ${amount.toFixed(2)} ${currency} implies a rate of ${rate.toFixed()} USD per unit, over the largest rate (under 10^${DEAL_RATE.precision - DEAL_RATE.scale})`,
      );
    }
  } else {
    if (expoRate == null) {
      throw badInput(
        'currency',
        msg`This expo has no exchange rate for ${currency}: give usdRate or amountUsd, or ask the expo bureau to set the rate`,
      );
    }
    rate = new Money(expoRate);
    usd = toUsd(amount, rate);
  }
  if (usd.gte(new Money(10).pow(18))) throw badInput('amount', msg`The USD amount is too large`);
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

const DEAL_FROM: MatchStatus[] = [
  MatchStatus.ACCEPTED,
  MatchStatus.MEETING_SCHEDULED,
  MatchStatus.MET,
  MatchStatus.DEAL,
];

/** recordDeal's command: the fields of `RecordDealInput`, its IDs uuids. */
export type RecordDealCommand = RecordDealInput;

/**
 * What recordDeal's statement answers: the deal's columns (null: nothing was written), and what
 * its checks found.
 */
type RecordDealAnswer = { [K in keyof DealRow]: DealRow[K] | null } & {
  found: boolean;
  partyExhibitorId: string | null;
  purchaserStatus: PurchaserStatus;
  matchStatus: MatchStatus | null;
  expoUsdRate: string | null;
} & Record<string, unknown>;

/**
 * A condition the deal is written under (see {@link Check}): `holds` is SQL over the party's
 * row (purchaser `p`, delegation `d`, match `t`, exhibitor `x`, area `a`, expo rate `r`), or a
 * literal for what the input alone decides.
 */
type DealCheck = Check<RecordDealAnswer>;

/**
 * The USD side of a deal as the statement writes it: values the input decides, or, when the
 * deal takes the expo's rate, that rate (`r.usd_rate`) and the amount at it, which
 * {@link usdSide} computes the same way (round(amount × rate, 2), the
 * deal_usd_is_amount_at_rate constraint) and checks the same way (under 10^18): the check
 * `money` holds exactly where usdSide, given the rate found, refuses nothing.
 */
function moneyOf(input: RecordDealCommand): {
  amount: SQL;
  currency: SQL;
  usdRate: SQL;
  amountUsd: SQL;
  holds: SQL;
} {
  if (expoRateCurrency(input) === null) {
    const { value: m, error } = attempt(() => usdSide(input, null));
    return {
      amount: sql`${sql.value(m?.amount ?? null)}::numeric`,
      currency: sql`${sql.value(m?.currency ?? null)}::bpchar`,
      usdRate: sql`${sql.value(m?.usdRate ?? null)}::numeric`,
      amountUsd: sql`${sql.value(m?.amountUsd ?? null)}::numeric`,
      holds: decided(error),
    };
  }
  // what usdSide checks before it needs the rate
  const { value: p, error } = attempt(() => ({
    amount: decimalArg(input.amount, 'amount', { precision: 20, scale: 2, positive: true }).toFixed(
      2,
    ),
    currency: currencyArg(input.currency, 'currency'),
  }));
  const amount = sql`${sql.value(p?.amount ?? null)}::numeric`;
  const amountUsd = sql`round(${amount} * r.usd_rate, 2)`;
  return {
    amount,
    currency: sql`${sql.value(p?.currency ?? null)}::bpchar`,
    usdRate: sql`r.usd_rate`,
    amountUsd,
    holds: error ? sql.false : sql`r.usd_rate is not null and ${amountUsd} < 1e18`,
  };
}

/**
 * Records a deal in one statement (one round trip, autocommit): it reads the party (the match's
 * purchaser, or the purchaser) within the viewer's scope, with the exhibitor, the area and the
 * expo's rate, and writes the deal, its audit event and (from a match) the match's move to DEAL
 * with its own, only where every {@link DealCheck} holds. When nothing was written, the first
 * check that failed is the refusal, as each was before in this order: nothing is written for a
 * refused deal. The match is locked as it is read, so a concurrent move of it is seen.
 *
 * Its four IDs are uuids; which of them is at fault depends on what the others name, in the
 * order of the checks (the resolver decodes them with `InOrderIds`, so that an ID that is not
 * one fails where a missing one would). Fields are named relative to the command.
 */
export async function recordDeal(ctx: TradeContext, input: RecordDealCommand): Promise<DealRow> {
  if ((input.matchId == null) === (input.purchaserId == null)) {
    throw badInput(
      input.matchId == null ? 'purchaserId' : 'matchId',
      msg`Give either matchId or purchaserId`,
    );
  }
  const matchId = input.matchId ?? null;
  if (matchId != null && input.exhibitorId != null)
    throw badInput('exhibitorId', msg`A deal from a match is with the exhibitor of the match`);
  const askedAreaId = input.exhibitionAreaId ?? null;
  const exhibitorId = matchId
    ? sql`t.exhibitor_id`
    : sql`${sql.value(input.exhibitorId ?? null)}::uuid`;
  const withExhibitor = matchId != null || input.exhibitorId != null;

  const checks: DealCheck[] = [
    {
      name: 'mayTrade',
      holds: tradeScope(ctx.viewer, TradeRules.decisions),
      refuse: () => tradeForbidden('record deals', TradeRules.decisions),
    },
    matchId
      ? {
          name: 'dealable',
          holds: sql`t.status = any(${sql.value(DEAL_FROM)}::text[])`,
          refuse: (a) => invalidTransition('record a deal from', 'a match', a.matchStatus!),
        }
      : {
          name: 'trading',
          holds: tradingSql(sql`p.status`),
          refuse: (a) => notTrading(a.purchaserStatus, 'purchaserId'),
        },
  ];
  if (withExhibitor) {
    checks.push(
      {
        name: 'exhibitorFound',
        holds: sql`x.id is not null`,
        refuse: (a) => notFound('Exhibitor', a.partyExhibitorId!),
      },
      {
        name: 'exhibitorOfExpo',
        holds: sql`x.expo_id = d.expo_id`,
        refuse: () => badInput('exhibitorId', msg`Not an exhibitor of the purchaser's expo`),
      },
    );
  }
  if (askedAreaId != null) {
    checks.push(
      {
        name: 'areaFound',
        holds: sql`a.id is not null`,
        refuse: () => notFound('Exhibition area', askedAreaId),
      },
      {
        name: 'areaOfExpo',
        holds: sql`a.expo_id = d.expo_id`,
        refuse: () =>
          badInput('exhibitionAreaId', msg`Not an exhibition area or zone of the deal's expo`),
      },
    );
  }
  const goods = input.goods.trim();
  const goodsError =
    goods.length < 1 || goods.length > 1000
      ? badInput('goods', msg`goods must have 1 to 1000 characters`)
      : null;
  checks.push({ name: 'goods', holds: decided(goodsError), refuse: () => goodsError! });
  const money = moneyOf(input);
  checks.push({
    name: 'money',
    holds: money.holds,
    refuse: (a) =>
      attempt(() => usdSide(input, a.expoUsdRate)).error ??
      new Error('recordDeal: the statement refused the USD side that usdSide accepts'),
  });
  const signedOn = input.signedOn != null ? isoDate(input.signedOn) : null;
  const signedOnError =
    signedOn && signedOn > todayInShanghai()
      ? badInput('signedOn', msg`signedOn is in the future`)
      : null;
  checks.push({ name: 'signedOn', holds: decided(signedOnError), refuse: () => signedOnError! });
  const status = signedOn ? DealStatus.SIGNED : DealStatus.INTENDED;

  const dealId = randomUUID();
  const id = sql`${sql.value(dealId)}::uuid`;
  const actor = sql`${sql.value(ctx.viewer.actor)}::text`;
  const party = matchId
    ? sql`exhibitor_match t join purchaser p on p.id = t.purchaser_id`
    : sql`purchaser p`;
  const partyId = matchId ? sql`t.id` : sql`p.id`;
  const rateCurrency = expoRateCurrency(input);
  const moveMatch = matchId
    ? sql`,
    moved as (
      update exhibitor_match m set status = ${sql.value(MatchStatus.DEAL)}, version = m.version + 1,
        updated_at = now()
      from dl, party where m.id = dl.match_id and party."matchStatus" <> ${sql.value(MatchStatus.DEAL)}
      returning m.id, m.delegation_id, party."matchStatus" as from_status
    ),
    moved_event as (
      insert into audit_event (delegation_id, actor, action, entity_type, entity_id, before, after)
      select delegation_id, ${actor}, 'match.deal', 'ExhibitorMatch', id,
        jsonb_build_object('status', from_status),
        jsonb_build_object('status', ${sql.value(MatchStatus.DEAL)}::text, 'dealId', ${id})
      from moved
    )`
    : sql.blank;
  const [answer] = await ctx.query<RecordDealAnswer>(
    sql`with party as (
      select p.delegation_id, d.expo_id, p.id as purchaser_id, ${exhibitorId} as exhibitor_id,
        coalesce(${sql.value(askedAreaId)}::uuid, x.exhibition_area_id) as exhibition_area_id,
        ${money.usdRate} as usd_rate, ${money.amountUsd} as amount_usd,
        ${exhibitorId} as "partyExhibitorId", p.status as "purchaserStatus",
        ${matchId ? sql`t.status` : sql`null::text`} as "matchStatus", r.usd_rate as "expoUsdRate",
        ${checkColumns(checks)}
      from ${party} join delegation d on d.id = p.delegation_id
      left join exhibitor x on x.id = ${exhibitorId}
      left join exhibition_area a on a.id = ${sql.value(askedAreaId)}::uuid
      left join exchange_rate r on r.expo_id = d.expo_id and r.currency = ${sql.value(rateCurrency)}
      where ${and([sql`${partyId} = ${sql.value(matchId ?? input.purchaserId!)}::uuid`, purchaserScope(ctx.viewer)])}
      ${matchId ? sql`for no key update of t` : sql.blank}
    ),
    dl as (
      insert into deal (id, delegation_id, expo_id, purchaser_id, exhibitor_id, match_id,
        exhibition_area_id, goods, amount, currency, usd_rate, amount_usd, status, signed_on)
      select ${id}, delegation_id, expo_id, purchaser_id, exhibitor_id, ${sql.value(matchId)}::uuid,
        exhibition_area_id, ${sql.value(goods)}::text, ${money.amount}, ${money.currency}, usd_rate,
        amount_usd, ${sql.value(status)}::text, ${sql.value(signedOn)}::date
      from party where ${allHold(checks)}
      returning *
    ),
    dl_event as (
      insert into audit_event (delegation_id, actor, action, entity_type, entity_id, after)
      select delegation_id, ${actor}, 'deal.record', 'Deal', id, jsonb_build_object(
        'purchaserId', purchaser_id, 'exhibitorId', exhibitor_id, 'matchId', match_id,
        'exhibitionAreaId', exhibition_area_id, 'goods', goods, 'amount', amount::text,
        'currency', currency, 'usdRate', usd_rate::text, 'amountUsd', amount_usd::text,
        'status', status, 'signedOn', signed_on)
      from dl
    )${moveMatch}
    select party.purchaser_id is not null as found, party.*, ${DEAL_SELECT.sql}
    from (select) one left join party on true left join dl on true`,
  );
  if (answer!.id != null) {
    const row = Object.fromEntries(DEAL_SELECT.items.map(({ name }) => [name, answer![name]]));
    return { __typename: 'Deal', ...row } as DealRow & Typed;
  }
  if (!answer!.found)
    throw notFound(matchId ? 'Match' : 'Purchaser', matchId ?? input.purchaserId!);
  throw (
    firstRefusal(checks, answer!) ??
    new Error('recordDeal: every check held, yet no deal was written')
  );
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
    if (!signedOn) throw badInput(field, msg`A signed deal needs its signing date`);
    if (signedOn > todayInShanghai()) throw badInput(field, msg`signedOn is in the future`);
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
       p.organisation_id as "organisationId", p.invited_by_organisation_id as "invitedByOrganisationId",
       p.status, d.expo_id as "expoId", d.province_en as "provinceEn",
       e.starts_on as "startsOn"
     from deal dl join purchaser p on p.id = dl.purchaser_id
     join delegation d on d.id = dl.delegation_id join expo e on e.id = d.expo_id
     where ${and([sql`dl.id = ${sql.value(id)}::uuid`, dealScope(ctx.viewer)])}`,
  );
  if (!row) throw notFound('Deal', id);
  return row;
}

/** What moveDeal's statement answers: whether it moved the deal, and what its checks found. */
type MoveDealAnswer = {
  found: boolean;
  moved: boolean;
  status: DealStatus;
  version: number;
} & Record<string, unknown>;

/**
 * signDeal, startDealExecution, fulfilDeal, cancelDeal: whoever writes the deal, in one
 * statement (one round trip, autocommit), as {@link recordDeal}: the deal read within the
 * viewer's scope and locked, the move and its audit event written only where every check holds
 * (who may trade for its purchaser, the version sent, the state machine's {@link NEXT}, the
 * signing date), the first that fails the refusal. Fields are named relative to the mutation's
 * input (signDeal) or arguments (the others).
 */
export async function moveDeal(
  ctx: TradeContext,
  args: { id: string; version: number; to: DealStatus; signedOn?: Date | null },
): Promise<string> {
  const { id, to } = args;
  const signedOn = args.signedOn != null ? isoDate(args.signedOn) : null;
  const at = { what: 'The deal', field: 'version' };
  // the states that may move to `to`: NEXT read backwards
  const from = STATUSES.filter((status) => NEXT[status].includes(to));
  const signing = to === DealStatus.SIGNED;
  const signedOnError = !signing
    ? null
    : !signedOn
      ? badInput('signedOn', msg`A signed deal needs its signing date`)
      : signedOn > todayInShanghai()
        ? badInput('signedOn', msg`signedOn is in the future`)
        : null;
  const checks: Check<MoveDealAnswer>[] = [
    {
      name: 'mayTrade',
      holds: tradeScope(ctx.viewer, TradeRules.decisions),
      refuse: () => tradeForbidden(`${VERB[to]} deals`, TradeRules.decisions),
    },
    versionCheck(sql`dl.version`, args.version, at),
    {
      name: 'transition',
      holds: sql`dl.status = any(${sql.value(from)}::text[])`,
      refuse: (a) => invalidTransition(VERB[to], 'a deal', a.status),
    },
    { name: 'signedOn', holds: decided(signedOnError), refuse: () => signedOnError! },
  ];
  const actor = sql`${sql.value(ctx.viewer.actor)}::text`;
  const after = signing
    ? sql`jsonb_build_object('status', m.status, 'signedOn', m.signed_on)`
    : sql`jsonb_build_object('status', m.status)`;
  const [answer] = await ctx.query<MoveDealAnswer>(
    sql`with party as (
      select dl.id, dl.status, dl.version, dl.delegation_id,
        ${checkColumns(checks)}
      from deal dl join purchaser p on p.id = dl.purchaser_id
      join delegation d on d.id = dl.delegation_id join expo e on e.id = d.expo_id
      where ${and([sql`dl.id = ${sql.value(id)}::uuid`, dealScope(ctx.viewer)])}
      for no key update of dl
    ),
    m as (
      update deal set status = ${sql.value(to)}::text,
        signed_on = ${signing ? sql`${sql.value(signedOn)}::date` : sql`deal.signed_on`},
        version = deal.version + 1, updated_at = now()
      from party where deal.id = party.id and ${allHold(checks)}
      returning deal.id, deal.status, deal.signed_on, party.status as from_status, party.delegation_id
    ),
    m_event as (
      insert into audit_event (delegation_id, actor, action, entity_type, entity_id, before, after)
      select m.delegation_id, ${actor}, ${sql.value(`deal.${to.toLowerCase()}`)}::text, 'Deal', m.id,
        jsonb_build_object('status', m.from_status), ${after}
      from m
    )
    select party.id is not null as found, m.id is not null as moved, party.*
    from (select) one left join party on true left join m on true`,
  );
  if (answer!.moved) return id;
  if (!answer!.found) throw notFound('Deal', id);
  throw (
    firstRefusal(checks, answer!) ??
    new Error('moveDeal: every check held, yet the deal did not move')
  );
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
    throw badInput('note', msg`note must have 1 to 4000 characters`);
  const followedOn = isoDate(input.followedOn);
  if (followedOn > todayInShanghai())
    throw badInput('followedOn', msg`followedOn is in the future`);
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
  if (currency === 'USD' && !rate.eq(1)) throw badInput('usdRate', msg`The rate of USD is 1`);
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
      throw new AppError(
        ErrorCode.CONFLICT,
        msg`The rate was set by someone else meanwhile: retry`,
        {
          field: 'currency',
        },
      );
    }
    throw error;
  }
}

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
