import type { ServerResponse } from 'node:http';
import ical, { ICalAlarmType, ICalEventStatus } from 'ical-generator';
import type pg from 'pg';
import { compile, sql } from '../../db/sql.js';
import { tokenHash } from './meeting.service.js';

/** A person's meeting as the feed shows it. */
interface FeedMeeting {
  id: string;
  status: string;
  startsAt: Date;
  endsAt: Date;
  place: string | null;
  link: string | null;
  pointName: string | null;
  pointLocation: string | null;
  otherSide: string;
  createdAt: Date;
}

/** How a meeting's status reads in a calendar (RFC 5545 STATUS). */
function eventStatus(status: string): ICalEventStatus {
  if (status === 'PROPOSED') return ICalEventStatus.TENTATIVE;
  if (status === 'SCHEDULED' || status === 'HELD') return ICalEventStatus.CONFIRMED;
  return ICalEventStatus.CANCELLED;
}

/** Minutes before a meeting its reminder (VALARM) goes off. */
export const REMINDER_MINUTES = 15;

/**
 * The iCalendar feed of the person holding `token` (a live, unrevoked token), or null: the
 * person's meetings, cancelled ones as CANCELLED, each with a reminder 15 minutes before.
 */
export async function calendarFeed(pool: pg.Pool, token: string): Promise<string | null> {
  const owner = compile(sql`
    select t.attendee_id as "attendeeId", t.representative_id as "representativeId",
      coalesce(pe.name, r.name) as name
    from calendar_token t
    left join attendee a on a.id = t.attendee_id
    left join person pe on pe.id = a.person_id
    left join exhibitor_representative r on r.id = t.representative_id
    where t.token_hash = ${sql.value(tokenHash(token))} and t.revoked_at is null`);
  const { rows: owners } = await pool.query<{
    attendeeId: string | null;
    representativeId: string | null;
    name: string;
  }>(owner.text, owner.values);
  const person = owners[0];
  if (!person) return null;
  const meetings = compile(sql`
    select m.id, m.status, m.starts_at as "startsAt", m.ends_at as "endsAt", m.place, m.link,
      mp.name as "pointName", coalesce(mp.location, mp.link) as "pointLocation",
      case when pt.attendee_id is not null then x.name_en
        else coalesce(o.name_en, o.name_zh) end as "otherSide",
      m.created_at as "createdAt"
    from meeting_participant pt
    join meeting m on m.id = pt.meeting_id
    join exhibitor x on x.id = m.exhibitor_id
    join purchaser p on p.id = m.purchaser_id
    join organisation o on o.id = p.organisation_id
    left join meeting_point mp on mp.id = m.meeting_point_id
    where ${
      person.attendeeId
        ? sql`pt.attendee_id = ${sql.value(person.attendeeId)}::uuid`
        : sql`pt.representative_id = ${sql.value(person.representativeId)}::uuid`
    }
    order by m.starts_at, m.id
    limit 2000`);
  const { rows } = await pool.query<FeedMeeting>(meetings.text, meetings.values);
  const calendar = ical({
    name: `Meetings of ${person.name}`,
    prodId: { company: 'Delegation Hub', product: 'meetings', language: 'EN' },
    ttl: 15 * 60,
  });
  for (const m of rows) {
    const where = [m.pointName, m.pointLocation ?? m.place ?? m.link].filter(Boolean).join(', ');
    calendar.createEvent({
      id: m.id,
      start: m.startsAt,
      end: m.endsAt,
      stamp: m.createdAt,
      summary: `Meeting with ${m.otherSide}`,
      location: where || null,
      url: m.link,
      status: eventStatus(m.status),
      alarms:
        eventStatus(m.status) === ICalEventStatus.CANCELLED
          ? []
          : [{ type: ICalAlarmType.display, triggerBefore: REMINDER_MINUTES * 60 }],
    });
  }
  return calendar.toString();
}

const TOKEN_PATH = /^\/calendar\/([A-Za-z0-9_-]{20,100})\.ics$/;

/**
 * GET /calendar/<token>.ics: the feed, or 404 for an unknown or revoked token (the same answer,
 * so that a guess learns nothing). The token is the credential: no Authorization header.
 */
export async function serveCalendar(
  pool: pg.Pool,
  pathname: string,
  res: ServerResponse,
): Promise<void> {
  const token = TOKEN_PATH.exec(pathname)?.[1];
  const feed = token ? await calendarFeed(pool, token) : null;
  if (feed === null) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Not found');
    return;
  }
  res.writeHead(200, {
    'content-type': 'text/calendar; charset=utf-8',
    'cache-control': 'private, no-store',
  });
  res.end(feed);
}
