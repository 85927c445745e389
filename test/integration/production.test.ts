import { createClient as createWsClient } from 'graphql-ws';
import { afterAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createClient, ExposDocument, RegisterWebhookDocument } from '../../sdk/src/index.js';
import { toGlobalId } from '../../server/src/graphql/relay.js';
import type { DestinationStream } from '../../server/src/logger.js';
import { sha256 } from '../../server/src/ops/trusted-documents.js';
import { refusedUnchanged } from '../helpers/refusals.js';
import { useTestServer, post } from '../helpers/server.js';

/** Log lines a server writes, as parsed JSON, and as the raw text they were. */
function captureLogs(): { destination: DestinationStream; text(): string; lines(): any[] } {
  const chunks: string[] = [];
  return {
    destination: { write: (chunk: string) => void chunks.push(chunk) },
    text: () => chunks.join(''),
    lines: () =>
      chunks
        .join('')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line)),
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const EXPOS = '{ expos { key } }';
const TOTALS = `subscription($e: ID) { dealTotals(expoId: $e) { sequence } }`;

describe('production mode', () => {
  const logs = captureLogs();
  const t = useTestServer(
    {
      production: true,
      introspection: false,
      graphiql: false,
      trustedDocuments: 'on',
      statementTimeoutMs: 400,
      requestTimeoutMs: 10_000,
      rateLimitPerMinute: 10_000,
      rateLimitIpPerMinute: 10_000,
      metrics: true,
      logLevel: 'info',
    },
    { logDestination: logs.destination },
  );
  const admin = (query: string, variables?: Record<string, unknown>, headers = {}) =>
    t
      .token('ADMIN')
      .then((token) =>
        post(t.url, query, variables, { authorization: `Bearer ${token}`, ...headers }),
      );

  it('refuses a webhook aimed at a loopback or private address, writing nothing', async () => {
    const office = await t.client('DELEGATION_OFFICE', 'CIIE-5/QH');
    const { rows } = await t.sql.query(`select id from delegation where key = 'QH'`);
    const delegationId = toGlobalId('Delegation', rows[0].id);
    for (const url of [
      'http://127.0.0.1:9/hook',
      'http://localhost:8080/hook',
      'https://10.1.2.3/hook',
      'http://192.168.0.7/hook',
      'http://169.254.169.254/latest/meta-data',
      'http://[::1]/hook',
    ]) {
      const refused = await refusedUnchanged(t.sql, () =>
        office.request(RegisterWebhookDocument, { input: { delegationId, url } }),
      );
      expect([url, refused.code, refused.field]).toEqual([url, 'BAD_USER_INPUT', 'input.url']);
    }
  });

  it('answers no introspection and suggests no field names', async () => {
    const introspection = await admin('{ __schema { types { name } } }');
    expect(introspection.body.data).toBeUndefined();
    expect(introspection.body.errors![0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const typo = await admin('{ expoz { key } }');
    expect(typo.body.errors![0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(typo.body.errors![0].message).not.toMatch(/Did you mean/);
  });

  it('masks an internal error: no message, SQL or stack, but a request id found in the logs', async () => {
    // a statement that outlives statement_timeout: PostgreSQL cancels it, a server-side failure
    const holder = await t.sql.connect();
    try {
      await holder.query('begin');
      await holder.query('lock table expo in access exclusive mode');
      const response = await admin(EXPOS, undefined, { 'x-request-id': 'masked-error-test-1' });
      expect(response.headers.get('x-request-id')).toBe('masked-error-test-1');
      expect(response.body.errors).toEqual([
        {
          message: 'Internal server error',
          locations: [{ line: 1, column: 3 }],
          path: ['expos'],
          extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'masked-error-test-1' },
        },
      ]);
      expect(JSON.stringify(response.body)).not.toMatch(/statement|select|stack|\.ts:|\.js:/i);
    } finally {
      await holder.query('rollback');
      holder.release();
    }
    const logged = logs.lines().filter((l) => l.requestId === 'masked-error-test-1');
    expect(logged.find((l) => l.msg === 'internal error')?.err.message).toMatch(
      /statement timeout/,
    );
    expect(logged.find((l) => l.msg === 'graphql request')).toMatchObject({
      status: 200,
      errors: ['INTERNAL_SERVER_ERROR'],
    });
  });

  it('gives every response a request id: the caller’s when sane, a fresh one otherwise', async () => {
    expect(
      (await admin(EXPOS, undefined, { 'x-request-id': 'abc-123' })).headers.get('x-request-id'),
    ).toBe('abc-123');
    const insane = await admin(EXPOS, undefined, { 'x-request-id': 'no spaces <allowed>' });
    expect(insane.headers.get('x-request-id')).toMatch(UUID);
    expect(
      (await fetch(t.url.replace('/graphql', '/healthz'))).headers.get('x-request-id'),
    ).toMatch(UUID);
  });

  it('prevents CSRF: a simple POST or a GET without a preflight header is refused', async () => {
    const token = await t.token('ADMIN');
    const plain = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: EXPOS }),
    });
    expect(plain.status).toBe(400);
    expect(await plain.text()).toMatch(/Cross-Site Request Forgery/);
    const get = `${t.url}?query=${encodeURIComponent(EXPOS)}`;
    const simpleGet = await fetch(get, { headers: { authorization: `Bearer ${token}` } });
    expect(simpleGet.status).toBe(400);
    const preflighted = await fetch(get, {
      headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' },
    });
    expect(preflighted.status).toBe(200);
  });

  describe('trusted documents', () => {
    it("runs only the SDK's persisted operations for roles other than ANALYST and ADMIN", async () => {
      const unit = t.as('MEMBER_UNIT', 'CIIE-5/QH/CULTURE_TOURISM');
      const adHoc = await unit(EXPOS);
      expect(adHoc.status).toBe(403);
      expect(adHoc.body.errors![0].extensions.code).toBe('TRUSTED_DOCUMENT_REQUIRED');
      expect(adHoc.body.data).toBeUndefined();
      const anonymous = await post(t.url, '{ viewer { user { name } } }');
      expect(anonymous.body.errors![0].extensions.code).toBe('TRUSTED_DOCUMENT_REQUIRED');

      // the SDK's own document, as the SDK sends it
      const sdk = await t.client('MEMBER_UNIT', 'CIIE-5/QH/CULTURE_TOURISM');
      const { expos } = await sdk.request(ExposDocument);
      expect(expos.map((e) => e.key)).toContain('CIIE-5');
      await sdk.dispose();

      // ANALYST and ADMIN explore freely
      expect((await t.as('ANALYST', 'CIIE-5')(EXPOS)).body.data.expos.length).toBeGreaterThan(0);
      expect((await admin(EXPOS)).body.data.expos.length).toBeGreaterThan(0);
    });

    it('runs a persisted operation named by its hash alone, and refuses an unknown hash', async () => {
      const manifest: Record<string, string> = (
        await import('../../sdk/persisted-operations.json', { with: { type: 'json' } })
      ).default;
      const [hash, text] = Object.entries(manifest).find(([, doc]) =>
        doc.startsWith('query Expos'),
      )!;
      expect(sha256(text)).toBe(hash);
      const token = await t.token('MEMBER_UNIT', 'CIIE-5/QH/CULTURE_TOURISM');
      const byHash = (sha256Hash: string) =>
        fetch(t.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash } } }),
        }).then(async (r) => ({ status: r.status, body: (await r.json()) as any }));
      const known = await byHash(hash);
      expect(known.status).toBe(200);
      expect(known.body.data.expos.length).toBeGreaterThan(0);
      const unknown = await byHash(sha256('{ expos { key } }'));
      expect(unknown.body.errors![0].extensions.code).toBe('TRUSTED_DOCUMENT_REQUIRED');
    });

    it('holds over WebSocket too', async () => {
      const token = await t.token('DELEGATION_OFFICE', 'CIIE-5/QH');
      const client = createWsClient({
        url: t.url.replace(/^http/, 'ws'),
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${token}` },
        retryAttempts: 0,
      });
      const error = await new Promise<unknown>((resolve) => {
        client.subscribe(
          { query: TOTALS, variables: {} },
          { next: () => resolve('data'), error: resolve, complete: () => resolve('complete') },
        );
      });
      expect(JSON.stringify(error)).toContain('TRUSTED_DOCUMENT_REQUIRED');
      await client.dispose();
    });
  });

  it('serves Prometheus metrics: durations by operation, errors by code, pool, subscribers', async () => {
    const sdk = createClient({ url: t.url, token: await t.token('ANALYST', 'CIIE-5') });
    await sdk.request(ExposDocument);
    const response = await fetch(t.url.replace('/graphql', '/metrics'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(text).toMatch(
      /graphql_request_duration_seconds_count\{operation_name="Expos",operation_type="query"\} [1-9]/,
    );
    expect(text).toMatch(/graphql_errors_total\{code="TRUSTED_DOCUMENT_REQUIRED"\} [1-9]/);
    expect(text).toMatch(/graphql_errors_total\{code="INTERNAL_SERVER_ERROR"\} [1-9]/);
    expect(text).toMatch(/db_pool_connections\{pool="read",state="total"\} [1-9]/);
    expect(text).toMatch(/db_pool_connections\{pool="read",state="waiting"\} 0/);
    expect(text).toMatch(/graphql_ws_connections \d/);
    expect(text).toMatch(/deal_totals_subscribers \d/);
    expect(text).toMatch(/http_responses_total\{route="\/graphql",status="403"\} [1-9]/);
    expect(text).toMatch(/process_resident_memory_bytes \d/);
  });
});

describe('limits and logs', () => {
  const logs = captureLogs();
  const t = useTestServer(
    {
      requestTimeoutMs: 1_000,
      rateLimitPerMinute: 3,
      rateLimitIpPerMinute: 5,
      trustProxy: true,
      logLevel: 'info',
    },
    { logDestination: logs.destination },
  );
  // each test comes from an address of its own (a proxy's X-Forwarded-For, trusted here)
  const from = (address: string, token?: string) => ({
    'x-forwarded-for': address,
    ...(token && { authorization: `Bearer ${token}` }),
  });
  const holders: { query(text: string): Promise<unknown>; release(): void }[] = [];
  afterAll(async () => {
    for (const h of holders) h.release();
  });

  it('answers 504 REQUEST_TIMEOUT when a request outlives REQUEST_TIMEOUT_MS', async () => {
    const token = await t.token('ADMIN', undefined, 'timeout-test-admin');
    const holder = await t.sql.connect();
    holders.push(holder);
    await holder.query('begin');
    // the token's user cannot be read until this lock goes
    await holder.query('lock table app_user in access exclusive mode');
    const started = Date.now();
    const response = await post(t.url, EXPOS, undefined, from('192.0.2.1', token));
    expect(Date.now() - started).toBeLessThan(5_000);
    await holder.query('rollback');
    expect(response.status).toBe(504);
    expect(response.body.errors![0].extensions).toMatchObject({ code: 'REQUEST_TIMEOUT' });
    expect(response.body.errors![0].extensions.requestId).toBe(
      response.headers.get('x-request-id'),
    );
  });

  it('limits requests per token and per address: 429, Retry-After, a GraphQL-shaped error', async () => {
    const [a, b] = await Promise.all([
      t.token('ADMIN', undefined, 'rate-a'),
      t.token('ADMIN', undefined, 'rate-b'),
    ]);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      statuses.push((await post(t.url, EXPOS, undefined, from('192.0.2.2', a))).status);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    const refused = await post(t.url, EXPOS, undefined, from('192.0.2.2', a));
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(refused.body).toEqual({
      errors: [
        {
          message: expect.stringMatching(/Too many requests for this token/),
          extensions: { code: 'RATE_LIMITED', requestId: refused.headers.get('x-request-id') },
        },
      ],
    });
    // another token from the same address: the address has used its 5 of the minute
    const other = await post(t.url, EXPOS, undefined, from('192.0.2.2', b));
    expect(other.status).toBe(429);
    expect(other.body.errors![0].message).toMatch(/for this address/);
    // and from elsewhere it goes through
    expect((await post(t.url, EXPOS, undefined, from('192.0.2.3', b))).status).toBe(200);
  });

  it('logs one JSON line per request with its id, operation and user, and no personal data', async () => {
    const token = await t.token('DELEGATION_OFFICE', 'CIIE-5/QH', 'log-test-office');
    const phone = '13912345678';
    const email = 'zhang.wei@example.cn';
    const idNumber = '63010219900101123X';
    const tried = await post(
      t.url,
      `query Lookup($p: String, $e: String, $i: String) {
        viewer { user { name } } delegation(expoKey: $p, key: $e) { id } expo(key: $i) { id }
      }`,
      { p: phone, e: email, i: idNumber },
      { ...from('192.0.2.4', token), 'x-request-id': 'log-test-1' },
    );
    expect(tried.status).toBe(200);
    expect(tried.body.data.viewer.user.name).toBe('log-test-office');
    // a refused variable: the error message quotes the value, the log must not
    const refused = await post(
      t.url,
      'query Refused($b: Boolean!) { expos @skip(if: $b) { key } }',
      { b: phone },
      {
        ...from('192.0.2.4', token),
        'x-request-id': 'log-test-2',
      },
    );
    expect(refused.body.errors![0].message).toContain(phone);

    const text = logs.text();
    for (const secret of [phone, email, idNumber, token, '1391234']) {
      expect(text).not.toContain(secret);
    }
    const lines = logs.lines();
    const { rows } = await t.sql.query(`select id from app_user where name = 'log-test-office'`);
    const userId = rows[0].id;
    expect(lines.filter((l) => l.requestId === 'log-test-1')).toHaveLength(1);
    expect(lines.find((l) => l.requestId === 'log-test-1')).toMatchObject({
      level: 30,
      msg: 'graphql request',
      service: 'delegation-hub',
      operation: 'Lookup',
      operationType: 'query',
      userId,
      status: 200,
    });
    const requests = lines.filter((l) => l.msg === 'graphql request');
    expect(requests.find((l) => l.requestId === 'log-test-2')).toMatchObject({
      operation: 'Refused',
      errors: ['BAD_USER_INPUT'],
    });
    expect(lines.find((l) => l.requestId === 'log-test-1')).not.toHaveProperty('variables');
  });
});
