import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isEnumType,
  isInputObjectType,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../server/src/graphql/relay.js';
import { useTestServer } from '../helpers/server.js';
import { countOf, seeded, tradePurchaser } from '../helpers/trade.js';

/**
 * Values GraphQL itself refuses before anything runs (a variable that does not coerce, a literal
 * of the wrong type) carry what the services' own refusals carry: extensions.code
 * BAD_USER_INPUT and extensions.field, the input's path (`input.amount`).
 */

const RECORD = `mutation($input: RecordDealInput!) { recordDeal(input: $input) { id } }`;
const SCHEDULE = `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }`;
const CREATE_ORG = `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`;
const CANCEL = `mutation($id: ID!, $version: Int!) { cancelDeal(id: $id, version: $version) { id } }`;
const DEALS = `query($filter: DealFilter) { deals(filter: $filter, first: 1) { totalCount } }`;

interface Case {
  /** The kind of input at fault: each scalar and enum kind of the schema's inputs has one. */
  kind: string;
  what: string;
  query: string;
  variables: (base: Record<string, unknown>) => Record<string, unknown>;
  field: string;
}

describe('input errors that GraphQL finds, with their field', () => {
  const t = useTestServer();
  let schema: GraphQLSchema;
  let deal: Record<string, unknown>;
  const office = () => t.as('DELEGATION_OFFICE', 'CIIE-5/QH');

  beforeAll(async () => {
    schema = buildClientSchema((await t.as('ADMIN')(getIntrospectionQuery())).body.data);
    await seeded(t.sql);
    const buyer = await tradePurchaser(t.sql, { key: 'COERCE_BUYER', subDelegation: 'ECOLOGY' });
    deal = { purchaserId: buyer.gid, goods: 'wool', amount: '10.00', currency: 'USD' };
  });

  const meeting = {
    matchId: toGlobalId('ExhibitorMatch', '00000000-0000-4000-8000-000000000000'),
    attendeeIds: [toGlobalId('Attendee', '00000000-0000-4000-8000-000000000000')],
    mode: 'ONLINE',
    phase: 'ON_SITE',
    startsAt: '2022-11-06T09:00:00Z',
    endsAt: '2022-11-06T10:00:00Z',
  };
  const cases: Case[] = [
    {
      kind: 'Decimal',
      what: 'NaN',
      query: RECORD,
      variables: (b) => ({ input: { ...b, amount: 'NaN' } }),
      field: 'input.amount',
    },
    {
      kind: 'Decimal',
      what: '1e400',
      query: RECORD,
      variables: (b) => ({ input: { ...b, usdRate: '1e400' } }),
      field: 'input.usdRate',
    },
    {
      kind: 'Date',
      what: '2022-02-30',
      query: RECORD,
      variables: (b) => ({ input: { ...b, signedOn: '2022-02-30' } }),
      field: 'input.signedOn',
    },
    {
      kind: 'DateTime',
      what: 'hour 25',
      query: SCHEDULE,
      variables: () => ({ input: { ...meeting, startsAt: '2022-11-06T25:00:00Z' } }),
      field: 'input.startsAt',
    },
    {
      kind: 'ID',
      what: 'a boolean',
      query: RECORD,
      variables: (b) => ({ input: { ...b, purchaserId: true } }),
      field: 'input.purchaserId',
    },
    {
      kind: 'Int',
      what: 'a top-level argument that is no integer',
      query: CANCEL,
      variables: () => ({ id: toGlobalId('Deal', 'x'), version: 'one' }),
      field: 'version',
    },
    {
      kind: 'String',
      what: 'a number',
      query: RECORD,
      variables: (b) => ({ input: { ...b, goods: 12 } }),
      field: 'input.goods',
    },
    {
      kind: 'Boolean',
      what: 'a string',
      query: `mutation($userId: ID!, $disabled: Boolean!) { setUserDisabled(userId: $userId, disabled: $disabled) { id } }`,
      variables: () => ({ userId: toGlobalId('User', 'x'), disabled: 'yes' }),
      field: 'disabled',
    },
    {
      kind: 'enum',
      what: 'an unknown value',
      query: CREATE_ORG,
      variables: () => ({ input: { kind: 'NOPE', nameZh: '公司' } }),
      field: 'input.kind',
    },
    {
      kind: 'required',
      what: 'null in a required field',
      query: RECORD,
      variables: (b) => ({ input: { ...b, goods: null } }),
      field: 'input.goods',
    },
    {
      kind: 'required',
      what: 'a required field left out',
      query: RECORD,
      variables: (b) => ({ input: { ...b, amount: undefined } }),
      field: 'input.amount',
    },
    {
      kind: 'required',
      what: 'a required variable that is null',
      query: RECORD,
      variables: () => ({ input: null }),
      field: 'input',
    },
    {
      kind: 'required',
      what: 'a required variable left out',
      query: RECORD,
      variables: () => ({}),
      field: 'input',
    },
    {
      kind: 'unknown',
      what: 'a field the type does not have',
      query: RECORD,
      variables: (b) => ({ input: { ...b, price: '1' } }),
      field: 'input.price',
    },
    {
      kind: 'list',
      what: 'a bad item of a list',
      query: DEALS,
      variables: () => ({ filter: { amount: { in: ['1', 'NaN'] } } }),
      field: 'filter.amount.in.1',
    },
  ];

  it('has a case for every scalar and enum kind of the schema inputs', () => {
    const kinds = new Set<string>();
    const seen = new Set<string>();
    const walk = (type: GraphQLInputType) => {
      const named = getNamedType(type);
      if (isInputObjectType(named)) {
        if (seen.has(named.name)) return;
        seen.add(named.name);
        for (const field of Object.values(named.getFields())) walk(field.type);
      } else kinds.add(isEnumType(named) ? 'enum' : named.name);
    };
    for (const root of [schema.getQueryType(), schema.getMutationType()]) {
      for (const field of Object.values(root!.getFields()))
        for (const a of field.args) walk(a.type);
    }
    // JSONObject is output only; every other input kind needs its case
    const covered = new Set(cases.map((c) => c.kind));
    expect([...kinds].filter((k) => !covered.has(k))).toEqual([]);
  });

  it.each(cases.map((c) => [`${c.kind}: ${c.what}`, c] as const))(
    '%s is BAD_USER_INPUT with its field, on both executors, writing nothing',
    async (_name, c) => {
      const before = await countOf(t.sql, 'audit_event');
      // twice: a document's first run is on graphql-js, its next one compiled
      for (let run = 0; run < 2; run += 1) {
        const response = await office()(c.query, c.variables(deal));
        expect(response.status).toBe(200);
        expect(response.body.data).toBeUndefined();
        expect(response.body.errors).toHaveLength(1);
        expect(response.body.errors![0].extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: c.field,
        });
      }
      expect(await countOf(t.sql, 'audit_event')).toBe(before);
    },
  );

  it('names every field at fault when several are', async () => {
    const response = await office()(RECORD, {
      input: { ...deal, amount: 'NaN', goods: null, signedOn: 'tomorrow', currency: undefined },
    });
    const fields = response.body.errors!.map((e: any) => [e.extensions.code, e.extensions.field]);
    expect(fields.sort()).toEqual(
      [
        ['BAD_USER_INPUT', 'input.amount'],
        ['BAD_USER_INPUT', 'input.currency'],
        ['BAD_USER_INPUT', 'input.goods'],
        ['BAD_USER_INPUT', 'input.signedOn'],
      ].sort(),
    );
  });

  it.each([
    [
      'a Decimal',
      `recordDeal(input: { goods: "g", amount: "NaN", currency: "USD" })`,
      'input.amount',
    ],
    [
      'a Date',
      `recordDeal(input: { goods: "g", amount: "1", currency: "USD", signedOn: "2022-02-30" })`,
      'input.signedOn',
    ],
    ['an enum', `createOrganisation(input: { kind: NOPE, nameZh: "x" })`, 'input.kind'],
    [
      'a required field left out',
      `recordDeal(input: { goods: "g", currency: "USD" })`,
      'input.amount',
    ],
    [
      'null where required',
      `recordDeal(input: { goods: null, amount: "1", currency: "USD" })`,
      'input.goods',
    ],
    [
      'an unknown field',
      `recordDeal(input: { goods: "g", amount: "1", currency: "USD", price: 1 })`,
      'input.price',
    ],
    ['an Int argument', `cancelDeal(id: "x", version: "one")`, 'version'],
    [
      'a list item',
      `deals(filter: { amount: { in: ["1", "NaN"] } }) { totalCount }`,
      'filter.amount.in.1',
    ],
  ])('a literal value of %s is BAD_USER_INPUT with its field', async (_name, field, path) => {
    const query = field.startsWith('deals') ? `{ ${field} }` : `mutation { ${field} { id } }`;
    const response = await office()(query);
    expect(response.status).toBe(200);
    expect(response.body.errors).toHaveLength(1);
    expect(response.body.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: path,
    });
  });

  it('answers 400 to a client that asks for application/graphql-response+json', async () => {
    const response = await fetch(t.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        authorization: `Bearer ${await t.token('DELEGATION_OFFICE', 'CIIE-5/QH')}`,
      },
      body: JSON.stringify({ query: RECORD, variables: { input: { ...deal, amount: 'NaN' } } }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as any;
    expect(body.errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.amount',
    });
  });
});

describe('currency codes', () => {
  const t = useTestServer();

  it('refuses a code that is not ISO 4217 wherever a currency is given, writing nothing', async () => {
    const ids = await seeded(t.sql);
    const buyer = await tradePurchaser(t.sql, { key: 'ISO_BUYER', subDelegation: 'ECOLOGY' });
    const office = t.as('DELEGATION_OFFICE', 'CIIE-5/QH');
    const bureau = t.as('EXPO_BUREAU', 'CIIE-5');
    const tables = ['deal', 'exchange_rate', 'procurement_need', 'expo', 'audit_event'];
    const counts = async () => Promise.all(tables.map((name) => countOf(t.sql, name)));
    const before = await counts();
    for (const code of ['ZZZ', 'XXX', 'XTS', 'ABC']) {
      const deal = await office(RECORD, {
        input: { purchaserId: buyer.gid, goods: 'g', amount: '1', currency: code, usdRate: '1.5' },
      });
      expect(deal.body.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.currency',
      });
      const rate = await bureau(
        `mutation($e: ID!, $c: String!) { setExchangeRate(expoId: $e, currency: $c, usdRate: "1.5") { currency } }`,
        { e: ids.expo, c: code },
      );
      expect(rate.body.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'currency',
      });
      const need = await office(
        `mutation($i: CreateProcurementNeedInput!) { createProcurementNeed(input: $i) { id } }`,
        {
          i: {
            purchaserId: buyer.gid,
            exhibitionAreaId: ids.area.CONSUMER_GOODS,
            title: 'wool',
            budgetAmount: '10',
            budgetCurrency: code,
          },
        },
      );
      expect(need.body.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.budgetCurrency',
      });
      // an edition's reporting currency and rate table
      const edition = {
        edition: 9,
        nameZh: '第九届',
        nameEn: '9th CIIE',
        startsOn: '2026-11-05',
        endsOn: '2026-11-10',
      };
      const CREATE_EXPO = `mutation($i: CreateExpoInput!) { createExpo(input: $i) { id } }`;
      const reporting = await bureau(CREATE_EXPO, { i: { ...edition, reportingCurrency: code } });
      expect(reporting.body.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.reportingCurrency',
      });
      const table = await bureau(
        `mutation($i: UpdateExpoInput!) { updateExpo(input: $i) { id } }`,
        { i: { id: ids.expo, version: 1, rates: [{ currency: code, usdRate: '1.5' }] } },
      );
      expect(table.body.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.rates.0.currency',
      });
    }
    expect(await counts()).toEqual(before);
    // a real one, not USD, with its rate: recorded
    const ok = await office(RECORD, {
      input: { purchaserId: buyer.gid, goods: 'g', amount: '1', currency: 'chf', usdRate: '1.1' },
    });
    expect(ok.body.errors).toBeUndefined();
  });
});
