import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { printSdl } from '../../server/src/graphql/schema.js';

const run = promisify(execFile);
const root = new URL('../../', import.meta.url).pathname;

/** Runs a project command; resolves with its output, or fails the test with what it printed. */
async function ok(command: string, args: string[]): Promise<string> {
  try {
    const { stdout, stderr } = await run(command, args, { cwd: root, maxBuffer: 16 * 1024 * 1024 });
    return stdout + stderr;
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed:\n${stdout}${stderr}`.slice(0, 8000));
  }
}

// What `npm run check` checks, also in `npm test`, so that CI (which runs the tests) catches it.
// Whole-project tools run beside the other test files on two cores: tsc takes 20-40 s alone and
// was seen past 60 s on a loaded machine, so these have time enough; they check, never time.
describe('the project', { timeout: 300_000 }, () => {
  it('has schema/schema.graphql as the code emits it', async () => {
    const committed = await readFile(new URL('schema/schema.graphql', `file://${root}`), 'utf8');
    expect(committed, 'run `npm run schema` and commit the result').toBe(`${await printSdl()}\n`);
  });

  it('has the generated SDK code as codegen makes it from the schema and operations', async () => {
    await ok('node', ['sdk/scripts/check-generated.mjs']);
  });

  it('type-checks (vitest strips types without checking them)', async () => {
    await ok('npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']);
  });

  it('has no import cycles, type-only imports included (madge)', async () => {
    await ok('npm', ['run', '--silent', 'cycles']);
  });

  it('passes lint and formatting', async () => {
    await ok('npx', ['eslint', '.']);
    await ok('npx', ['prettier', '--check', '.']);
  });

  // what is missing is printed per kind (types, fields, input fields, arguments, enum values)
  it('describes every type, field, argument and enum value; Relay connections and names hold', async () => {
    await ok('npm', ['run', '--silent', 'lint:schema']);
  });
});
