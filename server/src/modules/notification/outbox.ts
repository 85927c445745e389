import type { EntityManager } from '@mikro-orm/postgresql';
import { sql, type SQL } from '../../db/sql.js';
import { globalIdSql, toGlobalId } from '../../graphql/relay.js';
import { NotificationAudience, NotificationKind } from './notification.enums.js';

/*
 * The outbox: every event worth telling someone is written here, in the transaction of the change
 * that caused it (the EntityManager of `inTransaction`, or a CTE of a one-statement write), so
 * that the change and its notification commit together or not at all. Delivery (the feed, the
 * subscription, webhooks) reads the rows after commit; nothing is sent from inside a transaction.
 * An event written twice under one idempotency key (a retried transaction, two reminder scans)
 * is written once. This file imports no other domain: the modules that write events call it.
 */

/** One event as the outbox stores it (`notification_event`). */
export interface OutboxEvent {
  delegationId: string;
  kind: NotificationKind;
  /** The global ID of the record it is about. */
  subject: string;
  /** Who reads it (see NotificationAudience): the unit, the purchaser's readers, everyone. */
  audience: NotificationAudience;
  unitOrganisationId?: string | null;
  purchaserId?: string | null;
  payload?: Record<string, unknown>;
  /** Unique per event within its delegation: the same key written again writes nothing. */
  idempotencyKey: string;
}

const INSERT = `insert into notification_event
  (delegation_id, kind, subject, audience, unit_organisation_id, purchaser_id, payload, idempotency_key)
  values (?, ?, ?, ?, ?, ?, ?::jsonb, ?) on conflict (idempotency_key, delegation_id) do nothing`;

/** Writes `event` in the transaction `em` runs (the one place events are written from code). */
export async function enqueue(em: EntityManager, event: OutboxEvent): Promise<void> {
  await em.execute(INSERT, [
    event.delegationId,
    event.kind,
    event.subject,
    event.audience,
    event.unitOrganisationId ?? null,
    event.purchaserId ?? null,
    JSON.stringify(event.payload ?? {}),
    event.idempotencyKey,
  ]);
}

/**
 * A CTE (`, name as (insert …)`) of a one-statement write that writes the events of `kind` about
 * the purchasers the CTE `m` returns (its `delegation_id`, `id` and `version`), told to those who
 * read each purchaser; `payload` over `m`. One event per purchaser and version.
 */
export function purchaserEventsCte(
  kind: NotificationKind,
  payload: Record<string, SQL>,
  m = 'm',
  name = `${m}_notify`,
): SQL {
  const row = sql.identifier(m);
  const data = Object.entries(payload).flatMap(([key, value]) => [sql.literal(key), value]);
  return sql`, ${sql.identifier(name)} as (
    insert into notification_event
      (delegation_id, kind, subject, audience, purchaser_id, payload, idempotency_key)
    select ${row}.delegation_id, ${sql.literal(kind)}, ${globalIdSql('Purchaser', sql`${row}.id`)},
      ${sql.literal(NotificationAudience.PURCHASER)}, ${row}.id,
      jsonb_build_object(${sql.join(data, ', ')}),
      ${sql.literal(`${kind}:`)} || ${row}.id::text || ':' || ${row}.version::text
    from ${row}
    on conflict (idempotency_key, delegation_id) do nothing
  )`;
}

/** The office answered a problem: its member unit is told (and the office). */
export function enqueueProblemAnswered(
  em: EntityManager,
  problem: { id: string; delegationId: string; unitOrganisationId: string; answer: string },
): Promise<void> {
  return enqueue(em, {
    delegationId: problem.delegationId,
    kind: NotificationKind.PROBLEM_ANSWERED,
    subject: toGlobalId('TaskProblem', problem.id),
    audience: NotificationAudience.UNIT,
    unitOrganisationId: problem.unitOrganisationId,
    payload: { answer: problem.answer },
    idempotencyKey: `${NotificationKind.PROBLEM_ANSWERED}:${problem.id}`,
  });
}

/** A credit or background check FAILED: those who read the purchaser are told. */
export function enqueueCheckFailed(
  em: EntityManager,
  check: {
    kind: 'credit' | 'background';
    checkId: string;
    delegationId: string;
    purchaserId: string;
    attendeeId?: string;
    note: string | null;
  },
): Promise<void> {
  const credit = check.kind === 'credit';
  const kind = credit
    ? NotificationKind.CREDIT_CHECK_FAILED
    : NotificationKind.BACKGROUND_CHECK_FAILED;
  return enqueue(em, {
    delegationId: check.delegationId,
    kind,
    subject: toGlobalId(credit ? 'CreditCheck' : 'BackgroundCheck', check.checkId),
    audience: NotificationAudience.PURCHASER,
    purchaserId: check.purchaserId,
    payload: {
      purchaserId: toGlobalId('Purchaser', check.purchaserId),
      ...(check.attendeeId ? { attendeeId: toGlobalId('Attendee', check.attendeeId) } : {}),
      note: check.note,
    },
    idempotencyKey: `${kind}:${check.checkId}`,
  });
}

/** A meeting is confirmed (SCHEDULED): those who read its purchaser are told. */
export function enqueueMeetingScheduled(
  em: EntityManager,
  meeting: {
    id: string;
    delegationId: string;
    purchaserId: string;
    exhibitorId: string;
    startsAt: Date;
    endsAt: Date;
  },
): Promise<void> {
  return enqueue(em, {
    delegationId: meeting.delegationId,
    kind: NotificationKind.MEETING_SCHEDULED,
    subject: toGlobalId('Meeting', meeting.id),
    audience: NotificationAudience.PURCHASER,
    purchaserId: meeting.purchaserId,
    payload: {
      purchaserId: toGlobalId('Purchaser', meeting.purchaserId),
      exhibitorId: toGlobalId('Exhibitor', meeting.exhibitorId),
      startsAt: meeting.startsAt.toISOString(),
      endsAt: meeting.endsAt.toISOString(),
    },
    idempotencyKey: `${NotificationKind.MEETING_SCHEDULED}:${meeting.id}`,
  });
}

/**
 * The office sent a circular (通报): to every member unit (`unitOrganisationIds` null: one
 * event everyone who reads the delegation reads), or to some (one event per unit, each read by
 * its unit and the office). For the circulars module to call in its transaction.
 */
export async function enqueueCircular(
  em: EntityManager,
  circular: {
    id: string;
    delegationId: string;
    title: string;
    unitOrganisationIds: readonly string[] | null;
  },
): Promise<void> {
  const base = {
    delegationId: circular.delegationId,
    kind: NotificationKind.CIRCULAR,
    subject: toGlobalId('Circular', circular.id),
    payload: { title: circular.title },
  };
  if (circular.unitOrganisationIds === null) {
    await enqueue(em, {
      ...base,
      audience: NotificationAudience.DELEGATION,
      idempotencyKey: `${NotificationKind.CIRCULAR}:${circular.id}`,
    });
    return;
  }
  for (const unit of circular.unitOrganisationIds) {
    await enqueue(em, {
      ...base,
      audience: NotificationAudience.UNIT,
      unitOrganisationId: unit,
      idempotencyKey: `${NotificationKind.CIRCULAR}:${circular.id}:${unit}`,
    });
  }
}
