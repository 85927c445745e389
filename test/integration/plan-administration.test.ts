import { beforeAll, describe, expect, it } from 'vitest';
import {
  CreateDelegationDocument,
  CreateExpoDocument,
  DelegationHubError,
  DelegationStructureDocument,
  ImportPlanDocument,
  InvitePurchaserDocument,
  RollOverDelegationDocument,
  UpdateResponsibilityDocument,
  UpdateSubDelegationLeadDocument,
  type DelegationHubClient,
} from '../../sdk/src/index.js';
import { gansuSheets, xlsx } from '../helpers/plan-files.js';
import { SIXTH_EDITION } from '../helpers/editions.js';
import { useTestServer } from '../helpers/server.js';

/**
 * Every delegation of every edition, set up and run through the API, end to end as the roles
 * would: the expo bureau opens a second edition and adds a second province to the 5th; that
 * province's office imports its plan from a workbook, corrects it and recruits; neither office
 * reads or changes the other's delegation; an expo-wide analyst counts both; a bad file writes
 * nothing; the bureau rolls Qinghai's delegation over to the new edition.
 */
describe('plan administration, end to end', () => {
  const t = useTestServer();
  let bureau: DelegationHubClient;
  let qinghai: DelegationHubClient;
  let gansu: DelegationHubClient;
  let gansuId: string;

  const structure = (client: DelegationHubClient, key: string, expoKey = 'CIIE-5') =>
    client.request(DelegationStructureDocument, { expoKey, key }).then((r) => r.delegation);

  /** The refusal's code, and that nothing was written to any table. */
  async function refusedCode(call: () => Promise<unknown>): Promise<string | undefined> {
    const count = async () =>
      (
        await t.sql.query(
          `select (select count(*) from audit_event) + (select count(*) from sub_delegation_lead)
             + (select count(*) from responsibility) + (select count(*) from purchaser) as n`,
        )
      ).rows[0].n as string;
    const before = await count();
    const error = await call().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DelegationHubError);
    expect(await count()).toBe(before);
    return (error as DelegationHubError).code;
  }

  beforeAll(async () => {
    bureau = await t.client('EXPO_BUREAU', 'CIIE-5');
    qinghai = await t.client('DELEGATION_OFFICE', 'CIIE-5/QH');
    const fifth = (await t.as('ADMIN')(`{ expo(key: "CIIE-5") { id } }`)).body.data.expo
      .id as string;
    gansuId = (
      await bureau.request(CreateDelegationDocument, {
        input: {
          expoId: fifth,
          key: 'GS',
          nameZh: '第五届进博会甘肃省交易团',
          nameEn: 'Gansu Trading Delegation to the 5th CIIE',
          provinceZh: '甘肃省',
          provinceEn: 'Gansu',
          officeOrganisation: { kind: 'GOVERNMENT', nameZh: '甘肃省商务厅' },
        },
      })
    ).createDelegation.id;
    gansu = await t.client('DELEGATION_OFFICE', 'CIIE-5/GS');
  });

  it("a second province's office imports its plan from a workbook; a bad file writes nothing", async () => {
    const sheets = gansuSheets();
    sheets['交易团']![1]![1] = '第五届进博会甘肃省交易团';
    sheets['交易团']![1]![2] = 'Gansu Trading Delegation to the 5th CIIE';
    // a second leader and a lead unit that is no member unit: every error, nothing written
    const bad = gansuSheets();
    bad.LeadingGroup!.push(['LEADER', '周副省长', '副省长', 'Vice Governor', 'GS_GOV']);
    bad['牵头单位']!.push(['COMMERCE', 'NO_SUCH_UNIT', 1, null]);
    const badFile = await xlsx(bad);
    const importBad = () =>
      gansu.request(ImportPlanDocument, {
        input: { delegationId: gansuId, format: 'XLSX', file: badFile },
      });
    expect(await refusedCode(importBad)).toBe('BAD_USER_INPUT');
    const refusal = await importBad().catch((e: DelegationHubError) => e);
    const errors = (refusal as DelegationHubError).errors[0]!.extensions!.errors as unknown[];
    expect(errors.length).toBeGreaterThanOrEqual(2);
    expect(await structure(gansu, 'GS')).toMatchObject({ subDelegations: [], leadingGroup: [] });

    await gansu.request(ImportPlanDocument, {
      input: { delegationId: gansuId, format: 'XLSX', file: await xlsx(sheets) },
    });
    const plan = (await structure(gansu, 'GS'))!;
    expect(plan.subDelegations.map((s) => s.key)).toEqual(['COMMERCE', 'AGRICULTURE', 'HEALTH']);
    expect(plan.targetTotal).toBe(68);
  });

  it('the office corrects its plan and recruits; the other office reads and changes none of it', async () => {
    const plan = (await structure(gansu, 'GS'))!;
    const agriculture = plan.subDelegations.find((s) => s.key === 'AGRICULTURE')!;
    const lead = agriculture.leads[0]!;
    await gansu.request(UpdateSubDelegationLeadDocument, {
      input: { leadId: lead.id, version: lead.version, target: { min: 12, of: 'enterprises' } },
    });
    expect((await structure(gansu, 'GS'))!.targetTotal).toBe(70);
    const commerce = plan.subDelegations.find((s) => s.key === 'COMMERCE')!;
    const { invitePurchaser } = await gansu.request(InvitePurchaserDocument, {
      input: {
        delegationId: gansuId,
        subDelegationId: commerce.id,
        organisation: { kind: 'ENTERPRISE', nameZh: '兰州某进出口贸易有限公司' },
      },
    });
    expect(invitePurchaser.status).toBe('INVITED');

    // Qinghai's office finds nothing of Gansu, and Gansu's nothing of Qinghai
    expect(await structure(qinghai, 'GS')).toBeNull();
    expect(await structure(gansu, 'QH')).toBeNull();
    const node = `query ($id: ID!) { node(id: $id) { id } }`;
    expect(
      (await t.as('DELEGATION_OFFICE', 'CIIE-5/QH')(node, { id: invitePurchaser.id })).body.data
        .node,
    ).toBeNull();
    const duty = plan.memberUnits.flatMap((u) => u.responsibilities)[0]!;
    expect(
      await refusedCode(() =>
        qinghai.request(UpdateResponsibilityDocument, {
          input: { responsibilityId: duty.id, version: duty.version, dutyEn: 'taken over' },
        }),
      ),
    ).toBe('NOT_FOUND');
    const qinghaiDuty = (await structure(qinghai, 'QH'))!.memberUnits.flatMap(
      (u) => u.responsibilities,
    )[0]!;
    expect(
      await refusedCode(() =>
        gansu.request(UpdateResponsibilityDocument, {
          input: {
            responsibilityId: qinghaiDuty.id,
            version: qinghaiDuty.version,
            dutyEn: 'taken over',
          },
        }),
      ),
    ).toBe('NOT_FOUND');
  });

  it('an expo-wide analyst counts the purchasers of both delegations', async () => {
    const qh = (await structure(qinghai, 'QH'))!;
    await qinghai.request(InvitePurchaserDocument, {
      input: {
        delegationId: qh.id,
        subDelegationId: qh.subDelegations.find((sub) => sub.receivesUnassigned)!.id,
        organisation: { kind: 'ENTERPRISE', nameZh: '西宁某进出口贸易有限公司' },
      },
    });
    const { body } = await t.as(
      'ANALYST',
      'CIIE-5',
    )(`{ purchaserAggregate(groupBy: [DELEGATION]) { delegation { key } count } }`);
    const counts = Object.fromEntries(
      (body.data.purchaserAggregate as { delegation: { key: string }; count: number }[]).map(
        (g) => [g.delegation.key, g.count],
      ),
    );
    expect(counts.GS).toBe(1);
    expect(counts.QH).toBe(1);
    // an office counts its own delegation's only
    const office = await t.as(
      'DELEGATION_OFFICE',
      'CIIE-5/GS',
    )(`{ purchaserAggregate(groupBy: [DELEGATION]) { delegation { key } count } }`);
    expect(office.body.data.purchaserAggregate).toEqual([{ delegation: { key: 'GS' }, count: 1 }]);
  });

  it("the bureau opens the 6th edition and rolls Qinghai's delegation over to it", async () => {
    const { createExpo } = await bureau.request(CreateExpoDocument, {
      input: SIXTH_EDITION,
    });
    const fifth = (await structure(qinghai, 'QH'))!;
    const { rollOverDelegation } = await bureau.request(RollOverDelegationDocument, {
      input: { fromDelegationId: fifth.id, toExpoId: createExpo.id },
    });
    expect(rollOverDelegation.key).toBe('QH');
    const sixthOffice = await t.client('DELEGATION_OFFICE', 'CIIE-6/QH');
    const sixth = (await structure(sixthOffice, 'QH', 'CIIE-6'))!;
    expect(sixth.id).not.toBe(fifth.id);
    expect(sixth.subDelegations.map((s) => [s.key, s.targetMin])).toEqual(
      fifth.subDelegations.map((s) => [s.key, s.targetMin]),
    );
    expect(sixth.leadingGroup.map((m) => [m.role, m.person.name])).toEqual(
      fifth.leadingGroup.map((m) => [m.role, m.person.name]),
    );
  });
});
