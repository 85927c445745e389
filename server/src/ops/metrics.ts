import type pg from 'pg';
import type { ReplicaStatus } from '../db/replicas.js';
import type { Executor } from '../graphql/executor.js';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** What the gauges read when Prometheus scrapes. */
export interface MetricSources {
  /** The read pool (plain `pg`). */
  pool: pg.Pool;
  /** The read replicas' health and lag (none without DATABASE_REPLICA_URLS). */
  replicas?(): ReplicaStatus[];
  /** Open graphql-ws connections. */
  webSocketConnections(): number;
  /** Live `dealTotals` subscribers. */
  subscribers(): number;
}

/** Operation names clients choose become label values: bounded, so the series stay few. */
const MAX_OPERATION_NAMES = 200;
const OPERATION_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,63}$/;

/** Prometheus metrics of one server instance, in a registry of its own (GET /metrics). */
export class Metrics {
  readonly registry = new Registry();
  private readonly names = new Set<string>();
  private readonly duration: Histogram<'operation_name' | 'operation_type'>;
  private readonly errors: Counter<'code'>;
  private readonly responses: Counter<'route' | 'status'>;
  private readonly executions: Counter<'executor'>;
  private readonly reads: Counter<'target'>;

  constructor(sources: MetricSources) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });
    this.duration = new Histogram({
      name: 'graphql_request_duration_seconds',
      help: 'GraphQL HTTP requests: time from arrival to the last byte of the answer',
      labelNames: ['operation_name', 'operation_type'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers,
    });
    this.errors = new Counter({
      name: 'graphql_errors_total',
      help: 'Errors answered to GraphQL requests, by extensions.code',
      labelNames: ['code'],
      registers,
    });
    this.responses = new Counter({
      name: 'http_responses_total',
      help: 'HTTP responses, by route and status',
      labelNames: ['route', 'status'],
      registers,
    });
    this.executions = new Counter({
      name: 'graphql_executions_total',
      help: 'Queries and mutations executed, by executor: graphql-js or compiled (graphql-jit)',
      labelNames: ['executor'],
      registers,
    });
    new Gauge({
      name: 'db_pool_connections',
      help: 'Connections of the read pool: total, idle, and requests waiting for one',
      labelNames: ['pool', 'state'],
      registers,
      collect() {
        this.set({ pool: 'read', state: 'total' }, sources.pool.totalCount);
        this.set({ pool: 'read', state: 'idle' }, sources.pool.idleCount);
        this.set({ pool: 'read', state: 'waiting' }, sources.pool.waitingCount);
      },
    });
    this.reads = new Counter({
      name: 'db_reads_total',
      help: 'Statements of the read path, by the server that answered: primary or a replica',
      labelNames: ['target'],
      registers,
    });
    const replicas = sources.replicas;
    if (replicas) {
      new Gauge({
        name: 'db_replica_healthy',
        help: 'Whether reads may go to the replica (1) or it is left out (0)',
        labelNames: ['replica'],
        registers,
        collect() {
          for (const r of replicas()) this.set({ replica: r.name }, r.healthy ? 1 : 0);
        },
      });
      new Gauge({
        name: 'db_replica_lag_seconds',
        help: "How far behind the primary the replica's replay is, in time (-1: unknown)",
        labelNames: ['replica'],
        registers,
        collect() {
          for (const r of replicas())
            this.set({ replica: r.name }, r.lagMs === null ? -1 : r.lagMs / 1000);
        },
      });
      new Gauge({
        name: 'db_replica_lag_bytes',
        help: 'WAL bytes the primary wrote that the replica has not replayed (-1: unknown)',
        labelNames: ['replica'],
        registers,
        collect() {
          for (const r of replicas()) this.set({ replica: r.name }, r.lagBytes ?? -1);
        },
      });
    }
    new Gauge({
      name: 'graphql_ws_connections',
      help: 'Open GraphQL WebSocket connections',
      registers,
      collect() {
        this.set(sources.webSocketConnections());
      },
    });
    new Gauge({
      name: 'deal_totals_subscribers',
      help: 'Live dealTotals subscriptions on this instance',
      registers,
      collect() {
        this.set(sources.subscribers());
      },
    });
  }

  /** One GraphQL HTTP request, answered. */
  observeRequest(
    operation: { name: string | null; type: string } | undefined,
    seconds: number,
    errorCodes: readonly string[],
  ): void {
    this.duration.observe(
      { operation_name: this.label(operation?.name), operation_type: operation?.type ?? 'none' },
      seconds,
    );
    for (const code of errorCodes) this.errors.inc({ code });
  }

  /** A query or mutation executed, by the executor that ran it. */
  observeExecution(executor: Executor): void {
    this.executions.inc({ executor });
  }

  /** A read statement answered by `target` (`primary` or a replica's name). */
  observeRead(target: string): void {
    this.reads.inc({ target });
  }

  observeResponse(route: string, status: number): void {
    this.responses.inc({ route, status: String(status) });
  }

  /** The exposition text and its content type. */
  async scrape(): Promise<{ contentType: string; text: string }> {
    return { contentType: this.registry.contentType, text: await this.registry.metrics() };
  }

  private label(name: string | null | undefined): string {
    if (!name) return '(anonymous)';
    if (!OPERATION_NAME.test(name)) return '(other)';
    if (this.names.has(name)) return name;
    if (this.names.size >= MAX_OPERATION_NAMES) return '(other)';
    this.names.add(name);
    return name;
  }
}
