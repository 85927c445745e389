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
import { sql } from '../../db/sql.js';
import type { Context } from '../../graphql/context.js';
import { notFound } from '../../graphql/errors.js';
import {
  connectionArgs,
  connectionType,
  listConnection,
  type Connection,
  type ConnectionArgs,
} from '../../graphql/lists/connection.js';
import { rootedAt } from '../../graphql/paths.js';
import { fromGlobalId, uuidOf } from '../../graphql/relay.js';
import { delegationById } from '../delegation/delegation.loader.js';
import { Delegation } from '../delegation/delegation.type.js';
import { organisationById } from '../organisation/organisation.loader.js';
import { Organisation } from '../organisation/organisation.type.js';
import { circularById, circularList, recipientsByCircular } from './circular.loader.js';
import { acknowledgeCircular, sendCircular } from './circular.service.js';
import { Circular, CircularRecipient, SendCircularInput } from './circular.type.js';

const CircularConnection = connectionType(Circular, 'Circular');
const CircularArgs = connectionArgs(circularList);

function loadedCircular(ctx: Context, id: string): Promise<Circular> {
  return ctx.loaders.byIdOrNotFound(circularById, id, 'Circular');
}

@Resolver(() => Circular)
export class CircularResolver {
  @Access('authenticated')
  @Query(() => Circular, { nullable: true, description: 'A circular you may read.' })
  circular(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: "The circular's global ID." }) id: string,
  ): Promise<Circular | null> | null {
    const decoded = fromGlobalId(id, 'Circular');
    return decoded ? ctx.loaders.byId(circularById, decoded.id) : null;
  }

  @Access('authenticated')
  @Query(() => CircularConnection, {
    description:
      "Circulars you may read, newest first: the office, expo bureau and analysts all of a delegation's; a member unit's readers those addressed to their unit. delegationId: of one delegation.",
  })
  circulars(
    @Ctx() ctx: Context,
    @Args(() => CircularArgs) args: ConnectionArgs,
    @Info() info: GraphQLResolveInfo,
    @Arg('delegationId', () => ID, {
      nullable: true,
      description: 'Only the circulars of this delegation.',
    })
    delegationId?: string | null,
  ): Promise<Connection<Circular & Record<string, unknown>>> {
    const id = delegationId ? uuidOf(delegationId, 'Delegation', 'delegationId') : null;
    return listConnection(
      ctx,
      circularList,
      args,
      id ? (a) => sql`${sql.identifier(a, 'delegation_id')} = ${sql.value(id)}::uuid` : undefined,
      info,
    );
  }

  @Access([Role.DELEGATION_OFFICE])
  @Mutation(() => Circular, {
    description:
      "The delegation's office sends a circular (通报) to the member units named by their organisations (organisationIds), or to every member unit when it names none. An organisation that is not a member unit of the delegation is BAD_USER_INPUT at its index (input.organisationIds.<i>).",
  })
  async sendCircular(
    @Ctx() ctx: Context,
    @Arg('input', () => SendCircularInput, {
      description: 'The delegation, the title and body, and the member units addressed.',
    })
    input: SendCircularInput,
  ): Promise<Circular> {
    const command = {
      ...input,
      delegationId: uuidOf(input.delegationId, 'Delegation', 'input.delegationId'),
      organisationIds:
        input.organisationIds?.map((o, i) =>
          uuidOf(o, 'Organisation', `input.organisationIds.${i}`),
        ) ?? null,
    };
    return loadedCircular(ctx, await rootedAt('input', () => sendCircular(ctx, command)));
  }

  @Access([Role.MEMBER_UNIT, Role.DELEGATION_OFFICE])
  @Mutation(() => Circular, {
    description:
      'A reader of a member unit the circular is addressed to acknowledges it for the unit: once per user (again changes nothing); the unit counts as acknowledged once one of its readers has. Others who read it (the office) are FORBIDDEN.',
  })
  async acknowledgeCircular(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The circular to acknowledge.' }) id: string,
  ): Promise<Circular> {
    const uuid = uuidOf(id, 'Circular', 'id');
    await acknowledgeCircular(ctx, uuid);
    ctx.renew();
    return loadedCircular(ctx, uuid);
  }

  @FieldResolver(() => Delegation, { description: 'The delegation whose office sent it.' })
  async delegation(@Root() circular: Circular, @Ctx() ctx: Context): Promise<Delegation> {
    const delegation = await ctx.loaders.byId(delegationById, circular.delegationId);
    if (!delegation) throw notFound('Delegation');
    return delegation;
  }

  @FieldResolver(() => Int, { description: 'How many of its units have acknowledged it.' })
  acknowledgedCount(@Root() circular: Circular): number {
    return circular.recipientCount - circular.unacknowledgedCount;
  }

  @FieldResolver(() => [CircularRecipient], {
    description:
      'The units it is addressed to, with whether and when each acknowledged it (acknowledged: only those that have, or have not): all of them for the office, its own for a unit.',
  })
  async recipients(
    @Root() circular: Circular,
    @Ctx() ctx: Context,
    @Arg('acknowledged', () => Boolean, {
      nullable: true,
      description:
        'true: only the units that have acknowledged it; false: only those that have not; left out: all.',
    })
    acknowledged?: boolean | null,
  ): Promise<CircularRecipient[]> {
    const all = await ctx.loaders.many(recipientsByCircular, circular.id);
    return acknowledged == null
      ? all
      : all.filter((r) => (r.acknowledgedAt !== null) === acknowledged);
  }
}

@Resolver(() => CircularRecipient)
export class CircularRecipientResolver {
  @FieldResolver(() => Organisation, { description: 'The member unit (its organisation).' })
  async unit(@Root() recipient: CircularRecipient, @Ctx() ctx: Context): Promise<Organisation> {
    const unit = await ctx.loaders.byId(organisationById, recipient.organisationId);
    if (!unit) throw notFound('Organisation');
    return unit;
  }

  @FieldResolver(() => Boolean, { description: "One of the unit's readers has acknowledged it." })
  acknowledged(@Root() recipient: CircularRecipient): boolean {
    return recipient.acknowledgedAt !== null;
  }
}
