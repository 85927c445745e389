import { afterAll, describe, expect, it } from 'vitest';
import { fromGlobalId, toGlobalId } from '../../server/src/graphql/relay.js';
import { waitingOnLock } from '../helpers/database.js';
import { approvedPurchaser } from '../helpers/fixtures.js';
import { startServerProcess, type ServerProcess } from '../helpers/process.js';
import { post, useTestServer } from '../helpers/server.js';

const RECORD = `mutation Record($input: RecordDealInput!) { recordDeal(input: $input) { id amountUsd } }`;
const AGGREGATE = `query Total { dealAggregate(groupBy: []) { count sumUsd } }`;

/** Exact money in cents: no floating point anywhere in the sums. */
const cents = (amount: string) => BigInt(amount.replace('.', ''));
const amountOf = (i: number) =>
  `${(i * 7_919 + 13) % 1_000_000}.${String((i * 37) % 100).padStart(2, '0')}`;

interface Acknowledged {
  id: string;
  goods: string;
  amount: string;
}

/**
 * Writes deals through the given servers, `concurrency` at a time, until `count` are sent or
 * `stop()` says so. A write is acknowledged when its HTTP answer is 200 with the deal's id.
 */
async function burst(options: {
  urls: string[];
  token: string;
  purchaser: string;
  count: number;
  concurrency: number;
  label: string;
  stop?: (acknowledged: number) => boolean;
}): Promise<{ acknowledged: Acknowledged[]; failed: number; reasons: string[]; sent: number }> {
  const acknowledged: Acknowledged[] = [];
  let failed = 0;
  // what the refused writes were answered (or why they got no answer), for the assertion message
  const reasons: string[] = [];
  let next = 0;
  let stopped = false;
  const worker = async (w: number) => {
    for (;;) {
      if (stopped || next >= options.count) return;
      const i = next++;
      const goods = `${options.label}-${i}`;
      const amount = amountOf(i);
      try {
        const response = await post(
          options.urls[(w + i) % options.urls.length]!,
          RECORD,
          { input: { purchaserId: options.purchaser, goods, amount, currency: 'USD' } },
          { authorization: `Bearer ${options.token}` },
        );
        const id = response.body.data?.recordDeal?.id;
        if (response.status === 200 && id && !response.body.errors) {
          expect(response.body.data.recordDeal.amountUsd).toBe(amount);
          acknowledged.push({ id, goods, amount });
        } else {
          failed += 1;
          reasons.push(`${response.status} ${JSON.stringify(response.body).slice(0, 300)}`);
        }
      } catch (error) {
        failed += 1; // the server went away mid-request: not acknowledged
        reasons.push(`${String(error)} ${String((error as { cause?: unknown }).cause)}`);
      }
      if (options.stop?.(acknowledged.length)) stopped = true;
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, (_, w) => worker(w)));
  return { acknowledged, failed, reasons, sent: next };
}

describe('faults', () => {
  const t = useTestServer();
  const processes: ServerProcess[] = [];
  afterAll(async () => {
    for (const p of processes) await p.kill('SIGKILL');
  });
  const spawn = async () => {
    const p = await startServerProcess({ DATABASE_URL: t.server.db.url, JWT_SECRET: '' });
    processes.push(p);
    return p;
  };
  const figures = { faultsSurvived: 0, acknowledged: 0, rowsLost: 0 };
  /** Until a statement waits on the test's lock on `table`: the request is in the server. */
  const waitingOn = (table: string) =>
    expect.poll(() => waitingOnLock(t.sql, table), { timeout: 20_000 }).toBeGreaterThan(0);

  it('kill -9 mid-burst, restart: every acknowledged deal is there, each with its audit event', async () => {
    const office = await t.token('DELEGATION_OFFICE', 'CIIE-5/QH');
    const p = await approvedPurchaser(t.sql, { subDelegation: 'SCIENCE' });
    const purchaser = toGlobalId('Purchaser', p.purchaser);
    const doomed = await spawn();

    let killed: Promise<number | null> | undefined;
    const result = await burst({
      urls: [doomed.url],
      token: office,
      purchaser,
      count: 300,
      concurrency: 20,
      label: 'crash',
      // the crash comes with writes in flight
      stop: (acknowledged) => {
        if (acknowledged >= 100 && !killed) killed = doomed.kill('SIGKILL');
        return killed !== undefined;
      },
    });
    expect(await killed).toBe(null); // ended by the signal, not by itself
    expect(result.acknowledged.length).toBeGreaterThanOrEqual(100);
    expect(result.acknowledged.length).toBeLessThan(300);

    const restarted = await spawn();
    const ids = result.acknowledged.map((a) => fromGlobalId(a.id, 'Deal')!.id);
    const { rows } = await t.sql.query(
      `select id, goods, amount::text as amount from deal where id = any($1::uuid[])`,
      [ids],
    );
    const found = new Map(rows.map((r) => [r.id, r]));
    const lost = result.acknowledged.filter((a) => {
      const row = found.get(fromGlobalId(a.id, 'Deal')!.id);
      return !row || row.goods !== a.goods || row.amount !== a.amount;
    });
    expect(lost).toEqual([]);
    // nothing half-written: every deal has its audit event, committed or not at all together
    const orphans = await t.sql.query(
      `select d.id from deal d where not exists
         (select 1 from audit_event a where a.entity_id = d.id and a.action = 'deal.record')`,
    );
    expect(orphans.rows).toEqual([]);
    // deals written but not acknowledged (the answer was lost with the process) are whole too
    const written = await t.sql.query(
      `select count(*)::int as n from deal where goods like 'crash-%'`,
    );
    expect(written.rows[0].n).toBeGreaterThanOrEqual(result.acknowledged.length);
    expect(written.rows[0].n).toBeLessThanOrEqual(result.sent);

    // the restarted instance serves them
    const total = await post(restarted.url, AGGREGATE, undefined, {
      authorization: `Bearer ${await t.token('ADMIN')}`,
    });
    expect(total.body.data.dealAggregate[0].count).toBe(written.rows[0].n);
    figures.faultsSurvived += 1;
    figures.acknowledged += result.acknowledged.length;
    figures.rowsLost += lost.length;
    console.log(
      `kill -9: ${result.sent} sent, ${result.acknowledged.length} acknowledged, ${written.rows[0].n} written, ${lost.length} lost`,
    );
  });

  it('1,000 concurrent deal writes through two instances: the totals are exact to the cent', async () => {
    const office = await t.token('DELEGATION_OFFICE', 'CIIE-5/QH');
    const admin = await t.token('ADMIN');
    const p = await approvedPurchaser(t.sql, { subDelegation: 'HEALTH' });
    const other = processes.at(-1)!;
    const before = (await t.as('ADMIN')(AGGREGATE)).body.data.dealAggregate[0];
    const result = await burst({
      urls: [t.url, other.url],
      token: office,
      purchaser: toGlobalId('Purchaser', p.purchaser),
      count: 1_000,
      concurrency: 1_000,
      label: 'concurrent',
    });
    if (result.reasons.length > 0) {
      const counts = new Map<string, number>();
      for (const reason of result.reasons) counts.set(reason, (counts.get(reason) ?? 0) + 1);
      console.log('refused or failed:', [...counts].map(([r, n]) => `${n} × ${r}`).join('\n'));
    }
    expect(result.reasons).toEqual([]);
    expect(result.failed).toBe(0);
    expect(result.acknowledged).toHaveLength(1_000);
    const expected = result.acknowledged.reduce((sum, a) => sum + cents(a.amount), 0n);
    for (const url of [t.url, other.url]) {
      const after = (await post(url, AGGREGATE, undefined, { authorization: `Bearer ${admin}` }))
        .body.data.dealAggregate[0];
      expect(after.count - before.count).toBe(1_000);
      expect(cents(after.sumUsd) - cents(before.sumUsd)).toBe(expected);
    }
    const orphans = await t.sql.query(
      `select count(*)::int as n from deal d where not exists (select 1 from audit_event a where a.entity_id = d.id)`,
    );
    expect(orphans.rows[0].n).toBe(0);
    figures.acknowledged += result.acknowledged.length;
    console.log(`concurrent: 1000 acknowledged, sum ${expected} cents exact on both instances`);
  });

  it('SIGTERM lets the request in flight finish, then closes the database and exits 0', async () => {
    const p = await spawn();
    const admin = await t.token('ADMIN');
    const holder = await t.sql.connect();
    try {
      await holder.query('begin');
      // the request below waits on this lock while the server is told to stop
      await holder.query('lock table expo in access exclusive mode');
      const inFlight = post(p.url, '{ expos { key } }', undefined, {
        authorization: `Bearer ${admin}`,
      });
      await waitingOn('expo');
      const exited = p.kill('SIGTERM');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(p.child.exitCode).toBe(null); // still draining
      await holder.query('rollback');
      const response = await inFlight;
      expect(response.status).toBe(200);
      expect(response.body.data.expos.length).toBeGreaterThan(0);
      expect(await exited).toBe(0);
    } finally {
      holder.release();
    }
    figures.faultsSurvived += 1;
  });

  it('SIGTERM after a client hung up mid-request: its work ends before the database closes', async () => {
    const p = await spawn();
    const admin = await t.token('ADMIN');
    const query = '{ delegation(expoKey: "CIIE-5", key: "QH") { key subDelegations { key } } }';
    // signed in once, so that the request below waits on the lock, not on reading the user
    expect((await post(p.url, query, undefined, { authorization: `Bearer ${admin}` })).status).toBe(
      200,
    );
    const holder = await t.sql.connect();
    try {
      await holder.query('begin');
      await holder.query('lock table delegation in access exclusive mode');
      const hangUp = new AbortController();
      const abandoned = fetch(p.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
        body: JSON.stringify({ query }),
        signal: hangUp.signal,
      }).then(
        () => 'answered',
        () => 'hung up',
      );
      await waitingOn('delegation');
      hangUp.abort();
      expect(await abandoned).toBe('hung up');
      const exited = p.kill('SIGTERM');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(p.child.exitCode).toBe(null); // the abandoned request is still being worked on
      // its first statement returns, and its next one runs before the database closes
      await holder.query('rollback');
      expect(await exited).toBe(0);
      expect(p.output()).not.toMatch(/Cannot use a pool|internal error|request failed/);
    } finally {
      holder.release();
    }
    figures.faultsSurvived += 1;
    console.log(`fault figures: ${JSON.stringify(figures)}`);
  });
});
