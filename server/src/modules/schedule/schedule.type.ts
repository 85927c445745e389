import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar, DateTimeScalar } from '../../graphql/scalars.js';
import { MeetingScheduleStatus } from './meeting-schedule.entity.js';

/**
 * Why a match has no place. Not placeable even alone: NO_FITTING_POINT (no point of its scope
 * holds its people), NO_COMMON_FREE_SLOT (its people are never all free), NO_FREE_POINT_WHEN_ALL_FREE
 * (whenever they are, confirmed meetings hold every fitting point). Placeable, but taken by the
 * run: PARTICIPANTS_BOOKED, POINTS_FULL.
 */
export enum UnplacedReason {
  NO_FITTING_POINT = 'NO_FITTING_POINT',
  NO_COMMON_FREE_SLOT = 'NO_COMMON_FREE_SLOT',
  NO_FREE_POINT_WHEN_ALL_FREE = 'NO_FREE_POINT_WHEN_ALL_FREE',
  PARTICIPANTS_BOOKED = 'PARTICIPANTS_BOOKED',
  POINTS_FULL = 'POINTS_FULL',
}

@ObjectType({ description: 'A match a run could not place, and why.' })
export class UnplacedMatch {
  @Field(() => ID, { description: 'Global ID of the ExhibitorMatch not placed.' })
  matchId!: string;

  @Field(() => UnplacedReason, {
    description:
      'Not placeable even alone: NO_FITTING_POINT (no point of its scope holds its people), NO_COMMON_FREE_SLOT (its people are never all free in the slots), NO_FREE_POINT_WHEN_ALL_FREE (whenever they are, confirmed meetings hold every fitting point). Placeable, but taken by the run: PARTICIPANTS_BOOKED (one of its people meets someone else in each of its slots), POINTS_FULL.',
  })
  reason!: UnplacedReason;
}

@ObjectType({ description: 'A match placed by a run: at a point, in a slot, with its people.' })
export class MeetingScheduleItem {
  @Field(() => ID, { description: 'The ExhibitorMatch placed.' })
  matchId!: string;

  @Field(() => DateTimeScalar, {
    description: "When the slot starts (a slot of the day's plan, Shanghai time).",
  })
  startsAt!: Date;

  @Field(() => DateTimeScalar, { description: 'When the slot ends.' })
  endsAt!: Date;

  @Field(() => ID, { nullable: true, description: 'The meeting created at publishing.' })
  meetingId!: string | null;

  meetingPointId!: string;
  attendeeIds!: string[];
  representativeIds!: string[];
}

@ObjectType({
  description:
    "A run of the meeting scheduler over accepted matches: the edition's (EXPO_BUREAU) or a delegation's own (its office).",
})
export class MeetingSchedule {
  @Field(() => ID, { description: 'Global ID of the run.' })
  id!: string;

  @Field(() => MeetingScheduleStatus, {
    description: 'DRAFT (to review) → PUBLISHED (its meetings made) or DISCARDED.',
  })
  status!: MeetingScheduleStatus;

  @Field(() => Int, {
    description: 'Changes with every write: pass it back to publish or discard.',
  })
  version!: number;

  @Field(() => DateScalar, {
    nullable: true,
    description: "The first expo day it placed in; null: from the expo's first day.",
  })
  fromDay!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: "The last expo day it placed in; null: to the expo's last day.",
  })
  toDay!: string | null;

  @Field(() => Int, { description: 'Accepted matches the run tried to place.' })
  matches!: number;

  @Field(() => Int, {
    description:
      'Matches with a slot where all their people are free and a fitting point is not taken by a confirmed meeting, ignoring each other.',
  })
  placeable!: number;

  @Field(() => Int, { description: 'Matches the run placed (items).' })
  placed!: number;

  @Field(() => Int, { description: 'Matches flagged must-meet by either side.' })
  mustMeet!: number;

  @Field(() => Int, { description: 'Must-meet matches the run placed.' })
  mustMeetPlaced!: number;

  @Field(() => [MeetingScheduleItem], { description: 'By time.' })
  items!: MeetingScheduleItem[];

  @Field(() => [UnplacedMatch], {
    description: 'The matches it could not place, each with the reason.',
  })
  unplaced!: UnplacedMatch[];

  @Field(() => DateTimeScalar, { description: 'When the run was made.' })
  createdAt!: Date;
}

@ObjectType({ description: "A match's must-meet flags, one per side." })
export class MatchMustMeet {
  @Field(() => ID, { description: 'Global ID of the match.' })
  matchId!: string;

  @Field(() => Boolean, { description: "The purchaser's side flagged it must-meet." })
  purchaserMustMeet!: boolean;

  @Field(() => Boolean, { description: "The exhibitor's side flagged it must-meet." })
  exhibitorMustMeet!: boolean;
}
