import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Database } from '../db/database.js';
import { Loaders, type Query } from './loaders.js';

/** What every resolver receives, over HTTP and WebSocket alike. */
export interface Context {
  requestId: string;
  db: Database;
  /** A read statement, counted in `stats`. */
  query: Query;
  loaders: Loaders;
  stats: { statements: number };
  /** Who is acting, as written into audit events. */
  actor: string;
  /** A fresh EntityManager fork for this request's writes, made on first use. */
  em(): EntityManager;
}

export function createContext(db: Database, requestId: string = randomUUID()): Context {
  const stats = { statements: 0 };
  const query: Query = async <T>(text: string, params?: readonly unknown[]) => {
    stats.statements += 1;
    const result = await db.pool.query(text, params as unknown[] | undefined);
    return result.rows as T[];
  };
  let em: EntityManager | undefined;
  return {
    requestId,
    db,
    query,
    loaders: new Loaders(query),
    stats,
    actor: 'anonymous',
    em: () => (em ??= db.orm.em.fork() as EntityManager),
  };
}
