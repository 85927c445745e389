#!/usr/bin/env node
/// <reference types="node" />
/**
 * `delegation-hub report …`: deal totals, recruitment progress and deal lists from a
 * Delegation Hub server, as an aligned table, CSV or XLSX. `delegation-hub plan import|export`:
 * a delegation's plan as a JSON or XLSX file. Built on `@delegation-hub/sdk`'s client; the
 * spreadsheet library (exceljs) is this package's, so the SDK a browser app takes has none.
 *
 * @packageDocumentation
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import {
  createClient,
  DelegationHubError,
  ExpoSetupDocument,
  ExportPlanDocument,
  ImportPlanDocument,
  type DealFilter,
  type DealGroupBy,
  type PlanFormat,
} from '@delegation-hub/sdk';
import {
  DEAL_GROUP_BY,
  dealListReport,
  dealsReport,
  findDelegation,
  progressReport,
  ReportError,
} from './report/reports.js';
import { toAlignedText, toCsv, type Table } from './report/table.js';
import { toXlsx } from './report/xlsx.js';

const DEFAULT_URL = 'http://localhost:4000/graphql';
const FORMATS = ['table', 'csv', 'xlsx'] as const;
type Format = (typeof FORMATS)[number];

const USAGE = `Usage: delegation-hub report <report> [options]
       delegation-hub plan import --file FILE (--delegation REF | --expo KEY) [--dry-run]
       delegation-hub plan export --delegation REF [--out FILE] [--format json|xlsx]

Reports:
  deals       deal count and USD sum/avg/min/max, grouped (dealAggregate), and the total;
                cancelled deals are in no total (grouped by STATUS, a row of their own)
                --group-by DIM,DIM   default SUB_DELEGATION; any of
                                     ${DEAL_GROUP_BY.join(', ')}
                --filter-json JSON   a DealFilter, e.g. '{"status":{"in":["SIGNED"]}}'
  progress    purchaser recruitment against the targets, per sub-delegation and lead unit
                (needs --delegation)
  deal-list   every deal, one row each, fetched page by page
                --filter-json JSON   a DealFilter
                --page-size N        deals per request (1-500, default 200)

Plans (a delegation's plan as a file: JSON in the shape of the built-in Qinghai plan, or XLSX
with one sheet per part; the format follows the file's extension unless --format says):
  import      --file FILE into the delegation --delegation names (its DELEGATION_OFFICE), or as
                a new delegation of the edition --expo KEY names (its EXPO_BUREAU);
                --dry-run checks everything and writes nothing. Every error of the file is
                listed (JSON path, or sheet!cell), and nothing is written.
  export      the plan of --delegation, to --out FILE (or standard output)

Options:
  --delegation REF   EXPO/KEY (e.g. CIIE-5/QH) or a delegation's global ID
  --format FORMAT    table (default), csv or xlsx; --out FILE.csv/.xlsx implies it
                     (plans: json or xlsx)
  --out FILE         write to FILE instead of standard output
  --url URL          GraphQL endpoint (default $DELEGATION_HUB_URL or ${DEFAULT_URL})
  --token TOKEN      bearer token (default $DELEGATION_HUB_TOKEN)
  -h, --help         show this help

Exit status: 0 done, 1 the server refused or failed, 2 bad arguments.
`;

/** Bad arguments: exit 2 with the message and a pointer to --help. */
class UsageError extends Error {}

const OPTIONS = {
  delegation: { type: 'string' },
  'group-by': { type: 'string' },
  'filter-json': { type: 'string' },
  'page-size': { type: 'string' },
  file: { type: 'string' },
  expo: { type: 'string' },
  'dry-run': { type: 'boolean' },
  format: { type: 'string' },
  out: { type: 'string' },
  url: { type: 'string' },
  token: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function parse(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    // parseArgs explains unknown options and missing values itself
    throw new UsageError((error as Error).message);
  }
}

function groupByOf(raw: string | undefined): DealGroupBy[] {
  if (raw === undefined) return ['SUB_DELEGATION'];
  const names = raw
    .split(',')
    .map((name) => name.trim().toUpperCase())
    .filter((name) => name !== '');
  for (const name of names) {
    if (!(DEAL_GROUP_BY as string[]).includes(name)) {
      throw new UsageError(
        `--group-by: unknown dimension "${name}"; one of ${DEAL_GROUP_BY.join(', ')}`,
      );
    }
  }
  return names as DealGroupBy[];
}

function filterOf(raw: string | undefined): DealFilter | undefined {
  if (raw === undefined) return undefined;
  let filter: unknown;
  try {
    filter = JSON.parse(raw);
  } catch (error) {
    throw new UsageError(`--filter-json is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof filter !== 'object' || filter === null || Array.isArray(filter)) {
    throw new UsageError('--filter-json must be a JSON object (a DealFilter)');
  }
  return filter as DealFilter; // its fields are checked by the server
}

function formatOf(raw: string | undefined, out: string | undefined): Format {
  if (raw === undefined) {
    if (out?.toLowerCase().endsWith('.xlsx')) return 'xlsx';
    if (out?.toLowerCase().endsWith('.csv')) return 'csv';
    return 'table';
  }
  if (!(FORMATS as readonly string[]).includes(raw)) {
    throw new UsageError(`--format: "${raw}" is not one of ${FORMATS.join(', ')}`);
  }
  return raw as Format;
}

function pageSizeOf(raw: string | undefined): number {
  if (raw === undefined) return 200;
  const size = Number(raw);
  if (!Number.isInteger(size) || size < 1 || size > 500) {
    throw new UsageError(`--page-size: "${raw}" is not a whole number from 1 to 500`);
  }
  return size;
}

/** One line saying what went wrong, in the user's terms. */
function describe(error: DelegationHubError, url: string): string {
  const detail = error.message.replace(/\s+/g, ' ');
  switch (error.code) {
    case 'UNAUTHENTICATED':
      return `the server refused the token (UNAUTHENTICATED): ${detail}`;
    case 'FORBIDDEN':
      return `this token may not read that (FORBIDDEN): ${detail}`;
    case 'NETWORK_ERROR':
      return `cannot reach ${url}: ${detail}`;
    default: {
      const listed = (error.errors[0]?.extensions?.['errors'] ?? []) as PlanFileError[];
      const lines = listed.map(
        (e) =>
          `\n  ${e.sheet ? `${e.sheet}!${e.column ?? ''}${e.line ?? ''}` : e.path}: ${e.message}`,
      );
      return `${error.code}: ${detail}${error.field ? ` (${error.field})` : ''}${lines.join('')}`;
    }
  }
}

/** One error of a plan file, as importPlan lists them in `extensions.errors`. */
interface PlanFileError {
  path: string;
  message: string;
  sheet?: string;
  line?: number;
  column?: string;
}

function endpoint(values: { url?: string; token?: string }): { url: string; token: string } {
  const url = values.url ?? process.env['DELEGATION_HUB_URL'] ?? DEFAULT_URL;
  try {
    new URL(url);
  } catch {
    throw new UsageError(`--url: "${url}" is not a URL`);
  }
  const token = values.token ?? process.env['DELEGATION_HUB_TOKEN'];
  if (!token) throw new UsageError('no token: give --token or set DELEGATION_HUB_TOKEN');
  return { url, token };
}

function planFormatOf(raw: string | undefined, file: string | undefined): PlanFormat {
  const given = raw ?? (file?.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'json');
  if (!['json', 'xlsx'].includes(given.toLowerCase())) {
    throw new UsageError(`--format: "${given}" is not json or xlsx`);
  }
  return given.toUpperCase() as PlanFormat;
}

/** `plan import` and `plan export`. */
async function runPlan(
  values: ReturnType<typeof parse>['values'],
  action: string | undefined,
  extra: string[],
): Promise<void> {
  if (action !== 'import' && action !== 'export') {
    throw new UsageError(
      action ? `unknown plan action "${action}": import or export` : 'plan import or plan export?',
    );
  }
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
  if (action === 'import') {
    if (!values.file) throw new UsageError('plan import needs --file FILE (.json or .xlsx)');
    if ((values.delegation === undefined) === (values.expo === undefined)) {
      throw new UsageError('plan import needs --delegation REF or --expo KEY, one of the two');
    }
  } else if (values.delegation === undefined) {
    throw new UsageError('plan export needs --delegation (e.g. --delegation CIIE-6/GS)');
  }
  const format = planFormatOf(values.format, action === 'import' ? values.file : values.out);
  if (
    action === 'export' &&
    format === 'XLSX' &&
    values.out === undefined &&
    process.stdout.isTTY
  ) {
    throw new UsageError('an XLSX plan is a binary file: give --out FILE.xlsx');
  }
  const { url, token } = endpoint(values);
  const client = createClient({ url, token });
  try {
    if (action === 'export') {
      const delegation = await findDelegation(client, values.delegation!);
      const { exportPlan } = await client.request(ExportPlanDocument, {
        delegationId: delegation.id,
        format,
      });
      const output = format === 'XLSX' ? Buffer.from(exportPlan, 'base64') : `${exportPlan}\n`;
      if (values.out !== undefined) {
        await writeFile(values.out, output);
        process.stderr.write(`wrote the plan of ${values.delegation} to ${values.out}\n`);
      } else {
        process.stdout.write(output);
      }
      return;
    }
    const bytes = await readFile(values.file!);
    const file = format === 'XLSX' ? bytes.toString('base64') : bytes.toString('utf8');
    let target: { delegationId: string } | { expoId: string };
    if (values.delegation !== undefined) {
      target = { delegationId: (await findDelegation(client, values.delegation)).id };
    } else {
      const { expo } = await client.request(ExpoSetupDocument, { key: values.expo! });
      if (!expo) throw new ReportError(`no edition "${values.expo}" that this token may read`);
      target = { expoId: expo.id };
    }
    const { importPlan } = await client.request(ImportPlanDocument, {
      input: { ...target, format, file, dryRun: values['dry-run'] ?? false },
    });
    const c = importPlan.counts;
    process.stderr.write(
      `${importPlan.dryRun ? 'checked (dry run, nothing written)' : importPlan.replaced ? 'replaced the structure with' : 'imported'}: ` +
        `${c.memberUnits} member units, ${c.leadingGroup} in the leading group, ${c.subDelegations} sub-delegations, ` +
        `${c.leads} lead units, ${c.responsibilities} duties, ${c.contacts} contacts` +
        `${importPlan.delegation ? ` (delegation ${importPlan.delegation.key})` : ''}\n`,
    );
  } catch (error) {
    if (error instanceof DelegationHubError) throw new ReportError(describe(error, url));
    throw error;
  }
}

async function run(argv: string[]): Promise<void> {
  const { values, positionals } = parse(argv);
  if (values.help) {
    process.stdout.write(USAGE);
    return;
  }
  const [command, report, ...extra] = positionals;
  if (command === 'plan') return runPlan(values, report, extra);
  if (command !== 'report') {
    throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
  }
  if (!report) throw new UsageError('which report? deals, progress or deal-list');
  if (!['deals', 'progress', 'deal-list'].includes(report)) {
    throw new UsageError(`unknown report "${report}": deals, progress or deal-list`);
  }
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);

  const format = formatOf(values.format, values.out);
  const groupBy = groupByOf(values['group-by']);
  const filter = filterOf(values['filter-json']);
  const pageSize = pageSizeOf(values['page-size']);
  if (report === 'progress' && values.delegation === undefined) {
    throw new UsageError('report progress needs --delegation (e.g. --delegation CIIE-5/QH)');
  }
  if (format === 'xlsx' && values.out === undefined && process.stdout.isTTY) {
    throw new UsageError('--format xlsx writes a binary file: give --out FILE.xlsx');
  }
  const { url, token } = endpoint(values);

  const client = createClient({ url, token });
  let table: Table;
  try {
    const delegation =
      values.delegation === undefined ? undefined : await findDelegation(client, values.delegation);
    if (report === 'deals') {
      table = await dealsReport(client, {
        groupBy,
        ...(delegation && { delegation }),
        ...(filter && { filter }),
      });
    } else if (report === 'progress') {
      table = await progressReport(client, delegation!);
    } else {
      table = await dealListReport(client, {
        pageSize,
        ...(delegation && { delegation }),
        ...(filter && { filter }),
        onPage: (fetched, total) => {
          if (total > pageSize) process.stderr.write(`deal-list: ${fetched} of ${total} deals\n`);
        },
      });
    }
  } catch (error) {
    if (error instanceof DelegationHubError) throw new ReportError(describe(error, url));
    throw error;
  }

  const output =
    format === 'xlsx'
      ? await toXlsx(table)
      : format === 'csv'
        ? toCsv(table)
        : toAlignedText(table);
  if (values.out !== undefined) {
    await writeFile(values.out, output);
    process.stderr.write(`wrote ${table.rows.length} rows to ${values.out}\n`);
  } else {
    process.stdout.write(output);
  }
}

try {
  await run(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`delegation-hub: ${error.message} (see --help)\n`);
    process.exitCode = 2;
  } else if (error instanceof ReportError) {
    process.stderr.write(`delegation-hub: ${error.message}\n`);
    process.exitCode = 1;
  } else {
    process.stderr.write(`delegation-hub: ${(error as Error).message ?? String(error)}\n`);
    process.exitCode = 1;
  }
}
