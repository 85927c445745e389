import { OrderDirection, type ListSource } from '../../graphql/lists/connection.js';
import {
  CertificateStatus,
  MealKind,
  TravelMode,
  TripDirection,
  TripStatus,
} from './logistics.enums.js';
import { CERTIFICATES, MEALS, READINESS, ROOM_BLOCKS, TRIPS } from './logistics.loader.js';
import { attendeeReady, READINESS_RULE } from './logistics.rules.js';
import { column, sql } from '../../db/sql.js';

const fullReaders = { field: 'delegation' } as const;

/** Trips the viewer reads: by date and train, filtered by status, direction, train… */
export const tripList: ListSource = {
  ...TRIPS,
  spec: {
    name: 'Trip',
    table: 'trip',
    fields: {
      id: { value: { kind: 'id', type: 'Trip' }, column: 'id' },
      delegation: { value: { kind: 'id', type: 'Delegation' }, column: 'delegationId' },
      attendee: { value: { kind: 'id', type: 'Attendee' }, column: 'attendeeId' },
      direction: {
        value: { kind: 'enum', enum: TripDirection, name: 'TripDirection' },
        column: 'direction',
      },
      mode: { value: { kind: 'enum', enum: TravelMode, name: 'TravelMode' }, column: 'mode' },
      status: { value: { kind: 'enum', enum: TripStatus, name: 'TripStatus' }, column: 'status' },
      travelDate: { value: { kind: 'date' }, column: 'travelDate' },
      serviceNumber: { value: { kind: 'string' }, column: 'serviceNumber' },
      createdAt: { value: { kind: 'datetime' }, column: 'createdAt' },
    },
  },
  order: {
    TRAVEL_DATE: 'travelDate',
    SERVICE_NUMBER: 'serviceNumber',
    STATUS: 'status',
    CREATED_AT: 'createdAt',
    ID: 'id',
  },
  defaultOrder: [
    { field: 'TRAVEL_DATE', direction: OrderDirection.ASC },
    { field: 'SERVICE_NUMBER', direction: OrderDirection.ASC },
  ],
  tenant: { ...fullReaders, reads: (viewer) => viewer.fullDelegationIds },
};

/** Admission certificates the viewer reads. */
export const certificateList: ListSource = {
  ...CERTIFICATES,
  spec: {
    name: 'AdmissionCertificate',
    table: 'admission_certificate',
    fields: {
      id: { value: { kind: 'id', type: 'AdmissionCertificate' }, column: 'id' },
      delegation: { value: { kind: 'id', type: 'Delegation' }, column: 'delegationId' },
      attendee: { value: { kind: 'id', type: 'Attendee' }, column: 'attendeeId' },
      status: {
        value: { kind: 'enum', enum: CertificateStatus, name: 'CertificateStatus' },
        column: 'status',
      },
      checkedInAt: { value: { kind: 'datetime' }, column: 'checkedInAt' },
      createdAt: { value: { kind: 'datetime' }, column: 'createdAt' },
    },
  },
  order: { CREATED_AT: 'createdAt', STATUS: 'status', ID: 'id' },
  defaultOrder: [{ field: 'CREATED_AT', direction: OrderDirection.ASC }],
  tenant: { ...fullReaders, reads: (viewer) => viewer.fullDelegationIds },
};

/** Room blocks the viewer reads (the delegation's full readers, its LOGISTICS units). */
export const roomBlockList: ListSource = {
  ...ROOM_BLOCKS,
  spec: {
    name: 'RoomBlock',
    table: 'room_block',
    fields: {
      id: { value: { kind: 'id', type: 'RoomBlock' }, column: 'id' },
      delegation: { value: { kind: 'id', type: 'Delegation' }, column: 'delegationId' },
      hotel: { value: { kind: 'string' }, column: 'hotel' },
      firstNight: { value: { kind: 'date' }, column: 'firstNight' },
      lastNight: { value: { kind: 'date' }, column: 'lastNight' },
      pricePerNight: { value: { kind: 'decimal' }, column: 'pricePerNight' },
    },
  },
  order: { FIRST_NIGHT: 'firstNight', HOTEL: 'hotel', ID: 'id' },
  defaultOrder: [{ field: 'FIRST_NIGHT', direction: OrderDirection.ASC }],
  tenant: { ...fullReaders, reads: (viewer) => viewer.fullDelegationIds },
};

/** Meals the viewer reads (the delegation's full readers, its LOGISTICS units). */
export const mealList: ListSource = {
  ...MEALS,
  spec: {
    name: 'Meal',
    table: 'meal',
    fields: {
      id: { value: { kind: 'id', type: 'Meal' }, column: 'id' },
      delegation: { value: { kind: 'id', type: 'Delegation' }, column: 'delegationId' },
      day: { value: { kind: 'date' }, column: 'day' },
      meal: { value: { kind: 'enum', enum: MealKind, name: 'MealKind' }, column: 'meal' },
      place: { value: { kind: 'string' }, column: 'place' },
      headcount: { value: { kind: 'int' }, column: 'headcount' },
    },
  },
  order: { DAY: 'day', MEAL: 'meal', PLACE: 'place', ID: 'id' },
  defaultOrder: [
    { field: 'DAY', direction: OrderDirection.ASC },
    { field: 'MEAL', direction: OrderDirection.ASC },
  ],
  tenant: { ...fullReaders, reads: (viewer) => viewer.fullDelegationIds },
};

/** The readiness board's rows (attendees), filtered by `notReady` and the rest. */
export const readinessList: ListSource = {
  ...READINESS,
  spec: {
    name: 'AttendeeReadiness',
    table: 'attendee',
    fields: {
      delegation: { value: { kind: 'id', type: 'Delegation' }, column: 'delegationId' },
      subDelegation: {
        value: { kind: 'id', type: 'SubDelegation' },
        column: 'subDelegationId',
        expression: (a) =>
          sql`(select fp.sub_delegation_id from purchaser fp where fp.id = ${column(a, 'purchaser_id')})`,
      },
      purchaser: { value: { kind: 'id', type: 'Purchaser' }, column: 'purchaserId' },
      notReady: {
        value: { kind: 'boolean' },
        column: 'notReady',
        expression: (a) => sql`not ${attendeeReady(a)}`,
        description: `Attendees not ready. ${READINESS_RULE}`,
      },
      name: {
        value: { kind: 'string' },
        column: 'name',
        expression: (a) =>
          sql`(select fpe.name from person fpe where fpe.id = ${column(a, 'person_id')})`,
      },
    },
  },
  order: { NAME: 'name', ID: 'id' },
  defaultOrder: [{ field: 'NAME', direction: OrderDirection.ASC }],
  tenant: { ...fullReaders, reads: (viewer) => viewer.fullDelegationIds },
};
