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
import { Purchaser } from '../purchaser/purchaser.type.js';
import { purchaserNeeds } from '../reads.js';
import { needList } from './need.list.js';
import { ProcurementNeed } from './need.type.js';

// Lists under a parent, as connections (nestedConnection: folded into the parents' statement,
// or one statement for all the parents of a query level).

const NeedConnection = connectionType(ProcurementNeed, 'ProcurementNeed');
const NeedArgs = connectionArgs(needList);

/** A purchaser's procurement needs. */
@Resolver(() => Purchaser)
export class PurchaserNeedsResolver {
  @FieldResolver(() => NeedConnection, { description: "This purchaser's procurement needs." })
  needs(
    @Root() purchaser: Purchaser,
    @Ctx() ctx: Context,
    @Args(() => NeedArgs) args: ConnectionArgs,
    @Info() info: GraphQLResolveInfo,
  ): NestedRows<ProcurementNeed> {
    return nestedConnection(ctx, purchaserNeeds, purchaser, args, info);
  }
}
