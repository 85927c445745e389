import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createClient } from 'graphql-ws';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { ensureUser, resolveScope } from '../../server/src/auth/bootstrap.js';
import { Role } from '../../server/src/auth/roles.js';
import { issueToken } from '../../server/src/auth/tokens.js';
import {
  freePort,
  startEmbeddedPostgres,
  type EmbeddedDatabase,
} from '../../server/src/db/embedded.js';
import { toGlobalId } from '../../server/src/graphql/relay.js';
import { start, type RunningServer } from '../../server/src/index.js';
import { approvedPurchaser, insertDeal } from '../helpers/fixtures.js';

async function until<T>(probe: () => Promise<T | undefined>, ms: number, what: string): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Writes organisations one after another through the server until stopped. */
function writeLoad(url: string, token: string) {
  const acknowledged: string[] = [];
  let refusedDuringOutage = 0;
  let slowest = 0;
  let stopped = false;
  const running = (async () => {
    for (let i = 0; !stopped; i += 1) {
      const name = `负载测试-${i}`;
      const started = Date.now();
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({
            query: `mutation($i: CreateOrganisationInput!) { createOrganisation(input: $i) { id } }`,
            variables: { i: { kind: 'ENTERPRISE', nameZh: name } },
          }),
        });
        const body = (await response.json()) as any;
        if (response.status === 200 && body.data?.createOrganisation?.id) acknowledged.push(name);
        else refusedDuringOutage += 1;
      } catch {
        refusedDuringOutage += 1;
      }
      slowest = Math.max(slowest, Date.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  })();
  return {
    async stop() {
      stopped = true;
      await running;
      return { acknowledged, refusedDuringOutage, slowest };
    },
  };
}

describe('a PostgreSQL restart under live subscriptions', () => {
  let dir = '';
  let database: EmbeddedDatabase | undefined;
  let server: RunningServer | undefined;

  afterAll(async () => {
    await server?.stop();
    await database?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('recovers by itself, says so on /readyz meanwhile, and leaves no subscriber stale', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'delegation-hub-restart-'));
    await chmod(dir, 0o755);
    const port = await freePort();
    const cluster = () =>
      startEmbeddedPostgres({ dir: path.join(dir, 'pg'), persistent: true, port });
    database = await cluster();
    const url = database.adminUrl.replace(/\/postgres$/, '/hub');
    server = await start({
      databaseUrl: url,
      port: 0,
      host: '127.0.0.1',
      logLevel: 'silent',
      dataDir: dir,
    });
    const readyz = server.url.replace('/graphql', '/readyz');

    const userId = await ensureUser(
      server.db.pool,
      'admin',
      Role.ADMIN,
      [await resolveScope(server.db.pool, Role.ADMIN, undefined)],
      'test',
    );
    const token = (await issueToken(server.app.signingKey, userId, 600)).token;
    const sql = new pg.Pool({ connectionString: url, max: 2 });
    sql.on('error', () => undefined);
    const qh = (await sql.query(`select id from delegation where key = 'QH'`)).rows[0].id;
    const p = await approvedPurchaser(sql);
    await insertDeal(sql, p, '100.00');
    await sql.end();

    const messages: any[] = [];
    const client = createClient({
      url: server.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
    });
    client.subscribe(
      {
        query: `subscription($d: ID) { dealTotals(delegationId: $d) { sequence groups { count sumUsd } } }`,
        variables: { d: toGlobalId('Delegation', qh) },
      },
      { next: (m) => messages.push(m.data), error: () => undefined, complete: () => undefined },
    );
    await until(async () => messages[0], 5_000, 'first totals');
    expect(messages[0].dealTotals.groups).toEqual([{ count: 1, sumUsd: '100.00' }]);
    expect((await fetch(readyz)).status).toBe(200);

    // under load: writes (organisations, so that the deal totals below stay as they are) go on
    // through the outage; each is answered, and every acknowledged one survives it
    const load = writeLoad(server.url, token);
    await database.stop();
    // not ready while the database is away
    const down = await until(
      async () => {
        const response = await fetch(readyz);
        return response.status === 503 ? response.json() : undefined;
      },
      10_000,
      '/readyz to report the outage',
    );
    expect(down).toMatchObject({ status: 'not ready', listen: false });

    const before = messages.length;
    database = await cluster();
    await until(
      async () => ((await fetch(readyz)).status === 200 ? true : undefined),
      20_000,
      '/readyz to recover',
    );
    // after reconnecting, the current totals are sent again, so no client stays stale
    await until(
      async () => (messages.length > before ? true : undefined),
      10_000,
      'totals resent after the restart',
    );

    const written = await load.stop();
    expect(written.refusedDuringOutage).toBeGreaterThan(0);
    expect(written.slowest).toBeLessThan(20_000);
    const check = new pg.Pool({ connectionString: url, max: 1 });
    const { rows } = await check.query(
      `select count(*)::int as n from organisation where name_zh = any($1::text[])`,
      [written.acknowledged],
    );
    await check.end();
    expect(written.acknowledged.length).toBeGreaterThan(0);
    expect(rows[0].n).toBe(written.acknowledged.length); // none lost
    console.log(
      `PostgreSQL restart under load: ${written.acknowledged.length} writes acknowledged, ${written.refusedDuringOutage} refused during the outage, ${written.acknowledged.length - rows[0].n} lost`,
    );

    const again = new pg.Pool({ connectionString: url, max: 1 });
    await insertDeal(again, p, '0.10');
    await insertDeal(again, p, '0.20');
    await again.end();
    const last = await until(
      async () => {
        const m = messages.at(-1);
        return m?.dealTotals.groups[0].count === 3 ? m : undefined;
      },
      5_000,
      'totals after new deals',
    );
    expect(last.dealTotals.groups).toEqual([{ count: 3, sumUsd: '100.30' }]);
    await client.dispose();
  });
});
