/**
 * Notifications survive a crash: the server (a process of its own, from the build) is killed
 * with SIGKILL while events wait for a receiver that is down; started again, it delivers every
 * one once the receiver is back, in order, each once (a duplicate, if any, carries the same
 * X-DelegationHub-Delivery key). Two instances on one database never deliver an event twice to
 * one webhook.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureUser, resolveScope } from '../../server/src/auth/bootstrap.js';
import { Role } from '../../server/src/auth/roles.js';
import { loadSigningKey, issueToken } from '../../server/src/auth/tokens.js';
import { toGlobalId } from '../../server/src/graphql/relay.js';
import { createTestDatabase } from '../helpers/database.js';
import { startServerProcess, type ServerProcess } from '../helpers/process.js';
import { post } from '../helpers/server.js';
import { TestReceiver, until } from '../helpers/webhooks.js';

const JWT_SECRET = 'notifications-crash-test-secret-0123456789';

/** The uuid inside a global ID. */
const fromGlobal = (id: string) => Buffer.from(id, 'base64url').toString().split(':')[1]!;

const env = (url: string) => ({
  DATABASE_URL: url,
  JWT_SECRET,
  WEBHOOK_POLL_MS: '100',
  WEBHOOK_RETRY_BASE_MS: '100',
  WEBHOOK_RETRY_MAX_MS: '200',
  WEBHOOK_MAX_ATTEMPTS: '1000',
  // generous: on a loaded machine a slow answer would count as a failed try, and an instance
  // slow between two tries as a dead one, and either event would then be delivered twice
  WEBHOOK_LEASE_MS: '10000',
  WEBHOOK_TIMEOUT_MS: '5000',
  REMINDER_INTERVAL_MS: '0',
  RATE_LIMIT_PER_MINUTE: '0',
});

describe('notifications across a crash and across instances', () => {
  let db: { url: string; drop(): Promise<void> };
  let sql: pg.Pool;
  let delegationUuid: string;
  let delegationId: string;
  let token: string;
  const processes: ServerProcess[] = [];
  const receivers: TestReceiver[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    sql = new pg.Pool({ connectionString: db.url, max: 4 });
    const { rows } = await sql.query(`select id from delegation where key = 'QH' limit 1`);
    delegationUuid = rows[0].id;
    delegationId = toGlobalId('Delegation', delegationUuid);
    const scope = await resolveScope(sql, Role.DELEGATION_OFFICE, 'CIIE-5/QH');
    const userId = await ensureUser(sql, 'office@QH', Role.DELEGATION_OFFICE, [scope], 'test');
    token = (await issueToken(await loadSigningKey(JWT_SECRET, '/nonexistent'), userId, 3600))
      .token;
  });

  afterAll(async () => {
    for (const p of processes) await p.kill('SIGKILL');
    for (const r of receivers) await r.stop();
    await sql?.end();
    await db?.drop();
  });

  async function serve(): Promise<ServerProcess> {
    const p = await startServerProcess(env(db.url));
    processes.push(p);
    return p;
  }

  /** The office registers a webhook through the API; the receiver learns its secret. */
  async function register(url: string, receiver: TestReceiver): Promise<string> {
    const { status, body } = await post(
      url,
      `mutation($i: RegisterWebhookInput!) { registerWebhook(input: $i) { secret webhook { id } } }`,
      { i: { delegationId, url: receiver.url } },
      { authorization: `Bearer ${token}` },
    );
    expect(status, JSON.stringify(body)).toBe(200);
    receiver.secret = body.data.registerWebhook.secret;
    return body.data.registerWebhook.webhook.id;
  }

  /** Outbox events committed as a change commits them; their subjects in order. */
  async function events(n: number, tag: string): Promise<string[]> {
    const subjects: string[] = [];
    for (let i = 0; i < n; i += 1) {
      const subject = toGlobalId('Circular', randomUUID());
      await sql.query(
        `insert into notification_event (delegation_id, kind, subject, audience, payload, idempotency_key)
         values ($1, 'CIRCULAR', $2, 'DELEGATION', $3, $4)`,
        [delegationUuid, subject, JSON.stringify({ tag, i }), `crash:${tag}:${i}`],
      );
      subjects.push(subject);
    }
    return subjects;
  }

  /** Each subject received, in order, each once or only again under the same delivery key. */
  function expectDeliveredOnce(receiver: TestReceiver, subjects: string[]) {
    const mine = receiver.received.filter((r) => subjects.includes(r.body.subject));
    const firsts: string[] = [];
    const keys = new Map<string, string>();
    for (const r of mine) {
      const key = r.headers['x-delegationhub-delivery']!;
      const seen = keys.get(r.body.subject);
      if (seen === undefined) {
        keys.set(r.body.subject, key);
        firsts.push(r.body.subject);
      } else expect(key).toBe(seen);
      expect(r.verified).toBe(true);
    }
    expect(firsts).toEqual(subjects);
    return mine.length - subjects.length;
  }

  it('kill -9 with undelivered events, restart: every event delivered, in order', async () => {
    const receiver = await new TestReceiver().start();
    receivers.push(receiver);
    const first = await serve();
    await register(first.url, receiver);
    receiver.mode = 'down';
    const before = await events(10, 'before');
    // the first is being tried (and failing), the rest wait behind it
    await until(async () => {
      const { rows } = await sql.query(`select max(attempts)::int as n from webhook_delivery`);
      return rows[0].n >= 2 ? true : undefined;
    }, 'tries against the receiver that is down');
    expect(await first.kill('SIGKILL')).toBe(null);
    // committed while no server runs: nothing fans them out yet
    const during = await events(5, 'during');
    receiver.mode = 'up';
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(receiver.received).toHaveLength(0);
    const second = await serve();
    const all = [...before, ...during];
    await until(
      () => (all.every((s) => receiver.about(s).length > 0) ? true : undefined),
      'every event after the restart',
      30_000,
    );
    const duplicates = expectDeliveredOnce(receiver, all);
    expect(duplicates).toBe(0);
    // each recorded DELIVERED just after the receiver answered
    await until(async () => {
      const { rows } = await sql.query(
        `select status, count(*)::int as n from webhook_delivery group by status`,
      );
      return JSON.stringify(rows) === JSON.stringify([{ status: 'DELIVERED', n: all.length }])
        ? true
        : undefined;
    }, 'every delivery recorded DELIVERED');
    await second.kill('SIGTERM');
  });

  it('two instances on one database never deliver an event twice to one webhook', async () => {
    const a = await serve();
    const b = await serve();
    const hooks: { receiver: TestReceiver; id: string }[] = [];
    for (let i = 0; i < 3; i += 1) {
      const receiver = await new TestReceiver().start();
      receivers.push(receiver);
      hooks.push({ receiver, id: await register(i % 2 ? a.url : b.url, receiver) });
    }
    // a burst from four writers at once
    const batches = await Promise.all([0, 1, 2, 3].map((w) => events(50, `burst-${w}`)));
    const subjects = batches.flat();
    for (const { receiver, id } of hooks) {
      await until(
        () => (subjects.every((s) => receiver.about(s).length > 0) ? true : undefined),
        'the burst at every webhook',
        30_000,
      );
      // in the order the events were committed (fanned out): concurrent writers commit in
      // another order than they numbered their events, and each writer's own stay in order
      const { rows: order } = await sql.query(
        `select e.subject from webhook_delivery d join notification_event e on e.id = d.event_id
         where d.webhook_id = $1 and e.subject = any($2) order by d.sequence`,
        [fromGlobal(id), subjects],
      );
      expect(
        expectDeliveredOnce(
          receiver,
          order.map((r) => r.subject as string),
        ),
      ).toBe(0);
      for (const batch of batches) {
        const got = receiver.received.map((r) => r.body.subject).filter((s) => batch.includes(s));
        expect(got).toEqual(batch);
      }
    }
    // one try recorded per event per webhook (the first test's webhook receives them too)
    const { rows: hooksNow } = await sql.query(`select count(*)::int as n from webhook`);
    expect(hooksNow[0].n).toBe(4);
    // (recorded just after each receiver answered)
    const rows = await until(async () => {
      const { rows } = await sql.query(
        `select count(*)::int as n, sum(attempts)::int as tries from webhook_delivery d
         join notification_event e on e.id = d.event_id
         where e.subject = any($1) and d.status = 'DELIVERED'`,
        [subjects],
      );
      return rows[0].n === subjects.length * 4 ? rows : undefined;
    }, 'every delivery recorded');
    expect(rows[0]).toEqual({ n: subjects.length * 4, tries: subjects.length * 4 });
    await Promise.all([a.kill('SIGTERM'), b.kill('SIGTERM')]);
  });
});
