#!/usr/bin/env node
// npm run build:web: builds the browser pages the server serves, with Vite, into dist/:
//   dashboard/ -> dist/dashboard (the live deals dashboard at /dashboard)
//   graphiql/  -> dist/graphiql  (GraphiQL at GET /graphql, for browsers)
// A page whose sources, Vite config and bundled packages' versions are unchanged since its last
// build is not built again (GraphiQL's editor takes tens of seconds); `--force` builds it anyway.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const force = process.argv.includes('--force');

/** The installed version of each package a page bundles, as their package.json files. */
const installed = (...names) => names.map((name) => `node_modules/${name}/package.json`);

/** Each page: its folder (with vite.config.ts) and what else its bundle is made from. */
const PAGES = [
  {
    name: 'dashboard',
    inputs: ['dashboard', 'sdk/src', ...installed('vite', 'graphql', 'graphql-ws')],
  },
  {
    name: 'graphiql',
    inputs: [
      'graphiql',
      ...installed('vite', 'graphql', 'graphql-ws', 'graphiql', '@graphiql/react'),
      ...installed('@graphiql/toolkit', 'monaco-editor', 'monaco-graphql', 'react', 'react-dom'),
    ],
  },
];

async function filesUnder(relative) {
  const full = path.join(root, relative);
  const entries = await readdir(full, { withFileTypes: true }).catch((error) => {
    if (error.code === 'ENOTDIR') return undefined;
    throw error;
  });
  if (entries === undefined) return [relative];
  const nested = await Promise.all(
    entries
      .filter((entry) => entry.name !== 'node_modules')
      .map((entry) => filesUnder(path.join(relative, entry.name))),
  );
  return nested.flat();
}

/** A hash of the page's inputs: file names and contents. */
async function fingerprint(inputs) {
  const hash = createHash('sha256');
  const files = (await Promise.all(inputs.map(filesUnder))).flat().sort();
  for (const file of files) {
    hash.update(`${file}\0`);
    hash.update(await readFile(path.join(root, file)));
  }
  return hash.digest('hex');
}

for (const page of PAGES) {
  const stamp = path.join(root, 'dist', page.name, '.build-fingerprint');
  const current = await fingerprint(page.inputs);
  const built = await readFile(stamp, 'utf8').catch(() => undefined);
  if (!force && built === current) {
    console.log(`dist/${page.name} is up to date`);
    continue;
  }
  const started = Date.now();
  // Vite is loaded only when a page is built: a start with every page up to date skips it
  const { build } = await import('vite');
  await build({ configFile: path.join(root, page.name, 'vite.config.ts'), logLevel: 'warn' });
  await writeFile(stamp, current);
  console.log(`built dist/${page.name} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
