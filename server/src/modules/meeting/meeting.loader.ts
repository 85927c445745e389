import { delegationScope, exhibitorTradeScope, purchaserScope } from '../../auth/scope.js';
import { or, sql } from '../../db/sql.js';
import { selectList } from '../../graphql/columns.js';
import { byId, byParent, everyone, type Rows } from '../../graphql/loaders.js';
import type {
  CalendarToken,
  MeetingDay,
  MeetingParticipant,
  MeetingPoint,
  Unavailability,
} from './meeting.type.js';

export const MEETING_POINT_SELECT = selectList('meeting_point', 'mp', [
  'id',
  'expoId',
  'delegationId',
  'key',
  'name',
  'kind',
  'capacity',
  'location',
  'link',
  'active',
  'version',
  'createdAt',
]);

/** The edition's points: everyone; a delegation's own: those who read the delegation. */
export const MEETING_POINTS: Rows = {
  typename: 'MeetingPoint',
  alias: 'mp',
  from: sql`meeting_point mp`,
  columns: MEETING_POINT_SELECT,
  scope: (viewer) =>
    or([sql`mp.delegation_id is null`, delegationScope(viewer, sql`mp.delegation_id`)]),
};

export const meetingPointById = byId<MeetingPoint>('meetingPointById', MEETING_POINTS);

export const MEETING_DAY_SELECT = selectList('meeting_day', 'md', [
  'id',
  'expoId',
  'delegationId',
  ['day', sql`md.day::text`, 'text'],
  ['starts', sql`to_char(md.starts, 'HH24:MI')`, 'text'],
  ['ends', sql`to_char(md.ends, 'HH24:MI')`, 'text'],
  'slotMinutes',
  ['breaks', sql`md.breaks`, 'jsonb'],
  'version',
]);

/** Slot plans: the edition's for everyone, a delegation's for those who read it. */
export const MEETING_DAYS: Rows = {
  typename: 'MeetingDay',
  alias: 'md',
  from: sql`meeting_day md`,
  columns: MEETING_DAY_SELECT,
  scope: (viewer) =>
    or([sql`md.delegation_id is null`, delegationScope(viewer, sql`md.delegation_id`)]),
};

export const meetingDayById = byId<MeetingDay>('meetingDayById', MEETING_DAYS);
export const meetingDaysByExpo = byParent<MeetingDay>(
  'meetingDaysByExpo',
  MEETING_DAYS,
  'expoId',
  sql`md.day, md.delegation_id nulls first, md.id`,
);

export const UNAVAILABILITY_SELECT = selectList('unavailability', 'u', [
  'id',
  'attendeeId',
  'representativeId',
  ['startsAt', sql`lower(u.during)`, 'timestamptz'],
  ['endsAt', sql`upper(u.during)`, 'timestamptz'],
  'note',
]);

/** Blocked times: an attendee's with the attendee (its purchaser's scope), a representative's. */
export const UNAVAILABILITY: Rows = {
  typename: 'Unavailability',
  alias: 'u',
  from: sql`unavailability u left join attendee a on a.id = u.attendee_id
    left join purchaser p on p.id = a.purchaser_id`,
  columns: UNAVAILABILITY_SELECT,
  scope: (viewer) => or([sql`u.attendee_id is null`, purchaserScope(viewer)]),
};

export const unavailabilityById = byId<Unavailability>('unavailabilityById', UNAVAILABILITY);

/** An attendee's blocked times: read with the attendee (its purchaser's scope). */
export const ATTENDEE_UNAVAILABILITY: Rows = {
  typename: 'Unavailability',
  alias: 'u',
  from: sql`unavailability u join attendee a on a.id = u.attendee_id
    join purchaser p on p.id = a.purchaser_id`,
  columns: UNAVAILABILITY_SELECT,
  scope: (viewer) => purchaserScope(viewer),
};

/** A representative's blocked times: read with the representative (expo reference data). */
export const REPRESENTATIVE_UNAVAILABILITY: Rows = {
  typename: 'Unavailability',
  alias: 'u',
  from: sql`unavailability u`,
  columns: UNAVAILABILITY_SELECT,
  scope: everyone,
};

export const unavailabilityOfAttendee = byParent<Unavailability>(
  'unavailabilityOfAttendee',
  ATTENDEE_UNAVAILABILITY,
  'attendeeId',
  sql`u.during, u.id`,
);
export const unavailabilityOfRepresentative = byParent<Unavailability>(
  'unavailabilityOfRepresentative',
  REPRESENTATIVE_UNAVAILABILITY,
  'representativeId',
  sql`u.during, u.id`,
);

export const PARTICIPANT_SELECT = selectList('meeting_participant', 'pt', [
  'id',
  'meetingId',
  'attendeeId',
  'representativeId',
]);

/**
 * A meeting's people: read with the meeting, by its purchaser's side and by the exhibitor's
 * representatives (who read the attendee rows themselves only as the purchaser's scope allows:
 * not at all).
 */
export const PARTICIPANTS: Rows = {
  typename: 'MeetingParticipant',
  alias: 'pt',
  from: sql`meeting_participant pt join purchaser p on p.id = pt.purchaser_id`,
  columns: PARTICIPANT_SELECT,
  scope: (viewer) => exhibitorTradeScope(viewer, 'pt', 'p'),
};

export const participantById = byId<MeetingParticipant>('participantById', PARTICIPANTS);
export const participantsByMeeting = byParent<MeetingParticipant>(
  'participantsByMeeting',
  PARTICIPANTS,
  'meetingId',
  sql`pt.representative_id nulls first, pt.id`,
);

export const CALENDAR_TOKEN_SELECT = selectList('calendar_token', 'ct', [
  'id',
  'attendeeId',
  'representativeId',
  'createdAt',
  'revokedAt',
]);

/** Calendar tokens of attendees the viewer reads, and of representatives. */
export const CALENDAR_TOKENS: Rows = {
  typename: 'CalendarToken',
  alias: 'ct',
  from: sql`calendar_token ct left join attendee a on a.id = ct.attendee_id
    left join purchaser p on p.id = a.purchaser_id`,
  columns: CALENDAR_TOKEN_SELECT,
  scope: (viewer) => or([sql`ct.attendee_id is null`, purchaserScope(viewer)]),
};

export const calendarTokenById = byId<CalendarToken>('calendarTokenById', CALENDAR_TOKENS);

export const meetingPointsByExpo = byParent<MeetingPoint>(
  'meetingPointsByExpo',
  MEETING_POINTS,
  'expoId',
  sql`mp.key, mp.id`,
);
