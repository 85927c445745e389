import type { IncomingMessage, ServerResponse } from 'node:http';
import ExcelJS from 'exceljs';
import { GraphQLError } from 'graphql';
import { sql } from '../../db/sql.js';
import type { App } from '../../graphql/context.js';
import { selectRows } from '../../graphql/loaders.js';
import { fromGlobalId } from '../../graphql/relay.js';
import type { RecruitmentCounts } from '../purchaser/purchaser.type.js';
import type { ProgressFigures } from './report.figures.js';
import { PROGRESS_REPORTS } from './report.loader.js';
import { DEAL_STATUS_ZH, nameIn, ReportSection, TASK_STATUS_ZH } from './report.service.js';
import type { ProgressReport } from './report.type.js';

/*
 * A frozen progress report as files: XLSX (exceljs, one sheet a section) and HTML that prints
 * on A4 (a section a page, the report's number and date in the header). Both are made from
 * the same tables ({@link sectionsOf}), of the report's frozen figures and names.
 */

type Cell = string | number | null;
type Kind = 'text' | 'count' | 'usd';

interface Table {
  caption: string;
  columns: { header: string; kind: Kind }[];
  rows: Cell[][];
  /** The last row is a total (bold). */
  total?: boolean;
}

interface Section {
  section: ReportSection;
  title: string;
  tables: Table[];
}

const PROBLEM_STATUS_ZH: Record<string, string> = {
  OPEN: '待答复',
  ANSWERED: '已答复',
  CLOSED: '已关闭',
};

const usd = (value: string): number => Number(value);
const met = (value: boolean | null): string => (value === null ? '—' : value ? '是' : '否');

/** The report's sections as tables: what both files show. */
export function sectionsOf(f: ProgressFigures): Section[] {
  const r = f.recruitment;
  const counts = (x: RecruitmentCounts) => [
    x.invited,
    x.registered,
    x.approved,
    x.reported,
    x.rejected,
    x.withdrawn,
  ];
  const recruitmentRows: Cell[][] = [];
  for (const s of r.subDelegations) {
    recruitmentRows.push([nameIn(f, s.subDelegationId), s.target, ...counts(s), met(s.targetMet)]);
    for (const l of s.leads) {
      recruitmentRows.push([
        `\u3000└ ${nameIn(f, l.organisationId)}`,
        l.target,
        ...counts(l),
        met(l.targetMet),
      ]);
    }
  }
  recruitmentRows.push(['合计', r.target, ...counts(r), met(r.targetMet)]);
  const countColumns = ['已邀请', '已报名', '已审核通过', '已上报', '未通过', '已撤回'];
  const dealColumns = (first: string) => [
    { header: first, kind: 'text' as const },
    { header: '数量', kind: 'count' as const },
    { header: '意向金额（美元）', kind: 'usd' as const },
  ];
  const dealTotal: Cell[] = ['合计（不含已取消）', f.deals.count, usd(f.deals.sumUsd)];
  return [
    {
      section: ReportSection.RECRUITMENT,
      title: '一、采购商招募进度',
      tables: [
        {
          caption: '按分团及牵头单位（对照目标）',
          columns: [
            { header: '分团 / 牵头单位', kind: 'text' },
            { header: '目标', kind: 'count' },
            ...countColumns.map((header) => ({ header, kind: 'count' as const })),
            { header: '是否达标', kind: 'text' },
          ],
          rows: recruitmentRows,
          total: true,
        },
      ],
    },
    {
      section: ReportSection.DEALS,
      title: '二、成交情况',
      tables: [
        {
          caption: '按状态（已取消不计入合计）',
          columns: dealColumns('状态'),
          rows: [
            ...f.deals.byStatus.map((s) => [DEAL_STATUS_ZH[s.status], s.count, usd(s.sumUsd)]),
            dealTotal,
          ],
          total: true,
        },
        {
          caption: '按展区',
          columns: dealColumns('展区'),
          rows: [
            ...f.deals.byArea.map((a) => [
              nameIn(f, a.exhibitionAreaId, '未分展区'),
              a.count,
              usd(a.sumUsd),
            ]),
            dealTotal,
          ],
          total: true,
        },
        {
          caption: '按分团',
          columns: dealColumns('分团'),
          rows: [
            ...f.deals.bySubDelegation.map((s) => [
              nameIn(f, s.subDelegationId, '未分团'),
              s.count,
              usd(s.sumUsd),
            ]),
            dealTotal,
          ],
          total: true,
        },
      ],
    },
    {
      section: ReportSection.TASKS,
      title: '三、任务督办',
      tables: [
        {
          caption: '按状态',
          columns: [
            { header: '状态', kind: 'text' },
            { header: '数量', kind: 'count' },
          ],
          rows: [
            ...f.tasks.byStatus.map((s) => [TASK_STATUS_ZH[s.status], s.count]),
            ['其中已逾期', f.tasks.overdue.length],
            ['合计', f.tasks.count],
          ],
          total: true,
        },
        {
          caption: `逾期任务（${f.tasks.overdue.length} 项）`,
          columns: [
            { header: '任务', kind: 'text' },
            { header: '责任单位', kind: 'text' },
            { header: '负责人', kind: 'text' },
            { header: '截止日期', kind: 'text' },
            { header: '状态', kind: 'text' },
            { header: '进度（%）', kind: 'count' },
          ],
          rows: f.tasks.overdue.map((t) => [
            t.title,
            nameIn(f, t.ownerOrganisationId),
            t.personInCharge,
            t.deadline,
            TASK_STATUS_ZH[t.status],
            t.percent,
          ]),
        },
      ],
    },
    {
      section: ReportSection.PROBLEMS,
      title: '四、存在问题',
      tables: [
        {
          caption: `未关闭问题（${f.problems.open.length} 项）`,
          columns: [
            { header: '提出单位', kind: 'text' },
            { header: '问题', kind: 'text' },
            { header: '状态', kind: 'text' },
            { header: '答复', kind: 'text' },
            { header: '提出时间', kind: 'text' },
          ],
          rows: f.problems.open.map((p) => [
            nameIn(f, p.organisationId),
            p.text,
            PROBLEM_STATUS_ZH[p.status] ?? p.status,
            p.answer,
            shanghai(new Date(p.createdAt)),
          ]),
        },
      ],
    },
  ];
}

const SHANGHAI = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});
/** A moment as a Shanghai date and time: 2026年12月7日 08:15. */
export const shanghai = (at: Date): string => SHANGHAI.format(at);

const COUNT = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 });
const USD = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** The report's header line: 第 n 期 · 截至 <date> · <who>. */
function subtitle(report: ProgressReport): string {
  return `第 ${report.number} 期 · 截至 ${shanghai(new Date(report.frozenAt))}（北京时间）`;
}

export async function progressReportXlsx(report: ProgressReport): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Delegation Hub';
  book.created = new Date(report.frozenAt);
  for (const section of sectionsOf(report.figures)) {
    const sheet = book.addWorksheet(section.title.replace(/^.、/, ''), {
      pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1 },
      headerFooter: { oddHeader: `&L${report.title}&R${subtitle(report)}` },
    });
    sheet.addRow([report.title]).font = { bold: true, size: 14 };
    sheet.addRow([subtitle(report)]);
    sheet.addRow([section.title]).font = { bold: true, size: 12 };
    let widest = 0;
    for (const table of section.tables) {
      sheet.addRow([]);
      sheet.addRow([table.caption]).font = { bold: true };
      const header = sheet.addRow(table.columns.map((c) => c.header));
      header.font = { bold: true };
      table.rows.forEach((cells, i) => {
        const row = sheet.addRow(cells);
        table.columns.forEach((c, j) => {
          if (c.kind === 'usd') row.getCell(j + 1).numFmt = '#,##0.00';
          if (c.kind === 'count') row.getCell(j + 1).numFmt = '#,##0';
        });
        if (table.total && i === table.rows.length - 1) row.font = { bold: true };
      });
      widest = Math.max(widest, table.columns.length);
    }
    for (let j = 1; j <= widest; j += 1) sheet.getColumn(j).width = j === 1 ? 36 : 16;
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

function escape(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

function cellHtml(value: Cell, kind: Kind): string {
  if (value === null) return '<td>—</td>';
  if (kind === 'usd') return `<td class="num">${USD.format(value as number)}</td>`;
  if (kind === 'count' && typeof value === 'number')
    return `<td class="num">${COUNT.format(value)}</td>`;
  return `<td>${escape(String(value))}</td>`;
}

const PRINT_CSS = `
@page { size: A4; margin: 18mm 15mm 18mm 15mm; }
* { box-sizing: border-box; }
body { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", SimSun, serif;
  font-size: 10.5pt; line-height: 1.5; color: #000; margin: 0; }
@media screen { body { max-width: 210mm; margin: 2em auto; padding: 0 15mm; } }
header { border-bottom: 1.5pt solid #000; margin-bottom: 8mm; }
header h1 { font-size: 18pt; text-align: center; margin: 0 0 2mm; }
header p { text-align: center; margin: 0 0 3mm; }
section { break-before: page; page-break-before: always; }
section:first-of-type { break-before: auto; page-break-before: auto; }
h2 { font-size: 14pt; margin: 0 0 4mm; }
table { width: 100%; border-collapse: collapse; margin: 0 0 6mm; page-break-inside: auto; }
caption { text-align: left; font-weight: bold; margin-bottom: 2mm; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { border: 0.5pt solid #444; padding: 1.2mm 2mm; vertical-align: top; }
th { background: #eee; font-weight: bold; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.total td { font-weight: bold; }
.note { white-space: pre-wrap; }
`;

/** Text as a CSS string's content, safe inside a <style> element too (no `<` left as is). */
function cssString(text: string): string {
  return text.replace(/[\\"<>\n\r]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `);
}

/** Each printed page's margins: the title and the number and date above, the page below. */
function pageBoxes(report: ProgressReport): string {
  return `@page {
  @top-left { content: "${cssString(report.title)}"; font-size: 8pt; }
  @top-right { content: "${cssString(subtitle(report))}"; font-size: 8pt; }
  @bottom-center { content: "第 " counter(page) " 页 / 共 " counter(pages) " 页"; font-size: 8pt; }
}`;
}

export function progressReportHtml(report: ProgressReport): string {
  const sections = sectionsOf(report.figures)
    .map((section) => {
      const tables = section.tables
        .map((table) => {
          const head = table.columns.map((c) => `<th>${escape(c.header)}</th>`).join('');
          const rows = table.rows.length
            ? table.rows
                .map((cells, i) => {
                  const total = table.total && i === table.rows.length - 1 ? ' class="total"' : '';
                  const tds = cells.map((v, j) => cellHtml(v, table.columns[j]!.kind)).join('');
                  return `<tr${total}>${tds}</tr>`;
                })
                .join('\n')
            : `<tr><td colspan="${table.columns.length}">无</td></tr>`;
          return `<table><caption>${escape(table.caption)}</caption><thead><tr>${head}</tr></thead><tbody>\n${rows}\n</tbody></table>`;
        })
        .join('\n');
      return `<section id="${section.section.toLowerCase()}"><h2>${escape(section.title)}</h2>\n${tables}</section>`;
    })
    .join('\n');
  const note = report.note ? `<p class="note">${escape(report.note)}</p>` : '';
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${escape(report.title)}</title>
<style>${PRINT_CSS}${pageBoxes(report)}
</style>
</head>
<body>
<header>
<h1>${escape(report.title)}</h1>
<p>${escape(subtitle(report))} · 报送：筹委会</p>
${note}
</header>
${sections}
</body>
</html>
`;
}

const REPORT_PATH = /^\/reports\/progress\/([A-Za-z0-9_-]{1,200})\.(xlsx|html)$/;

function answer(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(message);
}

/**
 * GET /reports/progress/<id>.xlsx|.html with the bearer token of the GraphQL endpoint: the
 * report as a file, for those who read it (as Query.progressReport); 401 without a valid
 * token; 404 for a report that does not exist or that the token's user may not read (the same
 * answer).
 */
export async function serveProgressReport(
  app: Pick<App, 'authenticator' | 'db'>,
  req: IncomingMessage,
  pathname: string,
  res: ServerResponse,
): Promise<void> {
  const [, id, format] = REPORT_PATH.exec(pathname) ?? [];
  let viewer;
  try {
    viewer = await app.authenticator.authenticate(req.headers.authorization);
  } catch (error) {
    if (error instanceof GraphQLError) return answer(res, 401, error.message);
    throw error;
  }
  if (!viewer.authenticated)
    return answer(res, 401, 'A token is needed: send "Authorization: Bearer <token>"');
  const decoded = id ? fromGlobalId(id, 'ProgressReport') : undefined;
  const [report] = decoded
    ? await app.db.read<ProgressReport>(
        selectRows(PROGRESS_REPORTS, viewer, {
          where: sql`rp.id = ${sql.value(decoded.id)}::uuid`,
        }),
        undefined,
        // a report frozen a moment ago by this user is found (read-your-writes, db/replicas.ts)
        { viewer: viewer.user?.id },
      )
    : [];
  if (!report) return answer(res, 404, 'Not found');
  const name = `progress-report-${report.number}`;
  if (format === 'xlsx') {
    const file = await progressReportXlsx(report);
    res.writeHead(200, {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': `attachment; filename="${name}.xlsx"`,
      'content-length': file.length,
      'cache-control': 'private, no-store',
    });
    res.end(file);
    return;
  }
  const html = progressReportHtml(report);
  res.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'content-disposition': `inline; filename="${name}.html"`,
    'cache-control': 'private, no-store',
  });
  res.end(html);
}
