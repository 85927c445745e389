import { beforeAll, describe, expect, it } from 'vitest';
import {
  AddLeadingGroupMemberDocument,
  AddMemberUnitDocument,
  AddResponsibilityDocument,
  AddSubDelegationDocument,
  type DelegationHubError,
  DelegationStructureDocument,
  DelegationStructureHistoryDocument,
  RemoveLeadingGroupMemberDocument,
  RemoveMemberUnitDocument,
  RemoveSubDelegationDocument,
  RemoveSubDelegationLeadDocument,
  UpdateLeadingGroupMemberDocument,
  UpdateMemberUnitDocument,
  UpdateResponsibilityDocument,
  UpdateSubDelegationDocument,
  UpdateSubDelegationLeadDocument,
  type DelegationHubClient,
  type DelegationStructureQuery,
} from '../../sdk/src/index.js';
import { toGlobalId } from '../../server/src/graphql/relay.js';
import { refusedUnchanged } from '../helpers/refusals.js';
import { useTestServer } from '../helpers/server.js';
import { tradePurchaser } from '../helpers/trade.js';

/**
 * A delegation's structure, edited through the SDK by its office: the leading group, member units
 * with their liaison officers and designated persons, sub-delegations with lead units and
 * targets, duties. Every refusal names its code and field and writes nothing; every change is
 * audited and guarded by its version.
 */

type Structure = NonNullable<DelegationStructureQuery['delegation']>;

describe("a delegation office edits its delegation's structure", () => {
  const t = useTestServer();
  let office: DelegationHubClient;
  let qh: string;
  const org = async (key: string) =>
    toGlobalId(
      'Organisation',
      (await t.sql.query(`select id from organisation where key = $1`, [key])).rows[0].id,
    );

  /** The structure as the office reads it now. */
  const structure = async (client = office): Promise<Structure> =>
    (await client.request(DelegationStructureDocument, { expoKey: 'CIIE-5', key: 'QH' }))
      .delegation!;

  /** The SDK's error of a refused call, and that it wrote nothing. */
  const refused = (call: () => Promise<unknown>) => refusedUnchanged(t.sql, call);

  beforeAll(async () => {
    office = await t.client('DELEGATION_OFFICE', 'CIIE-5/QH');
    qh = (await structure()).id;
  });

  it('corrects its leading group: one leader, at most one secretary-general, people new or known', async () => {
    const group = (await structure()).leadingGroup;
    const leader = group.find((m) => m.role === 'LEADER')!;
    const secretary = group.find((m) => m.role === 'SECRETARY_GENERAL')!;
    const member = group.find((m) => m.role === 'MEMBER')!;

    // the secretary-general changed: a new person, with contacts, and an English title
    const { updateLeadingGroupMember: corrected } = await office.request(
      UpdateLeadingGroupMemberDocument,
      {
        input: {
          memberId: secretary.id,
          version: secretary.version,
          person: { name: '新秘书长', mobile: '13700137000', email: 'sg@qh.example.cn' },
          titleEn: 'Director-General, Department of Commerce',
        },
      },
    );
    expect(corrected).toMatchObject({
      role: 'SECRETARY_GENERAL',
      version: secretary.version + 1,
      titleEn: 'Director-General, Department of Commerce',
      person: { name: '新秘书长', mobile: '13700137000', email: 'sg@qh.example.cn' },
    });
    // contacts stay masked by the existing rules: an expo-wide analyst sees them masked
    const analyst = await t.client('ANALYST', 'CIIE-5');
    const seen = (await structure(analyst)).leadingGroup.find((m) => m.id === secretary.id)!;
    expect(seen.person).toMatchObject({ mobile: '***7000', contactMasked: true });

    // a second leader, a second secretary-general: refused at input.role, nothing written
    for (const role of ['LEADER', 'SECRETARY_GENERAL'] as const) {
      const second = await refused(() =>
        office.request(UpdateLeadingGroupMemberDocument, {
          input: { memberId: member.id, version: member.version, role },
        }),
      );
      expect(second).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.role' });
      const added = await refused(() =>
        office.request(AddLeadingGroupMemberDocument, {
          input: {
            memberUnitId: member.memberUnit.id,
            person: { name: '第二位' },
            role,
            titleZh: '副主任',
          },
        }),
      );
      expect(added).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.role' });
    }
    // the leader's role stays (exactly one), and the leader is not removed from a group
    expect(
      await refused(() =>
        office.request(UpdateLeadingGroupMemberDocument, {
          input: { memberId: leader.id, version: leader.version, role: 'DEPUTY_LEADER' },
        }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.role' });
    expect(
      await refused(() =>
        office.request(RemoveLeadingGroupMemberDocument, {
          input: { memberId: leader.id, version: leader.version },
        }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.memberId' });

    // the leader is handed over by giving the leader's member another person
    const { updateLeadingGroupMember: newLeader } = await office.request(
      UpdateLeadingGroupMemberDocument,
      {
        input: {
          memberId: leader.id,
          version: leader.version,
          person: { name: '新组长' },
          titleZh: '省长',
        },
      },
    );
    expect(newLeader).toMatchObject({
      role: 'LEADER',
      titleZh: '省长',
      person: { name: '新组长' },
    });

    // someone known already (the former secretary-general) joins again as a member, by ID
    const { addLeadingGroupMember: again } = await office.request(AddLeadingGroupMemberDocument, {
      input: {
        memberUnitId: secretary.memberUnit.id,
        person: { personId: secretary.person.id },
        role: 'MEMBER',
        titleZh: '巡视员',
      },
    });
    expect(again).toMatchObject({ role: 'MEMBER', person: { id: secretary.person.id } });
    // ... but only once
    expect(
      await refused(() =>
        office.request(AddLeadingGroupMemberDocument, {
          input: {
            memberUnitId: secretary.memberUnit.id,
            person: { personId: secretary.person.id },
            role: 'MEMBER',
            titleZh: '巡视员',
          },
        }),
      ),
    ).toMatchObject({ code: 'CONFLICT', field: 'input.person.personId' });
    const { removeLeadingGroupMember } = await office.request(RemoveLeadingGroupMemberDocument, {
      input: { memberId: again.id, version: again.version },
    });
    expect(removeLeadingGroupMember.leadingGroup.map((m) => m.id)).not.toContain(again.id);

    // two editors at once name a secretary-general, where there is none: one wins
    const sg = (await structure()).leadingGroup.find((m) => m.role === 'SECRETARY_GENERAL')!;
    await office.request(UpdateLeadingGroupMemberDocument, {
      input: { memberId: sg.id, version: sg.version, role: 'MEMBER' },
    });
    const [unitA, unitB] = (await structure()).memberUnits.slice(2, 4);
    const racing = await Promise.allSettled(
      [unitA!, unitB!].map((unit, i) =>
        office.request(AddLeadingGroupMemberDocument, {
          input: {
            memberUnitId: unit.id,
            person: { name: `秘书长候选${i}` },
            role: 'SECRETARY_GENERAL',
            titleZh: '秘书长',
          },
        }),
      ),
    );
    expect(racing.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const lost = racing.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(['BAD_USER_INPUT', 'CONFLICT']).toContain((lost.reason as DelegationHubError).code);
    expect((lost.reason as DelegationHubError).field).toBe('input.role');
    const { rows: sgs } = await t.sql.query(
      `select p.name from leading_group_member m join person p on p.id = m.person_id
       where m.role = 'SECRETARY_GENERAL'`,
    );
    expect(sgs).toHaveLength(1);

    // the database holds the same rules whatever writes the rows
    await expect(
      t.sql.query(
        `update leading_group_member set role = 'SECRETARY_GENERAL' where id = (select id from leading_group_member where role = 'MEMBER' limit 1)`,
      ),
    ).rejects.toThrow(/leading_group_one_secretary_general/);
    await expect(
      t.sql.query(`delete from leading_group_member where role = 'LEADER'`),
    ).rejects.toThrow(/no LEADER/);
  });

  it('adds a member unit with its liaison officer and designated person, and a duty in both languages', async () => {
    const organisation = toGlobalId(
      'Organisation',
      (
        await t.sql.query(
          `insert into organisation (kind, key, name_zh, name_en) values ('GOVERNMENT', 'ENERGY_BUREAU', '青海省能源局', 'Qinghai Energy Bureau') returning id`,
        )
      ).rows[0].id,
    );
    const { addMemberUnit: unit } = await office.request(AddMemberUnitDocument, {
      input: {
        delegationId: qh,
        organisationId: organisation,
        liaison: { name: '能源联络员', phone: '0971-8000000', mobile: '13600136000' },
        designatedPerson: { name: '能源专人', mobile: '13500135000' },
      },
    });
    expect(unit).toMatchObject({
      version: 1,
      hostsOffice: false,
      organisation: { key: 'ENERGY_BUREAU' },
      liaison: { name: '能源联络员', mobile: '13600136000', contactMasked: false },
      designatedPerson: { name: '能源专人', mobile: '13500135000' },
    });
    expect((await structure()).memberUnits.at(-1)!.id).toBe(unit.id);
    // the same organisation twice: CONFLICT at its field
    expect(
      await refused(() =>
        office.request(AddMemberUnitDocument, {
          input: { delegationId: qh, organisationId: organisation },
        }),
      ),
    ).toMatchObject({ code: 'CONFLICT', field: 'input.organisationId' });
    // a bad phone of a new person: BAD_USER_INPUT at its path
    expect(
      await refused(() =>
        office.request(UpdateMemberUnitDocument, {
          input: {
            memberUnitId: unit.id,
            version: unit.version,
            liaison: { name: '新联络员', mobile: 'call me' },
          },
        }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.liaison.mobile' });
    // the designated person becomes the liaison officer too, by ID; the designated person is cleared
    const { updateMemberUnit: changed } = await office.request(UpdateMemberUnitDocument, {
      input: {
        memberUnitId: unit.id,
        version: unit.version,
        liaison: { personId: unit.designatedPerson!.id },
        designatedPerson: null,
      },
    });
    expect(changed).toMatchObject({
      version: 2,
      liaison: { id: unit.designatedPerson!.id },
      designatedPerson: null,
    });

    const { addResponsibility: duty } = await office.request(AddResponsibilityDocument, {
      input: {
        memberUnitId: unit.id,
        dutyEn: 'coordinate energy enterprises as purchasers',
        dutyZh: '组织能源企业参会采购',
      },
    });
    expect(duty).toMatchObject({ version: 1, dutyZh: '组织能源企业参会采购' });
  });

  it('edits a duty (任务分工) in Chinese and English, guarded by its version', async () => {
    const commerce = (await structure()).memberUnits.find(
      (u) => u.organisation.key === 'COMMERCE',
    )!;
    const duty = commerce.responsibilities[0]!;
    const { updateResponsibility: edited } = await office.request(UpdateResponsibilityDocument, {
      input: {
        responsibilityId: duty.id,
        version: duty.version,
        dutyZh: '负责领导小组办公室日常工作',
        dutyEn: 'run the leading group office day to day',
      },
    });
    expect(edited).toMatchObject({
      version: duty.version + 1,
      dutyZh: '负责领导小组办公室日常工作',
      dutyEn: 'run the leading group office day to day',
    });
    // a second editor who read the duty before: CONFLICT, the version path, the version now
    const stale = await refused(() =>
      office.request(UpdateResponsibilityDocument, {
        input: { responsibilityId: duty.id, version: duty.version, dutyZh: '过时的修改' },
      }),
    );
    expect(stale).toMatchObject({ code: 'CONFLICT', field: 'input.version' });
    expect(stale.extensions).toMatchObject({ currentVersion: duty.version + 1 });
  });

  it('adds a sub-delegation whose co-leads share one target, and moves the unassigned purchasers to it', async () => {
    const before = await structure();
    const industry = await org('INDUSTRY');
    const sasac = await org('SASAC');
    // a target below zero, and own targets beside a shared one: refused at their paths
    const input = {
      delegationId: qh,
      key: 'NEW_ENERGY',
      nameZh: '新能源分团',
      nameEn: 'New Energy',
      focus: 'photovoltaics, lithium, hydrogen',
      sharedTarget: { min: 12, of: 'enterprises' },
      leads: [{ organisationId: industry }, { organisationId: sasac }],
    };
    expect(
      await refused(() =>
        office.request(AddSubDelegationDocument, {
          input: { ...input, sharedTarget: { min: -1 } },
        }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.sharedTarget.min' });
    expect(
      await refused(() =>
        office.request(AddSubDelegationDocument, {
          input: {
            ...input,
            leads: [{ organisationId: industry, target: { min: 3 } }, { organisationId: sasac }],
          },
        }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.leads.0.target' });
    expect(
      await refused(() =>
        office.request(AddSubDelegationDocument, { input: { ...input, key: 'COMMERCE' } }),
      ),
    ).toMatchObject({ code: 'CONFLICT', field: 'input.key' });

    const { addSubDelegation: sub } = await office.request(AddSubDelegationDocument, { input });
    expect(sub).toMatchObject({
      key: 'NEW_ENERGY',
      version: 1,
      targetMin: 12,
      sharedTarget: { min: 12, of: 'enterprises' },
      receivesUnassigned: false,
      leads: [
        { organisation: { key: 'INDUSTRY' }, target: null },
        { organisation: { id: sasac }, target: null },
      ],
    });
    const after = await structure();
    expect(after.targetTotal).toBe(before.targetTotal + 12);
    expect(after.subDelegations.at(-1)!.id).toBe(sub.id);

    // a co-lead may not have a target of its own beside the shared one
    expect(
      await refused(() =>
        office.request(UpdateSubDelegationLeadDocument, {
          input: { leadId: sub.leads[0]!.id, version: 1, target: { min: 5 } },
        }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.target' });

    // exactly one sub-delegation receives the purchasers of units without one: it moves
    const { updateSubDelegation: receiving } = await office.request(UpdateSubDelegationDocument, {
      input: { subDelegationId: sub.id, version: sub.version, receivesUnassigned: true },
    });
    expect(receiving).toMatchObject({ receivesUnassigned: true, version: 2 });
    const now = await structure();
    expect(now.subDelegations.filter((s) => s.receivesUnassigned).map((s) => s.key)).toEqual([
      'NEW_ENERGY',
    ]);
    expect(
      await refused(() =>
        office.request(UpdateSubDelegationDocument, {
          input: { subDelegationId: sub.id, version: 2, receivesUnassigned: false },
        }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.receivesUnassigned' });
    const commerce = now.subDelegations.find((s) => s.key === 'COMMERCE')!;
    await office.request(UpdateSubDelegationDocument, {
      input: { subDelegationId: commerce.id, version: commerce.version, receivesUnassigned: true },
    });

    // the co-leads split the target after all: shared target off, each lead its own
    const { updateSubDelegation: split } = await office.request(UpdateSubDelegationDocument, {
      input: { subDelegationId: sub.id, version: 3, sharedTarget: null, position: 0 },
    });
    expect(split).toMatchObject({ sharedTarget: null, targetMin: 0 });
    const { updateSubDelegationLead: own } = await office.request(UpdateSubDelegationLeadDocument, {
      input: { leadId: sub.leads[0]!.id, version: 1, target: { min: 7, of: 'enterprises' } },
    });
    expect(own).toMatchObject({ version: 2, target: { min: 7, of: 'enterprises' } });
    expect(
      await refused(() =>
        office.request(UpdateSubDelegationLeadDocument, {
          input: { leadId: sub.leads[1]!.id, version: 1, target: { min: -5 } },
        }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.target.min' });
    const { removeSubDelegationLead: one } = await office.request(RemoveSubDelegationLeadDocument, {
      input: { leadId: sub.leads[1]!.id, version: 1 },
    });
    expect(one).toMatchObject({ targetMin: 7, leads: [{ organisation: { key: 'INDUSTRY' } }] });
    const { removeSubDelegation: gone } = await office.request(RemoveSubDelegationDocument, {
      input: { subDelegationId: sub.id, version: 4 },
    });
    expect(gone.subDelegations.map((s) => s.key)).not.toContain('NEW_ENERGY');
    expect(gone.targetTotal).toBe(before.targetTotal);
  });

  it('refuses to remove what recorded work depends on (IN_USE), writing nothing', async () => {
    const s = await structure();
    const ecology = s.subDelegations.find((x) => x.key === 'ECOLOGY')!;
    const lead = ecology.leads[0]!;
    const purchaser = await tradePurchaser(t.sql, {
      key: 'STRUCTURE_BUYER',
      subDelegation: 'ECOLOGY',
    });
    await t.sql.query(
      `update purchaser set lead_id = (select id from sub_delegation_lead where sub_delegation_id = $2 order by position limit 1) where id = $1`,
      [purchaser.id, purchaser.subDelegation],
    );
    expect(
      await refused(() =>
        office.request(RemoveSubDelegationLeadDocument, {
          input: { leadId: lead.id, version: lead.version },
        }),
      ),
    ).toMatchObject({ code: 'IN_USE', field: 'input.leadId' });
    expect(
      await refused(() =>
        office.request(RemoveSubDelegationDocument, {
          input: { subDelegationId: ecology.id, version: ecology.version },
        }),
      ),
    ).toMatchObject({ code: 'IN_USE', field: 'input.subDelegationId' });
    // the unit that leads it, and the one that invited purchasers (Commerce hosts the office)
    const ecologyUnit = s.memberUnits.find((u) => u.organisation.key === 'ECOLOGY')!;
    const removed = await refused(() =>
      office.request(RemoveMemberUnitDocument, {
        input: { memberUnitId: ecologyUnit.id, version: ecologyUnit.version },
      }),
    );
    expect(removed).toMatchObject({ code: 'IN_USE', field: 'input.memberUnitId' });
    expect(removed.message).toMatch(/leads 1 sub-delegation/);
    // a unit with nothing depending on it goes, and its duties with it
    const energy = s.memberUnits.find((u) => u.organisation.key === 'ENERGY_BUREAU')!;
    const { removeMemberUnit } = await office.request(RemoveMemberUnitDocument, {
      input: { memberUnitId: energy.id, version: energy.version },
    });
    expect(removeMemberUnit.memberUnits.map((u) => u.id)).not.toContain(energy.id);
  });

  it("is the office's alone: another delegation's office finds nothing, a bureau may not", async () => {
    // a second delegation of the same expo (Gansu), with an office of its own
    await t.sql.query(
      `insert into delegation (expo_id, key, name_zh, name_en, province_zh, province_en)
       select id, 'GS', '甘肃交易团', 'Gansu Delegation', '甘肃', 'Gansu' from expo where key = 'CIIE-5'`,
    );
    const gansu = await t.client('DELEGATION_OFFICE', 'CIIE-5/GS');
    const s = await structure();
    const member = s.leadingGroup.find((m) => m.role === 'MEMBER')!;
    const unit = s.memberUnits[1]!;
    const sub = s.subDelegations[1]!;
    const duty = s.memberUnits.find((u) => u.responsibilities.length)!.responsibilities[0]!;
    const calls: [string, () => Promise<unknown>, string][] = [
      [
        'updateLeadingGroupMember',
        () =>
          gansu.request(UpdateLeadingGroupMemberDocument, {
            input: { memberId: member.id, version: member.version, titleZh: '改' },
          }),
        'input.memberId',
      ],
      [
        'addMemberUnit',
        async () =>
          gansu.request(AddMemberUnitDocument, {
            input: { delegationId: qh, organisationId: await org('FINANCE') },
          }),
        'input.delegationId',
      ],
      [
        'updateMemberUnit',
        () =>
          gansu.request(UpdateMemberUnitDocument, {
            input: { memberUnitId: unit.id, version: unit.version, position: 3 },
          }),
        'input.memberUnitId',
      ],
      [
        'addSubDelegation',
        () =>
          gansu.request(AddSubDelegationDocument, {
            input: { delegationId: qh, key: 'GS_X', nameZh: '甲', nameEn: 'X' },
          }),
        'input.delegationId',
      ],
      [
        'removeSubDelegation',
        () =>
          gansu.request(RemoveSubDelegationDocument, {
            input: { subDelegationId: sub.id, version: sub.version },
          }),
        'input.subDelegationId',
      ],
      [
        'updateResponsibility',
        () =>
          gansu.request(UpdateResponsibilityDocument, {
            input: { responsibilityId: duty.id, version: duty.version, dutyZh: '改' },
          }),
        'input.responsibilityId',
      ],
    ];
    for (const [name, call, field] of calls) {
      expect([name, await refused(call)]).toMatchObject([name, { code: 'NOT_FOUND', field }]);
    }
    // the expo bureau reads the delegation but does not edit its structure
    const bureau = await t.client('EXPO_BUREAU', 'CIIE-5');
    expect(
      await refused(() =>
        bureau.request(UpdateResponsibilityDocument, {
          input: { responsibilityId: duty.id, version: duty.version, dutyZh: '改' },
        }),
      ),
    ).toMatchObject({ code: 'FORBIDDEN' });

    // Gansu's office sets up its own: a member unit, its leader first, a first sub-delegation
    const gs = (await gansu.request(DelegationStructureDocument, { expoKey: 'CIIE-5', key: 'GS' }))
      .delegation!;
    const { addMemberUnit: gsUnit } = await gansu.request(AddMemberUnitDocument, {
      input: { delegationId: gs.id, organisationId: await org('COMMERCE') },
    });
    expect(
      await refused(() =>
        gansu.request(AddLeadingGroupMemberDocument, {
          input: {
            memberUnitId: gsUnit.id,
            person: { name: '甘肃成员' },
            role: 'MEMBER',
            titleZh: '厅长',
          },
        }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.role' });
    const { addLeadingGroupMember: gsLeader } = await gansu.request(AddLeadingGroupMemberDocument, {
      input: {
        memberUnitId: gsUnit.id,
        person: { name: '甘肃组长' },
        role: 'LEADER',
        titleZh: '副省长',
      },
    });
    const { addSubDelegation: gsSub } = await gansu.request(AddSubDelegationDocument, {
      input: {
        delegationId: gs.id,
        key: 'COMMERCE',
        nameZh: '商贸分团',
        nameEn: 'Commerce',
        leads: [{ organisationId: await org('COMMERCE'), target: { min: 30 } }],
      },
    });
    // its first sub-delegation receives the purchasers of units without one
    expect(gsSub).toMatchObject({ receivesUnassigned: true, targetMin: 30 });
    // ... and Qinghai's office finds none of it
    expect(
      await refused(() =>
        office.request(UpdateLeadingGroupMemberDocument, {
          input: { memberId: gsLeader.id, version: gsLeader.version, titleZh: '改' },
        }),
      ),
    ).toMatchObject({ code: 'NOT_FOUND', field: 'input.memberId' });
    expect(
      await refused(() =>
        office.request(AddLeadingGroupMemberDocument, {
          input: {
            memberUnitId: gsUnit.id,
            person: { personId: gsLeader.person.id },
            role: 'MEMBER',
            titleZh: '改',
          },
        }),
      ),
    ).toMatchObject({ code: 'NOT_FOUND', field: 'input.memberUnitId' });
    // nor may it take Gansu's people into its own leading group
    const qhUnit = (await structure()).memberUnits[0]!;
    expect(
      await refused(() =>
        office.request(AddLeadingGroupMemberDocument, {
          input: {
            memberUnitId: qhUnit.id,
            person: { personId: gsLeader.person.id },
            role: 'MEMBER',
            titleZh: '改',
          },
        }),
      ),
    ).toMatchObject({ code: 'NOT_FOUND', field: 'input.person.personId' });
  });

  it('shows every change in the audit trail: who, what, before and after', async () => {
    const { delegation } = await office.request(DelegationStructureHistoryDocument, {
      expoKey: 'CIIE-5',
      key: 'QH',
    });
    const actions = delegation!.structureHistory.map((e) => e.action);
    for (const action of [
      'person.create',
      'leadingGroupMember.update',
      'leadingGroupMember.add',
      'leadingGroupMember.remove',
      'memberUnit.add',
      'memberUnit.update',
      'memberUnit.remove',
      'responsibility.add',
      'responsibility.update',
      'subDelegation.add',
      'subDelegation.update',
      'subDelegation.remove',
      'subDelegationLead.add',
      'subDelegationLead.update',
      'subDelegationLead.remove',
    ]) {
      expect(actions).toContain(action);
    }
    const duty = delegation!.structureHistory.find((e) => e.action === 'responsibility.update')!;
    expect(duty.actor).toMatch(/DELEGATION_OFFICE@CIIE-5\/QH/);
    expect(duty.before).toMatchObject({ dutyEn: expect.any(String) });
    expect(duty.after).toMatchObject({ dutyZh: '负责领导小组办公室日常工作' });
    // no refused change left an event: the refused calls above wrote nothing at all
    expect(
      delegation!.structureHistory.every((e) => !String(e.after?.dutyZh).includes('过时')),
    ).toBe(true);
  });
});
