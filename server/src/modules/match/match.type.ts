import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/relay.js';
import { DateTimeScalar } from '../../graphql/scalars.js';
import { Exhibitor } from '../exhibitor/exhibitor.type.js';
import { TradeSide } from '../../auth/policy.js';
import { MatchStatus, MeetingMode, MeetingPhase, MeetingStatus } from './match.enums.js';

@ObjectType({
  implements: Node,
  description:
    "A purchaser (and its need) paired with an exhibitor (供需对接): SUGGESTED | PROPOSED → ACCEPTED → MEETING_SCHEDULED → MET → DEAL, or DECLINED. Both sides accept: the proposer's side on proposing, the other with acceptMatch; ACCEPTED only once both have.",
})
export class ExhibitorMatch extends Node {
  delegationId!: string;
  purchaserId!: string;
  needId!: string | null;
  exhibitorId!: string;

  @Field(() => MatchStatus, {
    description:
      'Where the match stands: SUGGESTED | PROPOSED → ACCEPTED → MEETING_SCHEDULED → MET → DEAL, or DECLINED.',
  })
  status!: MatchStatus;

  @Field(() => Float, {
    nullable: true,
    description: 'Relevance from 0 to 1 when suggested or proposed for a need.',
  })
  score!: number | null;

  @Field(() => [String], { description: 'Why the exhibitor was suggested.' })
  reasons!: string[];

  @Field(() => DateTimeScalar, {
    nullable: true,
    description:
      'When the suggestion was computed (refreshSuggestions), kept once proposed; null for a match proposed directly.',
  })
  suggestedAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why it was DECLINED, in the words of the side that declined.',
  })
  declineReason!: string | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: "When the purchaser's side accepted (proposing is accepting).",
  })
  purchaserAcceptedAt!: Date | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: "When the exhibitor's side accepted (proposing is accepting).",
  })
  exhibitorAcceptedAt!: Date | null;

  @Field(() => Int, { description: 'Changes with every write: pass it back to decisions.' })
  version!: number;

  @Field(() => DateTimeScalar, { description: 'When the match was suggested or proposed.' })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { description: 'When the match was last changed.' })
  updatedAt!: Date;
}

@ObjectType({
  implements: Node,
  description: 'A meeting of a match: pre-show or on-site, online (link) or offline (place).',
})
export class Meeting extends Node {
  delegationId!: string;
  matchId!: string;
  purchaserId!: string;
  exhibitorId!: string;
  meetingPointId!: string | null;

  @Field(() => MeetingPhase, {
    description: 'PRE_SHOW (before the expo opens) or ON_SITE (during the expo days).',
  })
  phase!: MeetingPhase;

  @Field(() => MeetingMode, { description: 'ONLINE (a video link) or OFFLINE (a place).' })
  mode!: MeetingMode;

  @Field(() => DateTimeScalar, {
    description: 'When it starts (an instant; the expo works in Shanghai time, UTC+8).',
  })
  startsAt!: Date;

  @Field(() => DateTimeScalar, {
    description: 'When it ends: after startsAt, at most 12 hours later.',
  })
  endsAt!: Date;

  @Field(() => String, {
    nullable: true,
    description: 'Where, for OFFLINE meetings (e.g. booth, hall).',
  })
  place!: string | null;

  @Field(() => String, { nullable: true, description: 'The video link, for ONLINE meetings.' })
  link!: string | null;

  @Field(() => MeetingStatus, {
    description:
      'PROPOSED until the other side accepts; SCHEDULED once both sides have (confirmed); then HELD or CANCELLED; DECLINED by the other side.',
  })
  status!: MeetingStatus;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: "When the purchaser's side accepted (scheduling is accepting).",
  })
  purchaserAcceptedAt!: Date | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: "When the exhibitor's side accepted (scheduling is accepting).",
  })
  exhibitorAcceptedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was DECLINED.' })
  declineReason!: string | null;

  @Field(() => Int, { description: 'Changes with every write: pass it back to decisions.' })
  version!: number;

  @Field(() => DateTimeScalar, { description: 'When the meeting was asked for.' })
  createdAt!: Date;
}

@ObjectType({ description: 'An exhibitor ranked for a procurement need, with the reasons.' })
export class ExhibitorSuggestion {
  matchId!: string | null;

  @Field(() => Exhibitor, { description: "The exhibitor suggested: of the need's expo." })
  exhibitor!: Exhibitor;

  @Field(() => Float, { description: 'Relevance from 0 to 1; higher is better.' })
  score!: number;

  @Field(() => [String], {
    description: 'Area or zone, matching product keywords, preferred country, past deals.',
  })
  reasons!: string[];
}

@InputType({
  description:
    'Proposes an exhibitor for a published need (needId), or for a purchaser without a need (purchaserId): exactly one of them.',
})
export class ProposeMatchInput {
  @Field(() => ID, { nullable: true, description: 'A PUBLISHED need of the purchaser.' })
  needId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'For a purchaser-level match, without a need: an APPROVED or REPORTED purchaser.',
  })
  purchaserId?: string | null;

  @Field(() => ID, {
    description:
      "Global ID of the exhibitor proposed: of the same expo as the purchaser's delegation.",
  })
  exhibitorId!: string;

  @Field(() => TradeSide, {
    nullable: true,
    description:
      'The side you act for, where you act for both (ADMIN); otherwise the one you act for.',
  })
  side?: TradeSide | null;
}

/** What declining a match or a meeting takes: the base of their inputs, not a schema type. */
@InputType()
export abstract class DeclineInput {
  @Field(() => ID, { description: 'Global ID of the match or meeting declined.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read.' })
  version!: number;

  @Field(() => String, { description: 'Why: 1 to 2000 characters, trimmed; shown to both sides.' })
  reason!: string;

  @Field(() => TradeSide, {
    nullable: true,
    description:
      'The side you act for, where you act for both (ADMIN); otherwise the one you act for.',
  })
  side?: TradeSide | null;
}

@InputType({
  description:
    'Either side declines a match, with a reason: DECLINED (not after a deal); its proposed and scheduled meetings are cancelled.',
})
export class DeclineMatchInput extends DeclineInput {}

@InputType({ description: 'The other side declines a PROPOSED meeting.' })
export class DeclineMeetingInput extends DeclineInput {}

@InputType({ description: 'A meeting slot for an accepted match. Nobody is double-booked.' })
export class ScheduleMeetingInput {
  @Field(() => ID, { description: 'Global ID of the match: ACCEPTED, MEETING_SCHEDULED or MET.' })
  matchId!: string;

  @Field(() => TradeSide, {
    nullable: true,
    description:
      'The side you act for, where you act for both (ADMIN); otherwise the one you act for.',
  })
  side?: TradeSide | null;

  @Field(() => MeetingPhase, {
    description:
      "PRE_SHOW: starts before the expo's first day; ON_SITE: within the expo's days (days in Shanghai time).",
  })
  phase!: MeetingPhase;

  @Field(() => MeetingMode, {
    description: 'ONLINE needs a link or an ONLINE_ROOM; OFFLINE a place or a meeting point.',
  })
  mode!: MeetingMode;

  @Field(() => DateTimeScalar, {
    description: 'When it starts (an instant with its offset; days are counted in Shanghai time).',
  })
  startsAt!: Date;

  @Field(() => DateTimeScalar, {
    description: 'When it ends: after startsAt, at most 12 hours later.',
  })
  endsAt!: Date;

  @Field(() => ID, {
    nullable: true,
    description:
      "Where: a meeting point of the expo or of the match's delegation (an ONLINE_ROOM for ONLINE meetings); it gives place or link when they are left out.",
  })
  meetingPointId?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      "Who of the purchaser takes part: its attendees; the purchaser's side names at least one (the exhibitor's side leaves them to the purchaser's, who names them on accepting).",
  })
  attendeeIds?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      "Who of the exhibitor takes part: its representatives; the exhibitor's side names at least one when the exhibitor has any registered (else they are named on accepting).",
  })
  representativeIds?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Required for OFFLINE meetings without a meeting point.',
  })
  place?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Required for ONLINE meetings without an ONLINE_ROOM: an http(s) URL.',
  })
  link?: string | null;
}
