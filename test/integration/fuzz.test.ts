import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../server/src/graphql/relay.js';
import { approvedPurchaser, insertDeal } from '../helpers/fixtures.js';
import { post, useTestServer, type GqlResult } from '../helpers/server.js';

/**
 * Property-based fuzzing (fast-check) of every mutation and every list filter, found by
 * introspecting the running server: malformed, oversized and hostile inputs never meet an
 * internal error or a 5xx, and a refused mutation writes nothing.
 */

const RUNS_PER_MUTATION = 12;
const RUNS_PER_LIST = 8;
const RUNS_PER_VALID_WRITE = 40;

const HOSTILE_STRINGS = [
  "'; drop table deal; --",
  "1' or '1'='1",
  '" or ""="',
  '\\',
  '%_%',
  'a\u0000b',
  '\u0000',
  '\u202e\u202d',
  '\ud800',
  '😀'.repeat(60),
  '',
  ' ',
  '\t\r\n',
  'null',
  'NaN',
  '<script>alert(1)</script>',
  '${7*7}{{7*7}}',
  '../../../../etc/passwd',
  'ＡＢＣ１２３',
  '١٢٣٫٤',
  '13912345678',
  'x'.repeat(10_001),
  '长'.repeat(5_000),
];
const DECIMALS = [
  '-1',
  '0',
  '0.00',
  '-0.01',
  '1e309',
  '1e-7',
  '12.345',
  'NaN',
  'Infinity',
  '9'.repeat(40),
  '99999999999999999999.99',
  ' 1 ',
  '１２',
  '1,000.00',
  '1.',
  '.5',
  '0x10',
];
const DATES = [
  '2022-13-45',
  '0000-00-00',
  '9999-12-31',
  '2022-02-29',
  '2024-02-29',
  '0001-01-01',
  '2022-11-05T00:00:00Z',
  '2022-11-05T25:61:00+08:00',
  'tomorrow',
  '',
];

const hostileString = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 4, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  // oversized, still under the 1 MB body limit
  { weight: 1, arbitrary: fc.constant('y'.repeat(100_000)) },
);
/** IDs of real rows, by the kind an argument name asks for (`purchaserId`, `matchId`). */
class IdPool {
  readonly all: string[];
  constructor(private readonly byKind: Map<string, string[]>) {
    this.all = [...byKind.values()].flat();
  }

  for(name: string): string[] {
    const kind = /^(\w+?)Ids?$/.exec(name)?.[1]?.toLowerCase();
    return (kind && this.byKind.get(kind)) || this.all;
  }
}

const wrongValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom<unknown>(null, {}, [], 1.5, -1, true, 'x', 2 ** 53, [[[]]]),
);

/**
 * Values for a GraphQL input type. Well-typed ones have the right shape and hostile content, so
 * they reach the services and the database; malformed ones also put wrong types, nulls and
 * unknown enum values anywhere, for GraphQL's own coercion to refuse.
 */
class Inputs {
  constructor(
    private readonly ids: IdPool,
    private readonly malformed: boolean,
    private readonly depthLimit = 3,
  ) {}

  /** `name`: the argument's or input field's, which says whose ID it takes (`purchaserId`). */
  of(type: GraphQLInputType, depth = 0, name = ''): fc.Arbitrary<unknown> {
    if (isNonNullType(type)) {
      if (!this.malformed) return this.inner(type.ofType, depth, name);
      return fc.oneof(
        { weight: 12, arbitrary: this.inner(type.ofType, depth, name) },
        { weight: 1, arbitrary: fc.constant(null) },
        { weight: 1, arbitrary: wrongValue },
      );
    }
    return fc.oneof(
      { weight: 2, arbitrary: fc.constantFrom(null, undefined) },
      { weight: 6, arbitrary: this.inner(type, depth, name) },
      ...(this.malformed ? [{ weight: 1, arbitrary: wrongValue }] : []),
    );
  }

  /** Variables for every argument of a field. */
  variables(field: GraphQLField<unknown, unknown>): fc.Arbitrary<Record<string, unknown>> {
    return fc.record(
      Object.fromEntries(field.args.map((a) => [a.name, this.of(a.type, 0, a.name)])),
      {
        requiredKeys: [],
      },
    );
  }

  /** Short values of a leaf type (huge lists repeat one). */
  private small(type: GraphQLInputType): fc.Arbitrary<unknown> | undefined {
    if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((v) => v.name));
    if (!isScalarType(type)) return undefined;
    const samples: Record<string, unknown[]> = {
      Int: [1, -1],
      Float: [1.5],
      Boolean: [true],
      ID: this.ids.all,
      Decimal: ['1', '-1'],
      Date: ['2022-11-05'],
      DateTime: ['2022-11-05T08:00:00Z'],
    };
    return fc.constantFrom(...(samples[type.name] ?? ['x', '']));
  }

  private inner(type: GraphQLInputType, depth: number, name: string): fc.Arbitrary<unknown> {
    if (isNonNullType(type)) return this.inner(type.ofType, depth, name);
    if (isListType(type)) {
      const item = this.of(type.ofType as GraphQLInputType, depth + 1, name);
      const leaf = this.small(getNamedType(type.ofType) as GraphQLInputType);
      return fc.oneof(
        { weight: 6, arbitrary: fc.array(item, { maxLength: 4 }) },
        // huge lists of small values: an `in` of thousands
        ...(leaf
          ? [{ weight: 1, arbitrary: leaf.map((v) => Array.from({ length: 3_000 }, () => v)) }]
          : []),
      );
    }
    if (isInputObjectType(type)) {
      if (depth >= this.depthLimit) return fc.constant({});
      const fields = Object.values(type.getFields());
      return fc.record(
        Object.fromEntries(fields.map((f) => [f.name, this.of(f.type, depth + 1, f.name)])),
        { requiredKeys: [] },
      );
    }
    if (isEnumType(type)) {
      const values = fc.constantFrom(...type.getValues().map((v) => v.name));
      return this.malformed ? fc.oneof({ weight: 4, arbitrary: values }, hostileString) : values;
    }
    switch (isScalarType(type) ? type.name : '') {
      case 'Int':
        return fc.oneof(
          fc.integer(),
          fc.constantFrom(0, -1, 1, 2 ** 31 - 1, -(2 ** 31), 1_000_000),
        );
      case 'Float':
        return fc.double({ noNaN: true, noDefaultInfinity: true });
      case 'Boolean':
        return fc.boolean();
      case 'ID':
        return fc.oneof(
          { weight: 4, arbitrary: fc.constantFrom(...this.ids.for(name)) },
          { weight: 1, arbitrary: fc.uuid() },
          {
            weight: 2,
            arbitrary: fc
              .tuple(
                fc.constantFrom('Deal', 'Purchaser', 'Nope', ''),
                fc.oneof(fc.uuid(), hostileString),
              )
              .map(([typeName, id]) => toGlobalId(typeName, id)),
          },
          { weight: 1, arbitrary: hostileString },
        );
      case 'Decimal':
        return fc.oneof(
          fc.constantFrom(...DECIMALS),
          fc.tuple(fc.integer(), fc.nat(999)).map(([a, b]) => `${a}.${b}`),
          hostileString,
        );
      case 'Date':
      case 'DateTime':
        return fc.oneof(
          fc.constantFrom(...DATES),
          fc
            .date({ min: new Date('1800-01-01'), max: new Date('2200-01-01'), noInvalidDate: true })
            .map((d) =>
              type.toString() === 'Date' ? d.toISOString().slice(0, 10) : d.toISOString(),
            ),
          hostileString,
        );
      default:
        return hostileString;
    }
  }
}

function selectionFor(field: GraphQLField<unknown, unknown>): string {
  const named = getNamedType(field.type);
  if (isObjectType(named) && named.getFields().totalCount) return ' { totalCount }';
  return isObjectType(named) || isInterfaceType(named) || isUnionType(named)
    ? ' { __typename }'
    : '';
}

/** `mutation Fuzz($a: T) { field(a: $a) { __typename } }` for a root field and its arguments. */
function documentFor(
  kind: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  args = field.args,
): string {
  const variables = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const passed = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `${kind} Fuzz${variables ? `(${variables})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selectionFor(field)} }`;
}

interface Finding {
  field: string;
  status: number;
  codes: unknown[];
  message: string;
  wrote?: boolean;
  variables: string;
}

describe('fuzzing every mutation and list filter', () => {
  const t = useTestServer();
  let schema: GraphQLSchema;
  let ids: IdPool;
  let tables: string[];
  const tokens = new Map<string, string>();
  let inputsFuzzed = 0;
  /** How the fuzzed requests were answered: the first error code, or OK. */
  const outcomes = new Map<string, number>();

  /** Every table's row count and content hash: any insert, update or delete changes it. */
  const fingerprint = async (): Promise<string> => {
    const { rows } = await t.sql.query(
      tables
        .map(
          (name) =>
            `select '${name}' as t, count(*)::int as n, coalesce(sum(hashtext(x::text)::bigint), 0)::text as h from "${name}" x`,
        )
        .join(' union all '),
    );
    return JSON.stringify(rows);
  };

  beforeAll(async () => {
    const introspection = await t.as('ADMIN')(getIntrospectionQuery());
    schema = buildClientSchema(introspection.body.data);
    const p = await approvedPurchaser(t.sql);
    await insertDeal(t.sql, p, '100.00');
    // real rows of each kind, so that well-typed inputs reach the services' rules
    const kinds: [kind: string, type: string, table: string][] = [
      ['purchaser', 'Purchaser', 'purchaser'],
      ['delegation', 'Delegation', 'delegation'],
      ['subdelegation', 'SubDelegation', 'sub_delegation'],
      ['expo', 'Expo', 'expo'],
      ['organisation', 'Organisation', 'organisation'],
      ['deal', 'Deal', 'deal'],
      ['exhibitor', 'Exhibitor', 'exhibitor'],
      ['exhibitionarea', 'ExhibitionArea', 'exhibition_area'],
      ['need', 'ProcurementNeed', 'procurement_need'],
      ['match', 'ExhibitorMatch', 'exhibitor_match'],
      ['meeting', 'Meeting', 'meeting'],
      ['followup', 'DealFollowUp', 'deal_follow_up'],
      // a delegation's structure (memberId, memberUnitId, leadId, responsibilityId, personId)
      ['member', 'LeadingGroupMember', 'leading_group_member'],
      ['memberunit', 'MemberUnit', 'member_unit'],
      ['lead', 'SubDelegationLead', 'sub_delegation_lead'],
      ['responsibility', 'Responsibility', 'responsibility'],
      ['person', 'Person', 'person'],
      // roll-over (fromDelegationId, toExpoId)
      ['fromdelegation', 'Delegation', 'delegation'],
      ['toexpo', 'Expo', 'expo'],
    ];
    const byKind = new Map<string, string[]>();
    for (const [kind, type, table] of kinds) {
      const { rows } = await t.sql.query(`select id from ${table} order by id limit 3`);
      if (rows.length)
        byKind.set(
          kind,
          rows.map((r) => toGlobalId(type, r.id)),
        );
    }
    ids = new IdPool(byKind);
    tables = (
      await t.sql.query(
        `select tablename from pg_tables where schemaname = 'public' and tablename <> 'mikro_orm_migrations' order by 1`,
      )
    ).rows.map((r) => r.tablename);
    for (const [role, scope] of [
      ['ADMIN', undefined],
      ['DELEGATION_OFFICE', 'CIIE-5/QH'],
      ['EXPO_BUREAU', 'CIIE-5'],
    ] as const) {
      tokens.set(role, await t.token(role, scope));
    }
  });

  /** Sends one fuzzed request; returns what went wrong, if anything. */
  async function attempt(
    kind: 'query' | 'mutation',
    field: GraphQLField<unknown, unknown>,
    role: string,
    variables: Record<string, unknown>,
  ): Promise<Finding | undefined> {
    inputsFuzzed += 1;
    const before = await fingerprint();
    let response: GqlResult;
    try {
      response = await post(t.url, documentFor(kind, field), variables, {
        authorization: `Bearer ${tokens.get(role)}`,
      });
    } catch (error) {
      return finding(field, 0, ['NO ANSWER'], String(error), variables);
    }
    const errors = response.body.errors ?? [];
    const codes = errors.map((e: any) => e.extensions?.code);
    // a coercion error has no path: GraphQL refused it before any resolver ran
    const outcome = `${kind} ${codes[0] ?? 'OK'}${errors[0] && !errors[0].path ? ' (coercion)' : ''}`;
    outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    const internal = response.status >= 500 || codes.includes('INTERNAL_SERVER_ERROR');
    const wrote = errors.length > 0 && (await fingerprint()) !== before;
    if (internal || wrote) {
      return finding(field, response.status, codes, errors[0]?.message ?? '', variables, wrote);
    }
    return undefined;
  }

  function finding(
    field: GraphQLField<unknown, unknown>,
    status: number,
    codes: unknown[],
    message: string,
    variables: Record<string, unknown>,
    wrote?: boolean,
  ): Finding {
    return {
      field: field.name,
      status,
      codes: [...new Set(codes)],
      message: message.slice(0, 300),
      ...(wrote && { wrote }),
      variables: JSON.stringify(variables).slice(0, 300),
    };
  }

  it(
    'gives every mutation hostile inputs: a clear error, never an internal one, and no row written',
    { timeout: 180_000 },
    async () => {
      const mutations = Object.values(schema.getMutationType()!.getFields());
      expect(mutations.length).toBeGreaterThan(10);
      const findings: Finding[] = [];
      const before = inputsFuzzed;
      const typed = new Inputs(ids, false);
      const malformed = new Inputs(ids, true);
      for (const field of mutations) {
        const variables = fc.oneof(typed.variables(field), malformed.variables(field));
        await fc.assert(
          fc.asyncProperty(fc.constantFrom(...tokens.keys()), variables, async (role, vars) => {
            const found = await attempt('mutation', field, role, vars);
            if (found) findings.push(found);
          }),
          { numRuns: RUNS_PER_MUTATION, seed: 20221105 },
        );
      }
      console.log(`fuzzed ${mutations.length} mutations`);
      // every run of every mutation was sent and answered
      expect(inputsFuzzed - before).toBe(mutations.length * RUNS_PER_MUTATION);
      if (findings.length) console.log(`FINDINGS ${JSON.stringify(dedupe(findings), null, 1)}`);
      expect(dedupe(findings)).toEqual([]);
    },
  );

  it(
    'gives every list filter hostile inputs: never an internal error, nothing written',
    { timeout: 120_000 },
    async () => {
      const lists = Object.values(schema.getQueryType()!.getFields()).filter((f) =>
        f.args.some((a) => a.name === 'filter'),
      );
      expect(lists.length).toBeGreaterThan(3);
      const findings: Finding[] = [];
      const before = inputsFuzzed;
      const typed = new Inputs(ids, false, 4);
      const malformed = new Inputs(ids, true, 4);
      for (const field of lists) {
        const variables = fc.oneof(typed.variables(field), malformed.variables(field));
        await fc.assert(
          fc.asyncProperty(fc.constantFrom(...tokens.keys()), variables, async (role, vars) => {
            const found = await attempt('query', field, role, vars);
            if (found) findings.push(found);
          }),
          { numRuns: RUNS_PER_LIST, seed: 20221110 },
        );
      }
      console.log(`fuzzed ${lists.length} list filters: ${lists.map((f) => f.name).join(', ')}`);
      expect(inputsFuzzed - before).toBe(lists.length * RUNS_PER_LIST);
      if (findings.length) console.log(`FINDINGS ${JSON.stringify(dedupe(findings), null, 1)}`);
      expect(dedupe(findings)).toEqual([]);
    },
  );

  it('gives the file imports hostile files: CSV rows, broken XLSX, bytes; a clear error or a clean write', async () => {
    const fields = schema.getMutationType()!.getFields();
    const qh = toGlobalId(
      'Delegation',
      (await t.sql.query(`select id from delegation where key = 'QH'`)).rows[0].id,
    );
    const cell = fc.oneof(fc.constantFrom(...HOSTILE_STRINGS), fc.string({ maxLength: 40 }));
    const quote = (v: string) => `"${v.replace(/"/g, '""')}"`;
    const csv = fc
      .tuple(
        fc.constantFrom(
          'organisation,credit_code,category,contact_name,contact_mobile,attendee_name,id_number',
          '单位名称,统一社会信用代码,采购商类别,联系人,联系人手机,参会人员,身份证号',
          'credit_code,registration_number',
          '统一社会信用代码,注册编号',
        ),
        fc.array(fc.array(cell, { minLength: 1, maxLength: 8 }), { maxLength: 4 }),
      )
      .map(([header, rows]) => [header, ...rows.map((r) => r.map(quote).join(','))].join('\r\n'));
    const xlsx = fc.oneof(
      fc.uint8Array({ maxLength: 400 }).map((b) => Buffer.from(b).toString('base64')),
      // a zip's signature, then rubbish
      fc
        .uint8Array({ maxLength: 200 })
        .map((b) =>
          Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.from(b)]).toString('base64'),
        ),
      cell,
    );
    const file = fc.oneof(
      csv.map((f) => ({ format: 'CSV', file: f })),
      xlsx.map((f) => ({ format: 'XLSX', file: f })),
      cell.map((f) => ({ format: 'CSV', file: f })),
    );
    const findings: Finding[] = [];
    for (const name of ['importPurchasers', 'importRegistrationNumbers']) {
      await fc.assert(
        fc.asyncProperty(file, async (f) => {
          const found = await attempt('mutation', fields[name]!, 'DELEGATION_OFFICE', {
            input: { delegationId: qh, ...f },
          });
          if (found) findings.push(found);
        }),
        { numRuns: RUNS_PER_VALID_WRITE, seed: 20221112 },
      );
    }
    expect(dedupe(findings)).toEqual([]);
  });

  it('puts hostile text, amounts and dates into otherwise valid writes: stored, or refused clearly', async () => {
    const p = await approvedPurchaser(t.sql, { subDelegation: 'ECOLOGY' });
    const mutations = Object.fromEntries(
      Object.values(schema.getMutationType()!.getFields()).map((f) => [f.name, f]),
    );
    const decimal = fc.oneof(
      fc.constantFrom(...DECIMALS),
      fc.tuple(fc.integer(), fc.nat(99)).map(([a, b]) => `${a}.${b}`),
    );
    const cases = [
      {
        field: mutations.recordDeal!,
        text: 'goods',
        base: {
          purchaserId: toGlobalId('Purchaser', p.purchaser),
          goods: '青稞酒',
          amount: '10.00',
          currency: 'USD',
        },
        changes: fc.record(
          {
            goods: hostileString,
            amount: decimal,
            currency: fc.oneof(
              fc.constantFrom('EUR', 'usd', 'XXX', '€€€', 'US', 'USDD'),
              hostileString,
            ),
            usdRate: decimal,
            amountUsd: decimal,
            signedOn: fc.constantFrom(...DATES),
          },
          { requiredKeys: [] },
        ),
      },
      {
        field: mutations.createOrganisation!,
        text: 'nameZh',
        base: { kind: 'ENTERPRISE', nameZh: '测试公司' },
        changes: fc.record(
          { nameZh: hostileString, nameEn: hostileString, creditCode: hostileString },
          { requiredKeys: [] },
        ),
      },
    ].filter((c) => c.field);
    expect(cases).toHaveLength(2);
    const findings: Finding[] = [];
    for (const { field, text, base, changes } of cases) {
      // every listed hostile string once, then random ones
      const examples = HOSTILE_STRINGS.map(
        (value) => ['ADMIN', { [text]: value }] as [string, Record<string, unknown>],
      );
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom('ADMIN', 'DELEGATION_OFFICE'),
          changes,
          async (role, change) => {
            const found = await attempt('mutation', field, role, { input: { ...base, ...change } });
            if (found) findings.push(found);
          },
        ),
        { numRuns: RUNS_PER_VALID_WRITE, seed: 20221106, examples },
      );
    }
    expect(dedupe(findings)).toEqual([]);
  });

  describe('abuse gets its clear error', () => {
    const expectCode = (response: GqlResult, code: string, status?: number) => {
      inputsFuzzed += 1;
      if (status) expect(response.status).toBe(status);
      expect(response.body.errors?.[0]?.extensions?.code).toBe(code);
    };

    it('many aliases, deep nesting, a costly query, too many tokens', async () => {
      const admin = t.as('ADMIN');
      const aliases = Array.from({ length: 200 }, (_, i) => `a${i}: expos { key }`).join(' ');
      expectCode(await admin(`{ ${aliases} }`), 'QUERY_TOO_COMPLEX');
      const nested = 'delegations { expo { '.repeat(10);
      expectCode(
        await admin(`{ expos { ${nested} key ${'} } '.repeat(10)} } }`),
        'QUERY_TOO_COMPLEX',
      );
      expectCode(
        await admin(
          `{ ${Array.from({ length: 10 }, (_, i) => `a${i}: deals(first: 500) { nodes { followUps { id } } }`).join(' ')} }`,
        ),
        'QUERY_TOO_COMPLEX',
      );
      expectCode(await admin(`{ ${'__typename '.repeat(20_000)} }`), 'GRAPHQL_PARSE_FAILED');
      expectCode(
        await admin(`{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }`),
        'GRAPHQL_VALIDATION_FAILED',
      );
      expectCode(
        await admin(`{ __typename ${'@skip(if: false) '.repeat(500)} }`),
        'GRAPHQL_VALIDATION_FAILED',
      );
    });

    it('batched bodies, oversized bodies, broken JSON', async () => {
      const token = tokens.get('ADMIN')!;
      const raw = (body: string) =>
        fetch(t.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body,
        }).then(async (r) => ({
          status: r.status,
          headers: r.headers,
          body: (await r.json()) as any,
        }));
      const one = { query: '{ expos { key } }' };
      expectCode(
        await raw(JSON.stringify(Array.from({ length: 100 }, () => one))),
        'BAD_REQUEST',
        400,
      );
      expectCode(
        await raw(
          JSON.stringify({ query: `{ expos { key } }`, variables: { pad: 'z'.repeat(1_100_000) } }),
        ),
        'PAYLOAD_TOO_LARGE',
        413,
      );
      expectCode(await raw('{"query": "{ expos { key } }"'), 'BAD_REQUEST', 400);
      // nesting deeper than any parser should follow
      expectCode(await raw(`${'['.repeat(200_000)}${']'.repeat(200_000)}`), 'BAD_REQUEST', 400);
    });

    it('deeply nested filters and huge `in` lists', async () => {
      const office = t.as('DELEGATION_OFFICE', 'CIIE-5/QH');
      const query = `query($f: DealFilter) { deals(filter: $f, first: 5) { totalCount } }`;
      let deep: Record<string, unknown> = { goods: { eq: 'x' } };
      for (let i = 0; i < 1_000; i += 1) deep = i % 2 ? { not: deep } : { and: [deep] };
      const nested = await office(query, { f: deep });
      inputsFuzzed += 1;
      // a thousand levels of and/not around goods = 'x': an even number of nots, so no deal
      expect(nested.status).toBe(200);
      expect(nested.body).toEqual({ data: { deals: { totalCount: 0 } } });
      for (const [f, field] of [
        [{ amount: { in: Array.from({ length: 70_000 }, () => '1') } }, 'filter.amount.in'],
        [
          { id: { in: Array.from({ length: 2_000 }, () => toGlobalId('Deal', randomUUID())) } },
          'filter.id.in',
        ],
      ] as const) {
        const huge = await office(query, { f });
        inputsFuzzed += 1;
        expect(huge.status).toBe(200);
        expect(huge.body.data).toBeNull();
        expect(huge.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      }
    });
  });

  afterAll(() => {
    console.log(`inputs fuzzed: ${inputsFuzzed}`);
    console.log(`answered: ${JSON.stringify(Object.fromEntries([...outcomes].sort()))}`);
  });
});

/** One finding per field, code and message shape (variables differ run to run). */
function dedupe(findings: Finding[]): Finding[] {
  const seen = new Map<string, Finding>();
  for (const f of findings) {
    const key = `${f.field}|${f.codes.join(',')}|${f.message.replace(/\d+/g, 'N').slice(0, 80)}|${f.wrote}`;
    if (!seen.has(key)) seen.set(key, f);
  }
  return [...seen.values()];
}
