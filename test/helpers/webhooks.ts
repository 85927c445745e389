import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What a webhook receiver got: one POST. */
export interface Received {
  headers: Record<string, string>;
  raw: string;
  body: {
    id: string;
    kind: string;
    delegationId: string;
    subject: string;
    occurredAt: string;
    data: Record<string, unknown>;
  };
  /** Whether its signature verified with the receiver's secret. */
  verified: boolean | undefined;
  at: number;
}

/**
 * Verifies X-DelegationHub-Signature as a receiver would (README, "Webhooks"): HMAC-SHA256 of
 * `<timestamp>.<raw body>` with the webhook's secret, compared in constant time.
 */
export function verifySignature(secret: string, headers: Record<string, string>, raw: string) {
  const timestamp = headers['x-delegationhub-timestamp'] ?? '';
  const expected = createHmac('sha256', secret).update(`${timestamp}.${raw}`).digest('hex');
  const given = (headers['x-delegationhub-signature'] ?? '').replace(/^sha256=/, '');
  return (
    given.length === expected.length &&
    timingSafeEqual(Buffer.from(given, 'hex'), Buffer.from(expected, 'hex'))
  );
}

/**
 * A webhook receiver on loopback, as a delegation's system would run one: `up` answers 204,
 * `failing` answers 503, `down` drops the connection (as a receiver that is not there). Only
 * accepted (2xx) POSTs are kept in `received`; `tries` counts them all.
 */
export class TestReceiver {
  readonly received: Received[] = [];
  tries = 0;
  mode: 'up' | 'failing' | 'down' = 'up';
  secret: string | undefined;
  private server: Server | undefined;
  url = '';

  async start(port = 0): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        this.tries += 1;
        if (this.mode === 'down') {
          req.socket.destroy();
          return;
        }
        if (this.mode === 'failing') {
          res.writeHead(503).end('not now');
          return;
        }
        const raw = Buffer.concat(chunks).toString('utf8');
        const headers = req.headers as Record<string, string>;
        this.received.push({
          headers,
          raw,
          body: JSON.parse(raw),
          verified: this.secret ? verifySignature(this.secret, headers, raw) : undefined,
          at: Date.now(),
        });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hook`;
    return this;
  }

  /** The received POSTs of this subject (a record's global ID). */
  about(subject: string): Received[] {
    return this.received.filter((r) => r.body.subject === subject);
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }
}

/** Polls `probe` until it answers something other than undefined (or `ms` pass). */
export async function until<T>(
  probe: () => Promise<T | undefined> | T | undefined,
  what: string,
  ms = 15_000,
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
