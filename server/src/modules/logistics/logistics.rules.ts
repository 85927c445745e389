import { column, sql, type SQL } from '../../db/sql.js';
import { CheckResult } from '../purchaser/purchaser.enums.js';
import { CertificateStatus, ServiceDuty, TripDirection, TripStatus } from './logistics.enums.js';

/*
 * The logistics workflows and what "ready" means, said once: the services move records only
 * along TRIP_NEXT and CERTIFICATE_NEXT, and the migration builds its transition triggers from the
 * very same tables ({@link transitionTriggerSql}), so the database refuses any other move, a
 * direct UPDATE included. The readiness of an attendee is one SQL expression per item, which the
 * board's rows, its filter and its counts all read.
 */

/** Where each trip status may go. A trip is REQUESTED when made. */
export const TRIP_NEXT: Record<TripStatus, readonly TripStatus[]> = {
  [TripStatus.REQUESTED]: [TripStatus.BOOKED, TripStatus.CANCELLED],
  [TripStatus.BOOKED]: [TripStatus.ISSUED, TripStatus.CANCELLED],
  [TripStatus.ISSUED]: [TripStatus.CANCELLED],
  [TripStatus.CANCELLED]: [],
};
export const TRIP_START = TripStatus.REQUESTED;

/** Where each certificate status may go. A certificate is APPLIED when made. */
export const CERTIFICATE_NEXT: Record<CertificateStatus, readonly CertificateStatus[]> = {
  [CertificateStatus.APPLIED]: [CertificateStatus.ISSUED],
  [CertificateStatus.ISSUED]: [CertificateStatus.COLLECTED],
  [CertificateStatus.COLLECTED]: [],
};
export const CERTIFICATE_START = CertificateStatus.APPLIED;

/** The statuses that may be taken to `to` (for INVALID_TRANSITION's `allowedFrom`). */
export function allowedFrom<S extends string>(next: Record<S, readonly S[]>, to: S): S[] {
  return (Object.keys(next) as S[]).filter((s) => next[s].includes(to));
}

/**
 * The trigger that holds a table's `status` to a workflow: a new row starts at `start`, a
 * changed status moves along `next` (SQLSTATE 23514, constraint `<table>_status_transition`).
 * Built from the tables above, so the service and the database share one definition.
 */
export function transitionTriggerSql(
  table: string,
  next: Record<string, readonly string[]>,
  start: string,
): string {
  const pairs = Object.entries(next).flatMap(([from, tos]) =>
    tos.map((to) => `('${from}','${to}')`),
  );
  const moves = pairs.length ? pairs.join(', ') : `(null, null)`;
  return /* sql */ `
create function ${table}_status_transition() returns trigger language plpgsql as $$
begin
  if tg_op = 'INSERT' then
    if new.status <> '${start}' then
      raise exception 'a new ${table} is ${start}, not %', new.status
        using errcode = '23514', constraint = '${table}_status_transition';
    end if;
  elsif new.status is distinct from old.status
    and (old.status, new.status) not in (values ${moves}) then
    raise exception '${table} cannot move from % to %', old.status, new.status
      using errcode = '23514', constraint = '${table}_status_transition';
  end if;
  return new;
end $$;
create trigger ${table}_status_transition before insert or update of status on ${table}
  for each row execute function ${table}_status_transition();
`;
}

/** The statuses of a certificate that count as issued (the attendee may enter). */
export const CERTIFICATE_ISSUED: readonly CertificateStatus[] = [
  CertificateStatus.ISSUED,
  CertificateStatus.COLLECTED,
];

/**
 * The service duties of the built-in Qinghai plan's member units, by organisation key (the
 * plan's 五(一), 五(十), 六(三)): seeded with the plan; a delegation office sets its own with
 * addServiceUnit.
 */
export const PLAN_SERVICE_DUTIES: Readonly<Record<string, readonly ServiceDuty[]>> = {
  COMMERCE: [ServiceDuty.LOGISTICS],
  RAILWAY: [ServiceDuty.TICKETING],
  HEALTH: [ServiceDuty.HEALTH],
  FINANCE: [ServiceDuty.FINANCE],
  CUSTOMS: [ServiceDuty.CUSTOMS],
  PUBLICITY: [ServiceDuty.PUBLICITY],
  FOREIGN_AFFAIRS: [ServiceDuty.PROTOCOL],
};

// ---------------------------------------------------------------------------------------------
// Readiness: one SQL expression per item, over the attendee `a`.

export const READINESS_RULE =
  'An attendee is ready when its latest background check PASSED, its admission certificate is ISSUED or COLLECTED, its OUTBOUND trip is ISSUED and it has a room for the first night (the night before the expo opens).';

/** The latest background check of the attendee passed (ties: FAILED first, as review reads it). */
export function backgroundCheckPassed(a: string | symbol = 'a'): SQL {
  return sql`coalesce((select b.result = ${sql.literal(CheckResult.PASSED)} from background_check b
    where b.attendee_id = ${column(a, 'id')} order by b.checked_at desc, b.result limit 1), false)`;
}

export function certificateIssued(a: string | symbol = 'a'): SQL {
  return sql`exists (select 1 from admission_certificate ac where ac.attendee_id = ${column(a, 'id')}
    and ac.status = any(${sql.literal(`{${CERTIFICATE_ISSUED.join(',')}}`)}::text[]))`;
}

export function ticketIssued(a: string | symbol = 'a'): SQL {
  return sql`exists (select 1 from trip tk where tk.attendee_id = ${column(a, 'id')}
    and tk.direction = ${sql.literal(TripDirection.OUTBOUND)} and tk.status = ${sql.literal(TripStatus.ISSUED)})`;
}

/** The first night of the stay, for the attendee `a`: the night before its expo opens. */
export function firstNight(a: string | symbol = 'a'): SQL {
  return sql`(select fe.starts_on - 1 from delegation fd join expo fe on fe.id = fd.expo_id
    where fd.id = ${column(a, 'delegation_id')})`;
}

export function roomAssigned(a: string | symbol = 'a'): SQL {
  return sql`exists (select 1 from room_assignment ra where ra.attendee_id = ${column(a, 'id')}
    and ra.night = ${firstNight(a)})`;
}

/** All four in order. */
export function attendeeReady(a: string | symbol = 'a'): SQL {
  return sql`(${backgroundCheckPassed(a)} and ${certificateIssued(a)} and ${ticketIssued(a)} and ${roomAssigned(a)})`;
}

/**
 * The four items of the attendee `a` computed once per row, as `rd.bg`, `rd.certificate`,
 * `rd.ticket`, `rd.room` (a lateral subquery; `offset 0` keeps PostgreSQL from copying each
 * expression into every place that reads it), for the board's rows and counts.
 */
export function readinessFlags(a: string | symbol = 'a'): SQL {
  return sql`cross join lateral (select ${backgroundCheckPassed(a)} as bg,
    ${certificateIssued(a)} as certificate, ${ticketIssued(a)} as ticket,
    ${roomAssigned(a)} as room offset 0) rd`;
}

/** Ready, over {@link readinessFlags}: the same rule as {@link attendeeReady}. */
export const READY_FLAGS = sql`(rd.bg and rd.certificate and rd.ticket and rd.room)`;
