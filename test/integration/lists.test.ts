import { describe, expect, it, beforeAll } from 'vitest';
import { creditCodeCheckCharacter } from '../../server/src/modules/organisation/credit-code.js';
import { useTestServer } from '../helpers/server.js';

const PAGE = `query($first: Int, $after: String, $last: Int, $before: String, $filter: OrganisationFilter, $orderBy: [OrganisationOrder!]) {
  organisations(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id key kind nameZh nameEn creditCode } }
  }
}`;

describe('lists as Relay connections: filters, ordering, cursors', () => {
  const t = useTestServer();
  const gql = (variables: Record<string, unknown>) => t.as('ANALYST', 'CIIE-5/QH')(PAGE, variables);

  beforeAll(async () => {
    // 40 enterprises with known names, kinds and credit codes beside the 19 of the plan
    for (let i = 0; i < 40; i += 1) {
      const first17 = `9163${String(i).padStart(4, '0')}MA000000${i % 10}`.slice(0, 17);
      const code = first17 + creditCodeCheckCharacter(first17);
      await t.sql.query(
        `insert into organisation (kind, name_zh, name_en, credit_code) values ($1, $2, $3, $4)`,
        [
          i % 3 === 0 ? 'INSTITUTION' : 'ENTERPRISE',
          `测试企业${String(i).padStart(2, '0')}`,
          i % 4 === 0 ? null : `Test Co ${i}`,
          i % 5 === 0 ? null : code,
        ],
      );
    }
  });

  async function all(variables: Record<string, unknown>) {
    const rows: any[] = [];
    let after: string | null = null;
    for (;;) {
      const { body } = await gql({ ...variables, first: 7, after });
      expect(body.errors).toBeUndefined();
      rows.push(...body.data.organisations.edges.map((e: any) => e.node));
      if (!body.data.organisations.pageInfo.hasNextPage) return rows;
      after = body.data.organisations.pageInfo.endCursor;
    }
  }

  it('pages forward and backward through a stable order without gaps or repeats', async () => {
    const everything = await all({
      orderBy: [{ field: 'KIND', direction: 'DESC' }, { field: 'NAME_ZH' }],
    });
    expect(everything).toHaveLength(59);
    expect(new Set(everything.map((o) => o.id)).size).toBe(59);
    const expected = [...everything].sort((a, b) =>
      a.kind === b.kind
        ? a.nameZh < b.nameZh
          ? -1
          : a.nameZh > b.nameZh
            ? 1
            : 0
        : a.kind < b.kind
          ? 1
          : -1,
    );
    expect(everything.map((o) => o.nameZh)).toEqual(expected.map((o) => o.nameZh));

    // backwards from the end: the last 5, then the 5 before them
    const tail = await gql({
      last: 5,
      orderBy: [{ field: 'KIND', direction: 'DESC' }, { field: 'NAME_ZH' }],
    });
    const tailRows = tail.body.data.organisations.edges.map((e: any) => e.node.id);
    expect(tailRows).toEqual(everything.slice(-5).map((o) => o.id));
    expect(tail.body.data.organisations.pageInfo.hasPreviousPage).toBe(true);
    const before = await gql({
      last: 5,
      before: tail.body.data.organisations.pageInfo.startCursor,
      orderBy: [{ field: 'KIND', direction: 'DESC' }, { field: 'NAME_ZH' }],
    });
    expect(before.body.data.organisations.edges.map((e: any) => e.node.id)).toEqual(
      everything.slice(-10, -5).map((o) => o.id),
    );
    expect(before.body.data.organisations.totalCount).toBe(59);
  });

  it('filters with every operator, combined with and / or / not', async () => {
    const count = async (filter: Record<string, unknown>) => {
      const { body } = await gql({ filter, first: 500 });
      expect(body.errors).toBeUndefined();
      expect(body.data.organisations.edges).toHaveLength(body.data.organisations.totalCount);
      return body.data.organisations.edges.map((e: any) => e.node);
    };
    const rows = (await count({})) as any[];
    const check = async (filter: Record<string, unknown>, predicate: (o: any) => boolean) => {
      const got = (await count(filter)).map((o: any) => o.id).sort();
      expect(got, JSON.stringify(filter)).toEqual(
        rows
          .filter(predicate)
          .map((o) => o.id)
          .sort(),
      );
    };
    await check({ kind: { eq: 'INSTITUTION' } }, (o) => o.kind === 'INSTITUTION');
    await check({ kind: { ne: 'ENTERPRISE' } }, (o) => o.kind !== 'ENTERPRISE');
    await check({ kind: { in: ['ASSOCIATION', 'INSTITUTION'] } }, (o) =>
      ['ASSOCIATION', 'INSTITUTION'].includes(o.kind),
    );
    await check({ kind: { notIn: ['GOVERNMENT'] } }, (o) => o.kind !== 'GOVERNMENT');
    await check({ nameZh: { contains: '企业1' } }, (o) => o.nameZh.includes('企业1'));
    await check({ nameEn: { startsWith: 'test co 1' } }, (o) =>
      (o.nameEn ?? '').toLowerCase().startsWith('test co 1'),
    );
    await check({ nameEn: { isNull: true } }, (o) => o.nameEn === null);
    await check({ creditCode: { isNull: false } }, (o) => o.creditCode !== null);
    await check({ nameEn: { ne: 'Test Co 1' } }, (o) => o.nameEn !== 'Test Co 1');
    await check(
      {
        or: [
          { kind: { eq: 'GOVERNMENT' } },
          { and: [{ kind: { eq: 'INSTITUTION' } }, { nameEn: { isNull: true } }] },
        ],
      },
      (o) => o.kind === 'GOVERNMENT' || (o.kind === 'INSTITUTION' && o.nameEn === null),
    );
    await check({ not: { kind: { eq: 'ENTERPRISE' } } }, (o) => o.kind !== 'ENTERPRISE');
    await check({ id: { in: rows.slice(0, 3).map((o) => o.id) } }, (o) =>
      rows.slice(0, 3).some((r) => r.id === o.id),
    );
    await check(
      {
        createdAt: { gt: '2000-01-01T00:00:00Z', lte: new Date(Date.now() + 60_000).toISOString() },
      },
      () => true,
    );
    await check({ createdAt: { lt: '2000-01-01T00:00:00Z' } }, () => false);
  });

  it('refuses pages above the maximum size, foreign cursors and IDs of another type', async () => {
    const big = await gql({ first: 501 });
    expect(big.body.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'first',
    });
    const both = await gql({ first: 1, last: 1 });
    expect(both.body.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    const cursor = await gql({ first: 1, after: 'bm90LWEtY3Vyc29y' });
    expect(cursor.body.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
    const wrongId = await gql({ filter: { id: { eq: 'bm9wZQ' } } });
    expect(wrongId.body.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.id.eq',
    });
  });
});

describe('query limits', () => {
  const t = useTestServer();

  it('refuses a query too costly or too deep with QUERY_TOO_COMPLEX, before touching the database', async () => {
    const analyst = t.as('ANALYST', 'CIIE-5/QH');
    const costly = await analyst(`{ expo(key: "CIIE-5") { delegations { subDelegations {
      purchasers(first: 500) { nodes { id deals(first: 100) { nodes { id amountUsd } } } } } } } }`);
    expect(costly.body.errors![0].extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      maxComplexity: 50000,
    });
    expect(costly.body.errors![0].extensions.complexity).toBeGreaterThan(50000);
    expect(Number(costly.headers.get('x-sql-statements') ?? 0)).toBe(0);

    const nested = 'subDelegations { delegation { '.repeat(6);
    const deep = await analyst(
      `{ delegation(expoKey: "CIIE-5", key: "QH") { ${nested} key ${'} } '.repeat(6)} } }`,
    );
    expect(deep.body.errors![0].extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      maxDepth: 12,
    });

    const fine = await analyst('{ organisations(first: 100) { nodes { id nameZh } } }');
    expect(fine.body.errors).toBeUndefined();
  });

  it('judges one document anew for the variables its cost depends on, and only for those', async () => {
    const analyst = t.as('ANALYST', 'CIIE-5/QH');
    // the cost walk's verdict is kept per document and the variables it reads: page sizes and
    // @include/@skip; the filter's name changes with every request and changes nothing
    const doc = `query($n: Int, $m: Int, $deep: Boolean!, $name: String) {
      expo(key: "CIIE-5") { delegations { subDelegations {
        purchasers(first: $n, filter: { organisation: { nameZh: { contains: $name } } }) {
          nodes { id deals(first: $m) @include(if: $deep) { nodes { id } } } } } } } }`;
    const code = async (variables: Record<string, unknown>) =>
      (await analyst(doc, variables)).body.errors?.[0]?.extensions.code ?? 'OK';
    for (let round = 0; round < 2; round += 1) {
      expect(await code({ n: 40, m: 100, deep: true, name: `a${round}` })).toBe(
        'QUERY_TOO_COMPLEX',
      );
      expect(await code({ n: 40, m: 100, deep: false, name: `b${round}` })).toBe('OK');
      expect(await code({ n: 2, m: 100, deep: true, name: `c${round}` })).toBe('OK');
      expect(await code({ n: 40, m: 1, deep: true, name: `d${round}` })).toBe('OK');
      expect(await code({ n: 40, m: 100, deep: true, name: `e${round}` })).toBe(
        'QUERY_TOO_COMPLEX',
      );
    }
  });

  it('sets a statement timeout on every database connection', async () => {
    const { rows } = await t.server.db.pool.query('show statement_timeout');
    expect(rows[0].statement_timeout).toBe('15s');
    const orm = await t.server.db.orm.em.getConnection().execute('show statement_timeout');
    expect(orm[0].statement_timeout).toBe('15s');
  });
});

describe('cursors keep every digit of the ordering value', () => {
  const t = useTestServer();

  it('pages deals made within one millisecond without repeating or skipping any', async () => {
    const { approvedPurchaser, insertDeal } = await import('../helpers/fixtures.js');
    const p = await approvedPurchaser(t.sql);
    for (let i = 1; i <= 7; i += 1) {
      const id = await insertDeal(t.sql, p, `${i}.00`);
      await t.sql.query(`update deal set created_at = $2 where id = $1`, [
        id,
        `2022-11-05 10:00:00.00012${i}+00`,
      ]);
    }
    const office = t.as('DELEGATION_OFFICE', 'CIIE-5/QH');
    const seen: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 10; guard += 1) {
      const { body } = await office(
        `query($after: String) { deals(first: 2, after: $after, orderBy: [{ field: CREATED_AT, direction: DESC }]) {
          pageInfo { hasNextPage endCursor } nodes { amountUsd } } }`,
        { after },
      );
      expect(body.errors).toBeUndefined();
      seen.push(...body.data.deals.nodes.map((n: any) => n.amountUsd));
      if (!body.data.deals.pageInfo.hasNextPage) break;
      after = body.data.deals.pageInfo.endCursor;
    }
    expect(seen).toEqual(['7.00', '6.00', '5.00', '4.00', '3.00', '2.00', '1.00']);
  });
});
