import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { ensureUser, resolveScope } from '../../server/src/auth/bootstrap.js';
import { Role } from '../../server/src/auth/roles.js';
import { issueToken } from '../../server/src/auth/tokens.js';
import { toGlobalId } from '../../server/src/graphql/relay.js';
import { approvedPurchaser, insertDeal } from '../helpers/fixtures.js';
import { startServerProcess, type ServerProcess } from '../helpers/process.js';
import { post, useTestServer, type TestServer } from '../helpers/server.js';

/** What one operation over the WebSocket got: data, a result with errors, an `error`, a close. */
interface Watch {
  field: string;
  data: unknown[];
  /** `errors` of `next` results, and the payload of an `error` message, in order. */
  errors: { message: string; extensions?: { code?: string } }[][];
  /** How the errors came: `next` (a result with errors) or `error` (the protocol message). */
  errorKinds: ('next' | 'error')[];
  completed: boolean;
  closed?: number;
  client: Client;
}

function watch(
  url: string,
  connectionParams: Record<string, unknown>,
  query: string,
  variables: Record<string, unknown> = {},
  field = '',
): Watch {
  const client = createClient({
    url: url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams,
    retryAttempts: 0,
    lazy: true,
  });
  const w: Watch = { field, data: [], errors: [], errorKinds: [], completed: false, client };
  client.on('closed', (event) => {
    const code = (event as { code?: number }).code;
    if (code !== undefined && code !== 1000) w.closed = code;
  });
  client.subscribe(
    { query, variables },
    {
      next: (result) => {
        if (result.errors) {
          w.errors.push(result.errors as Watch['errors'][number]);
          w.errorKinds.push('next');
        } else w.data.push(result.data);
      },
      error: (error) => {
        if (Array.isArray(error)) {
          w.errors.push(error);
          w.errorKinds.push('error');
        } else w.closed = (error as { code?: number }).code ?? -1;
      },
      complete: () => (w.completed = true),
    },
  );
  return w;
}

/** Polls `ready` until it holds, for at most `ms`; then fails naming `what`. */
async function until(ready: () => boolean, what: () => string, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!ready()) {
    if (Date.now() > deadline) throw new Error(`not within ${ms} ms: ${what()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

interface SubscriptionField {
  name: string;
  args: { name: string; defaultValue: string | null; type: { kind: string } }[];
}

/** Every subscription root field, by introspection: a new one is enumerated without a change here. */
async function subscriptionFields(t: TestServer): Promise<SubscriptionField[]> {
  const r = await t.as(Role.ADMIN)(
    '{ __schema { subscriptionType { fields { name args { name defaultValue type { kind } } } } } }',
  );
  return r.body.data.__schema.subscriptionType.fields;
}

/**
 * Fields that watch the viewer's own notifications (its feed), not a delegation: whatever its
 * grants, a signed-in user may watch its feed, so a revoked grant narrows what reaches it (each
 * event is read with its scope) and does not end it; a revoked token or a disabled user does.
 */
const FEEDS = ['notificationAdded'];

/**
 * A document watching the Qinghai delegation through `field` (a feed: the viewer's own). Every
 * other live field so far watches a delegation (or an expo); a field that cannot be told what to
 * watch fails here, to be taught.
 */
function documentFor(field: SubscriptionField): string {
  if (FEEDS.includes(field.name)) return `subscription { ${field.name} { __typename } }`;
  const required = field.args.filter(
    (a) => a.type.kind === 'NON_NULL' && a.defaultValue === null && a.name !== 'delegationId',
  );
  if (!field.args.some((a) => a.name === 'delegationId') || required.length) {
    throw new Error(`the test does not know how to watch Subscription.${field.name}: teach it`);
  }
  return `subscription($d: ID) { ${field.name}(delegationId: $d) { __typename } }`;
}

describe('live subscriptions end when their token, user or grant does, on every instance', () => {
  const t = useTestServer();
  let b: ServerProcess;
  let qh: string;
  let fields: SubscriptionField[];
  const watches: Watch[] = [];
  let purchaser: Awaited<ReturnType<typeof approvedPurchaser>>;
  let seq = 0;

  beforeAll(async () => {
    // instance B: its own process, the same database and signing key (DATA_DIR/jwt-secret)
    b = await startServerProcess({ DATABASE_URL: t.server.db.url, JWT_SECRET: '' });
    qh = toGlobalId(
      'Delegation',
      (await t.sql.query(`select id from delegation where key = 'QH'`)).rows[0].id,
    );
    fields = await subscriptionFields(t);
    purchaser = await approvedPurchaser(t.sql, { subDelegation: 'HEALTH' });
  });
  afterAll(async () => {
    for (const w of watches) await w.client.dispose();
    await b?.kill();
  });

  /** A new user holding these grants, and a token of theirs (`seconds` long). */
  async function user(grants: [Role, string | undefined][], seconds = 3600) {
    const name = `live-${seq++}`;
    let userId = '';
    for (const [role, scopeKey] of grants) {
      const scope = await resolveScope(t.server.db.pool, role, scopeKey);
      userId = await ensureUser(t.server.db.pool, name, role, [scope], 'test');
    }
    const issued = await issueToken(t.server.app.signingKey, userId, seconds);
    return { userId, ...issued };
  }

  /** Every subscription field, on both instances, as the holder of `token`; all live. */
  async function watchEverything(token: string): Promise<Watch[]> {
    const mine = [t.url, b.url].flatMap((url) =>
      fields.map((f) =>
        watch(
          url,
          { authorization: `Bearer ${token}` },
          documentFor(f),
          FEEDS.includes(f.name) ? {} : { d: qh },
          f.name,
        ),
      ),
    );
    watches.push(...mine);
    // committed deals until every field has said something: each is then known to be running
    const deadline = Date.now() + 10_000;
    while (!mine.every((w) => w.data.length > 0)) {
      if (Date.now() > deadline) {
        throw new Error(
          `not all live: ${JSON.stringify(mine.map((w) => [w.field, w.data.length, w.errors]))}`,
        );
      }
      await insertDeal(t.sql, purchaser, '1.00');
      await notify();
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    return mine;
  }

  /** A notification every reader of Qinghai reads (a circular to all its units), committed. */
  async function notify(): Promise<void> {
    await t.sql.query(
      `insert into notification_event (delegation_id, kind, subject, audience, idempotency_key)
       select id, 'CIRCULAR', 'live-revocation', 'DELEGATION', gen_random_uuid()::text
       from delegation where key = 'QH'`,
    );
  }

  const admin = () => t.as(Role.ADMIN);

  it('enumerates the subscription fields it holds to the rule', () => {
    expect(fields.map((f) => f.name).sort()).toEqual([
      'dealEvents',
      'dealTotals',
      'notificationAdded',
    ]);
  });

  const cases: {
    name: string;
    grants: [Role, string | undefined][];
    seconds?: number;
    act: (u: { userId: string; jti: string }) => Promise<void>;
    code: string;
    message: RegExp;
    /** A grant taken away: the feeds go on (narrowed), the delegation watches end. */
    feedsGoOn?: boolean;
  }[] = [
    {
      name: 'revokeToken',
      grants: [[Role.DELEGATION_OFFICE, 'CIIE-5/QH']],
      act: async (u) => {
        const r = await admin()('mutation($j: ID!, $u: ID) { revokeToken(jti: $j, userId: $u) }', {
          j: u.jti,
          u: toGlobalId('User', u.userId),
        });
        expect(r.body).toEqual({ data: { revokeToken: true } });
      },
      code: 'UNAUTHENTICATED',
      message: /revoked/,
    },
    {
      name: 'setUserDisabled',
      grants: [[Role.ANALYST, 'CIIE-5/QH']],
      act: async (u) => {
        const r = await admin()(
          'mutation($id: ID!) { setUserDisabled(userId: $id, disabled: true) { disabled } }',
          { id: toGlobalId('User', u.userId) },
        );
        expect(r.body).toEqual({ data: { setUserDisabled: { disabled: true } } });
      },
      code: 'UNAUTHENTICATED',
      message: /disabled/,
    },
    {
      name: 'revokeRole (the only grant)',
      grants: [[Role.DELEGATION_OFFICE, 'CIIE-5/QH']],
      act: (u) => revokeGrant(u.userId, Role.DELEGATION_OFFICE),
      code: 'FORBIDDEN',
      message: /Live deals of a delegation/,
      feedsGoOn: true,
    },
    {
      name: 'revokeRole (a grant left that no longer covers the delegation)',
      grants: [
        [Role.ANALYST, 'CIIE-5/QH'],
        [Role.MEMBER_UNIT, 'CIIE-5/QH/CULTURE_TOURISM'],
      ],
      act: (u) => revokeGrant(u.userId, Role.ANALYST),
      code: 'FORBIDDEN',
      message: /Live deals of a delegation/,
      feedsGoOn: true,
    },
    {
      name: 'the token expires (JWT exp)',
      grants: [[Role.DELEGATION_OFFICE, 'CIIE-5/QH']],
      // outlives the 10 s watchEverything may take to see its subscriptions live
      seconds: 15,
      act: async () => undefined,
      code: 'UNAUTHENTICATED',
      message: /expired/,
    },
  ];

  async function revokeGrant(userId: string, role: Role): Promise<void> {
    const { rows } = await t.sql.query(
      `select id from role_grant where user_id = $1 and role = $2`,
      [userId, role],
    );
    const r = await admin()('mutation($g: ID!) { revokeRole(grantId: $g) }', {
      g: toGlobalId('RoleGrant', rows[0].id),
    });
    expect(r.body.errors).toBeUndefined();
  }

  it.each(cases)(
    '$name (done on instance A) ends every subscription of it on A and B with $code, then complete',
    async ({ grants, seconds, act, code, message, feedsGoOn }) => {
      const bystander = await user([[Role.DELEGATION_OFFICE, 'CIIE-5/QH']]);
      const unaffected = await watchEverything(bystander.token);
      // made once the bystander's subscriptions are live: an expiring token's life is its own
      const u = await user(grants, seconds);
      const all = await watchEverything(u.token);
      const goingOn = all.filter((w) => feedsGoOn && FEEDS.includes(w.field));
      const mine = all.filter((w) => !goingOn.includes(w));
      await act(u);
      await until(
        () =>
          mine.every(
            (w) => w.completed || w.closed !== undefined || w.errorKinds.includes('error'),
          ),
        () =>
          `ended: ${JSON.stringify(mine.map((w) => [w.field, w.completed, w.errors, w.closed]))}`,
        seconds ? seconds * 1000 + 10_000 : 10_000,
      );
      for (const w of mine) {
        // the documented ending: one last result with the refusal in `errors`, then `complete`
        expect({ field: w.field, kinds: w.errorKinds, closed: w.closed }).toEqual({
          field: w.field,
          kinds: ['next'],
          closed: undefined,
        });
        expect(w.errors[0]![0]!.extensions?.code).toBe(code);
        expect(w.errors[0]![0]!.message).toMatch(message);
        expect(w.completed).toBe(true);
      }
      // the feeds of a user who lost a grant go on, as the grant left allows
      const still = goingOn.map((w) => w.data.length);
      await notify();
      await until(
        () => goingOn.every((w, i) => w.data.length > still[i]! || grants.length === 1),
        () => `feeds: ${JSON.stringify(goingOn.map((w) => [w.field, w.errors]))}`,
      );
      expect(goingOn.flatMap((w) => w.errors)).toEqual([]);
      expect(goingOn.some((w) => w.completed)).toBe(false);
      // nobody else's subscription ended: a new deal reaches every one of them
      const before = unaffected.map((w) => w.data.length);
      await insertDeal(t.sql, purchaser, '2.00');
      await notify();
      await until(
        () => unaffected.every((w, i) => w.data.length > before[i]!),
        () => `bystanders: ${JSON.stringify(unaffected.map((w) => [w.field, w.errors]))}`,
      );
      expect(unaffected.flatMap((w) => w.errors)).toEqual([]);
      expect(unaffected.some((w) => w.completed)).toBe(false);
    },
  );
});

describe('one authentication for HTTP and WebSocket', () => {
  const t = useTestServer();
  let qh: string;
  const forms: { name: string; authorization?: string; expected: string }[] = [];

  beforeAll(async () => {
    qh = toGlobalId(
      'Delegation',
      (await t.sql.query(`select id from delegation where key = 'QH'`)).rows[0].id,
    );
    const pool = t.server.db.pool;
    const key = t.server.app.signingKey;
    const adminScope = await resolveScope(pool, Role.ADMIN, undefined);
    const userId = await ensureUser(pool, 'parity', Role.ADMIN, [adminScope], 'test');
    const disabledId = await ensureUser(pool, 'parity-disabled', Role.ADMIN, [adminScope], 'test');
    const valid = (await issueToken(key, userId, 3600)).token;
    const expired = (await issueToken(key, userId, -10)).token;
    const forged = (await issueToken(new TextEncoder().encode('x'.repeat(32)), userId, 3600)).token;
    const revoked = await issueToken(key, userId, 3600);
    const disabled = (await issueToken(key, disabledId, 3600)).token;
    const asAdmin = t.as(Role.ADMIN);
    expect(
      (
        await asAdmin('mutation($j: ID!, $u: ID) { revokeToken(jti: $j, userId: $u) }', {
          j: revoked.jti,
          u: toGlobalId('User', userId),
        })
      ).body.errors,
    ).toBeUndefined();
    expect(
      (
        await asAdmin(
          'mutation($id: ID!) { setUserDisabled(userId: $id, disabled: true) { id } }',
          {
            id: toGlobalId('User', disabledId),
          },
        )
      ).body.errors,
    ).toBeUndefined();
    const tokens: [string, string, string][] = [
      ['valid', valid, 'ok'],
      ['expired', expired, 'UNAUTHENTICATED'],
      ['forged', forged, 'UNAUTHENTICATED'],
      ['revoked', revoked.token, 'UNAUTHENTICATED'],
      ['of a disabled user', disabled, 'UNAUTHENTICATED'],
      ['not a JWT', 'not.a.jwt', 'UNAUTHENTICATED'],
    ];
    forms.push(
      { name: 'no token', expected: 'UNAUTHENTICATED' },
      { name: 'an empty value', authorization: '', expected: 'UNAUTHENTICATED' },
      { name: '"Bearer" without a token', authorization: 'Bearer', expected: 'UNAUTHENTICATED' },
      { name: 'another scheme', authorization: 'Basic YTpi', expected: 'UNAUTHENTICATED' },
      ...tokens.flatMap(([name, token, expected]) => [
        { name: `Bearer + ${name} token`, authorization: `Bearer ${token}`, expected },
        { name: `bearer (lower case) + ${name} token`, authorization: `bearer ${token}`, expected },
        { name: `${name} token alone (no Bearer)`, authorization: token, expected },
      ]),
    );
  });

  /** The code (or 'ok') and message an operation got over HTTP. */
  async function overHttp(query: string, authorization?: string) {
    const r = await post(
      t.url,
      query,
      undefined,
      authorization === undefined ? {} : { authorization },
    );
    const error = r.body.errors?.[0];
    return { outcome: error ? error.extensions.code : 'ok', message: error?.message };
  }

  /** The same over the WebSocket: the first result, or the `error` message, or the close. */
  async function overWebSocket(query: string, authorization?: string, variables = {}) {
    const w = watch(t.url, authorization === undefined ? {} : { authorization }, query, variables);
    try {
      await until(
        () => w.data.length > 0 || w.errors.length > 0 || w.closed !== undefined,
        () => `an answer to ${query}`,
      );
    } finally {
      await w.client.dispose();
    }
    if (w.closed !== undefined) return { outcome: `closed ${w.closed}`, message: undefined };
    const error = w.errors[0]?.[0];
    return { outcome: error ? error.extensions!.code : 'ok', message: error?.message };
  }

  it('answers a document that does not validate alike over both transports', async () => {
    const bearer = forms.find((f) => f.name === 'Bearer + valid token')!.authorization;
    const http = await overHttp('{ noSuchField }', bearer);
    expect(http.outcome).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(await overWebSocket('{ noSuchField }', bearer)).toEqual(http);
  });

  it('answers every form of credentials with the same code over both transports', async () => {
    const QUERY = '{ expos { key } }';
    const PUBLIC = '{ viewer { user { name } } }';
    const LIVE = 'subscription($d: ID) { dealTotals(delegationId: $d) { sequence } }';
    const seen = [];
    for (const form of forms) {
      const http = await overHttp(QUERY, form.authorization);
      seen.push({
        form: form.name,
        expected: form.expected,
        http,
        wsQuery: await overWebSocket(QUERY, form.authorization),
        wsSubscription: await overWebSocket(LIVE, form.authorization, { d: qh }),
        // refused credentials are refused even where no token is needed, on both transports
        httpPublic: (await overHttp(PUBLIC, form.authorization)).outcome,
        wsPublic: (await overWebSocket(PUBLIC, form.authorization)).outcome,
      });
    }
    expect(seen).toEqual(
      seen.map((s) => ({
        ...s,
        http: { ...s.http, outcome: s.expected },
        wsQuery: s.http,
        wsSubscription: s.http,
        httpPublic:
          s.expected === 'ok' || s.form === 'no token' || s.form === 'an empty value'
            ? 'ok'
            : 'UNAUTHENTICATED',
        wsPublic: s.httpPublic,
      })),
    );
  });
});
