import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Every setting of the server, read once from the environment. */
export interface Config {
  /** HTTP and WebSocket port; 0 picks a free one. */
  port: number;
  host: string;
  /** PostgreSQL connection string; unset starts an embedded PostgreSQL. */
  databaseUrl: string | undefined;
  /**
   * Connection string straight to the primary PostgreSQL, for what needs a session of its own:
   * the LISTEN connection and the session advisory locks (migrations, seeding, report
   * numbering). Unset: `databaseUrl`. Set it when `databaseUrl` names a pooler in
   * transaction mode (PgBouncer), which cannot keep a session.
   */
  databaseDirectUrl: string | undefined;
  /**
   * `transaction`: `databaseUrl` is a pooler in transaction mode (PgBouncer `pool_mode =
   * transaction`): no startup parameters beyond the standard ones (statement_timeout is then the
   * database's or the pooler's), and no named prepared statements unless PREPARED_STATEMENTS
   * says so (PgBouncer 1.21+ with `max_prepared_statements` keeps them).
   */
  databasePooler: 'none' | 'transaction';
  /**
   * Streaming standbys of the primary (comma-separated connection strings): the read path's
   * lists and aggregates go to a healthy one; writes, and a viewer's reads that follow their own
   * write, to the primary.
   */
  databaseReplicaUrls: string[];
  /** A replica further behind the primary than this is left out until it catches up. */
  replicaMaxLagMs: number;
  /** The same limit in bytes of WAL not yet replayed. */
  replicaMaxLagBytes: number;
  /** How often each replica's health and replay position are checked. */
  replicaCheckIntervalMs: number;
  /**
   * After a write, the viewer's reads go to a replica only once it has replayed the write's
   * LSN, for at most this long (then the lag limit bounds what the viewer may miss).
   */
  readYourWritesMs: number;
  /** Where the embedded cluster, the dev signing key and other local state live. */
  dataDir: string;
  production: boolean;
  /** Connections in the read pool and in the ORM's write pool, each. */
  dbPoolSize: number;
  /**
   * Read statements run as named prepared statements once their text comes again, at most this
   * many texts (0: none; a connection pooler in transaction mode may need 0).
   */
  preparedStatements: number;
  /** PostgreSQL statement_timeout for every connection, in milliseconds. */
  statementTimeoutMs: number;
  /** Seed the Qinghai plan into an empty database on start. */
  seed: boolean;
  logLevel: 'silent' | 'error' | 'warn' | 'info' | 'debug';
  /** HMAC secret for bearer tokens; unset, a dev key is generated under dataDir. */
  jwtSecret: string | undefined;
  /** Answer introspection queries (schema discovery); off in production unless asked for. */
  introspection: boolean;
  /** Serve GraphiQL to browsers at GET /graphql. */
  graphiql: boolean;
  /** A GraphQL HTTP request still unanswered after this long gets 504; 0 turns it off. */
  requestTimeoutMs: number;
  /** GraphQL HTTP requests per minute for one bearer token; 0 turns the limit off. */
  rateLimitPerMinute: number;
  /** GraphQL HTTP requests per minute from one client address; 0 turns the limit off. */
  rateLimitIpPerMinute: number;
  /** Take the client address from the last `X-Forwarded-For` hop (behind one reverse proxy). */
  trustProxy: boolean;
  /**
   * `on`: roles other than ANALYST and ADMIN (and anonymous callers) may run only the SDK's
   * persisted operations (sdk/persisted-operations.json).
   */
  trustedDocuments: 'off' | 'on';
  /** Path of the persisted operations manifest. */
  trustedDocumentsFile: string;
  /** Serve Prometheus metrics at GET /metrics. */
  metrics: boolean;
  /**
   * Runs of a document on graphql-js before its operations are compiled (graphql-jit): a
   * document seen once is not worth compiling. 0 compiles on first sight.
   */
  compileAfterRuns: number;
  /** Deliver webhooks from this instance (every instance may; they share the work safely). */
  webhookWorker: boolean;
  /** The delivery worker looks for due deliveries at least this often (a NOTIFY wakes it sooner). */
  webhookPollMs: number;
  /** The first retry of a failed delivery waits this long; each next one twice as long. */
  webhookRetryBaseMs: number;
  /** The longest wait between two tries of a delivery. */
  webhookRetryMaxMs: number;
  /** Tries of a delivery before it is dead-lettered (DEAD). */
  webhookMaxAttempts: number;
  /** A receiver that has not answered within this long has failed the try. */
  webhookTimeoutMs: number;
  /**
   * How long an instance holds a webhook while delivering to it: another instance takes over a
   * dead one's webhooks after this long (longer than webhookTimeoutMs).
   */
  webhookLeaseMs: number;
  /**
   * Webhook targets on private, loopback or link-local addresses: refused in production unless
   * this is on (for a receiver on the same host or network, and for tests).
   */
  webhookAllowPrivate: boolean;
  /** How often each instance scans for tasks due soon or overdue (0: never). */
  reminderIntervalMs: number;
}

function int(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  }
  return value;
}

function bool(name: string, fallback: boolean): boolean {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new Error(`${name} must be true or false, got "${raw}"`);
}

const LOG_LEVELS = ['silent', 'error', 'warn', 'info', 'debug'] as const;

/** The SDK's persisted operations, found from server/src/ and dist/server/ alike. */
const PERSISTED_OPERATIONS = fileURLToPath(
  new URL('../../sdk/persisted-operations.json', import.meta.url),
);

export function loadConfig(overrides: Partial<Config> = {}): Config {
  const logLevel = process.env.LOG_LEVEL ?? 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) {
    throw new Error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}"`);
  }
  const trustedDocuments = process.env.TRUSTED_DOCUMENTS || undefined;
  if (trustedDocuments !== undefined && !['off', 'on'].includes(trustedDocuments)) {
    throw new Error(`TRUSTED_DOCUMENTS must be off or on, got "${trustedDocuments}"`);
  }
  const pooler = overrides.databasePooler ?? (process.env.DATABASE_POOLER || 'none');
  if (!['none', 'transaction'].includes(pooler)) {
    throw new Error(`DATABASE_POOLER must be none or transaction, got "${pooler}"`);
  }
  // development stays friendly, production strict: each default follows the mode
  const production = overrides.production ?? process.env.NODE_ENV === 'production';
  return {
    port: int('PORT', 4000),
    host: process.env.HOST || '0.0.0.0',
    databaseUrl: process.env.DATABASE_URL || undefined,
    databaseDirectUrl: process.env.DATABASE_DIRECT_URL || undefined,
    databasePooler: pooler as Config['databasePooler'],
    databaseReplicaUrls: (process.env.DATABASE_REPLICA_URLS ?? '')
      .split(',')
      .map((url) => url.trim())
      .filter((url) => url !== ''),
    replicaMaxLagMs: int('REPLICA_MAX_LAG_MS', 5_000),
    replicaMaxLagBytes: int('REPLICA_MAX_LAG_BYTES', 16 * 1024 * 1024),
    replicaCheckIntervalMs: int('REPLICA_CHECK_INTERVAL_MS', 1_000),
    readYourWritesMs: int('READ_YOUR_WRITES_MS', 30_000),
    dataDir: path.resolve(process.env.DATA_DIR || '.data'),
    production,
    dbPoolSize: int('DB_POOL_SIZE', 10),
    // a pooler in transaction mode hands each statement to any server connection: named
    // statements only when asked for (PgBouncer 1.21+ with max_prepared_statements > 0)
    preparedStatements: int('PREPARED_STATEMENTS', pooler === 'transaction' ? 0 : 256),
    statementTimeoutMs: int('STATEMENT_TIMEOUT_MS', 15_000),
    seed: bool('SEED', true),
    logLevel: logLevel as Config['logLevel'],
    jwtSecret: process.env.JWT_SECRET || undefined,
    introspection: bool('INTROSPECTION', !production),
    graphiql: bool('GRAPHIQL', !production),
    requestTimeoutMs: int('REQUEST_TIMEOUT_MS', production ? 20_000 : 60_000),
    rateLimitPerMinute: int('RATE_LIMIT_PER_MINUTE', production ? 600 : 0),
    rateLimitIpPerMinute: int('RATE_LIMIT_IP_PER_MINUTE', production ? 1_200 : 0),
    trustProxy: bool('TRUST_PROXY', false),
    trustedDocuments: (trustedDocuments ??
      (production ? 'on' : 'off')) as Config['trustedDocuments'],
    trustedDocumentsFile: path.resolve(process.env.TRUSTED_DOCUMENTS_FILE || PERSISTED_OPERATIONS),
    metrics: bool('METRICS', true),
    compileAfterRuns: int('COMPILE_AFTER_RUNS', 1),
    webhookWorker: bool('WEBHOOK_WORKER', true),
    webhookPollMs: int('WEBHOOK_POLL_MS', 2_000),
    webhookRetryBaseMs: int('WEBHOOK_RETRY_BASE_MS', 5_000),
    webhookRetryMaxMs: int('WEBHOOK_RETRY_MAX_MS', 3_600_000),
    webhookMaxAttempts: int('WEBHOOK_MAX_ATTEMPTS', 10),
    webhookTimeoutMs: int('WEBHOOK_TIMEOUT_MS', 10_000),
    webhookLeaseMs: int('WEBHOOK_LEASE_MS', 60_000),
    webhookAllowPrivate: bool('WEBHOOK_ALLOW_PRIVATE', false),
    reminderIntervalMs: int('REMINDER_INTERVAL_MS', 60_000),
    ...overrides,
  };
}
