import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { ensureUser, resolveScope } from '../../server/src/auth/bootstrap.js';
import { Role } from '../../server/src/auth/roles.js';
import { issueToken } from '../../server/src/auth/tokens.js';
import { RECHECK_MS } from '../../server/src/graphql/live.js';
import { toGlobalId } from '../../server/src/graphql/relay.js';
import { approvedPurchaser, insertDeal } from '../helpers/fixtures.js';
import { useTestServer } from '../helpers/server.js';

const TOTALS =
  'subscription($d: ID, $e: ID) { dealTotals(delegationId: $d, expoId: $e) { sequence } }';

interface Watch {
  messages: unknown[];
  errors: { message: string; extensions?: { code?: string } }[][];
  completed: boolean;
  client: Client;
}

function watch(url: string, authorization: string, variables: Record<string, unknown>): Watch {
  const client = createClient({
    url: url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: { authorization },
    retryAttempts: 0,
  });
  const w: Watch = { messages: [], errors: [], completed: false, client };
  client.subscribe(
    { query: TOTALS, variables },
    {
      next: (result) => {
        if (result.errors) w.errors.push(result.errors as Watch['errors'][number]);
        else w.messages.push(result.data);
      },
      error: (error) => w.errors.push(Array.isArray(error) ? error : [error as never]),
      complete: () => (w.completed = true),
    },
  );
  return w;
}

async function until(ready: () => boolean, what: string, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!ready()) {
    if (Date.now() > deadline) throw new Error(`not within ${ms} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('live subscriptions of one token share its re-checks', () => {
  const t = useTestServer();
  const watches: Watch[] = [];
  let qh: string;
  let ciie5: string;
  let seq = 0;

  beforeAll(async () => {
    const { rows } = await t.sql.query(
      `select d.id, d.expo_id from delegation d where d.key = 'QH'`,
    );
    qh = toGlobalId('Delegation', rows[0].id);
    ciie5 = toGlobalId('Expo', rows[0].expo_id);
  });
  afterAll(async () => {
    for (const w of watches) await w.client.dispose();
  });

  /** A new user holding these grants, and a token of theirs. */
  async function user(grants: [Role, string][]) {
    const name = `recheck-${seq++}`;
    let userId = '';
    for (const [role, scopeKey] of grants) {
      const scope = await resolveScope(t.server.db.pool, role, scopeKey);
      userId = await ensureUser(t.server.db.pool, name, role, [scope], 'test');
    }
    return { userId, ...(await issueToken(t.server.app.signingKey, userId, 3600)) };
  }

  function live(authorization: string, variables: Record<string, unknown>): Watch {
    const w = watch(t.url, authorization, variables);
    watches.push(w);
    return w;
  }

  it('reads the viewer of a token once per tick, however many subscriptions hold it', async () => {
    const shared = `Bearer ${(await user([[Role.DELEGATION_OFFICE, 'CIIE-5/QH']])).token}`;
    const alone = `Bearer ${(await user([[Role.DELEGATION_OFFICE, 'CIIE-5/QH']])).token}`;
    // two sockets on one token (a screen and its twin), one socket on another
    const mine = [live(shared, { d: qh }), live(shared, { d: qh }), live(alone, { d: qh })];
    await until(() => mine.every((w) => w.messages.length > 0), 'every first message');

    const authenticate = vi.spyOn(t.server.app.authenticator, 'authenticate');
    const window = 3.5 * RECHECK_MS;
    let calls: unknown[][];
    try {
      await new Promise((resolve) => setTimeout(resolve, window));
      calls = [...authenticate.mock.calls];
    } finally {
      authenticate.mockRestore();
    }
    const reads = (authorization: string) =>
      calls.filter(([credentials]) => credentials === authorization).length;
    // the lone token is re-checked on every tick (about one a RECHECK_MS)...
    expect(reads(alone)).toBeGreaterThanOrEqual(2);
    expect(reads(alone)).toBeLessThanOrEqual(Math.ceil(window / RECHECK_MS) + 1);
    // ...and the token held twice no more often: once per tick, not once per subscription
    expect(reads(shared)).toBe(reads(alone));
    expect(mine.flatMap((w) => w.errors)).toEqual([]);
  });

  it('tells each subscription of a token its own outcome: a lost grant ends only what it covered', async () => {
    const u = await user([
      [Role.DELEGATION_OFFICE, 'CIIE-5/QH'],
      [Role.ANALYST, 'CIIE-5'],
    ]);
    const authorization = `Bearer ${u.token}`;
    const delegation = live(authorization, { d: qh });
    const expo = live(authorization, { e: ciie5 });
    await until(
      () => delegation.messages.length > 0 && expo.messages.length > 0,
      'both first messages',
    );

    const { rows } = await t.sql.query(
      `select id from role_grant where user_id = $1 and role = 'ANALYST'`,
      [u.userId],
    );
    const revoked = await t.as(Role.ADMIN)('mutation($g: ID!) { revokeRole(grantId: $g) }', {
      g: toGlobalId('RoleGrant', rows[0].id),
    });
    expect(revoked.body.errors).toBeUndefined();

    await until(() => expo.completed, 'the expo-wide subscription ended');
    expect(expo.errors).toHaveLength(1);
    expect(expo.errors[0]![0]!.extensions?.code).toBe('FORBIDDEN');
    expect(expo.errors[0]![0]!.message).toMatch(/Live deals of a whole expo/);

    // the delegation's subscription, still covered by the office grant, goes on
    const before = delegation.messages.length;
    await insertDeal(t.sql, await approvedPurchaser(t.sql, { subDelegation: 'HEALTH' }), '3.00');
    await until(() => delegation.messages.length > before, 'a push after the revocation');
    expect(delegation.errors).toEqual([]);
    expect(delegation.completed).toBe(false);
  });
});
