import 'reflect-metadata';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLError } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { getOperationAST } from 'graphql';
import { WebSocketServer } from 'ws';
import { loadConfig, type Config } from './config.js';
import { migrate, openDatabase, type Database } from './db/database.js';
import { seedPlan } from './db/seed/seed.js';
import { loadSigningKey } from './auth/tokens.js';
import { Authenticator, credentialsOf, Viewer } from './auth/viewer.js';
import { createContext, type App, type Context } from './graphql/context.js';
import { ErrorCode } from './graphql/errors.js';
import { limitsPlugin, MAX_TOKENS } from './graphql/limits.js';
import { compile, type SQL } from './db/sql.js';
import { prepareEmbeds } from './graphql/embeds.js';
import { prepareFolds } from './graphql/lists/levels.js';
import { compiledExecution } from './graphql/executor.js';
import { createSchema } from './graphql/schema.js';
import { subscribeShared } from './graphql/shared-subscribe.js';
import { ValidatedDocuments } from './graphql/validated-documents.js';
import { handleGraphQL, send } from './http.js';
import { createLogger, type DestinationStream, type Logger } from './logger.js';
import { errorFormatter, noteErrors, sendGraphQLError } from './ops/errors.js';
import { inputTextPlugin } from './ops/input-text.js';
import { coerceVariables, inputErrorsPlugin } from './graphql/input-errors.js';
import { Metrics } from './ops/metrics.js';
import { observePlugin, observeResponse } from './ops/observe.js';
import { RateLimits } from './ops/rate-limit.js';
import { requestIdOf, type RequestScope } from './ops/request-id.js';
import { tagRequest } from './ops/tracing.js';
import { withTimeout } from './ops/timeout.js';
import { TrustedDocuments } from './ops/trusted-documents.js';
import { DealChangeListener } from './realtime/listener.js';
import { DealTotalsHub } from './realtime/totals.js';
import { createWebPages } from './web/pages.js';
import { serveCalendar } from './modules/meeting/calendar.js';
import { serveProgressReport } from './modules/report/report.export.js';
import { WebhookWorker } from './modules/notification/delivery.worker.js';
import { ReminderScheduler } from './modules/notification/reminders.js';
import { targetPolicy } from './modules/notification/notification.service.js';
import { languageOf, msg, socketLanguageOf, type Language } from './i18n/message.js';

/** Longest wait, on stopping, for requests still being worked on after their clients left. */
const DRAIN_WORK_MS = 10_000;

export interface RunningServer {
  /** http://host:port/graphql */
  url: string;
  port: number;
  config: Config;
  db: Database;
  app: App;
  log: Logger;
  /** The webhook delivery worker and the deadline reminder scheduler of this instance. */
  notifications: { worker: WebhookWorker | undefined; reminders: ReminderScheduler };
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Where log lines go instead of stderr (tests read them). */
  logDestination?: DestinationStream;
}

/** config -> database (migrated, seeded) -> schema -> HTTP + WebSocket on one port. */
export async function start(
  overrides: Partial<Config> = {},
  options: StartOptions = {},
): Promise<RunningServer> {
  const config = loadConfig(overrides);
  const log = createLogger(config.logLevel, options.logDestination);
  const trusted = await TrustedDocuments.load(config);
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
  // LISTEN needs a session: straight to the primary, never through a pooler in transaction mode
  const listener = new DealChangeListener(db.directUrl, log);
  await listener.start();
  // another instance's note of a user's write: their reads here avoid replicas behind it too
  const readReplicas = db.replicas;
  if (readReplicas) listener.on('write', (write) => readReplicas.remember(write.u, write.l));
  const totals = new DealTotalsHub(
    listener,
    async <T>(statement: SQL) => {
      const { text, values } = compile(statement);
      return (await db.pool.query(text, values)).rows as T[];
    },
    log,
  );
  const app: App = { config, db, signingKey, authenticator, listener, totals, log };
  const schema = await createSchema();
  // the columns the read path embeds and folds, typed from their declarations
  prepareEmbeds(schema, db.orm.getMetadata());
  prepareFolds(schema, db.orm.getMetadata());
  const httpServer: Server = createServer();
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const formatError = errorFormatter(config.production, log);
  // errors over the socket, formatted (and masked) as over HTTP; `extensions.http` is HTTP's own.
  // Refused before execution (`error` messages), graphql-ws's own errors carry no code: they are
  // the document's (validation), GRAPHQL_VALIDATION_FAILED as Apollo says over HTTP.
  const formatSocketErrors = (
    errors: readonly GraphQLError[],
    language: Language,
    beforeExecution = false,
  ) =>
    errors.map((error) => {
      const { http: _http, ...extensions } = error.toJSON().extensions ?? {};
      if (beforeExecution && extensions.code === undefined && error.originalError === undefined)
        extensions.code = 'GRAPHQL_VALIDATION_FAILED';
      return formatError({ ...error.toJSON(), extensions }, error, language);
    });
  // a socket's language: its connection_init `accept-language`, else the upgrade request's header
  const languageOfSocket = (ws: {
    connectionParams?: Readonly<Record<string, unknown>>;
    extra: { request: { headers: Record<string, string | string[] | undefined> } };
  }) => socketLanguageOf(ws.connectionParams, ws.extra.request.headers['accept-language']);
  // the same viewer rules over WebSocket. The token comes in connection_init (`authorization`,
  // read by the same function as the HTTP header) and is read again for every operation, as an
  // HTTP request is: a connection is always accepted, and an operation with a refused token
  // gets an `error` message with UNAUTHENTICATED, as HTTP answers 401.
  // subscribe documents by text, parsed and validated once (ten thousand screens send one)
  const documents = new ValidatedDocuments(schema);
  // each operation's viewer, from onSubscribe to its context
  const viewersOf = (extra: { viewers?: Map<string, Viewer> }) => (extra.viewers ??= new Map());
  const wsCleanup = useServer<Record<string, unknown>, { viewers?: Map<string, Viewer> }>(
    {
      schema,
      onSubscribe: async (ws, id, payload) => {
        let viewer: Viewer;
        try {
          viewer = await authenticator.authenticate(credentialsOf(ws.connectionParams));
        } catch (error) {
          if (error instanceof GraphQLError) return [error];
          // the database unreachable: an internal error, logged and masked like any other
          return [new GraphQLError('Authentication failed', { originalError: error as Error })];
        }
        const refused = trusted.checkSubscription(viewer, payload.query);
        if (refused) return refused;
        viewersOf(ws.extra).set(id, viewer);
        // a document seen before is not parsed and validated again; one that does not parse or
        // validate is left to graphql-ws, which answers it as it always has
        const document = documents.get(payload.query);
        return (
          document && {
            schema,
            document,
            operationName: payload.operationName,
            variableValues: payload.variables,
          }
        );
      },
      context: (ws, id) => {
        const viewer = viewersOf(ws.extra).get(id) ?? Viewer.anonymous;
        viewersOf(ws.extra).delete(id);
        const context = createContext(
          app,
          viewer,
          undefined,
          undefined,
          undefined,
          credentialsOf(ws.connectionParams),
        );
        // live results are read again when a NOTIFY says a commit happened: on the primary,
        // where it is, not on a replica that may not have replayed it yet
        context.route.primary = true;
        return context;
      },
      // equal operations of one viewer execute once per event, not once per socket
      // (each execution with fresh loaders: an event reads current rows, not cached ones);
      // every subscription re-checks its viewer while it runs (graphql/live.ts)
      subscribe: (args) => {
        // a bad variable gets the same error as over HTTP (code and input path)
        const operation = getOperationAST(args.document, args.operationName);
        const variables = coerceVariables(
          args.schema,
          operation?.variableDefinitions ?? [],
          args.variableValues ?? {},
        );
        if (variables.errors) return { errors: variables.errors };
        const context = args.contextValue as Context;
        return subscribeShared(args, context.viewer.fingerprint, () => context.renew());
      },
      // the same masking as over HTTP
      onNext: (ws, _id, _payload, _args, result) =>
        result.errors && {
          ...result,
          errors: formatSocketErrors(result.errors, languageOfSocket(ws)),
        },
      onError: (ws, id, _payload, errors) => {
        viewersOf(ws.extra).delete(id); // refused before its context was made (validation)
        return formatSocketErrors(errors, languageOfSocket(ws), true);
      },
    },
    wsServer,
  );

  const metrics = config.metrics
    ? new Metrics({
        pool: db.pool,
        replicas: () => db.replicas?.status() ?? [],
        webSocketConnections: () => wsServer.clients.size,
        subscribers: () => totals.subscriberCount,
      })
    : undefined;
  if (metrics && db.replicas) db.replicas.onRead = (target) => metrics.observeRead(target);
  const rateLimits = new RateLimits(config);

  const apollo = new ApolloServer<Context>({
    // main.ts handles SIGINT/SIGTERM: drain, then stop in order (Apollo's own handler would race it)
    stopOnTerminationSignals: false,
    // the schema, with queries and mutations executed as compiled code (graphql/executor.ts)
    gateway: compiledExecution(schema, config.compileAfterRuns, (executor) =>
      metrics?.observeExecution(executor),
    ),
    introspection: config.introspection,
    // without introspection, error messages do not suggest field names either
    hideSchemaDetailsFromClientErrors: !config.introspection,
    includeStacktraceInErrorResponses: !config.production,
    // CSRF prevention is on (Apollo's default): a POST must be application/json, a GET must
    // carry a preflight header; the SDK sends content-type: application/json
    csrfPrevention: true,
    parseOptions: { maxTokens: MAX_TOKENS },
    logger: log,
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      // GraphiQL (config.graphiql) is a page of our own (server/src/web), not Apollo's
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      trusted.plugin(),
      observePlugin(),
      limitsPlugin(),
      inputTextPlugin(),
      inputErrorsPlugin(),
      {
        // read statements this request ran: lets clients and tests see that batching holds
        async requestDidStart() {
          return {
            // a mutation reads and writes on the primary only
            async didResolveOperation({ operation, contextValue }) {
              if (operation?.operation === 'mutation') contextValue.route.primary = true;
            },
            async willSendResponse({ contextValue, response, operation }) {
              // the viewer's next reads see this write: noted before the answer leaves
              const user = contextValue.viewer.user;
              if (db.replicas && operation?.operation === 'mutation' && user) {
                await db.replicas
                  .noteWrite(user.id)
                  .catch((error: unknown) =>
                    contextValue.log.warn({ err: error }, 'could not note the write position'),
                  );
              }
              if (!config.production) {
                response.http.headers.set(
                  'x-sql-statements',
                  String(contextValue.stats.statements),
                );
                if (db.replicas) {
                  response.http.headers.set(
                    'x-sql-replica-statements',
                    String(contextValue.stats.replica),
                  );
                }
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
    formatError,
  });
  await apollo.start();

  // the dashboard, and GraphiQL for browsers at GET /graphql (npm run build:web makes them)
  const webPages = createWebPages({ graphiql: config.graphiql });
  // requests being worked on: a client that hung up leaves its request running, and stopping
  // waits for it before the database closes under it
  const inFlight = new Set<Promise<void>>();
  httpServer.on('request', (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const requestId = requestIdOf(req);
    tagRequest(requestId);
    const request: RequestScope = {
      requestId,
      log: log.child({ requestId }),
      errorCodes: [],
      language: languageOf(req.headers['accept-language']),
    };
    res.setHeader('x-request-id', requestId);
    const known = ['/graphql', '/healthz', '/readyz', '/metrics'].includes(url.pathname);
    observeResponse(res, known ? url.pathname : 'other', request, metrics);
    const route = async () => {
      if (await webPages(req, res, url)) return;
      if (url.pathname === '/graphql') {
        const limited = await rateLimits.check(req);
        if (limited) {
          sendGraphQLError(
            res,
            429,
            ErrorCode.RATE_LIMITED,
            msg`Too many requests for this ${limited.limit}: try again in ${limited.retryAfterSeconds} s`,
            { 'retry-after': String(limited.retryAfterSeconds) },
            request,
          );
          return;
        }
        await withTimeout(res, config.requestTimeoutMs, request, () =>
          handleGraphQL(apollo, req, res, url, request, async (graphQLRequest) => {
            try {
              const viewer = await authenticator.authenticate(req.headers.authorization);
              trusted.checkRequest(viewer, graphQLRequest);
              return createContext(app, viewer, requestId, request.log, request);
            } catch (error) {
              noteErrors(request, [error]); // answered by Apollo, which formats it
              throw error;
            }
          }),
        );
      } else if (url.pathname.startsWith('/calendar/') && req.method === 'GET') {
        await serveCalendar(db.pool, url.pathname, res);
      } else if (url.pathname.startsWith('/reports/progress/') && req.method === 'GET') {
        await serveProgressReport(app, req, url.pathname, res);
      } else if (url.pathname === '/metrics' && metrics && req.method === 'GET') {
        const { contentType, text } = await metrics.scrape();
        res.writeHead(200, { 'content-type': contentType });
        res.end(text);
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
        // a replica left out does not make the instance unready: the primary reads instead
        const replicas = db.replicas?.status();
        send(res, ready ? 200 : 503, {
          status: ready ? 'ready' : 'not ready',
          database,
          listen: listener.ready,
          subscribers: totals.subscriberCount,
          ...(replicas ? { replicas } : {}),
        });
      } else {
        send(res, 404, { error: 'Not found' });
      }
    };
    const work = route().catch((error) => {
      request.log.error({ err: error }, 'request failed');
      if (!res.headersSent) send(res, 500, { error: 'Internal server error', requestId });
      else res.end();
    });
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work));
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const port = (httpServer.address() as AddressInfo).port;
  // notifications: webhooks delivered and deadlines reminded of from every instance, safely
  const worker = config.webhookWorker
    ? new WebhookWorker(
        db.pool,
        listener,
        {
          pollMs: config.webhookPollMs,
          retryBaseMs: config.webhookRetryBaseMs,
          retryMaxMs: config.webhookRetryMaxMs,
          maxAttempts: Math.max(1, config.webhookMaxAttempts),
          timeoutMs: config.webhookTimeoutMs,
          leaseMs: config.webhookLeaseMs,
          policy: targetPolicy(config),
        },
        log,
      )
    : undefined;
  worker?.start();
  const reminders = new ReminderScheduler(db.pool, config.reminderIntervalMs, log);
  reminders.start();
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
    notifications: { worker, reminders },
    stop() {
      stopping ??= (async () => {
        await Promise.all([worker?.stop(), reminders.stop()]);
        // subscriptions end first, so that draining the WebSocket server does not wait on them
        totals.close();
        await apollo.stop();
        let waited: NodeJS.Timeout | undefined;
        await Promise.race([
          Promise.allSettled([...inFlight]),
          new Promise((resolve) => (waited = setTimeout(resolve, DRAIN_WORK_MS))),
        ]);
        clearTimeout(waited);
        await listener.stop();
        await db.close();
      })();
      return stopping;
    },
  };
}
