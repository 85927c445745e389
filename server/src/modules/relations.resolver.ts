import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { Context } from '../graphql/context.js';
import {
  connectionArgs,
  connectionType,
  nestedConnection,
  type Connection,
  type ConnectionArgs,
} from '../graphql/lists/connection.js';
import {
  delegationDeals,
  exhibitorDeals,
  purchaserDeals,
  purchaserMatches,
  purchaserNeeds,
  subDelegationPurchasers,
} from './reads.js';
import { dealList } from './deal/deal.list.js';
import { Deal } from './deal/deal.type.js';
import { Delegation, SubDelegation } from './delegation/delegation.type.js';
import { Exhibitor } from './exhibitor/exhibitor.type.js';
import { matchList } from './match/match.list.js';
import { ExhibitorMatch } from './match/match.type.js';
import { needList } from './need/need.list.js';
import { ProcurementNeed } from './need/need.type.js';
import { purchaserList } from './purchaser/purchaser.list.js';
import { Purchaser } from './purchaser/purchaser.type.js';

// Lists under a parent, as connections. Each is folded into the statement that reads its parents
// (see levels.ts); where nothing folded it in, it is ONE statement for all the parents of a query
// level (first N per parent by a lateral subquery), so nesting costs statements by depth at most.
type Rows<T> =
  Connection<T & Record<string, unknown>> | Promise<Connection<T & Record<string, unknown>>>;

const PurchaserConnection = connectionType(Purchaser, 'Purchaser');
const PurchaserArgs = connectionArgs(purchaserList);
const DealConnection = connectionType(Deal, 'Deal');
const DealArgs = connectionArgs(dealList);
const NeedConnection = connectionType(ProcurementNeed, 'ProcurementNeed');
const NeedArgs = connectionArgs(needList);
const MatchConnection = connectionType(ExhibitorMatch, 'ExhibitorMatch');
const MatchArgs = connectionArgs(matchList);

@Resolver(() => SubDelegation)
export class SubDelegationListsResolver {
  @FieldResolver(() => PurchaserConnection, {
    description: 'Purchasers of this sub-delegation you may read.',
  })
  purchasers(
    @Root() sub: SubDelegation,
    @Ctx() ctx: Context,
    @Args(() => PurchaserArgs) args: ConnectionArgs,
    @Info() info: GraphQLResolveInfo,
  ): Rows<Purchaser> {
    return nestedConnection(ctx, subDelegationPurchasers, sub, args, info);
  }
}

@Resolver(() => Delegation)
export class DelegationListsResolver {
  @FieldResolver(() => DealConnection, { description: 'Deals of this delegation you may read.' })
  deals(
    @Root() delegation: Delegation,
    @Ctx() ctx: Context,
    @Args(() => DealArgs) args: ConnectionArgs,
    @Info() info: GraphQLResolveInfo,
  ): Rows<Deal> {
    return nestedConnection(ctx, delegationDeals, delegation, args, info);
  }
}

@Resolver(() => Purchaser)
export class PurchaserListsResolver {
  @FieldResolver(() => DealConnection, { description: "This purchaser's deals." })
  deals(
    @Root() purchaser: Purchaser,
    @Ctx() ctx: Context,
    @Args(() => DealArgs) args: ConnectionArgs,
    @Info() info: GraphQLResolveInfo,
  ): Rows<Deal> {
    return nestedConnection(ctx, purchaserDeals, purchaser, args, info);
  }

  @FieldResolver(() => NeedConnection, { description: "This purchaser's procurement needs." })
  needs(
    @Root() purchaser: Purchaser,
    @Ctx() ctx: Context,
    @Args(() => NeedArgs) args: ConnectionArgs,
    @Info() info: GraphQLResolveInfo,
  ): Rows<ProcurementNeed> {
    return nestedConnection(ctx, purchaserNeeds, purchaser, args, info);
  }

  @FieldResolver(() => MatchConnection, {
    description: "This purchaser's matches with exhibitors.",
  })
  matches(
    @Root() purchaser: Purchaser,
    @Ctx() ctx: Context,
    @Args(() => MatchArgs) args: ConnectionArgs,
    @Info() info: GraphQLResolveInfo,
  ): Rows<ExhibitorMatch> {
    return nestedConnection(ctx, purchaserMatches, purchaser, args, info);
  }
}

@Resolver(() => Exhibitor)
export class ExhibitorListsResolver {
  @FieldResolver(() => DealConnection, { description: "This exhibitor's deals that you may read." })
  deals(
    @Root() exhibitor: Exhibitor,
    @Ctx() ctx: Context,
    @Args(() => DealArgs) args: ConnectionArgs,
    @Info() info: GraphQLResolveInfo,
  ): Rows<Deal> {
    return nestedConnection(ctx, exhibitorDeals, exhibitor, args, info);
  }
}
