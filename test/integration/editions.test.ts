import { beforeAll, describe, expect, it } from 'vitest';
import {
  createClient,
  CreateDelegationDocument,
  CreateExpoDocument,
  DelegationDocument,
  ExpoSetupDocument,
  RecordDealDocument,
  SetExchangeRateDocument,
  UpdateDelegationDocument,
  UpdateExpoDocument,
  type DelegationHubClient,
} from '../../sdk/src/index.js';
import { ALL_ROLES, Role } from '../../server/src/auth/roles.js';
import { fromGlobalId, toGlobalId } from '../../server/src/graphql/relay.js';
import { OTHER_EXHIBITOR, otherScopes, refusal } from '../helpers/refusals.js';
import { GANSU_DELEGATION, SIXTH_EDITION, SIXTH_VENUE } from '../helpers/editions.js';
import { useTestServer } from '../helpers/server.js';
import { tradeExhibitor, tradePurchaser } from '../helpers/trade.js';

/**
 * Expo editions and their delegations, set up through the SDK as the expo bureau does it: a 6th
 * edition with its areas, zones and rates, a second province's delegation; every change audited
 * and guarded by a version; every other role refused; bad input refused at its field, writing
 * nothing. And the seed's rate table: a first EUR deal converts on a fresh seed.
 */

const SIXTH = {
  ...SIXTH_EDITION,
  ...SIXTH_VENUE,
  areas: [
    {
      key: 'FOOD_AGRI',
      nameZh: '食品及农产品',
      nameEn: 'Food & Agricultural Products',
      zones: [{ key: 'CROP_SEEDS', nameZh: '农作物种业', nameEn: 'Crop Seed Industry' }],
    },
    { key: 'TECH_EQUIPMENT', nameZh: '技术装备', nameEn: 'Technical Equipment' },
  ],
  rates: [
    { currency: 'EUR', usdRate: '1.0756' },
    { currency: 'JPY', usdRate: '0.0067' },
  ],
};

const GANSU = {
  ...GANSU_DELEGATION,
  officeOrganisation: {
    ...GANSU_DELEGATION.officeOrganisation,
    nameEn: 'Gansu Department of Commerce',
  },
};

describe('expo editions and their delegations, set up by the expo bureau', () => {
  const t = useTestServer();
  let bureau: DelegationHubClient;
  let sixth: { id: string; version: number };
  let gansu: { id: string; version: number };

  /** A fingerprint of every table: what a refused call must leave exactly as it was. */
  async function everything(): Promise<Record<string, string>> {
    const { rows: tables } = await t.sql.query<{ name: string }>(
      `select table_name as name from information_schema.tables
       where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
    );
    const out: Record<string, string> = {};
    for (const { name } of tables) {
      const { rows } = await t.sql.query(
        `select count(*)::int as n, md5(coalesce(string_agg(r::text, '|' order by r::text), '')) as h
         from "${name}" r`,
      );
      out[name] = `${rows[0].n}:${rows[0].h}`;
    }
    return out;
  }

  const actions = async () =>
    Object.fromEntries(
      (
        await t.sql.query<{ action: string; n: number }>(
          `select action, count(*)::int as n from audit_event group by action`,
        )
      ).rows.map((r) => [r.action, r.n]),
    );

  beforeAll(async () => {
    bureau = await t.client('EXPO_BUREAU', 'CIIE-5');
  });

  it('creates the 6th edition with its areas, zones and rates, and makes its creator its bureau', async () => {
    const audited = await actions();
    const { createExpo } = await bureau.request(CreateExpoDocument, { input: SIXTH });
    expect(createExpo).toMatchObject({
      key: 'CIIE-6',
      edition: 6,
      startsOn: '2023-11-05',
      endsOn: '2023-11-10',
      reportingCurrency: 'USD',
      businessExhibitionAreaM2: 367000,
      version: 1,
      exhibitionAreas: [
        {
          key: 'FOOD_AGRI',
          kind: 'AREA',
          zones: [{ key: 'CROP_SEEDS', kind: 'ZONE', nameEn: 'Crop Seed Industry' }],
        },
        { key: 'TECH_EQUIPMENT', kind: 'AREA', zones: [] },
      ],
      exchangeRates: [
        { currency: 'EUR', usdRate: '1.0756000000' },
        { currency: 'JPY', usdRate: '0.0067000000' },
      ],
    });
    sixth = createExpo;
    // every write audited: the edition, its three areas and zones, its two rates, the grant
    const after = await actions();
    const added = (action: string) => (after[action] ?? 0) - (audited[action] ?? 0);
    expect(
      ['expo.create', 'exhibition_area.create', 'exchange_rate.set', 'role.grant'].map(added),
    ).toEqual([1, 3, 2, 1]);
    const { rows } = await t.sql.query(
      `select g.role from role_grant g join app_user u on u.id = g.user_id
       where u.name = 'EXPO_BUREAU@CIIE-5' and g.expo_id = $1`,
      [fromGlobalId(sixth.id)!.id],
    );
    expect(rows).toEqual([{ role: 'EXPO_BUREAU' }]);
  });

  it("creates a second province's delegation with the organisation hosting its office", async () => {
    const { createDelegation } = await bureau.request(CreateDelegationDocument, {
      input: { ...GANSU, expoId: sixth.id },
    });
    expect(createDelegation).toMatchObject({
      key: 'GS',
      provinceZh: '甘肃省',
      provinceEn: 'Gansu',
      version: 1,
      expo: { key: 'CIIE-6' },
      officeHost: { kind: 'GOVERNMENT', nameZh: '甘肃省商务厅' },
    });
    gansu = createDelegation;
    // an existing organisation may host an office too: Qinghai's Commerce, at the 6th edition
    const commerce = (await t.sql.query(`select id from organisation where key = 'COMMERCE'`))
      .rows[0].id;
    const { createDelegation: qinghai } = await bureau.request(CreateDelegationDocument, {
      input: {
        expoId: sixth.id,
        key: 'QH',
        nameZh: '第六届进博会青海省交易团',
        nameEn: 'Qinghai Trading Delegation to the 6th CIIE',
        provinceZh: '青海省',
        provinceEn: 'Qinghai',
        officeOrganisationId: toGlobalId('Organisation', commerce),
      },
    });
    expect(qinghai.officeHost).toMatchObject({ key: 'COMMERCE' });

    // the bureau reads the edition as it stands, with both delegations
    const { expo } = await bureau.request(ExpoSetupDocument, { key: 'CIIE-6' });
    expect(expo?.delegations.map((d) => [d.key, d.officeHost?.nameZh])).toEqual([
      ['GS', '甘肃省商务厅'],
      ['QH', '青海省商务厅'],
    ]);
    // the new office reads its delegation; Qinghai's office of the 5th edition does not
    const gansuOffice = await t.client('DELEGATION_OFFICE', 'CIIE-6/GS');
    const own = await gansuOffice.request(DelegationDocument, { expoKey: 'CIIE-6', key: 'GS' });
    expect(own.delegation).toMatchObject({ key: 'GS', officeHost: { nameZh: '甘肃省商务厅' } });
    const qinghaiOffice = await t.client('DELEGATION_OFFICE', 'CIIE-5/QH');
    const other = await qinghaiOffice.request(DelegationDocument, { expoKey: 'CIIE-6', key: 'GS' });
    expect(other.delegation).toBeNull();
    expect(await actions()).toMatchObject({ 'delegation.create': 2, 'organisation.create': 1 });
  });

  it('edits the edition at the version read: fields, areas and zones, rates; a stale version is a CONFLICT', async () => {
    const { updateExpo } = await bureau.request(UpdateExpoDocument, {
      input: {
        id: sixth.id,
        version: 1,
        venueEn: 'NECC (Shanghai)',
        areas: [
          {
            key: 'TECH_EQUIPMENT',
            nameZh: '技术装备',
            nameEn: 'Technical Equipment',
            zones: [{ key: 'AI', nameZh: '人工智能', nameEn: 'Artificial Intelligence' }],
          },
          { key: 'SERVICES', nameZh: '服务贸易', nameEn: 'Trade in Services' },
          { key: 'FOOD_AGRI', nameZh: '食品及农产品', nameEn: 'Food and Agriculture' },
        ],
        rates: [
          { currency: 'EUR', usdRate: '1.08' },
          { currency: 'GBP', usdRate: '1.2434' },
        ],
      },
    });
    expect(updateExpo).toMatchObject({
      version: 2,
      venueEn: 'NECC (Shanghai)',
      exhibitionAreas: [
        { key: 'FOOD_AGRI', nameEn: 'Food and Agriculture', zones: [{ key: 'CROP_SEEDS' }] },
        { key: 'TECH_EQUIPMENT', zones: [{ key: 'AI', kind: 'ZONE' }] },
        { key: 'SERVICES', zones: [] },
      ],
      exchangeRates: [
        { currency: 'EUR', usdRate: '1.0800000000' },
        { currency: 'GBP', usdRate: '1.2434000000' },
        { currency: 'JPY', usdRate: '0.0067000000' },
      ],
    });
    const before = await everything();
    expect(
      await refusal(
        bureau.request(UpdateExpoDocument, {
          input: { id: sixth.id, version: 1, nameEn: 'Stale' },
        }),
      ),
    ).toEqual({ code: 'CONFLICT', field: 'input.version', currentVersion: 2 });
    expect(await everything()).toEqual(before);

    // a rate set by itself moves the edition's version on: an edit at the version read before conflicts
    const { setExchangeRate } = await bureau.request(SetExchangeRateDocument, {
      expoId: sixth.id,
      currency: 'CHF',
      usdRate: '1.1',
    });
    expect(setExchangeRate).toMatchObject({ currency: 'CHF' });
    expect(
      await refusal(
        bureau.request(UpdateExpoDocument, { input: { id: sixth.id, version: 2, website: null } }),
      ),
    ).toEqual({ code: 'CONFLICT', field: 'input.version', currentVersion: 3 });
    expect(await actions()).toMatchObject({ 'expo.update': 1 });
  });

  it('edits a delegation at the version read; a stale version is a CONFLICT', async () => {
    const { updateDelegation } = await bureau.request(UpdateDelegationDocument, {
      input: { id: gansu.id, version: 1, registrationPrincipleZh: '多方邀请、统一登记、分级审核' },
    });
    expect(updateDelegation).toMatchObject({
      version: 2,
      registrationPrincipleZh: '多方邀请、统一登记、分级审核',
    });
    const before = await everything();
    expect(
      await refusal(
        bureau.request(UpdateDelegationDocument, {
          input: { id: gansu.id, version: 1, nameEn: 'Gansu Delegation' },
        }),
      ),
    ).toEqual({ code: 'CONFLICT', field: 'input.version', currentVersion: 2 });
    expect(await everything()).toEqual(before);
    expect(await actions()).toMatchObject({ 'delegation.update': 1 });
  });

  it('refuses every other role, and the bureau of another edition, writing nothing', async () => {
    const purchaser = await tradePurchaser(t.sql, {
      key: 'EDITION_BUYER',
      subDelegation: 'ECOLOGY',
    });
    expect(purchaser.id).toBeTruthy();
    await tradeExhibitor(t.sql, { name: OTHER_EXHIBITOR, area: 'SERVICES' });
    const SCOPE = otherScopes('EDITION_BUYER');
    const calls = [
      (c: DelegationHubClient) =>
        c.request(CreateExpoDocument, { input: { ...SIXTH, edition: 7, areas: [], rates: [] } }),
      (c: DelegationHubClient) =>
        c.request(UpdateExpoDocument, { input: { id: sixth.id, version: 3, nameEn: 'x' } }),
      (c: DelegationHubClient) =>
        c.request(CreateDelegationDocument, { input: { ...GANSU, key: 'NX', expoId: sixth.id } }),
      (c: DelegationHubClient) =>
        c.request(UpdateDelegationDocument, { input: { id: gansu.id, version: 2, nameEn: 'x' } }),
    ];
    const others = ALL_ROLES.filter((r) => r !== Role.ADMIN && r !== Role.EXPO_BUREAU);
    const clients = await Promise.all(others.map((role) => t.client(role, SCOPE[role])));
    // the bureau of the 5th edition only (another user than the 6th's creator): the 6th
    // edition reads but is not its to change; its delegations do not read (they look missing)
    const otherUser = createClient({
      url: t.url,
      token: await t.token('EXPO_BUREAU', 'CIIE-5', 'bureau-of-the-fifth'),
    });
    const before = await everything();
    const answers: Record<string, unknown[]> = {};
    for (const [i, role] of others.entries()) {
      answers[role] = [];
      for (const call of calls) answers[role].push((await refusal(call(clients[i]!))).code);
    }
    const forbidden = ['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'];
    expect(answers).toEqual(
      Object.fromEntries(Object.keys(answers).map((role) => [role, forbidden])),
    );
    expect(await refusal(calls[1]!(otherUser))).toEqual({ code: 'FORBIDDEN', field: undefined });
    expect(await refusal(calls[2]!(otherUser))).toEqual({ code: 'FORBIDDEN', field: undefined });
    expect(await refusal(calls[3]!(otherUser))).toEqual({ code: 'NOT_FOUND', field: 'input.id' });
    expect(await everything()).toEqual(before);
  });

  it('refuses bad input at its field, writing nothing', async () => {
    const expo = (input: Record<string, unknown>) => () =>
      bureau.request(CreateExpoDocument, {
        input: { ...SIXTH, edition: 8, areas: [], rates: [], ...input },
      });
    const update = (input: Record<string, unknown>) => () =>
      bureau.request(UpdateExpoDocument, { input: { id: sixth.id, version: 3, ...input } });
    const delegation = (input: Record<string, unknown>) => () =>
      bureau.request(CreateDelegationDocument, {
        input: { ...GANSU, key: 'NX', expoId: sixth.id, ...input } as never,
      });
    const cases: [string, () => Promise<unknown>, { code: string; field: string }][] = [
      ['dates out of order', expo({ endsOn: '2023-11-04' }), bad('input.endsOn')],
      ['an edition below 1', expo({ edition: 0 }), bad('input.edition')],
      ['a duplicate edition number', expo({ edition: 5 }), conflict('input.edition')],
      ['a duplicate key', expo({ key: 'CIIE-5' }), conflict('input.key')],
      ['a key of lower case', expo({ key: 'ciie-8' }), bad('input.key')],
      [
        'a reporting currency of 2 letters',
        expo({ reportingCurrency: 'US' }),
        bad('input.reportingCurrency'),
      ],
      [
        'a negative floor area',
        expo({ businessExhibitionAreaM2: -1 }),
        bad('input.businessExhibitionAreaM2'),
      ],
      [
        'a rate of 0',
        expo({ rates: [{ currency: 'EUR', usdRate: '0' }] }),
        bad('input.rates.0.usdRate'),
      ],
      [
        'a negative rate',
        expo({ rates: [{ currency: 'EUR', usdRate: '-1.1' }] }),
        bad('input.rates.0.usdRate'),
      ],
      [
        'a currency of 4 letters',
        expo({ rates: [{ currency: 'EURO', usdRate: '1.1' }] }),
        bad('input.rates.0.currency'),
      ],
      [
        'a currency twice',
        expo({
          rates: [
            { currency: 'EUR', usdRate: '1.1' },
            { currency: 'eur', usdRate: '1.2' },
          ],
        }),
        bad('input.rates.1.currency'),
      ],
      [
        'a rate of USD other than 1',
        expo({ rates: [{ currency: 'USD', usdRate: '1.1' }] }),
        bad('input.rates.0.usdRate'),
      ],
      [
        'an area key twice',
        expo({
          areas: [
            {
              key: 'A',
              nameZh: '甲',
              nameEn: 'A',
              zones: [{ key: 'A', nameZh: '乙', nameEn: 'B' }],
            },
          ],
        }),
        bad('input.areas.0.zones.0.key'),
      ],
      [
        'dates out of order, one of them changed',
        update({ startsOn: '2023-11-11' }),
        bad('input.startsOn'),
      ],
      ['a required field cleared', update({ nameZh: null }), bad('input.nameZh')],
      ['another edition number', update({ edition: 5 }), conflict('input.edition')],
      [
        'an area given as a zone',
        update({
          areas: [
            {
              key: 'TECH_EQUIPMENT',
              nameZh: '技术装备',
              nameEn: 'Technical Equipment',
              zones: [{ key: 'SERVICES', nameZh: '服务贸易', nameEn: 'Services' }],
            },
          ],
        }),
        bad('input.areas.0.zones.0.key'),
      ],
      [
        'a zone given as an area',
        update({ areas: [{ key: 'AI', nameZh: '人工智能', nameEn: 'AI' }] }),
        bad('input.areas.0.key'),
      ],
      [
        'a rate of 0 in an update',
        update({ rates: [{ currency: 'EUR', usdRate: '0' }] }),
        bad('input.rates.0.usdRate'),
      ],
      ['a duplicate delegation key', delegation({ key: 'GS' }), conflict('input.key')],
      ['a delegation key of lower case', delegation({ key: 'nx' }), bad('input.key')],
      [
        'no organisation hosting the office',
        delegation({ officeOrganisation: null }),
        bad('input.officeOrganisationId'),
      ],
      [
        'a new host with a bad credit code',
        delegation({
          officeOrganisation: { ...GANSU.officeOrganisation, creditCode: '91630000000000000X' },
        }),
        bad('input.officeOrganisation.creditCode'),
      ],
      [
        'a delegation key taken, changed to',
        () =>
          bureau.request(UpdateDelegationDocument, {
            input: { id: gansu.id, version: 2, key: 'QH' },
          }),
        conflict('input.key'),
      ],
    ];
    const wrong: string[] = [];
    for (const [what, call, expected] of cases) {
      const before = await everything();
      const got = await refusal(call());
      if (JSON.stringify(got) !== JSON.stringify(expected))
        wrong.push(`${what}: ${JSON.stringify(got)}`);
      const after = await everything();
      const changed = Object.keys(after).filter((table) => after[table] !== before[table]);
      if (changed.length) wrong.push(`${what} wrote ${changed.join(', ')}`);
    }
    expect(wrong).toEqual([]);
  });
});

const bad = (field: string) => ({ code: 'BAD_USER_INPUT', field });
const conflict = (field: string) => ({ code: 'CONFLICT', field });

describe("the seed's rate table", () => {
  const t = useTestServer();

  it("records a first EUR deal on a fresh seed, at the 5th CIIE's reference rate", async () => {
    const buyer = await tradePurchaser(t.sql, { key: 'FIRST_EUR_BUYER', subDelegation: 'ECOLOGY' });
    const office = await t.client('DELEGATION_OFFICE', 'CIIE-5/QH');
    const { recordDeal } = await office.request(RecordDealDocument, {
      input: {
        purchaserId: buyer.gid,
        goods: 'yak wool carding machines',
        amount: '1000000.00',
        currency: 'EUR',
      },
    });
    expect(recordDeal).toMatchObject({
      currency: 'EUR',
      usdRate: '0.9872000000',
      amountUsd: '987200.00',
    });
    const { expo } = await office.request(ExpoSetupDocument, { key: 'CIIE-5' });
    expect(expo?.exchangeRates.map((r) => r.currency)).toEqual(
      expect.arrayContaining(['EUR', 'JPY', 'GBP', 'CHF', 'CNY', 'KRW']),
    );
    expect(expo?.exchangeRates.find((r) => r.currency === 'JPY')?.usdRate).toBe('0.0067993663');
  });
});
