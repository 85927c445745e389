// PostGraphile v5 over the same database, with @graphile/pg-aggregates for grouped totals.
// Run under Node 22 (the `node` package of this folder): node postgraphile.mjs
// With JWT_SECRET set, PostGraphile as its users secure it: connected as a role that Row Level
// Security applies to (DATABASE_URL names `bench_rls`, postgraphile-rls.sql), it verifies the
// bearer token Delegation Hub issued (HS256, its issuer, not expired) and hands the token's
// subject to PostgreSQL as `jwt.claims.user_id` (pgSettings, set in each request's transaction),
// which the policies read; a request without a valid token reads as nobody.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import { postgraphile } from 'postgraphile';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PgAggregatesPreset } from '@graphile/pg-aggregates';

const secret = process.env.JWT_SECRET;

/** The claims of a valid token (signature, issuer, expiry), or null. */
function claimsOf(authorization) {
  const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
  const parts = token?.split('.');
  if (parts?.length !== 3) return null;
  const header = JSON.parse(Buffer.from(parts[0], 'base64url').toString('utf8'));
  if (header.alg !== 'HS256') return null;
  const expected = createHmac('sha256', secret).update(`${parts[0]}.${parts[1]}`).digest();
  const given = Buffer.from(parts[2], 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
  if (claims.iss !== 'delegation-hub' || !(claims.exp > Date.now() / 1000)) return null;
  return claims;
}

const preset = {
  extends: [PostGraphileAmberPreset, PgAggregatesPreset],
  pgServices: [
    makePgService({
      connectionString: process.env.DATABASE_URL,
      schemas: ['public'],
      poolConfig: { max: Number(process.env.POOL || 10) },
    }),
  ],
  grafserv: { graphqlPath: '/graphql', watch: false },
  grafast: {
    explain: false,
    ...(secret
      ? {
          context(requestContext) {
            const req = requestContext.node?.req;
            const claims = claimsOf(req?.headers.authorization);
            return { pgSettings: { 'jwt.claims.user_id': claims?.sub ?? '' } };
          },
        }
      : {}),
  },
  schema: { pgForbidSetofFunctionsToReturnNull: false },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
server.on('error', (e) => console.error(e));
serv.addTo(server).catch((e) => {
  console.error(e);
  process.exit(1);
});
server.listen(Number(process.env.PORT || 5678), '127.0.0.1', () => {
  console.log(`postgraphile ready at http://127.0.0.1:${server.address().port}/graphql`);
});
process.on('SIGTERM', () => server.close(() => pgl.release().then(() => process.exit(0))));
