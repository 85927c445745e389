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
import { SubDelegation } from '../delegation/delegation.type.js';
import { subDelegationPurchasers } from '../reads.js';
import { purchaserList } from './purchaser.list.js';
import { Purchaser } from './purchaser.type.js';

// Lists under a parent, as connections (nestedConnection: folded into the parents' statement,
// or one statement for all the parents of a query level).

const PurchaserConnection = connectionType(Purchaser, 'Purchaser');
const PurchaserArgs = connectionArgs(purchaserList);

/** A sub-delegation's purchasers. */
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
  ): NestedRows<Purchaser> {
    return nestedConnection(ctx, subDelegationPurchasers, sub, args, info);
  }
}
