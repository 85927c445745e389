import { TradeSide } from '../../auth/policy.js';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Access } from '../../auth/access.js';
import { Role } from '../../auth/roles.js';
import type { Context } from '../../graphql/context.js';
import { optionalUuid } from '../../graphql/paths.js';
import { fromGlobalId, toGlobalId, uuidOf } from '../../graphql/relay.js';
import { DateScalar } from '../../graphql/scalars.js';
import { representativeById } from '../exhibitor/exhibitor-representative.loader.js';
import { ExhibitorRepresentative } from '../exhibitor/exhibitor-representative.type.js';
import { meetingPointById } from '../meeting/meeting.loader.js';
import { MeetingPoint } from '../meeting/meeting.type.js';
import { attendeeById } from '../purchaser/purchaser.loader.js';
import { Attendee } from '../purchaser/purchaser.type.js';
import {
  discardMeetingSchedule,
  publishMeetingSchedule,
  readMeetingSchedule,
  runMeetingScheduler,
  setMatchMustMeet,
} from './schedule.service.js';
import {
  MatchMustMeet,
  MeetingSchedule,
  MeetingScheduleItem,
  type UnplacedReason,
} from './schedule.type.js';

const SCHEDULERS = [Role.EXPO_BUREAU, Role.DELEGATION_OFFICE];

async function view(ctx: Context, id: string): Promise<MeetingSchedule> {
  const { schedule, items } = await readMeetingSchedule(ctx, id);
  return {
    id: toGlobalId('MeetingSchedule', schedule.id),
    status: schedule.status,
    version: schedule.version,
    fromDay: schedule.fromDay,
    toDay: schedule.toDay,
    matches: schedule.matches,
    placeable: schedule.placeable,
    placed: schedule.placed,
    mustMeet: schedule.mustMeet,
    mustMeetPlaced: schedule.mustMeetPlaced,
    createdAt: schedule.createdAt,
    unplaced: schedule.unplaced.map((u) => ({
      matchId: toGlobalId('ExhibitorMatch', u.matchId),
      reason: u.reason as UnplacedReason,
    })),
    items: items.map((item) => ({
      matchId: toGlobalId('ExhibitorMatch', item.matchId),
      startsAt: item.startsAt,
      endsAt: item.endsAt,
      meetingId: item.meetingId ? toGlobalId('Meeting', item.meetingId) : null,
      meetingPointId: item.meetingPointId,
      attendeeIds: item.attendeeIds,
      representativeIds: item.representativeIds,
    })),
  };
}

@Resolver(() => MeetingSchedule)
export class MeetingScheduleResolver {
  @Access(SCHEDULERS)
  @Query(() => MeetingSchedule, {
    nullable: true,
    description:
      'A run of the meeting scheduler, to review: its items, figures and unplaced matches.',
  })
  async meetingSchedule(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Global ID of the run.' }) id: string,
  ): Promise<MeetingSchedule | null> {
    const decoded = fromGlobalId(id, 'MeetingSchedule');
    return decoded ? view(ctx, decoded.id) : null;
  }

  @Access(SCHEDULERS)
  @Mutation(() => MeetingSchedule, {
    description:
      "Places the ACCEPTED matches in the slots of the expo's days (the delegation's own plan for its run when it has one) at its active meeting points, must-meet first, around blocked times and live meetings (kept as they are): a DRAFT to review. The edition's run (delegationId null): its EXPO_BUREAU, over every delegation; a delegation's: its office, on its own and the edition's points.",
  })
  async runMeetingScheduler(
    @Ctx() ctx: Context,
    @Arg('expoId', () => ID, { description: 'Global ID of the expo edition.' }) expoId: string,
    @Arg('delegationId', () => ID, {
      nullable: true,
      description:
        "A delegation's own run (its office); null: the edition's run (its EXPO_BUREAU).",
    })
    delegationId: string | null,
    @Arg('fromDay', () => DateScalar, {
      nullable: true,
      description: "The first expo day to place in (in Shanghai); null: the expo's first.",
    })
    fromDay: Date | null,
    @Arg('toDay', () => DateScalar, {
      nullable: true,
      description: "The last expo day to place in (in Shanghai); null: the expo's last.",
    })
    toDay: Date | null,
  ): Promise<MeetingSchedule> {
    const id = await runMeetingScheduler(ctx, {
      expoId: uuidOf(expoId, 'Expo', 'expoId'),
      delegationId: optionalUuid(delegationId, 'Delegation', 'delegationId'),
      fromDay,
      toDay,
    });
    return view(ctx, id);
  }

  @Access(SCHEDULERS)
  @Mutation(() => MeetingSchedule, {
    description:
      'Creates the meetings of a DRAFT schedule (SCHEDULED, with their people) in one transaction; a clash with a meeting made meanwhile is a CONFLICT naming the item (field items.N), and nothing is written.',
  })
  async publishMeetingSchedule(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Global ID of the DRAFT run.' }) id: string,
    @Arg('version', () => Int, {
      description: 'The version of the run you reviewed (CONFLICT if it has changed since).',
    })
    version: number,
  ): Promise<MeetingSchedule> {
    const uuid = uuidOf(id, 'MeetingSchedule', 'id');
    await publishMeetingSchedule(ctx, uuid, version);
    return view(ctx, uuid);
  }

  @Access(SCHEDULERS)
  @Mutation(() => MeetingSchedule, { description: 'Drops a DRAFT schedule: no meeting is made.' })
  async discardMeetingSchedule(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Global ID of the DRAFT run.' }) id: string,
    @Arg('version', () => Int, {
      description: 'The version of the run you reviewed (CONFLICT if it has changed since).',
    })
    version: number,
  ): Promise<MeetingSchedule> {
    const uuid = uuidOf(id, 'MeetingSchedule', 'id');
    await discardMeetingSchedule(ctx, uuid, version);
    return view(ctx, uuid);
  }

  @Access('authenticated')
  @Mutation(() => MatchMustMeet, {
    description:
      "Flags a match must-meet for your side (the scheduler places it first): the purchaser's side as who decides on its matches, the exhibitor's side its representatives (EXHIBITOR); ADMIN names the side.",
  })
  async setMatchMustMeet(
    @Ctx() ctx: Context,
    @Arg('matchId', () => ID, { description: 'Global ID of the match.' }) matchId: string,
    @Arg('mustMeet', () => Boolean, {
      description: "true flags it, false clears your side's flag.",
    })
    mustMeet: boolean,
    @Arg('side', () => TradeSide, {
      nullable: true,
      description: 'The side you flag it for, where you act for both (ADMIN).',
    })
    side?: TradeSide | null,
  ): Promise<MatchMustMeet> {
    const uuid = uuidOf(matchId, 'ExhibitorMatch', 'matchId');
    const flags = await setMatchMustMeet(ctx, uuid, side, mustMeet);
    return { matchId, ...flags };
  }
}

@Resolver(() => MeetingScheduleItem)
export class MeetingScheduleItemResolver {
  @FieldResolver(() => MeetingPoint, {
    nullable: true,
    description: 'Where the meeting would take place (null when you may not read the point).',
  })
  meetingPoint(@Root() item: MeetingScheduleItem, @Ctx() ctx: Context) {
    return ctx.loaders.byId(meetingPointById, item.meetingPointId);
  }

  @FieldResolver(() => [Attendee], {
    description: "The purchaser's attendees who would take part (those you may read).",
  })
  async attendees(@Root() item: MeetingScheduleItem, @Ctx() ctx: Context) {
    const rows = await Promise.all(
      item.attendeeIds.map((id) => ctx.loaders.byId(attendeeById, id)),
    );
    return rows.filter((row) => row !== null);
  }

  @FieldResolver(() => [ExhibitorRepresentative], {
    description: "The exhibitor's representatives who would take part.",
  })
  async representatives(@Root() item: MeetingScheduleItem, @Ctx() ctx: Context) {
    const rows = await Promise.all(
      item.representativeIds.map((id) => ctx.loaders.byId(representativeById, id)),
    );
    return rows.filter((row) => row !== null);
  }
}
