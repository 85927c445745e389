import { describe, expect, it } from 'vitest';
import { toGlobalId } from '../../server/src/graphql/relay.js';
import { approvedPurchaser } from '../helpers/fixtures.js';
import { useTestServer } from '../helpers/server.js';
import { earlierEdition, exhibitorsInAreas, tradeRecordsOf } from '../helpers/trade.js';

// A list reads ahead: the to-one relations its query selects come inside the list's own
// statement. What a user sees must not change: the same rows, scope and masking as when each
// relation is loaded on its own (`deal(id)`, `exhibitorMatch(id)` read them that way).

const DEAL_FIELDS = `id amountUsd status createdAt
  purchaser { id status invitedAt approvedAt category
    organisation { nameZh creditCode }
    subDelegation { key nameEn targetMin }
    contact { name phone email }
    lead { id } }
  exhibitor { nameEn country contactEmail contactPhone createdAt exhibitionArea { key } }
  exhibitionArea { key kind }
  delegation { key }
  match { id status score reasons need { title quantity budgetAmount budgetCurrency preferredCountries deadline publishedAt } }`;

const MATCH_FIELDS = `id status
  need { id title quantity budgetAmount deadline publishedAt }
  exhibitor { nameEn country }
  purchaser { id organisation { nameZh } subDelegation { key } }`;

describe('lists read ahead', () => {
  const t = useTestServer();

  /** A reader of each kind of scope: all, a delegation, a sub-delegation, an expo's analyst. */
  const everyRole = () => [
    t.as('ADMIN'),
    t.as('DELEGATION_OFFICE', 'CIIE-5/QH'),
    t.as('SUB_DELEGATION_LEAD', 'CIIE-5/QH/COMMERCE'),
    t.as('ANALYST', 'CIIE-5'),
  ];

  async function addData() {
    const exhibitors = await exhibitorsInAreas(t.sql, 'Read-ahead Exhibitor');
    for (const [k, sub] of ['COMMERCE', 'HEALTH', 'COMMERCE'].entries()) {
      const p = await approvedPurchaser(t.sql, { subDelegation: sub });
      await tradeRecordsOf(t.sql, p, exhibitors, exhibitors[k % exhibitors.length]!, {
        dealWithoutExhibitor: true,
      });
    }
  }

  it('embeds to-one relations in the list statement, with the same answer as loading each on its own, for every role', async () => {
    await addData();
    for (const as of everyRole()) {
      const list = await as(
        `{ deals(first: 100, orderBy: [{ field: CREATED_AT, direction: DESC }]) { nodes { ${DEAL_FIELDS} } } }`,
      );
      expect(list.body.errors).toBeUndefined();
      // the deals with every to-one relation they select in one statement; the purchasers'
      // contacts (masked by scope in their own resolver) in a second
      expect(Number(list.headers.get('x-sql-statements'))).toBe(2);
      const nodes = list.body.data.deals.nodes;
      expect(nodes.length).toBeGreaterThanOrEqual(3);
      expect(nodes.some((n: any) => n.exhibitor === null)).toBe(true);
      expect(nodes.some((n: any) => n.match !== null)).toBe(true);
      for (const node of nodes) {
        const one = await as(`query($id: ID!) { deal(id: $id) { ${DEAL_FIELDS} } }`, {
          id: node.id,
        });
        expect(one.body.errors).toBeUndefined();
        expect(node).toEqual(one.body.data.deal);
      }
      const matches = await as(`{ exhibitorMatches(first: 100) { nodes { ${MATCH_FIELDS} } } }`);
      expect(matches.body.errors).toBeUndefined();
      expect(Number(matches.headers.get('x-sql-statements'))).toBe(1);
      for (const node of matches.body.data.exhibitorMatches.nodes) {
        const one = await as(`query($id: ID!) { exhibitorMatch(id: $id) { ${MATCH_FIELDS} } }`, {
          id: node.id,
        });
        expect(node).toEqual(one.body.data.exhibitorMatch);
      }
    }
    // masking still applies inside an embedded row: the analyst sees the contact masked
    const analyst = await t.as(
      'ANALYST',
      'CIIE-5',
    )(`{ deals(first: 100) { nodes { purchaser { contact { phone } } } } }`);
    const phones = analyst.body.data.deals.nodes
      .map((n: any) => n.purchaser?.contact?.phone)
      .filter(Boolean);
    expect(phones.length).toBeGreaterThan(0);
    for (const phone of phones) expect(phone).toMatch(/^\*+\d{4}$/);
  });

  it('embeds nothing the viewer may not read: a followed-up deal of an earlier edition has no purchaser', async () => {
    await earlierEdition(t, 'READ_AHEAD_CO', 'Read-ahead Robotics GmbH');
    const office = t.as('DELEGATION_OFFICE', 'CIIE-5/QH');
    const { rows } = await t.sql.query(
      `select d.id from delegation d join expo e on e.id = d.expo_id where e.key = 'CIIE-5' and d.key = 'QH'`,
    );
    const list = await office(
      `query($d: ID!) { earlierEditionDeals(delegationId: $d, first: 10) { nodes { id purchaser { id } exhibitor { nameEn } delegation { key } } } }`,
      { d: toGlobalId('Delegation', rows[0].id) },
    );
    expect(list.body.errors).toBeUndefined();
    const nodes = list.body.data.earlierEditionDeals.nodes;
    expect(nodes.length).toBe(1);
    expect(nodes[0].purchaser).toBeNull();
    expect(nodes[0].exhibitor.nameEn).toBe('Read-ahead Robotics GmbH');
    const one = await office(
      `query($id: ID!) { deal(id: $id) { id purchaser { id } exhibitor { nameEn } delegation { key } } }`,
      { id: nodes[0].id },
    );
    expect(nodes[0]).toEqual(one.body.data.deal);
  });

  it('counts a nested list only when asked, and counts it right past its last page', async () => {
    const office = t.as('DELEGATION_OFFICE', 'CIIE-5/QH');
    await addData();
    const q = `query($after: String) { delegation(expoKey: "CIIE-5", key: "QH") { subDelegations { key
      purchasers(first: 50, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } } } }`;
    const first = await office(q, { after: null });
    expect(first.body.errors).toBeUndefined();
    const commerce = first.body.data.delegation.subDelegations.find(
      (s: any) => s.key === 'COMMERCE',
    ).purchasers;
    const { rows } = await t.sql.query(
      `select count(*)::int as n from purchaser p join sub_delegation s on s.id = p.sub_delegation_id where s.key = 'COMMERCE'`,
    );
    expect(commerce.totalCount).toBe(rows[0].n);
    // after the last row: an empty page, the same total
    const past = await office(q, { after: commerce.pageInfo.endCursor });
    const pastCommerce = past.body.data.delegation.subDelegations.find(
      (s: any) => s.key === 'COMMERCE',
    ).purchasers;
    expect(pastCommerce.nodes).toEqual([]);
    expect(pastCommerce.totalCount).toBe(rows[0].n);
    // sub-delegations with no purchasers: empty pages, total 0
    expect(
      first.body.data.delegation.subDelegations.some(
        (s: any) => s.purchasers.totalCount === 0 && s.purchasers.nodes.length === 0,
      ),
    ).toBe(true);
  });

  const NESTED_DEAL = `id amountUsd amount currency status createdAt goods exhibitor { nameEn country exhibitionArea { key } }`;
  const NESTED_PURCHASER = `id status category invitedAt approvedAt organisation { nameZh creditCode }`;
  const NEED = `id title quantity budgetAmount budgetCurrency preferredCountries deadline publishedAt`;
  const PURCHASER_LISTS = `deals(first: 2, orderBy: [{ field: AMOUNT_USD, direction: DESC }]) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${NESTED_DEAL} } } }
    needs(first: 5) { nodes { ${NEED} } }
    matches(first: 5) { totalCount nodes { id status score reasons } }`;

  async function qinghai(): Promise<string> {
    const { rows } = await t.sql.query(
      `select d.id from delegation d join expo e on e.id = d.expo_id where e.key = 'CIIE-5' and d.key = 'QH'`,
    );
    return toGlobalId('Delegation', rows[0].id);
  }

  it('folds nested lists into one statement, with the same answer as reading each list on its own, for every role', async () => {
    await addData();
    await addData();
    const d = await qinghai();
    for (const as of everyRole()) {
      const folded = await as(
        `query($d: ID!, $n: Int!) { delegation(id: $d) { key subDelegations { id key nameEn targetMin
          purchasers(first: $n) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${NESTED_PURCHASER} ${PURCHASER_LISTS} } } } } } }`,
        { d, n: 2 },
      );
      expect(folded.body.errors).toBeUndefined();
      // the delegation, its sub-delegations, their purchasers, and their deals (with exhibitors),
      // needs and matches, counts included: one statement
      expect(Number(folded.headers.get('x-sql-statements'))).toBe(1);
      const subs = folded.body.data.delegation.subDelegations;
      // read level by level instead: the sub-delegations and their purchasers (not folded under
      // a delegation read by key), then each purchaser's lists under the purchaser read by id
      const plain = await as(
        `query($n: Int!) { delegation(expoKey: "CIIE-5", key: "QH") { key subDelegations { id key nameEn targetMin
          purchasers(first: $n) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${NESTED_PURCHASER} } } } } } }`,
        { n: 2 },
      );
      expect(plain.body.errors).toBeUndefined();
      const strip = (list: any[]) =>
        list.map((sub: any) => ({
          ...sub,
          purchasers: {
            ...sub.purchasers,
            edges: sub.purchasers.edges.map((e: any) => ({
              cursor: e.cursor,
              node: Object.fromEntries(
                Object.entries(e.node).filter(([k]) => !['deals', 'needs', 'matches'].includes(k)),
              ),
            })),
          },
        }));
      expect(strip(subs)).toEqual(plain.body.data.delegation.subDelegations);
      // under a delegation read by key, the purchasers are a statement of their own, which
      // folds in their lists in turn: the delegation, the sub-delegations, the purchasers
      const hosted = await as(
        `query($n: Int!) { delegation(expoKey: "CIIE-5", key: "QH") { key subDelegations { id key nameEn targetMin
          purchasers(first: $n) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${NESTED_PURCHASER} ${PURCHASER_LISTS} } } } } } }`,
        { n: 2 },
      );
      expect(hosted.body.errors).toBeUndefined();
      expect(Number(hosted.headers.get('x-sql-statements'))).toBe(3);
      expect(hosted.body.data.delegation.subDelegations).toEqual(subs);
      let seen = 0;
      for (const edge of subs.flatMap((sub: any) => sub.purchasers.edges)) {
        const one = await as(`query($id: ID!) { purchaser(id: $id) { ${PURCHASER_LISTS} } }`, {
          id: edge.node.id,
        });
        expect(one.body.errors).toBeUndefined();
        const { deals, needs, matches } = edge.node;
        expect({ deals, needs, matches }).toEqual(one.body.data.purchaser);
        seen += deals.edges.length;
      }
      expect(seen).toBeGreaterThan(0);
    }
  });

  it('pages a folded list by its cursors forwards and backwards, with arguments from variables', async () => {
    await addData();
    await addData();
    const office = t.as('DELEGATION_OFFICE', 'CIIE-5/QH');
    const d = await qinghai();
    const q = `query($d: ID!, $first: Int, $after: String, $last: Int, $before: String) { delegation(id: $d) { subDelegations { key
      purchasers(first: $first, after: $after, last: $last, before: $before, orderBy: [{ field: INVITED_AT, direction: DESC }]) {
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { id } } } } }`;
    const commerce = (body: any) =>
      body.data.delegation.subDelegations.find((s: any) => s.key === 'COMMERCE').purchasers;
    const ids: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res = await office(q, { d, first: 2, after });
      expect(res.body.errors).toBeUndefined();
      expect(Number(res.headers.get('x-sql-statements'))).toBe(1);
      const page = commerce(res.body);
      ids.push(...page.nodes.map((n: any) => n.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const { rows } = await t.sql.query(
      `select p.id from purchaser p join sub_delegation s on s.id = p.sub_delegation_id
       join delegation d on d.id = s.delegation_id where s.key = 'COMMERCE' and d.key = 'QH'
       order by p.invited_at desc, p.id`,
    );
    expect(ids).toEqual(rows.map((r) => toGlobalId('Purchaser', r.id)));
    // backwards from the end: the last two, in the list's order
    const last = await office(q, { d, last: 2 });
    expect(last.body.errors).toBeUndefined();
    expect(commerce(last.body).nodes.map((n: any) => n.id)).toEqual(ids.slice(-2));
    const before = await office(q, {
      d,
      last: 2,
      before: commerce(last.body).pageInfo.startCursor,
    });
    expect(commerce(before.body).nodes.map((n: any) => n.id)).toEqual(ids.slice(-4, -2));
  });

  it('folds one list twice under two aliases, and leaves a folded list whose arguments are at fault to fail on its own', async () => {
    await addData();
    const office = t.as('DELEGATION_OFFICE', 'CIIE-5/QH');
    const d = await qinghai();
    const twice = await office(
      `query($d: ID!) { delegation(id: $d) { subDelegations { key
        one: purchasers(first: 1) { nodes { id } }
        three: purchasers(first: 3) { nodes { id } } } } }`,
      { d },
    );
    expect(twice.body.errors).toBeUndefined();
    expect(Number(twice.headers.get('x-sql-statements'))).toBe(1);
    for (const sub of twice.body.data.delegation.subDelegations) {
      expect(sub.one.nodes).toEqual(sub.three.nodes.slice(0, 1));
    }
    expect(
      twice.body.data.delegation.subDelegations.some((s: any) => s.three.nodes.length > 1),
    ).toBe(true);
    const bad = await office(
      `query($d: ID!) { ok: delegation(id: $d) { key subDelegations { key } }
        delegation(id: $d) { key subDelegations { key purchasers(first: 501) { nodes { id } } } } }`,
      { d },
    );
    // the error is the nested field's own (and, the field being non-null, nulls its delegation)
    expect(bad.body.data.ok.subDelegations.length).toBeGreaterThan(0);
    expect(bad.body.data.delegation).toBeNull();
    const errors = bad.body.errors ?? [];
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) {
      expect(error.extensions.code).toBe('BAD_USER_INPUT');
      expect(error.extensions.field).toBe('first');
      expect(error.path.slice(0, 2)).toEqual(['delegation', 'subDelegations']);
      expect(error.path.at(-1)).toBe('purchasers');
    }
  });
});
