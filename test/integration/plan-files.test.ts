import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  CreateDelegationDocument,
  CreateExpoDocument,
  DelegationStructureDocument,
  ExportPlanDocument,
  ImportPlanDocument,
  type DelegationHubClient,
  type ImportPlanInput,
} from '../../sdk/src/index.js';
import { ALL_ROLES, Role } from '../../server/src/auth/roles.js';
import { fromGlobalId } from '../../server/src/graphql/relay.js';
import { gansuSheets, sheetsOf, xlsx } from '../helpers/plan-files.js';
import { everyTable, OTHER_EXHIBITOR, otherScopes, refusedUnchanged } from '../helpers/refusals.js';
import { GANSU_DELEGATION, SIXTH_EDITION, SIXTH_VENUE } from '../helpers/editions.js';
import { useTestServer } from '../helpers/server.js';
import { tradeExhibitor, tradePurchaser } from '../helpers/trade.js';

/**
 * Plans as files, through the SDK as the roles would use them: a second province's office
 * imports its plan from a workbook, corrects it by importing again, exports it; a bad file
 * gives every error (JSON paths; sheets, lines and columns) and writes nothing; the built-in
 * Qinghai plan imported into a fresh delegation exports exactly as the seeded one does; every
 * other role is refused (another delegation's office finds nothing).
 */

const QINGHAI = readFileSync(
  new URL('../../server/src/db/seed/qinghai-ciie5.json', import.meta.url),
  'utf8',
);

const SIXTH = { ...SIXTH_EDITION, ...SIXTH_VENUE };

// the compiled CLI, as `npm run plan` runs it (built by the global setup: npm run sdk:build)
const CLI = new URL('../../cli/dist/cli.js', import.meta.url).pathname;

function cli(args: string[], env: Record<string, string>) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8' },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('plans as files: importPlan and exportPlan', () => {
  const t = useTestServer();
  let bureau: DelegationHubClient;
  let admin: DelegationHubClient;
  let gansuOffice: DelegationHubClient;
  let sixth: string;
  let gansu: string;

  /** A fingerprint of every table: a refused import must leave all of them as they were. */
  const everything = () => everyTable(t.sql);
  /** The refusal of a call, and that it wrote nothing. */
  const refused = (call: () => Promise<unknown>) => refusedUnchanged(t.sql, call);

  const importAs = (client: DelegationHubClient, input: ImportPlanInput) =>
    client.request(ImportPlanDocument, { input });
  const exported = async (delegationId: string, client = admin) =>
    JSON.parse(
      (await client.request(ExportPlanDocument, { delegationId, format: 'JSON' })).exportPlan,
    ) as Record<string, unknown>;
  const delegationId = async (expo: string, key: string) =>
    (await admin.request(DelegationStructureDocument, { expoKey: expo, key })).delegation!.id;

  beforeAll(async () => {
    bureau = await t.client('EXPO_BUREAU', 'CIIE-5');
    admin = await t.client('ADMIN');
    sixth = (await bureau.request(CreateExpoDocument, { input: SIXTH })).createExpo.id;
    gansu = (
      await bureau.request(CreateDelegationDocument, {
        input: { ...GANSU_DELEGATION, expoId: sixth },
      })
    ).createDelegation.id;
    gansuOffice = await t.client('DELEGATION_OFFICE', 'CIIE-6/GS');
  });

  it("a second province's office imports its plan from a workbook, corrects it, and exports it", async () => {
    const file = await xlsx(gansuSheets());
    // a dry run checks everything and writes nothing
    const before = await everything();
    const dry = await importAs(gansuOffice, {
      delegationId: gansu,
      format: 'XLSX',
      file,
      dryRun: true,
    });
    expect(dry.importPlan).toMatchObject({ dryRun: true, replaced: false, delegation: null });
    expect(await everything()).toBe(before);

    const { importPlan } = await importAs(gansuOffice, {
      delegationId: gansu,
      format: 'XLSX',
      file,
    });
    expect(importPlan).toEqual({
      dryRun: false,
      replaced: false,
      // 甘肃省商务厅 is the organisation the bureau registered for the office: found by its name
      counts: {
        memberUnits: 4,
        leadingGroup: 3,
        subDelegations: 3,
        leads: 4,
        responsibilities: 3,
        contacts: 1,
        organisationsCreated: 3,
      },
      delegation: { id: gansu, key: 'GS', version: 1 },
    });
    const read = async () =>
      (await gansuOffice.request(DelegationStructureDocument, { expoKey: 'CIIE-6', key: 'GS' }))
        .delegation!;
    const structure = await read();
    expect(structure.leadingGroup.map((m) => [m.role, m.person.name, m.organisation.key])).toEqual([
      ['LEADER', '赵副省长', 'GS_GOV'],
      ['SECRETARY_GENERAL', '钱厅长', 'GS_COMMERCE'],
      ['MEMBER', '孙副厅长', 'GS_AGRI'],
    ]);
    const units = structure.memberUnits;
    expect(units.map((u) => [u.organisation.nameZh, u.hostsOffice])).toEqual([
      ['甘肃省人民政府', false],
      ['甘肃省商务厅', true],
      ['甘肃省农业农村厅', false],
      ['甘肃省卫生健康委员会', false],
    ]);
    expect(units[1]!.liaison).toMatchObject({ name: '李华', mobile: '13900001111' });
    expect(units[2]!.designatedPerson).toMatchObject({ name: '王医' });
    expect(units[1]!.responsibilities.map((r) => [r.dutyEn, r.dutyZh])).toEqual([
      ['run the office day to day', '负责办公室日常工作'],
      ['report progress to the preparatory committee', null],
    ]);
    expect(structure.targetTotal).toBe(68);
    expect(
      structure.subDelegations.map((s) => [
        s.key,
        s.receivesUnassigned,
        s.sharedTarget?.min ?? null,
      ]),
    ).toEqual([
      ['COMMERCE', true, null],
      ['AGRICULTURE', false, null],
      ['HEALTH', false, 8],
    ]);

    // corrected: Agriculture's target is 12, Health leads alone; importing again replaces the
    // structure (no purchaser yet), the people of the old one are kept
    const corrected = gansuSheets();
    corrected['牵头单位'] = corrected['牵头单位']!.filter(
      (r) => !(r[0] === 'HEALTH' && r[1] === 'GS_AGRI'),
    );
    corrected['牵头单位']![2]![2] = 12;
    const again = await importAs(gansuOffice, {
      delegationId: gansu,
      format: 'XLSX',
      file: await xlsx(corrected),
    });
    expect(again.importPlan).toMatchObject({
      replaced: true,
      counts: { leads: 3, organisationsCreated: 0 },
    });
    const after = await read();
    expect(after.targetTotal).toBe(70);
    expect(after.leadingGroup.map((m) => m.person.id)).toEqual(
      structure.leadingGroup.map((m) => m.person.id),
    );
    expect(after.memberUnits[1]!.liaison!.id).toBe(units[1]!.liaison!.id);

    // exported as a workbook: one sheet per part, Chinese headers, and it imports back as it is
    const { exportPlan } = await gansuOffice.request(ExportPlanDocument, {
      delegationId: gansu,
      format: 'XLSX',
    });
    const sheets = await sheetsOf(exportPlan);
    expect(Object.keys(sheets)).toEqual([
      'Delegation',
      'Contacts',
      'MemberUnits',
      'LeadingGroup',
      'SubDelegations',
      'Leads',
      'Responsibilities',
    ]);
    expect(sheets.Leads).toEqual([
      ['交易分团', '牵头单位', '目标数', '目标对象'],
      ['COMMERCE', 'GS_COMMERCE', 50, 'enterprises'],
      ['AGRICULTURE', 'GS_AGRI', 12, 'enterprises'],
      ['HEALTH', 'GS_HEALTH'],
    ]);
    const json = await exported(gansu, gansuOffice);
    await importAs(gansuOffice, { delegationId: gansu, format: 'XLSX', file: exportPlan });
    expect(await exported(gansu, gansuOffice)).toEqual(json);
    expect(json).toMatchObject({
      delegation: { key: 'GS', officeHostedBy: 'GS_COMMERCE' },
      subDelegations: [
        { key: 'COMMERCE', receivesUnassigned: true },
        { key: 'AGRICULTURE', leads: [{ org: 'GS_AGRI', target: { min: 12 } }] },
        { key: 'HEALTH', sharedTarget: { min: 8, of: 'hospitals or enterprises' } },
      ],
    });

    // once a purchaser is registered, the structure stays: IN_USE naming it, nothing written
    await tradePurchaser(t.sql, {
      key: 'GS_BUYER',
      expo: 'CIIE-6',
      delegation: 'GS',
      subDelegation: 'COMMERCE',
    });
    const inUse = await refused(() =>
      importAs(gansuOffice, { delegationId: gansu, format: 'XLSX', file: exportPlan }),
    );
    expect(inUse).toMatchObject({
      code: 'IN_USE',
      field: 'input.delegationId',
      extensions: { blockers: ['1 purchaser(s) are registered'] },
    });
  });

  it('a bad plan file gives all its errors, at their paths or cells, and writes nothing', async () => {
    const plan = JSON.parse(QINGHAI);
    plan.organisations[3].kind = 'MINISTRY';
    plan.organisations[4].zh = '';
    plan.leadingGroup[1].role = 'LEADER';
    plan.leadingGroup[5].org = 'NOWHERE';
    plan.subDelegations[0].leads[0].target.min = -1;
    plan.subDelegations[3].leads[0].target = { min: 3 };
    plan.responsibilities[0].duties[2] = { zh: '没有英文' };
    const json = await refused(() =>
      importAs(gansuOffice, { delegationId: gansu, format: 'JSON', file: JSON.stringify(plan) }),
    );
    expect(json).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.file' });
    expect((json.extensions.errors as { path: string }[]).map((e) => e.path)).toEqual([
      'organisations.3.kind',
      'organisations.4.zh',
      'leadingGroup.5.org',
      'leadingGroup.1.role',
      'subDelegations.0.leads.0.target.min',
      'subDelegations.3.leads.0.target',
      'responsibilities.0.duties.2.en',
    ]);

    const sheets = gansuSheets();
    sheets['成员单位']![2]![1] = 'MINISTRY'; // line 3, column B
    sheets.LeadingGroup![2]![0] = 'LEADER'; // line 3, column A
    sheets['牵头单位']![1]![2] = -5; // line 2, column C
    sheets['牵头单位']!.push(['NOSUCH', 'GS_GOV', 1, null]); // line 6, column A
    sheets.Responsibilities![1]![0] = 'GS_NOBODY'; // line 2, column A
    const notAWorkbook = await refused(() =>
      importAs(gansuOffice, { delegationId: gansu, format: 'XLSX', file: 'bm90IGEgd29ya2Jvb2s=' }),
    );
    expect(notAWorkbook).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.file' });
    const cells = await refused(async () =>
      importAs(gansuOffice, { delegationId: gansu, format: 'XLSX', file: await xlsx(sheets) }),
    );
    const where = (
      cells.extensions.errors as { sheet: string; line: number; column: string }[]
    ).map((e) => `${e.sheet}!${e.column}${e.line}`);
    expect(where).toEqual([
      '牵头单位!A6',
      '成员单位!B3',
      'LeadingGroup!A3',
      '牵头单位!C2',
      'Responsibilities!A2',
    ]);
  });

  it('the Qinghai plan imported into a fresh delegation exports exactly as the seeded one', async () => {
    const seeded = await delegationId('CIIE-5', 'QH');
    const { importPlan } = await importAs(bureau, { expoId: sixth, format: 'JSON', file: QINGHAI });
    expect(importPlan).toMatchObject({
      replaced: false,
      delegation: { key: 'QH' },
      counts: {
        memberUnits: 19,
        leadingGroup: 20,
        subDelegations: 7,
        leads: 9,
        contacts: 2,
        organisationsCreated: 0,
      },
    });
    const imported = importPlan.delegation!.id;
    const { expo: seededExpo, ...seededPlan } = await exported(seeded);
    const { expo: importedExpo, ...importedPlan } = await exported(imported);
    expect(seededExpo).toMatchObject({ key: 'CIIE-5' });
    expect(importedExpo).toMatchObject({ key: 'CIIE-6' });
    expect(importedPlan).toEqual(seededPlan);
    // and as the file says
    const file = JSON.parse(QINGHAI);
    expect(seededPlan.leadingGroup).toEqual(file.leadingGroup);
    expect(seededPlan.organisations).toEqual(file.organisations);
    expect(seededPlan.delegation).toEqual(file.delegation);
    // the rows too: every structure table holds as many rows for the one as for the other
    for (const table of [
      'member_unit',
      'leading_group_member',
      'sub_delegation',
      'sub_delegation_lead',
      'responsibility',
      'delegation_contact',
    ]) {
      const { rows } = await t.sql.query(
        `select delegation_id = $1 as seeded, count(*)::int as n from "${table}"
         where delegation_id in ($1, $2) group by 1 order by 1`,
        [fromGlobalId(seeded)!.id, fromGlobalId(imported)!.id],
      );
      expect(
        rows.map((r) => r.n),
        table,
      ).toEqual([rows[0].n, rows[0].n]);
    }
    // through a workbook and back: the same again
    const { exportPlan: workbook } = await admin.request(ExportPlanDocument, {
      delegationId: seeded,
      format: 'XLSX',
    });
    const qinghaiOffice6 = await t.client('DELEGATION_OFFICE', 'CIIE-6/QH');
    // a service duty the office gave a unit outlives the structure's re-import
    const duties = async () =>
      (
        await t.sql.query(
          `select o.key, s.duty from service_unit s join organisation o on o.id = s.organisation_id
           where s.delegation_id = $1 order by 1, 2`,
          [fromGlobalId(imported)!.id],
        )
      ).rows;
    await t.sql.query(
      `insert into service_unit (delegation_id, organisation_id, duty)
       select u.delegation_id, u.organisation_id, 'TICKETING' from member_unit u
       join organisation o on o.id = u.organisation_id where u.delegation_id = $1 and o.key = 'RAILWAY'`,
      [fromGlobalId(imported)!.id],
    );
    expect(await duties()).toEqual([{ key: 'RAILWAY', duty: 'TICKETING' }]);
    const back = await importAs(qinghaiOffice6, {
      delegationId: imported,
      format: 'XLSX',
      file: workbook,
    });
    expect(back.importPlan.replaced).toBe(true);
    expect(await duties()).toEqual([{ key: 'RAILWAY', duty: 'TICKETING' }]);
    const { expo: _again, ...againPlan } = await exported(imported);
    expect(againPlan).toEqual(seededPlan);
  });

  it('the CLI exports a plan to a workbook and imports it back; a bad file lists its cells', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'plan-cli-'));
    try {
      const env = {
        DELEGATION_HUB_URL: t.url,
        DELEGATION_HUB_TOKEN: await t.token('DELEGATION_OFFICE', 'CIIE-5/QH'),
      };
      const out = path.join(dir, 'qh.xlsx');
      const exported = await cli(
        ['plan', 'export', '--delegation', 'CIIE-5/QH', '--out', out],
        env,
      );
      expect(exported).toMatchObject({ code: 0 });
      expect(Object.keys(await sheetsOf((await readFile(out)).toString('base64')))).toContain(
        'LeadingGroup',
      );
      const dry = await cli(
        ['plan', 'import', '--file', out, '--delegation', 'CIIE-5/QH', '--dry-run'],
        env,
      );
      expect(dry).toMatchObject({ code: 0 });
      expect(dry.stderr).toContain('checked (dry run, nothing written): 19 member units');

      const sheets = gansuSheets();
      sheets.LeadingGroup![1]![0] = 'CHAIR';
      const bad = path.join(dir, 'bad.xlsx');
      await writeFile(bad, Buffer.from(await xlsx(sheets), 'base64'));
      const before = await everything();
      const gansuEnv = {
        ...env,
        DELEGATION_HUB_TOKEN: await t.token('DELEGATION_OFFICE', 'CIIE-6/GS'),
      };
      const refusedRun = await cli(
        ['plan', 'import', '--file', bad, '--delegation', 'CIIE-6/GS'],
        gansuEnv,
      );
      expect(refusedRun.code).toBe(1);
      expect(refusedRun.stderr).toContain('BAD_USER_INPUT');
      expect(refusedRun.stderr).toContain('LeadingGroup!A2: role must be one of LEADER');
      expect(await everything()).toBe(before);
      const usage = await cli(['plan', 'import', '--file', bad], gansuEnv);
      expect(usage).toMatchObject({ code: 2 });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("refuses other roles: another delegation's office finds nothing, the rest are FORBIDDEN", async () => {
    const file = await xlsx(gansuSheets());
    const qinghaiOffice = await t.client('DELEGATION_OFFICE', 'CIIE-5/QH');
    expect(
      await refused(() => importAs(qinghaiOffice, { delegationId: gansu, format: 'XLSX', file })),
    ).toMatchObject({ code: 'NOT_FOUND', field: 'input.delegationId' });
    expect(
      await refused(() =>
        qinghaiOffice.request(ExportPlanDocument, { delegationId: gansu, format: 'JSON' }),
      ),
    ).toMatchObject({ code: 'NOT_FOUND', field: 'delegationId' });
    // an office creates no delegation; the bureau does not write an existing one's structure
    expect(
      await refused(() => importAs(gansuOffice, { expoId: sixth, format: 'JSON', file: QINGHAI })),
    ).toMatchObject({ code: 'FORBIDDEN' });
    expect(
      await refused(() => importAs(bureau, { delegationId: gansu, format: 'XLSX', file })),
    ).toMatchObject({ code: 'FORBIDDEN' });

    await tradeExhibitor(t.sql, { name: OTHER_EXHIBITOR, area: 'SERVICES' });
    const SCOPE = otherScopes('PLAN_BUYER');
    await tradePurchaser(t.sql, { key: 'PLAN_BUYER', subDelegation: 'COMMERCE' });
    const others = ALL_ROLES.filter(
      (r) => r !== Role.ADMIN && r !== Role.EXPO_BUREAU && r !== Role.DELEGATION_OFFICE,
    );
    for (const role of others) {
      const client = await t.client(role, SCOPE[role]);
      expect(
        await refused(() => importAs(client, { delegationId: gansu, format: 'XLSX', file })),
        role,
      ).toMatchObject({ code: 'FORBIDDEN' });
      expect(
        await refused(() =>
          client.request(ExportPlanDocument, { delegationId: gansu, format: 'JSON' }),
        ),
        role,
      ).toMatchObject({ code: 'FORBIDDEN' });
    }
  });
});
