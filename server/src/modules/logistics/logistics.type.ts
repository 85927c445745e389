import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IdentityDocumentNumberScalar } from '../../graphql/contacts.js';
import { Node } from '../../graphql/relay.js';
import { NameText } from '../../graphql/text.js';
import { DateScalar, DateTimeScalar, DecimalScalar } from '../../graphql/scalars.js';
import {
  CertificateStatus,
  MealKind,
  ServiceDuty,
  TravelMode,
  TripDirection,
  TripStatus,
} from './logistics.enums.js';
import { READINESS_RULE } from './logistics.rules.js';

@ObjectType({
  implements: Node,
  description:
    'A member unit of the leading group serving the delegation with a duty: a MEMBER_UNIT grant of the unit acts on that duty’s queue (the railway: TICKETING, trips; Commerce: LOGISTICS, rooms and meals).',
})
export class ServiceUnit extends Node {
  delegationId!: string;
  organisationId!: string;

  @Field(() => ServiceDuty, { description: 'The duty the unit serves.' })
  duty!: ServiceDuty;

  @Field(() => DateTimeScalar, { description: 'When it was recorded.' })
  createdAt!: Date;
}

@ObjectType({
  implements: Node,
  description:
    "One trip of an attendee, to the expo (OUTBOUND) or home (RETURN): REQUESTED by the purchaser's organisers, BOOKED and ISSUED by the delegation's TICKETING unit (the railway), or CANCELLED.",
})
export class Trip extends Node {
  delegationId!: string;
  attendeeId!: string;
  subDelegationId!: string;

  @Field(() => String, { description: "The traveller's name, as the ticket bears it." })
  travellerName!: string;

  @Field(() => TripDirection, { description: 'To the expo (OUTBOUND) or home (RETURN).' })
  direction!: TripDirection;

  @Field(() => DateScalar, { description: 'The day of travel (YYYY-MM-DD).' })
  travelDate!: string;

  @Field(() => TravelMode, { description: 'By train or by air.' })
  mode!: TravelMode;

  @Field(() => String, { description: 'The train or flight number (G1234, MU5402).' })
  serviceNumber!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Where the trip starts (station or airport).',
  })
  fromStation!: string | null;

  @Field(() => String, { nullable: true, description: 'Where the trip ends (station or airport).' })
  toStation!: string | null;

  @Field(() => String, { nullable: true, description: 'Set when BOOKED.' })
  seat!: string | null;

  @Field(() => TripStatus, { description: 'Where it stands in its workflow.' })
  status!: TripStatus;

  @Field(() => String, { nullable: true, description: 'Why it was CANCELLED.' })
  cancelReason!: string | null;

  @Field(() => String, { description: 'Who asked for it.' })
  requestedBy!: string;

  @Field(() => String, { nullable: true, description: 'Who booked it.' })
  bookedBy!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was BOOKED.' })
  bookedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Who issued it.' })
  issuedBy!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was ISSUED.' })
  issuedAt!: Date | null;

  @Field(() => Int, { description: 'Changes with every write: pass it back.' })
  version!: number;

  @Field(() => DateTimeScalar, { description: 'When it was recorded.' })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { description: 'When it last changed.' })
  updatedAt!: Date;
}

@ObjectType({ description: "A train's (or flight's) group manifest, as the railway books it." })
export class TrainManifest {
  @Field(() => DateScalar, { description: 'The day of travel (YYYY-MM-DD).' })
  travelDate!: string;

  @Field(() => String, { description: 'The train or flight number, upper case.' })
  serviceNumber!: string;

  @Field(() => Int, { description: 'Travellers on it (trips not CANCELLED).' })
  travellers!: number;

  @Field(() => String, {
    description:
      'XLSX (base64), sheet 团体乘车名单: 序号, 姓名, 单位, 分团, 方向, 日期, 车次, 出发站, 到达站, 座位, 状态.',
  })
  file!: string;

  trips!: Trip[];
  passengers!: ManifestPassenger[];
}

@ObjectType({
  description:
    "A traveller on a train manifest, as the real-name ticket needs: the name and the ID number. The ID number shows in full by the one masking rule: to the delegation's TICKETING units for the trips they book (not CANCELLED), and to those who see the attendee's ID number anyway (the office, …); masked to everyone else. A manifest that shows any in full is audited (trainManifest.exportIdNumbers).",
})
export class ManifestPassenger {
  delegationId!: string;
  purchaserId!: string;
  subDelegationId!: string;
  invitedByOrganisationId!: string;
  /** The delegation's TICKETING units (organisations) while the trip is not CANCELLED. */
  ticketingUnits!: string[];
  tripId!: string;

  @Field(() => Int, { description: 'Its row number on the manifest (序号).' })
  position!: number;

  @Field(() => String, { description: "The traveller's name, as the ticket bears it." })
  name!: string;

  @Field(() => IdentityDocumentNumberScalar, {
    nullable: true,
    description: 'The resident ID or passport number the ticket is issued on (null: not recorded).',
  })
  idNumber!: string | null;
}

@ObjectType({
  implements: Node,
  description:
    "An attendee's admission certificate (证件): APPLIED → ISSUED (only over a passed background check) → COLLECTED; checked in on site.",
})
export class AdmissionCertificate extends Node {
  delegationId!: string;
  attendeeId!: string;

  @Field(() => CertificateStatus, { description: 'Where it stands in its workflow.' })
  status!: CertificateStatus;

  @Field(() => String, { nullable: true, description: "The certificate's number." })
  number!: string | null;

  @Field(() => String, { description: 'Who applied for it.' })
  appliedBy!: string;

  @Field(() => String, { nullable: true, description: 'Who issued it.' })
  issuedBy!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was ISSUED.' })
  issuedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the attendee collected it.' })
  collectedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'On-site check-in: when.' })
  checkedInAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'On-site check-in: where.' })
  checkInPlace!: string | null;

  @Field(() => String, { nullable: true, description: 'Who checked the attendee in.' })
  checkedInBy!: string | null;

  @Field(() => Int, { description: 'Changes with every write: pass it back.' })
  version!: number;

  @Field(() => DateTimeScalar, { description: 'When it was applied for.' })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { description: 'When it last changed.' })
  updatedAt!: Date;
}

@ObjectType({
  implements: Node,
  description: 'Rooms booked at a hotel for a run of nights, at a price per room and night (CNY).',
})
export class RoomBlock extends Node {
  delegationId!: string;

  @Field(() => String, { description: "The hotel's name." })
  hotel!: string;

  @Field(() => String, { nullable: true, description: "The hotel's address." })
  address!: string | null;

  @Field(() => DateScalar, { description: 'The first night (the date it starts on).' })
  firstNight!: string;

  @Field(() => DateScalar, { description: 'The last night, included.' })
  lastNight!: string;

  @Field(() => Int, { description: 'Rooms booked.' })
  roomsBooked!: number;

  @Field(() => DecimalScalar, { description: 'CNY per room and night, exact.' })
  pricePerNight!: string;

  @Field(() => Int, { description: 'Changes with every write.' })
  version!: number;

  @Field(() => DateTimeScalar, { description: 'When it was recorded.' })
  createdAt!: Date;
}

@ObjectType({ implements: Node, description: 'A room of a block, for `capacity` people.' })
export class Room extends Node {
  delegationId!: string;
  blockId!: string;

  @Field(() => String, { description: "The room's number in its hotel." })
  number!: string;

  @Field(() => Int, { description: 'How many people the room sleeps (1 to 20).' })
  capacity!: number;
}

@ObjectType({ implements: Node, description: 'An attendee in a room for one night.' })
export class RoomAssignment extends Node {
  delegationId!: string;
  roomId!: string;
  attendeeId!: string;

  @Field(() => DateScalar, {
    description: 'The night (YYYY-MM-DD) the attendee sleeps in the room.',
  })
  night!: string;

  @Field(() => String, { description: "The attendee's name." })
  attendeeName!: string;

  @Field(() => String, { description: 'Who assigned the room.' })
  assignedBy!: string;

  @Field(() => DateTimeScalar, { description: 'When it was recorded.' })
  createdAt!: Date;
}

@ObjectType({ implements: Node, description: 'A meal arranged for the delegation.' })
export class Meal extends Node {
  delegationId!: string;

  @Field(() => DateScalar, { description: 'The day (YYYY-MM-DD).' })
  day!: string;

  @Field(() => MealKind, { description: 'Breakfast, lunch or dinner.' })
  meal!: MealKind;

  @Field(() => String, { description: 'Where (1 to 200 characters).' })
  place!: string;

  @Field(() => Int, { description: 'How many eat (0 to 100,000).' })
  headcount!: number;

  @Field(() => String, {
    nullable: true,
    description: 'A note for the kitchen or the guests (dietary needs…).',
  })
  note!: string | null;

  @Field(() => Int, { description: 'Changes with every write: pass it back to updateMeal.' })
  version!: number;
}

@ObjectType({ description: `One attendee on the readiness board. ${READINESS_RULE}` })
export class AttendeeReadiness {
  id!: string;
  delegationId!: string;
  purchaserId!: string;
  subDelegationId!: string;

  @Field(() => String, { description: "The attendee's name." })
  name!: string;

  @Field(() => Boolean, { description: 'The latest background check PASSED.' })
  backgroundCheckPassed!: boolean;

  @Field(() => Boolean, { description: 'The admission certificate is ISSUED or COLLECTED.' })
  certificateIssued!: boolean;

  @Field(() => Boolean, { description: 'The OUTBOUND trip is ISSUED.' })
  ticketIssued!: boolean;

  @Field(() => Boolean, { description: 'A room for the first night (the night before opening).' })
  roomAssigned!: boolean;

  @Field(() => Boolean, { description: 'All four.' })
  ready!: boolean;
}

@ObjectType({ description: 'Readiness counts of a group of attendees (a sub-delegation, or all).' })
export class ReadinessCount {
  subDelegationId?: string | null;

  @Field(() => Int, { description: 'How many attendees.' })
  attendees!: number;

  @Field(() => Int, { description: 'How many whose latest background check passed.' })
  backgroundCheckPassed!: number;

  @Field(() => Int, { description: 'How many whose certificate is ISSUED or COLLECTED.' })
  certificateIssued!: number;

  @Field(() => Int, { description: 'How many whose OUTBOUND trip is ISSUED.' })
  ticketIssued!: number;

  @Field(() => Int, { description: 'How many with a room for the first night.' })
  roomAssigned!: number;

  @Field(() => Int, { description: 'How many are ready in all four.' })
  ready!: number;

  @Field(() => Int, { description: 'Attendees not ready.' })
  notReady!: number;
}

@ObjectType({ description: `A delegation's readiness board. ${READINESS_RULE}` })
export class ReadinessBoard {
  delegationId!: string;
}

// ------------------------------------------------------------------------------------- inputs

@InputType({ description: 'A member unit of the delegation made a service unit of a duty.' })
export class AddServiceUnitInput {
  @Field(() => ID, { description: 'The delegation (its global ID).' })
  delegationId!: string;

  @Field(() => ID, { description: 'The organisation of a member unit of the delegation.' })
  organisationId!: string;

  @Field(() => ServiceDuty, { description: 'The duty the unit serves.' })
  duty!: ServiceDuty;
}

@InputType({ description: 'A trip asked for an attendee: REQUESTED.' })
export class RequestTripInput {
  @Field(() => ID, { description: 'The attendee (its global ID).' })
  attendeeId!: string;

  @Field(() => TripDirection, { description: 'To the expo (OUTBOUND) or home (RETURN).' })
  direction!: TripDirection;

  @Field(() => DateScalar, { description: 'The day of travel (YYYY-MM-DD).' })
  travelDate!: Date;

  @Field(() => TravelMode, { description: 'By train or by air.' })
  mode!: TravelMode;

  @Field(() => String, { description: 'Train or flight number: 1 to 8 letters and digits.' })
  serviceNumber!: string;

  @NameText()
  @Field(() => String, {
    nullable: true,
    description: 'Where the trip starts (station or airport).',
  })
  fromStation?: string | null;

  @NameText()
  @Field(() => String, { nullable: true, description: 'Where the trip ends (station or airport).' })
  toStation?: string | null;
}

@InputType({ description: 'The TICKETING unit books a REQUESTED trip: BOOKED, with its seat.' })
export class BookTripInput {
  @Field(() => ID, { description: 'The record (its global ID).' })
  id!: string;

  @Field(() => Int, { description: 'The version you read.' })
  version!: number;

  @Field(() => String, { description: 'Carriage and seat (05车12F).' })
  seat!: string;
}

@InputType({ description: "Issues a BOOKED trip's ticket." })
export class IssueTripInput {
  @Field(() => ID, { description: 'The record (its global ID).' })
  id!: string;

  @Field(() => Int, { description: 'The version you read.' })
  version!: number;
}

@InputType({ description: 'Cancels a trip, saying why.' })
export class CancelTripInput {
  @Field(() => ID, { description: 'The record (its global ID).' })
  id!: string;

  @Field(() => Int, { description: 'The version you read.' })
  version!: number;

  @Field(() => String, { description: 'Why: 1 to 2,000 characters.' })
  reason!: string;
}

@InputType({ description: 'An admission certificate applied for an attendee: APPLIED.' })
export class ApplyCertificateInput {
  @Field(() => ID, { description: 'The attendee (its global ID).' })
  attendeeId!: string;
}

@InputType({
  description: "Issues an APPLIED certificate (only over the attendee's passed background check).",
})
export class IssueCertificateInput {
  @Field(() => ID, { description: 'The record (its global ID).' })
  id!: string;

  @Field(() => Int, { description: 'The version you read.' })
  version!: number;

  @NameText()
  @Field(() => String, { nullable: true, description: "The certificate's number." })
  number?: string | null;
}

@InputType({ description: 'Records that the attendee collected an ISSUED certificate.' })
export class CollectCertificateInput {
  @Field(() => ID, { description: 'The record (its global ID).' })
  id!: string;

  @Field(() => Int, { description: 'The version you read.' })
  version!: number;
}

@InputType({ description: 'On-site check-in of the attendee holding the certificate.' })
export class CheckInAttendeeInput {
  @Field(() => ID, { description: 'The attendee’s certificate (ISSUED or COLLECTED).' })
  id!: string;

  @Field(() => Int, { description: 'The version you read.' })
  version!: number;

  @Field(() => DateTimeScalar, { description: 'When; not in the future.' })
  checkedInAt!: Date;

  @Field(() => String, { description: 'Where (the venue’s gate, the hotel).' })
  place!: string;
}

@InputType({ description: 'Rooms booked in a hotel for a run of nights.' })
export class CreateRoomBlockInput {
  @Field(() => ID, { description: 'The delegation (its global ID).' })
  delegationId!: string;

  @Field(() => String, { description: "The hotel's name." })
  hotel!: string;

  @NameText()
  @Field(() => String, { nullable: true, description: "The hotel's address." })
  address?: string | null;

  @Field(() => DateScalar, { description: 'The first night booked (YYYY-MM-DD).' })
  firstNight!: Date;

  @Field(() => DateScalar, { description: 'The last night, included; not before firstNight.' })
  lastNight!: Date;

  @Field(() => Int, { description: 'Rooms booked: 1 to 10,000.' })
  rooms!: number;

  @Field(() => DecimalScalar, { description: 'CNY per room and night: 0 or more, 2 places.' })
  pricePerNight!: string;
}

@InputType({ description: 'A room added to a room block.' })
export class AddRoomInput {
  @Field(() => ID, { description: 'The room block (its global ID).' })
  blockId!: string;

  @Field(() => String, { description: "The room's number in its hotel (once per block)." })
  number!: string;

  @Field(() => Int, { description: 'People: 1 to 20.' })
  capacity!: number;
}

@InputType({ description: 'An attendee in a room for its nights from firstNight to lastNight.' })
export class AssignRoomInput {
  @Field(() => ID, { description: 'The room (its global ID).' })
  roomId!: string;

  @Field(() => ID, { description: 'The attendee (its global ID).' })
  attendeeId!: string;

  @Field(() => DateScalar, {
    description: "The first night of the stay in the room (within the block's nights).",
  })
  firstNight!: Date;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Included; firstNight alone if left out.',
  })
  lastNight?: Date | null;
}

@InputType({ description: 'A meal arranged for the delegation on a day, at a place.' })
export class ArrangeMealInput {
  @Field(() => ID, { description: 'The delegation (its global ID).' })
  delegationId!: string;

  @Field(() => DateScalar, { description: 'The day (YYYY-MM-DD).' })
  day!: Date;

  @Field(() => MealKind, { description: 'Breakfast, lunch or dinner.' })
  meal!: MealKind;

  @Field(() => String, { description: 'Where (1 to 200 characters).' })
  place!: string;

  @Field(() => Int, { description: '0 to 100,000.' })
  headcount!: number;

  @Field(() => String, {
    nullable: true,
    description: 'A note for the kitchen or the guests (dietary needs…).',
  })
  note?: string | null;
}

@InputType({ description: 'Changes to a meal; only the fields given change.' })
export class UpdateMealInput {
  @Field(() => ID, { description: 'The record (its global ID).' })
  id!: string;

  @Field(() => Int, { description: 'The version you read.' })
  version!: number;

  @NameText()
  @Field(() => String, { nullable: true, description: 'Where (1 to 200 characters).' })
  place?: string | null;

  @Field(() => Int, { nullable: true, description: 'How many eat (0 to 100,000).' })
  headcount?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'A note for the kitchen or the guests (dietary needs…).',
  })
  note?: string | null;
}
