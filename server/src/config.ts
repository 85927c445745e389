import path from 'node:path';

/** Every setting of the server, read once from the environment. */
export interface Config {
  /** HTTP and WebSocket port; 0 picks a free one. */
  port: number;
  host: string;
  /** PostgreSQL connection string; unset starts an embedded PostgreSQL. */
  databaseUrl: string | undefined;
  /** Where the embedded cluster, the dev signing key and other local state live. */
  dataDir: string;
  production: boolean;
  /** Connections in the read pool and in the ORM's write pool, each. */
  dbPoolSize: number;
  /** PostgreSQL statement_timeout for every connection, in milliseconds. */
  statementTimeoutMs: number;
  /** Seed the Qinghai plan into an empty database on start. */
  seed: boolean;
  logLevel: 'silent' | 'error' | 'warn' | 'info' | 'debug';
  /** HMAC secret for bearer tokens; unset, a dev key is generated under dataDir. */
  jwtSecret: string | undefined;
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

export function loadConfig(overrides: Partial<Config> = {}): Config {
  const logLevel = process.env.LOG_LEVEL ?? 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) {
    throw new Error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}"`);
  }
  return {
    port: int('PORT', 4000),
    host: process.env.HOST || '0.0.0.0',
    databaseUrl: process.env.DATABASE_URL || undefined,
    dataDir: path.resolve(process.env.DATA_DIR || '.data'),
    production: process.env.NODE_ENV === 'production',
    dbPoolSize: int('DB_POOL_SIZE', 10),
    statementTimeoutMs: int('STATEMENT_TIMEOUT_MS', 15_000),
    seed: bool('SEED', true),
    logLevel: logLevel as Config['logLevel'],
    jwtSecret: process.env.JWT_SECRET || undefined,
    ...overrides,
  };
}
