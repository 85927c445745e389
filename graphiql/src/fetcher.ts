import { getOperationAST, parse } from 'graphql';
import { createClient, type Client, type FormattedExecutionResult } from 'graphql-ws';

/** What GraphiQL hands a fetcher: the operation, and the headers from its header editor. */
export interface FetcherParams {
  query: string;
  operationName?: string | null;
  variables?: unknown;
}
export interface FetcherOpts {
  headers?: Record<string, unknown>;
}
type Result = FormattedExecutionResult<Record<string, unknown>, unknown>;

/**
 * GraphiQL's fetcher for this server: queries and mutations over HTTP with the header editor's
 * headers; subscriptions over graphql-ws at the same URL, where the `Authorization` header
 * becomes the `authorization` connection parameter (the server reads the token there). One
 * socket per distinct token: changing the header opens a new one.
 */
export function createFetcher(url: string) {
  let socket: { authorization: string | undefined; client: Client } | undefined;

  function socketFor(authorization: string | undefined): Client {
    if (socket !== undefined && socket.authorization === authorization) return socket.client;
    void socket?.client.dispose();
    const wsUrl = new URL(url);
    wsUrl.protocol = wsUrl.protocol === 'https:' ? 'wss:' : 'ws:';
    const client = createClient({
      url: wsUrl.href,
      connectionParams: authorization === undefined ? {} : { authorization },
      // a refused token stays refused: show the error instead of retrying
      retryAttempts: 0,
    });
    socket = { authorization, client };
    return client;
  }

  return (params: FetcherParams, opts?: FetcherOpts): Promise<Result> | AsyncIterable<Result> => {
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(opts?.headers ?? {})) {
      if (value != null) headers[name.toLowerCase()] = String(value);
    }
    // the editor's template before a token is pasted in: ask as nobody (the schema still loads)
    if (/^bearer\s*$/i.test(headers['authorization'] ?? '')) delete headers['authorization'];
    const payload = {
      query: params.query,
      ...(params.operationName ? { operationName: params.operationName } : {}),
      ...(params.variables ? { variables: params.variables as Record<string, unknown> } : {}),
    };
    if (isSubscription(params)) {
      return iterate(socketFor(headers['authorization']), payload);
    }
    return post(url, headers, payload);
  };
}

function isSubscription(params: FetcherParams): boolean {
  // parsed from the text sent, not GraphiQL's documentAST: that one follows the editor after a
  // pause, and can still be the previous operation's right after a paste
  try {
    return getOperationAST(parse(params.query), params.operationName)?.operation === 'subscription';
  } catch {
    return false; // a syntax error: let the server say so over HTTP
  }
}

async function post(
  url: string,
  headers: Record<string, string>,
  payload: Record<string, unknown>,
): Promise<Result> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      ...headers,
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json;q=0.9',
    },
    body: JSON.stringify(payload),
  });
  const text = await response.text();
  try {
    return JSON.parse(text) as Result;
  } catch {
    return { errors: [{ message: `HTTP ${response.status}: ${text.slice(0, 200)}` }] };
  }
}

/** The subscription's results; a refused or closed socket ends it with a readable error. */
async function* iterate(
  client: Client,
  payload: { query: string; operationName?: string; variables?: Record<string, unknown> },
): AsyncGenerator<Result> {
  try {
    yield* client.iterate(payload);
  } catch (error) {
    yield { errors: [{ message: describe(error) }] };
  }
}

function describe(error: unknown): string {
  if (Array.isArray(error)) return error.map((e: { message?: string }) => e.message).join('; ');
  if (error instanceof Error) return error.message;
  const close = error as { code?: unknown; reason?: unknown };
  if (typeof close.code === 'number') {
    const hint = close.code === 4403 ? ' (check the Authorization header: a valid token?)' : '';
    return `WebSocket closed with ${close.code}${close.reason ? `: ${String(close.reason)}` : ''}${hint}`;
  }
  return 'WebSocket failed: is the server running?';
}
