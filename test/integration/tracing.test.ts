import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tracingWanted } from '../../server/src/ops/tracing.js';
import { startServerProcess, type ServerProcess } from '../helpers/process.js';
import { post, useTestServer } from '../helpers/server.js';

interface Span {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes: { key: string; value: Record<string, unknown> }[];
}

const SERVER = 2; // OTLP's SPAN_KIND_SERVER

const attribute = (span: Span, key: string) => {
  const value = span.attributes.find((a) => a.key === key)?.value;
  return value && Object.values(value)[0];
};

// The server as `npm start` runs it (a process of the build), with an OTLP endpoint: a receiver
// in this test, which collects what the exporter sends (OTLP/HTTP, JSON).
describe('tracing: OpenTelemetry over OTLP, on when an endpoint is set', () => {
  const t = useTestServer();
  const spans: Span[] = [];
  let receiver: http.Server;
  let server: ServerProcess;

  beforeAll(async () => {
    receiver = http.createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        if (req.url === '/v1/traces') {
          const batch = JSON.parse(body) as {
            resourceSpans: { scopeSpans: { spans: Span[] }[] }[];
          };
          for (const r of batch.resourceSpans) for (const s of r.scopeSpans) spans.push(...s.spans);
        }
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const { port } = receiver.address() as AddressInfo;
    server = await startServerProcess({
      DATABASE_URL: t.server.db.url,
      JWT_SECRET: '',
      LOG_LEVEL: 'info',
      OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${port}`,
      // export as soon as spans end: the request's spans then come in several batches every run
      OTEL_BSP_SCHEDULE_DELAY: '1',
    });
  }, 120_000);
  afterAll(async () => {
    await server?.kill();
    await new Promise((resolve) => receiver?.close(resolve));
  });

  it("continues the caller's trace: the request's span, its GraphQL and its SQL in one trace, tied to the request id and the log lines", async () => {
    const traceId = randomBytes(16).toString('hex');
    const caller = randomBytes(8).toString('hex');
    const token = await t.token('DELEGATION_OFFICE', 'CIIE-5/QH');
    const response = await post(
      server.url,
      '{ delegation(expoKey: "CIIE-5", key: "QH") { nameEn subDelegations { nameEn } } }',
      undefined,
      { authorization: `Bearer ${token}`, traceparent: `00-${traceId}-${caller}-01` },
    );
    expect(response.status).toBe(200);
    const requestId = response.headers.get('x-request-id');

    const mine = () => spans.filter((span) => span.traceId === traceId);
    // Spans are exported in batches as they end: the SQL's before the request's, which ends when
    // its answer is written, so wait for both (one batch may carry the SQL, the next the request).
    await expect
      .poll(
        () =>
          mine().some((span) => span.kind === SERVER) &&
          mine().some((span) => /pg|postgres/i.test(span.name)),
        { timeout: 20_000 },
      )
      .toBe(true);
    const request = mine().find((span) => span.kind === SERVER)!;
    // the HTTP server span continues the caller's span, and names the request id
    expect(request.parentSpanId).toBe(caller);
    expect(attribute(request, 'delegation_hub.request_id')).toBe(requestId);
    // GraphQL's execution and the SQL statements under it, in the same trace
    const names = mine().map((span) => span.name);
    expect(names.some((name) => /^graphql\.(execute|parse|validate)|^query\b/.test(name))).toBe(
      true,
    );
    const statements = mine().filter((span) => /pg|postgres/i.test(span.name));
    const text = statements
      .map((span) => attribute(span, 'db.statement') ?? attribute(span, 'db.query.text'))
      .join('\n');
    expect(text).toMatch(/from delegation/i);
    // statement text only, never the values bound to it
    expect(statements.every((span) => attribute(span, 'db.postgresql.values') === undefined)).toBe(
      true,
    );
    // the request's log line names its trace (read from the process's output as it arrives)
    const line = () =>
      server
        .output()
        .split('\n')
        .find((l) => l.includes(`"requestId":"${requestId}"`));
    await expect.poll(line, { timeout: 10_000 }).toBeDefined();
    expect(line()).toContain(`"traceId":"${traceId}"`);
  });

  it('is off unless an OTLP endpoint is set', () => {
    expect(tracingWanted({})).toBe(false);
    expect(tracingWanted({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' })).toBe(true);
    expect(tracingWanted({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://c:4318/v1/traces' })).toBe(
      true,
    );
  });
});
