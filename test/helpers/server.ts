import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { start, type RunningServer } from '../../server/src/index.js';
import { createTestDatabase } from './database.js';

export interface TestServer {
  server: RunningServer;
  url: string;
  /** Direct SQL on the test database, for setting up and checking what the API cannot. */
  sql: pg.Pool;
}

/**
 * Starts the real server on a free port against a database of this test file's own, for the
 * duration of the file. Fields are filled in by beforeAll.
 */
export function useTestServer(): TestServer {
  const handle = {} as TestServer;
  let drop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const db = await createTestDatabase();
    drop = db.drop;
    handle.server = await start({
      databaseUrl: db.url,
      port: 0,
      host: '127.0.0.1',
      seed: false,
      logLevel: 'silent',
      dbPoolSize: 5,
    });
    handle.url = handle.server.url;
    handle.sql = new pg.Pool({ connectionString: db.url, max: 3 });
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
): Promise<{ status: number; headers: Headers; body: { data?: any; errors?: any[] } }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as any };
}
