import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Logger } from '../logger.js';

/** What a request's work can find wherever it runs: its id, and a logger that names it. */
export interface RequestScope {
  requestId: string;
  log: Logger;
  /** Filled in as the request goes, for its log line and metrics. */
  operation?: { name: string | null; type: string };
  userId?: string;
  /** `extensions.code` of every error answered. */
  errorCodes: string[];
}

const scope = new AsyncLocalStorage<RequestScope>();

/** A caller's request id is taken when it is sane: short, and of letters, digits and `._:-`. */
const SANE = /^[\w.:-]{1,128}$/;

/** `X-Request-Id` of the request when sane (a proxy's or a client's), otherwise a fresh one. */
export function requestIdOf(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && SANE.test(given) ? given : randomUUID();
}

/** Runs a request's work with its scope (see {@link currentRequest}). */
export function inRequest<T>(request: RequestScope, work: () => T): T {
  return scope.run(request, work);
}

/** The request being served, where there is one (Apollo's formatError has no context). */
export function currentRequest(): RequestScope | undefined {
  return scope.getStore();
}
