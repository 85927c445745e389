import { loadConfig } from '../config.js';
import { migrate, openDatabase } from './database.js';
import { citusScript } from './distribution.js';
import { seedPlan } from './seed/seed.js';

// npm run db:migrate [-- --seed]: applies pending migrations (and seeds an empty database).
// npm run db:citus-script: prints the statements that distribute the schema on Citus
// (distribution.ts; docs/scale-out.md); it needs no database.
if (process.argv[2] === 'citus-script') {
  process.stdout.write(citusScript());
} else {
  process.removeAllListeners('SIGINT');
  process.removeAllListeners('SIGTERM');
  const config = loadConfig();
  const db = await openDatabase(config);
  try {
    const applied = await migrate(db);
    process.stdout.write(
      applied.length ? `applied: ${applied.join(', ')}\n` : 'database is up to date\n',
    );
    if (process.argv.includes('--seed')) {
      process.stdout.write((await seedPlan(db)) ? 'seeded the plan\n' : 'plan already present\n');
    }
  } finally {
    await db.close();
  }
}
