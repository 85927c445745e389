import { beforeAll, describe, expect, it } from 'vitest';
import {
  createClient,
  CreateDelegationDocument,
  CreateExpoDocument,
  DelegationDocument,
  DelegationStructureDocument,
  EarlierEditionDealsDocument,
  RecordDealFollowUpDocument,
  RollOverDelegationDocument,
  UpdateMemberUnitDocument,
  type DelegationHubClient,
  type DelegationStructureQuery,
} from '../../sdk/src/index.js';
import { toGlobalId } from '../../server/src/graphql/relay.js';
import { approvedPurchaser, insertDeal } from '../helpers/fixtures.js';
import { refusal } from '../helpers/refusals.js';
import { GANSU_DELEGATION, SIXTH_EDITION } from '../helpers/editions.js';
import { useTestServer } from '../helpers/server.js';

/**
 * Roll-over (issue #18): the expo bureau prepares the 6th CIIE's Qinghai delegation from the 5th
 * one's, through the SDK. The structure comes over equal, every record new; the new delegation's
 * office reads it and corrects it without touching the 5th edition's; the 5th edition's deals stay
 * open to the new office's follow-up. Refusals write nothing.
 */

type Structure = NonNullable<DelegationStructureQuery['delegation']>;

/** A structure without its ids and versions: what a roll-over must carry over equal. */
function shape(s: Structure) {
  const person = (
    p:
      | { name: string; phone?: string | null; mobile?: string | null; email?: string | null }
      | null
      | undefined,
  ) => (p ? { name: p.name, phone: p.phone, mobile: p.mobile, email: p.email } : null);
  const unitKey = new Map(s.memberUnits.map((u) => [u.id, u.organisation.key]));
  return {
    key: s.key,
    targetTotal: s.targetTotal,
    leadingGroup: s.leadingGroup.map((m) => ({
      role: m.role,
      titleZh: m.titleZh,
      titleEn: m.titleEn,
      person: person(m.person),
      memberUnit: unitKey.get(m.memberUnit.id),
      organisation: m.organisation?.key,
    })),
    memberUnits: s.memberUnits.map((u) => ({
      hostsOffice: u.hostsOffice,
      organisation: u.organisation.key ?? u.organisation.nameZh,
      liaison: person(u.liaison),
      designatedPerson: person(u.designatedPerson),
      responsibilities: u.responsibilities.map((r) => [r.dutyEn, r.dutyZh]),
    })),
    subDelegations: s.subDelegations.map((d) => ({
      key: d.key,
      nameZh: d.nameZh,
      nameEn: d.nameEn,
      focus: d.focus,
      receivesUnassigned: d.receivesUnassigned,
      targetMin: d.targetMin,
      sharedTarget: d.sharedTarget,
      leads: d.leads.map((l) => [l.organisation.key ?? l.organisation.nameZh, l.target]),
    })),
  };
}

/** Every record id a structure shows. */
function idsOf(s: Structure): string[] {
  return [
    s.id,
    ...s.leadingGroup.flatMap((m) => [m.id, m.person?.id]),
    ...s.memberUnits.flatMap((u) => [
      u.id,
      u.liaison?.id,
      u.designatedPerson?.id,
      ...u.responsibilities.map((r) => r.id),
    ]),
    ...s.subDelegations.flatMap((d) => [d.id, ...d.leads.map((l) => l.id)]),
  ].filter((id): id is string => id != null);
}

describe('roll-over to the next edition', () => {
  const t = useTestServer();
  let bureau: DelegationHubClient;
  let admin: DelegationHubClient;
  let sixth: string;
  let fifthQh: string;

  const counts = async () =>
    (
      await t.sql.query(
        `select (select count(*) from delegation)::int as delegations,
          (select count(*) from person)::int as people,
          (select count(*) from member_unit)::int as units,
          (select count(*) from audit_event)::int as audit`,
      )
    ).rows[0];

  const structure = async (client: DelegationHubClient, expoKey: string) =>
    (await client.request(DelegationStructureDocument, { expoKey, key: 'QH' })).delegation;

  beforeAll(async () => {
    bureau = await t.client('EXPO_BUREAU', 'CIIE-5');
    admin = await t.client('ADMIN');
    // the bureau of the 5th edition creates the 6th, and is made its bureau
    const { createExpo } = await bureau.request(CreateExpoDocument, {
      input: SIXTH_EDITION,
    });
    sixth = createExpo.id;
    fifthQh = toGlobalId(
      'Delegation',
      (await t.sql.query(`select id from delegation where key = 'QH'`)).rows[0].id,
    );
    // the 5th edition's office names a liaison officer and a designated person with contacts
    const office = await t.client('DELEGATION_OFFICE', 'CIIE-5/QH');
    const unit = (await structure(office, 'CIIE-5'))!.memberUnits.find(
      (u) => u.organisation.key === 'COMMERCE',
    )!;
    await office.request(UpdateMemberUnitDocument, {
      input: {
        memberUnitId: unit.id,
        version: unit.version,
        liaison: { name: '马联络', mobile: '13800138001', email: 'ma@example.cn' },
        designatedPerson: { name: '韩专人', phone: '0971-6300000' },
      },
    });
    // another province is in the 6th edition already, under the key GS
    await bureau.request(CreateDelegationDocument, {
      input: { ...GANSU_DELEGATION, expoId: sixth },
    });
  });

  it('refuses, writing nothing: a taken key, an edition not later, the wrong roles, ids that name nothing', async () => {
    const before = await counts();
    const input = { fromDelegationId: fifthQh, toExpoId: sixth };
    const roll = (client: DelegationHubClient, extra: Record<string, unknown> = {}) =>
      refusal(client.request(RollOverDelegationDocument, { input: { ...input, ...extra } }));
    const fifth = toGlobalId(
      'Expo',
      (await t.sql.query(`select id from expo where key = 'CIIE-5'`)).rows[0].id,
    );
    expect(await roll(bureau, { key: 'GS' })).toEqual({ code: 'CONFLICT', field: 'input.key' });
    // one delegation per province and edition: a second Gansu is refused at its province
    expect(
      await refusal(
        bureau.request(CreateDelegationDocument, {
          input: {
            expoId: sixth,
            key: 'GS2',
            nameZh: '甘肃省第二交易团',
            nameEn: 'A second Gansu delegation',
            provinceZh: '甘肃省',
            provinceEn: 'Gansu',
            officeOrganisation: { kind: 'GOVERNMENT', nameZh: '甘肃省另一厅' },
          },
        }),
      ),
    ).toEqual({ code: 'CONFLICT', field: 'input.provinceEn' });
    expect(await roll(bureau, { key: 'q h' })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.key',
    });
    expect(await roll(bureau, { toExpoId: fifth })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.toExpoId',
    });
    expect(await roll(bureau, { names: { nameZh: ' ', nameEn: 'Qinghai' } })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.names.nameZh',
    });
    expect(await roll(bureau, { fromDelegationId: sixth })).toEqual({
      code: 'NOT_FOUND',
      field: 'input.fromDelegationId',
    });
    expect(await roll(bureau, { toExpoId: fifthQh })).toEqual({
      code: 'NOT_FOUND',
      field: 'input.toExpoId',
    });
    // the office of the 5th edition's delegation does not prepare the next: the bureau does
    for (const [role, scope] of [
      ['DELEGATION_OFFICE', 'CIIE-5/QH'],
      ['ANALYST', 'CIIE-5'],
      ['SUB_DELEGATION_LEAD', 'CIIE-5/QH/COMMERCE'],
    ] as const) {
      expect(await roll(await t.client(role, scope))).toEqual({
        code: 'FORBIDDEN',
        field: undefined,
      });
    }
    // a bureau of the 5th edition only may not create delegations in the 6th
    const other = createClient({
      url: t.url,
      token: await t.token('EXPO_BUREAU', 'CIIE-5', 'another bureau of the 5th'),
    });
    expect(await roll(other)).toEqual({ code: 'FORBIDDEN', field: undefined });
    // a bureau of the 6th edition only does not read the 5th edition's delegation
    expect(await roll(await t.client('EXPO_BUREAU', 'CIIE-6'))).toEqual({
      code: 'NOT_FOUND',
      field: 'input.fromDelegationId',
    });
    expect(await counts()).toEqual(before);
  });

  it("creates the 6th CIIE's delegation from the 5th: the structure equal, every id new, audited", async () => {
    const fifth = (await structure(admin, 'CIIE-5'))!;
    const { rollOverDelegation: made } = await bureau.request(RollOverDelegationDocument, {
      input: { fromDelegationId: fifthQh, toExpoId: sixth },
    });
    expect(made).toMatchObject({
      key: 'QH',
      nameZh: '第六届进博会青海省交易团',
      nameEn: 'Qinghai Trading Delegation to the 6th CIIE',
      provinceEn: 'Qinghai',
      version: 1,
      expo: { key: 'CIIE-6' },
      officeHost: { key: 'COMMERCE' },
    });
    const next = (await structure(admin, 'CIIE-6'))!;
    expect(next.id).toBe(made.id);
    expect(shape(next)).toEqual(shape(fifth));
    expect(fifth.leadingGroup.length).toBeGreaterThan(0);
    expect(fifth.subDelegations.flatMap((s) => s.leads).length).toBeGreaterThan(0);
    const old = new Set(idsOf(fifth));
    expect(idsOf(next).filter((id) => old.has(id))).toEqual([]);
    // the office's contacts, the registration principle and the office host too
    const plan = async (expoKey: string) => {
      const { delegation } = await admin.request(DelegationDocument, { expoKey, key: 'QH' });
      const { contacts, registrationPrincipleZh, registrationPrincipleEn, officeHost } =
        delegation!;
      return {
        contacts: contacts.map(({ person, ...c }) => ({ ...c, person: { ...person, id: null } })),
        registrationPrincipleZh,
        registrationPrincipleEn,
        officeHost,
      };
    };
    const fifthPlan = await plan('CIIE-5');
    expect(fifthPlan.contacts.length).toBeGreaterThan(0);
    expect(await plan('CIIE-6')).toEqual(fifthPlan);
    // the 5th edition's delegation is as it was
    expect(await structure(admin, 'CIIE-5')).toEqual(fifth);
    const { rows } = await t.sql.query(
      `select actor, after from audit_event where action = 'delegation.rollOver'`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].after).toMatchObject({
      key: 'QH',
      copied: {
        memberUnits: fifth.memberUnits.length,
        leadingGroupMembers: fifth.leadingGroup.length,
        subDelegations: fifth.subDelegations.length,
        serviceUnits: 7,
      },
    });
    // the member units' service duties come along (the railway still books the tickets)
    const { rows: duties } = await t.sql.query(
      `select e.key as expo, o.key as unit, s.duty from service_unit s
       join delegation d on d.id = s.delegation_id join expo e on e.id = d.expo_id
       join organisation o on o.id = s.organisation_id order by 1, 2, 3`,
    );
    const of = (expo: string) =>
      duties.filter((r) => r.expo === expo).map((r) => `${r.unit}:${r.duty}`);
    expect(of('CIIE-5')).toContain('RAILWAY:TICKETING');
    expect(of('CIIE-6')).toEqual(of('CIIE-5'));
  });

  it('refuses a second roll-over of the province to the same edition: CONFLICT at input.toExpoId', async () => {
    const before = await counts();
    expect(
      await refusal(
        bureau.request(RollOverDelegationDocument, {
          input: { fromDelegationId: fifthQh, toExpoId: sixth, key: 'QH2' },
        }),
      ),
    ).toEqual({ code: 'CONFLICT', field: 'input.toExpoId' });
    expect(await counts()).toEqual(before);
  });

  it("is read and corrected by the new delegation's office, not by the 5th edition's", async () => {
    const office = await t.client('DELEGATION_OFFICE', 'CIIE-6/QH');
    const own = (await structure(office, 'CIIE-6'))!;
    expect(own.memberUnits.length).toBeGreaterThan(0);
    // contacts of its own people in full; the 5th edition's office finds nothing of the 6th
    const liaison = own.memberUnits.find((u) => u.liaison?.mobile)!.liaison!;
    expect(liaison).toMatchObject({
      name: '马联络',
      mobile: '13800138001',
      email: 'ma@example.cn',
      contactMasked: false,
    });
    // the bureau sees them masked, as everywhere
    const seen = (await structure(bureau, 'CIIE-6'))!.memberUnits.find((u) => u.liaison)!;
    expect(seen.liaison).toMatchObject({ mobile: '***8001', contactMasked: true });
    expect(await structure(await t.client('DELEGATION_OFFICE', 'CIIE-5/QH'), 'CIIE-6')).toBeNull();
    const unit = own.memberUnits.find((u) => u.liaison)!;
    const { updateMemberUnit } = await office.request(UpdateMemberUnitDocument, {
      input: {
        memberUnitId: unit.id,
        version: unit.version,
        liaison: { name: '新联络员', mobile: '13700137000' },
      },
    });
    expect(updateMemberUnit.liaison?.name).toBe('新联络员');
    // the 5th edition's record of the same unit keeps its liaison
    const fifth = (await structure(admin, 'CIIE-5'))!;
    const same = fifth.memberUnits.find((u) => u.organisation.id === unit.organisation.id)!;
    expect(same.liaison?.name).toBe(unit.liaison?.name);
  });

  it("leaves the 5th edition's deals open to follow-up by the new office", async () => {
    const p = await approvedPurchaser(t.sql, { delegation: 'QH' });
    const fifthId = (await t.sql.query(`select id from expo where key = 'CIIE-5'`)).rows[0].id;
    expect(p.expo).toBe(fifthId);
    const deal = toGlobalId('Deal', await insertDeal(t.sql, p, '125000.00'));
    const office = await t.client('DELEGATION_OFFICE', 'CIIE-6/QH');
    const sixthQh = (await structure(office, 'CIIE-6'))!.id;
    const { earlierEditionDeals } = await office.request(EarlierEditionDealsDocument, {
      delegationId: sixthQh,
    });
    expect(earlierEditionDeals.nodes.map((d) => d.id)).toContain(deal);
    const followed = earlierEditionDeals.nodes.find((d) => d.id === deal)!;
    const { recordDealFollowUp } = await office.request(RecordDealFollowUpDocument, {
      input: {
        dealId: deal,
        version: followed.version,
        followedOn: '2023-01-10',
        note: '第六届交易团办公室跟进',
      },
    });
    expect(recordDealFollowUp).toMatchObject({ note: '第六届交易团办公室跟进' });
    // Gansu's office of the 6th edition follows none of Qinghai's deals
    const gansu = await t.client('DELEGATION_OFFICE', 'CIIE-6/GS');
    const { earlierEditionDeals: none } = await gansu.request(EarlierEditionDealsDocument, {
      delegationId: sixthQh,
    });
    expect(none.nodes).toEqual([]);
  });
});
