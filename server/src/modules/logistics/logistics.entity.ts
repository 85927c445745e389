import { randomUUID } from 'node:crypto';
import {
  Entity,
  Enum,
  Index,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/core';
import type { Opt, Ref } from '@mikro-orm/core';
import { Delegation } from '../delegation/delegation.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Attendee } from '../purchaser/attendee.entity.js';
import {
  CertificateStatus,
  MealKind,
  ServiceDuty,
  TravelMode,
  TripDirection,
  TripStatus,
} from './logistics.enums.js';

/*
 * The delegation on the move. Every row's references stay in its delegation by composite foreign
 * keys (the migration, Migration20261207010003_logistics); the workflows and the room rules are
 * held by its triggers too.
 */

const delegationOf = (table: string) =>
  ManyToOne(() => Delegation, {
    ref: true,
    fieldName: 'delegation_id',
    foreignKeyName: `${table}_delegation_id_fkey`,
    deleteRule: 'cascade',
    updateRule: 'no action',
  });

/** A member unit of the leading group serving one duty: its MEMBER_UNIT grant acts on that queue. */
@Entity({ tableName: 'service_unit' })
@Unique({
  name: 'service_unit_delegation_id_organisation_id_duty_key',
  properties: ['delegation', 'organisation', 'duty'],
})
@Index({ name: 'service_unit_duty_idx', properties: ['delegation', 'duty'] })
export class ServiceUnit {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string = randomUUID();

  @delegationOf('service_unit')
  delegation!: Ref<Delegation>;

  /** A member unit of the delegation, by its organisation (composite FK to member_unit). */
  @ManyToOne(() => Organisation, {
    ref: true,
    fieldName: 'organisation_id',
    createForeignKeyConstraint: false,
  })
  organisation!: Ref<Organisation>;

  @Enum({ items: () => ServiceDuty, type: 'string' })
  duty!: ServiceDuty;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

/** One trip of an attendee, to the expo or home: REQUESTED → BOOKED → ISSUED, or CANCELLED. */
@Entity({ tableName: 'trip' })
@Unique({
  name: 'trip_one_live_per_direction',
  expression:
    "create unique index trip_one_live_per_direction on trip (attendee_id, direction, delegation_id) where status <> 'CANCELLED'",
})
@Index({ name: 'trip_attendee_idx', properties: ['attendee'] })
@Index({ name: 'trip_train_idx', properties: ['delegation', 'travelDate', 'serviceNumber'] })
export class Trip {
  [OptionalProps]?: 'status' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string = randomUUID();

  @delegationOf('trip')
  delegation!: Ref<Delegation>;

  @ManyToOne(() => Attendee, {
    ref: true,
    fieldName: 'attendee_id',
    createForeignKeyConstraint: false,
  })
  attendee!: Ref<Attendee>;

  @Enum({ items: () => TripDirection, type: 'string' })
  direction!: TripDirection;

  @Property({ type: 'date' })
  travelDate!: string;

  @Enum({ items: () => TravelMode, type: 'string' })
  mode!: TravelMode;

  /** The train or flight number (G1234, MU5402). */
  @Property({ type: 'text' })
  serviceNumber!: string;

  @Property({ type: 'text', nullable: true })
  fromStation: string | null = null;

  @Property({ type: 'text', nullable: true })
  toStation: string | null = null;

  @Property({ type: 'text', nullable: true })
  seat: string | null = null;

  @Enum({ items: () => TripStatus, type: 'string' })
  status: TripStatus = TripStatus.REQUESTED;

  @Property({ type: 'text', nullable: true })
  cancelReason: string | null = null;

  @Property({ type: 'text' })
  requestedBy!: string;

  @Property({ type: 'text', nullable: true })
  bookedBy: string | null = null;

  @Property({ type: 'Date', nullable: true })
  bookedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  issuedBy: string | null = null;

  @Property({ type: 'Date', nullable: true })
  issuedAt: Date | null = null;

  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'Date', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** An attendee's admission certificate (证件): APPLIED → ISSUED → COLLECTED; on-site check-in. */
@Entity({ tableName: 'admission_certificate' })
@Unique({ name: 'admission_certificate_attendee_id_key', properties: ['attendee', 'delegation'] })
export class AdmissionCertificate {
  [OptionalProps]?: 'status' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string = randomUUID();

  @delegationOf('admission_certificate')
  delegation!: Ref<Delegation>;

  @ManyToOne(() => Attendee, {
    ref: true,
    fieldName: 'attendee_id',
    createForeignKeyConstraint: false,
  })
  attendee!: Ref<Attendee>;

  @Enum({ items: () => CertificateStatus, type: 'string' })
  status: CertificateStatus = CertificateStatus.APPLIED;

  @Property({ type: 'text', nullable: true })
  number: string | null = null;

  @Property({ type: 'text' })
  appliedBy!: string;

  @Property({ type: 'text', nullable: true })
  issuedBy: string | null = null;

  @Property({ type: 'Date', nullable: true })
  issuedAt: Date | null = null;

  @Property({ type: 'Date', nullable: true })
  collectedAt: Date | null = null;

  @Property({ type: 'Date', nullable: true })
  checkedInAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  checkInPlace: string | null = null;

  @Property({ type: 'text', nullable: true })
  checkedInBy: string | null = null;

  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'Date', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** Rooms booked at a hotel for a run of nights, at a price per room and night in CNY. */
@Entity({ tableName: 'room_block' })
@Index({ name: 'room_block_delegation_idx', properties: ['delegation', 'firstNight'] })
export class RoomBlock {
  [OptionalProps]?: 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string = randomUUID();

  @delegationOf('room_block')
  delegation!: Ref<Delegation>;

  @Property({ type: 'text' })
  hotel!: string;

  @Property({ type: 'text', nullable: true })
  address: string | null = null;

  /** The first night (the date the night starts on). */
  @Property({ type: 'date' })
  firstNight!: string;

  /** The last night, included. */
  @Property({ type: 'date' })
  lastNight!: string;

  @Property({ type: 'integer' })
  rooms!: number;

  /** numeric(12, 2), CNY, kept as a decimal string. */
  @Property({ type: 'decimal', precision: 12, scale: 2 })
  pricePerNight!: string;

  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'Date', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** A room of a block, for `capacity` people. */
@Entity({ tableName: 'room' })
@Unique({ name: 'room_block_id_number_key', properties: ['block', 'number', 'delegation'] })
export class Room {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string = randomUUID();

  @delegationOf('room')
  delegation!: Ref<Delegation>;

  @ManyToOne(() => RoomBlock, {
    ref: true,
    fieldName: 'block_id',
    createForeignKeyConstraint: false,
  })
  block!: Ref<RoomBlock>;

  @Property({ type: 'text' })
  number!: string;

  @Property({ type: 'integer' })
  capacity!: number;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

/** An attendee in a room for one night. */
@Entity({ tableName: 'room_assignment' })
@Unique({
  name: 'room_assignment_attendee_id_night_key',
  properties: ['attendee', 'night', 'delegation'],
})
@Index({ name: 'room_assignment_room_night_idx', properties: ['room', 'night'] })
export class RoomAssignment {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string = randomUUID();

  @delegationOf('room_assignment')
  delegation!: Ref<Delegation>;

  @ManyToOne(() => Room, { ref: true, fieldName: 'room_id', createForeignKeyConstraint: false })
  room!: Ref<Room>;

  @ManyToOne(() => Attendee, {
    ref: true,
    fieldName: 'attendee_id',
    createForeignKeyConstraint: false,
  })
  attendee!: Ref<Attendee>;

  @Property({ type: 'date' })
  night!: string;

  @Property({ type: 'text' })
  assignedBy!: string;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

/** A meal arranged for the delegation on a day, at a place, for a headcount. */
@Entity({ tableName: 'meal' })
@Unique({
  name: 'meal_delegation_id_day_meal_place_key',
  properties: ['delegation', 'day', 'meal', 'place'],
})
export class Meal {
  [OptionalProps]?: 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string = randomUUID();

  @delegationOf('meal')
  delegation!: Ref<Delegation>;

  @Property({ type: 'date' })
  day!: string;

  @Enum({ items: () => MealKind, type: 'string' })
  meal!: MealKind;

  @Property({ type: 'text' })
  place!: string;

  @Property({ type: 'integer' })
  headcount!: number;

  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'Date', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
