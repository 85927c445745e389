import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { compile, type SQL } from './sql.js';
import { PreparedStatements } from './prepared.js';
import type { Config } from '../config.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded.js';
import { entities } from './entities.js';
import { migrations } from './migrations/index.js';

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
  pool: pg.Pool;
  /**
   * A read on the pool: the statement compiled (placeholders and aliases assigned), plain rows,
   * as a named prepared statement once its text comes again; `placeholders` gives the SQL of
   * the statement's `sql.placeholder`s.
   */
  read<T>(statement: SQL, placeholders?: ReadonlyMap<symbol, SQL>): Promise<T[]>;
  url: string;
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

export async function openOrm(
  url: string,
  config: Pick<Config, 'dbPoolSize' | 'statementTimeoutMs'>,
) {
  return MikroORM.init({
    clientUrl: url,
    entities,
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    migrations: {
      migrationsList: migrations,
      transactional: true,
      allOrNothing: true,
      silent: true,
    },
    allowGlobalContext: false,
    forceUtcTimezone: true,
    debug: false,
    pool: { min: 0, max: config.dbPoolSize },
    driverOptions: { connection: { statement_timeout: config.statementTimeoutMs } },
  });
}

/** Migrations under a session advisory lock, so instances starting together take turns. */
export async function migrate(db: Database): Promise<string[]> {
  const lock = await db.pool.connect();
  try {
    await lock.query('select pg_advisory_lock(727001)');
    const done = await db.orm.getMigrator().up();
    return done.map((migration) => migration.name);
  } finally {
    await lock.query('select pg_advisory_unlock(727001)').catch(() => undefined);
    lock.release();
  }
}

export async function openDatabase(
  config: Pick<Config, 'databaseUrl' | 'dataDir' | 'dbPoolSize' | 'statementTimeoutMs'> &
    Partial<Pick<Config, 'preparedStatements'>>,
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
  try {
    await ensureDatabase(url);
    const orm = await openOrm(url, config);
    const pool = new pg.Pool({
      connectionString: url,
      max: config.dbPoolSize,
      statement_timeout: config.statementTimeoutMs,
      application_name: 'delegation-hub-read',
    });
    // an idle client that loses its server (restart) must not crash the process
    pool.on('error', (error) => log(`read pool: ${error.message}`));
    const prepared = new PreparedStatements(config.preparedStatements ?? 256);
    const db: Database = {
      orm,
      pool,
      async read<T>(statement: SQL, placeholders?: ReadonlyMap<symbol, SQL>) {
        const { text, values } = compile(statement, placeholders);
        const result = await prepared.query(pool, text, values);
        return result.rows as T[];
      },
      url,
      embedded,
      async close() {
        await pool.end().catch(() => undefined);
        await orm.close(true).catch(() => undefined);
        await embedded?.stop();
      },
    };
    return db;
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}
