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
import { languageOf, t, useLanguage } from './i18n.js';

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
  --lang zh|en       language of the output and of the server's error messages (default zh
                     when LC_ALL, LC_MESSAGES or LANG starts with zh, else en)
  -h, --help         show this help

Exit status: 0 done, 1 the server refused or failed, 2 bad arguments.
`;

const USAGE_ZH = `用法：delegation-hub report <报表> [选项]
      delegation-hub plan import --file FILE (--delegation REF | --expo KEY) [--dry-run]
      delegation-hub plan export --delegation REF [--out FILE] [--format json|xlsx]

报表：
  deals       成交笔数及美元合计/平均/最小/最大，按维度分组（dealAggregate），并给出合计；
                已取消的成交不计入任何合计（按 STATUS 分组时单列一行）
                --group-by 维度,维度  默认 SUB_DELEGATION；可选
                                      ${DEAL_GROUP_BY.join(', ')}
                --filter-json JSON    DealFilter，例如 '{"status":{"in":["SIGNED"]}}'
  progress    采购商招募对照目标的进度，按交易分团及牵头单位（需要 --delegation）
  deal-list   全部成交，每笔一行，分页获取
                --filter-json JSON    DealFilter
                --page-size N         每次请求的成交数（1-500，默认 200）

方案（交易团方案文件：与内置青海方案同结构的 JSON，或每部分一个工作表的 XLSX；
格式按文件扩展名确定，除非给出 --format）：
  import      将 --file FILE 导入 --delegation 指定的交易团（其 DELEGATION_OFFICE），或作为
                --expo KEY 指定届次的新交易团（其 EXPO_BUREAU）；--dry-run 只检查、不写入。
                文件中的每处错误都会列出（JSON 路径或 工作表!单元格），且不写入任何内容。
  export      将 --delegation 的方案写到 --out FILE（或标准输出）

选项：
  --delegation REF   EXPO/KEY（例如 CIIE-5/QH）或交易团的全局 ID
  --format FORMAT    table（默认）、csv 或 xlsx；--out FILE.csv/.xlsx 隐含该格式
                     （方案：json 或 xlsx）
  --out FILE         写入 FILE 而不是标准输出
  --url URL          GraphQL 端点（默认 $DELEGATION_HUB_URL 或 ${DEFAULT_URL}）
  --token TOKEN      访问令牌（默认 $DELEGATION_HUB_TOKEN）
  --lang zh|en       输出及服务器错误信息的语言（LC_ALL、LC_MESSAGES 或 LANG 以 zh 开头时
                     默认 zh，否则 en）
  -h, --help         显示本帮助

退出状态：0 完成，1 服务器拒绝或失败，2 参数错误。
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
  lang: { type: 'string' },
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
        t`--group-by: unknown dimension "${name}"; one of ${DEAL_GROUP_BY.join(', ')}`,
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
    throw new UsageError(t`--filter-json is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof filter !== 'object' || filter === null || Array.isArray(filter)) {
    throw new UsageError(t`--filter-json must be a JSON object (a DealFilter)`);
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
    throw new UsageError(t`--format: "${raw}" is not one of ${FORMATS.join(', ')}`);
  }
  return raw as Format;
}

function pageSizeOf(raw: string | undefined): number {
  if (raw === undefined) return 200;
  const size = Number(raw);
  if (!Number.isInteger(size) || size < 1 || size > 500) {
    throw new UsageError(t`--page-size: "${raw}" is not a whole number from 1 to 500`);
  }
  return size;
}

/** One line saying what went wrong, in the user's terms. */
function describe(error: DelegationHubError, url: string): string {
  const detail = error.message.replace(/\s+/g, ' ');
  switch (error.code) {
    case 'UNAUTHENTICATED':
      return t`the server refused the token (UNAUTHENTICATED): ${detail}`;
    case 'FORBIDDEN':
      return t`this token may not read that (FORBIDDEN): ${detail}`;
    case 'NETWORK_ERROR':
      return t`cannot reach ${url}: ${detail}`;
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
    throw new UsageError(t`--url: "${url}" is not a URL`);
  }
  const token = values.token ?? process.env['DELEGATION_HUB_TOKEN'];
  if (!token) throw new UsageError(t`no token: give --token or set DELEGATION_HUB_TOKEN`);
  return { url, token };
}

function planFormatOf(raw: string | undefined, file: string | undefined): PlanFormat {
  const given = raw ?? (file?.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'json');
  if (!['json', 'xlsx'].includes(given.toLowerCase())) {
    throw new UsageError(t`--format: "${given}" is not json or xlsx`);
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
      action
        ? t`unknown plan action "${action}": import or export`
        : t`plan import or plan export?`,
    );
  }
  if (extra.length > 0) throw new UsageError(t`unexpected argument "${extra[0]}"`);
  if (action === 'import') {
    if (!values.file) throw new UsageError(t`plan import needs --file FILE (.json or .xlsx)`);
    if ((values.delegation === undefined) === (values.expo === undefined)) {
      throw new UsageError(t`plan import needs --delegation REF or --expo KEY, one of the two`);
    }
  } else if (values.delegation === undefined) {
    throw new UsageError(t`plan export needs --delegation (e.g. --delegation CIIE-6/GS)`);
  }
  const format = planFormatOf(values.format, action === 'import' ? values.file : values.out);
  if (
    action === 'export' &&
    format === 'XLSX' &&
    values.out === undefined &&
    process.stdout.isTTY
  ) {
    throw new UsageError(t`an XLSX plan is a binary file: give --out FILE.xlsx`);
  }
  const { url, token } = endpoint(values);
  const client = createClient({ url, token, headers: { 'accept-language': values.lang! } });
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
        process.stderr.write(`${t`wrote the plan of ${values.delegation} to ${values.out}`}\n`);
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
      if (!expo) throw new ReportError(t`no edition "${values.expo}" that this token may read`);
      target = { expoId: expo.id };
    }
    const { importPlan } = await client.request(ImportPlanDocument, {
      input: { ...target, format, file, dryRun: values['dry-run'] ?? false },
    });
    const c = importPlan.counts;
    const done = importPlan.dryRun
      ? t`checked (dry run, nothing written)`
      : importPlan.replaced
        ? t`replaced the structure with`
        : t`imported`;
    const which = importPlan.delegation ? t` (delegation ${importPlan.delegation.key})` : '';
    process.stderr.write(
      `${t`${done}: ${c.memberUnits} member units, ${c.leadingGroup} in the leading group, ${c.subDelegations} sub-delegations, ${c.leads} lead units, ${c.responsibilities} duties, ${c.contacts} contacts${which}`}\n`,
    );
  } catch (error) {
    if (error instanceof DelegationHubError) throw new ReportError(describe(error, url));
    throw error;
  }
}

async function run(argv: string[]): Promise<void> {
  const { values, positionals } = parse(argv);
  const language = languageOf(values.lang, process.env);
  if (language === undefined) throw new UsageError(t`--lang: "${values.lang}" is not zh or en`);
  useLanguage(language);
  values.lang = language; // sent to the server as Accept-Language
  if (values.help) {
    process.stdout.write(language === 'zh' ? USAGE_ZH : USAGE);
    return;
  }
  const [command, report, ...extra] = positionals;
  if (command === 'plan') return runPlan(values, report, extra);
  if (command !== 'report') {
    throw new UsageError(command ? t`unknown command "${command}"` : t`no command given`);
  }
  if (!report) throw new UsageError(t`which report? deals, progress or deal-list`);
  if (!['deals', 'progress', 'deal-list'].includes(report)) {
    throw new UsageError(t`unknown report "${report}": deals, progress or deal-list`);
  }
  if (extra.length > 0) throw new UsageError(t`unexpected argument "${extra[0]}"`);

  const format = formatOf(values.format, values.out);
  const groupBy = groupByOf(values['group-by']);
  const filter = filterOf(values['filter-json']);
  const pageSize = pageSizeOf(values['page-size']);
  if (report === 'progress' && values.delegation === undefined) {
    throw new UsageError(t`report progress needs --delegation (e.g. --delegation CIIE-5/QH)`);
  }
  if (format === 'xlsx' && values.out === undefined && process.stdout.isTTY) {
    throw new UsageError(t`--format xlsx writes a binary file: give --out FILE.xlsx`);
  }
  const { url, token } = endpoint(values);

  const client = createClient({ url, token, headers: { 'accept-language': language } });
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
          if (total > pageSize) {
            process.stderr.write(`${t`deal-list: ${fetched} of ${total} deals`}\n`);
          }
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
    process.stderr.write(`${t`wrote ${table.rows.length} rows to ${values.out}`}\n`);
  } else {
    process.stdout.write(output);
  }
}

try {
  await run(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`delegation-hub: ${t`${error.message} (see --help)`}\n`);
    process.exitCode = 2;
  } else if (error instanceof ReportError) {
    process.stderr.write(`delegation-hub: ${error.message}\n`);
    process.exitCode = 1;
  } else {
    process.stderr.write(`delegation-hub: ${(error as Error).message ?? String(error)}\n`);
    process.exitCode = 1;
  }
}
