import { createClient } from 'graphql-ws';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import WebSocket from 'ws';
import { toGlobalId } from '../../server/src/graphql/relay.js';
import { approvedPurchaser } from '../helpers/fixtures.js';
import { PGBOUNCER_MISSING } from '../helpers/pgbouncer.js';
import { useTestServer } from '../helpers/server.js';

/**
 * The server behind PgBouncer in transaction pooling mode (DATABASE_POOLER=transaction): every
 * statement of the pools through it, the LISTEN connection and session locks straight to
 * PostgreSQL. Always through PgBouncer; it fails, saying why, where pgbouncer is not installed.
 */

const TOTALS = `query { dealAggregate(groupBy: [SUB_DELEGATION]) { subDelegation { key } count sumUsd } }`;
const RECORD = `mutation($i: RecordDealInput!) { recordDeal(input: $i) { id version } }`;
const SUBSCRIBE = `subscription($d: ID) { dealTotals(delegationId: $d, groupBy: []) { sequence groups { count sumUsd } } }`;

describe('through PgBouncer in transaction mode', () => {
  beforeAll(() => {
    if (!inject('pgBouncerPort')) throw new Error(PGBOUNCER_MISSING);
  });
  const t = useTestServer({}, {}, { throughPgBouncer: true });
  const office = () => t.as('DELEGATION_OFFICE', 'CIIE-5/QH');
  const analyst = () => t.as('ANALYST', 'CIIE-5/QH');
  let admin: pg.Client;
  let purchaser: string;
  let delegation: string;
  let database: string;

  /** PgBouncer's admin console (SHOW CLIENTS, SHOW POOLS…). */
  async function bouncer<T>(command: string): Promise<T[]> {
    return (await admin.query(command)).rows as T[];
  }

  beforeAll(async () => {
    const url = new URL(inject('pgAdminUrl'));
    url.port = String(inject('pgBouncerPort'));
    url.pathname = '/pgbouncer';
    admin = new pg.Client({ connectionString: url.toString() });
    await admin.connect();
    const p = await approvedPurchaser(t.sql);
    purchaser = toGlobalId('Purchaser', p.purchaser);
    delegation = toGlobalId('Delegation', p.delegation);
    database = new URL(t.server.config.databaseUrl!).pathname.slice(1);
  });

  afterAll(async () => {
    await admin?.end();
  });

  it('answers reads, repeated reads and writes with every statement through PgBouncer', async () => {
    expect(new URL(t.server.config.databaseUrl!).port).toBe(String(inject('pgBouncerPort')));
    const first = await analyst()(TOTALS);
    expect(first.body.errors).toBeUndefined();
    // the same statement again and again: named prepared statements only where PgBouncer keeps
    // them, so no "prepared statement does not exist" from another server connection
    for (let i = 0; i < 6; i += 1) expect((await analyst()(TOTALS)).body).toEqual(first.body);
    const recorded = await office()(RECORD, {
      i: { purchaserId: purchaser, goods: 'wool', amount: '250.00', currency: 'USD', usdRate: '1' },
    });
    expect(recorded.body.errors).toBeUndefined();
    expect(recorded.body.data.recordDeal.version).toBe(1);
    const after = await analyst()(TOTALS);
    const count = (body: any) =>
      body.data.dealAggregate.reduce((n: number, g: { count: number }) => n + g.count, 0);
    expect(count(after.body)).toBe(count(first.body) + 1);
    // PgBouncer's own word: the server's read pool is among its clients
    const clients = await bouncer<{ database: string; application_name: string }>('SHOW CLIENTS');
    const ours = clients.filter((c) => c.database === database).map((c) => c.application_name);
    expect(ours).toContain('delegation-hub-read');
  });

  it('keeps LISTEN on a direct connection: live totals follow a write made through PgBouncer', async () => {
    const clients = await bouncer<{ database: string; application_name: string }>('SHOW CLIENTS');
    expect(
      clients.filter((c) => c.database === database).map((c) => c.application_name),
    ).not.toContain('delegation-hub-listen');
    const listening = await t.sql.query<{ n: number }>(
      `select count(*)::int as n from pg_stat_activity
       where datname = current_database() and application_name = 'delegation-hub-listen'
         and query ilike 'listen%'`,
    );
    expect(listening.rows[0]!.n).toBe(1);

    const client = createClient({
      url: t.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: {
        authorization: `Bearer ${await t.token('DELEGATION_OFFICE', 'CIIE-5/QH')}`,
      },
      retryAttempts: 0,
    });
    try {
      const seen: { count: number; sumUsd: string }[] = [];
      let wake: () => void = () => undefined;
      client.subscribe(
        { query: SUBSCRIBE, variables: { d: delegation } },
        {
          next: (value) => {
            const groups = (value.data as any)?.dealTotals?.groups ?? [];
            seen.push(groups[0] ?? { count: 0, sumUsd: '0.00' });
            wake();
          },
          error: () => wake(),
          complete: () => undefined,
        },
      );
      const next = (n: number) =>
        new Promise<void>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`no update ${n} in 10 s`)), 10_000);
          wake = () => {
            if (seen.length >= n) {
              clearTimeout(timer);
              resolve();
            }
          };
          wake();
        });
      await next(1);
      const recorded = await office()(RECORD, {
        i: {
          purchaserId: purchaser,
          goods: 'more wool',
          amount: '50.00',
          currency: 'USD',
          usdRate: '1',
        },
      });
      expect(recorded.body.errors).toBeUndefined();
      await next(2);
      expect(seen[1]!.count).toBe(seen[0]!.count + 1);
    } finally {
      await client.dispose();
    }
  });
});
