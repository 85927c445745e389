import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { tokenOf } from '../auth/viewer.js';
import type { Config } from '../config.js';

/** A refused request: which limit it met, and when to try again. */
export interface RateLimited {
  limit: 'token' | 'address';
  retryAfterSeconds: number;
}

/** The client's address: the socket's, or behind a trusted proxy the last `X-Forwarded-For` hop. */
export function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  const forwarded = req.headers['x-forwarded-for'];
  if (trustProxy && typeof forwarded === 'string') {
    const last = forwarded.split(',').at(-1)?.trim();
    if (last) return last;
  }
  return req.socket.remoteAddress ?? 'unknown';
}

/**
 * Requests per minute per bearer token and per client address, counted in this instance's
 * memory (each instance counts its own). A token is keyed by its hash, never kept as it is.
 */
export class RateLimits {
  private readonly byToken: RateLimiterMemory | undefined;
  private readonly byAddress: RateLimiterMemory | undefined;

  constructor(
    private readonly config: Pick<
      Config,
      'rateLimitPerMinute' | 'rateLimitIpPerMinute' | 'trustProxy'
    >,
  ) {
    if (config.rateLimitPerMinute > 0) {
      this.byToken = new RateLimiterMemory({ points: config.rateLimitPerMinute, duration: 60 });
    }
    if (config.rateLimitIpPerMinute > 0) {
      this.byAddress = new RateLimiterMemory({ points: config.rateLimitIpPerMinute, duration: 60 });
    }
  }

  /** Counts one request; says why it is refused, or `undefined` when it may go on. */
  async check(req: IncomingMessage): Promise<RateLimited | undefined> {
    if (this.byAddress) {
      const refused = await consume(this.byAddress, clientAddress(req, this.config.trustProxy));
      if (refused !== undefined) return { limit: 'address', retryAfterSeconds: refused };
    }
    const token = this.byToken && tokenIn(req.headers.authorization);
    if (token) {
      // by the token itself: "Bearer <token>", "bearer <token>" and the token alone are one
      const key = createHash('sha256').update(token).digest('base64url');
      const refused = await consume(this.byToken, key);
      if (refused !== undefined) return { limit: 'token', retryAfterSeconds: refused };
    }
    return undefined;
  }
}

/** The token in an `authorization` header, or the header as it is when it holds none. */
function tokenIn(authorization: string | undefined): string | null {
  try {
    return tokenOf(authorization);
  } catch {
    return authorization ?? null;
  }
}

/** Seconds to wait when the limiter refuses, `undefined` when it allows. */
async function consume(limiter: RateLimiterMemory, key: string): Promise<number | undefined> {
  try {
    await limiter.consume(key);
    return undefined;
  } catch (refusal) {
    if (!(refusal instanceof RateLimiterRes)) throw refusal;
    return Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
  }
}
