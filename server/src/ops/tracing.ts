import { register } from 'node:module';
import { trace } from '@opentelemetry/api';

/** Tracing while it runs: `shutdown` sends the spans still buffered, then stops. */
export interface Tracing {
  shutdown(): Promise<void>;
}

/** Whether tracing is asked for: an OTLP endpoint for traces in the environment. */
export function tracingWanted(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env['OTEL_EXPORTER_OTLP_ENDPOINT'] || env['OTEL_EXPORTER_OTLP_TRACES_ENDPOINT']);
}

/**
 * OpenTelemetry traces of requests (HTTP server spans), GraphQL (parse, validate, execute, and
 * the resolvers that are not plain property reads) and SQL statements (PostgreSQL's `pg` client:
 * the statement's text, never its values), by the maintained `@opentelemetry/instrumentation-*`
 * packages, exported over OTLP/HTTP (`OTEL_EXPORTER_OTLP_ENDPOINT`, and the other standard
 * `OTEL_*` settings: service name, headers, sampler). Off, and none of it loaded, unless an
 * endpoint is set. Must run before the modules it instruments are loaded: ES modules are hooked
 * by import-in-the-middle's loader, registered here, CommonJS ones by patching `require`.
 */
export async function startTracing(
  env: NodeJS.ProcessEnv = process.env,
): Promise<Tracing | undefined> {
  if (!tracingWanted(env)) return undefined;
  const { createAddHookMessageChannel } = await import('import-in-the-middle');
  const { registerOptions, waitForAllMessagesAcknowledged } = createAddHookMessageChannel();
  register('import-in-the-middle/hook.mjs', import.meta.url, registerOptions);
  const [
    { NodeTracerProvider },
    { BatchSpanProcessor },
    { OTLPTraceExporter },
    { resourceFromAttributes },
    { registerInstrumentations },
    { HttpInstrumentation },
    { GraphQLInstrumentation },
    { PgInstrumentation },
  ] = await Promise.all([
    import('@opentelemetry/sdk-trace-node'),
    import('@opentelemetry/sdk-trace-base'),
    import('@opentelemetry/exporter-trace-otlp-http'),
    import('@opentelemetry/resources'),
    import('@opentelemetry/instrumentation'),
    import('@opentelemetry/instrumentation-http'),
    import('@opentelemetry/instrumentation-graphql'),
    import('@opentelemetry/instrumentation-pg'),
  ]);
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({
      'service.name': env['OTEL_SERVICE_NAME'] || 'delegation-hub',
    }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())],
  });
  // the global tracer and W3C trace context (a `traceparent` header continues a caller's trace)
  provider.register();
  registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      new HttpInstrumentation({
        // probes and scrapes are not requests anyone follows
        ignoreIncomingRequestHook: (req) => /^\/(healthz|readyz|metrics)\b/.test(req.url ?? ''),
      }),
      new GraphQLInstrumentation({ ignoreTrivialResolveSpans: true, mergeItems: true }),
      // statement text only: values (names, phone numbers) stay out of traces
      new PgInstrumentation({ enhancedDatabaseReporting: false }),
    ],
  });
  await waitForAllMessagesAcknowledged();
  return { shutdown: () => provider.shutdown() };
}

/** The trace and span a log line was written in, when tracing is on (pino's `mixin`). */
export function traceFields(): { traceId?: string; spanId?: string } {
  const context = trace.getActiveSpan()?.spanContext();
  return context ? { traceId: context.traceId, spanId: context.spanId } : {};
}

/** Names the request's id on its span (the HTTP server span), so that logs and traces meet. */
export function tagRequest(requestId: string): void {
  trace.getActiveSpan()?.setAttribute('delegation_hub.request_id', requestId);
}
