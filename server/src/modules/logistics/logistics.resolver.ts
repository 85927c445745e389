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
import { sql } from '../../db/sql.js';
import { readsDelegation } from '../trade/trade-scope.js';
import type { Context } from '../../graphql/context.js';
import {
  connectionArgs,
  connectionType,
  listConnection,
  type Connection,
  type ConnectionArgs,
} from '../../graphql/lists/connection.js';
import { grouped } from '../../graphql/lists/grouped.js';
import { rootedAt } from '../../graphql/paths.js';
import { fromGlobalId, toGlobalId, uuidOf } from '../../graphql/relay.js';
import { DateScalar } from '../../graphql/scalars.js';
import { delegationById, subDelegationById } from '../delegation/delegation.loader.js';
import { Delegation, SubDelegation } from '../delegation/delegation.type.js';
import { organisationById } from '../organisation/organisation.loader.js';
import { Organisation } from '../organisation/organisation.type.js';
import { attendeeById } from '../purchaser/purchaser.loader.js';
import { Attendee } from '../purchaser/purchaser.type.js';
import {
  certificateList,
  mealList,
  readinessList,
  roomBlockList,
  tripList,
} from './logistics.list.js';
import {
  assignmentsByRoom,
  certificateByAttendee,
  certificateById,
  mealById,
  roomAssignmentById,
  roomBlockById,
  roomById,
  roomsByBlock,
  serviceUnitById,
  serviceUnitsByDelegation,
  tripById,
  tripsByAttendee,
} from './logistics.loader.js';
import { READY_FLAGS } from './logistics.rules.js';
import {
  addRoom,
  addServiceUnit,
  applyCertificate,
  arrangeMeal,
  assignRoom,
  bookTrip,
  cancelTrip,
  checkInAttendee,
  collectCertificate,
  createRoomBlock,
  issueCertificate,
  issueTrip,
  removeRoomAssignment,
  removeServiceUnit,
  requestTrip,
  trainManifest,
  updateMeal,
} from './logistics.service.js';
import {
  AddRoomInput,
  AddServiceUnitInput,
  AdmissionCertificate,
  ApplyCertificateInput,
  ArrangeMealInput,
  AssignRoomInput,
  AttendeeReadiness,
  BookTripInput,
  CancelTripInput,
  CheckInAttendeeInput,
  CollectCertificateInput,
  CreateRoomBlockInput,
  IssueCertificateInput,
  IssueTripInput,
  Meal,
  ReadinessBoard,
  ReadinessCount,
  RequestTripInput,
  Room,
  RoomAssignment,
  RoomBlock,
  ServiceUnit,
  TrainManifest,
  ManifestPassenger,
  Trip,
  UpdateMealInput,
} from './logistics.type.js';

/** Those who request trips for attendees: the purchaser's organisers (TradeRules.travel). */
const TRAVEL = [Role.DELEGATION_OFFICE, Role.SUB_DELEGATION_LEAD, Role.MEMBER_UNIT, Role.PURCHASER];
/** Those who work a service queue: the office and the service units (MEMBER_UNIT grants). */
const SERVICE = [Role.DELEGATION_OFFICE, Role.MEMBER_UNIT];
const OFFICE = [Role.DELEGATION_OFFICE];

const TripConnection = connectionType(Trip, 'Trip');
const TripArgs = connectionArgs(tripList);
const CertificateConnection = connectionType(AdmissionCertificate, 'AdmissionCertificate');
const CertificateArgs = connectionArgs(certificateList);
const RoomBlockConnection = connectionType(RoomBlock, 'RoomBlock');
const RoomBlockArgs = connectionArgs(roomBlockList);
const MealConnection = connectionType(Meal, 'Meal');
const MealArgs = connectionArgs(mealList);
const ReadinessConnection = connectionType(AttendeeReadiness, 'AttendeeReadiness');
const ReadinessArgs = connectionArgs(readinessList);

@Resolver(() => ServiceUnit)
export class ServiceUnitResolver {
  @Access(OFFICE)
  @Mutation(() => ServiceUnit, {
    description:
      'The office makes a member unit of its delegation a service unit of a duty: its MEMBER_UNIT grant then works that queue (TICKETING: trips; LOGISTICS: rooms and meals).',
  })
  async addServiceUnit(
    @Ctx() ctx: Context,
    @Arg('input', () => AddServiceUnitInput, {
      description: 'What to write; each field says what it takes.',
    })
    input: AddServiceUnitInput,
  ): Promise<ServiceUnit> {
    const command = {
      ...input,
      delegationId: uuidOf(input.delegationId, 'Delegation', 'input.delegationId'),
      organisationId: uuidOf(input.organisationId, 'Organisation', 'input.organisationId'),
    };
    const id = await rootedAt('input', () => addServiceUnit(ctx, command));
    return ctx.loaders.byIdOrNotFound(serviceUnitById, id, 'Service unit');
  }

  @Access(OFFICE)
  @Mutation(() => ID, { description: 'The office ends a service unit’s duty; its ID.' })
  async removeServiceUnit(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The record (its global ID).' }) id: string,
  ): Promise<string> {
    await removeServiceUnit(ctx, uuidOf(id, 'ServiceUnit', 'id'));
    return id;
  }

  @FieldResolver(() => Organisation, { description: 'The member unit (its organisation).' })
  async unit(@Root() row: ServiceUnit, @Ctx() ctx: Context): Promise<Organisation> {
    return ctx.loaders.byIdOrNotFound(organisationById, row.organisationId, 'Organisation');
  }

  @FieldResolver(() => Delegation, { description: 'The delegation.' })
  async delegation(@Root() row: ServiceUnit, @Ctx() ctx: Context): Promise<Delegation> {
    return ctx.loaders.byIdOrNotFound(delegationById, row.delegationId, 'Delegation');
  }
}

@Resolver(() => Delegation)
export class DelegationServiceUnitsResolver {
  @FieldResolver(() => [ServiceUnit], {
    description: 'Its member units’ service duties (who books tickets, who lodges and feeds).',
  })
  serviceUnits(@Root() delegation: Delegation, @Ctx() ctx: Context): Promise<ServiceUnit[]> {
    return ctx.loaders.many(serviceUnitsByDelegation, delegation.id);
  }
}

@Resolver(() => Trip)
export class TripResolver {
  @Access('authenticated')
  @Query(() => Trip, { nullable: true, description: 'A trip you may read.' })
  trip(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The record (its global ID).' }) id: string,
  ): Promise<Trip | null> | null {
    const decoded = fromGlobalId(id, 'Trip');
    return decoded ? ctx.loaders.byId(tripById, decoded.id) : null;
  }

  @Access('authenticated')
  @Query(() => TripConnection, {
    description:
      "Trips you may read (those of the purchasers you read; a TICKETING unit: all of its delegation's), by date and train.",
  })
  trips(
    @Ctx() ctx: Context,
    @Args(() => TripArgs) args: ConnectionArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<Trip & Record<string, unknown>>> {
    return listConnection(ctx, tripList, args, undefined, info);
  }

  @Access([...SERVICE, Role.SUB_DELEGATION_LEAD])
  @Query(() => TrainManifest, {
    description:
      "One train's (or flight's) group manifest of a delegation on a day, for the railway: its trips not CANCELLED you read, by sub-delegation and name, and the XLSX.",
  })
  async trainManifest(
    @Ctx() ctx: Context,
    @Arg('delegationId', () => ID, { description: 'The delegation (its global ID).' })
    delegationId: string,
    @Arg('travelDate', () => DateScalar, { description: 'The day of travel.' }) travelDate: Date,
    @Arg('serviceNumber', () => String, {
      description: 'The train or flight number (any case: z164 is Z164).',
    })
    serviceNumber: string,
  ): Promise<TrainManifest> {
    const id = uuidOf(delegationId, 'Delegation', 'delegationId');
    const manifest = await rootedAt('delegationId', () =>
      trainManifest(ctx, id, travelDate, serviceNumber),
    );
    const trips = await Promise.all(
      manifest.ids.map((t) => ctx.loaders.byIdOrNotFound(tripById, t, 'Trip')),
    );
    return {
      travelDate: manifest.travelDate,
      serviceNumber: manifest.serviceNumber,
      travellers: trips.length,
      file: manifest.file,
      trips,
      passengers: manifest.passengers,
    };
  }

  @Access(TRAVEL)
  @Mutation(() => Trip, {
    description:
      "Asks for an attendee's trip (REQUESTED): the office, a lead of its sub-delegation, the member unit that invited its purchaser, or the purchaser itself. One live trip each way per attendee (CONFLICT at input.direction).",
  })
  async requestTrip(
    @Ctx() ctx: Context,
    @Arg('input', () => RequestTripInput, {
      description: 'What to write; each field says what it takes.',
    })
    input: RequestTripInput,
  ): Promise<Trip> {
    const command = {
      ...input,
      attendeeId: uuidOf(input.attendeeId, 'Attendee', 'input.attendeeId'),
    };
    const id = await rootedAt('input', () => requestTrip(ctx, command));
    return ctx.loaders.byIdOrNotFound(tripById, id, 'Trip');
  }

  @Access(SERVICE)
  @Mutation(() => Trip, {
    description:
      "The delegation's TICKETING unit (the railway) or its office books a REQUESTED trip: BOOKED, with its seat.",
  })
  async bookTrip(
    @Ctx() ctx: Context,
    @Arg('input', () => BookTripInput, {
      description: 'What to write; each field says what it takes.',
    })
    input: BookTripInput,
  ): Promise<Trip> {
    const command = { ...input, id: uuidOf(input.id, 'Trip', 'input.id') };
    const id = await rootedAt('input', () => bookTrip(ctx, command));
    return ctx.loaders.byIdOrNotFound(tripById, id, 'Trip');
  }

  @Access(SERVICE)
  @Mutation(() => Trip, {
    description: 'The TICKETING unit or the office issues a BOOKED trip’s ticket: ISSUED.',
  })
  async issueTrip(
    @Ctx() ctx: Context,
    @Arg('input', () => IssueTripInput, {
      description: 'What to write; each field says what it takes.',
    })
    input: IssueTripInput,
  ): Promise<Trip> {
    const command = { ...input, id: uuidOf(input.id, 'Trip', 'input.id') };
    const id = await rootedAt('input', () => issueTrip(ctx, command));
    return ctx.loaders.byIdOrNotFound(tripById, id, 'Trip');
  }

  @Access(TRAVEL)
  @Mutation(() => Trip, {
    description:
      'Cancels a trip that is not CANCELLED, with a reason: those who request trips, or the TICKETING unit.',
  })
  async cancelTrip(
    @Ctx() ctx: Context,
    @Arg('input', () => CancelTripInput, {
      description: 'What to write; each field says what it takes.',
    })
    input: CancelTripInput,
  ): Promise<Trip> {
    const command = { ...input, id: uuidOf(input.id, 'Trip', 'input.id') };
    const id = await rootedAt('input', () => cancelTrip(ctx, command));
    return ctx.loaders.byIdOrNotFound(tripById, id, 'Trip');
  }

  @FieldResolver(() => Attendee, {
    nullable: true,
    description: 'The attendee, for those who read its purchaser (the railway reads the name).',
  })
  attendee(@Root() trip: Trip, @Ctx() ctx: Context): Promise<Attendee | null> {
    return ctx.loaders.byId(attendeeById, trip.attendeeId);
  }

  @FieldResolver(() => SubDelegation, { nullable: true, description: 'The sub-delegation.' })
  subDelegation(@Root() trip: Trip, @Ctx() ctx: Context): Promise<SubDelegation | null> {
    return ctx.loaders.byId(subDelegationById, trip.subDelegationId);
  }
}

@Resolver(() => TrainManifest)
export class TrainManifestResolver {
  @FieldResolver(() => [Trip], { description: 'Its trips, by sub-delegation and name.' })
  trips(@Root() manifest: TrainManifest): Trip[] {
    return manifest.trips;
  }

  @FieldResolver(() => [ManifestPassenger], {
    description:
      'Its travellers with their ID numbers, as the real-name tickets need them (masked but to the TICKETING units and the ID numbers’ owners), in the order of the XLSX.',
  })
  passengers(@Root() manifest: TrainManifest): ManifestPassenger[] {
    return manifest.passengers;
  }
}

@Resolver(() => ManifestPassenger)
export class ManifestPassengerResolver {
  @FieldResolver(() => Trip, { nullable: true, description: 'The trip.' })
  trip(@Root() passenger: ManifestPassenger, @Ctx() ctx: Context): Promise<Trip | null> {
    return ctx.loaders.byId(tripById, passenger.tripId);
  }
}

@Resolver(() => AdmissionCertificate)
export class AdmissionCertificateResolver {
  @Access('authenticated')
  @Query(() => CertificateConnection, {
    description: 'Admission certificates (证件) of the attendees you read.',
  })
  admissionCertificates(
    @Ctx() ctx: Context,
    @Args(() => CertificateArgs) args: ConnectionArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<AdmissionCertificate & Record<string, unknown>>> {
    return listConnection(ctx, certificateList, args, undefined, info);
  }

  @Access(OFFICE)
  @Mutation(() => AdmissionCertificate, {
    description:
      'The office applies for an attendee’s admission certificate (APPLIED); one per attendee (CONFLICT at input.attendeeId).',
  })
  async applyCertificate(
    @Ctx() ctx: Context,
    @Arg('input', () => ApplyCertificateInput, {
      description: 'What to write; each field says what it takes.',
    })
    input: ApplyCertificateInput,
  ): Promise<AdmissionCertificate> {
    const attendeeId = uuidOf(input.attendeeId, 'Attendee', 'input.attendeeId');
    const id = await rootedAt('input', () => applyCertificate(ctx, attendeeId));
    return ctx.loaders.byIdOrNotFound(certificateById, id, 'Admission certificate');
  }

  @Access(OFFICE)
  @Mutation(() => AdmissionCertificate, {
    description:
      "The office issues an APPLIED certificate (ISSUED): only once the attendee's latest background check PASSED, else INVALID_TRANSITION with extensions.blockers (the database refuses it too).",
  })
  async issueCertificate(
    @Ctx() ctx: Context,
    @Arg('input', () => IssueCertificateInput, {
      description: 'What to write; each field says what it takes.',
    })
    input: IssueCertificateInput,
  ): Promise<AdmissionCertificate> {
    const command = { ...input, id: uuidOf(input.id, 'AdmissionCertificate', 'input.id') };
    const id = await rootedAt('input', () => issueCertificate(ctx, command));
    return ctx.loaders.byIdOrNotFound(certificateById, id, 'Admission certificate');
  }

  @Access(OFFICE)
  @Mutation(() => AdmissionCertificate, {
    description: 'The office records an ISSUED certificate collected (COLLECTED).',
  })
  async collectCertificate(
    @Ctx() ctx: Context,
    @Arg('input', () => CollectCertificateInput, {
      description: 'What to write; each field says what it takes.',
    })
    input: CollectCertificateInput,
  ): Promise<AdmissionCertificate> {
    const command = { ...input, id: uuidOf(input.id, 'AdmissionCertificate', 'input.id') };
    const id = await rootedAt('input', () => collectCertificate(ctx, command));
    return ctx.loaders.byIdOrNotFound(certificateById, id, 'Admission certificate');
  }

  @Access(OFFICE)
  @Mutation(() => AdmissionCertificate, {
    description:
      'On-site check-in of the attendee holding an ISSUED or COLLECTED certificate: when (not in the future) and where.',
  })
  async checkInAttendee(
    @Ctx() ctx: Context,
    @Arg('input', () => CheckInAttendeeInput, {
      description: 'What to write; each field says what it takes.',
    })
    input: CheckInAttendeeInput,
  ): Promise<AdmissionCertificate> {
    const command = { ...input, id: uuidOf(input.id, 'AdmissionCertificate', 'input.id') };
    const id = await rootedAt('input', () => checkInAttendee(ctx, command));
    return ctx.loaders.byIdOrNotFound(certificateById, id, 'Admission certificate');
  }

  @FieldResolver(() => Attendee, {
    nullable: true,
    description: 'The attendee it is for, for those who read its purchaser.',
  })
  attendee(@Root() c: AdmissionCertificate, @Ctx() ctx: Context): Promise<Attendee | null> {
    return ctx.loaders.byId(attendeeById, c.attendeeId);
  }
}

/** An attendee's trips and certificate, read as the attendee is. */
@Resolver(() => Attendee)
export class AttendeeLogisticsResolver {
  @FieldResolver(() => [Trip], { description: 'Its trips, by date.' })
  trips(@Root() attendee: Attendee, @Ctx() ctx: Context): Promise<Trip[]> {
    return ctx.loaders.many(tripsByAttendee, attendee.id);
  }

  @FieldResolver(() => AdmissionCertificate, {
    nullable: true,
    description:
      "The attendee's admission certificate (证件), if applied for; for those who read the attendee.",
  })
  async admissionCertificate(
    @Root() attendee: Attendee,
    @Ctx() ctx: Context,
  ): Promise<AdmissionCertificate | null> {
    const [certificate] = await ctx.loaders.many(certificateByAttendee, attendee.id);
    return certificate ?? null;
  }
}

@Resolver(() => RoomBlock)
export class RoomBlockResolver {
  @Access('authenticated')
  @Query(() => RoomBlockConnection, {
    description: "Hotel room blocks (the delegation's full readers and its LOGISTICS units).",
  })
  roomBlocks(
    @Ctx() ctx: Context,
    @Args(() => RoomBlockArgs) args: ConnectionArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<RoomBlock & Record<string, unknown>>> {
    return listConnection(ctx, roomBlockList, args, undefined, info);
  }

  @Access(SERVICE)
  @Mutation(() => RoomBlock, {
    description:
      'The office or a LOGISTICS unit books rooms at a hotel for a run of nights, at a price per room and night (CNY).',
  })
  async createRoomBlock(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateRoomBlockInput, {
      description: 'What to write; each field says what it takes.',
    })
    input: CreateRoomBlockInput,
  ): Promise<RoomBlock> {
    const command = {
      ...input,
      delegationId: uuidOf(input.delegationId, 'Delegation', 'input.delegationId'),
    };
    const id = await rootedAt('input', () => createRoomBlock(ctx, command));
    return ctx.loaders.byIdOrNotFound(roomBlockById, id, 'Room block');
  }

  @Access(SERVICE)
  @Mutation(() => Room, {
    description:
      'A room of a block: its number unique in the block, no more rooms than it booked (CONFLICT).',
  })
  async addRoom(
    @Ctx() ctx: Context,
    @Arg('input', () => AddRoomInput, {
      description: 'What to write; each field says what it takes.',
    })
    input: AddRoomInput,
  ): Promise<Room> {
    const command = { ...input, blockId: uuidOf(input.blockId, 'RoomBlock', 'input.blockId') };
    const id = await rootedAt('input', () => addRoom(ctx, command));
    return ctx.loaders.byIdOrNotFound(roomById, id, 'Room');
  }

  @Access(SERVICE)
  @Mutation(() => [RoomAssignment], {
    description:
      'An attendee of the delegation in a room for its nights: refused by the database when the attendee has a room on one of them (CONFLICT at input.attendeeId) or the room is full (CONFLICT at input.roomId).',
  })
  async assignRoom(
    @Ctx() ctx: Context,
    @Arg('input', () => AssignRoomInput, {
      description: 'What to write; each field says what it takes.',
    })
    input: AssignRoomInput,
  ): Promise<RoomAssignment[]> {
    const command = {
      ...input,
      roomId: uuidOf(input.roomId, 'Room', 'input.roomId'),
      attendeeId: uuidOf(input.attendeeId, 'Attendee', 'input.attendeeId'),
    };
    const ids = await rootedAt('input', () => assignRoom(ctx, command));
    return Promise.all(
      ids.map((id) => ctx.loaders.byIdOrNotFound(roomAssignmentById, id, 'Room assignment')),
    );
  }

  @Access(SERVICE)
  @Mutation(() => ID, { description: 'Frees an attendee’s room for a night; its ID.' })
  async removeRoomAssignment(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The record (its global ID).' }) id: string,
  ): Promise<string> {
    await removeRoomAssignment(ctx, uuidOf(id, 'RoomAssignment', 'id'));
    return id;
  }

  @FieldResolver(() => [Room], { description: 'The rooms added to it, by number.' })
  rooms(@Root() block: RoomBlock, @Ctx() ctx: Context): Promise<Room[]> {
    return ctx.loaders.many(roomsByBlock, block.id);
  }
}

@Resolver(() => Room)
export class RoomResolver {
  @FieldResolver(() => RoomBlock, { description: 'The room block it belongs to.' })
  block(@Root() room: Room, @Ctx() ctx: Context): Promise<RoomBlock> {
    return ctx.loaders.byIdOrNotFound(roomBlockById, room.blockId, 'Room block');
  }

  @FieldResolver(() => [RoomAssignment], { description: 'Who sleeps here, by night.' })
  assignments(@Root() room: Room, @Ctx() ctx: Context): Promise<RoomAssignment[]> {
    return ctx.loaders.many(assignmentsByRoom, room.id);
  }
}

@Resolver(() => RoomAssignment)
export class RoomAssignmentResolver {
  @FieldResolver(() => Room, { description: 'The room.' })
  room(@Root() a: RoomAssignment, @Ctx() ctx: Context): Promise<Room> {
    return ctx.loaders.byIdOrNotFound(roomById, a.roomId, 'Room');
  }

  @FieldResolver(() => Attendee, { nullable: true, description: 'For those who read it.' })
  attendee(@Root() a: RoomAssignment, @Ctx() ctx: Context): Promise<Attendee | null> {
    return ctx.loaders.byId(attendeeById, a.attendeeId);
  }
}

@Resolver(() => Meal)
export class MealResolver {
  @Access('authenticated')
  @Query(() => MealConnection, {
    description: "Meals arranged (the delegation's full readers and its LOGISTICS units).",
  })
  meals(
    @Ctx() ctx: Context,
    @Args(() => MealArgs) args: ConnectionArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<Meal & Record<string, unknown>>> {
    return listConnection(ctx, mealList, args, undefined, info);
  }

  @Access(SERVICE)
  @Mutation(() => Meal, {
    description:
      'The office or a LOGISTICS unit arranges a meal: a day, a meal, a place, a headcount (one per day, meal and place: CONFLICT at input.place).',
  })
  async arrangeMeal(
    @Ctx() ctx: Context,
    @Arg('input', () => ArrangeMealInput, {
      description: 'What to write; each field says what it takes.',
    })
    input: ArrangeMealInput,
  ): Promise<Meal> {
    const command = {
      ...input,
      delegationId: uuidOf(input.delegationId, 'Delegation', 'input.delegationId'),
    };
    const id = await rootedAt('input', () => arrangeMeal(ctx, command));
    return ctx.loaders.byIdOrNotFound(mealById, id, 'Meal');
  }

  @Access(SERVICE)
  @Mutation(() => Meal, { description: 'Changes a meal’s place, headcount or note.' })
  async updateMeal(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateMealInput, {
      description: 'What to write; each field says what it takes.',
    })
    input: UpdateMealInput,
  ): Promise<Meal> {
    const command = { ...input, id: uuidOf(input.id, 'Meal', 'input.id') };
    const id = await rootedAt('input', () => updateMeal(ctx, command));
    return ctx.loaders.byIdOrNotFound(mealById, id, 'Meal');
  }
}

/** The board's counts, over the rows' flags (readinessFlags, logistics.rules.ts). */
const READINESS_MEASURES = sql`count(*)::int as attendees,
  count(*) filter (where rd.bg)::int as "backgroundCheckPassed",
  count(*) filter (where rd.certificate)::int as "certificateIssued",
  count(*) filter (where rd.ticket)::int as "ticketIssued",
  count(*) filter (where rd.room)::int as "roomAssigned",
  count(*) filter (where ${READY_FLAGS})::int as ready,
  count(*) filter (where not ${READY_FLAGS})::int as "notReady"`;

@Resolver(() => ReadinessBoard)
export class ReadinessBoardResolver {
  @Access([Role.DELEGATION_OFFICE, Role.EXPO_BUREAU, Role.ANALYST, Role.SUB_DELEGATION_LEAD])
  @Query(() => ReadinessBoard, {
    nullable: true,
    description:
      "A delegation's readiness board: per attendee whether background check, certificate, ticket and room are in order, with counts per sub-delegation (a lead: its own sub-delegation's).",
  })
  async readinessBoard(
    @Ctx() ctx: Context,
    @Arg('delegationId', () => ID, { description: 'The delegation (its global ID).' })
    delegationId: string,
  ): Promise<ReadinessBoard | null> {
    const decoded = fromGlobalId(delegationId, 'Delegation');
    if (!decoded) return null;
    return (await readsDelegation(ctx, decoded.id)) ? { delegationId: decoded.id } : null;
  }

  @FieldResolver(() => Delegation, { description: 'The delegation.' })
  delegation(@Root() board: ReadinessBoard, @Ctx() ctx: Context): Promise<Delegation> {
    return ctx.loaders.byIdOrNotFound(delegationById, board.delegationId, 'Delegation');
  }

  @FieldResolver(() => ReadinessConnection, {
    description: 'Its attendees, each item in order or not (filter: { notReady: { eq: true } }).',
  })
  attendees(
    @Root() board: ReadinessBoard,
    @Ctx() ctx: Context,
    @Args(() => ReadinessArgs) args: ConnectionArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<AttendeeReadiness & Record<string, unknown>>> {
    // the board's delegation as the list's tenant filter: a full reader's scope is then the
    // filter itself (listWhere), the caller's filter and-ed under it
    const filter = {
      delegation: { eq: toGlobalId('Delegation', board.delegationId) },
      ...(args.filter ? { and: [args.filter] } : {}),
    };
    return listConnection(ctx, readinessList, { ...args, filter }, undefined, info);
  }

  @FieldResolver(() => [ReadinessCount], {
    description: 'Counts per sub-delegation (one SQL statement over the same rows).',
  })
  bySubDelegation(
    @Root() board: ReadinessBoard,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ReadinessCount[]> {
    return grouped<ReadinessCount>(
      ctx,
      info,
      'ReadinessCount',
      readinessList,
      sql.blank,
      { SUB_DELEGATION: ['subDelegationId', sql`p.sub_delegation_id`] },
      ['SUB_DELEGATION'],
      { delegation: { eq: toGlobalId('Delegation', board.delegationId) } },
      READINESS_MEASURES,
    );
  }

  @FieldResolver(() => ReadinessCount, { description: 'Counts over all its attendees you read.' })
  async total(
    @Root() board: ReadinessBoard,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ReadinessCount> {
    const [all] = await grouped<ReadinessCount>(
      ctx,
      info,
      'ReadinessCount',
      readinessList,
      sql.blank,
      {},
      [],
      { delegation: { eq: toGlobalId('Delegation', board.delegationId) } },
      READINESS_MEASURES,
    );
    return all!;
  }
}

@Resolver(() => AttendeeReadiness)
export class AttendeeReadinessResolver {
  @FieldResolver(() => Attendee, {
    nullable: true,
    description: 'The attendee, for those who read it.',
  })
  attendee(@Root() row: AttendeeReadiness, @Ctx() ctx: Context): Promise<Attendee | null> {
    return ctx.loaders.byId(attendeeById, row.id);
  }

  @FieldResolver(() => SubDelegation, { nullable: true, description: 'The sub-delegation.' })
  subDelegation(
    @Root() row: AttendeeReadiness,
    @Ctx() ctx: Context,
  ): Promise<SubDelegation | null> {
    return ctx.loaders.byId(subDelegationById, row.subDelegationId);
  }
}

@Resolver(() => ReadinessCount)
export class ReadinessCountResolver {
  @FieldResolver(() => SubDelegation, { nullable: true, description: 'The sub-delegation.' })
  subDelegation(
    @Root() row: ReadinessCount,
    @Ctx() ctx: Context,
  ): Promise<SubDelegation | null> | null {
    return row.subDelegationId ? ctx.loaders.byId(subDelegationById, row.subDelegationId) : null;
  }
}

export const logisticsResolvers = [
  ServiceUnitResolver,
  DelegationServiceUnitsResolver,
  TripResolver,
  TrainManifestResolver,
  ManifestPassengerResolver,
  AdmissionCertificateResolver,
  AttendeeLogisticsResolver,
  RoomBlockResolver,
  RoomResolver,
  RoomAssignmentResolver,
  MealResolver,
  ReadinessBoardResolver,
  AttendeeReadinessResolver,
  ReadinessCountResolver,
] as const;
