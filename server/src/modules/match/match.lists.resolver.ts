import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import {
  connectionArgs,
  connectionType,
  nestedConnection,
  type Connection,
  type ConnectionArgs,
} from '../../graphql/lists/connection.js';
import { Purchaser } from '../purchaser/purchaser.type.js';
import { purchaserMatches } from '../reads.js';
import { matchList } from './match.list.js';
import { ExhibitorMatch } from './match.type.js';

// Lists under a parent, as connections. Each is folded into the statement that reads its parents
// (see levels.ts); where nothing folded it in, it is ONE statement for all the parents of a query
// level (first N per parent by a lateral subquery), so nesting costs statements by depth at most.
type Rows<T> =
  Connection<T & Record<string, unknown>> | Promise<Connection<T & Record<string, unknown>>>;

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
  ): Rows<ExhibitorMatch> {
    return nestedConnection(ctx, purchaserMatches, purchaser, args, info);
  }
}
