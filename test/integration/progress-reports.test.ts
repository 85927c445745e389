/**
 * Reports up (上报) as the roles meet them through the SDK and HTTP: the office freezes a
 * progress report whose every figure equals what the live queries answer right after; a deal
 * recorded later leaves the report as it was, and the next report differs from it by exactly
 * that deal; two freezes at once get two numbers; the database refuses to change a report; the
 * XLSX and HTML exports hold the figures; a member unit reads no report.
 */
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  CancelDealDocument,
  CreateTaskDocument,
  DealAggregateDocument,
  DealTotalsOfDelegationDocument,
  FreezeProgressReportDocument,
  ProgressReportChangesDocument,
  ProgressReportDocument,
  ProgressReportsDocument,
  RaiseTaskProblemDocument,
  RecordDealDocument,
  RecruitmentProgressDocument,
  TaskAggregateDocument,
  TaskProblemsDocument,
  TasksDocument,
  type DelegationHubClient,
  type ProgressReportFieldsFragment,
} from '../../sdk/src/index.js';
import { fromGlobalId, toGlobalId } from '../../server/src/graphql/relay.js';
import { chromiumMissing, launchChromium } from '../helpers/browser.js';
import { refusal, refusedUnchanged } from '../helpers/refusals.js';
import { useTestServer } from '../helpers/server.js';
import { seeded, tradeExhibitor, tradePurchaser } from '../helpers/trade.js';

const day = (offset: number) =>
  new Date(Date.now() + 8 * 3600_000 + offset * 86_400_000).toISOString().slice(0, 10);

describe('progress reports: the office freezes what the live queries say', () => {
  // no background reminder scan: its rows would land in the middle of the counts read here
  const t = useTestServer({ reminderIntervalMs: 0 });
  let office: DelegationHubClient;
  let analyst: DelegationHubClient;
  let bureau: DelegationHubClient;
  let commerce: DelegationHubClient;
  let delegationId: string;
  let buyers: { gid: string }[];
  let exhibitors: { gid: string }[];
  let areas: Record<string, string>;
  let first: ProgressReportFieldsFragment;

  const deal = (purchaserId: string, exhibitorId: string, amount: string) =>
    office.request(RecordDealDocument, {
      input: { purchaserId, exhibitorId, goods: '牦牛绒梳理设备', amount, currency: 'USD' },
    });

  beforeAll(async () => {
    office = await t.client('DELEGATION_OFFICE', 'CIIE-5/QH');
    analyst = await t.client('ANALYST', 'CIIE-5/QH');
    bureau = await t.client('EXPO_BUREAU', 'CIIE-5');
    commerce = await t.client('MEMBER_UNIT', 'CIIE-5/QH/COMMERCE');
    const ids = await seeded(t.sql);
    delegationId = ids.delegation;
    areas = ids.area;
    buyers = [
      await tradePurchaser(t.sql, { key: 'REPORT_A', subDelegation: 'COMMERCE' }),
      await tradePurchaser(t.sql, { key: 'REPORT_B', subDelegation: 'ECOLOGY' }),
      await tradePurchaser(t.sql, { key: 'REPORT_C', subDelegation: 'HEALTH' }),
    ];
    exhibitors = [
      await tradeExhibitor(t.sql, { name: 'Report Machines AG', area: 'TECH_EQUIPMENT' }),
      await tradeExhibitor(t.sql, { name: 'Report Foods SA', area: 'FOOD_AGRI' }),
    ];
    await deal(buyers[0]!.gid, exhibitors[0]!.gid, '1200000.50');
    await deal(buyers[1]!.gid, exhibitors[1]!.gid, '80000.25');
    const cancelled = (await deal(buyers[2]!.gid, exhibitors[0]!.gid, '5000.00')).recordDeal;
    await office.request(CancelDealDocument, { id: cancelled.id, version: cancelled.version });
    // tasks: two of Commerce, one overdue (its deadline moved back: the API refuses a past one)
    const units = new Map(
      (
        await t.sql.query<{ key: string; id: string }>(
          `select o.key, o.id from member_unit u join organisation o on o.id = u.organisation_id`,
        )
      ).rows.map((u) => [u.key, u.id]),
    );
    const task = async (unit: string, title: string) =>
      (
        await office.request(CreateTaskDocument, {
          input: {
            delegationId,
            ownerOrganisationId: toGlobalId('Organisation', units.get(unit)!),
            title,
            personInCharge: '王芳',
            deadline: day(10),
          },
        })
      ).createTask;
    const late = await task('COMMERCE', '邀请青海本地采购商');
    await task('COMMERCE', '组织采购对接会');
    await task('HEALTH', '医疗器械采购需求征集');
    await t.sql.query(`update task set deadline = current_date - 3 where id = $1`, [
      fromGlobalId(late.id)!.id,
    ]);
    await commerce.request(RaiseTaskProblemDocument, {
      input: { taskId: late.id, text: '展会期间酒店房间紧张' },
    });
  });

  /** What the live queries answer for the delegation now, shaped as a report holds it. */
  async function live(client: DelegationHubClient) {
    const delegation = { eq: delegationId };
    const [recruitment, totals, byArea, byStatus, overdue, problems] = await Promise.all([
      client.request(RecruitmentProgressDocument, { delegationId }),
      client.request(DealTotalsOfDelegationDocument, { delegationId }),
      client.request(DealAggregateDocument, {
        filter: { delegation },
        groupBy: ['EXHIBITION_AREA'],
      }),
      client.request(TaskAggregateDocument, { filter: { delegation }, groupBy: ['STATUS'] }),
      client.request(TasksDocument, { filter: { delegation, overdue: { eq: true } }, first: 100 }),
      client.request(TaskProblemsDocument, {
        filter: { delegation, status: { in: ['OPEN', 'ANSWERED'] } },
        first: 100,
      }),
    ]);
    return {
      recruitment: recruitment.recruitmentProgress,
      deals: totals.dealTotals,
      dealsByArea: byArea.dealAggregate,
      tasksByStatus: byStatus.taskAggregate.map((g) => ({ status: g.status, count: g.count })),
      taskCount: byStatus.taskAggregate.reduce((sum, g) => sum + g.count, 0),
      overdue: overdue.tasks.edges.map((e) => e.node.id),
      problems: problems.taskProblems.edges.map((e) => e.node.id).sort(),
    };
  }

  const frozen = (report: ProgressReportFieldsFragment) => ({
    recruitment: report.recruitment,
    deals: report.deals,
    dealsByArea: report.dealsByArea,
    tasksByStatus: report.tasksByStatus,
    taskCount: report.taskCount,
    overdue: report.overdueTasks.map((task) => task.task!.id),
    problems: report.openProblems.map((p) => p.problem!.id).sort(),
  });

  it("freezes report 1, every figure equal to the live queries' right after", async () => {
    first = (
      await office.request(FreezeProgressReportDocument, {
        input: { delegationId, note: '截至目前进展' },
      })
    ).freezeProgressReport;
    expect(first).toMatchObject({
      number: 1,
      title: '第五届进博会青海省交易团 工作进展报告（第 1 期）',
      note: '截至目前进展',
      delegation: { id: delegationId },
    });
    const now = await live(office);
    expect(frozen(first)).toEqual(now);
    // the figures are the ones made above, not empty ones equal by chance
    expect(first.deals).toMatchObject({ count: 2, sumUsd: '1280000.75' });
    expect(first.deals.byStatus.find((s) => s.status === 'CANCELLED')).toMatchObject({
      count: 1,
      sumUsd: '5000.00',
    });
    const byArea = first.dealsByArea.map((g) => [g.exhibitionArea?.key, g.count, g.sumUsd]);
    expect(byArea).toHaveLength(2);
    expect(byArea).toEqual(
      expect.arrayContaining([
        ['TECH_EQUIPMENT', 1, '1200000.50'],
        ['FOOD_AGRI', 1, '80000.25'],
      ]),
    );
    expect(first.recruitment.approved).toBe(3);
    expect(first.taskCount).toBe(3);
    expect(first.overdueTasks).toEqual([
      expect.objectContaining({
        title: '邀请青海本地采购商',
        owner: expect.objectContaining({ key: 'COMMERCE' }),
      }),
    ]);
    expect(first.openProblems).toEqual([
      expect.objectContaining({ text: '展会期间酒店房间紧张', status: 'OPEN' }),
    ]);
    // the analyst and the expo bureau of the edition read it alike
    for (const reader of [analyst, bureau]) {
      expect(
        (await reader.request(ProgressReportDocument, { id: first.id })).progressReport,
      ).toEqual(first);
    }
  });

  it('a deal recorded later leaves report 1 as it was; report 2 differs by exactly that deal', async () => {
    await deal(buyers[0]!.gid, exhibitors[1]!.gid, '999.99');
    const again = (await office.request(ProgressReportDocument, { id: first.id })).progressReport;
    expect(again).toEqual(first);
    const second = (await office.request(FreezeProgressReportDocument, { input: { delegationId } }))
      .freezeProgressReport;
    expect(second.number).toBe(2);
    expect(frozen(second)).toEqual(await live(office));
    const { progressReportChanges: changes } = await office.request(ProgressReportChangesDocument, {
      id: second.id,
      onlyChanged: true,
    });
    expect(changes).toMatchObject({ report: { number: 2 }, previous: { number: 1 } });
    const commerceSub = fromGlobalId(
      second.deals.bySubDelegation.find((s) => s.subDelegation?.key === 'COMMERCE')!.subDelegation!
        .id,
    )!.id;
    const food = fromGlobalId(areas.FOOD_AGRI!)!.id;
    const changed = Object.fromEntries(
      changes!.figures.map((f) => [f.key, [f.previous, f.current, f.difference]]),
    );
    expect(changed).toEqual({
      'deals.total.count': ['2', '3', '1'],
      'deals.total.sumUsd': ['1280000.75', '1281000.74', '999.99'],
      'deals.status.INTENDED.count': ['2', '3', '1'],
      'deals.status.INTENDED.sumUsd': ['1280000.75', '1281000.74', '999.99'],
      [`deals.sub.${commerceSub}.count`]: ['1', '2', '1'],
      [`deals.sub.${commerceSub}.sumUsd`]: ['1200000.50', '1201000.49', '999.99'],
      [`deals.area.${food}.count`]: ['1', '2', '1'],
      [`deals.area.${food}.sumUsd`]: ['80000.25', '81000.24', '999.99'],
    });
    expect(changes!.overdueTasksAdded).toEqual([]);
    expect(changes!.openProblemsRemoved).toEqual([]);
    // every figure, unchanged ones too, and report 1 against nothing: all new
    const all = await office.request(ProgressReportChangesDocument, { id: second.id });
    expect(all.progressReportChanges!.figures.length).toBeGreaterThan(changes!.figures.length);
    const firstChanges = (await office.request(ProgressReportChangesDocument, { id: first.id }))
      .progressReportChanges!;
    expect(firstChanges.previous).toBeNull();
    expect(firstChanges.figures.every((f) => f.previous === null && f.changed)).toBe(true);
    expect(firstChanges.overdueTasksAdded).toHaveLength(1);
  });

  it('two freezes at once get the next two numbers, no duplicate and no gap', async () => {
    const both = await Promise.all(
      [1, 2, 3].map(() =>
        office.request(FreezeProgressReportDocument, { input: { delegationId } }),
      ),
    );
    expect(both.map((r) => r.freezeProgressReport.number).sort()).toEqual([3, 4, 5]);
    const { rows } = await t.sql.query(
      `select number from progress_report where delegation_id = $1 order by number`,
      [fromGlobalId(delegationId)!.id],
    );
    expect(rows.map((r) => r.number)).toEqual([1, 2, 3, 4, 5]);
    const listed = await bureau.request(ProgressReportsDocument, { delegationId, first: 2 });
    expect(listed.progressReports.totalCount).toBe(5);
    expect(listed.progressReports.edges.map((e) => e.node.number)).toEqual([5, 4]);
  });

  it('the database refuses to change or remove a frozen report', async () => {
    const id = fromGlobalId(first.id)!.id;
    await expect(
      t.sql.query(`update progress_report set figures = '{}' where id = $1`, [id]),
    ).rejects.toThrow(/frozen/);
    await expect(
      t.sql.query(`update progress_report set title = 'changed' where id = $1`, [id]),
    ).rejects.toThrow(/frozen/);
    await expect(t.sql.query(`delete from progress_report where id = $1`, [id])).rejects.toThrow(
      /frozen/,
    );
    expect((await office.request(ProgressReportDocument, { id: first.id })).progressReport).toEqual(
      first,
    );
    // a report goes only with its delegation
    const gone = (
      await t.sql.query(
        `insert into delegation (expo_id, key, name_zh, name_en, province_zh, province_en)
         select expo_id, 'GONE', '撤销交易团', 'Gone', '撤销', 'Gone' from delegation
         where id = $1 returning id`,
        [fromGlobalId(delegationId)!.id],
      )
    ).rows[0].id as string;
    await t.sql.query(
      `insert into progress_report (delegation_id, number, title, figures, frozen_by)
       values ($1, 1, 'gone', '{}', 'test')`,
      [gone],
    );
    await t.sql.query(`delete from delegation where id = $1`, [gone]);
    const left = await t.sql.query(`select 1 from progress_report where delegation_id = $1`, [
      gone,
    ]);
    expect(left.rowCount).toBe(0);
  });

  it('exports XLSX (a sheet a section) and HTML that hold the figures', async () => {
    const token = await t.token('DELEGATION_OFFICE', 'CIIE-5/QH');
    const get = (path: string, bearer?: string) =>
      fetch(new URL(path, t.url), {
        headers: bearer ? { authorization: `Bearer ${bearer}` } : {},
      });
    const xlsx = await get(first.xlsxPath, token);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await xlsx.arrayBuffer());
    expect(book.worksheets.map((s) => s.name)).toEqual([
      '采购商招募进度',
      '成交情况',
      '任务督办',
      '存在问题',
    ]);
    const rowsOf = (sheet: string) =>
      (book.getWorksheet(sheet)!.getSheetValues() as unknown[][])
        .filter(Boolean)
        .map((row) => row.slice(1));
    const deals = rowsOf('成交情况');
    expect(deals[0]).toEqual([first.title]);
    expect(String(deals[1]![0])).toMatch(/^第 1 期 · 截至 /);
    expect(deals).toContainEqual(['合计（不含已取消）', 2, 1280000.75]);
    expect(deals).toContainEqual(['已取消', 1, 5000]);
    const area = first.dealsByArea.find((g) => g.exhibitionArea?.key === 'TECH_EQUIPMENT')!;
    expect(deals).toContainEqual([area.exhibitionArea!.nameZh, 1, 1200000.5]);
    const recruitment = rowsOf('采购商招募进度');
    expect(recruitment.at(-1)!.slice(0, 4)).toEqual([
      '合计',
      first.recruitment.target,
      first.recruitment.invited,
      first.recruitment.registered,
    ]);
    expect(rowsOf('任务督办')).toContainEqual(
      expect.arrayContaining(['邀请青海本地采购商', '王芳']),
    );
    expect(rowsOf('存在问题')).toContainEqual(expect.arrayContaining(['展会期间酒店房间紧张']));

    const html = await get(first.htmlPath, token);
    expect(html.status).toBe(200);
    const page = await html.text();
    expect(page).toContain('<html lang="zh-CN">');
    expect(page).toContain('@page { size: A4');
    expect(page).toContain('第五届进博会青海省交易团 工作进展报告（第 1 期）');
    expect(page).toContain('第 1 期 · 截至');
    expect(page).toContain('1,280,000.75');
    expect(page).toContain('1,200,000.50');
    expect(page).toContain('邀请青海本地采购商');
    expect(page).toContain('展会期间酒店房间紧张');
    expect(page.match(/<section /g)).toHaveLength(4);
    expect(page).toContain('@top-right { content: "第 1 期 · 截至');
    // a title is text wherever it goes: in the page and in its print margins alike
    const marked = (
      await office.request(FreezeProgressReportDocument, {
        input: { delegationId, title: '进展 "</style><script>alert(1)</script>' },
      })
    ).freezeProgressReport;
    const escaped = await (await get(marked.htmlPath, token)).text();
    expect(escaped).not.toContain('<script>');
    expect(escaped).not.toContain('</style><');
    expect(escaped).toContain(
      '<h1>进展 &quot;&lt;/style&gt;&lt;script&gt;alert(1)&lt;/script&gt;</h1>',
    );

    // a member unit reads no report: the file is not found; no token: 401
    const unitToken = await t.token('MEMBER_UNIT', 'CIIE-5/QH/COMMERCE');
    expect((await get(first.xlsxPath, unitToken)).status).toBe(404);
    expect((await get(first.htmlPath, unitToken)).status).toBe(404);
    expect((await get(first.htmlPath)).status).toBe(401);
    expect((await get('/reports/progress/nonsense.html', token)).status).toBe(404);

    // a client that asks for English (Accept-Language) gets the report in English, the same
    // figures and the frozen names; one that prefers Chinese, or says nothing, gets Chinese
    const inLanguage = async (language: string) =>
      (
        await fetch(new URL(first.htmlPath, t.url), {
          headers: { authorization: `Bearer ${token}`, 'accept-language': language },
        })
      ).text();
    const english = await inLanguage('en-GB,en;q=0.9');
    expect(english).toContain('<html lang="en">');
    expect(english).toContain('<h2>1. Purchaser recruitment</h2>');
    expect(english).toContain('No. 1 · as of');
    expect(english).toContain('To: the preparatory committee');
    expect(english).toContain('"Page " counter(page) " of " counter(pages)');
    expect(english).toContain('1,280,000.75');
    expect(english).toContain('邀请青海本地采购商');
    // nothing of the report's own is left in Chinese: what is, is a frozen name or text
    const ownWords = english
      .replace(/<h1>[^<]*<\/h1>|content: "[^"]*第五届[^"]*"|<title>[^<]*<\/title>/g, '')
      .match(/<t[hd][^>]*>[^<]*[\u4e00-\u9fff][^<]*<\/t[hd]>|<h2>[^<]*[\u4e00-\u9fff]/g);
    expect(ownWords?.filter((w) => /<th|<h2/.test(w)) ?? []).toEqual([]);
    expect(await inLanguage('zh-CN,zh;q=0.9,en;q=0.8')).toContain('<h2>一、采购商招募进度</h2>');
    expect(await inLanguage('fr')).toContain('<html lang="en">');
    // refused in the language asked for, too
    const refused = await fetch(new URL(first.htmlPath, t.url), {
      headers: { 'accept-language': 'zh' },
    });
    expect(refused.status).toBe(401);
    expect(await refused.text()).toBe('需要令牌：请发送 "Authorization: Bearer <token>"');
  });

  it('the HTML prints on A4, a section a page (in Chromium)', async () => {
    const missing = chromiumMissing();
    if (missing) throw new Error(missing);
    const token = await t.token('DELEGATION_OFFICE', 'CIIE-5/QH');
    const html = await (
      await fetch(new URL(first.htmlPath, t.url), { headers: { authorization: `Bearer ${token}` } })
    ).text();
    const chromium = await launchChromium();
    try {
      const page = await chromium.context.newPage();
      await page.setContent(html);
      const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
      const pages = pdf.match(/\/Type\s*\/Page(?![s\w])/g) ?? [];
      expect(pages).toHaveLength(4);
      // A4: 595 × 842 points
      expect(pdf).toMatch(/\/MediaBox\s*\[0 0 59[45](\.\d+)? 84[12](\.\d+)?\]/);
    } finally {
      await chromium.close();
    }
  }, 60_000);

  it('a member unit cannot read reports; bad input is refused with nothing written', async () => {
    expect(await refusal(commerce.request(ProgressReportDocument, { id: first.id }))).toEqual({
      code: 'FORBIDDEN',
      field: undefined,
    });
    expect(
      await refusal(commerce.request(ProgressReportsDocument, { delegationId, first: 5 })),
    ).toMatchObject({ code: 'FORBIDDEN' });
    expect(
      await refusedUnchanged(t.sql, () =>
        commerce.request(FreezeProgressReportDocument, { input: { delegationId } }),
      ),
    ).toMatchObject({ code: 'FORBIDDEN' });
    expect(
      await refusedUnchanged(t.sql, () =>
        analyst.request(FreezeProgressReportDocument, { input: { delegationId } }),
      ),
    ).toMatchObject({ code: 'FORBIDDEN' });
    expect(
      await refusedUnchanged(t.sql, () =>
        office.request(FreezeProgressReportDocument, {
          input: { delegationId, title: '报'.repeat(201) },
        }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.title' });
    expect(
      await refusedUnchanged(t.sql, () =>
        office.request(FreezeProgressReportDocument, { input: { delegationId: first.id } }),
      ),
    ).toMatchObject({ code: 'NOT_FOUND', field: 'input.delegationId' });
  });
});
