import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureUser, resolveScope } from '../../server/src/auth/bootstrap.js';
import type { Role } from '../../server/src/auth/roles.js';
import { issueToken } from '../../server/src/auth/tokens.js';
import type { Config } from '../../server/src/config.js';
import { toGlobalId } from '../../server/src/graphql/relay.js';
import { start, type RunningServer } from '../../server/src/index.js';
import type { ViewerWrite } from '../../server/src/realtime/listener.js';
import { approvedPurchaser } from '../helpers/fixtures.js';
import { startReplicatedCluster, type ReplicatedCluster } from '../helpers/replicas.js';
import { post, type GqlResult } from '../helpers/server.js';

/**
 * Reads on a streaming standby (DATABASE_REPLICA_URLS): a real hot standby of an embedded
 * primary, two server instances reading from it, and one without replicas to compare with.
 */

const TOTALS = `query { dealAggregate(groupBy: []) { count sumUsd } }`;
const DEAL = `query($id: ID!) { deal(id: $id) { id goods amountUsd } }`;
const RECORD = `mutation($i: RecordDealInput!) { recordDeal(input: $i) { id } }`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until<T>(what: string, probe: () => Promise<T | undefined>, ms = 20_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

describe('read replicas: reads on a streaming standby, writes and own reads on the primary', () => {
  let cluster: ReplicatedCluster;
  /** Two instances reading from the standby, and one reading the primary only. */
  let a: RunningServer;
  let b: RunningServer;
  let plain: RunningServer;
  let purchaser: string;

  const settings = (replicas: boolean): Partial<Config> => ({
    databaseUrl: cluster.primaryUrl,
    databaseReplicaUrls: replicas ? [cluster.standbyUrl] : [],
    port: 0,
    host: '127.0.0.1',
    seed: false,
    logLevel: 'silent',
    dbPoolSize: 3,
    replicaCheckIntervalMs: 100,
    replicaMaxLagMs: 2_000,
    webhookWorker: false,
    reminderIntervalMs: 0,
  });

  beforeAll(async () => {
    cluster = await startReplicatedCluster();
    [a, b, plain] = await Promise.all([
      start(settings(true)),
      start(settings(true)),
      start(settings(false)),
    ]);
    const p = await approvedPurchaser(cluster.primarySql);
    purchaser = toGlobalId('Purchaser', p.purchaser);
    await cluster.caughtUp();
  });

  afterAll(async () => {
    await Promise.all([a, b, plain].map((s) => s?.stop()));
    await cluster?.close();
  });

  const tokens = new Map<string, Promise<string>>();
  function tokenOf(server: RunningServer, role: `${Role}`, scopeKey?: string): Promise<string> {
    const key = `${role}|${scopeKey}`;
    let token = tokens.get(key);
    if (!token) {
      token = (async () => {
        const pool = server.db.pool;
        const scope = await resolveScope(pool, role as Role, scopeKey);
        const userId = await ensureUser(pool, `${key}`, role as Role, [scope], 'test');
        return (await issueToken(server.app.signingKey, userId, 3600)).token;
      })();
      tokens.set(key, token);
    }
    return token;
  }
  const as =
    (server: RunningServer, role: `${Role}`, scopeKey?: string) =>
    async (query: string, variables?: Record<string, unknown>): Promise<GqlResult> =>
      post(server.url, query, variables, {
        authorization: `Bearer ${await tokenOf(server, role, scopeKey)}`,
      });
  const analyst = (server: RunningServer) => as(server, 'ANALYST', 'CIIE-5/QH');
  const office = (server: RunningServer) => as(server, 'DELEGATION_OFFICE', 'CIIE-5/QH');
  const onReplica = (r: GqlResult) => Number(r.headers.get('x-sql-replica-statements'));
  const statements = (r: GqlResult) => Number(r.headers.get('x-sql-statements'));
  const readyz = async (server: RunningServer) =>
    (await fetch(new URL('/readyz', server.url))).json() as Promise<{
      status: string;
      replicas?: { name: string; healthy: boolean; lagMs: number | null; problem?: string }[];
    }>;
  const healthy = async (server: RunningServer, wanted: boolean) =>
    until(`the replica to be ${wanted ? 'in use' : 'left out'}`, async () => {
      const replica = (await readyz(server)).replicas?.[0];
      return replica?.healthy === wanted ? replica : undefined;
    });
  const metric = async (server: RunningServer, name: string) =>
    (await (await fetch(new URL('/metrics', server.url))).text())
      .split('\n')
      .filter((line) => line.startsWith(name));

  async function recordDeal(server: RunningServer, goods: string): Promise<string> {
    const recorded = await office(server)(RECORD, {
      i: { purchaserId: purchaser, goods, amount: '1000.00', currency: 'USD', usdRate: '1' },
    });
    expect(recorded.body.errors).toBeUndefined();
    return recorded.body.data.recordDeal.id as string;
  }

  it("serves an analyst's totals from the standby, on both instances, equal to the primary's", async () => {
    for (const server of [a, b]) await healthy(server, true);
    await recordDeal(a, 'wool for the totals');
    await cluster.caughtUp();
    const expected = await analyst(plain)(TOTALS);
    expect(expected.body.errors).toBeUndefined();
    expect(expected.body.data.dealAggregate[0].count).toBeGreaterThan(0);
    for (const server of [a, b]) {
      const before = await cluster.standbySql.query<{ calls: string }>(
        `select coalesce(sum(calls), 0)::text as calls from pg_stat_statements
         where query like '%deal%' and query not like '%pg_stat_statements%'`,
      );
      const got = await analyst(server)(TOTALS);
      expect(got.body).toEqual(expected.body);
      expect(statements(got)).toBeGreaterThan(0);
      expect(onReplica(got)).toBe(statements(got));
      // the standby itself ran it (its own statistics, not the server's word)
      const after = await cluster.standbySql.query<{ calls: string }>(
        `select coalesce(sum(calls), 0)::text as calls from pg_stat_statements
         where query like '%deal%' and query not like '%pg_stat_statements%'`,
      );
      expect(Number(after.rows[0]!.calls)).toBeGreaterThan(Number(before.rows[0]!.calls));
      const reads = await metric(server, 'db_reads_total{target="127.0.0.1:');
      expect(reads.length).toBe(1);
    }
  });

  it('a viewer reads their own write at once, while the standby lags; others read the standby', async () => {
    await healthy(a, true);
    // the writer (their token's subject), whose writes instance B hears of on viewer_writes
    const token = await tokenOf(a, 'DELEGATION_OFFICE', 'CIIE-5/QH');
    const writer = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()).sub;
    let heardOnB = false;
    const hear = (write: ViewerWrite) => {
      if (write.u === writer) heardOnB = true;
    };
    b.app.listener.on('write', hear);
    // replay stops: the standby keeps streaming but shows nothing new
    await cluster.standbySql.query('select pg_wal_replay_pause()');
    try {
      const id = await recordDeal(a, 'wool written while the standby lags');
      // the writer's next read, at once: the primary's, so it sees the deal
      const own = await office(a)(DEAL, { id });
      expect(own.body.errors).toBeUndefined();
      expect(own.body.data.deal).toMatchObject({
        id,
        goods: 'wool written while the standby lags',
      });
      expect(onReplica(own)).toBe(0);
      // on the other instance too, once the write's position announced to it has arrived (a
      // NOTIFY: B may hear it after the writer's next request, README "Read-your-writes")
      await expect.poll(() => heardOnB, { timeout: 20_000 }).toBe(true);
      const elsewhere = await office(b)(DEAL, { id });
      expect(elsewhere.body.data.deal).toMatchObject({ id });
      expect(onReplica(elsewhere)).toBe(0);
      // someone else reads the standby, which has not replayed it yet (within the lag limit)
      const other = await analyst(a)(TOTALS);
      expect(onReplica(other)).toBeGreaterThan(0);
      const primaryCount = (await analyst(plain)(TOTALS)).body.data.dealAggregate[0].count;
      expect(other.body.data.dealAggregate[0].count).toBe(primaryCount - 1);
      // a lag beyond REPLICA_MAX_LAG_MS leaves the standby out: everyone reads the primary
      const left = await healthy(a, false);
      expect(left.problem).toMatch(/behind/);
      const fallback = await analyst(a)(TOTALS);
      expect(onReplica(fallback)).toBe(0);
      expect(fallback.body.data.dealAggregate[0].count).toBe(primaryCount);
    } finally {
      b.app.listener.off('write', hear);
      await cluster.standbySql.query('select pg_wal_replay_resume()');
    }
    // caught up, the standby serves reads again, the writer's too
    await healthy(a, true);
    const later = await office(a)(TOTALS);
    expect(onReplica(later)).toBeGreaterThan(0);
  });

  it('keeps answering when the standby stops, says so in /readyz and /metrics, and uses it again once back', async () => {
    await healthy(a, true);
    const expected = (await analyst(plain)(TOTALS)).body;
    await cluster.stopStandby();
    try {
      // at once: a read that finds the standby gone runs on the primary, no error to the user
      for (const server of [a, b]) {
        const got = await analyst(server)(TOTALS);
        expect(got.status).toBe(200);
        expect(got.body).toEqual(expected);
        expect(onReplica(got)).toBe(0);
      }
      const id = await recordDeal(b, 'wool written while the standby is down');
      expect((await analyst(b)(DEAL, { id })).body.data.deal.id).toBe(id);
      const down = await healthy(a, false);
      expect(down.lagMs).toBeNull();
      const ready = await readyz(a);
      expect(ready.status).toBe('ready');
      expect(await metric(a, 'db_replica_healthy')).toEqual([
        expect.stringMatching(
          /^db_replica_healthy\{replica="127\.0\.0\.1:\d+\/delegation_hub"\} 0$/,
        ),
      ]);
      expect((await metric(a, 'db_replica_lag_seconds{'))[0]).toMatch(/ -1$/);
      expect((await metric(a, 'db_reads_total{target="primary"}'))[0]).toMatch(/ [1-9]\d*$/);
    } finally {
      await cluster.startStandby();
    }
    await cluster.caughtUp();
    for (const server of [a, b]) {
      await healthy(server, true);
      const got = await analyst(server)(TOTALS);
      expect(got.body).toEqual((await analyst(plain)(TOTALS)).body);
      expect(onReplica(got)).toBeGreaterThan(0);
    }
    expect((await metric(a, 'db_replica_lag_seconds{'))[0]).toMatch(/ \d+(\.\d+)?(e-\d+)?$/);
  });
});
