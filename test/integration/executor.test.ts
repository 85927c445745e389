import { describe, expect, it } from 'vitest';
import { toGlobalId } from '../../server/src/graphql/relay.js';
import { approvedPurchaser, insertDeal } from '../helpers/fixtures.js';
import { useTestServer } from '../helpers/server.js';

// A document runs on graphql-js the first time and compiled (graphql-jit) from then on: the
// answers, errors included, must not change between the two.

describe('compiled execution', () => {
  const t = useTestServer({ compileAfterRuns: 1 });

  it('answers a repeated document exactly as its first run did: data, nulls, errors and their codes', async () => {
    const p = await approvedPurchaser(t.sql, { subDelegation: 'HEALTH' });
    const deal = toGlobalId('Deal', await insertDeal(t.sql, p, '1234.56'));
    await insertDeal(t.sql, p, '0.10');
    const office = t.as('DELEGATION_OFFICE', 'CIIE-5/QH');
    const documents: [string, Record<string, unknown>][] = [
      [
        `query Deals($first: Int) { deals(first: $first) { totalCount pageInfo { hasNextPage endCursor }
          edges { cursor node { id amountUsd status createdAt purchaser { status organisation { nameZh } } exhibitor { nameEn } } } } }`,
        { first: 1 },
      ],
      [
        `{ delegation(expoKey: "CIIE-5", key: "QH") { key subDelegations { key targetMin
           purchasers(first: 2) { totalCount nodes { id } } } } }`,
        {},
      ],
      // a node of an abstract type; a missing node is null
      [`query($id: ID!) { node(id: $id) { id ... on Deal { amountUsd } } }`, { id: deal }],
      [`query($id: ID!) { node(id: $id) { id ... on Deal { amountUsd } } }`, { id: 'nope' }],
      [`{ deals(first: 600) { totalCount } }`, {}],
      [`query($id: ID!) { purchaser(id: $id) { id } }`, { id: 42 }],
      [
        `mutation($id: ID!) { approvePurchaser(id: $id, version: 99) { id } }`,
        { id: 'UHVyY2hhc2VyOjAwMDAwMDAwLTAwMDAtMDAwMC0wMDAwLTAwMDAwMDAwMDAwMA' },
      ],
    ];
    for (const [query, variables] of documents) {
      const first = await office(query, variables);
      const second = await office(query, variables);
      const third = await office(query, variables);
      expect(second.status).toBe(first.status);
      expect(second.body).toEqual(first.body);
      expect(third.body).toEqual(first.body);
    }
    // and the compiled runs did answer: data where there is data, codes where there are errors
    const deals = await office(documents[0]![0], { first: 1 });
    expect(deals.body.data.deals.totalCount).toBeGreaterThanOrEqual(2);
    const node = await office(documents[2]![0], { id: deal });
    expect(node.body.data.node).toEqual({ id: deal, amountUsd: '1234.56' });
    const tooMany = await office(documents[4]![0]);
    expect(tooMany.body.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(tooMany.body.errors?.[0].extensions.field).toBe('first');
  });
});
