#!/usr/bin/env node
// Writes sdk/persisted-operations.json: for every operation document the SDK sends, the SHA-256
// (hex) of its text exactly as the client sends it (graphql's `print` of the generated document)
// mapped to that text. The server's trusted documents mode (TRUSTED_DOCUMENTS=on) runs only these
// for roles other than ANALYST and ADMIN. Run by `npm run codegen`; `--check` fails when stale.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { print } from 'graphql';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const GENERATED = path.join(root, 'sdk/src/generated/graphql.ts');
export const MANIFEST = path.join(root, 'sdk/persisted-operations.json');

/** The manifest's text for the generated module's source (`sdk/src/generated/graphql.ts`). */
export function manifestFor(generatedSource) {
  const documents = new Map();
  const pattern = /^export const (\w+)Document = (\{.*\}) as unknown as DocumentNode<.*$/gm;
  for (const [, name, json] of generatedSource.matchAll(pattern)) {
    const text = print(JSON.parse(json));
    documents.set(createHash('sha256').update(text).digest('hex'), { name, text });
  }
  if (documents.size === 0) throw new Error(`no documents found in ${GENERATED}`);
  // ordered by operation name, so that a change shows where it belongs in a diff
  const sorted = [...documents].sort(([, a], [, b]) => a.name.localeCompare(b.name));
  return `${JSON.stringify(Object.fromEntries(sorted.map(([hash, { text }]) => [hash, text])), null, 2)}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const expected = manifestFor(await readFile(GENERATED, 'utf8'));
  const relative = path.relative(root, MANIFEST);
  if (process.argv.includes('--check')) {
    const committed = await readFile(MANIFEST, 'utf8').catch(() => undefined);
    if (committed !== expected) {
      console.error(
        `${relative} is out of date with the SDK's documents: run \`npm run codegen\`.`,
      );
      process.exit(1);
    }
    console.log(`${relative} is up to date.`);
  } else {
    await writeFile(MANIFEST, expected);
    console.log(`wrote ${relative} (${Object.keys(JSON.parse(expected)).length} operations)`);
  }
}
