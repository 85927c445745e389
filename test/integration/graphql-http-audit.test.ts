import { serverAudits, type AuditResult } from 'graphql-http';
import { describe, expect, it } from 'vitest';
import { useTestServer, type TestServer } from '../helpers/server.js';

/**
 * The graphql-http server audit suite (GraphQL over HTTP spec) against the real server: every
 * MUST passes, and every SHOULD (README, "GraphQL over HTTP", lists none that fail).
 */
async function audit(url: string, headers: Record<string, string> = {}): Promise<AuditResult[]> {
  const fetchFn: typeof fetch = (input, init) => {
    const merged = new Headers(init?.headers);
    for (const [name, value] of Object.entries(headers)) merged.set(name, value);
    return fetch(input, { ...init, headers: merged });
  };
  const results: AuditResult[] = [];
  for (const { fn } of serverAudits({ url, fetchFn })) results.push(await fn());
  return results;
}

function tally(results: AuditResult[]) {
  const count = (level: string, ok: boolean) =>
    results.filter((r) => r.name.startsWith(level) && (r.status === 'ok') === ok).length;
  return {
    must: { passed: count('MUST', true), failed: count('MUST', false) },
    should: { passed: count('SHOULD', true), failed: count('SHOULD', false) },
    may: { passed: count('MAY', true), failed: count('MAY', false) },
  };
}

const failures = (results: AuditResult[], level: string) =>
  results
    .filter((r) => r.name.startsWith(level) && r.status !== 'ok')
    .map((r) => `${r.name}: ${'reason' in r ? r.reason : ''}`);

/** Audits whose documents ask for `__type`: introspection, which production turns off. */
const INTROSPECTING = [
  'MUST allow map {variables} parameter when accepting application/json',
  'SHOULD allow map {variables} parameter when accepting application/graphql-response+json',
];

function check(
  t: TestServer,
  label: string,
  options: { token?: () => Promise<string>; introspection: boolean },
) {
  it(`passes every MUST and SHOULD audit (${label})`, async () => {
    const headers: Record<string, string> = options.token
      ? { authorization: `Bearer ${await options.token()}` }
      : {};
    const results = await audit(t.url, headers);
    console.log(`graphql-http audits, ${label}: ${JSON.stringify(tally(results))}`);
    expect(results.length).toBeGreaterThan(50);
    const failed = [...failures(results, 'MUST'), ...failures(results, 'SHOULD')];
    if (options.introspection) expect(failed).toEqual([]);
    else {
      // only the two that need introspection, refused as a validation error (README)
      expect(failed.map((f) => f.slice(0, f.indexOf(':')))).toEqual(INTROSPECTING);
    }
    // the MAYs that fail are GETs, refused by CSRF prevention without a preflight header
    for (const may of failures(results, 'MAY')) expect(may).toMatch(/GET/);
  });
}

describe('GraphQL over HTTP (graphql-http server audits)', () => {
  const development = useTestServer();
  check(development, 'development settings, no token', { introspection: true });

  const production = useTestServer({
    production: true,
    introspection: false,
    graphiql: false,
    trustedDocuments: 'on',
    rateLimitPerMinute: 10_000,
    rateLimitIpPerMinute: 10_000,
  });
  check(production, 'production settings, ADMIN token', {
    token: () => production.token('ADMIN'),
    introspection: false,
  });
});
