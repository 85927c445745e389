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
import { TradeSide } from '../../auth/policy.js';
import { Role } from '../../auth/roles.js';
import type { Context } from '../../graphql/context.js';
import { badInput, notFound } from '../../graphql/errors.js';
import {
  connectionArgs,
  connectionType,
  listConnection,
  type Connection,
  type ConnectionArgs,
} from '../../graphql/lists/connection.js';
import { optionalUuid, rootedAt } from '../../graphql/paths.js';
import { fromGlobalId, uuidOf } from '../../graphql/relay.js';
import { exhibitorById } from '../exhibitor/exhibitor.loader.js';
import { Exhibitor } from '../exhibitor/exhibitor.type.js';
import { needById } from '../need/need.loader.js';
import { ProcurementNeed } from '../need/need.type.js';
import { purchaserById } from '../purchaser/purchaser.loader.js';
import { Purchaser } from '../purchaser/purchaser.type.js';
import { matchList, meetingList } from './match.list.js';
import { matchById, meetingById, meetingsByMatch } from './match.loader.js';
import {
  acceptMatch,
  acceptMeeting,
  cancelMeeting,
  declineMatch,
  declineMeeting,
  markMeetingHeld,
  proposeMatch,
  refreshSuggestions,
  scheduleMeeting,
  suggestExhibitors,
} from './match.service.js';
import {
  DeclineMatchInput,
  DeclineMeetingInput,
  ExhibitorMatch,
  ExhibitorSuggestion,
  Meeting,
  ProposeMatchInput,
  ScheduleMeetingInput,
} from './match.type.js';
import { msg } from '../../i18n/message.js';

/** Who of each side takes part in a meeting, as the uuids of their global IDs at `prefix`. */
function peopleOf(
  attendeeIds: readonly string[] | null | undefined,
  representativeIds: readonly string[] | null | undefined,
  prefix = '',
): { attendeeIds: string[]; representativeIds: string[] } {
  return {
    attendeeIds: (attendeeIds ?? []).map((id, i) =>
      uuidOf(id, 'Attendee', `${prefix}attendeeIds.${i}`),
    ),
    representativeIds: (representativeIds ?? []).map((id, i) =>
      uuidOf(id, 'ExhibitorRepresentative', `${prefix}representativeIds.${i}`),
    ),
  };
}

/** The delegation's matchmakers: its office and the purchaser's sub-delegation lead. */
const MATCHMAKERS = [Role.DELEGATION_OFFICE, Role.SUB_DELEGATION_LEAD];
/** Decisions on a match: the matchmakers and the purchaser itself. */
const DECIDERS = [Role.DELEGATION_OFFICE, Role.SUB_DELEGATION_LEAD, Role.PURCHASER];
/** Two-sided writes: the purchaser's side as the rule says, and the exhibitor's representatives. */
const BOTH_MATCHMAKERS = [...MATCHMAKERS, Role.EXHIBITOR];
const BOTH_DECIDERS = [...DECIDERS, Role.EXHIBITOR];
const ExhibitorMatchConnection = connectionType(ExhibitorMatch, 'ExhibitorMatch');
const MatchArgs = connectionArgs(matchList);
const MeetingConnection = connectionType(Meeting, 'Meeting');
const MeetingArgs = connectionArgs(meetingList);

/** How many suggestions a need is given at most. */
function requireSuggestionCount(first: number): void {
  if (!Number.isInteger(first) || first < 1 || first > 200)
    throw badInput('first', msg`first must be between 1 and 200`);
}

function loadedMatch(ctx: Context, id: string): Promise<ExhibitorMatch> {
  return ctx.loaders.byIdOrNotFound(matchById, id, 'Match');
}

function loadedMeeting(ctx: Context, id: string): Promise<Meeting> {
  return ctx.loaders.byIdOrNotFound(meetingById, id, 'Meeting');
}

async function purchaserOf(ctx: Context, purchaserId: string): Promise<Purchaser> {
  const purchaser = await ctx.loaders.byId(purchaserById, purchaserId);
  if (!purchaser) throw notFound('Purchaser');
  return purchaser;
}

async function exhibitorOf(ctx: Context, exhibitorId: string): Promise<Exhibitor> {
  const exhibitor = await ctx.loaders.byId(exhibitorById, exhibitorId);
  if (!exhibitor) throw notFound('Exhibitor');
  return exhibitor;
}

@Resolver(() => ExhibitorMatch)
export class ExhibitorMatchResolver {
  @Access('authenticated')
  @Query(() => [ExhibitorSuggestion], {
    description:
      "Exhibitors of the need's expo ranked for it: area or zone, product keywords (English and Chinese), preferred country, past deals; with the score and the reasons. Where suggestions are kept for the need (refreshSuggestions), they are its matches with a score, best first; otherwise ranked now.",
  })
  suggestedExhibitors(
    @Ctx() ctx: Context,
    @Arg('needId', () => ID, { description: 'Global ID of the procurement need.' }) needId: string,
    @Arg('first', () => Int, { defaultValue: 20, description: 'How many exhibitors: 1 to 200.' })
    first = 20,
  ): Promise<ExhibitorSuggestion[]> {
    requireSuggestionCount(first);
    return suggestExhibitors(ctx, uuidOf(needId, 'ProcurementNeed', 'needId'), first);
  }

  @Access('authenticated')
  @Query(() => ExhibitorMatch, {
    nullable: true,
    description:
      "A match by global ID; null when it does not exist or you may not read it (the purchaser's side; the exhibitor's representatives once it is past SUGGESTED).",
  })
  exhibitorMatch(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Global ID of the match.' }) id: string,
  ): Promise<ExhibitorMatch | null> | null {
    const decoded = fromGlobalId(id, 'ExhibitorMatch');
    return decoded ? ctx.loaders.byId(matchById, decoded.id) : null;
  }

  @Access('authenticated')
  @Query(() => ExhibitorMatchConnection, {
    description: 'Matches you may read, filtered, ordered and paged (newest first).',
  })
  exhibitorMatches(
    @Ctx() ctx: Context,
    @Args(() => MatchArgs) args: ConnectionArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<ExhibitorMatch & Record<string, unknown>>> {
    return listConnection(ctx, matchList, args, undefined, info);
  }

  @Access(BOTH_MATCHMAKERS)
  @Mutation(() => ExhibitorMatch, {
    description:
      "Proposes an exhibitor (PROPOSED) for a published need, with its score and reasons (a SUGGESTED match of it becomes PROPOSED), or for a purchaser without a need. Either side proposes (an EXHIBITOR for its own exhibitor, for a published need it reads); proposing is the proposer's side accepting, the other side's acceptance awaited.",
  })
  async proposeMatch(
    @Ctx() ctx: Context,
    @Arg('input', () => ProposeMatchInput, {
      description: 'The need or purchaser, and the exhibitor.',
    })
    input: ProposeMatchInput,
  ): Promise<ExhibitorMatch> {
    const command = {
      needId: optionalUuid(input.needId, 'ProcurementNeed', 'input.needId'),
      purchaserId: optionalUuid(input.purchaserId, 'Purchaser', 'input.purchaserId'),
      exhibitorId: uuidOf(input.exhibitorId, 'Exhibitor', 'input.exhibitorId'),
      side: input.side ?? null,
    };
    return loadedMatch(ctx, await rootedAt('input', () => proposeMatch(ctx, command)));
  }

  @Access(MATCHMAKERS)
  @Mutation(() => [ExhibitorMatch], {
    description:
      'Keeps the `first` exhibitors ranked for a published need, of those not matched with it in another status, as its SUGGESTED matches (with score and reasons), replacing the SUGGESTED ones in one transaction; matches in any other status stay as they are. suggestedExhibitors then answers from them. Returns the SUGGESTED matches, best first.',
  })
  async refreshSuggestions(
    @Ctx() ctx: Context,
    @Arg('needId', () => ID, { description: 'Global ID of the procurement need.' }) needId: string,
    @Arg('first', () => Int, { defaultValue: 20, description: 'How many exhibitors: 1 to 200.' })
    first = 20,
  ): Promise<ExhibitorMatch[]> {
    requireSuggestionCount(first);
    const ids = await refreshSuggestions(ctx, uuidOf(needId, 'ProcurementNeed', 'needId'), first);
    return Promise.all(ids.map((id) => loadedMatch(ctx, id)));
  }

  @Access(BOTH_DECIDERS)
  @Mutation(() => ExhibitorMatch, {
    description:
      "Your side accepts the match: PROPOSED → ACCEPTED once both sides have accepted (a side that proposed accepted then); SUGGESTED → PROPOSED (the purchaser's side takes a suggestion up, the exhibitor's acceptance awaited).",
  })
  async acceptMatch(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Global ID of the match.' }) id: string,
    @Arg('version', () => Int, {
      description: 'The version you read (CONFLICT if it has changed since).',
    })
    version: number,
    @Arg('side', () => TradeSide, {
      nullable: true,
      description: 'The side you accept for, where you act for both (ADMIN).',
    })
    side?: TradeSide | null,
  ): Promise<ExhibitorMatch> {
    const uuid = uuidOf(id, 'ExhibitorMatch', 'id');
    return loadedMatch(ctx, await acceptMatch(ctx, uuid, version, side));
  }

  @Access(BOTH_DECIDERS)
  @Mutation(() => ExhibitorMatch, {
    description:
      '→ DECLINED with a reason, by either side (not after a deal); its proposed and scheduled meetings are cancelled.',
  })
  async declineMatch(
    @Ctx() ctx: Context,
    @Arg('input', () => DeclineMatchInput, {
      description: 'The match, its version and the reason.',
    })
    input: DeclineMatchInput,
  ): Promise<ExhibitorMatch> {
    const command = { ...input, id: uuidOf(input.id, 'ExhibitorMatch', 'input.id') };
    return loadedMatch(ctx, await rootedAt('input', () => declineMatch(ctx, command)));
  }

  @Access(BOTH_MATCHMAKERS)
  @Mutation(() => Meeting, {
    description:
      "Either side asks for a meeting of an accepted match, with the attendees and representatives who take part, at a meeting point: PROPOSED (it holds the slot), scheduling is that side's acceptance; confirmed (SCHEDULED, the match MEETING_SCHEDULED) when the other side accepts it (acceptMeeting). A person or a point booked in an overlapping live meeting, or a person blocked then, is a CONFLICT naming the field.",
  })
  async scheduleMeeting(
    @Ctx() ctx: Context,
    @Arg('input', () => ScheduleMeetingInput, {
      description: 'The match, the time, the place and who takes part.',
    })
    input: ScheduleMeetingInput,
  ): Promise<Meeting> {
    const command = {
      ...input,
      matchId: uuidOf(input.matchId, 'ExhibitorMatch', 'input.matchId'),
      meetingPointId: optionalUuid(input.meetingPointId, 'MeetingPoint', 'input.meetingPointId'),
      ...peopleOf(input.attendeeIds, input.representativeIds, 'input.'),
    };
    return loadedMeeting(ctx, await rootedAt('input', () => scheduleMeeting(ctx, command)));
  }

  @Access(MATCHMAKERS)
  @Mutation(() => Meeting, { description: 'SCHEDULED → HELD; the match has MET.' })
  async markMeetingHeld(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Global ID of the meeting.' }) id: string,
    @Arg('version', () => Int, {
      description: 'The version you read (CONFLICT if it has changed since).',
    })
    version: number,
  ): Promise<Meeting> {
    const uuid = uuidOf(id, 'Meeting', 'id');
    return loadedMeeting(ctx, await markMeetingHeld(ctx, uuid, version));
  }

  @Access(BOTH_MATCHMAKERS)
  @Mutation(() => Meeting, {
    description: 'PROPOSED | SCHEDULED → CANCELLED, by either side: the slot is free again.',
  })
  async cancelMeeting(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Global ID of the meeting.' }) id: string,
    @Arg('version', () => Int, {
      description: 'The version you read (CONFLICT if it has changed since).',
    })
    version: number,
    @Arg('side', () => TradeSide, {
      nullable: true,
      description: 'The side you cancel for, where you act for both (ADMIN).',
    })
    side?: TradeSide | null,
  ): Promise<Meeting> {
    const uuid = uuidOf(id, 'Meeting', 'id');
    return loadedMeeting(ctx, await cancelMeeting(ctx, uuid, version, side));
  }

  @Access(BOTH_DECIDERS)
  @Mutation(() => Meeting, {
    description:
      "The other side accepts a PROPOSED meeting, naming its own people who take part (the purchaser's side its attendees, the exhibitor's side its representatives) where the meeting has none of them yet: SCHEDULED (confirmed, both sides accepted, at least one attendee and, when the exhibitor has any registered, one representative); the match MEETING_SCHEDULED.",
  })
  async acceptMeeting(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Global ID of the meeting.' }) id: string,
    @Arg('version', () => Int, {
      description: 'The version you read (CONFLICT if it has changed since).',
    })
    version: number,
    @Arg('side', () => TradeSide, {
      nullable: true,
      description: 'The side you accept for, where you act for both (ADMIN).',
    })
    side?: TradeSide | null,
    @Arg('attendeeIds', () => [ID], {
      nullable: true,
      description: "The purchaser's attendees who take part, besides those named already.",
    })
    attendeeIds?: string[] | null,
    @Arg('representativeIds', () => [ID], {
      nullable: true,
      description: "The exhibitor's representatives who take part, besides those named already.",
    })
    representativeIds?: string[] | null,
  ): Promise<Meeting> {
    const uuid = uuidOf(id, 'Meeting', 'id');
    const people = peopleOf(attendeeIds, representativeIds);
    return loadedMeeting(ctx, await acceptMeeting(ctx, uuid, version, side, people));
  }

  @Access(BOTH_DECIDERS)
  @Mutation(() => Meeting, {
    description:
      'The other side declines a PROPOSED meeting, with a reason: DECLINED, the slot free again (the side that asked for it cancels instead).',
  })
  async declineMeeting(
    @Ctx() ctx: Context,
    @Arg('input', () => DeclineMeetingInput, {
      description: 'The meeting, its version and the reason.',
    })
    input: DeclineMeetingInput,
  ): Promise<Meeting> {
    const command = { ...input, id: uuidOf(input.id, 'Meeting', 'input.id') };
    return loadedMeeting(ctx, await rootedAt('input', () => declineMeeting(ctx, command)));
  }

  @FieldResolver(() => ProcurementNeed, {
    nullable: true,
    description:
      'The need it answers; null for a purchaser-level match, or a need you may not read.',
  })
  need(@Root() match: ExhibitorMatch, @Ctx() ctx: Context): Promise<ProcurementNeed | null> | null {
    return match.needId ? ctx.loaders.byId(needById, match.needId) : null;
  }

  @FieldResolver(() => Exhibitor, { description: 'The exhibitor paired with the purchaser.' })
  exhibitor(@Root() match: ExhibitorMatch, @Ctx() ctx: Context): Promise<Exhibitor> {
    return exhibitorOf(ctx, match.exhibitorId);
  }

  @FieldResolver(() => Purchaser, { description: 'The purchaser paired with the exhibitor.' })
  purchaser(@Root() match: ExhibitorMatch, @Ctx() ctx: Context): Promise<Purchaser> {
    return purchaserOf(ctx, match.purchaserId);
  }

  @FieldResolver(() => [Meeting], { description: 'By start time.' })
  meetings(@Root() match: ExhibitorMatch, @Ctx() ctx: Context): Promise<Meeting[]> {
    return ctx.loaders.many(meetingsByMatch, match.id);
  }
}

@Resolver(() => Meeting)
export class MeetingResolver {
  @Access('authenticated')
  @Query(() => Meeting, {
    nullable: true,
    description:
      "A meeting by global ID; null when it does not exist or you may not read it (the purchaser's side; the exhibitor's representatives).",
  })
  meeting(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Global ID of the meeting.' }) id: string,
  ): Promise<Meeting | null> | null {
    const decoded = fromGlobalId(id, 'Meeting');
    return decoded ? ctx.loaders.byId(meetingById, decoded.id) : null;
  }

  @Access('authenticated')
  @Query(() => MeetingConnection, {
    description: 'Meetings you may read, filtered, ordered and paged (by start time).',
  })
  meetings(
    @Ctx() ctx: Context,
    @Args(() => MeetingArgs) args: ConnectionArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<Meeting & Record<string, unknown>>> {
    return listConnection(ctx, meetingList, args, undefined, info);
  }

  @FieldResolver(() => ExhibitorMatch, { description: 'The match the meeting is of.' })
  match(@Root() meeting: Meeting, @Ctx() ctx: Context): Promise<ExhibitorMatch> {
    return loadedMatch(ctx, meeting.matchId);
  }

  @FieldResolver(() => Exhibitor, { description: "The exhibitor's side of the meeting." })
  exhibitor(@Root() meeting: Meeting, @Ctx() ctx: Context): Promise<Exhibitor> {
    return exhibitorOf(ctx, meeting.exhibitorId);
  }

  @FieldResolver(() => Purchaser, { description: "The purchaser's side of the meeting." })
  purchaser(@Root() meeting: Meeting, @Ctx() ctx: Context): Promise<Purchaser> {
    return purchaserOf(ctx, meeting.purchaserId);
  }
}

@Resolver(() => ExhibitorSuggestion)
export class ExhibitorSuggestionResolver {
  @FieldResolver(() => ExhibitorMatch, {
    nullable: true,
    description: 'The match with this exhibitor for the need, if one exists.',
  })
  match(
    @Root() suggestion: ExhibitorSuggestion,
    @Ctx() ctx: Context,
  ): Promise<ExhibitorMatch | null> | null {
    return suggestion.matchId ? ctx.loaders.byId(matchById, suggestion.matchId) : null;
  }
}
