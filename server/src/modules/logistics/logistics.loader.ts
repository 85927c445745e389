import {
  delegationScope,
  purchaserScope,
  serviceQueueScope,
  serviceUnitScope,
} from '../../auth/scope.js';
import { or, sql } from '../../db/sql.js';
import { selectList } from '../../graphql/columns.js';
import { byId, byParent, type Rows } from '../../graphql/loaders.js';
import { ServiceDuty } from './logistics.enums.js';
import { READY_FLAGS, readinessFlags } from './logistics.rules.js';
import type {
  AdmissionCertificate,
  Meal,
  Room,
  RoomAssignment,
  RoomBlock,
  ServiceUnit,
  Trip,
} from './logistics.type.js';

/*
 * Who reads what (auth/scope.ts, one rule each):
 * - service units: as the delegation's structure;
 * - trips: as their attendee's purchaser (the office, bureau and analysts all; a lead, the
 *   inviting unit, the purchaser its own), and all of the delegation's for its TICKETING units;
 * - certificates: as their attendee's purchaser;
 * - room blocks, rooms, room assignments and meals: the delegation's full readers and its
 *   LOGISTICS units.
 */

export const SERVICE_UNITS: Rows = {
  typename: 'ServiceUnit',
  alias: 'sv',
  from: sql`service_unit sv`,
  columns: selectList('service_unit', 'sv', [
    'id',
    'delegationId',
    ['organisationId', sql`sv.organisation_id`, 'uuid'],
    'duty',
    'createdAt',
  ]),
  scope: (viewer) => delegationScope(viewer, sql`sv.delegation_id`),
};

export const TRIPS: Rows = {
  typename: 'Trip',
  alias: 'tr',
  from: sql`trip tr join attendee a on a.id = tr.attendee_id
    join purchaser p on p.id = a.purchaser_id join person pe on pe.id = a.person_id`,
  columns: selectList('trip', 'tr', [
    'id',
    'delegationId',
    'attendeeId',
    ['subDelegationId', sql`p.sub_delegation_id`, 'uuid'],
    ['travellerName', sql`pe.name`, 'text'],
    'direction',
    'travelDate',
    'mode',
    'serviceNumber',
    'fromStation',
    'toStation',
    'seat',
    'status',
    'cancelReason',
    'requestedBy',
    'bookedBy',
    'bookedAt',
    'issuedBy',
    'issuedAt',
    'version',
    'createdAt',
    'updatedAt',
  ]),
  scope: (viewer) =>
    or([
      purchaserScope(viewer, 'p'),
      serviceUnitScope(viewer, ServiceDuty.TICKETING, sql`tr.delegation_id`),
    ]),
};

export const CERTIFICATES: Rows = {
  typename: 'AdmissionCertificate',
  alias: 'ce',
  from: sql`admission_certificate ce join attendee a on a.id = ce.attendee_id
    join purchaser p on p.id = a.purchaser_id`,
  columns: selectList('admission_certificate', 'ce', [
    'id',
    'delegationId',
    'attendeeId',
    'status',
    'number',
    'appliedBy',
    'issuedBy',
    'issuedAt',
    'collectedAt',
    'checkedInAt',
    'checkInPlace',
    'checkedInBy',
    'version',
    'createdAt',
    'updatedAt',
  ]),
  scope: (viewer) => purchaserScope(viewer, 'p'),
};

export const ROOM_BLOCKS: Rows = {
  typename: 'RoomBlock',
  alias: 'rb',
  from: sql`room_block rb`,
  columns: selectList('room_block', 'rb', [
    'id',
    'delegationId',
    'hotel',
    'address',
    'firstNight',
    'lastNight',
    ['roomsBooked', sql`rb.rooms`, 'int'],
    'pricePerNight',
    'version',
    'createdAt',
  ]),
  scope: (viewer) => serviceQueueScope(viewer, ServiceDuty.LOGISTICS, 'rb'),
};

export const ROOMS: Rows = {
  typename: 'Room',
  alias: 'rm',
  from: sql`room rm`,
  columns: selectList('room', 'rm', [
    'id',
    'delegationId',
    ['blockId', sql`rm.block_id`, 'uuid'],
    'number',
    'capacity',
  ]),
  scope: (viewer) => serviceQueueScope(viewer, ServiceDuty.LOGISTICS, 'rm'),
};

export const ROOM_ASSIGNMENTS: Rows = {
  typename: 'RoomAssignment',
  alias: 'rs',
  from: sql`room_assignment rs join attendee a on a.id = rs.attendee_id
    join person pe on pe.id = a.person_id`,
  columns: selectList('room_assignment', 'rs', [
    'id',
    'delegationId',
    ['roomId', sql`rs.room_id`, 'uuid'],
    'attendeeId',
    'night',
    ['attendeeName', sql`pe.name`, 'text'],
    'assignedBy',
    'createdAt',
  ]),
  scope: (viewer) => serviceQueueScope(viewer, ServiceDuty.LOGISTICS, 'rs'),
};

export const MEALS: Rows = {
  typename: 'Meal',
  alias: 'ml',
  from: sql`meal ml`,
  columns: selectList('meal', 'ml', [
    'id',
    'delegationId',
    'day',
    'meal',
    'place',
    'headcount',
    'note',
    'version',
  ]),
  scope: (viewer) => serviceQueueScope(viewer, ServiceDuty.LOGISTICS, 'ml'),
};

/**
 * The readiness board's rows: every attendee, with each item of readiness (logistics.rules.ts)
 * computed in the statement that reads them; read as the attendee's purchaser is.
 */
export const READINESS: Rows = {
  typename: 'AttendeeReadiness',
  alias: 'a',
  from: sql`attendee a join purchaser p on p.id = a.purchaser_id
    join person pe on pe.id = a.person_id ${readinessFlags('a')}`,
  columns: selectList('attendee', 'a', [
    'id',
    'delegationId',
    'purchaserId',
    ['subDelegationId', sql`p.sub_delegation_id`, 'uuid'],
    ['name', sql`pe.name`, 'text'],
    ['backgroundCheckPassed', sql`rd.bg`, 'boolean'],
    ['certificateIssued', sql`rd.certificate`, 'boolean'],
    ['ticketIssued', sql`rd.ticket`, 'boolean'],
    ['roomAssigned', sql`rd.room`, 'boolean'],
    ['ready', READY_FLAGS, 'boolean'],
  ]),
  scope: (viewer) => purchaserScope(viewer, 'p'),
};

export const serviceUnitById = byId<ServiceUnit>('serviceUnitById', SERVICE_UNITS);
export const serviceUnitsByDelegation = byParent<ServiceUnit>(
  'serviceUnitsByDelegation',
  SERVICE_UNITS,
  'delegationId',
  sql`sv.duty, sv.created_at, sv.id`,
);
export const tripById = byId<Trip>('tripById', TRIPS);
export const tripsByAttendee = byParent<Trip>(
  'tripsByAttendee',
  TRIPS,
  'attendeeId',
  sql`tr.travel_date, tr.created_at, tr.id`,
);
export const certificateById = byId<AdmissionCertificate>('certificateById', CERTIFICATES);
export const certificateByAttendee = byParent<AdmissionCertificate>(
  'certificateByAttendee',
  CERTIFICATES,
  'attendeeId',
  sql`ce.id`,
);
export const roomBlockById = byId<RoomBlock>('roomBlockById', ROOM_BLOCKS);
export const roomById = byId<Room>('roomById', ROOMS);
export const roomsByBlock = byParent<Room>('roomsByBlock', ROOMS, 'blockId', sql`rm.number, rm.id`);
export const roomAssignmentById = byId<RoomAssignment>('roomAssignmentById', ROOM_ASSIGNMENTS);
export const assignmentsByRoom = byParent<RoomAssignment>(
  'assignmentsByRoom',
  ROOM_ASSIGNMENTS,
  'roomId',
  sql`rs.night, rs.id`,
);
export const mealById = byId<Meal>('mealById', MEALS);
