import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Info,
  Int,
  ObjectType,
  Query,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';
import { Access } from '../../auth/access.js';
import { forbidden } from '../../auth/policy.js';
import type { Viewer } from '../../auth/viewer.js';
import type { Context } from '../../graphql/context.js';
import { embedsBelow } from '../../graphql/embeds.js';
import { badInput } from '../../graphql/errors.js';
import { filterInput } from '../../graphql/lists/filter.js';
import { live } from '../../graphql/live.js';
import { toGlobalId, uuidOf } from '../../graphql/relay.js';
import { DateTimeScalar } from '../../graphql/scalars.js';
import { dealChanges } from '../../realtime/events.js';
import type { DealChange } from '../../realtime/listener.js';
import type { DealTotalsMessage } from '../../realtime/totals.js';
import { delegationById, subDelegationById } from '../delegation/delegation.loader.js';
import { Delegation, SubDelegation } from '../delegation/delegation.type.js';
import { areaById, expoById } from '../expo/expo.loader.js';
import { ExhibitionArea, Expo } from '../expo/expo.type.js';
import { organisationById } from '../organisation/organisation.loader.js';
import { Organisation } from '../organisation/organisation.type.js';
import { dealSpec } from './deal.list.js';
import { DealGroupBy, dealTotals, DealTotalsGroup } from './deal.aggregate.js';
import { DEAL_TOTALS_RULE } from './deal-totals.rule.js';
import { dealById } from './deal.loader.js';
import { Deal } from './deal.type.js';
import { msg } from '../../i18n/message.js';

const DealFilter = filterInput(dealSpec);

@ObjectType({
  description: `Live deal totals of a delegation or an expo. ${DEAL_TOTALS_RULE}`,
})
export class DealTotals {
  scope!: DealTotalsMessage['scope'];

  @Field(() => [DealGroupBy], { description: 'The dimensions the groups are by, as subscribed.' })
  groupBy!: DealGroupBy[];

  @Field(() => [DealTotalsGroup], {
    description: 'The groups of groupBy, as dealAggregate gives them.',
  })
  groups!: DealTotalsGroup[];

  @Field(() => [DealTotalsGroup], {
    description:
      "The groups of groupBy without STATUS, as dealAggregate gives them: each one's deals made, CANCELLED left out.",
  })
  subtotals!: DealTotalsGroup[];

  @Field(() => DealTotalsGroup, {
    description:
      'All the deals made that are watched, CANCELLED left out: what dealAggregate without groupBy gives.',
  })
  total!: DealTotalsGroup;

  @Field(() => DateTimeScalar, { description: 'When the totals were read (after the commit).' })
  at!: Date;

  @Field(() => Int, { description: 'Increases with every message of this subscription.' })
  sequence!: number;
}

@ObjectType({ description: 'A deal was created, changed or deleted (committed).' })
export class DealEvent {
  @Field(() => String, { description: 'insert, update or delete.' })
  op!: string;

  @Field(() => ID, { description: 'Global ID of the deal.' })
  dealId!: string;

  dealUuid!: string;
  delegationId!: string;
  expoId!: string;
}

/** Which delegation or expo a live subscription watches; the viewer must read all of it. */
function watchedScope(
  viewer: Viewer,
  { delegationId, expoId }: SubscribeArgs,
): DealTotalsMessage['scope'] {
  if ((delegationId == null) === (expoId == null))
    throw badInput('delegationId', msg`Give either delegationId or expoId`);
  if (delegationId != null) {
    const id = uuidOf(delegationId, 'Delegation', 'delegationId');
    if (!viewer.readsAllOf(id))
      throw forbidden(msg`Live deals of a delegation are for those who read all of it`);
    return { kind: 'delegation', id };
  }
  const id = uuidOf(expoId!, 'Expo', 'expoId');
  if (!viewer.readsAllOfExpo(id))
    throw forbidden(msg`Live deals of a whole expo are for its expo bureau and expo-wide analysts`);
  return { kind: 'expo', id };
}

type SubscribeArgs = {
  delegationId?: string | null;
  expoId?: string | null;
  groupBy?: DealGroupBy[];
};

@Resolver(() => DealTotalsGroup)
export class DealTotalsResolver {
  @Access('authenticated')
  @Query(() => [DealTotalsGroup], {
    description: `Deal count and USD sum/avg/min/max, grouped by any dimensions, over the deals you read (as the deals list): one SQL statement. ${DEAL_TOTALS_RULE}`,
  })
  dealAggregate(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => DealFilter, {
      nullable: true,
      description: 'Only the deals that match (as the deals list filters them).',
    })
    filter?: Record<string, unknown> | null,
    @Arg('groupBy', () => [DealGroupBy], {
      defaultValue: [],
      description: 'The dimensions to group by, in order; empty: one group of all the deals.',
    })
    groupBy: DealGroupBy[] = [],
  ): Promise<DealTotalsGroup[]> {
    // the groups' expo, delegation, sub-delegation… come in the same statement (embeds.ts)
    const embeds = embedsBelow('DealTotalsGroup', info);
    return dealTotals(ctx.query, ctx.viewer, { groupBy, filter, embeds });
  }

  @Access('authenticated')
  @Subscription(() => DealTotals, {
    description: `Deal totals of a delegation (or, for the expo bureau, a whole expo): first the current totals, then new ones after every committed change, coalesced; the same figures as dealAggregate. ${DEAL_TOTALS_RULE}`,
    // re-checked while it runs: it ends when the viewer no longer reads the scope (live.ts)
    subscribe: live({
      authorize: watchedScope,
      events: (context, scope, args: SubscribeArgs) =>
        context.app.totals.subscribe(scope, args.groupBy ?? []),
    }),
  })
  dealTotals(
    @Root() message: DealTotalsMessage,
    @Arg('delegationId', () => ID, {
      nullable: true,
      description:
        'The delegation watched: for those who read all of it. Give either delegationId or expoId.',
    })
    _delegationId?: string,
    @Arg('expoId', () => ID, {
      nullable: true,
      description:
        'The whole expo watched: for its EXPO_BUREAU and expo-wide analysts. Give either delegationId or expoId.',
    })
    _expoId?: string,
    @Arg('groupBy', () => [DealGroupBy], {
      defaultValue: [],
      description: 'The dimensions to group by, as in dealAggregate; empty: the total only.',
    })
    _groupBy?: DealGroupBy[],
  ): DealTotals {
    return message;
  }

  @Access('authenticated')
  @Subscription(() => DealEvent, {
    description: 'Each deal of a delegation (or expo) created, changed or deleted, once committed.',
    subscribe: live({
      authorize: watchedScope,
      events: (context, scope) =>
        dealChanges(
          context.app.listener,
          (change: DealChange) => (scope.kind === 'delegation' ? change.d : change.e) === scope.id,
        ),
    }),
  })
  dealEvents(
    @Root() change: DealChange,
    @Arg('delegationId', () => ID, {
      nullable: true,
      description:
        'The delegation watched: for those who read all of it. Give either delegationId or expoId.',
    })
    _delegationId?: string,
    @Arg('expoId', () => ID, {
      nullable: true,
      description:
        'The whole expo watched: for its EXPO_BUREAU and expo-wide analysts. Give either delegationId or expoId.',
    })
    _expoId?: string,
  ): DealEvent {
    return {
      op: change.op,
      dealId: toGlobalId('Deal', change.id),
      dealUuid: change.id,
      delegationId: change.d,
      expoId: change.e,
    };
  }

  @FieldResolver(() => Expo, {
    nullable: true,
    description: 'The expo edition, when grouped by EXPO.',
  })
  expo(@Root() group: DealTotalsGroup, @Ctx() ctx: Context): Promise<Expo | null> | null {
    return group.expoId ? ctx.loaders.byId(expoById, group.expoId) : null;
  }

  @FieldResolver(() => Delegation, {
    nullable: true,
    description: 'The delegation, when grouped by DELEGATION.',
  })
  delegation(
    @Root() group: DealTotalsGroup,
    @Ctx() ctx: Context,
  ): Promise<Delegation | null> | null {
    return group.delegationId ? ctx.loaders.byId(delegationById, group.delegationId) : null;
  }

  @FieldResolver(() => SubDelegation, {
    nullable: true,
    description:
      'The sub-delegation, when grouped by SUB_DELEGATION (null also for purchasers in none).',
  })
  subDelegation(
    @Root() group: DealTotalsGroup,
    @Ctx() ctx: Context,
  ): Promise<SubDelegation | null> | null {
    return group.subDelegationId
      ? ctx.loaders.byId(subDelegationById, group.subDelegationId)
      : null;
  }

  @FieldResolver(() => Organisation, {
    nullable: true,
    description:
      'The lead unit, when grouped by LEAD_UNIT (null also for purchasers attributed to none).',
  })
  leadUnit(
    @Root() group: DealTotalsGroup,
    @Ctx() ctx: Context,
  ): Promise<Organisation | null> | null {
    return group.leadUnitId ? ctx.loaders.byId(organisationById, group.leadUnitId) : null;
  }

  @FieldResolver(() => ExhibitionArea, {
    nullable: true,
    description: 'The exhibition area, when grouped by EXHIBITION_AREA.',
  })
  exhibitionArea(
    @Root() group: DealTotalsGroup,
    @Ctx() ctx: Context,
  ): Promise<ExhibitionArea | null> | null {
    return group.exhibitionAreaId ? ctx.loaders.byId(areaById, group.exhibitionAreaId) : null;
  }

  @FieldResolver(() => ExhibitionArea, {
    nullable: true,
    description: 'The zone, when grouped by ZONE (null for deals in no zone).',
  })
  zone(@Root() group: DealTotalsGroup, @Ctx() ctx: Context): Promise<ExhibitionArea | null> | null {
    return group.zoneId ? ctx.loaders.byId(areaById, group.zoneId) : null;
  }
}

@Resolver(() => DealEvent)
export class DealEventResolver {
  @FieldResolver(() => Deal, {
    nullable: true,
    description: 'The deal as it is now (null once deleted, or when you may not read it).',
  })
  deal(@Root() event: DealEvent, @Ctx() ctx: Context): Promise<Deal | null> {
    return ctx.loaders.byId(dealById, event.dealUuid);
  }

  @FieldResolver(() => Delegation, {
    nullable: true,
    description: 'The delegation that made the deal (null when you may not read it).',
  })
  delegation(@Root() event: DealEvent, @Ctx() ctx: Context): Promise<Delegation | null> {
    return ctx.loaders.byId(delegationById, event.delegationId);
  }
}
