import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import {
  connectionArgs,
  connectionType,
  nestedConnection,
  type ConnectionArgs,
  type NestedRows,
} from '../../graphql/lists/connection.js';
import { Delegation } from '../delegation/delegation.type.js';
import { Exhibitor } from '../exhibitor/exhibitor.type.js';
import { Purchaser } from '../purchaser/purchaser.type.js';
import { delegationDeals, exhibitorDeals, purchaserDeals } from '../reads.js';
import { dealList } from './deal.list.js';
import { Deal } from './deal.type.js';

// Lists under a parent, as connections (nestedConnection: folded into the parents' statement,
// or one statement for all the parents of a query level).

const DealConnection = connectionType(Deal, 'Deal');
const DealArgs = connectionArgs(dealList);

/** A delegation's deals. */
@Resolver(() => Delegation)
export class DelegationListsResolver {
  @FieldResolver(() => DealConnection, { description: 'Deals of this delegation you may read.' })
  deals(
    @Root() delegation: Delegation,
    @Ctx() ctx: Context,
    @Args(() => DealArgs) args: ConnectionArgs,
    @Info() info: GraphQLResolveInfo,
  ): NestedRows<Deal> {
    return nestedConnection(ctx, delegationDeals, delegation, args, info);
  }
}

/** A purchaser's deals. */
@Resolver(() => Purchaser)
export class PurchaserDealsResolver {
  @FieldResolver(() => DealConnection, { description: "This purchaser's deals." })
  deals(
    @Root() purchaser: Purchaser,
    @Ctx() ctx: Context,
    @Args(() => DealArgs) args: ConnectionArgs,
    @Info() info: GraphQLResolveInfo,
  ): NestedRows<Deal> {
    return nestedConnection(ctx, purchaserDeals, purchaser, args, info);
  }
}

/** An exhibitor's deals. */
@Resolver(() => Exhibitor)
export class ExhibitorListsResolver {
  @FieldResolver(() => DealConnection, { description: "This exhibitor's deals that you may read." })
  deals(
    @Root() exhibitor: Exhibitor,
    @Ctx() ctx: Context,
    @Args(() => DealArgs) args: ConnectionArgs,
    @Info() info: GraphQLResolveInfo,
  ): NestedRows<Deal> {
    return nestedConnection(ctx, exhibitorDeals, exhibitor, args, info);
  }
}
