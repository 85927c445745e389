import pg from 'pg';
import type { Config } from '../config.js';

/** A WAL position (`pg_lsn`) as a number of bytes, comparable and subtractable. */
export function lsnOf(text: string): bigint {
  const [high, low] = text.split('/');
  return (BigInt(`0x${high}`) << 32n) + BigInt(`0x${low}`);
}

/** What `/readyz` and `/metrics` say of one replica. */
export interface ReplicaStatus {
  /** `host:port/database`, no credentials. */
  name: string;
  /** Reads may go there: it answers, is a standby, and is within the lag limits. */
  healthy: boolean;
  /** How long ago the primary was where the replica's replay is now (0: caught up). */
  lagMs: number | null;
  /** WAL bytes the primary has written and the replica not yet replayed. */
  lagBytes: number | null;
  /** Why it is left out, when it is. */
  problem?: string;
}

/**
 * Where a read may go. `viewer` (the user's id) finds the viewer's last write; `primary` pins
 * the read to the primary (a mutation's reads); `served` counts reads a replica answered.
 */
export interface ReadRoute {
  viewer?: string;
  primary?: boolean;
  served?: { replica: number };
}

/** A statement runner over one pool (prepared or not: the database's choice). */
export type RunOn = (pool: pg.Pool) => Promise<pg.QueryResult>;

class Replica {
  readonly pool: pg.Pool;
  readonly name: string;
  healthy = false;
  replayLsn: bigint | undefined;
  lagMs: number | null = null;
  lagBytes: number | null = null;
  problem: string | undefined = 'not checked yet';

  constructor(url: string, options: pg.PoolConfig, log: (message: string) => void) {
    const u = new URL(url);
    this.name = `${u.hostname}:${u.port || '5432'}${u.pathname}`;
    this.pool = new pg.Pool({
      ...options,
      connectionString: url,
      // a replica that does not answer is left out quickly; the primary answers instead
      connectionTimeoutMillis: 2_000,
      application_name: 'delegation-hub-replica-read',
    });
    this.pool.on('error', (error) => log(`replica ${this.name}: ${error.message}`));
  }

  /** Leaves the replica out; `unreachable`: its last measured lag no longer says anything. */
  leaveOut(problem: string, unreachable = false): void {
    this.healthy = false;
    this.problem = problem;
    if (unreachable) this.lagMs = this.lagBytes = null;
  }
}

/** SQLSTATEs of a replica going away (shut down, crashed, or not yet accepting connections). */
const GOING_AWAY = new Set([
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, or shutting down)
]);

/** SQLSTATEs after which a read on a replica that answered is run again on the primary. */
const RETRY_ON_PRIMARY = new Set([
  '25006', // read_only_sql_transaction: a write sent down the read path
  '40001', // serialization_failure: canceled by a conflict with recovery
]);

/**
 * The replica could not be reached: a connection-level failure (not PostgreSQL's answer, or
 * class 08) or one of {@link GOING_AWAY}. Its last measured lag then says nothing.
 */
function unreachable(error: unknown): boolean {
  if (!(error instanceof pg.DatabaseError)) return true;
  const code = error.code ?? '';
  return code.startsWith('08') || GOING_AWAY.has(code);
}

/** A read the primary should run instead: the replica unreachable, or one of the codes above. */
function worthRetrying(error: unknown): boolean {
  return unreachable(error) || RETRY_ON_PRIMARY.has((error as pg.DatabaseError).code ?? '');
}

/**
 * Read routing over streaming standbys (DATABASE_REPLICA_URLS). Every `checkIntervalMs` the
 * primary's WAL position and each replica's replay position are read: a replica that does not
 * answer, is not in recovery, or is further behind than the limits is left out until a check
 * finds it back within them. A read goes to a healthy replica (in turn) unless it is pinned to
 * the primary or its viewer wrote lately and no healthy replica has replayed that write yet;
 * a replica that fails a read is left out and the read runs on the primary.
 */
export class ReadReplicas {
  private readonly replicas: Replica[];
  /** The viewer's last write: its LSN, and until when it is remembered. */
  private readonly writes = new Map<string, { lsn: bigint; until: number }>();
  /** The primary's WAL positions of the last checks: how long ago a replica's replay was current. */
  private samples: { at: number; lsn: bigint }[] = [];
  private next = 0;
  private timer: NodeJS.Timeout | undefined;
  private checking: Promise<void> | undefined;
  /** Called with `primary` or a replica's name for every read (metrics). */
  onRead: ((target: string) => void) | undefined;

  constructor(
    urls: readonly string[],
    private readonly primary: pg.Pool,
    private readonly settings: Pick<
      Config,
      'replicaMaxLagMs' | 'replicaMaxLagBytes' | 'replicaCheckIntervalMs' | 'readYourWritesMs'
    >,
    poolOptions: pg.PoolConfig,
    private readonly log: (message: string) => void,
  ) {
    this.replicas = urls.map((url) => new Replica(url, poolOptions, log));
  }

  /** Checks the replicas once (so that the first requests may use them), then periodically. */
  async start(): Promise<void> {
    await this.check();
    this.timer = setInterval(() => void this.check(), this.settings.replicaCheckIntervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.checking;
    await Promise.all(this.replicas.map((r) => r.pool.end().catch(() => undefined)));
  }

  status(): ReplicaStatus[] {
    return this.replicas.map((r) => ({
      name: r.name,
      healthy: r.healthy,
      lagMs: r.lagMs,
      lagBytes: r.lagBytes,
      ...(r.problem === undefined ? {} : { problem: r.problem }),
    }));
  }

  /** Runs a read where its route allows: a healthy replica that has the viewer's writes, else the primary. */
  async run(route: ReadRoute | undefined, runOn: RunOn): Promise<pg.QueryResult> {
    const replica = route?.primary ? undefined : this.pick(route?.viewer);
    if (replica) {
      try {
        const result = await runOn(replica.pool);
        if (route?.served) route.served.replica += 1;
        this.onRead?.(replica.name);
        return result;
      } catch (error) {
        if (!worthRetrying(error)) throw error;
        replica.leaveOut(`read failed: ${(error as Error).message}`, unreachable(error));
        this.log(`replica ${replica.name} left out: ${(error as Error).message}`);
      }
    }
    this.onRead?.('primary');
    return runOn(this.primary);
  }

  /**
   * Remembers the primary's WAL position after a viewer's committed write: their reads go to a
   * replica again once it has replayed that far (or after READ_YOUR_WRITES_MS). The position is
   * announced on `viewer_writes` too, so that the other instances (their LISTEN connections,
   * `remember`) keep the viewer's next reads, wherever they land, off lagging replicas.
   */
  async noteWrite(viewer: string): Promise<void> {
    const { rows } = await this.primary.query<{ lsn: string }>(
      `select l::text as lsn,
              pg_notify('viewer_writes', json_build_object('u', $1::text, 'l', l::text)::text)
       from pg_current_wal_insert_lsn() as l`,
      [viewer],
    );
    this.remember(viewer, rows[0]!.lsn);
  }

  /** A viewer's write at `lsn` (this instance's, or another's as announced). */
  remember(viewer: string, lsn: string): void {
    const now = Date.now();
    if (this.writes.size >= 100_000) {
      for (const [key, write] of this.writes) if (write.until <= now) this.writes.delete(key);
    }
    const position = lsnOf(lsn);
    const known = this.writes.get(viewer);
    this.writes.set(viewer, {
      lsn: known && known.lsn > position ? known.lsn : position,
      until: now + this.settings.readYourWritesMs,
    });
  }

  private pick(viewer: string | undefined): Replica | undefined {
    let after: bigint | undefined;
    if (viewer !== undefined) {
      const write = this.writes.get(viewer);
      if (write && write.until > Date.now()) after = write.lsn;
      else if (write) this.writes.delete(viewer);
    }
    const count = this.replicas.length;
    for (let i = 0; i < count; i += 1) {
      const replica = this.replicas[(this.next + i) % count]!;
      if (!replica.healthy) continue;
      if (after !== undefined && (replica.replayLsn === undefined || replica.replayLsn < after))
        continue;
      this.next = (this.next + i + 1) % count;
      return replica;
    }
    return undefined;
  }

  private check(): Promise<void> {
    this.checking ??= this.checkAll().finally(() => (this.checking = undefined));
    return this.checking;
  }

  private async checkAll(): Promise<void> {
    let primaryLsn: bigint;
    try {
      const { rows } = await this.primary.query<{ lsn: string }>(
        'select pg_current_wal_insert_lsn()::text as lsn',
      );
      primaryLsn = lsnOf(rows[0]!.lsn);
    } catch (error) {
      // the primary is away: nothing to measure the replicas against; they keep their state
      this.log(`replica check: the primary did not answer: ${(error as Error).message}`);
      return;
    }
    const now = Date.now();
    this.samples.push({ at: now, lsn: primaryLsn });
    // kept long enough to measure any lag up to the limit, and a little beyond
    const keepFrom = now - Math.max(2 * this.settings.replicaMaxLagMs, 10_000);
    while (this.samples.length > 1 && this.samples[0]!.at < keepFrom) this.samples.shift();
    await Promise.all(this.replicas.map((replica) => this.checkOne(replica, primaryLsn, now)));
  }

  private async checkOne(replica: Replica, primaryLsn: bigint, now: number): Promise<void> {
    let row: { recovery: boolean; replay: string | null };
    try {
      const { rows } = await replica.pool.query<{ recovery: boolean; replay: string | null }>(
        'select pg_is_in_recovery() as recovery, pg_last_wal_replay_lsn()::text as replay',
      );
      row = rows[0]!;
    } catch (error) {
      replica.leaveOut(`unreachable: ${(error as Error).message}`, true);
      return;
    }
    if (!row.recovery || row.replay === null) {
      replica.leaveOut('not a standby (not in recovery)', true);
      return;
    }
    const replay = lsnOf(row.replay);
    replica.replayLsn = replay;
    const behind = primaryLsn > replay ? primaryLsn - replay : 0n;
    replica.lagBytes = Number(behind);
    // the first check at which the primary had WAL the replica has not replayed yet
    const since = behind === 0n ? now : this.samples.find((s) => s.lsn > replay)?.at;
    replica.lagMs = since === undefined ? null : now - since;
    const limits = this.settings;
    if (replica.lagBytes > limits.replicaMaxLagBytes) {
      replica.leaveOut(`behind by ${replica.lagBytes} bytes`);
    } else if (replica.lagMs !== null && replica.lagMs > limits.replicaMaxLagMs) {
      replica.leaveOut(`behind by ${replica.lagMs} ms`);
    } else {
      if (!replica.healthy) this.log(`replica ${replica.name} in use`);
      replica.healthy = true;
      replica.problem = undefined;
    }
  }
}
