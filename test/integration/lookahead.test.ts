import { compile, type SQL } from '../../server/src/db/sql.js';
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../server/src/graphql/relay.js';
import { approvedPurchaser, insertDeal } from '../helpers/fixtures.js';
import { useTestServer, type Gql } from '../helpers/server.js';

// The look-ahead (what a list's statement reads of the query below it) follows GraphQL's own
// CollectFields: a field left out by @skip/@include, or a fragment whose type condition the
// object does not meet, is not read, and what is included is read as if written plainly. So a
// query with directives and fragments answers what its plain equivalent answers, with the same
// statements, on graphql-js and on its compiled form alike, whatever order variables come in
// (a kept document runs again with other variables).

describe.each([
  ['graphql-js', { compileAfterRuns: 1_000_000 }],
  ['compiled (graphql-jit)', { compileAfterRuns: 0 }],
])('the look-ahead follows @skip/@include and fragments, on %s', (_executor, overrides) => {
  const t = useTestServer(overrides);
  /** The statements (text and parameters) each request reads with, in order. */
  let statements: { text: string; values: unknown }[] = [];

  beforeAll(async () => {
    const db = t.server.app.db;
    const read = db.read.bind(db);
    db.read = <T>(statement: SQL, placeholders?: ReadonlyMap<symbol, unknown>) => {
      statements.push(compile(statement, placeholders));
      return read<T>(statement, placeholders);
    };
    await addData();
  });

  async function addData() {
    const { rows: areas } = await t.sql.query(
      `select a.id from exhibition_area a join expo e on e.id = a.expo_id where e.key = 'CIIE-5' order by a.key limit 1`,
    );
    const { rows: exhibitors } = await t.sql.query(
      `insert into exhibitor (expo_id, exhibition_area_id, name_en, country, contact_email)
       select e.id, $1, $2, 'DE', 'sales@example.de' from expo e where e.key = 'CIIE-5' returning id`,
      [areas[0].id, `Look-ahead Exhibitor ${randomUUID().slice(0, 8)}`],
    );
    for (const sub of ['COMMERCE', 'HEALTH', 'COMMERCE']) {
      const p = await approvedPurchaser(t.sql, { subDelegation: sub });
      await insertDeal(t.sql, p, '100.00');
      await insertDeal(t.sql, p, '2500.50');
      await t.sql.query(
        `insert into deal (delegation_id, expo_id, purchaser_id, exhibitor_id, goods, amount, currency, usd_rate, amount_usd)
         values ($1, $2, $3, $4, 'yak wool', 1234.5, 'EUR', 1.08, 1333.26)`,
        [p.delegation, p.expo, p.purchaser, exhibitors[0].id],
      );
    }
  }

  async function qinghai(): Promise<string> {
    const { rows } = await t.sql.query(
      `select d.id from delegation d join expo e on e.id = d.expo_id where e.key = 'CIIE-5' and d.key = 'QH'`,
    );
    return toGlobalId('Delegation', rows[0].id);
  }

  async function run(as: Gql, query: string, variables: Record<string, unknown>) {
    statements = [];
    const res = await as(query, variables);
    const read = statements;
    statements = [];
    expect(res.body.errors).toBeUndefined();
    return { data: res.body.data, count: res.headers.get('x-sql-statements'), read };
  }

  /**
   * `query` with `variables` answers as `plain` does (the fields left out absent), and reads
   * with the same statements.
   */
  async function expectPlain(
    as: Gql,
    query: string,
    variables: Record<string, unknown>,
    plain: string,
    plainVariables: Record<string, unknown> = {},
  ) {
    const expected = await run(as, plain, plainVariables);
    const got = await run(as, query, variables);
    expect(got.data).toStrictEqual(expected.data);
    expect(got.count).toBe(expected.count);
    expect(got.read).toEqual(expected.read);
    return got;
  }

  const office = () => t.as('DELEGATION_OFFICE', 'CIIE-5/QH');
  const orderBy = `orderBy: [{ field: AMOUNT_USD, direction: DESC }]`;

  it('leaves out of a list statement the to-one relations and columns that @skip/@include leave out, by variables in either order and by literals', async () => {
    const query = `query($x: Boolean!) { deals(first: 100, ${orderBy}) { nodes { id amountUsd
      goods @include(if: $x)
      purchaser @include(if: $x) { id organisation { nameZh } subDelegation @skip(if: $x) { key } }
      exhibitor @skip(if: $x) { nameEn exhibitionArea @include(if: true) { key } }
      delegation @skip(if: true) { key }
      match @include(if: false) { id } } } }`;
    const plain = (x: boolean) =>
      `{ deals(first: 100, ${orderBy}) { nodes { id amountUsd ${
        x
          ? 'goods purchaser { id organisation { nameZh } }'
          : 'exhibitor { nameEn exhibitionArea { key } }'
      } } } }`;
    for (const as of [office(), t.as('ANALYST', 'CIIE-5')]) {
      for (const x of [false, true, false, true]) {
        const got = await expectPlain(as, query, { x }, plain(x));
        const nodes = got.data.deals.nodes;
        expect(nodes.length).toBeGreaterThanOrEqual(9);
        if (x) expect(nodes.every((n: any) => n.goods && n.purchaser?.organisation)).toBe(true);
        else expect(nodes.some((n: any) => n.exhibitor?.exhibitionArea?.key)).toBe(true);
      }
    }
  });

  it('does not read a nested list that @include/@skip leave out, nor its count, nor what is below it', async () => {
    const d = await qinghai();
    const query = `query($d: ID!, $x: Boolean!, $y: Boolean!) { delegation(id: $d) { key subDelegations { key
      purchasers(first: 5) @include(if: $x) { totalCount @skip(if: $y) nodes { id status
        deals(first: 3, ${orderBy}) @skip(if: $y) { nodes { id amountUsd purchaser @include(if: $x) { id } } }
        needs(first: 2) @include(if: false) { nodes { id } } } } } } }`;
    const plain = (x: boolean, y: boolean) =>
      `query($d: ID!) { delegation(id: $d) { key subDelegations { key ${
        x
          ? `purchasers(first: 5) { ${y ? '' : 'totalCount'} nodes { id status ${
              y ? '' : `deals(first: 3, ${orderBy}) { nodes { id amountUsd purchaser { id } } }`
            } } }`
          : ''
      } } } }`;
    const as = office();
    for (const [x, y] of [
      [true, false],
      [false, false],
      [true, true],
      [false, true],
      [true, false],
    ] as const) {
      const got = await expectPlain(as, query, { d, x, y }, plain(x, y), { d });
      // the whole tree is one statement still
      expect(got.count).toBe('1');
      const subs = got.data.delegation.subDelegations;
      if (x && !y) {
        expect(
          subs.some((s: any) => s.purchasers.nodes.some((p: any) => p.deals.nodes.length > 0)),
        ).toBe(true);
      }
      if (!x) expect(subs.every((s: any) => !('purchasers' in s))).toBe(true);
    }
  });

  it("runs a root row's nested statement, built once per viewer and shape, with each request's id and arguments", async () => {
    const d = await qinghai();
    const other = toGlobalId('Delegation', randomUUID());
    const query = `query($d: ID!, $n: Int!) { delegation(id: $d) { key subDelegations { key
      purchasers(first: $n) { nodes { id deals(first: 2, ${orderBy}) { nodes { amountUsd } } } } } } }`;
    const as = office();
    const first = await run(as, query, { d, n: 2 });
    expect(first.data.delegation.key).toBe('QH');
    const purchasers = (data: any) =>
      data.delegation.subDelegations.flatMap((s: any) => s.purchasers.nodes);
    expect(purchasers(first.data).length).toBeGreaterThan(0);
    // the same shape for another id: the same text, the new id among its values, no row
    const missing = await run(as, query, { d: other, n: 2 });
    expect(missing.data.delegation).toBeNull();
    expect(missing.read.map((s) => s.text)).toEqual(first.read.map((s) => s.text));
    expect(missing.read).not.toEqual(first.read);
    // and back, then another page size: another statement, its own rows
    expect((await run(as, query, { d, n: 2 })).data).toStrictEqual(first.data);
    const one = await run(as, query, { d, n: 1 });
    expect(one.read[0]!.text).not.toBe(first.read[0]!.text);
    for (const s of one.data.delegation.subDelegations) {
      expect(s.purchasers.nodes.length).toBeLessThanOrEqual(1);
    }
    // another viewer with the same shape reads what its own scope gives
    const lead = await run(t.as('SUB_DELEGATION_LEAD', 'CIIE-5/QH/COMMERCE'), query, { d, n: 2 });
    const commerce = lead.data.delegation.subDelegations.find((s: any) => s.key === 'COMMERCE');
    expect(
      lead.data.delegation.subDelegations
        .filter((s: any) => s !== commerce)
        .every((s: any) => s.purchasers.nodes.length === 0),
    ).toBe(true);
    expect(commerce.purchasers.nodes.length).toBeGreaterThan(0);
  });

  it('reads a named fragment spread twice once, honours inline fragments with and without conditions, and leaves out a spread that @skip leaves out', async () => {
    const query = `query($x: Boolean!) { deals(first: 100, ${orderBy}) { nodes {
        ...DealFields
        ... on Deal { ...DealFields purchaser { ...PurchaserFields } }
        ... on Node { id }
        ... @include(if: $x) { exhibitor { nameEn } }
        ...Extra @skip(if: $x) } } }
      fragment DealFields on Deal { id amountUsd purchaser { ...PurchaserFields } }
      fragment PurchaserFields on Purchaser { id organisation { nameZh } }
      fragment Extra on Deal { goods match { id } }`;
    const plain = (x: boolean) =>
      `{ deals(first: 100, ${orderBy}) { nodes { id amountUsd purchaser { id organisation { nameZh } } ${
        x ? 'exhibitor { nameEn }' : 'goods match { id }'
      } } } }`;
    const as = office();
    for (const x of [true, false, true, false]) await expectPlain(as, query, { x }, plain(x));
  });

  it('takes a fragment on another type under node(id) only for an object of that type', async () => {
    const { rows } = await t.sql.query(
      `select d.id as deal, d.purchaser_id as purchaser from deal d where d.goods = 'yak wool' limit 1`,
    );
    const deal = toGlobalId('Deal', rows[0].deal);
    const purchaser = toGlobalId('Purchaser', rows[0].purchaser);
    const query = `query($id: ID!, $x: Boolean!) { node(id: $id) { id
        ... on Deal { amountUsd purchaser { ...P } exhibitor @include(if: $x) { nameEn } }
        ... on Purchaser { status deals(first: 2, ${orderBy}) @include(if: $x) { nodes { id amountUsd } } }
        ...P } }
      fragment P on Purchaser { id organisation { nameZh } }`;
    const as = office();
    for (const x of [true, false]) {
      const asDeal = await expectPlain(
        as,
        query,
        { id: deal, x },
        `query($id: ID!) { node(id: $id) { id ... on Deal { amountUsd purchaser { id organisation { nameZh } } ${
          x ? 'exhibitor { nameEn }' : ''
        } } } }`,
        { id: deal },
      );
      expect(asDeal.data.node.purchaser.id).toBe(purchaser);
      expect('status' in asDeal.data.node).toBe(false);
      const asPurchaser = await expectPlain(
        as,
        query,
        { id: purchaser, x },
        `query($id: ID!) { node(id: $id) { id ... on Purchaser { status ${
          x ? `deals(first: 2, ${orderBy}) { nodes { id amountUsd } }` : ''
        } organisation { nameZh } } } }`,
        { id: purchaser },
      );
      expect('amountUsd' in asPurchaser.data.node).toBe(false);
      if (x) expect(asPurchaser.data.node.deals.nodes.length).toBe(2);
    }
  });

  it('embeds in grouped totals only the relations @include leaves in', async () => {
    const query = `query($x: Boolean!) { dealAggregate(groupBy: [SUB_DELEGATION]) { count sumUsd
      subDelegation @include(if: $x) { key } } }`;
    const plain = (x: boolean) =>
      `{ dealAggregate(groupBy: [SUB_DELEGATION]) { count sumUsd ${x ? 'subDelegation { key }' : ''} } }`;
    const as = office();
    for (const x of [false, true, false]) await expectPlain(as, query, { x }, plain(x));
  });
});
