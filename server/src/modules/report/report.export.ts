import type { IncomingMessage, ServerResponse } from 'node:http';
import { newWorkbook } from '../shared/excel.js';
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
import { textOf } from '../../graphql/errors.js';
import { languageOf, msg, translate, type Language } from '../../i18n/message.js';

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

/**
 * The report in English, for a client that asks for it (Accept-Language): each Chinese text of
 * the report (the key; `{0}` where a value goes) and its English. The report is a Chinese
 * document first (sent to the preparatory committee): Chinese is what a client that says
 * nothing gets. Names of units and areas stay as frozen (their Chinese names).
 */
export const REPORT_EN: Readonly<Record<string, string>> = {
  是: 'yes',
  否: 'no',
  合计: 'Total',
  已邀请: 'Invited',
  已报名: 'Registered',
  已审核通过: 'Approved',
  已上报: 'Reported',
  未通过: 'Rejected',
  已撤回: 'Withdrawn',
  数量: 'Count',
  '意向金额（美元）': 'Amount (USD)',
  '合计（不含已取消）': 'Total (without cancelled)',
  '一、采购商招募进度': '1. Purchaser recruitment',
  '按分团及牵头单位（对照目标）': 'By sub-delegation and lead unit (against the targets)',
  '分团 / 牵头单位': 'Sub-delegation / lead unit',
  目标: 'Target',
  是否达标: 'Target met',
  '二、成交情况': '2. Deals',
  '按状态（已取消不计入合计）': 'By status (cancelled deals are in no total)',
  状态: 'Status',
  按展区: 'By exhibition area',
  展区: 'Exhibition area',
  未分展区: 'No exhibition area',
  按分团: 'By sub-delegation',
  分团: 'Sub-delegation',
  未分团: 'No sub-delegation',
  '三、任务督办': '3. Tasks',
  按状态: 'By status',
  其中已逾期: 'Of which overdue',
  '逾期任务（{0} 项）': 'Overdue tasks ({0})',
  任务: 'Task',
  责任单位: 'Owner unit',
  负责人: 'Person in charge',
  截止日期: 'Deadline',
  '进度（%）': 'Progress (%)',
  '四、存在问题': '4. Problems',
  '未关闭问题（{0} 项）': 'Open problems ({0})',
  提出单位: 'Raised by',
  问题: 'Problem',
  答复: 'Answer',
  提出时间: 'Raised at',
  // statuses
  意向: 'Intended',
  已签约: 'Signed',
  执行中: 'Executing',
  已履约: 'Fulfilled',
  已取消: 'Cancelled',
  未开始: 'Open',
  进行中: 'In progress',
  受阻: 'Blocked',
  已完成: 'Done',
  待答复: 'Awaiting an answer',
  已答复: 'Answered',
  已关闭: 'Closed',
  // the page
  '第 {0} 期 · 截至 {1}（北京时间）': 'No. {0} · as of {1} (Beijing time)',
  '报送：筹委会': 'To: the preparatory committee',
  无: 'None',
};

/** The report's texts in `language`: the Chinese text, or its English, with values put in. */
function say(language: Language): (zh: string, ...values: unknown[]) => string {
  return (zh, ...values) => {
    const text = language === 'zh' ? zh : (REPORT_EN[zh] ?? zh);
    return text.replace(/\{(\d+)\}/g, (whole, n: string) =>
      Number(n) < values.length ? String(values[Number(n)]) : whole,
    );
  };
}

const PROBLEM_STATUS_ZH: Record<string, string> = {
  OPEN: '待答复',
  ANSWERED: '已答复',
  CLOSED: '已关闭',
};

const usd = (value: string): number => Number(value);

/** The report's sections as tables: what both files show. */
export function sectionsOf(f: ProgressFigures, language: Language = 'zh'): Section[] {
  const L = say(language);
  const met = (value: boolean | null): string => (value === null ? '—' : value ? L('是') : L('否'));
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
  recruitmentRows.push([L('合计'), r.target, ...counts(r), met(r.targetMet)]);
  const countColumns = [
    L('已邀请'),
    L('已报名'),
    L('已审核通过'),
    L('已上报'),
    L('未通过'),
    L('已撤回'),
  ];
  const dealColumns = (first: string) => [
    { header: first, kind: 'text' as const },
    { header: L('数量'), kind: 'count' as const },
    { header: L('意向金额（美元）'), kind: 'usd' as const },
  ];
  const dealTotal: Cell[] = [L('合计（不含已取消）'), f.deals.count, usd(f.deals.sumUsd)];
  return [
    {
      section: ReportSection.RECRUITMENT,
      title: L('一、采购商招募进度'),
      tables: [
        {
          caption: L('按分团及牵头单位（对照目标）'),
          columns: [
            { header: L('分团 / 牵头单位'), kind: 'text' },
            { header: L('目标'), kind: 'count' },
            ...countColumns.map((header) => ({ header, kind: 'count' as const })),
            { header: L('是否达标'), kind: 'text' },
          ],
          rows: recruitmentRows,
          total: true,
        },
      ],
    },
    {
      section: ReportSection.DEALS,
      title: L('二、成交情况'),
      tables: [
        {
          caption: L('按状态（已取消不计入合计）'),
          columns: dealColumns(L('状态')),
          rows: [
            ...f.deals.byStatus.map((s) => [L(DEAL_STATUS_ZH[s.status]), s.count, usd(s.sumUsd)]),
            dealTotal,
          ],
          total: true,
        },
        {
          caption: L('按展区'),
          columns: dealColumns(L('展区')),
          rows: [
            ...f.deals.byArea.map((a) => [
              nameIn(f, a.exhibitionAreaId, L('未分展区')),
              a.count,
              usd(a.sumUsd),
            ]),
            dealTotal,
          ],
          total: true,
        },
        {
          caption: L('按分团'),
          columns: dealColumns(L('分团')),
          rows: [
            ...f.deals.bySubDelegation.map((s) => [
              nameIn(f, s.subDelegationId, L('未分团')),
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
      title: L('三、任务督办'),
      tables: [
        {
          caption: L('按状态'),
          columns: [
            { header: L('状态'), kind: 'text' },
            { header: L('数量'), kind: 'count' },
          ],
          rows: [
            ...f.tasks.byStatus.map((s) => [L(TASK_STATUS_ZH[s.status]), s.count]),
            [L('其中已逾期'), f.tasks.overdue.length],
            [L('合计'), f.tasks.count],
          ],
          total: true,
        },
        {
          caption: L('逾期任务（{0} 项）', f.tasks.overdue.length),
          columns: [
            { header: L('任务'), kind: 'text' },
            { header: L('责任单位'), kind: 'text' },
            { header: L('负责人'), kind: 'text' },
            { header: L('截止日期'), kind: 'text' },
            { header: L('状态'), kind: 'text' },
            { header: L('进度（%）'), kind: 'count' },
          ],
          rows: f.tasks.overdue.map((t) => [
            t.title,
            nameIn(f, t.ownerOrganisationId),
            t.personInCharge,
            t.deadline,
            L(TASK_STATUS_ZH[t.status]),
            t.percent,
          ]),
        },
      ],
    },
    {
      section: ReportSection.PROBLEMS,
      title: L('四、存在问题'),
      tables: [
        {
          caption: L('未关闭问题（{0} 项）', f.problems.open.length),
          columns: [
            { header: L('提出单位'), kind: 'text' },
            { header: L('问题'), kind: 'text' },
            { header: L('状态'), kind: 'text' },
            { header: L('答复'), kind: 'text' },
            { header: L('提出时间'), kind: 'text' },
          ],
          rows: f.problems.open.map((p) => [
            nameIn(f, p.organisationId),
            p.text,
            L(PROBLEM_STATUS_ZH[p.status] ?? p.status),
            p.answer,
            shanghai(new Date(p.createdAt), language),
          ]),
        },
      ],
    },
  ];
}

const SHANGHAI = Object.fromEntries(
  (['zh', 'en'] as const).map((language) => [
    language,
    new Intl.DateTimeFormat(language === 'zh' ? 'zh-CN' : 'en-GB', {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hour12: false,
    }),
  ]),
) as Record<Language, Intl.DateTimeFormat>;
/** A moment as a Shanghai date and time: 2026年12月7日 08:15 (7 December 2026 at 08:15). */
export const shanghai = (at: Date, language: Language = 'zh'): string =>
  SHANGHAI[language].format(at);

const COUNT = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 });
const USD = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** The report's header line: 第 n 期 · 截至 <date> · <who>. */
function subtitle(report: ProgressReport, language: Language = 'zh'): string {
  return say(language)(
    '第 {0} 期 · 截至 {1}（北京时间）',
    report.number,
    shanghai(new Date(report.frozenAt), language),
  );
}

export async function progressReportXlsx(report: ProgressReport): Promise<Buffer> {
  const book = await newWorkbook();
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
function pageBoxes(report: ProgressReport, language: Language): string {
  const pages =
    language === 'zh'
      ? `"第 " counter(page) " 页 / 共 " counter(pages) " 页"`
      : `"Page " counter(page) " of " counter(pages)`;
  return `@page {
  @top-left { content: "${cssString(report.title)}"; font-size: 8pt; }
  @top-right { content: "${cssString(subtitle(report, language))}"; font-size: 8pt; }
  @bottom-center { content: ${pages}; font-size: 8pt; }
}`;
}

/** The report as a page that prints on A4, in Chinese or (asked for) English. */
export function progressReportHtml(report: ProgressReport, language: Language = 'zh'): string {
  const L = say(language);
  const sections = sectionsOf(report.figures, language)
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
            : `<tr><td colspan="${table.columns.length}">${L('无')}</td></tr>`;
          return `<table><caption>${escape(table.caption)}</caption><thead><tr>${head}</tr></thead><tbody>\n${rows}\n</tbody></table>`;
        })
        .join('\n');
      return `<section id="${section.section.toLowerCase()}"><h2>${escape(section.title)}</h2>\n${tables}</section>`;
    })
    .join('\n');
  const note = report.note ? `<p class="note">${escape(report.note)}</p>` : '';
  return `<!doctype html>
<html lang="${language === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<title>${escape(report.title)}</title>
<style>${PRINT_CSS}${pageBoxes(report, language)}
</style>
</head>
<body>
<header>
<h1>${escape(report.title)}</h1>
<p>${escape(subtitle(report, language))} · ${L('报送：筹委会')}</p>
${note}
</header>
${sections}
</body>
</html>
`;
}

/**
 * The language of the HTML report: the one the client asks for in `Accept-Language` (English
 * unless it prefers Chinese); Chinese, the report's own, when it says nothing (no header, or
 * `*` as Node's fetch sends).
 */
export function reportLanguageOf(acceptLanguage: string | undefined): Language {
  return !acceptLanguage || acceptLanguage.trim() === '*' ? 'zh' : languageOf(acceptLanguage);
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
  // refusals in the language asked for, as the GraphQL endpoint's
  const asked = languageOf(req.headers['accept-language']);
  let viewer;
  try {
    viewer = await app.authenticator.authenticate(req.headers.authorization);
  } catch (error) {
    if (error instanceof GraphQLError) return answer(res, 401, translate(textOf(error), asked));
    throw error;
  }
  if (!viewer.authenticated) {
    const needed = msg`A token is needed: send "Authorization: Bearer <token>"`;
    return answer(res, 401, translate(needed, asked));
  }
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
  const html = progressReportHtml(report, reportLanguageOf(req.headers['accept-language']));
  res.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'content-disposition': `inline; filename="${name}.html"`,
    'cache-control': 'private, no-store',
  });
  res.end(html);
}
