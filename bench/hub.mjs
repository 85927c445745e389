// Delegation Hub as the benchmarks run it: production settings without the limits that would
// throttle a load test, a fixed signing secret, and tokens of the roles the workload runs as.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(benchDir, '..');
export const JWT_SECRET = 'bench-secret-0123456789abcdef0123456789abcdef';

/**
 * Installs the contenders and the bench's own packages (bench/package.json) on first use: the
 * data generator (setup.mjs) needs them, so this runs before it is imported.
 */
export function installBenchPackages(log) {
  if (existsSync(path.join(benchDir, 'node_modules'))) return;
  log('installing the contenders (bench/package.json)…');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: benchDir, stdio: 'inherit' });
}

/**
 * Node's flags for the server, as `npm start` gives them (package.json): a young generation
 * large enough that a request's short-lived rows and results die young (fewer scavenges).
 */
export const HUB_NODE_FLAGS = ['--max-semi-space-size=32'];

/** The environment of a server on `port` over `databaseUrl`. */
export function hubEnv(databaseUrl, port) {
  return {
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    HOST: '127.0.0.1',
    NODE_ENV: 'production',
    SEED: 'false',
    LOG_LEVEL: 'error',
    JWT_SECRET,
    DB_POOL_SIZE: '10',
    RATE_LIMIT_PER_MINUTE: '0',
    RATE_LIMIT_IP_PER_MINUTE: '0',
    TRUSTED_DOCUMENTS: 'off',
  };
}

/**
 * The roles the benchmark serves the workload as by default: ADMIN (whose scope is the literal
 * `true`, which no real user has), a delegation's office, a lead unit of one of its
 * sub-delegations (the four-part key names the grant: sub-delegation INDUSTRY, which has two
 * lead units, and of those SASAC), an expo-wide analyst (contacts masked) and one purchaser (the
 * one {@link nameBenchPurchaser} names BENCH_BUYER).
 */
export const DEFAULT_ROLES = [
  'ADMIN',
  'DELEGATION_OFFICE:CIIE-5/QH',
  'SUB_DELEGATION_LEAD:CIIE-5/QH/INDUSTRY/SASAC',
  'ANALYST:CIIE-5',
  'PURCHASER:CIIE-5/QH/BENCH_BUYER',
];

/** `ROLE` or `ROLE:SCOPE` (a scope key as `npm run token` takes it) as `{ role, scope, label }`. */
export function parseRole(text, scopeKey) {
  const [role, inline] = text.split(':');
  if (inline && scopeKey)
    throw new Error(`--role ${text} has a scope already; --scope ${scopeKey} is one too many`);
  const scope = inline || scopeKey || undefined;
  const upper = role.toUpperCase();
  return { role: upper, scope, label: scope ? `${upper}:${scope}` : upper };
}

/**
 * The roles of a command line, from parseArgs' tokens in order: `--role ROLE[:SCOPE]`, each
 * optionally followed by `--scope KEY` (its scope key); none given: {@link DEFAULT_ROLES}.
 */
export function rolesOf(tokens) {
  const given = [];
  for (const t of tokens) {
    if (t.kind !== 'option') continue;
    if (t.name === 'role') given.push({ text: t.value, scope: undefined });
    else if (t.name === 'scope') {
      const last = given.at(-1);
      if (!last || last.scope !== undefined)
        throw new Error(`--scope ${t.value} must follow the --role it scopes`);
      last.scope = t.value;
    }
  }
  const roles = given.length
    ? given.map((g) => parseRole(g.text, g.scope))
    : DEFAULT_ROLES.map((r) => parseRole(r));
  const labels = roles.map((r) => r.label);
  if (new Set(labels).size !== labels.length) throw new Error(`a role is given twice: ${labels}`);
  return roles;
}

/**
 * Names the purchaser the PURCHASER role acts as, and whose deals Q4 records for everyone: the
 * organisation of an APPROVED purchaser of QH's INDUSTRY sub-delegation (the default lead's) with
 * a match, the one with most deals (then by id: the data set is deterministic), gets the key
 * BENCH_BUYER, so that `CIIE-5/QH/BENCH_BUYER` is a scope key as the server resolves it (the
 * generated organisations have no key). Idempotent.
 */
export async function nameBenchPurchaser(admin) {
  const { rows } = await admin.query(
    `select p.organisation_id as id from purchaser p
     join delegation d on d.id = p.delegation_id join sub_delegation s on s.id = p.sub_delegation_id
     where d.key = 'QH' and s.key = 'INDUSTRY' and p.status = 'APPROVED'
       and exists (select 1 from exhibitor_match m where m.purchaser_id = p.id)
     order by (select count(*) from deal dl where dl.purchaser_id = p.id) desc, p.id limit 1`,
  );
  await admin.query(`update organisation set key = null where key = 'BENCH_BUYER' and id <> $1`, [
    rows[0].id,
  ]);
  await admin.query(
    `update organisation set key = 'BENCH_BUYER' where id = $1 and key is distinct from 'BENCH_BUYER'`,
    [rows[0].id],
  );
}

/**
 * What the server lets the holder of `token` read and write, by the server's own code (its
 * Authenticator and Viewer): the floor applies the same scope to its statements. `null` for an
 * ADMIN, whose scope is everything. `dealDelegations` adds to `fullDelegations` the earlier
 * editions' delegations whose deals are followed up (Viewer.dealDelegationIds, auth/scope.ts dealScope);
 * `offices` are the delegations of DELEGATION_OFFICE grants (who may record deals there).
 */
export async function scopeOf(databaseUrl, token) {
  const { Authenticator } = await import(path.join(root, 'dist/server/auth/viewer.js'));
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  try {
    const viewer = await new Authenticator(new TextEncoder().encode(JWT_SECRET), pool).authenticate(
      `Bearer ${token}`,
    );
    if (viewer.isAdmin) return null;
    return {
      delegations: viewer.delegationIds,
      fullDelegations: viewer.fullDelegationIds,
      dealDelegations: viewer.dealDelegationIds,
      subDelegations: viewer.subDelegationIds,
      memberUnits: viewer.memberUnitKeys,
      purchasers: viewer.purchaserIds,
      offices: viewer.grants
        .filter((g) => g.role === 'DELEGATION_OFFICE')
        .map((g) => g.delegationId),
    };
  } finally {
    await pool.end();
  }
}

/** A token of a `bench-<role>` user holding `role` in `scope` (made when missing), valid for `hours`. */
export async function roleToken(databaseUrl, { role, scope }, hours = 6) {
  const { ensureUser, resolveScope } = await import(
    path.join(root, 'dist/server/auth/bootstrap.js')
  );
  const { issueToken } = await import(path.join(root, 'dist/server/auth/tokens.js'));
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  try {
    const name = `bench-${role.toLowerCase()}${scope ? `@${scope}` : ''}`;
    const user = await ensureUser(
      pool,
      name,
      role,
      [await resolveScope(pool, role, scope)],
      'bench',
    );
    return (await issueToken(new TextEncoder().encode(JWT_SECRET), user, hours * 3600)).token;
  } finally {
    await pool.end();
  }
}

/** A token of the `bench-admin` user (made when missing), valid for `hours`. */
export function adminToken(databaseUrl, hours = 6) {
  return roleToken(databaseUrl, { role: 'ADMIN' }, hours);
}
