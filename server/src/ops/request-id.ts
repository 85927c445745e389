import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Language } from '../i18n/message.js';
import type { Logger } from '../logger.js';

/**
 * An HTTP request as its log line and metrics see it: its id, a logger that names it, and what
 * is filled in as it goes. Handed along explicitly (in the GraphQL context, to the answers sent
 * before GraphQL runs): an AsyncLocalStorage would make every promise of every request pay
 * for async hooks.
 */
export interface RequestScope {
  requestId: string;
  /** The language the client asked for in `Accept-Language`: error messages are in it. */
  language: Language;
  log: Logger;
  /** Filled in as the request goes, for its log line and metrics. */
  operation?: { name: string | null; type: string };
  userId?: string;
  /** `extensions.code` of every error answered. */
  errorCodes: string[];
}

/** A caller's request id is taken when it is sane: short, and of letters, digits and `._:-`. */
const SANE = /^[\w.:-]{1,128}$/;

/** `X-Request-Id` of the request when sane (a proxy's or a client's), otherwise a fresh one. */
export function requestIdOf(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && SANE.test(given) ? given : randomUUID();
}
