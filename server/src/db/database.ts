import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { compile, type SQL } from './sql.js';
import { PreparedStatements } from './prepared.js';
import { ReadReplicas, type ReadRoute } from './replicas.js';
import type { Config } from '../config.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded.js';
import { entities } from './entities.js';
import { loadMigrations, migrationNames } from './migrations/index.js';

// DATE columns stay 'YYYY-MM-DD' strings (no time zone shift); NUMERIC stays a string (exact money).
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

export const DATABASE_NAME = 'delegation_hub';

/** A query issued on the read path; counted so that tests can prove batching. */
export interface SqlCounter {
  statements: number;
}

/**
 * The database as the server uses it: MikroORM (entities, unit of work) for writes,
 * and a plain `pg` pool for reads, which return rows without entity hydration.
 */
export interface Database {
  orm: MikroORM;
  /** The primary's pool (through the pooler when there is one). */
  pool: pg.Pool;
  /**
   * Straight to the primary, for work that needs a session (session advisory locks): `pool`
   * itself unless DATABASE_DIRECT_URL names another way in than DATABASE_URL (a pooler).
   */
  direct: pg.Pool;
  /**
   * A read on the read path: the statement compiled (placeholders and aliases assigned, once per
   * statement value), plain rows, as a named prepared statement once its text comes again;
   * `params` gives the values of the statement's `sql.placeholder`s. With replicas, `route` says
   * where it may go (`db/replicas.ts`); without, every read is the primary's.
   */
  read<T>(statement: SQL, params?: ReadonlyMap<symbol, unknown>, route?: ReadRoute): Promise<T[]>;
  /** The streaming standbys the read path uses (DATABASE_REPLICA_URLS), when any. */
  replicas: ReadReplicas | undefined;
  url: string;
  /** Where the LISTEN connection goes: straight to the primary (DATABASE_DIRECT_URL or `url`). */
  directUrl: string;
  /** Present on the embedded PostgreSQL (DATA_DIR/postgres), shared with our other processes. */
  embedded: EmbeddedDatabase | undefined;
  close(): Promise<void>;
}

/** Creates the database named in the URL when the server lacks it. */
export async function ensureDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount === 0) {
      await client.query(`create database "${name.replace(/"/g, '""')}"`).catch((error) => {
        // another instance created it between our check and our create
        if ((error as { code?: string }).code !== '42P04') throw error;
      });
    }
  } finally {
    await client.end();
  }
}

/**
 * Settings every connection starts with. Behind a pooler in transaction mode none beyond the
 * standard ones: PgBouncer refuses unknown startup parameters, and a SET would stay on a server
 * connection other clients share; statement_timeout is then the database's (`alter database …
 * set statement_timeout`) or the pooler's.
 */
function sessionSettings(
  config: Pick<Config, 'statementTimeoutMs'> & Partial<Pick<Config, 'databasePooler'>>,
): { statement_timeout?: number } {
  return config.databasePooler === 'transaction'
    ? {}
    : { statement_timeout: config.statementTimeoutMs };
}

export async function openOrm(
  url: string,
  config: Pick<Config, 'dbPoolSize' | 'statementTimeoutMs'> &
    Partial<Pick<Config, 'databasePooler'>>,
) {
  return MikroORM.init({
    clientUrl: url,
    entities,
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    migrations: {
      // given by `migrate` when the database lacks a migration (loadMigrations)
      migrationsList: [],
      transactional: true,
      allOrNothing: true,
      silent: true,
    },
    allowGlobalContext: false,
    forceUtcTimezone: true,
    debug: false,
    pool: { min: 0, max: config.dbPoolSize },
    driverOptions: { connection: sessionSettings(config) },
  });
}

/**
 * Migrations under a session advisory lock, so instances starting together take turns. A
 * database that has every migration is left as it is without loading them (migrations/index.ts).
 */
export async function migrate(db: Database): Promise<string[]> {
  const lock = await db.direct.connect();
  try {
    await lock.query('select pg_advisory_lock(727001)');
    const { rows } = await lock.query<{ table: string | null }>(
      `select to_regclass('mikro_orm_migrations')::text as table`,
    );
    const applied = new Set(
      rows[0]?.table
        ? (await lock.query<{ name: string }>('select name from mikro_orm_migrations')).rows.map(
            (row) => row.name,
          )
        : [],
    );
    if (migrationNames.every((name) => applied.has(name))) return [];
    db.orm.config.get('migrations').migrationsList = await loadMigrations();
    const done = await db.orm.getMigrator().up();
    return done.map((migration) => migration.name);
  } finally {
    await lock.query('select pg_advisory_unlock(727001)').catch(() => undefined);
    lock.release();
  }
}

export async function openDatabase(
  config: Pick<Config, 'databaseUrl' | 'dataDir' | 'dbPoolSize' | 'statementTimeoutMs'> &
    Partial<
      Pick<
        Config,
        | 'preparedStatements'
        | 'databaseDirectUrl'
        | 'databasePooler'
        | 'databaseReplicaUrls'
        | 'replicaMaxLagMs'
        | 'replicaMaxLagBytes'
        | 'replicaCheckIntervalMs'
        | 'readYourWritesMs'
      >
    >,
  log: (message: string) => void = () => undefined,
): Promise<Database> {
  let embedded: EmbeddedDatabase | undefined;
  let url = config.databaseUrl;
  if (!url) {
    const dir = `${config.dataDir}/postgres`;
    log(`starting embedded PostgreSQL in ${dir}`);
    // shared with our other processes on this DATA_DIR (server, token and migrate CLIs), and
    // started again should it die while this process uses it
    embedded = await startEmbeddedPostgres({ dir, persistent: true, keepAlive: true, onLog: log });
    const u = new URL(embedded.adminUrl);
    u.pathname = `/${DATABASE_NAME}`;
    url = u.toString();
  }
  const directUrl = embedded ? url : (config.databaseDirectUrl ?? url);
  let opened: { pool?: pg.Pool; direct?: pg.Pool; orm?: MikroORM; replicas?: ReadReplicas } = {};
  try {
    await ensureDatabase(directUrl);
    const orm = (opened.orm = await openOrm(url, config));
    const settings = sessionSettings(config);
    const pool = (opened.pool = new pg.Pool({
      connectionString: url,
      max: config.dbPoolSize,
      ...settings,
      application_name: 'delegation-hub-read',
    }));
    // an idle client that loses its server (restart) must not crash the process
    pool.on('error', (error) => log(`read pool: ${error.message}`));
    const direct = (opened.direct =
      directUrl === url
        ? pool
        : new pg.Pool({
            connectionString: directUrl,
            max: 2,
            statement_timeout: config.statementTimeoutMs,
            application_name: 'delegation-hub-session',
          }));
    if (direct !== pool) direct.on('error', (error) => log(`session pool: ${error.message}`));
    const prepared = new PreparedStatements(config.preparedStatements ?? 256);
    const replicaUrls = config.databaseReplicaUrls ?? [];
    const replicas = (opened.replicas =
      replicaUrls.length > 0
        ? new ReadReplicas(
            replicaUrls,
            pool,
            {
              replicaMaxLagMs: config.replicaMaxLagMs ?? 5_000,
              replicaMaxLagBytes: config.replicaMaxLagBytes ?? 16 * 1024 * 1024,
              replicaCheckIntervalMs: config.replicaCheckIntervalMs ?? 1_000,
              readYourWritesMs: config.readYourWritesMs ?? 30_000,
            },
            { max: config.dbPoolSize, ...settings },
            log,
          )
        : undefined);
    await replicas?.start();
    const db: Database = {
      orm,
      pool,
      direct,
      async read<T>(statement: SQL, params?: ReadonlyMap<symbol, unknown>, route?: ReadRoute) {
        const { text, values } = compile(statement, params);
        // the names of prepared statements are the process's; each connection prepares its own
        const result = replicas
          ? await replicas.run(route, (on) => prepared.query(on, text, values))
          : await prepared.query(pool, text, values);
        return result.rows as T[];
      },
      replicas,
      url,
      directUrl,
      embedded,
      async close() {
        await replicas?.stop();
        await pool.end().catch(() => undefined);
        if (direct !== pool) await direct.end().catch(() => undefined);
        await orm.close(true).catch(() => undefined);
        await embedded?.stop();
      },
    };
    opened = {};
    return db;
  } catch (error) {
    await opened.replicas?.stop();
    await opened.pool?.end().catch(() => undefined);
    if (opened.direct !== opened.pool) await opened.direct?.end().catch(() => undefined);
    await opened.orm?.close(true).catch(() => undefined);
    await embedded?.stop();
    throw error;
  }
}
