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
import { DealTotalsGroup } from '../deal/deal.aggregate.js';
import { dealById } from '../deal/deal.loader.js';
import { Deal } from '../deal/deal.type.js';
import { delegationById } from '../delegation/delegation.loader.js';
import { Delegation } from '../delegation/delegation.type.js';
import { exhibitorById } from '../exhibitor/exhibitor.loader.js';
import { Exhibitor } from '../exhibitor/exhibitor.type.js';
import { organisationById } from '../organisation/organisation.loader.js';
import { Organisation } from '../organisation/organisation.type.js';
import { purchaserById } from '../purchaser/purchaser.loader.js';
import { Purchaser } from '../purchaser/purchaser.type.js';
import { onsiteEventList } from './onsite.list.js';
import {
  dealsByEvent,
  onsiteEventById,
  onsiteParticipantById,
  participantsByEvent,
} from './onsite.loader.js';
import {
  addOnsiteParticipant,
  createOnsiteEvent,
  deleteOnsiteEvent,
  linkDealToEvent,
  ONSITE_WRITERS,
  removeOnsiteParticipant,
  updateOnsiteEvent,
} from './onsite.service.js';
import {
  AddOnsiteParticipantInput,
  CreateOnsiteEventInput,
  LinkDealToEventInput,
  OnsiteEvent,
  OnsiteParticipant,
  UpdateOnsiteEventInput,
} from './onsite.type.js';

const OnsiteEventConnection = connectionType(OnsiteEvent, 'OnsiteEvent');
const OnsiteEventArgs = connectionArgs(onsiteEventList);

@Resolver(() => OnsiteEvent)
export class OnsiteEventResolver {
  @Access('authenticated')
  @Query(() => OnsiteEvent, { nullable: true, description: 'An on-site event you may read.' })
  onsiteEvent(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The record (its global ID).' }) id: string,
  ): Promise<OnsiteEvent | null> | null {
    const decoded = fromGlobalId(id, 'OnsiteEvent');
    return decoded ? ctx.loaders.byId(onsiteEventById, decoded.id) : null;
  }

  @Access('authenticated')
  @Query(() => OnsiteEventConnection, {
    description:
      "On-site events of the delegations you read, by start (the delegation's programme).",
  })
  onsiteEvents(
    @Ctx() ctx: Context,
    @Args(() => OnsiteEventArgs) args: ConnectionArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<OnsiteEvent & Record<string, unknown>>> {
    return listConnection(ctx, onsiteEventList, args, undefined, info);
  }

  @FieldResolver(() => Delegation, { nullable: true, description: 'The delegation.' })
  delegation(@Root() event: OnsiteEvent, @Ctx() ctx: Context): Promise<Delegation | null> {
    return ctx.loaders.byId(delegationById, event.delegationId);
  }

  @FieldResolver(() => Organisation, {
    nullable: true,
    description: 'The member unit that organises it (null: the office).',
  })
  organiser(@Root() event: OnsiteEvent, @Ctx() ctx: Context): Promise<Organisation | null> | null {
    return event.organiserId ? ctx.loaders.byId(organisationById, event.organiserId) : null;
  }

  @FieldResolver(() => [OnsiteParticipant], {
    description: 'Who takes part: purchasers, exhibitors and guests.',
  })
  participants(@Root() event: OnsiteEvent, @Ctx() ctx: Context): Promise<OnsiteParticipant[]> {
    return ctx.loaders.many(participantsByEvent, event.id);
  }

  @FieldResolver(() => [Deal], {
    description:
      'The deals linked to it that you read, cancelled ones included (its totals: dealAggregate filtered by event, which leaves them out).',
  })
  deals(@Root() event: OnsiteEvent, @Ctx() ctx: Context): Promise<Deal[]> {
    return ctx.loaders.many(dealsByEvent, event.id);
  }

  @Access(ONSITE_WRITERS)
  @Mutation(() => OnsiteEvent, {
    description:
      'The office or the LOGISTICS unit puts an on-site activity on the programme: a kind, a title, when, where, the organising member unit.',
  })
  async createOnsiteEvent(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateOnsiteEventInput, {
      description: 'What to write; each field says what it takes.',
    })
    input: CreateOnsiteEventInput,
  ): Promise<OnsiteEvent> {
    const command = {
      ...input,
      delegationId: uuidOf(input.delegationId, 'Delegation', 'input.delegationId'),
      organiserId: optionalUuid(input.organiserId, 'Organisation', 'input.organiserId'),
    };
    const id = await rootedAt('input', () => createOnsiteEvent(ctx, command));
    return ctx.loaders.byIdOrNotFound(onsiteEventById, id, 'On-site event');
  }

  @Access(ONSITE_WRITERS)
  @Mutation(() => OnsiteEvent, { description: 'Changes an on-site event (the version you read).' })
  async updateOnsiteEvent(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateOnsiteEventInput, {
      description: 'What to write; each field says what it takes.',
    })
    input: UpdateOnsiteEventInput,
  ): Promise<OnsiteEvent> {
    const command = {
      ...input,
      id: uuidOf(input.id, 'OnsiteEvent', 'input.id'),
      organiserId: optionalUuid(input.organiserId, 'Organisation', 'input.organiserId'),
    };
    const id = await rootedAt('input', () => updateOnsiteEvent(ctx, command));
    return ctx.loaders.byIdOrNotFound(onsiteEventById, id, 'On-site event');
  }

  @Access(ONSITE_WRITERS)
  @Mutation(() => Delegation, {
    description:
      'Deletes an on-site event (the version you read) and its participants; IN_USE at id while any deal is linked to it. Answers its delegation.',
  })
  async deleteOnsiteEvent(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The event.' }) id: string,
    @Arg('version', () => Int, { description: 'The version you read.' }) version: number,
  ): Promise<Delegation> {
    const delegationId = await deleteOnsiteEvent(ctx, {
      id: uuidOf(id, 'OnsiteEvent', 'id'),
      version,
    });
    return ctx.loaders.byIdOrNotFound(delegationById, delegationId, 'Delegation');
  }

  @Access(ONSITE_WRITERS)
  @Mutation(() => OnsiteParticipant, {
    description:
      'Adds a participant: a purchaser of the delegation, an exhibitor of its expo or a guest by name (once each: CONFLICT at input.eventId).',
  })
  async addOnsiteParticipant(
    @Ctx() ctx: Context,
    @Arg('input', () => AddOnsiteParticipantInput, {
      description: 'What to write; each field says what it takes.',
    })
    input: AddOnsiteParticipantInput,
  ): Promise<OnsiteParticipant> {
    const command = {
      ...input,
      eventId: uuidOf(input.eventId, 'OnsiteEvent', 'input.eventId'),
      purchaserId: optionalUuid(input.purchaserId, 'Purchaser', 'input.purchaserId'),
      exhibitorId: optionalUuid(input.exhibitorId, 'Exhibitor', 'input.exhibitorId'),
    };
    const id = await rootedAt('input', () => addOnsiteParticipant(ctx, command));
    return ctx.loaders.byIdOrNotFound(onsiteParticipantById, id, 'On-site participant');
  }

  @Access(ONSITE_WRITERS)
  @Mutation(() => OnsiteEvent, { description: 'Takes a participant off; answers the event.' })
  async removeOnsiteParticipant(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The record (its global ID).' }) id: string,
  ): Promise<OnsiteEvent> {
    const eventId = await removeOnsiteParticipant(ctx, uuidOf(id, 'OnsiteParticipant', 'id'));
    return ctx.loaders.byIdOrNotFound(onsiteEventById, eventId, 'On-site event');
  }

  @Access(ONSITE_WRITERS)
  @Mutation(() => Deal, {
    description:
      'The office or the LOGISTICS unit links a deal to the on-site event it was signed at (eventId null: to none), with the deal’s version; its totals then count under that event (dealAggregate with filter { event: { eq: … } }).',
  })
  async linkDealToEvent(
    @Ctx() ctx: Context,
    @Arg('input', () => LinkDealToEventInput, {
      description: 'What to write; each field says what it takes.',
    })
    input: LinkDealToEventInput,
  ): Promise<Deal> {
    const command = {
      ...input,
      dealId: uuidOf(input.dealId, 'Deal', 'input.dealId'),
      eventId: optionalUuid(input.eventId, 'OnsiteEvent', 'input.eventId') ?? null,
    };
    const id = await rootedAt('input', () => linkDealToEvent(ctx, command));
    return ctx.loaders.byIdOrNotFound(dealById, id, 'Deal');
  }
}

@Resolver(() => OnsiteParticipant)
export class OnsiteParticipantResolver {
  @FieldResolver(() => OnsiteEvent, { nullable: true, description: 'The on-site event.' })
  event(@Root() p: OnsiteParticipant, @Ctx() ctx: Context): Promise<OnsiteEvent | null> {
    return ctx.loaders.byId(onsiteEventById, p.eventId);
  }

  @FieldResolver(() => Purchaser, { nullable: true, description: 'For those who read it.' })
  purchaser(@Root() p: OnsiteParticipant, @Ctx() ctx: Context): Promise<Purchaser | null> | null {
    return p.purchaserId ? ctx.loaders.byId(purchaserById, p.purchaserId) : null;
  }

  @FieldResolver(() => Exhibitor, {
    nullable: true,
    description: 'The exhibitor (EXHIBITOR only).',
  })
  exhibitor(@Root() p: OnsiteParticipant, @Ctx() ctx: Context): Promise<Exhibitor | null> | null {
    return p.exhibitorId ? ctx.loaders.byId(exhibitorById, p.exhibitorId) : null;
  }
}

/** A group of deal totals by EVENT: the event it is of (DealGroupBy.EVENT). */
@Resolver(() => DealTotalsGroup)
export class EventTotalsGroupResolver {
  @FieldResolver(() => OnsiteEvent, {
    nullable: true,
    description:
      'The on-site event, when grouped by EVENT (null: the deals linked to none, or an event you do not read).',
  })
  event(@Root() group: DealTotalsGroup, @Ctx() ctx: Context): Promise<OnsiteEvent | null> | null {
    return group.eventId ? ctx.loaders.byId(onsiteEventById, group.eventId) : null;
  }
}

export const onsiteResolvers = [
  OnsiteEventResolver,
  OnsiteParticipantResolver,
  EventTotalsGroupResolver,
] as const;
