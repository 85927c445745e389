import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { Context } from '../graphql/context.js';
import { readsOnly } from '../graphql/embeds.js';
import {
  connectionArgs,
  connectionType,
  nestedConnection,
  type Connection,
  type ConnectionArgs,
} from '../graphql/lists/connection.js';
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

// Lists under a parent, as connections: each is ONE statement for all the parents of a query
// level (first N per parent by a window function), so nesting costs statements by depth only.
type Rows<T> = Promise<Connection<T & Record<string, unknown>>>;

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
    return nestedConnection(ctx, purchaserList, 'p.sub_delegation_id', sub.id, args, info);
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
    return nestedConnection(ctx, dealList, 'dl.delegation_id', delegation.id, args, info);
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
    return nestedConnection(ctx, dealList, 'dl.purchaser_id', purchaser.id, args, info);
  }

  @FieldResolver(() => NeedConnection, { description: "This purchaser's procurement needs." })
  needs(
    @Root() purchaser: Purchaser,
    @Ctx() ctx: Context,
    @Args(() => NeedArgs) args: ConnectionArgs,
    @Info() info: GraphQLResolveInfo,
  ): Rows<ProcurementNeed> {
    return nestedConnection(ctx, needList, 'n.purchaser_id', purchaser.id, args, info);
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
    return nestedConnection(ctx, matchList, 'm.purchaser_id', purchaser.id, args, info);
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
    return nestedConnection(ctx, dealList, 'dl.exhibitor_id', exhibitor.id, args, info);
  }
}

// each list reads only its parent's id: a parent listed with these lists keeps its narrow select
for (const [typeName, field] of [
  ['SubDelegation', 'purchasers'],
  ['Delegation', 'deals'],
  ['Purchaser', 'deals'],
  ['Purchaser', 'needs'],
  ['Purchaser', 'matches'],
  ['Exhibitor', 'deals'],
] as const) {
  readsOnly(typeName, field, ['id']);
}
