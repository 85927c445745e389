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
import { purchaserMatches } from '../reads.js';
import { matchList } from './match.list.js';
import { ExhibitorMatch } from './match.type.js';

// Lists under a parent, as connections (nestedConnection: folded into the parents' statement,
// or one statement for all the parents of a query level).

const MatchConnection = connectionType(ExhibitorMatch, 'ExhibitorMatch');
const MatchArgs = connectionArgs(matchList);

/** A purchaser's matches with exhibitors. */
@Resolver(() => Purchaser)
export class PurchaserMatchesResolver {
  @FieldResolver(() => MatchConnection, {
    description: "This purchaser's matches with exhibitors.",
  })
  matches(
    @Root() purchaser: Purchaser,
    @Ctx() ctx: Context,
    @Args(() => MatchArgs) args: ConnectionArgs,
    @Info() info: GraphQLResolveInfo,
  ): NestedRows<ExhibitorMatch> {
    return nestedConnection(ctx, purchaserMatches, purchaser, args, info);
  }
}
