/**
 * Notifications as the roles meet them through the SDK: an overdue task's reminder arrives once
 * (however many scans, from however many places), in the owner unit's feed and at the office's
 * webhook, signed; a problem answered reaches the unit's feed and nobody else's; mark-as-read;
 * the live subscription; a receiver down for a while gets every event, in order, once it is
 * back; dead-lettering after the last try and manual redelivery; bad input refused, nothing
 * written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AnswerTaskProblemDocument,
  CreateTaskDocument,
  DelegationStructureDocument,
  MarkNotificationsReadDocument,
  NotificationAddedDocument,
  NotificationsDocument,
  RaiseTaskProblemDocument,
  RecordCreditCheckDocument,
  RedeliverWebhookDeliveryDocument,
  RegisterWebhookDocument,
  SendBackPurchaserDocument,
  UnreadNotificationCountDocument,
  UpdateWebhookDocument,
  WebhookDeliveriesDocument,
  WebhooksDocument,
  type DelegationHubClient,
} from '../../sdk/src/index.js';
import { toGlobalId } from '../../server/src/graphql/relay.js';
import { scanReminders } from '../../server/src/modules/notification/reminders.js';
import { approvedPurchaser } from '../helpers/fixtures.js';
import { refusedUnchanged } from '../helpers/refusals.js';
import { useTestServer } from '../helpers/server.js';
import { TestReceiver, until, verifySignature } from '../helpers/webhooks.js';

/** The day `offset` days from today, in Shanghai (where deadlines are days). */
const day = (offset: number) =>
  new Date(Date.now() + 8 * 3600_000 + offset * 86_400_000).toISOString().slice(0, 10);

// tries 100, 200, then 300 ms apart: a receiver down (or failing) for 2.4 s loses nothing, time
// enough for the tests below to look and bring it back before the last try
const MAX_ATTEMPTS = 10;

/** The uuid inside a global ID. */
const fromGlobal = (id: string) => Buffer.from(id, 'base64url').toString().split(':')[1]!;

describe('notifications: the outbox, the feed, the subscription and webhooks', () => {
  const t = useTestServer({
    webhookPollMs: 100,
    webhookRetryBaseMs: 100,
    webhookRetryMaxMs: 300,
    webhookMaxAttempts: MAX_ATTEMPTS,
    webhookTimeoutMs: 2_000,
    webhookLeaseMs: 5_000,
    // scans are run by the test, to see each
    reminderIntervalMs: 0,
  });
  const receiver = new TestReceiver();
  let office: DelegationHubClient;
  let commerce: DelegationHubClient;
  let health: DelegationHubClient;
  let delegationId: string;
  let delegationUuid: string;
  let units: Map<string, string>;
  let webhookId: string;

  beforeAll(async () => {
    await receiver.start();
    office = await t.client('DELEGATION_OFFICE', 'CIIE-5/QH');
    commerce = await t.client('MEMBER_UNIT', 'CIIE-5/QH/COMMERCE');
    health = await t.client('MEMBER_UNIT', 'CIIE-5/QH/HEALTH');
    const { delegation } = await office.request(DelegationStructureDocument, {
      expoKey: 'CIIE-5',
      key: 'QH',
    });
    delegationId = delegation!.id;
    units = new Map(delegation!.memberUnits.map((u) => [u.organisation.key!, u.organisation.id]));
    const { rows } = await t.sql.query(`select id from delegation where key = 'QH' limit 1`);
    delegationUuid = rows[0].id;
  });

  afterAll(async () => {
    await receiver.stop();
  });

  /** An outbox event written as a change would write it (for delivery tests). */
  async function outboxEvent(key: string): Promise<{ id: string; subject: string }> {
    const subject = toGlobalId('Circular', crypto.randomUUID());
    const { rows } = await t.sql.query(
      `insert into notification_event (delegation_id, kind, subject, audience, payload, idempotency_key)
       values ($1, 'CIRCULAR', $2, 'DELEGATION', $3, $4) returning id::text`,
      [delegationUuid, subject, JSON.stringify({ title: key }), `test:${key}`],
    );
    return { id: rows[0].id, subject };
  }

  const feed = async (client: DelegationHubClient, unreadOnly = false) =>
    (await client.request(NotificationsDocument, { first: 100, unreadOnly })).notifications;

  it('refuses bad webhooks with the field at fault, writing nothing', async () => {
    const register =
      (input: Record<string, unknown>, client = office) =>
      () =>
        client.request(RegisterWebhookDocument, {
          input: { delegationId, url: receiver.url, ...input } as never,
        });
    for (const url of ['ftp://example.com/hook', 'not a url', 'javascript:alert(1)']) {
      const refused = await refusedUnchanged(t.sql, register({ url }));
      expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.url' });
    }
    const unknown = await refusedUnchanged(
      t.sql,
      register({ delegationId: toGlobalId('Delegation', crypto.randomUUID()) }),
    );
    expect(unknown).toMatchObject({ code: 'NOT_FOUND', field: 'input.delegationId' });
    const unit = await refusedUnchanged(t.sql, register({}, commerce));
    expect(unit.code).toBe('FORBIDDEN');
    const noKinds = await refusedUnchanged(t.sql, register({ kinds: [] }));
    expect(noKinds).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.kinds' });
  });

  it('the office registers a webhook; its secret is shown once', async () => {
    const { registerWebhook } = await office.request(RegisterWebhookDocument, {
      input: { delegationId, url: receiver.url },
    });
    expect(registerWebhook.secret).toMatch(/^whsec_[0-9a-f]{64}$/);
    expect(registerWebhook.webhook).toMatchObject({
      url: receiver.url,
      enabled: true,
      kinds: null,
    });
    receiver.secret = registerWebhook.secret;
    webhookId = registerWebhook.webhook.id;
    const { rows } = await t.sql.query(`select count(*)::int as n from webhook`);
    expect(rows[0].n).toBe(1);
  });

  it("an overdue task's reminder arrives once: in the unit's feed and at the webhook, signed", async () => {
    const { createTask: overdue } = await office.request(CreateTaskDocument, {
      input: {
        delegationId,
        ownerOrganisationId: units.get('COMMERCE')!,
        title: '上报采购商名单',
        deadline: day(0),
      },
    });
    const { createTask: soon } = await office.request(CreateTaskDocument, {
      input: {
        delegationId,
        ownerOrganisationId: units.get('COMMERCE')!,
        title: '组织供需对接会',
        deadline: day(1),
      },
    });
    // time passes: the first task's deadline day is over
    await t.sql.query(`update task set deadline = $2 where id = $1`, [
      fromGlobal(overdue.id),
      day(-1),
    ]);
    // scans at once, and again: from the test, from the server's scheduler, twice
    const written = await Promise.all([
      scanReminders(t.sql),
      t.server.notifications.reminders.scan(),
      scanReminders(t.sql),
    ]);
    const again = await scanReminders(t.sql);
    expect(again).toBe(0);
    const { rows } = await t.sql.query(
      `select kind, subject, count(*)::int as n from notification_event
       where kind in ('TASK_OVERDUE', 'TASK_DUE_SOON') group by kind, subject order by kind`,
    );
    expect(rows).toEqual([
      { kind: 'TASK_DUE_SOON', subject: soon.id, n: 1 },
      { kind: 'TASK_OVERDUE', subject: overdue.id, n: 1 },
    ]);
    expect(written.reduce((a, b) => a + b, 0)).toBe(2);

    const mine = await feed(commerce);
    expect(mine.edges.map((e) => [e.node.kind, e.node.subject])).toEqual(
      expect.arrayContaining([
        ['TASK_OVERDUE', overdue.id],
        ['TASK_DUE_SOON', soon.id],
      ]),
    );
    expect(mine.edges.find((e) => e.node.subject === overdue.id)!.node).toMatchObject({
      read: false,
      payload: { title: '上报采购商名单', deadline: day(-1), status: 'OPEN' },
    });
    // another unit reads none of them
    expect((await feed(health)).edges.some((e) => e.node.subject === overdue.id)).toBe(false);

    const [arrived] = await until(() => {
      const got = receiver.about(overdue.id);
      return got.length ? got : undefined;
    }, 'the overdue reminder at the webhook');
    expect(arrived!.verified).toBe(true);
    expect(arrived!.body).toMatchObject({
      kind: 'TASK_OVERDUE',
      delegationId,
      subject: overdue.id,
      data: { title: '上报采购商名单' },
    });
    expect(arrived!.headers['x-delegationhub-delivery']).toMatch(/^\d+:[0-9a-f-]{36}$/);
    const age = Date.now() / 1000 - Number(arrived!.headers['x-delegationhub-timestamp']);
    expect(age).toBeGreaterThanOrEqual(0);
    expect(age).toBeLessThan(60);
    // a forged body does not verify
    expect(
      verifySignature(receiver.secret!, arrived!.headers, arrived!.raw.replace('OPEN', 'DONE')),
    ).toBe(false);
    // once: more scans and polls later, still one POST
    await scanReminders(t.sql);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(receiver.about(overdue.id)).toHaveLength(1);

    // the deadline moves (and passes again): a reminder for the new deadline
    await t.sql.query(`update task set deadline = $2 where id = $1`, [
      fromGlobal(overdue.id),
      day(-2),
    ]);
    expect(await scanReminders(t.sql)).toBe(1);
    await until(
      () => (receiver.about(overdue.id).length === 2 ? true : undefined),
      'the reminder of the new deadline',
    );
  });

  it("a problem answered reaches the unit's feed, and the office's, not another unit's", async () => {
    const { raiseTaskProblem } = await commerce.request(RaiseTaskProblemDocument, {
      input: { delegationId, text: '展位不足' },
    });
    const { answerTaskProblem } = await office.request(AnswerTaskProblemDocument, {
      input: { id: raiseTaskProblem.id, version: raiseTaskProblem.version, answer: '已协调' },
    });
    expect(answerTaskProblem.status).toBe('ANSWERED');
    const about = (list: Awaited<ReturnType<typeof feed>>) =>
      list.edges.filter((e) => e.node.subject === raiseTaskProblem.id).map((e) => e.node);
    expect(about(await feed(commerce))).toMatchObject([
      { kind: 'PROBLEM_ANSWERED', payload: { answer: '已协调' }, read: false },
    ]);
    expect(about(await feed(office))).toHaveLength(1);
    expect(about(await feed(health))).toHaveLength(0);
    await until(
      () => (receiver.about(raiseTaskProblem.id).length ? true : undefined),
      'the answer at the webhook',
    );
  });

  it('marks notifications read: some by ID, then all up to one', async () => {
    const unread = (await commerce.request(UnreadNotificationCountDocument))
      .unreadNotificationCount;
    const list = await feed(commerce, true);
    expect(list.totalCount).toBe(unread);
    expect(unread).toBeGreaterThanOrEqual(3);
    const [newest, second] = list.edges.map((e) => e.node);
    const marked = await commerce.request(MarkNotificationsReadDocument, { ids: [second!.id] });
    expect(marked.markNotificationsRead).toEqual({ marked: 1, unreadCount: unread - 1 });
    const after = await feed(commerce);
    expect(after.edges.find((e) => e.node.id === second!.id)!.node.read).toBe(true);
    expect(after.edges.find((e) => e.node.id === newest!.id)!.node.read).toBe(false);
    // the office's read state is its own
    expect((await feed(office)).edges.find((e) => e.node.id === second!.id)!.node.read).toBe(false);
    const all = await commerce.request(MarkNotificationsReadDocument, { upTo: newest!.id });
    expect(all.markNotificationsRead).toEqual({ marked: unread - 1, unreadCount: 0 });
    expect((await feed(commerce, true)).totalCount).toBe(0);
    // an ID the unit does not read (another unit's) is NOT_FOUND at its path, nothing written
    const subject = toGlobalId('Circular', crypto.randomUUID());
    const { rows } = await t.sql.query(
      `insert into notification_event
         (delegation_id, kind, subject, audience, unit_organisation_id, idempotency_key)
       values ($1, 'CIRCULAR', $2, 'UNIT', $3, 'test:health-only') returning id::text`,
      [delegationUuid, subject, fromGlobal(units.get('HEALTH')!)],
    );
    const theirs = toGlobalId('Notification', rows[0].id);
    // delivered to the webhook first, so that nothing moves while the refusal is checked
    await until(() => (receiver.about(subject).length ? true : undefined), 'its delivery');
    // and recorded by the worker (it writes the delivery once the receiver has answered)
    await until(async () => {
      const { rows: recorded } = await t.sql.query(
        `select bool_and(d.status = 'DELIVERED') as done from webhook_delivery d
         join notification_event e on e.id = d.event_id where e.subject = $1`,
        [subject],
      );
      return recorded[0].done ? true : undefined;
    }, 'its delivery recorded');
    expect((await feed(health)).edges.some((e) => e.node.id === theirs)).toBe(true);
    const refused = await refusedUnchanged(t.sql, () =>
      commerce.request(MarkNotificationsReadDocument, { ids: [newest!.id, theirs] }),
    );
    expect(refused).toMatchObject({ code: 'NOT_FOUND', field: 'ids.1' });
    const bad = await refusedUnchanged(t.sql, () =>
      commerce.request(MarkNotificationsReadDocument, {
        upTo: toGlobalId('Task', crypto.randomUUID()),
      }),
    );
    expect(bad).toMatchObject({ code: 'NOT_FOUND', field: 'upTo' });
  });

  it('a subscriber gets notificationAdded for its own notifications only', async () => {
    const listener = t.server.app.listener;
    const listening = listener.listenerCount('notification');
    const events = commerce.subscribe(NotificationAddedDocument);
    const first = events.next();
    // the subscription hears what is committed once the server has set it up: wait for that
    await expect
      .poll(() => listener.listenerCount('notification'), { timeout: 20_000 })
      .toBe(listening + 1);
    // HEALTH's problem answered: not commerce's
    const { raiseTaskProblem: theirs } = await health.request(RaiseTaskProblemDocument, {
      input: { delegationId, text: '人员不足' },
    });
    await office.request(AnswerTaskProblemDocument, {
      input: { id: theirs.id, version: theirs.version, answer: '已安排' },
    });
    const { raiseTaskProblem: ours } = await commerce.request(RaiseTaskProblemDocument, {
      input: { delegationId, text: '资料未到' },
    });
    await office.request(AnswerTaskProblemDocument, {
      input: { id: ours.id, version: ours.version, answer: '明日送达' },
    });
    const got = await first;
    expect(got.value.notificationAdded).toMatchObject({
      kind: 'PROBLEM_ANSWERED',
      subject: ours.id,
      read: false,
    });
    await events.return?.();
  });

  const deliveries = async () =>
    (
      await office.request(WebhookDeliveriesDocument, {
        webhookId,
        first: 100,
      })
    ).webhookDeliveries;

  it('a receiver down for a while, then up, gets every event once, in order', async () => {
    await until(
      async () =>
        (await deliveries()).nodes.every((d) => d.status === 'DELIVERED') ? true : undefined,
      'earlier deliveries done',
    );
    receiver.mode = 'down';
    const made: { id: string; subject: string }[] = [];
    for (let i = 0; i < 5; i += 1) made.push(await outboxEvent(`down-${i}`));
    // the first is tried (and fails) while the others wait behind it, all seen in one read
    const seen = await until(async () => {
      const list = (await deliveries()).nodes;
      const head = list.find((d) => d.notification.subject === made[0]!.subject);
      return head && head.attempts >= 2 ? list : undefined;
    }, 'failed tries of the first');
    receiver.mode = 'up';
    const of = (m: { subject: string }) => seen.find((d) => d.notification.subject === m.subject);
    expect(of(made[0]!)).toMatchObject({ status: 'PENDING', lastError: expect.any(String) });
    expect(made.slice(1).map((m) => [of(m)?.status, of(m)?.attempts])).toEqual(
      made.slice(1).map(() => ['PENDING', 0]),
    );
    await until(
      () => (made.every((m) => receiver.about(m.subject).length > 0) ? true : undefined),
      'every event after the receiver is back',
    );
    const order = receiver.received
      .filter((r) => made.some((m) => m.subject === r.body.subject))
      .map((r) => r.body.subject);
    expect(order).toEqual(made.map((m) => m.subject));
    for (const r of receiver.received) expect(r.verified).toBe(true);
  });

  it('dead-letters after the last try, lets the next go, and redelivers on demand', async () => {
    receiver.mode = 'failing';
    const dead = await outboxEvent('dead');
    const next = await outboxEvent('after-dead');
    const deadDelivery = await until(async () => {
      const found = (await deliveries()).nodes.find((d) => d.notification.subject === dead.subject);
      return found?.status === 'DEAD' ? found : undefined;
    }, 'the dead letter');
    expect(deadDelivery).toMatchObject({
      attempts: MAX_ATTEMPTS,
      lastStatus: 503,
      lastError: 'HTTP 503: not now',
    });
    receiver.mode = 'up';
    // the next one went on once the first was dead-lettered
    await until(() => (receiver.about(next.subject).length ? true : undefined), 'the next event');
    expect(receiver.about(dead.subject)).toHaveLength(0);
    const { redeliverWebhookDelivery } = await office.request(RedeliverWebhookDeliveryDocument, {
      id: deadDelivery.id,
    });
    expect(redeliverWebhookDelivery).toMatchObject({ status: 'PENDING', attempts: 0 });
    await until(() => (receiver.about(dead.subject).length ? true : undefined), 'the redelivery');
    const [arrived] = receiver.about(dead.subject);
    expect(arrived!.headers['x-delegationhub-delivery']).toBe(deadDelivery.deliveryKey);
    // the worker records the delivery once the receiver's answer is in: after the POST arrived
    const done = await until(async () => {
      const row = (await deliveries()).nodes.find((d) => d.id === deadDelivery.id)!;
      return row.status === 'PENDING' ? undefined : row;
    }, 'the redelivery recorded');
    expect(done).toMatchObject({ status: 'DELIVERED', attempts: 1, lastError: null });
    // a PENDING one cannot be redelivered; another's ID is NOT_FOUND; a unit may not
    const unit = await refusedUnchanged(t.sql, () =>
      commerce.request(RedeliverWebhookDeliveryDocument, { id: deadDelivery.id }),
    );
    expect(unit.code).toBe('FORBIDDEN');
    const missing = await refusedUnchanged(t.sql, () =>
      office.request(RedeliverWebhookDeliveryDocument, {
        id: toGlobalId('WebhookDelivery', crypto.randomUUID()),
      }),
    );
    expect(missing).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
  });

  it('a disabled webhook gets nothing until enabled again; a stale version is a CONFLICT', async () => {
    const { webhooks } = await office.request(WebhooksDocument, { first: 10 });
    const hook = webhooks.nodes[0]!;
    const { updateWebhook } = await office.request(UpdateWebhookDocument, {
      input: { id: webhookId, version: hook.version, enabled: false },
    });
    expect(updateWebhook.enabled).toBe(false);
    const quiet = await outboxEvent('while-disabled');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(receiver.about(quiet.subject)).toHaveLength(0);
    const stale = await refusedUnchanged(t.sql, () =>
      office.request(UpdateWebhookDocument, {
        input: { id: webhookId, version: hook.version, enabled: true },
      }),
    );
    expect(stale).toMatchObject({ code: 'CONFLICT', field: 'input.version' });
    const bad = await refusedUnchanged(t.sql, () =>
      office.request(UpdateWebhookDocument, {
        input: { id: webhookId, version: updateWebhook.version, url: 'mailto:office@example.com' },
      }),
    );
    expect(bad).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.url' });
    await office.request(UpdateWebhookDocument, {
      input: { id: webhookId, version: updateWebhook.version, enabled: true },
    });
    const after = await outboxEvent('enabled-again');
    await until(() => (receiver.about(after.subject).length ? true : undefined), 'enabled again');
    // events of the disabled spell were not fanned out to it
    expect(receiver.about(quiet.subject)).toHaveLength(0);
  });

  it('a purchaser sent back and a failed credit check reach those who read the purchaser', async () => {
    // approved, in Commerce's sub-delegation, invited by the Commerce member unit
    const p = await approvedPurchaser(t.sql);
    const purchaser = toGlobalId('Purchaser', p.purchaser);
    const { rows } = await t.sql.query(`select version from purchaser where id = $1`, [
      p.purchaser,
    ]);
    await office.request(SendBackPurchaserDocument, {
      input: { purchaserId: purchaser, version: rows[0].version, reason: '补充材料' },
    });
    const checker = await t.client('CREDIT_CHECKER', 'CIIE-5/QH');
    const { recordCreditCheck } = await checker.request(RecordCreditCheckDocument, {
      input: { purchaserId: purchaser, result: 'FAILED', note: '失信记录' },
    });
    const about = async (client: DelegationHubClient) =>
      (await feed(client)).edges
        .filter((e) => [purchaser, recordCreditCheck.id].includes(e.node.subject))
        .map((e) => [e.node.kind, e.node.subject, e.node.payload]);
    const expected = [
      ['CREDIT_CHECK_FAILED', recordCreditCheck.id, { purchaserId: purchaser, note: '失信记录' }],
      ['PURCHASER_SENT_BACK', purchaser, { reason: '补充材料' }],
    ];
    expect(await about(commerce)).toEqual(expected);
    expect(await about(office)).toEqual(expected);
    expect(await about(health)).toEqual([]);
    await until(
      () =>
        receiver.about(purchaser).length && receiver.about(recordCreditCheck.id).length
          ? true
          : undefined,
      'both at the webhook',
    );
    // a passed check tells nobody
    await checker.request(RecordCreditCheckDocument, {
      input: { purchaserId: purchaser, result: 'PASSED' },
    });
    const { rows: events } = await t.sql.query(
      `select count(*)::int as n from notification_event where payload->>'purchaserId' = $1 or subject = $1`,
      [purchaser],
    );
    expect(events[0].n).toBe(2);
  });
});
