import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DealAggregateDocument,
  RecruitmentProgressDocument,
  type DealAggregateQuery,
} from '../../sdk/src/index.js';
import { displayWidth } from '../../cli/src/report/table.js';
import { toGlobalId } from '../../server/src/graphql/relay.js';
import { approvedPurchaser, insertDeal } from '../helpers/fixtures.js';
import { useTestServer } from '../helpers/server.js';

const root = path.resolve(new URL('../..', import.meta.url).pathname);
// the compiled CLI, as `npx delegation-hub` runs it (built by the global setup: npm run sdk:build)
const CLI = path.join(root, 'cli/dist/cli.js');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8' },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** Cells of an aligned table line, cut at the columns the rule under the header marks. */
function cells(line: string, rule: string): string[] {
  // one entry per terminal column: a wide (CJK) character fills two
  const columns: string[] = [];
  for (const char of line) {
    columns.push(char);
    if (displayWidth(char) === 2) columns.push('');
  }
  const spans = [...rule.matchAll(/-+/g)].map((m) => [m.index!, m.index! + m[0].length]);
  for (const [i, [start]] of spans.entries()) {
    // two spaces between columns, nothing hanging over from the column before
    if (i > 0) expect(columns.slice(start! - 2, start).join(''), line).toBe('  ');
  }
  return spans.map(([start, end]) => columns.slice(start, end).join('').trim());
}

describe('delegation-hub report (the SDK CLI) against a running server', () => {
  const t = useTestServer();
  let dir: string;
  let env: Record<string, string>;
  let aggregate: DealAggregateQuery['dealAggregate'];

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'delegation-hub-report-'));
    env = {
      DELEGATION_HUB_URL: t.url,
      DELEGATION_HUB_TOKEN: await t.token('DELEGATION_OFFICE', 'CIIE-5/QH'),
    };
    const health = await approvedPurchaser(t.sql, { subDelegation: 'HEALTH' });
    const commerce = await approvedPurchaser(t.sql, { subDelegation: 'COMMERCE' });
    await insertDeal(t.sql, health, '1234567.89');
    await insertDeal(t.sql, health, '0.11');
    await insertDeal(t.sql, commerce, '2500.00');
    const quoted = await insertDeal(t.sql, commerce, '99.90');
    // a field CSV must quote: a comma and quotes
    await t.sql.query(`update deal set goods = $2 where id = $1`, [
      quoted,
      'Yak wool, "premium" grade',
    ]);
    const client = await t.client('DELEGATION_OFFICE', 'CIIE-5/QH');
    const qh = (await t.sql.query(`select id from delegation where key = 'QH'`)).rows[0].id;
    ({ dealAggregate: aggregate } = await client.request(DealAggregateDocument, {
      groupBy: ['SUB_DELEGATION', 'STATUS'],
      filter: { delegation: { eq: toGlobalId('Delegation', qh) } },
    }));
    expect(aggregate.length).toBe(2);
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const DEALS = [
    'report',
    'deals',
    '--delegation',
    'CIIE-5/QH',
    '--group-by',
    'SUB_DELEGATION,STATUS',
  ];

  it('prints deal totals as an aligned table, with the dealAggregate numbers and a total', async () => {
    const run = await cli(DEALS, env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    const rule = lines[1]!;
    const header = cells(lines[0]!, rule);
    expect(header).toEqual([
      'sub_delegation',
      'sub_delegation_name',
      'status',
      'count',
      'sum_usd',
      'avg_usd',
      'min_usd',
      'max_usd',
    ]);
    // every line is as wide as the rule: numbers end at their column's right edge
    for (const line of lines) expect(displayWidth(line), line).toBe(displayWidth(rule));
    const rows = lines.slice(2, 2 + aggregate.length).map((line) => cells(line, rule));
    const money = (value: string | null | undefined) =>
      value!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    expect(rows).toEqual(
      aggregate.map((g) => [
        g.subDelegation!.key,
        g.subDelegation!.nameZh,
        g.status,
        String(g.count),
        money(g.sumUsd.split('.')[0]) + '.' + g.sumUsd.split('.')[1],
        money(g.avgUsd!.split('.')[0]) + '.' + g.avgUsd!.split('.')[1],
        money(g.minUsd!.split('.')[0]) + '.' + g.minUsd!.split('.')[1],
        money(g.maxUsd!.split('.')[0]) + '.' + g.maxUsd!.split('.')[1],
      ]),
    );
    expect(lines.at(-2)).toBe(rule);
    expect(cells(lines.at(-1)!, rule)).toEqual([
      'total',
      '',
      '',
      '4',
      '1,237,167.90',
      '309,291.98',
      '0.11',
      '1,234,567.89',
    ]);
  });

  it('writes CSV (RFC 4180) with exact amounts, and quotes fields that need it', async () => {
    const run = await cli([...DEALS, '--format', 'csv'], env);
    expect(run.code).toBe(0);
    expect(run.stdout.endsWith('\r\n')).toBe(true);
    const lines = run.stdout.split('\r\n').slice(0, -1);
    expect(lines[0]).toBe(
      'sub_delegation,sub_delegation_name,status,count,sum_usd,avg_usd,min_usd,max_usd',
    );
    expect(lines.slice(1)).toEqual(
      aggregate.map((g) =>
        [
          g.subDelegation!.key,
          g.subDelegation!.nameZh,
          g.status,
          g.count,
          g.sumUsd,
          g.avgUsd,
          g.minUsd,
          g.maxUsd,
        ].join(','),
      ),
    );

    const list = await cli(
      ['report', 'deal-list', '--delegation', 'CIIE-5/QH', '--format', 'csv', '--page-size', '3'],
      env,
    );
    expect(list.code).toBe(0);
    // paging is shown on stderr, the data stays clean on stdout
    expect(list.stderr).toBe('deal-list: 3 of 4 deals\ndeal-list: 4 of 4 deals\n');
    const records = list.stdout.split('\r\n').slice(0, -1);
    expect(records).toHaveLength(5);
    // each deal once, however the pages fell
    expect(new Set(records.map((r) => r.split(',')[0])).size).toBe(5);
    expect(records[0]).toMatch(/^id,status,signed_on,created_at,delegation,sub_delegation,/);
    expect(list.stdout).toContain(',"Yak wool, ""premium"" grade",USD,99.90,');
    expect(records.filter((r) => r.includes(',HEALTH,'))).toHaveLength(2);
  });

  it('writes XLSX that reads back with the same numbers', async () => {
    const file = path.join(dir, 'deals.xlsx');
    const run = await cli([...DEALS, '--out', file], env);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`wrote ${aggregate.length} rows to ${file}`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet('Deals')!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'sub_delegation',
      'sub_delegation_name',
      'status',
      'count',
      'sum_usd',
      'avg_usd',
      'min_usd',
      'max_usd',
    ]);
    expect(sheet.rowCount).toBe(1 + aggregate.length);
    aggregate.forEach((g, i) => {
      expect(sheet.getRow(i + 2).values).toEqual([
        undefined,
        g.subDelegation!.key,
        g.subDelegation!.nameZh,
        g.status,
        g.count,
        Number(g.sumUsd),
        Number(g.avgUsd),
        Number(g.minUsd),
        Number(g.maxUsd),
      ]);
    });
    // amounts show to the cent
    expect(sheet.getRow(2).getCell(5).numFmt).toBe('#,##0.00');
  });

  it('reports recruitment progress per sub-delegation with the server’s counts', async () => {
    const run = await cli(
      ['report', 'progress', '--delegation', 'CIIE-5/QH', '--format', 'csv'],
      env,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const client = await t.client('DELEGATION_OFFICE', 'CIIE-5/QH');
    const qh = (await t.sql.query(`select id from delegation where key = 'QH'`)).rows[0].id;
    const { recruitmentProgress } = await client.request(RecruitmentProgressDocument, {
      delegationId: toGlobalId('Delegation', qh),
    });
    const rows = run.stdout.split('\r\n').slice(1, -1);
    const subRows = rows.filter((r) => r.split(',')[2] === '');
    expect(subRows).toEqual(
      recruitmentProgress!.subDelegations.map((s) =>
        [
          s.subDelegation!.key,
          s.subDelegation!.nameZh,
          '',
          s.target,
          s.invited,
          s.registered,
          s.approved,
          s.reported,
          s.rejected,
          s.withdrawn,
          s.targetMet,
        ].join(','),
      ),
    );
    // the two approved purchasers of this test count where they belong
    expect(subRows.find((r) => r.startsWith('HEALTH,'))!.split(',')[6]).toBe('1');
  });

  it('refuses bad arguments with one clear line and exit status 2', async () => {
    const cases: [string[], RegExp][] = [
      [['report', 'deals', '--group-by', 'SECTOR'], /unknown dimension "SECTOR"; one of EXPO,/],
      [['report', 'deals', '--format', 'pdf'], /--format: "pdf" is not one of table, csv, xlsx/],
      [['report', 'deals', '--filter-json', '{status'], /--filter-json is not valid JSON/],
      [['report', 'deals', '--delegaton', 'QH'], /Unknown option '--delegaton'/],
      [['report', 'sales'], /unknown report "sales"/],
      [['report', 'progress'], /needs --delegation/],
      [['report', 'deal-list', '--page-size', '0'], /--page-size: "0"/],
      [['export'], /unknown command "export"/],
    ];
    for (const [args, message] of cases) {
      const run = await cli(args, env);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr, args.join(' ')).toMatch(/^delegation-hub: .+\n$/);
      expect(run.stderr).toMatch(message);
    }
    const noToken = await cli(['report', 'deals'], { DELEGATION_HUB_URL: t.url });
    expect(noToken.code).toBe(2);
    expect(noToken.stderr).toBe(
      'delegation-hub: no token: give --token or set DELEGATION_HUB_TOKEN (see --help)\n',
    );
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: delegation-hub report <report> [options]');
  });

  it('exits 1 with one clear line when the server refuses the token or the filter', async () => {
    const refused = await cli([...DEALS, '--token', 'not-a-token'], env);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(
      /^delegation-hub: the server refused the token \(UNAUTHENTICATED\): .+\n$/,
    );

    const badFilter = await cli([...DEALS, '--filter-json', '{"colour":{"eq":"red"}}'], env);
    expect(badFilter.code).toBe(1);
    expect(badFilter.stderr).toMatch(/^delegation-hub: .*colour.*\n$/);

    const elsewhere = await cli([...DEALS.slice(0, 3), 'CIIE-5/XX'], env);
    expect(elsewhere.code).toBe(1);
    expect(elsewhere.stderr).toBe(
      'delegation-hub: no delegation "CIIE-5/XX" that this token may read\n',
    );
  });

  it('speaks Chinese with --lang zh (or a zh locale): headings, labels, its own and the server’s messages', async () => {
    const run = await cli(['report', 'progress', '--delegation', 'CIIE-5/QH', '--lang', 'zh'], env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    const rule = lines[1]!;
    expect(cells(lines[0]!, rule)).toEqual([
      '交易分团',
      '交易分团名称',
      '牵头单位',
      '目标',
      '已邀请',
      '已报名',
      '已审核',
      '已上报',
      '已驳回',
      '已撤回',
      '达标',
    ]);
    // wide headings and Chinese names line up; flags and the total are said in Chinese
    const health = cells(
      lines.find((l) => l.startsWith('HEALTH'))!,
      rule,
    );
    expect(health[2]).toBe('—');
    expect(['是', '否']).toContain(health[10]);
    expect(cells(lines.at(-1)!, rule)[0]).toBe('合计');

    // CSV keeps its snake_case header: it is read by programs
    const csv = await cli(
      ['report', 'progress', '--delegation', 'CIIE-5/QH', '--format', 'csv', '--lang', 'zh'],
      env,
    );
    expect(csv.stdout.split('\r\n')[0]).toMatch(/^sub_delegation,sub_delegation_name,lead_unit,/);

    // the server answers in the same language (Accept-Language), its code as it is
    const refused = await cli([...DEALS, '--token', 'not-a-token', '--lang', 'zh'], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /^delegation-hub: 服务器拒绝了令牌（UNAUTHENTICATED）：令牌无效：.+\n$/,
    );
    const elsewhere = await cli([...DEALS.slice(0, 3), 'CIIE-5/XX', '--lang', 'zh'], env);
    expect(elsewhere.stderr).toBe('delegation-hub: 没有该令牌可读取的交易团“CIIE-5/XX”\n');

    // the locale decides when --lang is not given; --lang wins over it
    const zhLocale = { ...env, LANG: 'zh_CN.UTF-8' };
    const bad = await cli(['report', 'sales'], zhLocale);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(
      'delegation-hub: 未知报表“sales”：deals、progress 或 deal-list（见 --help）\n',
    );
    expect((await cli(['--help'], zhLocale)).stdout).toContain('用法：delegation-hub report');
    const english = await cli(['report', 'sales', '--lang', 'en'], zhLocale);
    expect(english.stderr).toMatch(/unknown report "sales"/);
    const unknown = await cli(['report', 'deals', '--lang', 'fr'], env);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/--lang: "fr" is not zh or en/);
  });
});
