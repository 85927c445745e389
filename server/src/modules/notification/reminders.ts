import type pg from 'pg';
import { compile, sql } from '../../db/sql.js';
import { globalIdSql } from '../../graphql/relay.js';
import type { Logger } from '../../logger.js';
import { DEADLINE_TIME_ZONE, TASK_FINISHED, taskOverdue } from '../task/task.rules.js';
import { NotificationAudience, NotificationKind } from './notification.enums.js';

/*
 * Deadline reminders, from a scheduler in every instance. A scan writes TASK_DUE_SOON for each
 * task not finished whose deadline is today or within DUE_SOON_DAYS, and TASK_OVERDUE for each
 * overdue one (task.rules.ts's one definition), to the outbox. Each is keyed by its task and
 * deadline (`TASK_OVERDUE:<task>:<deadline>`), so any number of scans, from any number of
 * instances, write it once, and a moved deadline is reminded of again. The scan holds a
 * transaction-scoped advisory lock: one instance scans at a time, the others skip that round;
 * an instance that dies mid-scan leaves nothing half-done (its transaction rolls back, and the
 * next scan, by whichever instance, writes what is due).
 */

/** A task is due soon when its deadline is at most this many days away (in Shanghai). */
export const DUE_SOON_DAYS = 2;
const REMINDER_LOCK = 727_002;

/** Writes the reminders due now; how many it wrote (0 also when another instance is scanning). */
export async function scanReminders(pool: pg.Pool): Promise<number> {
  const today = sql`(now() at time zone ${sql.literal(DEADLINE_TIME_ZONE)})::date`;
  const kind = sql`case when ${taskOverdue('t')} then ${sql.literal(NotificationKind.TASK_OVERDUE)}
    else ${sql.literal(NotificationKind.TASK_DUE_SOON)} end`;
  const statement = sql`with due as (
      select t.*, ${kind} as kind from task t
      where t.deadline <= ${today} + ${sql.literal(DUE_SOON_DAYS)}::int
        and t.status <> all(${sql.literal(`{${TASK_FINISHED.join(',')}}`)}::text[])
    ),
    keyed as (
      select due.*, due.kind || ':' || due.id::text || ':' || due.deadline::text as key from due
    ),
    written as (
      insert into notification_event
        (delegation_id, kind, subject, audience, unit_organisation_id, payload, idempotency_key)
      select k.delegation_id, k.kind, ${globalIdSql('Task', sql`k.id`)},
        ${sql.literal(NotificationAudience.UNIT)}, k.owner_organisation_id,
        jsonb_build_object('title', k.title, 'deadline', k.deadline::text, 'status', k.status),
        k.key
      from keyed k
      where not exists (select 1 from notification_event e
        where e.idempotency_key = k.key and e.delegation_id = k.delegation_id)
      order by k.deadline, k.id
      on conflict (idempotency_key, delegation_id) do nothing
      returning 1
    )
    select count(*)::int as n from written`;
  const { text, values } = compile(statement);
  const client = await pool.connect();
  try {
    await client.query('begin');
    const { rows } = await client.query<{ got: boolean }>(
      'select pg_try_advisory_xact_lock($1::bigint) as got',
      [REMINDER_LOCK],
    );
    if (!rows[0]!.got) {
      await client.query('commit');
      return 0;
    }
    const { rows: written } = await client.query<{ n: number }>(text, values);
    await client.query('commit');
    return written[0]!.n;
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** Scans every `intervalMs` (and once at start) until stopped. */
export class ReminderScheduler {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  constructor(
    private readonly pool: pg.Pool,
    private readonly intervalMs: number,
    private readonly log: Logger,
  ) {}

  start(): void {
    if (this.intervalMs <= 0) return;
    this.timer = setInterval(() => void this.scan(), this.intervalMs);
    this.timer.unref();
    void this.scan();
  }

  /** One scan now (skipped while one runs here); how many reminders it wrote. */
  async scan(): Promise<number> {
    if (this.running) return 0;
    const run = scanReminders(this.pool).catch((error: unknown) => {
      this.log.warn({ err: error }, 'deadline reminder scan failed');
      return 0;
    });
    this.running = run;
    try {
      return await run;
    } finally {
      this.running = undefined;
    }
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
