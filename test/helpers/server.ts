import pg from 'pg';
import WebSocket from 'ws';
import { createClient, type DelegationHubClient } from '../../sdk/src/index.js';
import { afterAll, beforeAll, inject } from 'vitest';
import { ensureUser, resolveScope } from '../../server/src/auth/bootstrap.js';
import type { Role } from '../../server/src/auth/roles.js';
import { issueToken } from '../../server/src/auth/tokens.js';
import type { Config } from '../../server/src/config.js';
import { start, type RunningServer, type StartOptions } from '../../server/src/index.js';
import { createTestDatabase } from './database.js';
import { PGBOUNCER_MISSING } from './pgbouncer.js';

export interface TestServer {
  server: RunningServer;
  url: string;
  /** Direct SQL on the test database, for setting up and checking what the API cannot. */
  sql: pg.Pool;
  /** A bearer token for a user holding `role` in the scope named by `scopeKey` (see npm run token). */
  token(role: Role | `${Role}`, scopeKey?: string, userName?: string): Promise<string>;
  /** A GraphQL request as a user holding `role` in `scopeKey`. */
  as(role: Role | `${Role}`, scopeKey?: string): Gql;
  /** The SDK's client, signed in as a user holding `role` in `scopeKey`. */
  client(role: Role | `${Role}`, scopeKey?: string): Promise<DelegationHubClient>;
}

export type Gql = (query: string, variables?: Record<string, unknown>) => Promise<GqlResult>;
export interface GqlResult {
  status: number;
  headers: Headers;
  body: { data?: any; errors?: any[] };
}

/**
 * The settings of a server that reaches `url`'s database through the run's PgBouncer
 * (transaction pooling), LISTEN and session locks straight to PostgreSQL.
 */
export function throughPgBouncer(url: string): Partial<Config> {
  const port = inject('pgBouncerPort');
  if (!port) throw new Error(PGBOUNCER_MISSING);
  const pooled = new URL(url);
  pooled.hostname = '127.0.0.1';
  pooled.port = String(port);
  return {
    databaseUrl: pooled.toString(),
    databaseDirectUrl: url,
    databasePooler: 'transaction',
    // named statements only where PgBouncer keeps them (1.21+ with max_prepared_statements)
    preparedStatements: inject('pgBouncerPrepared') ? 256 : 0,
  };
}

/**
 * Starts the real server on a free port against a database of this test file's own, for the
 * duration of the file (with `overrides` of its settings). Fields are filled in by beforeAll.
 * Through PgBouncer with `test.throughPgBouncer`, or for every file with TEST_THROUGH_PGBOUNCER=1.
 */
export function useTestServer(
  overrides: Partial<Config> = {},
  options: StartOptions = {},
  test: { throughPgBouncer?: boolean } = {},
): TestServer {
  const handle = {} as TestServer;
  let drop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const db = await createTestDatabase();
    drop = db.drop;
    const pooled =
      test.throughPgBouncer || process.env.TEST_THROUGH_PGBOUNCER === '1'
        ? throughPgBouncer(db.url)
        : {};
    handle.server = await start(
      {
        databaseUrl: db.url,
        ...pooled,
        port: 0,
        host: '127.0.0.1',
        seed: false,
        logLevel: 'silent',
        dbPoolSize: 5,
        // the production default (COMPILE_AFTER_RUNS=1): a document's first run is on
        // graphql-js, as a first production request is, and its repeats run compiled
        ...overrides,
      },
      options,
    );
    handle.url = handle.server.url;
    handle.sql = new pg.Pool({ connectionString: db.url, max: 3 });
  });
  const tokens = new Map<string, Promise<string>>();
  handle.token = (role, scopeKey, userName) => {
    const name = userName ?? `${role}@${scopeKey ?? 'platform'}`;
    const cacheKey = `${name}|${role}|${scopeKey}`;
    let token = tokens.get(cacheKey);
    if (!token) {
      token = (async () => {
        const pool = handle.server.db.pool;
        const scope = await resolveScope(pool, role as Role, scopeKey);
        const userId = await ensureUser(pool, name, role as Role, [scope], 'test');
        return (await issueToken(handle.server.app.signingKey, userId, 3600)).token;
      })();
      tokens.set(cacheKey, token);
    }
    return token;
  };
  handle.client = async (role, scopeKey) =>
    createClient({
      url: handle.url,
      token: await handle.token(role, scopeKey),
      webSocketImpl: WebSocket,
    });
  handle.as = (role, scopeKey) => async (query, variables) =>
    post(handle.url, query, variables, {
      authorization: `Bearer ${await handle.token(role, scopeKey)}`,
    });
  afterAll(async () => {
    await handle.sql?.end();
    await handle.server?.stop();
    await drop?.();
  });
  return handle;
}

/** One GraphQL request over HTTP, returning status, headers and the parsed body. */
export async function post(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GqlResult> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as any,
  };
}
