import { parseArgs } from 'node:util';
import { ensureUser, resolveScope } from './auth/bootstrap.js';
import { ALL_ROLES, type Role } from './auth/roles.js';
import { issueToken, loadSigningKey } from './auth/tokens.js';
import { loadConfig } from './config.js';
import { migrate, openDatabase } from './db/database.js';

// npm run token -- --role ROLE [--scope KEY …] [--user NAME] [--hours N]
// Prints a bearer token for a user holding ROLE in each scope (created when missing).
process.removeAllListeners('SIGINT');
process.removeAllListeners('SIGTERM');

const usage = `usage: npm run token -- --role ROLE [--scope KEY ...] [--user NAME] [--hours N]
  ROLE: ${ALL_ROLES.join(', ')}
  KEY:  CIIE-5 (expo) | CIIE-5/QH (delegation) | CIIE-5/QH/COMMERCE (sub-delegation, or a
        member unit or purchaser by organisation key or credit code) | CIIE-5/QH/HEALTH/DRUGS
        (SUB_DELEGATION_LEAD: a lead unit, where the sub-delegation has several)`;

let args;
try {
  args = parseArgs({
    options: {
      role: { type: 'string' },
      scope: { type: 'string', multiple: true },
      user: { type: 'string' },
      hours: { type: 'string', default: '12' },
      help: { type: 'boolean' },
    },
  }).values;
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n${usage}\n`);
  process.exit(2);
}
if (args.help || !args.role) {
  process.stderr.write(`${usage}\n`);
  process.exit(args.help ? 0 : 2);
}
const role = args.role.toUpperCase() as Role;
const hours = Number(args.hours);
if (!ALL_ROLES.includes(role) || !Number.isInteger(hours) || hours < 1 || hours > 720) {
  process.stderr.write(`${usage}\n`);
  process.exit(2);
}

const config = loadConfig();
const db = await openDatabase(config);
try {
  await migrate(db);
  const keys = args.scope?.length ? args.scope : [undefined];
  const scopes = await Promise.all(keys.map((key) => resolveScope(db.pool, role, key)));
  const name = args.user ?? `${role.toLowerCase()}${keys[0] ? `@${keys.join(',')}` : ''}`;
  const userId = await ensureUser(db.pool, name, role, scopes, 'npm run token');
  const key = await loadSigningKey(config.jwtSecret, config.dataDir);
  process.stdout.write(`${(await issueToken(key, userId, hours * 3600)).token}\n`);
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exitCode = 1;
} finally {
  await db.close();
}
