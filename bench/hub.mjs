// Delegation Hub as the benchmarks run it: production settings without the limits that would
// throttle a load test, a fixed signing secret, and an ADMIN token for the workload.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(benchDir, '..');
const JWT_SECRET = 'bench-secret-0123456789abcdef0123456789abcdef';

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
 * The roles the benchmark reads as by default: ADMIN (whose scope is the literal `true`, which no
 * real user has), a delegation's office and an expo-wide analyst (contacts masked).
 */
export const DEFAULT_ROLES = ['ADMIN', 'DELEGATION_OFFICE:CIIE-5/QH', 'ANALYST:CIIE-5'];

/** `ROLE` or `ROLE:SCOPE` (a scope key as `npm run token` takes it) as `{ role, scope, label }`. */
export function parseRole(text) {
  const [role, scope] = text.split(':');
  return { role: role.toUpperCase(), scope: scope || undefined, label: text };
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
