import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
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

describe('the SDK and the CLI as consumers get them: packed, installed into a new project, used', () => {
  const t = useTestServer();
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'delegation-hub-sdk-pack-'));
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  /**
   * Builds a package as its build script does, into a copy of it (other tests run the CLI's
   * build meanwhile), packs the copy as `npm publish` would; its tarball and file list.
   */
  async function packed(name: 'sdk' | 'cli') {
    const pkg = path.join(dir, name);
    await mkdir(pkg);
    await cp(path.join(root, name, 'package.json'), path.join(pkg, 'package.json'));
    await cp(path.join(root, name, 'README.md'), path.join(pkg, 'README.md'));
    await ok(tsc, ['-p', `${name}/tsconfig.json`, '--outDir', path.join(pkg, 'dist')], root);
    const [pack] = JSON.parse(
      await ok(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], pkg),
    ) as { filename: string; files: { path: string }[] }[];
    const files = pack!.files.map((f) => f.path);
    expect(files.filter((f) => f.startsWith('src/') || f.endsWith('.ts.map'))).toEqual([]);
    return { tarball: path.join(dir, pack!.filename), files };
  }

  const tsc = path.join(root, 'node_modules/.bin/tsc');
  const install = (consumer: string, ...specs: string[]) =>
    ok(
      npm,
      ['install', ...specs, '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'],
      consumer,
    );

  it('type-checks and runs a TypeScript program against the server, with no spreadsheet library; the CLI installs beside it', async () => {
    const sdk = await packed('sdk');
    expect(sdk.files).toEqual(
      expect.arrayContaining(['package.json', 'README.md', 'dist/index.js', 'dist/index.d.ts']),
    );
    expect(sdk.files.filter((f) => /^dist\/(cli\.|report\/)/.test(f))).toEqual([]);

    const consumer = path.join(dir, 'consumer');
    await mkdir(consumer);
    await writeFile(
      path.join(consumer, 'package.json'),
      JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
    );
    const typesNode = JSON.parse(
      await readFile(path.join(root, 'node_modules/@types/node/package.json'), 'utf8'),
    ).version;
    await install(consumer, sdk.tarball, `@types/node@${typesNode}`);
    // what a front-end team installs with the SDK: the client's own dependencies, no exceljs
    const installed = await readdir(path.join(consumer, 'node_modules'));
    expect(installed).not.toContain('exceljs');
    expect(installed).toEqual(expect.arrayContaining(['@delegation-hub', 'graphql', 'graphql-ws']));
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

    // the CLI is a package of its own, on the SDK: `npx delegation-hub` once it is installed
    const cli = await packed('cli');
    expect(cli.files).toEqual(expect.arrayContaining(['package.json', 'dist/cli.js']));
    await install(consumer, cli.tarball);
    expect(await readdir(path.join(consumer, 'node_modules'))).toContain('exceljs');
    const help = await ok(
      path.join(consumer, 'node_modules/.bin/delegation-hub'),
      ['--help'],
      consumer,
    );
    expect(help).toContain('Usage: delegation-hub report');
    const progress = await ok(
      path.join(consumer, 'node_modules/.bin/delegation-hub'),
      ['report', 'progress', '--delegation', 'CIIE-5/QH', '--url', t.url, '--token', token],
      consumer,
    );
    expect(progress).toContain('sub_delegation_name');
  }, 120_000);
});
