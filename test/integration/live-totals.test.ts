import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { toGlobalId } from '../../server/src/graphql/relay.js';
import { approvedPurchaser, insertDeal } from '../helpers/fixtures.js';
import { startServerProcess, type ServerProcess } from '../helpers/process.js';
import { useTestServer } from '../helpers/server.js';

const TOTALS = `subscription($d: ID, $e: ID, $g: [DealGroupBy!]) {
  dealTotals(delegationId: $d, expoId: $e, groupBy: $g) {
    sequence at groups { subDelegation { key } status count sumUsd }
  }
}`;
const AGGREGATE = `query($g: [DealGroupBy!]) { dealAggregate(groupBy: $g) { subDelegation { key } status count sumUsd } }`;

interface Subscriber {
  messages: any[];
  errors: unknown[];
  client: Client;
  waitFor(predicate: (message: any) => boolean, ms?: number): Promise<any>;
}

function subscribe(
  url: string,
  token: string,
  variables: Record<string, unknown>,
  query = TOTALS,
): Subscriber {
  const client = createClient({
    url: url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
  });
  const messages: any[] = [];
  const errors: unknown[] = [];
  const listeners = new Set<() => void>();
  client.subscribe(
    { query, variables },
    {
      next: (value) => {
        if (value.errors) errors.push(value.errors);
        else messages.push(value.data);
        for (const l of listeners) l();
      },
      error: (error) => {
        errors.push(error);
        for (const l of listeners) l();
      },
      complete: () => undefined,
    },
  );
  return {
    messages,
    errors,
    client,
    waitFor(predicate, ms = 5_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = messages.find(predicate);
          if (found) {
            listeners.delete(check);
            clearTimeout(timer);
            resolve(found);
          }
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(
            new Error(
              `no matching message in ${ms} ms; got ${JSON.stringify(messages.at(-1))}; errors ${JSON.stringify(errors)}`,
            ),
          );
        }, ms);
        listeners.add(check);
        check();
      });
    },
  };
}

const total = (message: any) =>
  message.dealTotals.groups.reduce(
    (sum: bigint, g: any) => sum + BigInt(g.sumUsd.replace('.', '')),
    0n,
  );
const count = (message: any) =>
  message.dealTotals.groups.reduce((n: number, g: any) => n + g.count, 0);

describe('live deal totals across two server instances', () => {
  const t = useTestServer();
  let b: ServerProcess;
  let qh: string;
  const subscribers: Subscriber[] = [];

  beforeAll(async () => {
    b = await startServerProcess({ DATABASE_URL: t.server.db.url, JWT_SECRET: '' });
    qh = toGlobalId(
      'Delegation',
      (await t.sql.query(`select id from delegation where key = 'QH'`)).rows[0].id,
    );
  });
  afterAll(async () => {
    for (const s of subscribers) await s.client.dispose();
    await b?.kill();
  });

  it('pushes the current totals, then new totals within a second of a commit elsewhere, equal to a fresh query', async () => {
    const office = await t.token('DELEGATION_OFFICE', 'CIIE-5/QH');
    const onA = subscribe(t.url, office, { d: qh, g: ['SUB_DELEGATION', 'STATUS'] });
    subscribers.push(onA);
    const first = await onA.waitFor(() => true);
    expect(first.dealTotals.groups).toEqual([]);

    const p = await approvedPurchaser(t.sql, { subDelegation: 'HEALTH' });
    const started = Date.now();
    await insertDeal(t.sql, p, '1234567.89');
    const next = await onA.waitFor((m) => count(m) === 1, 1_000);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(next.dealTotals.groups).toEqual([
      { subDelegation: { key: 'HEALTH' }, status: 'INTENDED', count: 1, sumUsd: '1234567.89' },
    ]);
    const fresh = await t.as('DELEGATION_OFFICE', 'CIIE-5/QH')(AGGREGATE, {
      g: ['SUB_DELEGATION', 'STATUS'],
    });
    expect(next.dealTotals.groups).toEqual(fresh.body.data.dealAggregate);
  });

  it('leaves every subscriber on either instance with the exact totals after 200 concurrent writes', async () => {
    const office = await t.token('DELEGATION_OFFICE', 'CIIE-5/QH');
    const analyst = await t.token('ANALYST', 'CIIE-5/QH');
    const watchers = [
      subscribe(t.url, office, { d: qh, g: ['SUB_DELEGATION', 'STATUS'] }),
      subscribe(t.url, analyst, { d: qh, g: ['SUB_DELEGATION', 'STATUS'] }),
      subscribe(b.url, office, { d: qh, g: ['SUB_DELEGATION', 'STATUS'] }),
      subscribe(b.url, analyst, { d: qh, g: [] }),
    ];
    subscribers.push(...watchers);
    await Promise.all(watchers.map((w) => w.waitFor(() => true)));
    const purchasers = await Promise.all(
      ['COMMERCE', 'SCIENCE', 'ECOLOGY', 'HEALTH'].map((s) =>
        approvedPurchaser(t.sql, { subDelegation: s }),
      ),
    );
    const amounts = Array.from(
      { length: 200 },
      (_, i) => `${(i * 7919) % 100000}.${String(i % 100).padStart(2, '0')}`,
    );
    await Promise.all(amounts.map((amount, i) => insertDeal(t.sql, purchasers[i % 4]!, amount)));

    const fresh = await t.as('DELEGATION_OFFICE', 'CIIE-5/QH')(AGGREGATE, {
      g: ['SUB_DELEGATION', 'STATUS'],
    });
    const expectedCount = fresh.body.data.dealAggregate.reduce(
      (n: number, g: any) => n + g.count,
      0,
    );
    expect(expectedCount).toBe(201);
    for (const w of watchers) {
      await w.waitFor((m) => count(m) === expectedCount, 5_000);
      // nothing more is on its way: the last message is the final state
      await new Promise((resolve) => setTimeout(resolve, 300));
      const last = w.messages.at(-1);
      expect(count(last)).toBe(expectedCount);
      expect(total(last)).toBe(
        fresh.body.data.dealAggregate.reduce(
          (s: bigint, g: any) => s + BigInt(g.sumUsd.replace('.', '')),
          0n,
        ),
      );
      if (last.dealTotals.groups[0]?.subDelegation)
        expect(last.dealTotals.groups).toEqual(fresh.body.data.dealAggregate);
      // coalesced: far fewer messages than writes
      expect(w.messages.length).toBeLessThan(100);
    }
  });

  it('gives a subscriber without rights an error, not data', async () => {
    const unit = await t.token('MEMBER_UNIT', 'CIIE-5/QH/CULTURE_TOURISM');
    const denied = subscribe(t.url, unit, { d: qh });
    subscribers.push(denied);
    // the refusal ends the subscription: once it is in, nothing else can come
    await expect.poll(() => denied.errors.length, { timeout: 20_000 }).toBeGreaterThan(0);
    expect(denied.messages).toEqual([]);
    expect(JSON.stringify(denied.errors)).toContain('FORBIDDEN');
    const anonymousSocket = subscribe(t.url, '', { d: qh });
    subscribers.push(anonymousSocket);
    await expect.poll(() => anonymousSocket.errors.length, { timeout: 20_000 }).toBeGreaterThan(0);
    expect(anonymousSocket.messages).toEqual([]);
  });
});
