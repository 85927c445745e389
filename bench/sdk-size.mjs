// npm run bench:sdk-size [-- --baseline REV]: what a front-end team takes with the SDK. For this
// checkout (and REV beside it): the SDK's tarball (packed and unpacked size, files), what
// `npm install` of it brings into a new project (packages, bytes on disk), and a page built with
// Vite that imports one operation (its JavaScript, raw and gzipped). Results in
// bench/results/sdk-size-<time>.md.
import { execFileSync } from 'node:child_process';
import {
  cp,
  mkdir,
  mkdtemp,
  readFile,
  readdir,
  rm,
  stat,
  symlink,
  writeFile,
} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(benchDir, '..');
const { values: opts } = parseArgs({ options: { baseline: { type: 'string' } } });
const log = (m) => process.stderr.write(`${m}\n`);
const run = (command, args, cwd) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const tsc = path.join(root, 'node_modules/typescript/bin/tsc');

/** Bytes of every file under `node_modules` and how many packages it holds (nested ones too). */
async function footprint(nodeModules) {
  let bytes = 0;
  let packages = 0;
  const isPackage = (dir) => {
    const parent = path.dirname(dir);
    return (
      path.basename(parent) === 'node_modules' ||
      (path.basename(parent).startsWith('@') &&
        path.basename(path.dirname(parent)) === 'node_modules')
    );
  };
  const visit = async (dir) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await visit(full);
      else if (entry.isFile()) {
        bytes += (await stat(full)).size;
        if (entry.name === 'package.json' && isPackage(dir)) packages += 1;
      }
    }
  };
  await visit(nodeModules);
  return { bytes, packages };
}

/** The page a front-end team writes: one query through the SDK's client. */
const PAGE = `import { createClient, DelegationDocument } from '@delegation-hub/sdk';
const client = createClient({ url: '/graphql' });
const { delegation } = await client.request(DelegationDocument, { expoKey: 'CIIE-5', key: 'QH' });
document.body.textContent = delegation?.nameZh ?? '';
`;

async function measure(name, sdkDir, work) {
  log(`${name}: build, pack, install, page`);
  // build the SDK as its build script does, into a copy, and pack the copy as npm publish would
  const pkg = path.join(work, 'sdk');
  await mkdir(pkg, { recursive: true });
  await cp(path.join(sdkDir, 'package.json'), path.join(pkg, 'package.json'));
  await cp(path.join(sdkDir, 'README.md'), path.join(pkg, 'README.md'));
  run(
    'node',
    [tsc, '-p', path.join(sdkDir, 'tsconfig.json'), '--outDir', path.join(pkg, 'dist')],
    root,
  );
  const [packed] = JSON.parse(
    run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], pkg),
  );
  const consumer = path.join(work, 'consumer');
  await mkdir(consumer);
  await writeFile(
    path.join(consumer, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  );
  run(
    'npm',
    [
      'install',
      path.join(work, packed.filename),
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
    ],
    consumer,
  );
  const installed = await footprint(path.join(consumer, 'node_modules'));
  const dependencies = JSON.parse(
    await readFile(path.join(pkg, 'package.json'), 'utf8'),
  ).dependencies;
  await writeFile(path.join(consumer, 'main.js'), PAGE);
  await writeFile(
    path.join(consumer, 'index.html'),
    '<!doctype html><html><body><script type="module" src="/main.js"></script></body></html>',
  );
  await build({
    root: consumer,
    logLevel: 'silent',
    configFile: false,
    build: { outDir: path.join(consumer, 'dist'), target: 'es2022', emptyOutDir: true },
  });
  let js = 0;
  let gzip = 0;
  for (const file of await readdir(path.join(consumer, 'dist/assets'))) {
    if (!file.endsWith('.js')) continue;
    const body = await readFile(path.join(consumer, 'dist/assets', file));
    js += body.length;
    gzip += gzipSync(body).length;
  }
  return {
    name,
    packedBytes: packed.size,
    unpackedBytes: packed.unpackedSize,
    files: packed.entryCount,
    dependencies: Object.keys(dependencies ?? {}),
    installedPackages: installed.packages,
    installedBytes: installed.bytes,
    pageJsBytes: js,
    pageGzipBytes: gzip,
  };
}

const head = run('git', ['rev-parse', '--short', 'HEAD'], root).trim();
const work = await mkdtemp(path.join(os.tmpdir(), 'delegation-hub-sdk-size-'));
const results = [];
try {
  results.push(
    await measure(
      `this checkout (${head}${run('git', ['status', '--porcelain'], root) ? '+' : ''})`,
      path.join(root, 'sdk'),
      path.join(work, 'ours'),
    ),
  );
  if (opts.baseline) {
    const rev = run('git', ['rev-parse', '--short', opts.baseline], root).trim();
    const clone = path.join(work, 'baseline-src');
    run('git', ['clone', '--quiet', '--no-checkout', root, clone], root);
    run('git', ['checkout', '--quiet', rev], clone);
    // the baseline's SDK compiles against this checkout's packages (same versions of its dependencies)
    await symlink(path.join(root, 'node_modules'), path.join(clone, 'node_modules'));
    results.push(
      await measure(`baseline ${rev}`, path.join(clone, 'sdk'), path.join(work, 'baseline')),
    );
  }
} finally {
  await rm(work, { recursive: true, force: true });
}

const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const mb = (b) => `${(b / 1024 / 1024).toFixed(1)} MB`;
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const lines = [
  `# SDK size ${new Date().toISOString()}`,
  '',
  'The SDK packed as `npm publish` would; installed alone into a new project (`npm install <tarball>`); a page importing one operation (`createClient`, `DelegationDocument`) built with Vite (production, es2022).',
  '',
  '| SDK | packed | unpacked | files | dependencies | npm install: packages, on disk | page JS (gzip) |',
  '| --- | ---: | ---: | ---: | --- | ---: | ---: |',
  ...results.map(
    (r) =>
      `| ${r.name} | ${kb(r.packedBytes)} | ${kb(r.unpackedBytes)} | ${r.files} | ${r.dependencies.join(', ')} | ${r.installedPackages}, ${mb(r.installedBytes)} | ${kb(r.pageJsBytes)} (${kb(r.pageGzipBytes)}) |`,
  ),
];
await mkdir(path.join(benchDir, 'results'), { recursive: true });
const file = path.join(benchDir, 'results', `sdk-size-${stamp}.md`);
await writeFile(file, `${lines.join('\n')}\n`);
process.stdout.write(`${lines.join('\n')}\n\n(${path.relative(root, file)})\n`);
