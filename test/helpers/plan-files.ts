import ExcelJS from 'exceljs';

/** Plan files as an office types them, and workbooks as base64: for the plan tests. */

export type Cells = (string | number | null)[][];

/** The Gansu plan as an office would type it: some sheets with Chinese names and headers. */
export function gansuSheets(): Record<string, Cells> {
  return {
    交易团: [
      ['代码', '名称', '英文名称', '省份', '省份英文', '报名原则', '办公室所在单位'],
      [
        'GS',
        '第六届进博会甘肃省交易团',
        'Gansu Trading Delegation to the 6th CIIE',
        '甘肃省',
        'Gansu',
        '统一登记、分级审核',
        'GS_COMMERCE',
      ],
    ],
    Contacts: [
      ['role', 'name', 'label_zh', 'phone', 'fax', 'email'],
      ['OFFICE_CONTACT', '张敏', '办公室联系人', '0931-8461234', null, 'office@gs.example.cn'],
    ],
    成员单位: [
      ['代码', '类型', '单位名称', '英文名称', '联络员', '联络员手机', '专人'],
      [
        'GS_GOV',
        'GOVERNMENT',
        '甘肃省人民政府',
        "Gansu Provincial People's Government",
        null,
        null,
        null,
      ],
      [
        'GS_COMMERCE',
        'GOVERNMENT',
        '甘肃省商务厅',
        'Gansu Department of Commerce',
        '李华',
        '13900001111',
        null,
      ],
      [
        'GS_AGRI',
        'GOVERNMENT',
        '甘肃省农业农村厅',
        'Gansu Department of Agriculture',
        null,
        null,
        '王医',
      ],
      [
        'GS_HEALTH',
        'GOVERNMENT',
        '甘肃省卫生健康委员会',
        'Gansu Health Commission',
        null,
        null,
        null,
      ],
    ],
    LeadingGroup: [
      ['role', 'name', 'title_zh', 'title_en', 'org'],
      ['LEADER', '赵副省长', '副省长', 'Vice Governor', 'GS_GOV'],
      ['SECRETARY_GENERAL', '钱厅长', '省商务厅厅长', 'Director', 'GS_COMMERCE'],
      ['MEMBER', '孙副厅长', '省农业农村厅副厅长', 'Deputy Director', 'GS_AGRI'],
    ],
    SubDelegations: [
      [
        'key',
        'name_zh',
        'name_en',
        'focus',
        'shared_target_min',
        'shared_target_of',
        'receives_unassigned',
      ],
      ['COMMERCE', '商贸分团', 'Commerce & Trade', 'trading enterprises', null, null, '是'],
      ['AGRICULTURE', '农业分团', 'Agriculture', null, null, null, null],
      ['HEALTH', '卫生分团', 'Health', null, 8, 'hospitals or enterprises', null],
    ],
    牵头单位: [
      ['交易分团', '牵头单位', '目标数', '目标对象'],
      ['COMMERCE', 'GS_COMMERCE', 50, 'enterprises'],
      ['AGRICULTURE', 'GS_AGRI', 10, 'enterprises'],
      ['HEALTH', 'GS_HEALTH', null, null],
      ['HEALTH', 'GS_AGRI', null, null],
    ],
    Responsibilities: [
      ['org', 'duty_en', 'duty_zh'],
      ['GS_COMMERCE', 'run the office day to day', '负责办公室日常工作'],
      ['GS_COMMERCE', 'report progress to the preparatory committee', null],
      ['GS_AGRI', 'form the Agriculture sub-delegation', '组织农业分团'],
    ],
  };
}

export async function xlsx(sheets: Record<string, Cells>): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(name);
    for (const row of rows) sheet.addRow(row);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

/** A workbook's sheets as rows of cell values (what exportPlan gave). */
export async function sheetsOf(base64: string): Promise<Record<string, unknown[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  return Object.fromEntries(
    workbook.worksheets.map((w) => {
      const rows: unknown[][] = [];
      w.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      return [w.name, rows];
    }),
  );
}
