import 'reflect-metadata';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { loadConfig, type Config } from './config.js';
import { migrate, openDatabase, type Database } from './db/database.js';
import { seedPlan } from './db/seed/seed.js';
import { loadSigningKey } from './auth/tokens.js';
import { Authenticator, Viewer } from './auth/viewer.js';
import { createContext, type App, type Context } from './graphql/context.js';
import { limitsPlugin } from './graphql/limits.js';
import { createSchema } from './graphql/schema.js';
import { handleGraphQL, send } from './http.js';
import { createLogger, type Logger } from './logger.js';
import { DealChangeListener } from './realtime/listener.js';
import { DealTotalsHub } from './realtime/totals.js';

export interface RunningServer {
  /** http://host:port/graphql */
  url: string;
  port: number;
  config: Config;
  db: Database;
  app: App;
  log: Logger;
  stop(): Promise<void>;
}

/** config -> database (migrated, seeded) -> schema -> HTTP + WebSocket on one port. */
export async function start(overrides: Partial<Config> = {}): Promise<RunningServer> {
  const config = loadConfig(overrides);
  const log = createLogger(config.logLevel);
  const db = await openDatabase(config, (message) => log.info(message));
  try {
    const applied = await migrate(db);
    if (applied.length) log.info(`applied migrations: ${applied.join(', ')}`);
    if (config.seed) {
      const seeded = await seedPlan(db);
      if (seeded) log.info('seeded the Qinghai plan for the 5th CIIE');
    }
  } catch (error) {
    await db.close();
    throw error;
  }

  const signingKey = await loadSigningKey(config.jwtSecret, config.dataDir);
  const authenticator = new Authenticator(signingKey, db.pool);
  const listener = new DealChangeListener(db.url, log);
  await listener.start();
  const totals = new DealTotalsHub(
    listener,
    async (text, params) => (await db.pool.query(text, params as unknown[])).rows,
    log,
  );
  const app: App = { db, signingKey, authenticator, listener, totals };
  const schema = await createSchema();
  const httpServer: Server = createServer();
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  // the same viewer rules over WebSocket: the token comes in connection_init
  const wsCleanup = useServer<{ authorization?: string }, { viewer?: Viewer }>(
    {
      schema,
      onConnect: async (ws) => {
        try {
          ws.extra.viewer = await authenticator.authenticate(ws.connectionParams?.authorization);
          return true;
        } catch {
          return false; // closes with 4403 Forbidden
        }
      },
      context: (ws) => createContext(app, ws.extra.viewer ?? Viewer.anonymous),
    },
    wsServer,
  );

  const apollo = new ApolloServer<Context>({
    schema,
    introspection: true,
    includeStacktraceInErrorResponses: !config.production,
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      limitsPlugin(),
      {
        // read statements this request ran: lets clients and tests see that batching holds
        async requestDidStart() {
          return {
            async willSendResponse({ contextValue, response }) {
              if (!config.production) {
                response.http.headers.set(
                  'x-sql-statements',
                  String(contextValue.stats.statements),
                );
              }
            },
          };
        },
        async serverWillStart() {
          return {
            async drainServer() {
              await wsCleanup.dispose();
            },
          };
        },
      },
    ],
    formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
      const original = error instanceof GraphQLError ? error.originalError : error;
      const code = formatted.extensions?.code;
      if (code === 'INTERNAL_SERVER_ERROR' && !(original instanceof GraphQLError)) {
        log.error({ err: original }, 'internal error');
        if (config.production) {
          return { message: 'Internal server error', path: formatted.path, extensions: { code } };
        }
      }
      return formatted;
    },
  });
  await apollo.start();

  httpServer.on('request', (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route = async () => {
      if (url.pathname === '/graphql') {
        await handleGraphQL(apollo, req, res, url, async () =>
          createContext(app, await authenticator.authenticate(req.headers.authorization)),
        );
      } else if (url.pathname === '/healthz') {
        try {
          await db.pool.query('select 1');
          send(res, 200, { status: 'ok' });
        } catch (error) {
          send(res, 503, { status: 'unavailable', reason: (error as Error).message });
        }
      } else if (url.pathname === '/readyz') {
        // ready: the database answers and live updates flow (the LISTEN connection is up)
        const database = await db.pool.query('select 1').then(
          () => true,
          () => false,
        );
        const ready = database && listener.ready;
        send(res, ready ? 200 : 503, {
          status: ready ? 'ready' : 'not ready',
          database,
          listen: listener.ready,
          subscribers: totals.subscriberCount,
        });
      } else {
        send(res, 404, { error: 'Not found' });
      }
    };
    route().catch((error) => {
      log.error({ err: error }, 'request failed');
      if (!res.headersSent) send(res, 500, { error: 'Internal server error' });
      else res.end();
    });
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const port = (httpServer.address() as AddressInfo).port;
  const shownHost = config.host === '0.0.0.0' ? 'localhost' : config.host;
  const url = `http://${shownHost}:${port}/graphql`;

  let stopping: Promise<void> | undefined;
  return {
    url,
    port,
    config,
    db,
    app,
    log,
    stop() {
      stopping ??= (async () => {
        // subscriptions end first, so that draining the WebSocket server does not wait on them
        totals.close();
        await apollo.stop();
        await listener.stop();
        await db.close();
      })();
      return stopping;
    },
  };
}
