import { readdirSync } from 'node:fs';
import { Migration } from '@mikro-orm/migrations';
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrationNames } from '../../server/src/db/migrations/index.js';

/**
 * The migrations are one list of names, loaded only when a database lacks one (database.ts
 * migrate): a file left out of the list would never be applied, and a name without its file or
 * class would fail only on the first database that needs it.
 */
describe('the list of migrations', () => {
  it('names every migration file, in the order of their names', () => {
    const files = readdirSync(new URL('../../server/src/db/migrations/', import.meta.url))
      .filter((name) => /^Migration\d+_\w+\.ts$/.test(name))
      .map((name) => name.replace(/\.ts$/, ''))
      .sort();
    expect(migrationNames).toEqual(files);
  });

  it('loads one Migration class for each name', async () => {
    const loaded = await loadMigrations();
    expect(loaded.map((m) => m.name)).toEqual(migrationNames);
    for (const m of loaded) expect(m.class.prototype).toBeInstanceOf(Migration);
  });
});
