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
import type { Context } from '../../graphql/context.js';
import {
  connectionArgs,
  connectionType,
  listConnection,
  type Connection,
  type ConnectionArgs,
} from '../../graphql/lists/connection.js';
import { optionalUuid, rootedAt } from '../../graphql/paths.js';
import { fromGlobalId, uuidOf } from '../../graphql/relay.js';
import { areaById } from '../expo/expo.loader.js';
import { ExhibitionArea } from '../expo/expo.type.js';
import { matchesByNeed } from '../match/match.loader.js';
import { ExhibitorMatch } from '../match/match.type.js';
import { purchaserById } from '../purchaser/purchaser.loader.js';
import { Purchaser } from '../purchaser/purchaser.type.js';
import { needList } from './need.list.js';
import { needById } from './need.loader.js';
import {
  closeProcurementNeed,
  createProcurementNeed,
  publishProcurementNeed,
  updateProcurementNeed,
} from './need.service.js';
import {
  CloseProcurementNeedInput,
  CreateProcurementNeedInput,
  ProcurementNeed,
  UpdateProcurementNeedInput,
} from './need.type.js';

/**
 * Who writes needs: the office, the purchaser's sub-delegation lead, the purchaser itself and the
 * member unit that invited it (TradeRules.needs).
 */
const TRADERS = [
  Role.DELEGATION_OFFICE,
  Role.SUB_DELEGATION_LEAD,
  Role.PURCHASER,
  Role.MEMBER_UNIT,
];
const ProcurementNeedConnection = connectionType(ProcurementNeed, 'ProcurementNeed');
const NeedArgs = connectionArgs(needList);

function loaded(ctx: Context, id: string): Promise<ProcurementNeed> {
  return ctx.loaders.byIdOrNotFound(needById, id, 'Procurement need');
}

@Resolver(() => ProcurementNeed)
export class ProcurementNeedResolver {
  @Access('authenticated')
  @Query(() => ProcurementNeed, {
    nullable: true,
    description:
      "A need by global ID; null when it does not exist or you may not read it (the purchaser's side; an exhibitor only PUBLISHED needs of its areas in its edition's delegations).",
  })
  procurementNeed(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Global ID of the need.' }) id: string,
  ): Promise<ProcurementNeed | null> | null {
    const decoded = fromGlobalId(id, 'ProcurementNeed');
    return decoded ? ctx.loaders.byId(needById, decoded.id) : null;
  }

  @Access('authenticated')
  @Query(() => ProcurementNeedConnection, {
    description: 'Needs you may read, filtered, ordered and paged (newest first).',
  })
  procurementNeeds(
    @Ctx() ctx: Context,
    @Args(() => NeedArgs) args: ConnectionArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<ProcurementNeed & Record<string, unknown>>> {
    return listConnection(ctx, needList, args, undefined, info);
  }

  @Access(TRADERS)
  @Mutation(() => ProcurementNeed, {
    description:
      'Drafts a need (DRAFT) for a purchaser from its invitation on; it is published once the purchaser is APPROVED.',
  })
  async createProcurementNeed(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateProcurementNeedInput, { description: 'The need to draft.' })
    input: CreateProcurementNeedInput,
  ): Promise<ProcurementNeed> {
    const command = {
      ...input,
      purchaserId: uuidOf(input.purchaserId, 'Purchaser', 'input.purchaserId'),
      exhibitionAreaId: optionalUuid(
        input.exhibitionAreaId,
        'ExhibitionArea',
        'input.exhibitionAreaId',
      ),
    };
    return loaded(ctx, await rootedAt('input', () => createProcurementNeed(ctx, command)));
  }

  @Access(TRADERS)
  @Mutation(() => ProcurementNeed, { description: 'Changes a DRAFT or PUBLISHED need.' })
  async updateProcurementNeed(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateProcurementNeedInput, { description: 'The need and its changes.' })
    input: UpdateProcurementNeedInput,
  ): Promise<ProcurementNeed> {
    const command = {
      ...input,
      id: uuidOf(input.id, 'ProcurementNeed', 'input.id'),
      exhibitionAreaId: optionalUuid(
        input.exhibitionAreaId,
        'ExhibitionArea',
        'input.exhibitionAreaId',
      ),
    };
    return loaded(ctx, await rootedAt('input', () => updateProcurementNeed(ctx, command)));
  }

  @Access(TRADERS)
  @Mutation(() => ProcurementNeed, {
    description:
      'DRAFT → PUBLISHED: the need can be matched. Only for an APPROVED (or REPORTED) purchaser.',
  })
  async publishProcurementNeed(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Global ID of the DRAFT need.' }) id: string,
    @Arg('version', () => Int, {
      description: 'The version you read (CONFLICT if it has changed since).',
    })
    version: number,
  ): Promise<ProcurementNeed> {
    const uuid = uuidOf(id, 'ProcurementNeed', 'id');
    return loaded(ctx, await publishProcurementNeed(ctx, uuid, version));
  }

  @Access(TRADERS)
  @Mutation(() => ProcurementNeed, {
    description: '→ CLOSED, as FULFILLED (once published) or CANCELLED.',
  })
  async closeProcurementNeed(
    @Ctx() ctx: Context,
    @Arg('input', () => CloseProcurementNeedInput, {
      description: 'The need, its version and the reason.',
    })
    input: CloseProcurementNeedInput,
  ): Promise<ProcurementNeed> {
    const command = { ...input, id: uuidOf(input.id, 'ProcurementNeed', 'input.id') };
    return loaded(ctx, await rootedAt('input', () => closeProcurementNeed(ctx, command)));
  }

  @FieldResolver(() => Purchaser, {
    nullable: true,
    description:
      "The purchaser; null where you read the need but not its purchaser (an exhibitor reads a published need's purchaser once they are matched).",
  })
  purchaser(@Root() need: ProcurementNeed, @Ctx() ctx: Context): Promise<Purchaser | null> {
    return ctx.loaders.byId(purchaserById, need.purchaserId);
  }

  @FieldResolver(() => ExhibitionArea, {
    nullable: true,
    description:
      'The exhibition area or zone the need is placed in: exhibitors of that area see it once PUBLISHED.',
  })
  exhibitionArea(
    @Root() need: ProcurementNeed,
    @Ctx() ctx: Context,
  ): Promise<ExhibitionArea | null> | null {
    return need.exhibitionAreaId ? ctx.loaders.byId(areaById, need.exhibitionAreaId) : null;
  }

  @FieldResolver(() => [ExhibitorMatch], {
    description:
      'Matches of this need (SUGGESTED ones kept by refreshSuggestions included), best first.',
  })
  matches(@Root() need: ProcurementNeed, @Ctx() ctx: Context): Promise<ExhibitorMatch[]> {
    return ctx.loaders.many(matchesByNeed, need.id);
  }
}
