import {
  forbidden,
  requireInDelegation,
  requireMayTradeFor,
  TradeRules,
} from '../../auth/policy.js';
import { ContactKind, seesContact, shownContact } from '../../auth/masking.js';
import { Role } from '../../auth/roles.js';
import { delegationScope, serviceQueueScope, serviceWriterScope } from '../../auth/scope.js';
import { and, sql, type SQL } from '../../db/sql.js';
import { AppError, badInput, ErrorCode, notFound } from '../../graphql/errors.js';
import { audit } from '../audit/audit.service.js';
import { contactOwners } from '../contact-owners.js';
import { writeSheet } from '../purchaser/purchaser.sheet.js';
import { inTransaction, requireVersion, type Versioned } from '../shared/transaction.js';
import { decimalArg } from '../trade/money.js';
import {
  invalidTransition,
  isoDate,
  requireDelegation,
  TRADING,
  scopedTradeRow,
  type TradeContext,
  type TradeParty,
} from '../trade/trade-scope.js';
import { CertificateStatus, ServiceDuty, TripStatus } from './logistics.enums.js';
import { CERTIFICATES, TRIPS } from './logistics.loader.js';
import {
  AdmissionCertificate,
  Meal,
  Room,
  RoomAssignment,
  RoomBlock,
  ServiceUnit,
  Trip,
} from './logistics.entity.js';
import {
  allowedFrom,
  backgroundCheckPassed,
  CERTIFICATE_ISSUED,
  CERTIFICATE_NEXT,
  TRIP_NEXT,
} from './logistics.rules.js';
import type {
  AddRoomInput,
  AddServiceUnitInput,
  ArrangeMealInput,
  BookTripInput,
  CancelTripInput,
  CheckInAttendeeInput,
  CollectCertificateInput,
  IssueCertificateInput,
  IssueTripInput,
  RequestTripInput,
  UpdateMealInput,
} from './logistics.type.js';
import { msg } from '../../i18n/message.js';

/*
 * Travel, admission certificates, lodging and meals. Services speak uuids (the resolvers decode
 * global IDs) and name fields relative to their input (the resolvers root them at `input`).
 * Each write reads the record it names in the viewer's read scope first (NOT_FOUND otherwise),
 * then asks who may write it (FORBIDDEN), checks every input, and writes in one transaction with
 * its audit event. Who works a service queue is one rule (`serviceWriterScope`, auth/scope.ts):
 * the delegation's office, and its service units of that duty (MEMBER_UNIT grants).
 */

type Ctx = TradeContext;
type Dateish = Date | string;

const OFFICE = [Role.DELEGATION_OFFICE];

// ------------------------------------------------------------------------------ shared checks

/** Whether the viewer works the delegation's `duty` queue: its office, or a service unit of it. */
export async function serves(ctx: Ctx, duty: ServiceDuty, delegationId: string): Promise<boolean> {
  const [row] = await ctx.query<{ may: boolean }>(
    sql`select ${serviceWriterScope(ctx.viewer, duty, sql`${sql.value(delegationId)}::uuid`, OFFICE)} as may`,
  );
  return row?.may === true;
}

/** {@link serves}, else FORBIDDEN. */
export async function requireServes(
  ctx: Ctx,
  duty: ServiceDuty,
  delegationId: string,
  what: string,
): Promise<void> {
  if (!(await serves(ctx, duty, delegationId)))
    throw forbidden(msg`Only the office or a ${duty} service unit of this delegation may ${what}`);
}

export function cleanText(value: string | null | undefined, field: string, max: number): string {
  const text = value?.trim() ?? '';
  if (text.length < 1 || text.length > max)
    throw badInput(field, msg`${field} must have 1 to ${max} characters`);
  return text;
}

export function cleanOptionalText(value: string | null | undefined, field: string, max: number) {
  const text = value?.trim() || null;
  if (text && text.length > max)
    throw badInput(field, msg`${field} must have at most ${max} characters`);
  return text;
}

function intBetween(value: number, field: string, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max)
    throw badInput(field, msg`${field} must be between ${min} and ${max}`);
  return value;
}

/** `YYYY-MM-DD` plus `days`. */
function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** What a database error of a write means for the client (by SQLSTATE and constraint). */
function dbRefusal(error: unknown): AppError | undefined {
  const { code, constraint } = error as { code?: string; constraint?: string };
  switch (`${code}:${constraint}`) {
    case '23505:trip_one_live_per_direction':
      return new AppError(
        ErrorCode.CONFLICT,
        msg`The attendee has a trip this way already (cancel it first)`,
        { field: 'direction' },
      );
    case '23505:admission_certificate_attendee_id_key':
      return new AppError(ErrorCode.CONFLICT, msg`The attendee has a certificate already`, {
        field: 'attendeeId',
      });
    case '23514:admission_certificate_background_check':
      return noPassedCheck();
    case '23505:service_unit_delegation_id_organisation_id_duty_key':
      return new AppError(ErrorCode.CONFLICT, msg`The unit serves this duty already`, {
        field: 'duty',
      });
    case '23505:room_block_id_number_key':
      return new AppError(ErrorCode.CONFLICT, msg`The block has a room of this number`, {
        field: 'number',
      });
    case '23514:room_within_block':
      return new AppError(ErrorCode.CONFLICT, msg`The block has all the rooms it booked`, {
        field: 'blockId',
      });
    case '23505:room_assignment_attendee_id_night_key':
      return new AppError(ErrorCode.CONFLICT, msg`The attendee has a room on one of these nights`, {
        field: 'attendeeId',
      });
    case '23P01:room_assignment_capacity':
      return new AppError(ErrorCode.CONFLICT, msg`The room is full on one of these nights`, {
        field: 'roomId',
      });
    case '23514:room_assignment_night_in_block':
      return badInput('firstNight', msg`A night is outside the room block's nights`);
    case '23505:meal_delegation_id_day_meal_place_key':
      return new AppError(ErrorCode.CONFLICT, msg`This meal is arranged at this place already`, {
        field: 'place',
      });
  }
  return undefined;
}

function noPassedCheck(): AppError {
  return new AppError(
    ErrorCode.INVALID_TRANSITION,
    msg`Cannot issue the certificate: the attendee's latest background check has not PASSED`,
    { field: 'id', blockers: ['no passed background check'] },
  );
}

const tx = <T>(ctx: Ctx, at: Versioned, work: Parameters<typeof inTransaction<T>>[2]) =>
  inTransaction<T>(ctx.em(), { ...at, mapError: dbRefusal }, work);

// ------------------------------------------------------------------------------ service units

/** The office makes a member unit of its delegation a service unit of `duty`. */
export async function addServiceUnit(ctx: Ctx, input: AddServiceUnitInput): Promise<string> {
  const { delegationId, organisationId, duty } = input;
  await requireDelegation(ctx, delegationId);
  requireInDelegation(ctx.viewer, delegationId, OFFICE, 'set service units');
  const [unit] = await ctx.query<{ id: string }>(
    sql`select id from member_unit where delegation_id = ${sql.value(delegationId)}::uuid
      and organisation_id = ${sql.value(organisationId)}::uuid`,
  );
  if (!unit) throw notFound('Member unit', organisationId);
  return tx(ctx, { what: 'The service unit', field: 'duty' }, async (em) => {
    const row = em.create(ServiceUnit, {
      delegation: delegationId,
      organisation: organisationId,
      duty,
    });
    audit(em, {
      actor: ctx.viewer.actor,
      action: 'serviceUnit.add',
      entityType: 'ServiceUnit',
      entityId: row.id,
      delegationId,
      after: { organisationId, duty },
    });
    return row.id;
  });
}

export async function removeServiceUnit(ctx: Ctx, id: string): Promise<void> {
  const [row] = await ctx.query<{ delegationId: string; organisationId: string; duty: string }>(
    sql`select sv.delegation_id as "delegationId", sv.organisation_id as "organisationId", sv.duty
      from service_unit sv where ${and([
        sql`sv.id = ${sql.value(id)}::uuid`,
        delegationScope(ctx.viewer, sql`sv.delegation_id`),
      ])}`,
  );
  if (!row) throw notFound('Service unit', id);
  requireInDelegation(ctx.viewer, row.delegationId, OFFICE, 'remove service units');
  await tx(ctx, { what: 'The service unit', field: 'id' }, async (em) => {
    em.remove(em.getReference(ServiceUnit, id));
    audit(em, {
      actor: ctx.viewer.actor,
      action: 'serviceUnit.remove',
      entityType: 'ServiceUnit',
      entityId: id,
      delegationId: row.delegationId,
      before: { organisationId: row.organisationId, duty: row.duty },
    });
  });
}

// ------------------------------------------------------------------------------------- travel

/** An attendee the viewer reads (as its purchaser), with its purchaser's party; else NOT_FOUND. */
function scopedAttendee(
  ctx: Ctx,
  attendeeId: string,
): Promise<TradeParty & { attendeeId: string }> {
  return scopedTradeRow<{ attendeeId: string }>(
    ctx,
    'attendee',
    attendeeId,
    'Attendee',
    sql`t.id as "attendeeId"`,
  );
}

/** Trips and certificates are for the attendees of purchasers admitted to the expo. */
function requireAdmitted(party: Pick<TradeParty, 'status'>): void {
  if (!TRADING.includes(party.status))
    throw badInput(
      'attendeeId',
      msg`The attendee's purchaser is ${party.status}: trips and certificates are for attendees of ${TRADING.join(' or ')} purchasers`,
    );
}

const SERVICE_NUMBER = /^[A-Z0-9]{1,8}$/;

/** A trip asked for an attendee: its purchaser's organisers (TradeRules.travel). */
export async function requestTrip(
  ctx: Ctx,
  input: Omit<RequestTripInput, 'travelDate'> & { travelDate: Dateish },
): Promise<string> {
  const party = await scopedAttendee(ctx, input.attendeeId);
  requireMayTradeFor(ctx.viewer, party, 'request trips for its attendees', TradeRules.travel);
  requireAdmitted(party);
  const serviceNumber = input.serviceNumber.trim().toUpperCase().replace(/\s+/g, '');
  if (!SERVICE_NUMBER.test(serviceNumber))
    throw badInput(
      'serviceNumber',
      msg`serviceNumber is 1 to 8 letters and digits (G1234, MU5402)`,
    );
  const fromStation = cleanOptionalText(input.fromStation, 'fromStation', 100);
  const toStation = cleanOptionalText(input.toStation, 'toStation', 100);
  const travelDate = isoDate(input.travelDate);
  return tx(ctx, { what: 'The trip', field: 'attendeeId' }, async (em) => {
    const trip = em.create(Trip, {
      delegation: party.delegationId,
      attendee: input.attendeeId,
      direction: input.direction,
      travelDate,
      mode: input.mode,
      serviceNumber,
      fromStation,
      toStation,
      requestedBy: ctx.viewer.actor,
    });
    audit(em, {
      actor: ctx.viewer.actor,
      action: 'trip.request',
      entityType: 'Trip',
      entityId: trip.id,
      delegationId: party.delegationId,
      after: {
        attendeeId: input.attendeeId,
        direction: input.direction,
        travelDate,
        mode: input.mode,
        serviceNumber,
      },
    });
    return trip.id;
  });
}

/** A trip the viewer reads (as `trips` lists it), with its attendee's purchaser; else NOT_FOUND. */
async function scopedTrip(ctx: Ctx, id: string) {
  const [row] = await ctx.query<TradeParty & { delegationId: string }>(
    sql`select p.id as "purchaserId", tr.delegation_id as "delegationId",
        p.sub_delegation_id as "subDelegationId", p.organisation_id as "organisationId", p.status,
        p.invited_by_organisation_id as "invitedByOrganisationId"
      from ${TRIPS.from}
      where ${and([sql`tr.id = ${sql.value(id)}::uuid`, TRIPS.scope(ctx.viewer)])}`,
  );
  if (!row) throw notFound('Trip', id);
  return row;
}

function moveTrip(trip: Trip, to: TripStatus, verb: string): TripStatus {
  const from = trip.status;
  if (!TRIP_NEXT[from].includes(to))
    throw invalidTransition(verb, 'a trip', from, { allowedFrom: allowedFrom(TRIP_NEXT, to) });
  trip.status = to;
  return from;
}

/** The TICKETING unit (or the office) books a REQUESTED trip, with its seat. */
export async function bookTrip(ctx: Ctx, input: BookTripInput): Promise<string> {
  const { delegationId } = await scopedTrip(ctx, input.id);
  await requireServes(ctx, ServiceDuty.TICKETING, delegationId, 'book trips');
  const seat = cleanText(input.seat, 'seat', 100);
  const at = { what: 'The trip', field: 'version' };
  return tx(ctx, at, async (em) => {
    const trip = await em.findOneOrFail(Trip, { id: input.id });
    requireVersion(trip, input.version, at);
    const from = moveTrip(trip, TripStatus.BOOKED, 'book');
    trip.seat = seat;
    trip.bookedBy = ctx.viewer.actor;
    trip.bookedAt = new Date();
    audit(em, {
      actor: ctx.viewer.actor,
      action: 'trip.book',
      entityType: 'Trip',
      entityId: trip.id,
      delegationId,
      before: { status: from },
      after: { status: trip.status, seat },
    });
    return trip.id;
  });
}

/** The TICKETING unit (or the office) issues a BOOKED trip's ticket. */
export async function issueTrip(ctx: Ctx, input: IssueTripInput): Promise<string> {
  const { delegationId } = await scopedTrip(ctx, input.id);
  await requireServes(ctx, ServiceDuty.TICKETING, delegationId, 'issue tickets');
  const at = { what: 'The trip', field: 'version' };
  return tx(ctx, at, async (em) => {
    const trip = await em.findOneOrFail(Trip, { id: input.id });
    requireVersion(trip, input.version, at);
    const from = moveTrip(trip, TripStatus.ISSUED, 'issue');
    trip.issuedBy = ctx.viewer.actor;
    trip.issuedAt = new Date();
    audit(em, {
      actor: ctx.viewer.actor,
      action: 'trip.issue',
      entityType: 'Trip',
      entityId: trip.id,
      delegationId,
      before: { status: from },
      after: { status: trip.status },
    });
    return trip.id;
  });
}

/** Cancels a trip: those who request it (TradeRules.travel), or the TICKETING unit. */
export async function cancelTrip(ctx: Ctx, input: CancelTripInput): Promise<string> {
  const party = await scopedTrip(ctx, input.id);
  if (!(await serves(ctx, ServiceDuty.TICKETING, party.delegationId)))
    requireMayTradeFor(ctx.viewer, party, 'cancel trips', TradeRules.travel);
  const reason = cleanText(input.reason, 'reason', 2000);
  const at = { what: 'The trip', field: 'version' };
  return tx(ctx, at, async (em) => {
    const trip = await em.findOneOrFail(Trip, { id: input.id });
    requireVersion(trip, input.version, at);
    const from = moveTrip(trip, TripStatus.CANCELLED, 'cancel');
    trip.cancelReason = reason;
    audit(em, {
      actor: ctx.viewer.actor,
      action: 'trip.cancel',
      entityType: 'Trip',
      entityId: trip.id,
      delegationId: party.delegationId,
      before: { status: from },
      after: { status: trip.status, reason },
    });
    return trip.id;
  });
}

interface ManifestRow {
  id: string;
  travellerName: string;
  idNumber: string | null;
  delegationId: string;
  purchaserId: string;
  subDelegationId: string;
  invitedByOrganisationId: string;
  ticketingUnits: string[];
  organisationZh: string;
  subDelegationZh: string;
  direction: string;
  travelDate: string;
  serviceNumber: string;
  fromStation: string | null;
  toStation: string | null;
  seat: string | null;
  status: string;
}

const MANIFEST_HEADERS = [
  '序号',
  '姓名',
  '证件号码',
  '单位',
  '分团',
  '方向',
  '日期',
  '车次',
  '出发站',
  '到达站',
  '座位',
  '状态',
];

/** A manifest's passenger (its owner columns for the masking rule, and its row number). */
export type ManifestPassengerRow = Omit<ManifestRow, 'id'> & {
  tripId: string;
  position: number;
  name: string;
};

/**
 * The group manifest of one train (or flight) of a delegation on a day: its trips not
 * CANCELLED that the viewer reads (the TICKETING unit and the office: all), by name, as XLSX.
 * Tickets are real-name: each traveller's ID number is on it, shown as the one masking rule
 * shows it to the viewer (auth/masking.ts: in full to the TICKETING units for the trips they
 * book). A manifest that shows any ID number in full is audited: who, when, which train.
 */
export async function trainManifest(
  ctx: Ctx,
  delegationId: string,
  travelDate: Dateish,
  serviceNumber: string,
): Promise<{
  travelDate: string;
  serviceNumber: string;
  ids: string[];
  file: string;
  passengers: ManifestPassengerRow[];
}> {
  await requireDelegation(ctx, delegationId);
  const day = isoDate(travelDate);
  const number = serviceNumber.trim().toUpperCase();
  const rows = await ctx.query<ManifestRow>(
    sql`select tr.id, pe.name as "travellerName", pe.id_number as "idNumber",
        tr.delegation_id as "delegationId", p.id as "purchaserId",
        p.sub_delegation_id as "subDelegationId",
        p.invited_by_organisation_id as "invitedByOrganisationId",
        array(select su.organisation_id from service_unit su
          where su.delegation_id = tr.delegation_id
            and su.duty = ${sql.value(ServiceDuty.TICKETING)} order by 1) as "ticketingUnits",
        o.name_zh as "organisationZh",
        s.name_zh as "subDelegationZh", tr.direction, tr.travel_date::text as "travelDate",
        tr.service_number as "serviceNumber", tr.from_station as "fromStation",
        tr.to_station as "toStation", tr.seat, tr.status
      from ${TRIPS.from}
        join organisation o on o.id = p.organisation_id
        join sub_delegation s on s.id = p.sub_delegation_id
      where ${and([
        sql`tr.delegation_id = ${sql.value(delegationId)}::uuid`,
        sql`tr.travel_date = ${sql.value(day)}::date`,
        sql`tr.service_number = ${sql.value(number)}`,
        sql`tr.status <> ${sql.value(TripStatus.CANCELLED)}`,
        TRIPS.scope(ctx.viewer),
      ])}
      order by s.position, pe.name, tr.id`,
  );
  const passengers = rows.map(({ id, ...r }, i) => ({
    ...r,
    tripId: id,
    position: i + 1,
    name: r.travellerName,
  }));
  const idNumber = (p: ManifestPassengerRow) =>
    shownContact(
      ctx.viewer,
      contactOwners.ManifestPassenger(p),
      ContactKind.IDENTITY_DOCUMENT_NUMBER,
      p.idNumber,
    );
  const inFull = passengers.filter(
    (p) =>
      p.idNumber !== null &&
      seesContact(
        ctx.viewer,
        contactOwners.ManifestPassenger(p),
        ContactKind.IDENTITY_DOCUMENT_NUMBER,
      ),
  );
  if (inFull.length > 0) {
    await inTransaction(ctx.em(), { what: 'The manifest', field: 'delegationId' }, async (em) => {
      audit(em, {
        actor: ctx.viewer.actor,
        action: 'trainManifest.exportIdNumbers',
        entityType: 'Delegation',
        entityId: delegationId,
        delegationId,
        after: {
          travelDate: day,
          serviceNumber: number,
          idNumbers: inFull.length,
          tripIds: inFull.map((p) => p.tripId),
        },
      });
    });
  }
  const file = await writeSheet(
    '团体乘车名单',
    MANIFEST_HEADERS,
    passengers.map((r, i) => [
      i + 1,
      r.travellerName,
      idNumber(r),
      r.organisationZh,
      r.subDelegationZh,
      r.direction,
      r.travelDate,
      r.serviceNumber,
      r.fromStation,
      r.toStation,
      r.seat,
      r.status,
    ]),
  );
  return {
    travelDate: day,
    serviceNumber: number,
    ids: rows.map((r) => r.id),
    file,
    passengers,
  };
}

// ------------------------------------------------------------------ admission certificates

/** The office applies for an attendee's admission certificate (APPLIED). */
export async function applyCertificate(ctx: Ctx, attendeeId: string): Promise<string> {
  const party = await scopedAttendee(ctx, attendeeId);
  requireInDelegation(ctx.viewer, party.delegationId, OFFICE, 'apply for certificates');
  requireAdmitted(party);
  return tx(ctx, { what: 'The certificate', field: 'attendeeId' }, async (em) => {
    const certificate = em.create(AdmissionCertificate, {
      delegation: party.delegationId,
      attendee: attendeeId,
      appliedBy: ctx.viewer.actor,
    });
    audit(em, {
      actor: ctx.viewer.actor,
      action: 'certificate.apply',
      entityType: 'AdmissionCertificate',
      entityId: certificate.id,
      delegationId: party.delegationId,
      after: { attendeeId, status: certificate.status },
    });
    return certificate.id;
  });
}

/** A certificate the viewer reads, else NOT_FOUND; the office of its delegation writes it. */
async function officeCertificate(ctx: Ctx, id: string, what: string) {
  const [row] = await ctx.query<{ delegationId: string; attendeeId: string }>(
    sql`select ce.delegation_id as "delegationId", ce.attendee_id as "attendeeId"
      from ${CERTIFICATES.from}
      where ${and([sql`ce.id = ${sql.value(id)}::uuid`, CERTIFICATES.scope(ctx.viewer)])}`,
  );
  if (!row) throw notFound('Admission certificate', id);
  requireInDelegation(ctx.viewer, row.delegationId, OFFICE, what);
  return row;
}

function moveCertificate(c: AdmissionCertificate, to: CertificateStatus, verb: string) {
  const from = c.status;
  if (!CERTIFICATE_NEXT[from].includes(to))
    throw invalidTransition(verb, 'a certificate', from, {
      allowedFrom: allowedFrom(CERTIFICATE_NEXT, to),
    });
  c.status = to;
  return from;
}

/**
 * The office issues an APPLIED certificate: only once the attendee's latest background check
 * PASSED (INVALID_TRANSITION otherwise; the database's trigger holds the same rule).
 */
export async function issueCertificate(ctx: Ctx, input: IssueCertificateInput): Promise<string> {
  const { delegationId, attendeeId } = await officeCertificate(ctx, input.id, 'issue certificates');
  const number = cleanOptionalText(input.number, 'number', 100);
  // read here; the database's trigger checks it again under a lock of the attendee at the write
  const [{ passed } = { passed: false }] = await ctx.query<{ passed: boolean }>(
    sql`select ${backgroundCheckPassed('a')} as passed from attendee a
      where a.id = ${sql.value(attendeeId)}::uuid`,
  );
  const at = { what: 'The certificate', field: 'version' };
  return tx(ctx, at, async (em) => {
    const certificate = await em.findOneOrFail(AdmissionCertificate, { id: input.id });
    requireVersion(certificate, input.version, at);
    const from = moveCertificate(certificate, CertificateStatus.ISSUED, 'issue');
    if (!passed) throw noPassedCheck();
    certificate.number = number;
    certificate.issuedBy = ctx.viewer.actor;
    certificate.issuedAt = new Date();
    audit(em, {
      actor: ctx.viewer.actor,
      action: 'certificate.issue',
      entityType: 'AdmissionCertificate',
      entityId: certificate.id,
      delegationId,
      before: { status: from },
      after: { status: certificate.status, number },
    });
    return certificate.id;
  });
}

/** The office records an ISSUED certificate collected. */
export async function collectCertificate(
  ctx: Ctx,
  input: CollectCertificateInput,
): Promise<string> {
  const { delegationId } = await officeCertificate(ctx, input.id, 'record certificates collected');
  const at = { what: 'The certificate', field: 'version' };
  return tx(ctx, at, async (em) => {
    const certificate = await em.findOneOrFail(AdmissionCertificate, { id: input.id });
    requireVersion(certificate, input.version, at);
    const from = moveCertificate(certificate, CertificateStatus.COLLECTED, 'collect');
    certificate.collectedAt = new Date();
    audit(em, {
      actor: ctx.viewer.actor,
      action: 'certificate.collect',
      entityType: 'AdmissionCertificate',
      entityId: certificate.id,
      delegationId,
      before: { status: from },
      after: { status: certificate.status },
    });
    return certificate.id;
  });
}

/** On-site check-in of the attendee holding an ISSUED or COLLECTED certificate: when, where. */
export async function checkInAttendee(
  ctx: Ctx,
  input: Omit<CheckInAttendeeInput, 'checkedInAt'> & { checkedInAt: Dateish },
): Promise<string> {
  const { delegationId } = await officeCertificate(ctx, input.id, 'check attendees in');
  const when = new Date(input.checkedInAt);
  if (Number.isNaN(when.getTime()) || when.getTime() > Date.now() + 60_000)
    throw badInput('checkedInAt', msg`checkedInAt must not be in the future`);
  const place = cleanText(input.place, 'place', 200);
  const at = { what: 'The certificate', field: 'version' };
  return tx(ctx, at, async (em) => {
    const certificate = await em.findOneOrFail(AdmissionCertificate, { id: input.id });
    requireVersion(certificate, input.version, at);
    if (!CERTIFICATE_ISSUED.includes(certificate.status))
      throw invalidTransition('check in with', 'a certificate', certificate.status, {
        allowedFrom: CERTIFICATE_ISSUED,
      });
    certificate.checkedInAt = when;
    certificate.checkInPlace = place;
    certificate.checkedInBy = ctx.viewer.actor;
    audit(em, {
      actor: ctx.viewer.actor,
      action: 'certificate.checkIn',
      entityType: 'AdmissionCertificate',
      entityId: certificate.id,
      delegationId,
      after: { checkedInAt: when.toISOString(), place },
    });
    return certificate.id;
  });
}

// ---------------------------------------------------------------------------- lodging, meals

/** The office or a LOGISTICS unit books a block of rooms at a hotel. */
export async function createRoomBlock(
  ctx: Ctx,
  input: {
    delegationId: string;
    hotel: string;
    address?: string | null;
    firstNight: Dateish;
    lastNight: Dateish;
    rooms: number;
    pricePerNight: string;
  },
): Promise<string> {
  const { delegationId } = input;
  await requireDelegation(ctx, delegationId);
  await requireServes(ctx, ServiceDuty.LOGISTICS, delegationId, 'book rooms');
  const hotel = cleanText(input.hotel, 'hotel', 200);
  const address = cleanOptionalText(input.address, 'address', 500);
  const firstNight = isoDate(input.firstNight);
  const lastNight = isoDate(input.lastNight);
  if (lastNight < firstNight) throw badInput('lastNight', msg`lastNight is before firstNight`);
  const rooms = intBetween(input.rooms, 'rooms', 1, 10_000);
  const price = decimalArg(input.pricePerNight, 'pricePerNight', { precision: 12, scale: 2 });
  return tx(ctx, { what: 'The room block', field: 'delegationId' }, async (em) => {
    const block = em.create(RoomBlock, {
      delegation: delegationId,
      hotel,
      address,
      firstNight,
      lastNight,
      rooms,
      pricePerNight: price.toFixed(2),
    });
    audit(em, {
      actor: ctx.viewer.actor,
      action: 'roomBlock.create',
      entityType: 'RoomBlock',
      entityId: block.id,
      delegationId,
      after: { hotel, firstNight, lastNight, rooms, pricePerNight: block.pricePerNight },
    });
    return block.id;
  });
}

/** A row of a LOGISTICS queue table the viewer reads (`t`), else NOT_FOUND. */
async function scopedQueueRow<T extends { delegationId: string }>(
  ctx: Ctx,
  table: string,
  id: string,
  what: string,
  extra: SQL = sql.blank,
): Promise<T> {
  const [row] = await ctx.query<T>(
    sql`select t.delegation_id as "delegationId" ${extra} from ${sql.identifier(table)} t
      where ${and([
        sql`t.id = ${sql.value(id)}::uuid`,
        serviceQueueScope(ctx.viewer, ServiceDuty.LOGISTICS, 't'),
      ])}`,
  );
  if (!row) throw notFound(what, id);
  return row;
}

/** A room of a block: its number unique in the block, no more rooms than the block booked. */
export async function addRoom(ctx: Ctx, input: AddRoomInput): Promise<string> {
  const { delegationId } = await scopedQueueRow(ctx, 'room_block', input.blockId, 'Room block');
  await requireServes(ctx, ServiceDuty.LOGISTICS, delegationId, 'add rooms');
  const number = cleanText(input.number, 'number', 40);
  const capacity = intBetween(input.capacity, 'capacity', 1, 20);
  return tx(ctx, { what: 'The room', field: 'blockId' }, async (em) => {
    const room = em.create(Room, {
      delegation: delegationId,
      block: input.blockId,
      number,
      capacity,
    });
    audit(em, {
      actor: ctx.viewer.actor,
      action: 'room.add',
      entityType: 'Room',
      entityId: room.id,
      delegationId,
      after: { blockId: input.blockId, number, capacity },
    });
    return room.id;
  });
}

/**
 * An attendee of the delegation in a room for each night from `firstNight` to `lastNight`: the
 * database refuses a night the attendee has a room already (CONFLICT at `attendeeId`), a night
 * the room is full (CONFLICT at `roomId`) and a night outside the block.
 */
export async function assignRoom(
  ctx: Ctx,
  input: { roomId: string; attendeeId: string; firstNight: Dateish; lastNight?: Dateish | null },
): Promise<string[]> {
  const room = await scopedQueueRow<{ delegationId: string; first: string; last: string }>(
    ctx,
    'room',
    input.roomId,
    'Room',
    sql`, (select b.first_night::text from room_block b where b.id = t.block_id) as first,
      (select b.last_night::text from room_block b where b.id = t.block_id) as last`,
  );
  await requireServes(ctx, ServiceDuty.LOGISTICS, room.delegationId, 'assign rooms');
  const [attendee] = await ctx.query<{ id: string }>(
    sql`select id from attendee where id = ${sql.value(input.attendeeId)}::uuid
      and delegation_id = ${sql.value(room.delegationId)}::uuid`,
  );
  if (!attendee) throw notFound('Attendee', input.attendeeId);
  const firstNight = isoDate(input.firstNight);
  const lastNight = input.lastNight != null ? isoDate(input.lastNight) : firstNight;
  if (lastNight < firstNight) throw badInput('lastNight', msg`lastNight is before firstNight`);
  if (firstNight < room.first || firstNight > room.last)
    throw badInput('firstNight', msg`The room block runs from ${room.first} to ${room.last}`);
  if (lastNight > room.last)
    throw badInput('lastNight', msg`The room block runs from ${room.first} to ${room.last}`);
  const nights: string[] = [];
  for (let night = firstNight; night <= lastNight; night = addDays(night, 1)) nights.push(night);
  return tx(ctx, { what: 'The room', field: 'roomId' }, async (em) => {
    const made = nights.map(
      (night) =>
        em.create(RoomAssignment, {
          delegation: room.delegationId,
          room: input.roomId,
          attendee: input.attendeeId,
          night,
          assignedBy: ctx.viewer.actor,
        }).id,
    );
    audit(em, {
      actor: ctx.viewer.actor,
      action: 'room.assign',
      entityType: 'Room',
      entityId: input.roomId,
      delegationId: room.delegationId,
      after: { attendeeId: input.attendeeId, firstNight, lastNight, assignmentIds: made },
    });
    return made;
  });
}

export async function removeRoomAssignment(ctx: Ctx, id: string): Promise<void> {
  const row = await scopedQueueRow<{ delegationId: string; roomId: string; night: string }>(
    ctx,
    'room_assignment',
    id,
    'Room assignment',
    sql`, t.room_id as "roomId", t.night::text as night`,
  );
  await requireServes(ctx, ServiceDuty.LOGISTICS, row.delegationId, 'remove room assignments');
  await tx(ctx, { what: 'The room assignment', field: 'id' }, async (em) => {
    em.remove(em.getReference(RoomAssignment, id));
    audit(em, {
      actor: ctx.viewer.actor,
      action: 'room.unassign',
      entityType: 'Room',
      entityId: row.roomId,
      delegationId: row.delegationId,
      before: { assignmentId: id, night: row.night },
    });
  });
}

/** A meal arranged for the delegation (a day, a meal, a place, a headcount). */
export async function arrangeMeal(
  ctx: Ctx,
  input: Omit<ArrangeMealInput, 'day'> & { day: Dateish },
): Promise<string> {
  const { delegationId } = input;
  await requireDelegation(ctx, delegationId);
  await requireServes(ctx, ServiceDuty.LOGISTICS, delegationId, 'arrange meals');
  const day = isoDate(input.day);
  const place = cleanText(input.place, 'place', 200);
  const headcount = intBetween(input.headcount, 'headcount', 0, 100_000);
  const note = cleanOptionalText(input.note, 'note', 2000);
  return tx(ctx, { what: 'The meal', field: 'delegationId' }, async (em) => {
    const meal = em.create(Meal, {
      delegation: delegationId,
      day,
      meal: input.meal,
      place,
      headcount,
      note,
    });
    audit(em, {
      actor: ctx.viewer.actor,
      action: 'meal.arrange',
      entityType: 'Meal',
      entityId: meal.id,
      delegationId,
      after: { day, meal: input.meal, place, headcount, note },
    });
    return meal.id;
  });
}

export async function updateMeal(ctx: Ctx, input: UpdateMealInput): Promise<string> {
  const { delegationId } = await scopedQueueRow(ctx, 'meal', input.id, 'Meal');
  await requireServes(ctx, ServiceDuty.LOGISTICS, delegationId, 'change meals');
  for (const key of ['place', 'headcount'] as const)
    if (input[key] === null) throw badInput(key, msg`${key} cannot be cleared`);
  const changes: Partial<Pick<Meal, 'place' | 'headcount' | 'note'>> = {};
  if (input.place != null) changes.place = cleanText(input.place, 'place', 200);
  if (input.headcount != null)
    changes.headcount = intBetween(input.headcount, 'headcount', 0, 100_000);
  if (input.note !== undefined) changes.note = cleanOptionalText(input.note, 'note', 2000);
  const at = { what: 'The meal', field: 'version' };
  return tx(ctx, at, async (em) => {
    const meal = await em.findOneOrFail(Meal, { id: input.id });
    requireVersion(meal, input.version, at);
    const before = { place: meal.place, headcount: meal.headcount, note: meal.note };
    em.assign(meal, changes);
    audit(em, {
      actor: ctx.viewer.actor,
      action: 'meal.update',
      entityType: 'Meal',
      entityId: meal.id,
      delegationId,
      before,
      after: { place: meal.place, headcount: meal.headcount, note: meal.note },
    });
    return meal.id;
  });
}
