import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/relay.js';
import { DateScalar, DateTimeScalar } from '../../graphql/scalars.js';
import { NameText } from '../../graphql/text.js';
import { MeetingPointKind } from './meeting.enums.js';

@ObjectType({
  implements: Node,
  description:
    "A table, room or online room where meetings take place: the edition's, or a delegation's own for its events.",
})
export class MeetingPoint extends Node {
  expoId!: string;
  delegationId!: string | null;

  @Field(() => String, { description: 'Unique in the expo, e.g. "T-012".' })
  key!: string;

  @Field(() => String)
  name!: string;

  @Field(() => MeetingPointKind)
  kind!: MeetingPointKind;

  @Field(() => Int, { description: 'How many persons a meeting here holds at most.' })
  capacity!: number;

  @Field(() => String, { nullable: true, description: 'Where it is (TABLE, ROOM).' })
  location!: string | null;

  @Field(() => String, { nullable: true, description: 'The video link (ONLINE_ROOM).' })
  link!: string | null;

  @Field(() => Boolean, { description: 'Inactive points take no new meetings.' })
  active!: boolean;

  @Field(() => Int, { description: 'Changes with every write: pass it back to changes.' })
  version!: number;
}

@ObjectType({ description: 'A break in a day: Shanghai wall-clock times HH:MM, [from, to).' })
export class SlotBreakType {
  @Field(() => String)
  from!: string;

  @Field(() => String)
  to!: string;
}

@ObjectType({ description: 'A meeting slot, [startsAt, endsAt).' })
export class MeetingSlot {
  @Field(() => DateTimeScalar)
  startsAt!: Date;

  @Field(() => DateTimeScalar)
  endsAt!: Date;
}

@ObjectType({
  implements: Node,
  description:
    "The slot plan of one expo day (the edition's, or a delegation's own): Shanghai wall-clock times.",
})
export class MeetingDay extends Node {
  expoId!: string;
  delegationId!: string | null;

  @Field(() => DateScalar)
  day!: string;

  @Field(() => String, { description: 'HH:MM, Shanghai time.' })
  starts!: string;

  @Field(() => String, { description: 'HH:MM, Shanghai time.' })
  ends!: string;

  @Field(() => Int)
  slotMinutes!: number;

  @Field(() => [SlotBreakType])
  breaks!: SlotBreakType[];

  @Field(() => Int, { description: 'Changes with every write.' })
  version!: number;
}

@ObjectType({
  implements: Node,
  description: 'A time an attendee or an exhibitor representative cannot meet.',
})
export class Unavailability extends Node {
  attendeeId!: string | null;
  representativeId!: string | null;

  @Field(() => DateTimeScalar)
  startsAt!: Date;

  @Field(() => DateTimeScalar)
  endsAt!: Date;

  @Field(() => String, { nullable: true })
  note!: string | null;
}

@ObjectType({
  implements: Node,
  description:
    "A person taking part in a meeting: an attendee of the match's purchaser or a representative of its exhibitor.",
})
export class MeetingParticipant extends Node {
  meetingId!: string;
  attendeeId!: string | null;
  representativeId!: string | null;
}

@ObjectType({
  implements: Node,
  description: "A person's private calendar feed URL (the token itself is shown once).",
})
export class CalendarToken extends Node {
  attendeeId!: string | null;
  representativeId!: string | null;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Revoked: the URL answers 404.' })
  revokedAt!: Date | null;
}

@ObjectType({ description: 'A new calendar feed: its URL path holds the token, shown this once.' })
export class IssuedCalendarToken {
  @Field(() => CalendarToken)
  calendarToken!: CalendarToken;

  @Field(() => String, {
    description:
      'The feed, relative to the server: GET it (e.g. subscribe a calendar app to https://<server>/calendar/<token>.ics).',
  })
  path!: string;
}

@InputType({
  description: 'A meeting point of an expo (its EXPO_BUREAU) or of a delegation (its office).',
})
export class CreateMeetingPointInput {
  @Field(() => ID)
  expoId!: string;

  @Field(() => ID, {
    nullable: true,
    description: "A delegation's own point; none: the edition's.",
  })
  delegationId?: string | null;

  @Field(() => String, { description: 'A-Z, 0-9, _ and -, at most 40, unique in the expo.' })
  key!: string;

  @NameText()
  @Field(() => String)
  name!: string;

  @Field(() => MeetingPointKind)
  kind!: MeetingPointKind;

  @Field(() => Int)
  capacity!: number;

  @Field(() => String, { nullable: true, description: 'Required for TABLE and ROOM.' })
  location?: string | null;

  @Field(() => String, { nullable: true, description: 'Required for ONLINE_ROOM: an http(s) URL.' })
  link?: string | null;
}

@InputType({ description: 'Changes to a meeting point: only the fields given.' })
export class UpdateMeetingPointInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The version you read.' })
  version!: number;

  @NameText()
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => Int, { nullable: true })
  capacity?: number | null;

  @Field(() => String, { nullable: true })
  location?: string | null;

  @Field(() => String, { nullable: true })
  link?: string | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;
}

@InputType()
export class SlotBreakInput {
  @Field(() => String, { description: 'HH:MM, Shanghai time.' })
  from!: string;

  @Field(() => String, { description: 'HH:MM, Shanghai time.' })
  to!: string;
}

@InputType({
  description:
    "Sets the slot plan of an expo day (replacing the day's plan): the edition's (EXPO_BUREAU) or a delegation's (its office).",
})
export class SetMeetingDayInput {
  @Field(() => ID)
  expoId!: string;

  @Field(() => ID, { nullable: true })
  delegationId?: string | null;

  @Field(() => DateScalar)
  day!: Date;

  @Field(() => String, { description: 'HH:MM, Shanghai time.' })
  starts!: string;

  @Field(() => String, { description: 'HH:MM, Shanghai time.' })
  ends!: string;

  @Field(() => Int)
  slotMinutes!: number;

  @Field(() => [SlotBreakInput], { nullable: true })
  breaks?: SlotBreakInput[] | null;
}

@InputType({ description: 'A blocked time of one attendee or one representative (exactly one).' })
export class AddUnavailabilityInput {
  @Field(() => ID, { nullable: true })
  attendeeId?: string | null;

  @Field(() => ID, { nullable: true })
  representativeId?: string | null;

  @Field(() => DateTimeScalar)
  startsAt!: Date;

  @Field(() => DateTimeScalar)
  endsAt!: Date;

  @Field(() => String, { nullable: true })
  note?: string | null;
}
