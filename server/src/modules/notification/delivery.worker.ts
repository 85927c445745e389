import { createHmac, randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type pg from 'pg';
import { compile, sql, type SQL } from '../../db/sql.js';
import { toGlobalId } from '../../graphql/relay.js';
import type { Logger } from '../../logger.js';
import type { DealChangeListener, NotificationSignal } from '../../realtime/listener.js';
import { refusedTarget, type TargetPolicy } from './webhook-target.js';

/*
 * Webhook delivery, in every server instance. After commit, never inside a write's transaction:
 *
 * 1. Fan-out: outbox events not yet fanned out (`fanned_out_at is null`) become one
 *    `webhook_delivery` per enabled webhook of their delegation that takes their kind, and are
 *    marked, in one transaction, one instance at a time (an advisory lock), oldest first. A
 *    crash before its commit leaves the events unmarked: the next fan-out makes them.
 * 2. Delivery: an instance leases a webhook whose first PENDING delivery is due (`lease_owner`,
 *    `lease_until`, taken with FOR UPDATE SKIP LOCKED), then POSTs its deliveries one after
 *    another, in their order, renewing the lease with each result. So one instance at a time
 *    delivers to a webhook, in order; a delivery that fails waits for its next try and the later
 *    ones wait behind it (or behind its dead-lettering). An instance that dies holding a lease
 *    loses it after WEBHOOK_LEASE_MS; whatever it POSTed but did not record is POSTed again,
 *    with the same X-DelegationHub-Delivery key (at least once).
 *
 * A NOTIFY on every outbox insert (and on a redelivery) wakes the worker; a poll every
 * WEBHOOK_POLL_MS is the safety net (a lost LISTEN connection, retries coming due).
 */

export interface DeliverySettings {
  pollMs: number;
  retryBaseMs: number;
  retryMaxMs: number;
  maxAttempts: number;
  timeoutMs: number;
  leaseMs: number;
  policy: TargetPolicy;
}

/** The advisory lock of the fan-out (one instance at a time). */
const FAN_OUT_LOCK = 727_001;
/** Events fanned out per transaction; deliveries read per round trip. */
const FAN_OUT_BATCH = 1_000;
const DELIVERY_BATCH = 100;
/** Webhooks one instance leases at once. */
const LEASE_BATCH = 16;
/** What of a receiver's answer is kept as `last_error`. */
const ERROR_TEXT = 500;

interface Due {
  id: string;
  eventId: string;
  attempts: number;
  due: boolean;
  kind: string;
  delegationId: string;
  subject: string;
  payload: Record<string, unknown>;
  createdAt: Date;
}

/** The body a receiver gets and its signature headers (README, "Webhooks"). */
export function signedRequest(
  secret: string,
  delivery: { eventId: string; webhookId: string },
  body: string,
  timestamp = Math.floor(Date.now() / 1000),
): Record<string, string> {
  const signature = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  return {
    'content-type': 'application/json',
    'user-agent': 'DelegationHub-Webhooks/1',
    'x-delegationhub-delivery': `${delivery.eventId}:${delivery.webhookId}`,
    'x-delegationhub-timestamp': String(timestamp),
    'x-delegationhub-signature': `sha256=${signature}`,
  };
}

/** The wait before the try after `attempts` failed ones: base × 2^(attempts−1), at most max. */
export function backoffMs(attempts: number, baseMs: number, maxMs: number): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, attempts - 1));
}

export class WebhookWorker {
  /** This instance, as the lease names it. */
  readonly owner = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = false;
  /** What the next round does: fan new events out, deliver what is due (both, when unsure). */
  private fan = true;
  private deliver = true;
  private readonly kick = () => this.wake();
  /** This instance's name and lease length, as SQL values. */
  private readonly me = sql`${sql.value(this.owner)}::text`;
  private get leaseFor(): SQL {
    return sql`${sql.value(this.settings.leaseMs)}::float8 * interval '1 millisecond'`;
  }
  /** A new event asks for a fan-out; a webhook with new or redelivered deliveries, a delivery. */
  private readonly signalled = (signal: NotificationSignal) =>
    this.wake(signal.id !== undefined, signal.w !== undefined);

  constructor(
    private readonly pool: pg.Pool,
    private readonly listener: DealChangeListener,
    private readonly settings: DeliverySettings,
    private readonly log: Logger,
  ) {}

  /** One statement (composed as values, see db/sql.ts) on the pool, autocommit. */
  private async run<T>(statement: SQL): Promise<T[]> {
    const { text, values } = compile(statement);
    return (await this.pool.query(text, values)).rows as T[];
  }

  start(): void {
    this.listener.on('notification', this.signalled);
    this.listener.on('resync', this.kick);
    this.timer = setInterval(this.kick, Math.max(10, this.settings.pollMs));
    this.timer.unref();
    this.wake();
  }

  /** Runs a round now, or right after the one running: a fan-out, deliveries, or both. */
  wake(fan = true, deliver = true): void {
    if (this.stopped) return;
    this.fan ||= fan;
    this.deliver ||= deliver;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = (async () => {
      do {
        this.again = false;
        try {
          await this.round();
        } catch (error) {
          // the database may be restarting: the poll tries again
          this.log.warn({ err: error }, 'webhook delivery round failed');
        }
      } while (this.again && !this.stopped);
    })().finally(() => (this.running = undefined));
  }

  /** Fans out, then delivers until nothing due is left (or the worker stops). */
  async round(): Promise<void> {
    if (this.fan) {
      this.fan = false;
      for (;;) {
        const { events, deliveries } = await this.fanOut();
        if (deliveries > 0) this.deliver = true;
        if (events < FAN_OUT_BATCH || this.stopped) break;
      }
    }
    if (!this.deliver || this.stopped) return;
    this.deliver = false;
    for (;;) {
      const leased = await this.lease();
      if (leased.length === 0) return;
      await Promise.all(leased.map((w) => this.deliverTo(w)));
      if (this.stopped) return;
    }
  }

  /**
   * One fan-out, one statement (its own transaction): the advisory lock is taken first (an
   * InitPlan) and held to the end of the statement; another instance that finds it taken does
   * nothing. The instances are told which webhooks have new deliveries (a NOTIFY at commit),
   * so that one delivering to a webhook meanwhile goes on with them. How many events it fanned
   * out, and how many deliveries it made of them.
   */
  private async fanOut(): Promise<{ events: number; deliveries: number }> {
    const [counts] = await this.run<{ events: number; deliveries: number }>(
      sql`with e as (
         select id, delegation_id, kind from notification_event
         where (select pg_try_advisory_xact_lock(${sql.literal(FAN_OUT_LOCK)}::bigint))
           and fanned_out_at is null
         order by id limit ${sql.literal(FAN_OUT_BATCH)} for update
       ),
       d as (
         insert into webhook_delivery (webhook_id, event_id, delegation_id)
         select w.id, e.id, e.delegation_id from e
           join webhook w on w.delegation_id = e.delegation_id and w.enabled
             and (w.kinds is null or e.kind = any(w.kinds))
         order by e.id, w.id
         on conflict (webhook_id, event_id, delegation_id) do nothing
         returning webhook_id
       ),
       m as (update notification_event n set fanned_out_at = now() from e where n.id = e.id returning 1),
       -- wakes the instance delivering to each webhook (it may hold the lease), at commit
       woken as (
         select pg_notify('notification_events', json_build_object('w', webhook_id)::text)
         from (select distinct webhook_id from d) fanned
       )
       select (select count(*)::int from m) as events, (select count(*)::int from d) as deliveries,
         (select count(*) from woken) as woken`,
    );
    return counts!;
  }

  /** Leases webhooks whose first PENDING delivery is due and that no live instance holds. */
  private async lease(): Promise<{ id: string; url: string; secret: string }[]> {
    return this.run<{ id: string; url: string; secret: string }>(
      sql`update webhook w set lease_owner = ${this.me},
         lease_until = now() + ${this.leaseFor}
       where w.id in (
         select w2.id from webhook w2
         where w2.enabled and (w2.lease_until is null or w2.lease_until < now())
           and (select d.next_attempt_at from webhook_delivery d
                where d.webhook_id = w2.id and d.status = 'PENDING'
                order by d.sequence limit 1) <= now()
         limit ${sql.literal(LEASE_BATCH)} for update skip locked)
       returning w.id, w.url, w.secret`,
    );
  }

  /** Delivers a leased webhook's PENDING deliveries in order, until one must wait; then lets go. */
  private async deliverTo(webhook: { id: string; url: string; secret: string }): Promise<void> {
    try {
      for (;;) {
        if (this.stopped) return;
        const rows = await this.run<Due>(
          sql`select d.id, d.event_id as "eventId", d.attempts, d.next_attempt_at <= now() as due,
             e.kind, e.delegation_id as "delegationId", e.subject, e.payload,
             e.created_at as "createdAt"
           from webhook_delivery d join notification_event e on e.id = d.event_id
           where d.webhook_id = ${sql.value(webhook.id)}::uuid and d.status = 'PENDING'
           order by d.sequence limit ${sql.literal(DELIVERY_BATCH)}`,
        );
        if (rows.length === 0) return;
        for (const delivery of rows) {
          if (!delivery.due || this.stopped) return;
          const ok = await this.attempt(webhook, delivery);
          if (ok === 'lost') return;
          if (ok === 'retry') return;
        }
      }
    } finally {
      await this.run(
        sql`update webhook set lease_owner = null, lease_until = null
          where id = ${sql.value(webhook.id)}::uuid and lease_owner = ${this.me}`,
      ).catch(() => undefined);
    }
  }

  /** One try of one delivery, and its result recorded (with the lease renewed). */
  private async attempt(
    webhook: { id: string; url: string; secret: string },
    delivery: Due,
  ): Promise<'delivered' | 'dead' | 'retry' | 'lost'> {
    const body = JSON.stringify({
      id: toGlobalId('Notification', delivery.eventId),
      kind: delivery.kind,
      delegationId: toGlobalId('Delegation', delivery.delegationId),
      subject: delivery.subject,
      occurredAt: new Date(delivery.createdAt).toISOString(),
      data: delivery.payload,
    });
    let status: number | null = null;
    let error: string | null = null;
    try {
      const url = new URL(webhook.url);
      const refused = await refusedTarget(url, this.settings.policy);
      if (refused) throw new Error(refused);
      const response = await fetch(url, {
        method: 'POST',
        headers: signedRequest(
          webhook.secret,
          { eventId: delivery.eventId, webhookId: webhook.id },
          body,
        ),
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(this.settings.timeoutMs),
      });
      status = response.status;
      const text = await response.text().catch(() => '');
      if (status < 200 || status >= 300)
        error = `HTTP ${status}${text ? `: ${text.slice(0, ERROR_TEXT)}` : ''}`;
    } catch (caught) {
      const e = caught as Error & { cause?: { code?: string; message?: string } };
      error = (e.cause?.code ?? e.cause?.message ?? e.message).slice(0, ERROR_TEXT);
    }
    const attempts = delivery.attempts + 1;
    const outcome =
      error === null ? 'delivered' : attempts >= this.settings.maxAttempts ? 'dead' : 'retry';
    const wait = backoffMs(attempts, this.settings.retryBaseMs, this.settings.retryMaxMs);
    const next = sql`${sql.value(
      outcome === 'delivered' ? 'DELIVERED' : outcome === 'dead' ? 'DEAD' : 'PENDING',
    )}::text`;
    const [recorded] = await this.run<{ held: boolean }>(
      sql`with u as (
         update webhook_delivery set attempts = ${sql.value(attempts)}::int,
           last_status = ${sql.value(status)}::int, last_error = ${sql.value(error)}::text,
           status = ${next}, updated_at = now(),
           delivered_at = case when ${next} = 'DELIVERED' then now() end,
           next_attempt_at = case when ${next} = 'PENDING'
             then now() + ${sql.value(wait)}::float8 * interval '1 millisecond'
             else next_attempt_at end
         where id = ${sql.value(delivery.id)}::uuid and status = 'PENDING'
       ),
       l as (
         update webhook set lease_until = now() + ${this.leaseFor}
         where id = ${sql.value(webhook.id)}::uuid and lease_owner = ${this.me} and enabled
         returning 1
       )
       select exists (select 1 from l) as held`,
    );
    if (outcome !== 'delivered')
      this.log.info(
        { webhookId: webhook.id, deliveryId: delivery.id, attempts, error },
        outcome === 'dead'
          ? 'webhook delivery dead-lettered'
          : 'webhook delivery failed; will retry',
      );
    if (!recorded!.held) return 'lost';
    return outcome;
  }

  /** Stops taking work, waits for the round running, and lets go of its leases. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    this.listener.off('notification', this.signalled);
    this.listener.off('resync', this.kick);
    await this.running;
  }
}
