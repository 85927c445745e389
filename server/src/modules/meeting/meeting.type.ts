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

  @Field(() => String, { description: 'What people call it, e.g. "Table 12, Hall 4.1".' })
  name!: string;

  @Field(() => MeetingPointKind, {
    description: 'TABLE or ROOM (a location), or ONLINE_ROOM (a video link).',
  })
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
  @Field(() => String, { description: 'HH:MM, Shanghai time: the break starts.' })
  from!: string;

  @Field(() => String, { description: 'HH:MM, Shanghai time: the break ends (slots start again).' })
  to!: string;
}

@ObjectType({ description: 'A meeting slot, [startsAt, endsAt).' })
export class MeetingSlot {
  @Field(() => DateTimeScalar, { description: 'When the slot starts.' })
  startsAt!: Date;

  @Field(() => DateTimeScalar, { description: 'When the slot ends (the next may start then).' })
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

  @Field(() => DateScalar, { description: 'The expo day planned (a day in Shanghai).' })
  day!: string;

  @Field(() => String, { description: 'HH:MM, Shanghai time.' })
  starts!: string;

  @Field(() => String, { description: 'HH:MM, Shanghai time.' })
  ends!: string;

  @Field(() => Int, { description: 'How long each slot is: 5 to 480 minutes.' })
  slotMinutes!: number;

  @Field(() => [SlotBreakType], {
    description: 'Breaks in the day, in order; no slot reaches into one.',
  })
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

  @Field(() => DateTimeScalar, { description: 'When the blocked time starts.' })
  startsAt!: Date;

  @Field(() => DateTimeScalar, {
    description: 'When it ends: no meeting of the person may overlap [startsAt, endsAt).',
  })
  endsAt!: Date;

  @Field(() => String, { nullable: true, description: 'Why, for those planning meetings.' })
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

  @Field(() => DateTimeScalar, { description: 'When the feed was issued.' })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Revoked: the URL answers 404.' })
  revokedAt!: Date | null;
}

@ObjectType({ description: 'A new calendar feed: its URL path holds the token, shown this once.' })
export class IssuedCalendarToken {
  @Field(() => CalendarToken, { description: 'The feed issued, without its secret.' })
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
  @Field(() => ID, { description: 'Global ID of the expo edition.' })
  expoId!: string;

  @Field(() => ID, {
    nullable: true,
    description: "A delegation's own point; none: the edition's.",
  })
  delegationId?: string | null;

  @Field(() => String, { description: 'A-Z, 0-9, _ and -, at most 40, unique in the expo.' })
  key!: string;

  @NameText()
  @Field(() => String, { description: '1 to 200 characters.' })
  name!: string;

  @Field(() => MeetingPointKind, {
    description: 'TABLE or ROOM (needs location), ONLINE_ROOM (needs link).',
  })
  kind!: MeetingPointKind;

  @Field(() => Int, { description: 'How many persons a meeting here holds at most: 1 to 10000.' })
  capacity!: number;

  @Field(() => String, { nullable: true, description: 'Required for TABLE and ROOM.' })
  location?: string | null;

  @Field(() => String, { nullable: true, description: 'Required for ONLINE_ROOM: an http(s) URL.' })
  link?: string | null;
}

@InputType({ description: 'Changes to a meeting point: only the fields given.' })
export class UpdateMeetingPointInput {
  @Field(() => ID, { description: 'Global ID of the meeting point.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read.' })
  version!: number;

  @NameText()
  @Field(() => String, { nullable: true, description: '1 to 200 characters.' })
  name?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: '1 to 10000; not below the persons of a live meeting there.',
  })
  capacity?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'For TABLE and ROOM: at most 200 characters.',
  })
  location?: string | null;

  @Field(() => String, { nullable: true, description: 'For ONLINE_ROOM: an http(s) URL.' })
  link?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'false: the point takes no new meetings.' })
  active?: boolean | null;
}

@InputType({ description: 'A break in a day: Shanghai wall-clock times HH:MM, [from, to).' })
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
  @Field(() => ID, { description: 'Global ID of the expo edition.' })
  expoId!: string;

  @Field(() => ID, {
    nullable: true,
    description: "A delegation's own plan (its office); none: the edition's (its EXPO_BUREAU).",
  })
  delegationId?: string | null;

  @Field(() => DateScalar, { description: 'A day of the expo (in Shanghai).' })
  day!: Date;

  @Field(() => String, { description: 'HH:MM, Shanghai time.' })
  starts!: string;

  @Field(() => String, { description: 'HH:MM, Shanghai time.' })
  ends!: string;

  @Field(() => Int, {
    description: 'How long each slot is: a whole number of minutes from 5 to 480.',
  })
  slotMinutes!: number;

  @Field(() => [SlotBreakInput], {
    nullable: true,
    description: 'Breaks in the day; none when left out.',
  })
  breaks?: SlotBreakInput[] | null;
}

@InputType({ description: 'A blocked time of one attendee or one representative (exactly one).' })
export class AddUnavailabilityInput {
  @Field(() => ID, {
    nullable: true,
    description: "An attendee (written by those who write its purchaser's trade decisions).",
  })
  attendeeId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "An exhibitor representative (written by the edition's EXPO_BUREAU).",
  })
  representativeId?: string | null;

  @Field(() => DateTimeScalar, { description: 'When the blocked time starts.' })
  startsAt!: Date;

  @Field(() => DateTimeScalar, { description: 'When it ends: after startsAt.' })
  endsAt!: Date;

  @Field(() => String, { nullable: true, description: 'Why: at most 500 characters.' })
  note?: string | null;
}
