import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { getOperationAST, print, type DocumentNode, type GraphQLFormattedError } from 'graphql';
import { createClient as createWebSocketClient, type Client as WebSocketClient } from 'graphql-ws';
import { DelegationHubError } from './errors.js';

/** Options of {@link createClient}. */
export interface ClientOptions {
  /**
   * The GraphQL endpoint, e.g. `https://hub.example.org/graphql`. Subscriptions connect to the
   * same URL with `http:` turned into `ws:` and `https:` into `wss:`. In browsers it may be
   * relative to the page.
   */
  url: string;
  /**
   * Access token. Sent as `authorization: Bearer <token>` with every request, and as
   * `{ authorization: 'Bearer <token>' }` in the WebSocket connection parameters.
   */
  token?: string;
  /** The `fetch` to use; defaults to the global one (Node 20+ and browsers have it). */
  fetch?: typeof globalThis.fetch;
  /** Extra HTTP headers sent with every request (not over the WebSocket). */
  headers?: Record<string, string>;
  /**
   * The language of error messages, as an `Accept-Language` value (`zh`, `zh-CN`, `en`): sent as
   * that header over HTTP and as the `accept-language` connection parameter over the WebSocket.
   * Codes and fields are the same in every language.
   */
  language?: string;
  /**
   * The WebSocket class for subscriptions; defaults to the global `WebSocket`. Node 20 has no
   * global one: pass the `ws` package's (`import WebSocket from 'ws'`).
   */
  webSocketImpl?: unknown;
}

/**
 * The variables parameter of an operation: optional when the operation has no required
 * variable, required otherwise.
 */
export type VariablesArgument<TVariables> =
  Record<string, never> extends TVariables ? [variables?: TVariables] : [variables: TVariables];

/** A client of the Delegation Hub GraphQL API; made by {@link createClient}. */
export interface DelegationHubClient {
  /**
   * Runs a query or mutation over HTTP and resolves with its typed `data`.
   *
   * @param document - A generated document, e.g. `DelegationDocument`.
   * @param variables - The operation's variables, typed by the document.
   * @throws {@link DelegationHubError} when the response has GraphQL errors, the server
   *   answers with a failure status, or the server cannot be reached.
   */
  request<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    ...variables: VariablesArgument<TVariables>
  ): Promise<TResult>;

  /**
   * Starts a subscription over the client's shared WebSocket (opened on first use, protocol
   * `graphql-transport-ws`) and iterates over its typed `data`. Leaving a `for await` loop,
   * or calling `return()`, unsubscribes.
   *
   * @param document - A generated subscription document.
   * @param variables - The operation's variables, typed by the document.
   * @returns An iterator whose `next()` rejects with a {@link DelegationHubError} when the
   *   server sends errors or the socket fails; the subscription is over after that.
   */
  subscribe<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    ...variables: VariablesArgument<TVariables>
  ): AsyncIterableIterator<TResult>;

  /**
   * Ends every subscription (their iterators finish) and closes the WebSocket, if one is
   * open. A later `subscribe` opens a new one.
   */
  dispose(): Promise<void>;
}

/**
 * Creates a client of the Delegation Hub GraphQL API.
 *
 * @example
 * ```ts
 * import WebSocket from 'ws';
 * import { createClient, DelegationDocument } from '@delegation-hub/sdk';
 *
 * const client = createClient({ url: 'http://localhost:4000/graphql', token, webSocketImpl: WebSocket });
 * const { delegation } = await client.request(DelegationDocument, { expoKey: 'CIIE-5', key: 'QH' });
 * ```
 */
export function createClient(options: ClientOptions): DelegationHubClient {
  const { url, token } = options;
  const authorization = token === undefined ? undefined : `Bearer ${token}`;
  let socket: WebSocketClient | undefined;
  const subscriptions = new Set<Subscription<unknown>>();

  function webSocketClient(): WebSocketClient {
    socket ??= createWebSocketClient({
      url: webSocketUrl(url),
      ...(options.webSocketImpl !== undefined && { webSocketImpl: options.webSocketImpl }),
      ...((authorization !== undefined || options.language !== undefined) && {
        connectionParams: {
          ...(authorization !== undefined && { authorization }),
          ...(options.language !== undefined && { 'accept-language': options.language }),
        },
      }),
      // The token is fixed for the client's life: a refused one stays refused.
      shouldRetry: (error) => isCloseEvent(error) && error.code !== FORBIDDEN_CLOSE_CODE,
    });
    return socket;
  }

  return {
    async request<TResult, TVariables>(
      document: TypedDocumentNode<TResult, TVariables>,
      ...[variables]: VariablesArgument<TVariables>
    ): Promise<TResult> {
      const fetchImpl = options.fetch ?? globalThis.fetch;
      const headers = new Headers(options.headers);
      headers.set('content-type', 'application/json');
      if (!headers.has('accept')) {
        headers.set('accept', 'application/graphql-response+json, application/json;q=0.9');
      }
      if (authorization !== undefined) headers.set('authorization', authorization);
      if (options.language !== undefined) headers.set('accept-language', options.language);

      let status: number;
      let statusText: string;
      let text: string;
      try {
        const response = await fetchImpl(url, {
          method: 'POST',
          headers,
          body: JSON.stringify({ ...operationOf(document), variables }),
        });
        status = response.status;
        statusText = response.statusText;
        text = await response.text();
      } catch (cause) {
        throw new DelegationHubError(`Request to ${url} failed: ${messageOf(cause)}`, {
          code: 'NETWORK_ERROR',
          cause,
        });
      }

      const body = parseJson(text);
      const errors = graphQLErrorsOf(body);
      const ok = status >= 200 && status < 300;
      if (errors !== undefined) {
        throw DelegationHubError.fromGraphQLErrors(
          errors,
          ok ? 'GRAPHQL_ERROR' : `HTTP_${status}`,
          ok ? undefined : status,
        );
      }
      if (!ok) {
        throw new DelegationHubError(`HTTP ${status} ${statusText}`.trim(), {
          code: `HTTP_${status}`,
          status,
        });
      }
      if (!isRecord(body) || !isRecord(body['data'])) {
        throw new DelegationHubError('The response is not a GraphQL result', {
          code: 'BAD_RESPONSE',
          status,
        });
      }
      return body['data'] as TResult;
    },

    subscribe<TResult, TVariables>(
      document: TypedDocumentNode<TResult, TVariables>,
      ...[variables]: VariablesArgument<TVariables>
    ): AsyncIterableIterator<TResult> {
      const subscription = new Subscription<TResult>(() => subscriptions.delete(subscription));
      subscriptions.add(subscription);
      try {
        subscription.start(webSocketClient(), {
          ...operationOf(document),
          ...(variables !== undefined && { variables: variables as Record<string, unknown> }),
        });
      } catch (cause) {
        // E.g. no WebSocket implementation: reported by the first next(), like any failure.
        subscription.fail(socketError(cause));
      }
      return subscription;
    },

    async dispose(): Promise<void> {
      for (const subscription of [...subscriptions]) await subscription.return();
      const closing = socket;
      socket = undefined;
      await closing?.dispose();
    },
  };
}

/**
 * graphql-ws closes with 4403 when a server refuses the connection (its `onConnect`). Delegation
 * Hub accepts every connection and refuses an operation instead (an `error` message with
 * UNAUTHENTICATED or FORBIDDEN, as over HTTP); a 4403 is not retried all the same.
 */
const FORBIDDEN_CLOSE_CODE = 4403;

/**
 * One subscription's iterator: buffers what the socket delivers until `next()` asks for it,
 * and ends at once on `return()`, even while a `next()` is waiting.
 */
class Subscription<TResult> implements AsyncIterableIterator<TResult> {
  private readonly buffered: TResult[] = [];
  private readonly waiting: (() => void)[] = [];
  private failure: DelegationHubError | undefined;
  private done = false;
  private unsubscribe: (() => void) | undefined;

  constructor(private readonly onEnd: () => void) {}

  start(
    client: WebSocketClient,
    payload: { query: string; operationName?: string; variables?: Record<string, unknown> },
  ): void {
    this.unsubscribe = client.subscribe<TResult>(payload, {
      next: (result) => {
        if (this.done) return;
        if (result.errors !== undefined && result.errors.length > 0) {
          this.fail(DelegationHubError.fromGraphQLErrors(result.errors));
        } else if (result.data == null) {
          this.fail(
            new DelegationHubError('The event is not a GraphQL result', { code: 'BAD_RESPONSE' }),
          );
        } else {
          this.buffered.push(result.data);
          this.wake();
        }
      },
      error: (error) => this.fail(socketError(error)),
      complete: () => this.end(),
    });
  }

  /** Ends the subscription with an error that the next `next()` rejects with. */
  fail(error: DelegationHubError): void {
    if (this.done) return;
    this.failure = error;
    this.end();
  }

  async next(): Promise<IteratorResult<TResult, undefined>> {
    for (;;) {
      if (this.buffered.length > 0) return { done: false, value: this.buffered.shift() as TResult };
      if (this.failure !== undefined) {
        const failure = this.failure;
        this.failure = undefined;
        throw failure;
      }
      if (this.done) return { done: true, value: undefined };
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
  }

  async return(): Promise<IteratorResult<TResult, undefined>> {
    this.buffered.length = 0;
    this.failure = undefined;
    this.end();
    return { done: true, value: undefined };
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private end(): void {
    if (this.done) return;
    this.done = true;
    const unsubscribe = this.unsubscribe;
    this.unsubscribe = undefined;
    unsubscribe?.();
    this.onEnd();
    this.wake();
  }

  private wake(): void {
    for (const resolve of this.waiting.splice(0)) resolve();
  }
}

interface Operation {
  query: string;
  operationName?: string;
}

// Generated documents are module constants: print each once.
const printed = new WeakMap<DocumentNode, Operation>();

function operationOf(document: DocumentNode): Operation {
  let operation = printed.get(document);
  if (operation === undefined) {
    const name = getOperationAST(document)?.name?.value;
    operation = { query: print(document), ...(name !== undefined && { operationName: name }) };
    printed.set(document, operation);
  }
  return operation;
}

function webSocketUrl(url: string): string {
  const base = typeof location === 'undefined' ? undefined : location.href;
  const resolved = new URL(url, base);
  if (resolved.protocol === 'http:') resolved.protocol = 'ws:';
  else if (resolved.protocol === 'https:') resolved.protocol = 'wss:';
  return resolved.href;
}

/** What graphql-ws hands a sink's `error`: GraphQL errors, a close event, or another failure. */
function socketError(error: unknown): DelegationHubError {
  if (Array.isArray(error) && error.length > 0) {
    return DelegationHubError.fromGraphQLErrors(error as GraphQLFormattedError[]);
  }
  if (isCloseEvent(error)) {
    const reason = error.reason === '' ? '' : `: ${error.reason}`;
    return new DelegationHubError(`WebSocket closed with ${error.code}${reason}`, {
      code: error.code === FORBIDDEN_CLOSE_CODE ? 'FORBIDDEN' : 'WEBSOCKET_CLOSED',
      cause: error,
    });
  }
  if (error instanceof DelegationHubError) return error;
  return new DelegationHubError(`WebSocket failed: ${messageOf(error)}`, {
    code: 'NETWORK_ERROR',
    cause: error,
  });
}

function isCloseEvent(value: unknown): value is { code: number; reason: string } {
  return (
    isRecord(value) && typeof value['code'] === 'number' && typeof value['reason'] === 'string'
  );
}

function graphQLErrorsOf(body: unknown): GraphQLFormattedError[] | undefined {
  if (!isRecord(body) || !Array.isArray(body['errors']) || body['errors'].length === 0) {
    return undefined;
  }
  return body['errors'] as GraphQLFormattedError[];
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function messageOf(error: unknown): string {
  if (error instanceof Error) {
    // fetch's own message is just "fetch failed"; the reason is in its cause.
    return error.cause instanceof Error
      ? `${error.message} (${error.cause.message})`
      : error.message;
  }
  if (isRecord(error) && typeof error['type'] === 'string') return error['type'];
  return String(error);
}
