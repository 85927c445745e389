import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ApprovePurchaserDocument,
  DelegationHubError,
  ExportRegistrationDocument,
  ImportPurchasersDocument,
  ImportRegistrationNumbersDocument,
  PurchaserDocument,
  RecordBackgroundCheckDocument,
  RecordCreditCheckDocument,
  SetRegistrationNumberDocument,
  type DelegationHubClient,
} from '../../sdk/src/index.js';
import { toGlobalId } from '../../server/src/graphql/relay.js';
import { newCreditCode, newResidentId } from '../helpers/recruitment.js';
import { useTestServer, type TestServer } from '../helpers/server.js';

const HEADERS_ZH = [
  '单位名称',
  '统一社会信用代码',
  '采购商类别',
  '联系人',
  '联系人手机',
  '参会人员',
  '身份证号',
  '职务',
  '手机',
];

async function xlsx(rows: (string | null)[][], headers = HEADERS_ZH): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('参会人员');
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(row.map((v) => v ?? ''));
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

async function readXlsx(base64: string): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  const rows: string[][] = [];
  workbook.worksheets[0]!.eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? '')));
  });
  return rows;
}

/** Everything an import may write, to the row: equal fingerprints, nothing written. */
async function fingerprint(t: TestServer): Promise<Record<string, string>> {
  const tables = ['purchaser', 'organisation', 'person', 'attendee', 'audit_event'];
  const out: Record<string, string> = {};
  for (const table of tables) {
    const { rows } = await t.sql.query(
      `select count(*)::text || ':' || coalesce(md5(string_agg(x::text, ',' order by x::text)), '') as f from ${table} x`,
    );
    out[table] = rows[0].f;
  }
  return out;
}

/** `text` in GBK, as Excel saves a CSV on a Chinese Windows (the decoder's table, reversed). */
function gbk(text: string): Buffer {
  const decoder = new TextDecoder('gbk');
  const codes = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead += 1)
    for (let trail = 0x40; trail <= 0xfe; trail += 1)
      if (trail !== 0x7f) codes.set(decoder.decode(Uint8Array.of(lead, trail)), [lead, trail]);
  return Buffer.from(
    [...text].flatMap((c) => (c.charCodeAt(0) < 0x80 ? [c.charCodeAt(0)] : codes.get(c)!)),
  );
}

async function failureOf(work: Promise<unknown>): Promise<DelegationHubError> {
  try {
    await work;
  } catch (error) {
    if (error instanceof DelegationHubError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

describe('bulk registration and the hand-over to the registration site, through the SDK', () => {
  const t = useTestServer();
  let qh: string;
  let unit: DelegationHubClient,
    lead: DelegationHubClient,
    office: DelegationHubClient,
    credit: DelegationHubClient,
    background: DelegationHubClient,
    otherLead: DelegationHubClient;
  const codes = [newCreditCode(), newCreditCode(), newCreditCode()];
  const people = [newResidentId(), newResidentId(), newResidentId(), newResidentId()];
  let imported: { id: string; organisation: { creditCode?: string | null } }[] = [];

  beforeAll(async () => {
    qh = toGlobalId(
      'Delegation',
      (await t.sql.query(`select id from delegation where key = 'QH'`)).rows[0].id,
    );
    unit = await t.client('MEMBER_UNIT', 'CIIE-5/QH/CULTURE_TOURISM');
    lead = await t.client('SUB_DELEGATION_LEAD', 'CIIE-5/QH/COMMERCE');
    office = await t.client('DELEGATION_OFFICE', 'CIIE-5/QH');
    credit = await t.client('CREDIT_CHECKER', 'CIIE-5/QH');
    background = await t.client('BACKGROUND_CHECKER', 'CIIE-5/QH');
    otherLead = await t.client('SUB_DELEGATION_LEAD', 'CIIE-5/QH/EDUCATION');
  });

  it('a member unit imports 3 purchasers with their attendees from an XLSX with Chinese headers', async () => {
    const file = await xlsx([
      [
        '青海批量一号贸易有限公司',
        codes[0]!,
        'IMPORT_TRADE',
        '甲联系',
        '13800138001',
        '甲一',
        people[0]!,
        '经理',
        '13900000001',
      ],
      [null, codes[0]!, null, null, null, '甲二', people[1]!, '采购', null],
      [
        '青海批量二号商贸有限公司',
        codes[1]!,
        'WHOLESALE_RETAIL',
        '乙联系',
        '13800138002',
        '乙一',
        people[2]!,
        null,
        null,
      ],
      [
        '青海批量三号电商有限公司',
        codes[2]!,
        'ECOMMERCE',
        '丙联系',
        '13800138003',
        '丙一',
        people[3]!,
        null,
        null,
      ],
    ]);
    const before = await fingerprint(t);
    const { importPurchasers: dry } = await unit.request(ImportPurchasersDocument, {
      input: { delegationId: qh, format: 'XLSX', file, dryRun: true },
    });
    expect(dry).toMatchObject({ count: 3, dryRun: true, purchasers: [] });
    expect(await fingerprint(t)).toEqual(before);

    const { importPurchasers: result } = await unit.request(ImportPurchasersDocument, {
      input: { delegationId: qh, format: 'XLSX', file },
    });
    expect(result.count).toBe(3);
    imported = result.purchasers;
    expect(
      result.purchasers.map((p) => [
        p.organisation.creditCode,
        p.status,
        p.subDelegation?.key,
        p.attendees.length,
      ]),
    ).toEqual([
      [codes[0], 'REGISTERED', 'COMMERCE', 2],
      [codes[1], 'REGISTERED', 'COMMERCE', 1],
      [codes[2], 'REGISTERED', 'COMMERCE', 1],
    ]);
    const { rows: audited } = await t.sql.query(
      `select action, count(*)::int as n from audit_event
        where entity_type = 'Purchaser' and entity_id = any($1::uuid[]) group by action order by action`,
      [
        (
          await t.sql.query(
            `select id from purchaser where organisation_id in (select id from organisation where credit_code = any($1))`,
            [codes],
          )
        ).rows.map((r) => r.id),
      ],
    );
    expect(audited).toEqual([
      { action: 'purchaser.invite', n: 3 },
      { action: 'purchaser.register', n: 3 },
    ]);

    // importing the same organisations again: each is registered already, nothing written
    const again = await fingerprint(t);
    const error = await failureOf(
      unit.request(ImportPurchasersDocument, { input: { delegationId: qh, format: 'XLSX', file } }),
    );
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.file' });
    const errors = error.errors[0]!.extensions!.errors as { line: number; column: string }[];
    expect(errors.map((e) => [e.line, e.column])).toEqual([
      [2, '统一社会信用代码'],
      [4, '统一社会信用代码'],
      [5, '统一社会信用代码'],
    ]);
    expect(await fingerprint(t)).toEqual(again);
  });

  it('a bad file gives every error by row and column and writes nothing', async () => {
    const duplicate = newResidentId();
    const file = await xlsx([
      [
        '坏码公司',
        '91630100MA0000000X',
        'IMPORT_TRADE',
        '丁联系',
        '13800138004',
        '丁一',
        newResidentId(),
        null,
        null,
      ],
      [
        '缺电话公司',
        newCreditCode(),
        'IMPORT_TRADE',
        '戊联系',
        null,
        '戊一',
        duplicate,
        null,
        null,
      ],
      [
        '重复证件公司',
        newCreditCode(),
        'IMPORT_TRADE',
        '己联系',
        '13800138005',
        '己一',
        duplicate,
        null,
        null,
      ],
      [
        '好公司',
        newCreditCode(),
        'NOT_A_CATEGORY',
        '庚联系',
        '13800138006',
        '庚一',
        newResidentId(),
        null,
        'abc',
      ],
      // text as the mutations keep it: invisible edges cut, a name must show something
      [
        '壬公司',
        newCreditCode(),
        'IMPORT_TRADE',
        '壬联系',
        '13800138007',
        '\u200b\u200b',
        newResidentId(),
        '\u0301',
        null,
      ],
    ]);
    const before = await fingerprint(t);
    const error = await failureOf(
      unit.request(ImportPurchasersDocument, { input: { delegationId: qh, format: 'XLSX', file } }),
    );
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.file' });
    const errors = error.errors[0]!.extensions!.errors as { line: number; column: string }[];
    expect(errors.map((e) => [e.line, e.column])).toEqual([
      [2, '统一社会信用代码'],
      [3, '联系人手机'],
      [4, '身份证号'],
      [5, '采购商类别'],
      [5, '手机'],
      [6, '职务'],
      [6, '参会人员'],
    ]);
    expect(error.message).toMatch(/^The file has 7 errors: row 2, column 统一社会信用代码: /);
    expect(await fingerprint(t)).toEqual(before);
  });

  it('refuses a CSV that is not UTF-8 (GBK, as Excel saves it), writing nothing', async () => {
    const csv = gbk(
      [
        'organisation,credit_code,category,contact_name,contact_phone,attendee_name,id_number,job_title',
        `青海商贸有限公司,${newCreditCode()},IMPORT_TRADE,辛联系,0971-1234567,辛一,${newResidentId()},经理`,
      ].join('\n'),
    );
    const before = await fingerprint(t);
    // the file's bytes as they are, in the request's body (which the server reads as UTF-8)
    const input = { delegationId: qh, format: 'CSV', file: '\u0000' };
    const [head, tail] = JSON.stringify({
      query:
        'mutation ($input: ImportPurchasersInput!) { importPurchasers(input: $input) { count } }',
      variables: { input },
    }).split('\\u0000');
    const response = await fetch(t.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await t.token('SUB_DELEGATION_LEAD', 'CIIE-5/QH/COMMERCE')}`,
      },
      // in the JSON string as they are, but its line break escaped
      body: Buffer.concat([
        Buffer.from(head!),
        Buffer.from(csv.toString('latin1').replaceAll('\n', '\\n'), 'latin1'),
        Buffer.from(tail!),
      ]),
    });
    const { data, errors } = (await response.json()) as {
      data: unknown;
      errors: { extensions: Record<string, unknown> }[];
    };
    expect(data).toBeNull();
    expect(errors[0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.file',
      errors: [{ line: 2, column: null, message: expect.stringContaining('not UTF-8') }],
    });
    // as a client sends it that read the file as UTF-8 itself
    const read = await failureOf(
      lead.request(ImportPurchasersDocument, {
        input: { delegationId: qh, format: 'CSV', file: csv.toString('utf8') },
      }),
    );
    expect(read).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.file' });
    expect(read.errors[0]!.extensions).toMatchObject({ line: 2, column: null });
    // the registration site's numbers alike: here the header is the first thing not UTF-8
    const numbers = await failureOf(
      office.request(ImportRegistrationNumbersDocument, {
        input: {
          delegationId: qh,
          format: 'CSV',
          file: gbk(`统一社会信用代码,注册编号\n${codes[0]},CIIE5-QH-0200`).toString('utf8'),
        },
      }),
    );
    expect(numbers).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.file' });
    expect(numbers.errors[0]!.extensions).toMatchObject({ line: 1, column: null });
    expect(await fingerprint(t)).toEqual(before);
    // the same file in UTF-8 is taken: only its encoding was wrong
    const { importPurchasers } = await lead.request(ImportPurchasersDocument, {
      input: {
        delegationId: qh,
        format: 'CSV',
        file: new TextDecoder('gbk').decode(csv),
        dryRun: true,
      },
    });
    expect(importPurchasers).toMatchObject({ count: 1, dryRun: true });
  });

  it('takes CSV with English headers, from a lead unit, into its own sub-delegation', async () => {
    const code = newCreditCode();
    const csv = [
      'organisation,credit_code,category,contact_name,contact_phone,attendee_name,id_number,job_title',
      `"青海CSV商贸有限公司",${code},IMPORT_TRADE,辛联系,0971-1234567,辛一,${newResidentId()},经理`,
      `,${code},,,,辛二,${newResidentId()},`,
    ].join('\n');
    const { importPurchasers } = await lead.request(ImportPurchasersDocument, {
      input: { delegationId: qh, format: 'CSV', file: csv },
    });
    expect(
      importPurchasers.purchasers.map((p) => [
        p.organisation.creditCode,
        p.subDelegation?.key,
        p.attendees.length,
      ]),
    ).toEqual([[code, 'COMMERCE', 2]]);

    const bad = `organisation,credit_code,category,contact_name,attendee_name,id_number,colour\nx,,IMPORT_TRADE,y,z,${newResidentId()},red`;
    const before = await fingerprint(t);
    const error = await failureOf(
      lead.request(ImportPurchasersDocument, {
        input: { delegationId: qh, format: 'CSV', file: bad },
      }),
    );
    expect(error.errors[0]!.extensions!.errors).toEqual([
      expect.objectContaining({ line: 1, column: 'colour' }),
    ]);
    expect(await fingerprint(t)).toEqual(before);
  });

  async function approve(id: string) {
    await credit.request(RecordCreditCheckDocument, {
      input: { purchaserId: id, result: 'PASSED' },
    });
    const { purchaser } = await background.request(PurchaserDocument, { id });
    for (const attendee of purchaser!.attendees) {
      await background.request(RecordBackgroundCheckDocument, {
        input: { attendeeId: attendee.id, result: 'PASSED' },
      });
    }
    const { purchaser: checked } = await lead.request(PurchaserDocument, { id });
    await lead.request(ApprovePurchaserDocument, {
      input: { purchaserId: id, version: checked!.version },
    });
  }

  it('exports exactly the approved purchasers and their attendees, for the office and their lead', async () => {
    await approve(imported[0]!.id);
    await approve(imported[1]!.id);
    const { exportRegistration } = await office.request(ExportRegistrationDocument, {
      delegationId: qh,
    });
    expect(exportRegistration).toMatchObject({ purchasers: 2, attendees: 3 });
    const [header, ...rows] = await readXlsx(exportRegistration.file);
    expect(header!.slice(0, 4)).toEqual(['单位名称', '英文名称', '单位性质', '统一社会信用代码']);
    expect(header!.slice(-2)).toEqual(['分团', '注册编号']);
    const code = header!.indexOf('统一社会信用代码');
    expect(rows.map((r) => r[code]).sort()).toEqual([codes[0], codes[0], codes[1]].sort());
    const idNumber = header!.indexOf('身份证号');
    expect(rows.map((r) => r[idNumber]).sort()).toEqual([people[0], people[1], people[2]].sort());
    const { exportRegistration: theirs } = await lead.request(ExportRegistrationDocument, {
      delegationId: qh,
    });
    expect(theirs).toMatchObject({ purchasers: 2, attendees: 3 });
    const { exportRegistration: none } = await otherLead.request(ExportRegistrationDocument, {
      delegationId: qh,
    });
    expect(none).toMatchObject({ purchasers: 0, attendees: 0 });
    expect(
      await failureOf(unit.request(ExportRegistrationDocument, { delegationId: qh })),
    ).toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('sets registration numbers singly (version-guarded) and by importing the site export', async () => {
    const id = imported[0]!.id;
    const { purchaser } = await office.request(PurchaserDocument, { id });
    const { setRegistrationNumber: set } = await office.request(SetRegistrationNumberDocument, {
      input: { purchaserId: id, number: 'CIIE5-QH-0001', version: purchaser!.version },
    });
    expect(set).toMatchObject({
      registrationNumber: 'CIIE5-QH-0001',
      version: purchaser!.version + 1,
    });
    const stale = await failureOf(
      office.request(SetRegistrationNumberDocument, {
        input: { purchaserId: id, number: 'CIIE5-QH-0009', version: purchaser!.version },
      }),
    );
    expect(stale).toMatchObject({ code: 'CONFLICT', field: 'input.version' });
    const notApproved = await failureOf(
      office.request(SetRegistrationNumberDocument, {
        input: { purchaserId: imported[2]!.id, number: 'X-1', version: 1 },
      }),
    );
    expect(notApproved.code).toBe('INVALID_TRANSITION');

    const before = await fingerprint(t);
    const unknown = newCreditCode();
    const bad = `统一社会信用代码,注册编号\n${codes[0]},CIIE5-QH-0100\n${codes[1]},CIIE5-QH-0101\n${unknown},CIIE5-QH-0102\n${codes[2]},CIIE5-QH-0103`;
    const error = await failureOf(
      office.request(ImportRegistrationNumbersDocument, {
        input: { delegationId: qh, format: 'CSV', file: bad },
      }),
    );
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.file' });
    expect(
      (error.errors[0]!.extensions!.errors as { line: number; column: string }[]).map((e) => [
        e.line,
        e.column,
      ]),
    ).toEqual([
      [4, '统一社会信用代码'],
      [5, '统一社会信用代码'],
    ]);
    expect(await fingerprint(t)).toEqual(before);

    const good = bad.split('\n').slice(0, 3).join('\n');
    const { importRegistrationNumbers } = await office.request(ImportRegistrationNumbersDocument, {
      input: { delegationId: qh, format: 'CSV', file: good },
    });
    expect(importRegistrationNumbers.map((p) => p.registrationNumber).sort()).toEqual([
      'CIIE5-QH-0100',
      'CIIE5-QH-0101',
    ]);
    const { rows: audited } = await t.sql.query(
      `select count(*)::int as n from audit_event where action = 'purchaser.registrationNumber'`,
    );
    expect(audited[0].n).toBe(3);

    // the site renumbered two of them: the numbers change hands in one import
    const swap = `credit_code,registration_number\n${codes[0]},CIIE5-QH-0101\n${codes[1]},CIIE5-QH-0100`;
    const { importRegistrationNumbers: swapped } = await office.request(
      ImportRegistrationNumbersDocument,
      { input: { delegationId: qh, format: 'CSV', file: swap } },
    );
    expect(swapped.map((p) => [p.organisation.creditCode, p.registrationNumber])).toEqual([
      [codes[0], 'CIIE5-QH-0101'],
      [codes[1], 'CIIE5-QH-0100'],
    ]);
    const { exportRegistration } = await office.request(ExportRegistrationDocument, {
      delegationId: qh,
    });
    const [header, ...rows] = await readXlsx(exportRegistration.file);
    const number = header!.indexOf('注册编号');
    expect(new Set(rows.map((r) => r[number]))).toEqual(
      new Set(['CIIE5-QH-0100', 'CIIE5-QH-0101']),
    );
    expect(
      await failureOf(
        lead.request(ImportRegistrationNumbersDocument, {
          input: { delegationId: qh, format: 'CSV', file: good },
        }),
      ),
    ).toMatchObject({ code: 'FORBIDDEN' });
  });
});
