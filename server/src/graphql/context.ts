import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { SigningKey } from '../auth/tokens.js';
import type { Config } from '../config.js';
import type { Authenticator, Viewer } from '../auth/viewer.js';
import type { Database } from '../db/database.js';
import type { ReadRoute } from '../db/replicas.js';
import type { Logger } from '../logger.js';
import type { DealChangeListener } from '../realtime/listener.js';
import type { RequestScope } from '../ops/request-id.js';
import { Loaders, type Query } from './loaders.js';
import type { SQL } from '../db/sql.js';

/**
 * Live figures that subscriptions read, injected at start (`realtime/totals.ts` provides them):
 * the context names no domain, so no layer below the domains imports one.
 */
export interface LiveTotals {
  /** The figures of one scope and grouping: the current ones first, then after every change. */
  subscribe(
    scope: { kind: 'delegation' | 'expo'; id: string },
    groupBy: readonly string[],
  ): AsyncIterableIterator<unknown>;
}

/** What lives as long as the server: shared by every request's context. */
export interface App {
  /** The settings the server started with. */
  config: Config;
  db: Database;
  signingKey: SigningKey;
  authenticator: Authenticator;
  listener: DealChangeListener;
  totals: LiveTotals;
  log: Logger;
}

/** What every resolver receives, over HTTP and WebSocket alike. */
export interface Context {
  requestId: string;
  /** Logs with this request's id on every line. */
  log: Logger;
  /** The HTTP request, for its log line and metrics (absent over WebSocket). */
  request?: RequestScope;
  app: App;
  /** Who is asking; a live subscription replaces it as it re-reads the viewer (graphql/live.ts). */
  viewer: Viewer;
  /** The `authorization` value the viewer came from, for a live subscription to re-read it. */
  credentials: unknown;
  /** A statement on the pool (a read, or a write made in one, as recordDeal's), counted in `stats`. */
  query: Query;
  /**
   * Where this request's reads may go (with replicas): the viewer's own writes found, pinned to
   * the primary once the operation turns out a mutation.
   */
  route: ReadRoute;
  loaders: Loaders;
  /** Read statements this request ran, and how many of them a replica answered. */
  stats: { statements: number; replica: number };
  /** A fresh EntityManager fork for this request's writes, made on first use. */
  em(): EntityManager;
  /** Fresh loaders: each event of a subscription reads current rows, not cached ones. */
  renew(): void;
}

export function createContext(
  app: App,
  viewer: Viewer,
  requestId: string = randomUUID(),
  log?: Logger,
  request?: RequestScope,
  credentials: unknown = undefined,
): Context {
  const stats = { statements: 0, replica: 0 };
  const route: ReadRoute = { viewer: viewer.user?.id, primary: false, served: stats };
  const query: Query = async <T>(statement: SQL, params?: ReadonlyMap<symbol, unknown>) => {
    stats.statements += 1;
    return app.db.read<T>(statement, params, route);
  };
  let em: EntityManager | undefined;
  // made on first use: most subscriptions (thousands of them) never log a line
  let logger = log;
  const context: Context = {
    requestId,
    get log() {
      return (logger ??= app.log.child({ requestId }));
    },
    request,
    app,
    viewer,
    credentials,
    query,
    route,
    loaders: new Loaders(query, viewer),
    stats,
    em: () => (em ??= app.db.orm.em.fork() as EntityManager),
    renew() {
      context.loaders = new Loaders(query, context.viewer);
      em = undefined;
    },
  };
  return context;
}
