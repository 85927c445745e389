import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DelegationDocument } from '../../sdk/src/index.js';
import { useTestServer } from '../helpers/server.js';

const run = promisify(execFile);
const root = path.resolve(new URL('../..', import.meta.url).pathname);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Runs a command; resolves with its output, or fails with everything it printed. */
async function ok(command: string, args: string[], cwd: string): Promise<string> {
  try {
    const { stdout } = await run(command, args, { cwd, maxBuffer: 16 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${stdout}${stderr}`);
  }
}

/** A consumer's program, written against the published package only. */
const PROGRAM = `import {
  createClient,
  DelegationDocument,
  DelegationHubError,
  type DelegationQuery,
} from '@delegation-hub/sdk';

const [url, token] = process.argv.slice(2);
if (!url || !token) throw new Error('usage: node main.js URL TOKEN');
const client = createClient({ url, token });

const result: DelegationQuery = await client.request(DelegationDocument, {
  expoKey: 'CIIE-5',
  key: 'QH',
});
const target: number | undefined = result.delegation?.targetTotal;
console.log(\`target total: \${target}\`);

try {
  await createClient({ url, token: 'not-a-token' }).request(DelegationDocument, {
    expoKey: 'CIIE-5',
    key: 'QH',
  });
} catch (error) {
  if (!(error instanceof DelegationHubError)) throw error;
  console.log(\`refused: \${error.code}\`);
}

// the types are real, not any: these do not compile (and are never run)
export function typesOnly() {
  // @ts-expect-error the delegation's keys are required variables
  void client.request(DelegationDocument);
  // @ts-expect-error targetTotal is a number
  const name: string | undefined = result.delegation?.targetTotal;
  return name;
}
`;

const TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    lib: ['ES2022'],
    types: ['node'],
    strict: true,
    // the package's own declarations are checked too, as a consumer's build would
    skipLibCheck: false,
    outDir: 'dist',
  },
  files: ['main.ts'],
};

describe('the SDK as a consumer gets it: packed, installed into a new project, used', () => {
  const t = useTestServer();
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'delegation-hub-sdk-pack-'));
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('type-checks and runs a TypeScript program against the server, and installs the CLI', async () => {
    // build the SDK as `npm run sdk:build` does, into a copy of the package (other tests run
    // sdk/dist/cli.js meanwhile), and pack that copy as `npm publish` would
    const pkg = path.join(dir, 'sdk');
    await mkdir(pkg);
    await cp(path.join(root, 'sdk/package.json'), path.join(pkg, 'package.json'));
    await cp(path.join(root, 'sdk/README.md'), path.join(pkg, 'README.md'));
    const tsc = path.join(root, 'node_modules/.bin/tsc');
    await ok(tsc, ['-p', 'sdk/tsconfig.json', '--outDir', path.join(pkg, 'dist')], root);
    const packed = JSON.parse(
      await ok(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], pkg),
    ) as { filename: string; files: { path: string }[] }[];
    const files = packed[0]!.files.map((f) => f.path);
    expect(files).toEqual(
      expect.arrayContaining([
        'package.json',
        'README.md',
        'dist/index.js',
        'dist/index.d.ts',
        'dist/cli.js',
      ]),
    );
    expect(files.filter((f) => f.startsWith('src/') || f.endsWith('.ts.map'))).toEqual([]);

    const consumer = path.join(dir, 'consumer');
    await mkdir(consumer);
    await writeFile(
      path.join(consumer, 'package.json'),
      JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
    );
    const typesNode = JSON.parse(
      await readFile(path.join(root, 'node_modules/@types/node/package.json'), 'utf8'),
    ).version;
    await ok(
      npm,
      [
        'install',
        path.join(dir, packed[0]!.filename),
        `@types/node@${typesNode}`,
        '--prefer-offline',
        '--no-audit',
        '--no-fund',
        '--loglevel=error',
      ],
      consumer,
    );
    await writeFile(path.join(consumer, 'main.ts'), PROGRAM);
    await writeFile(path.join(consumer, 'tsconfig.json'), JSON.stringify(TSCONFIG, null, 2));
    await ok(tsc, ['-p', 'tsconfig.json'], consumer);

    const token = await t.token('ANALYST', 'CIIE-5/QH');
    const output = await ok('node', ['dist/main.js', t.url, token], consumer);
    const client = await t.client('ANALYST', 'CIIE-5/QH');
    const { delegation } = await client.request(DelegationDocument, {
      expoKey: 'CIIE-5',
      key: 'QH',
    });
    expect(delegation?.targetTotal).toBe(174);
    expect(output).toBe(`target total: ${delegation!.targetTotal}\nrefused: UNAUTHENTICATED\n`);

    // the package's bin: `npx delegation-hub` in the consumer's project
    const help = await ok(
      path.join(consumer, 'node_modules/.bin/delegation-hub'),
      ['--help'],
      consumer,
    );
    expect(help).toContain('Usage: delegation-hub report');
  }, 120_000);
});
