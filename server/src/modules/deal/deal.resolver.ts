import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Args,
  Ctx,
  FieldResolver,
  ID,
  Info,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Access } from '../../auth/access.js';
import { Role } from '../../auth/roles.js';
import { column, sql } from '../../db/sql.js';
import type { Context } from '../../graphql/context.js';
import { notFound } from '../../graphql/errors.js';
import {
  connectionArgs,
  connectionType,
  listConnection,
  type Connection,
  type ConnectionArgs,
} from '../../graphql/lists/connection.js';
import { DecimalScalar } from '../../graphql/scalars.js';
import { rootedAt } from '../../graphql/paths.js';
import { fromGlobalId, InOrderIds, uuidOf } from '../../graphql/relay.js';
import { delegationById, subDelegationById } from '../delegation/delegation.loader.js';
import { Delegation, SubDelegation } from '../delegation/delegation.type.js';
import { exhibitorById } from '../exhibitor/exhibitor.loader.js';
import { Exhibitor } from '../exhibitor/exhibitor.type.js';
import { areaById, expoById } from '../expo/expo.loader.js';
import { ExhibitionArea, Expo } from '../expo/expo.type.js';
import { matchById } from '../match/match.loader.js';
import { ExhibitorMatch } from '../match/match.type.js';
import { purchaserById } from '../purchaser/purchaser.loader.js';
import { Purchaser } from '../purchaser/purchaser.type.js';
import { DEAL_TOTALS_RULE } from './deal-totals.rule.js';
import { DealStatus } from './deal.enums.js';
import { dealList } from './deal.list.js';
import {
  dealById,
  dealsByMatch,
  exchangeRateById,
  exchangeRatesByExpo,
  followUpById,
  followUpsByDeal,
} from './deal.loader.js';
import {
  dealTotals,
  moveDeal,
  recordDeal,
  recordDealFollowUp,
  setExchangeRate,
} from './deal.service.js';
import {
  Deal,
  DealFollowUp,
  DelegationDealTotals,
  ExchangeRate,
  RecordDealFollowUpInput,
  RecordDealInput,
  SignDealInput,
  SubDelegationDealTotals,
} from './deal.type.js';

/** Who writes deals: the office, the purchaser's sub-delegation lead, the purchaser itself. */
const TRADERS = [Role.DELEGATION_OFFICE, Role.SUB_DELEGATION_LEAD, Role.PURCHASER];
const DealConnection = connectionType(Deal, 'Deal');
const DealArgs = connectionArgs(dealList);

function loadedDeal(ctx: Context, id: string): Promise<Deal> {
  return ctx.loaders.byIdOrNotFound(dealById, id, 'Deal');
}

@Resolver(() => Deal)
export class DealResolver {
  @Access('authenticated')
  @Query(() => Deal, {
    nullable: true,
    description:
      "A deal by global ID; null when it does not exist or you may not read it (the purchaser's side: office, lead, member unit, the purchaser; the exhibitor's representatives; the office following up an earlier edition).",
  })
  deal(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Global ID of the deal.' }) id: string,
  ): Promise<Deal | null> | null {
    const decoded = fromGlobalId(id, 'Deal');
    return decoded ? ctx.loaders.byId(dealById, decoded.id) : null;
  }

  @Access('authenticated')
  @Query(() => DealConnection, {
    description: 'Deals you may read, filtered, ordered and paged (newest first).',
  })
  deals(
    @Ctx() ctx: Context,
    @Args(() => DealArgs) args: ConnectionArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<Deal & Record<string, unknown>>> {
    return listConnection(ctx, dealList, args, undefined, info);
  }

  @Access('authenticated')
  @Query(() => DealConnection, {
    description:
      "Deals of earlier editions by the same province's delegations, which this delegation follows up until they are carried out.",
  })
  earlierEditionDeals(
    @Ctx() ctx: Context,
    @Arg('delegationId', () => ID, {
      description: 'The later delegation that follows the deals up (global ID).',
    })
    delegationId: string,
    @Args(() => DealArgs) args: ConnectionArgs,
    @Info() info: GraphQLResolveInfo,
    @Arg('openOnly', () => Boolean, {
      defaultValue: true,
      description: 'Leave out FULFILLED and CANCELLED deals.',
    })
    openOnly = true,
  ): Promise<Connection<Deal & Record<string, unknown>>> {
    const id = uuidOf(delegationId, 'Delegation', 'delegationId');
    return listConnection(
      ctx,
      dealList,
      args,
      (a) => sql`exists (
        select 1 from delegation own join expo own_expo on own_expo.id = own.expo_id,
          delegation cur join expo cur_expo on cur_expo.id = cur.expo_id
        where own.id = ${column(a, 'delegation_id')} and cur.id = ${sql.value(id)}
          and own.province_en = cur.province_en and own_expo.starts_on < cur_expo.starts_on)
      and (${openOnly ? sql`${column(a, 'status')} not in ('FULFILLED', 'CANCELLED')` : sql.true})`,
      info,
    );
  }

  @Access('authenticated')
  @Query(() => DelegationDealTotals, {
    nullable: true,
    description: `A delegation's deals you may read: count and USD sum in total, by status and by sub-delegation × status, exact. ${DEAL_TOTALS_RULE}`,
  })
  dealTotals(
    @Ctx() ctx: Context,
    @Arg('delegationId', () => ID, { description: 'Global ID of the delegation.' })
    delegationId: string,
  ): Promise<DelegationDealTotals | null> {
    return dealTotals(ctx, uuidOf(delegationId, 'Delegation', 'delegationId'));
  }

  @Access(TRADERS)
  @Mutation(() => Deal, {
    description:
      'Records an intended deal (SIGNED when signedOn is given), from a match or directly.',
  })
  async recordDeal(
    @Ctx() ctx: Context,
    @Arg('input', () => RecordDealInput, { description: 'The deal to record.' })
    input: RecordDealInput,
  ): Promise<Deal> {
    const ids = new InOrderIds();
    const command = {
      ...input,
      matchId: ids.optional(input.matchId, 'ExhibitorMatch', 'input.matchId'),
      purchaserId: ids.optional(input.purchaserId, 'Purchaser', 'input.purchaserId'),
      exhibitorId: ids.optional(input.exhibitorId, 'Exhibitor', 'input.exhibitorId'),
      exhibitionAreaId: ids.optional(
        input.exhibitionAreaId,
        'ExhibitionArea',
        'input.exhibitionAreaId',
      ),
    };
    return ids.run(() => rootedAt('input', () => recordDeal(ctx, command)));
  }

  @Access(TRADERS)
  @Mutation(() => Deal, { description: 'INTENDED → SIGNED.' })
  async signDeal(
    @Ctx() ctx: Context,
    @Arg('input', () => SignDealInput, { description: 'The deal and the day it was signed.' })
    input: SignDealInput,
  ): Promise<Deal> {
    const command = { ...input, id: uuidOf(input.id, 'Deal', 'input.id'), to: DealStatus.SIGNED };
    return loadedDeal(ctx, await rootedAt('input', () => moveDeal(ctx, command)));
  }

  @Access(TRADERS)
  @Mutation(() => Deal, { description: 'SIGNED → EXECUTING.' })
  async startDealExecution(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Global ID of the deal.' }) id: string,
    @Arg('version', () => Int, {
      description: 'The version of the deal you read (CONFLICT if it has changed since).',
    })
    version: number,
  ): Promise<Deal> {
    return loadedDeal(
      ctx,
      await moveDeal(ctx, { id: uuidOf(id, 'Deal', 'id'), version, to: DealStatus.EXECUTING }),
    );
  }

  @Access(TRADERS)
  @Mutation(() => Deal, { description: 'EXECUTING → FULFILLED: carried out.' })
  async fulfilDeal(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Global ID of the deal.' }) id: string,
    @Arg('version', () => Int, {
      description: 'The version of the deal you read (CONFLICT if it has changed since).',
    })
    version: number,
  ): Promise<Deal> {
    return loadedDeal(
      ctx,
      await moveDeal(ctx, { id: uuidOf(id, 'Deal', 'id'), version, to: DealStatus.FULFILLED }),
    );
  }

  @Access(TRADERS)
  @Mutation(() => Deal, { description: '→ CANCELLED, from any state not final.' })
  async cancelDeal(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Global ID of the deal.' }) id: string,
    @Arg('version', () => Int, {
      description: 'The version of the deal you read (CONFLICT if it has changed since).',
    })
    version: number,
  ): Promise<Deal> {
    return loadedDeal(
      ctx,
      await moveDeal(ctx, { id: uuidOf(id, 'Deal', 'id'), version, to: DealStatus.CANCELLED }),
    );
  }

  @Access(TRADERS)
  @Mutation(() => DealFollowUp, {
    description:
      "Records a follow-up on a deal not yet carried out, of this or an earlier edition (the office of the same province's later delegation may too), optionally moving its state.",
  })
  async recordDealFollowUp(
    @Ctx() ctx: Context,
    @Arg('input', () => RecordDealFollowUpInput, { description: 'The follow-up to record.' })
    input: RecordDealFollowUpInput,
  ): Promise<DealFollowUp> {
    const command = { ...input, dealId: uuidOf(input.dealId, 'Deal', 'input.dealId') };
    const id = await rootedAt('input', () => recordDealFollowUp(ctx, command));
    const followUp = await ctx.loaders.byId(followUpById, id);
    if (!followUp) throw notFound('Follow-up');
    return followUp;
  }

  @FieldResolver(() => Purchaser, {
    nullable: true,
    description: 'Null when you read the deal only as a follow-up of an earlier edition.',
  })
  purchaser(@Root() deal: Deal, @Ctx() ctx: Context): Promise<Purchaser | null> {
    return ctx.loaders.byId(purchaserById, deal.purchaserId);
  }

  @FieldResolver(() => Exhibitor, {
    nullable: true,
    description: 'The exhibitor it was made with (null for a deal recorded without one).',
  })
  exhibitor(@Root() deal: Deal, @Ctx() ctx: Context): Promise<Exhibitor | null> | null {
    return deal.exhibitorId ? ctx.loaders.byId(exhibitorById, deal.exhibitorId) : null;
  }

  @FieldResolver(() => ExhibitorMatch, {
    nullable: true,
    description:
      'The match it came from (null for a deal recorded directly, or a match you may not read).',
  })
  match(@Root() deal: Deal, @Ctx() ctx: Context): Promise<ExhibitorMatch | null> | null {
    return deal.matchId ? ctx.loaders.byId(matchById, deal.matchId) : null;
  }

  @FieldResolver(() => ExhibitionArea, {
    nullable: true,
    description: "The exhibition area (or zone) of the goods; by default the exhibitor's.",
  })
  exhibitionArea(@Root() deal: Deal, @Ctx() ctx: Context): Promise<ExhibitionArea | null> | null {
    return deal.exhibitionAreaId ? ctx.loaders.byId(areaById, deal.exhibitionAreaId) : null;
  }

  @FieldResolver(() => Delegation, {
    nullable: true,
    description: 'Null when you read the deal only as a follow-up.',
  })
  delegation(@Root() deal: Deal, @Ctx() ctx: Context): Promise<Delegation | null> {
    return ctx.loaders.byId(delegationById, deal.delegationId);
  }

  @FieldResolver(() => Expo, { description: 'The edition it was made at.' })
  async expo(@Root() deal: Deal, @Ctx() ctx: Context): Promise<Expo> {
    const expo = await ctx.loaders.byId(expoById, deal.expoId);
    if (!expo) throw notFound('Expo');
    return expo;
  }

  @FieldResolver(() => [DealFollowUp], { description: 'Oldest first.' })
  followUps(@Root() deal: Deal, @Ctx() ctx: Context): Promise<DealFollowUp[]> {
    return ctx.loaders.many(followUpsByDeal, deal.id);
  }
}

@Resolver(() => DealFollowUp)
export class DealFollowUpResolver {
  @FieldResolver(() => Deal, { description: 'The deal followed up.' })
  deal(@Root() followUp: DealFollowUp, @Ctx() ctx: Context): Promise<Deal> {
    return loadedDeal(ctx, followUp.dealId);
  }
}

@Resolver(() => ExchangeRate)
export class ExchangeRateResolver {
  @Access('authenticated')
  @Query(() => [ExchangeRate], { description: "An expo's USD rates, by currency." })
  exchangeRates(
    @Ctx() ctx: Context,
    @Arg('expoId', () => ID, { description: 'Global ID of the expo edition.' }) expoId: string,
  ): Promise<ExchangeRate[]> {
    return ctx.loaders.many(exchangeRatesByExpo, uuidOf(expoId, 'Expo', 'expoId'));
  }

  @Access([Role.EXPO_BUREAU])
  @Mutation(() => ExchangeRate, {
    description:
      "Sets an expo's USD rate for a currency (its EXPO_BUREAU); recorded deals keep theirs.",
  })
  async setExchangeRate(
    @Ctx() ctx: Context,
    @Arg('expoId', () => ID, { description: 'Global ID of the expo edition.' }) expoId: string,
    @Arg('currency', () => String, { description: 'ISO 4217 code, e.g. "EUR".' }) currency: string,
    @Arg('usdRate', () => DecimalScalar, {
      description: 'USD for one unit of the currency: under 10^10, at most 10 decimal places.',
    })
    usdRate: string,
  ): Promise<ExchangeRate> {
    const rate = await ctx.loaders.byId(
      exchangeRateById,
      await setExchangeRate(ctx, uuidOf(expoId, 'Expo', 'expoId'), currency, usdRate),
    );
    if (!rate) throw notFound('Exchange rate');
    return rate;
  }

  @FieldResolver(() => Expo, { description: 'The expo edition whose rate it is.' })
  async expo(@Root() rate: ExchangeRate, @Ctx() ctx: Context): Promise<Expo> {
    const expo = await ctx.loaders.byId(expoById, rate.expoId);
    if (!expo) throw notFound('Expo');
    return expo;
  }
}

@Resolver(() => DelegationDealTotals)
export class DelegationDealTotalsResolver {
  @FieldResolver(() => Delegation, {
    nullable: true,
    description: 'The delegation the totals are of.',
  })
  delegation(
    @Root() totals: DelegationDealTotals,
    @Ctx() ctx: Context,
  ): Promise<Delegation | null> {
    return ctx.loaders.byId(delegationById, totals.delegationId);
  }
}

@Resolver(() => SubDelegationDealTotals)
export class SubDelegationDealTotalsResolver {
  @FieldResolver(() => SubDelegation, {
    nullable: true,
    description: 'The sub-delegation (null: purchasers in none).',
  })
  subDelegation(
    @Root() totals: SubDelegationDealTotals,
    @Ctx() ctx: Context,
  ): Promise<SubDelegation | null> | null {
    return totals.subDelegationId
      ? ctx.loaders.byId(subDelegationById, totals.subDelegationId)
      : null;
  }
}

@Resolver(() => ExhibitorMatch)
export class MatchDealsResolver {
  @FieldResolver(() => [Deal], { description: 'Deals recorded from this match.' })
  deals(@Root() match: ExhibitorMatch, @Ctx() ctx: Context): Promise<Deal[]> {
    return ctx.loaders.many(dealsByMatch, match.id);
  }
}

@Resolver(() => Expo)
export class ExpoExchangeRatesResolver {
  @FieldResolver(() => [ExchangeRate], {
    description: 'USD rates for converting deals, by currency.',
  })
  exchangeRates(@Root() expo: Expo, @Ctx() ctx: Context): Promise<ExchangeRate[]> {
    return ctx.loaders.many(exchangeRatesByExpo, expo.id);
  }
}
