import { readFile, writeFile } from 'node:fs/promises';
import { printSdl } from './graphql/schema.js';

// npm run schema: writes schema/schema.graphql; with --check, fails when the committed file differs.
const file = new URL('../../schema/schema.graphql', import.meta.url);
const sdl = `${await printSdl()}\n`;
if (process.argv.includes('--check')) {
  const committed = await readFile(file, 'utf8').catch(() => '');
  if (committed !== sdl) {
    process.stderr.write('schema/schema.graphql is stale: run `npm run schema` and commit it\n');
    process.exit(1);
  }
} else {
  await writeFile(file, sdl);
}
