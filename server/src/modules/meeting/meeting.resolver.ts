import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Args,
  Ctx,
  FieldResolver,
  ID,
  Info,
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
import { DateScalar } from '../../graphql/scalars.js';
import { delegationById } from '../delegation/delegation.loader.js';
import { Delegation } from '../delegation/delegation.type.js';
import { representativeById } from '../exhibitor/exhibitor-representative.loader.js';
import { ExhibitorRepresentative } from '../exhibitor/exhibitor-representative.type.js';
import { expoById } from '../expo/expo.loader.js';
import { Expo } from '../expo/expo.type.js';
import { Meeting } from '../match/match.type.js';
import { attendeeById } from '../purchaser/purchaser.loader.js';
import { Attendee } from '../purchaser/purchaser.type.js';
import { isoDate } from '../trade/trade-scope.js';
import { meetingPointList } from './meeting.list.js';
import {
  calendarTokenById,
  meetingDayById,
  meetingDaysByExpo,
  meetingPointById,
  meetingPointsByExpo,
  participantsByMeeting,
  unavailabilityById,
  unavailabilityOfAttendee,
  unavailabilityOfRepresentative,
} from './meeting.loader.js';
import {
  addUnavailability,
  createMeetingPoint,
  issueCalendarToken,
  meetingSlots,
  removeUnavailability,
  revokeCalendarToken,
  setMeetingDay,
  updateMeetingPoint,
} from './meeting.service.js';
import { daySlots } from './meeting-slots.js';
import {
  AddUnavailabilityInput,
  CalendarToken,
  CreateMeetingPointInput,
  IssuedCalendarToken,
  MeetingDay,
  MeetingParticipant,
  MeetingPoint,
  MeetingSlot,
  SetMeetingDayInput,
  Unavailability,
  UpdateMeetingPointInput,
} from './meeting.type.js';

const PLANNERS = [Role.EXPO_BUREAU, Role.DELEGATION_OFFICE];
const MeetingPointConnection = connectionType(MeetingPoint, 'MeetingPoint');
const MeetingPointArgs = connectionArgs(meetingPointList);

@Resolver(() => MeetingPoint)
export class MeetingPointResolver {
  @Access('authenticated')
  @Query(() => MeetingPoint, {
    nullable: true,
    description:
      "A meeting point by global ID: the edition's for everyone, a delegation's own for those who read the delegation.",
  })
  meetingPoint(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Global ID of the meeting point.' }) id: string,
  ): Promise<MeetingPoint | null> | null {
    const decoded = fromGlobalId(id, 'MeetingPoint');
    return decoded ? ctx.loaders.byId(meetingPointById, decoded.id) : null;
  }

  @Access('authenticated')
  @Query(() => MeetingPointConnection, {
    description:
      "Meeting points: the editions' and those of the delegations you read; filtered, ordered and paged.",
  })
  meetingPoints(
    @Ctx() ctx: Context,
    @Args(() => MeetingPointArgs) args: ConnectionArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<MeetingPoint & Record<string, unknown>>> {
    return listConnection(ctx, meetingPointList, args, undefined, info);
  }

  @Access(PLANNERS)
  @Mutation(() => MeetingPoint, {
    description:
      "Adds a table, room or online room: the edition's (its EXPO_BUREAU) or a delegation's own (its office).",
  })
  async createMeetingPoint(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateMeetingPointInput, { description: 'The meeting point to add.' })
    input: CreateMeetingPointInput,
  ): Promise<MeetingPoint> {
    const command = {
      ...input,
      expoId: uuidOf(input.expoId, 'Expo', 'input.expoId'),
      delegationId: optionalUuid(input.delegationId, 'Delegation', 'input.delegationId'),
    };
    const id = await rootedAt('input', () => createMeetingPoint(ctx, command));
    return ctx.loaders.byIdOrNotFound(meetingPointById, id, 'MeetingPoint');
  }

  @Access(PLANNERS)
  @Mutation(() => MeetingPoint, {
    description: 'Changes a meeting point (or deactivates it); a stale version is a CONFLICT.',
  })
  async updateMeetingPoint(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateMeetingPointInput, { description: 'The point and its changes.' })
    input: UpdateMeetingPointInput,
  ): Promise<MeetingPoint> {
    const command = { ...input, id: uuidOf(input.id, 'MeetingPoint', 'input.id') };
    const id = await rootedAt('input', () => updateMeetingPoint(ctx, command));
    return ctx.loaders.byIdOrNotFound(meetingPointById, id, 'MeetingPoint');
  }

  @FieldResolver(() => Expo, { nullable: true, description: 'The expo edition it belongs to.' })
  expo(@Root() point: MeetingPoint, @Ctx() ctx: Context): Promise<Expo | null> {
    return ctx.loaders.byId(expoById, point.expoId);
  }

  @FieldResolver(() => Delegation, {
    nullable: true,
    description: "The delegation whose own point it is; null for the edition's.",
  })
  delegation(@Root() point: MeetingPoint, @Ctx() ctx: Context): Promise<Delegation | null> | null {
    return point.delegationId ? ctx.loaders.byId(delegationById, point.delegationId) : null;
  }
}

@Resolver(() => MeetingDay)
export class MeetingDayResolver {
  @Access(PLANNERS)
  @Mutation(() => MeetingDay, {
    description:
      "Sets the slot plan of an expo day, replacing it: the edition's (EXPO_BUREAU) or a delegation's own (its office).",
  })
  async setMeetingDay(
    @Ctx() ctx: Context,
    @Arg('input', () => SetMeetingDayInput, { description: "The day's plan." })
    input: SetMeetingDayInput,
  ): Promise<MeetingDay> {
    const command = {
      ...input,
      expoId: uuidOf(input.expoId, 'Expo', 'input.expoId'),
      delegationId: optionalUuid(input.delegationId, 'Delegation', 'input.delegationId'),
    };
    const id = await rootedAt('input', () => setMeetingDay(ctx, command));
    return ctx.loaders.byIdOrNotFound(meetingDayById, id, 'MeetingDay');
  }

  @FieldResolver(() => [MeetingSlot], { description: 'The slots of this plan, in order.' })
  slots(@Root() day: MeetingDay): MeetingSlot[] {
    return daySlots(day);
  }

  @FieldResolver(() => Delegation, {
    nullable: true,
    description: "The delegation whose own plan it is; null for the edition's.",
  })
  delegation(@Root() day: MeetingDay, @Ctx() ctx: Context): Promise<Delegation | null> | null {
    return day.delegationId ? ctx.loaders.byId(delegationById, day.delegationId) : null;
  }
}

@Resolver(() => Expo)
export class ExpoMeetingsResolver {
  @FieldResolver(() => [MeetingPoint], {
    description:
      "The expo's meeting points, by key: the edition's and those of delegations you read (see Query.meetingPoints to filter and page).",
  })
  meetingPoints(@Root() expo: Expo, @Ctx() ctx: Context): Promise<MeetingPoint[]> {
    return ctx.loaders.many(meetingPointsByExpo, expo.id);
  }

  @FieldResolver(() => [MeetingDay], { description: 'Slot plans of the expo days, by day.' })
  meetingDays(@Root() expo: Expo, @Ctx() ctx: Context): Promise<MeetingDay[]> {
    return ctx.loaders.many(meetingDaysByExpo, expo.id);
  }

  @FieldResolver(() => [MeetingSlot], {
    description:
      "The meeting slots of a day (Asia/Shanghai): the delegation's own plan for the day if it has one, the edition's otherwise; none without a plan.",
  })
  meetingSlots(
    @Root() expo: Expo,
    @Ctx() ctx: Context,
    @Arg('day', () => DateScalar, { description: 'A day of the expo (in Shanghai).' }) day: Date,
    @Arg('delegationId', () => ID, {
      nullable: true,
      description: 'The delegation whose own plan applies, if it has one for the day.',
    })
    delegationId?: string | null,
  ): Promise<MeetingSlot[]> {
    const delegation = optionalUuid(delegationId, 'Delegation', 'delegationId') ?? null;
    return meetingSlots(ctx, expo.id, isoDate(day), delegation);
  }
}

@Resolver(() => Unavailability)
export class UnavailabilityResolver {
  @Access('authenticated')
  @Mutation(() => Unavailability, {
    description:
      "Blocks a time of an attendee (those who write its purchaser's trade decisions) or a representative (the edition's EXPO_BUREAU): no meeting is scheduled for them then.",
  })
  async addUnavailability(
    @Ctx() ctx: Context,
    @Arg('input', () => AddUnavailabilityInput, { description: 'The person and the time.' })
    input: AddUnavailabilityInput,
  ): Promise<Unavailability> {
    const command = {
      ...input,
      attendeeId: optionalUuid(input.attendeeId, 'Attendee', 'input.attendeeId'),
      representativeId: optionalUuid(
        input.representativeId,
        'ExhibitorRepresentative',
        'input.representativeId',
      ),
    };
    const id = await rootedAt('input', () => addUnavailability(ctx, command));
    return ctx.loaders.byIdOrNotFound(unavailabilityById, id, 'Unavailability');
  }

  @Access('authenticated')
  @Mutation(() => ID, { description: 'Frees a blocked time. Returns its ID.' })
  async removeUnavailability(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Global ID of the blocked time.' }) id: string,
  ): Promise<string> {
    await removeUnavailability(ctx, uuidOf(id, 'Unavailability', 'id'));
    return id;
  }
}

@Resolver(() => Attendee)
export class AttendeeAvailabilityResolver {
  @FieldResolver(() => [Unavailability], { description: 'Times the attendee cannot meet.' })
  unavailability(@Root() a: Attendee, @Ctx() ctx: Context): Promise<Unavailability[]> {
    return ctx.loaders.many(unavailabilityOfAttendee, a.id);
  }
}

@Resolver(() => ExhibitorRepresentative)
export class RepresentativeAvailabilityResolver {
  @FieldResolver(() => [Unavailability], {
    description: 'Times the representative cannot meet.',
  })
  unavailability(
    @Root() r: ExhibitorRepresentative,
    @Ctx() ctx: Context,
  ): Promise<Unavailability[]> {
    return ctx.loaders.many(unavailabilityOfRepresentative, r.id);
  }
}

@Resolver(() => Meeting)
export class MeetingPeopleResolver {
  @FieldResolver(() => [MeetingParticipant], {
    description: 'Who takes part: the attendees, then the representatives.',
  })
  participants(@Root() meeting: Meeting, @Ctx() ctx: Context): Promise<MeetingParticipant[]> {
    return ctx.loaders.many(participantsByMeeting, meeting.id);
  }

  @FieldResolver(() => MeetingPoint, {
    nullable: true,
    description: 'Where the meeting takes place, when at a meeting point.',
  })
  meetingPoint(@Root() meeting: Meeting, @Ctx() ctx: Context): Promise<MeetingPoint | null> | null {
    return meeting.meetingPointId
      ? ctx.loaders.byId(meetingPointById, meeting.meetingPointId)
      : null;
  }
}

@Resolver(() => MeetingParticipant)
export class MeetingParticipantResolver {
  @FieldResolver(() => Attendee, { nullable: true, description: "The purchaser's attendee." })
  attendee(@Root() p: MeetingParticipant, @Ctx() ctx: Context): Promise<Attendee | null> | null {
    return p.attendeeId ? ctx.loaders.byId(attendeeById, p.attendeeId) : null;
  }

  @FieldResolver(() => ExhibitorRepresentative, {
    nullable: true,
    description: "The exhibitor's representative.",
  })
  representative(
    @Root() p: MeetingParticipant,
    @Ctx() ctx: Context,
  ): Promise<ExhibitorRepresentative | null> | null {
    return p.representativeId ? ctx.loaders.byId(representativeById, p.representativeId) : null;
  }
}

@Resolver(() => CalendarToken)
export class CalendarTokenResolver {
  @Access('authenticated')
  @Mutation(() => IssuedCalendarToken, {
    description:
      "Issues a private calendar feed (iCalendar) of a person's meetings: an attendee (those who write its purchaser's trade decisions) or a representative (the edition's EXPO_BUREAU). The URL is shown this once.",
  })
  async issueCalendarToken(
    @Ctx() ctx: Context,
    @Arg('attendeeId', () => ID, {
      nullable: true,
      description: 'The attendee whose meetings the feed holds (give it or representativeId).',
    })
    attendeeId?: string | null,
    @Arg('representativeId', () => ID, {
      nullable: true,
      description: 'The exhibitor representative whose meetings the feed holds (or attendeeId).',
    })
    representativeId?: string | null,
  ): Promise<IssuedCalendarToken> {
    const { id, token } = await issueCalendarToken(ctx, {
      attendeeId: optionalUuid(attendeeId, 'Attendee', 'attendeeId'),
      representativeId: optionalUuid(
        representativeId,
        'ExhibitorRepresentative',
        'representativeId',
      ),
    });
    const calendarToken = await ctx.loaders.byIdOrNotFound(calendarTokenById, id, 'CalendarToken');
    return { calendarToken, path: `/calendar/${token}.ics` };
  }

  @Access('authenticated')
  @Mutation(() => CalendarToken, { description: 'Revokes a calendar feed: its URL answers 404.' })
  async revokeCalendarToken(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Global ID of the calendar token.' }) id: string,
  ): Promise<CalendarToken> {
    const uuid = uuidOf(id, 'CalendarToken', 'id');
    await revokeCalendarToken(ctx, uuid);
    return ctx.loaders.byIdOrNotFound(calendarTokenById, uuid, 'CalendarToken');
  }
}
