#!/usr/bin/env node
// Fails when the committed generated SDK code is not exactly what codegen.ts produces from the
// committed schema and sdk/operations: a changed file, a missing one, or a stray one left in an
// output folder. Generates in memory; writes nothing. Run from anywhere: `node sdk/scripts/check-generated.mjs`.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate, loadContext } from '@graphql-codegen/cli';
import { GENERATED, MANIFEST, manifestFor } from './persisted-operations.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
process.chdir(root);

const context = await loadContext(path.join(root, 'codegen.ts'));
context.updateConfig({ silent: true });
const outputs = await generate(context, false);

const expected = new Map(
  outputs.map((output) => [path.resolve(root, output.filename), output.content]),
);
const outputFolders = Object.keys(context.getConfig().generates)
  .filter((target) => target.endsWith('/'))
  .map((folder) => path.resolve(root, folder));

const problems = [];
for (const [file, content] of expected) {
  const committed = await readFile(file, 'utf8').catch(() => undefined);
  if (committed === undefined) problems.push(`missing   ${path.relative(root, file)}`);
  else if (committed !== content) {
    const line = firstDifferentLine(committed, content);
    problems.push(`changed   ${path.relative(root, file)} (from line ${line})`);
  }
}
// the persisted operations manifest (trusted documents) follows the generated documents
const generatedDocuments = expected.get(GENERATED);
if (generatedDocuments !== undefined) {
  const committed = await readFile(MANIFEST, 'utf8').catch(() => undefined);
  if (committed === undefined) problems.push(`missing   ${path.relative(root, MANIFEST)}`);
  else if (committed !== manifestFor(generatedDocuments)) {
    problems.push(`changed   ${path.relative(root, MANIFEST)}`);
  }
}
for (const folder of outputFolders) {
  for (const file of await listFiles(folder)) {
    if (!expected.has(file)) problems.push(`stray     ${path.relative(root, file)}`);
  }
}

if (problems.length > 0) {
  console.error('Generated SDK code is out of date with schema/schema.graphql and sdk/operations:');
  for (const problem of problems) console.error(`  ${problem}`);
  console.error('Run `npm run codegen` and commit the result.');
  process.exit(1);
}
console.log(`Generated SDK code is up to date (${expected.size} files).`);

async function listFiles(folder) {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath ?? entry.path, entry.name));
}

function firstDifferentLine(a, b) {
  const left = a.split('\n');
  const right = b.split('\n');
  let line = 0;
  while (line < left.length && line < right.length && left[line] === right[line]) line += 1;
  return line + 1;
}
