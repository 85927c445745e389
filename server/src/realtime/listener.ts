import { EventEmitter } from 'node:events';
import pg from 'pg';
import type { Logger } from '../logger.js';

/** A committed change to a deal, as announced by the `deal_changes` trigger. */
export interface DealChange {
  op: 'insert' | 'update' | 'delete';
  /** Deal id. */
  id: string;
  /** Delegation id. */
  d: string;
  /** Expo id. */
  e: string;
}

/**
 * A committed outbox event (`id`, its delegation `d` and kind `k`), or a webhook delivery due
 * again (`w`), as announced on `notification_events`.
 */
export interface NotificationSignal {
  id?: string;
  d?: string;
  k?: string;
  w?: string;
}

/**
 * A user's committed write (`u`, their id) and the primary's WAL position after it (`l`), as
 * announced on `viewer_writes` by the instance that made it (db/replicas.ts): every instance
 * keeps that user's reads off replicas that have not replayed it.
 */
export interface ViewerWrite {
  u: string;
  l: string;
}

export interface ListenerEvents {
  change: [DealChange];
  notification: [NotificationSignal];
  write: [ViewerWrite];
  /** The connection came back after a loss: anything may have changed meanwhile. */
  resync: [];
}

/**
 * One LISTEN connection per server instance, whatever the number of subscribers. It reconnects
 * by itself after the database restarts, and then says `resync`, so that nobody stays stale.
 */
export class DealChangeListener extends EventEmitter<ListenerEvents> {
  private client: pg.Client | undefined;
  private stopped = false;
  private connected = false;
  private retry: NodeJS.Timeout | undefined;
  private everConnected = false;

  constructor(
    private readonly url: string,
    private readonly log: Logger,
  ) {
    super();
    this.setMaxListeners(0);
  }

  /** Whether the LISTEN connection is up (for /readyz). */
  get ready(): boolean {
    return this.connected;
  }

  async start(): Promise<void> {
    await this.connect();
  }

  private async connect(attempt = 0): Promise<void> {
    if (this.stopped) return;
    const client = new pg.Client({
      connectionString: this.url,
      application_name: 'delegation-hub-listen',
    });
    client.on('notification', (message) => {
      if (!message.payload) return;
      try {
        if (message.channel === 'deal_changes')
          this.emit('change', JSON.parse(message.payload) as DealChange);
        else if (message.channel === 'notification_events')
          this.emit('notification', JSON.parse(message.payload) as NotificationSignal);
        else if (message.channel === 'viewer_writes')
          this.emit('write', JSON.parse(message.payload) as ViewerWrite);
      } catch (error) {
        this.log.warn({ err: error, channel: message.channel }, 'unreadable notification payload');
      }
    });
    const lost = (error?: Error) => {
      if (this.client !== client) return;
      this.client = undefined;
      this.connected = false;
      if (this.stopped) return;
      this.log.warn({ err: error }, 'LISTEN connection lost; reconnecting');
      client.end().catch(() => undefined);
      this.schedule(0);
    };
    client.on('error', lost);
    client.on('end', () => lost());
    try {
      await client.connect();
      await client.query('listen deal_changes');
      await client.query('listen notification_events');
      await client.query('listen viewer_writes');
      this.client = client;
      this.connected = true;
      if (this.everConnected) this.emit('resync');
      this.everConnected = true;
    } catch (error) {
      client.end().catch(() => undefined);
      if (this.stopped) return;
      if (!this.everConnected && attempt === 0) throw error;
      this.log.warn({ err: error }, 'LISTEN connection failed; retrying');
      this.schedule(attempt + 1);
    }
  }

  private schedule(attempt: number): void {
    clearTimeout(this.retry);
    const delay = Math.min(5_000, 100 * 2 ** attempt);
    this.retry = setTimeout(() => void this.connect(attempt), delay);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    this.connected = false;
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }
}
