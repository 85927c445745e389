import { describe, expect, it } from 'vitest';
import { toGlobalId } from '../../server/src/graphql/relay.js';
import { approvedPurchaser, insertDeal } from '../helpers/fixtures.js';
import { useTestServer, type TestServer } from '../helpers/server.js';

// A document runs on graphql-js the first time and compiled (graphql-jit) from then on: the
// answers, errors included, must not change between the two. /metrics counts the runs of each
// executor, so the test proves that both of them answered.

/** Runs of each executor so far, from the instance's /metrics. */
async function executions(t: TestServer): Promise<{ js: number; compiled: number }> {
  const text = await (await fetch(new URL('/metrics', t.url))).text();
  const count = (executor: string) =>
    Number(
      text.match(
        new RegExp(`^graphql_executions_total\\{executor="${executor}"\\} (\\d+)`, 'm'),
      )?.[1] ?? 0,
    );
  return { js: count('graphql-js'), compiled: count('compiled') };
}

/**
 * An answer as a client reads it: outside production each error carries the server's stack
 * (`extensions.stacktrace`), whose frames are the executor's own; everything else is compared.
 */
function answer(body: { errors?: { extensions?: Record<string, unknown> }[] }) {
  return {
    ...body,
    errors: body.errors?.map(({ extensions, ...error }) => {
      const { stacktrace: _stack, ...rest } = extensions ?? {};
      return { ...error, extensions: rest };
    }),
  };
}

describe('compiled execution', () => {
  const t = useTestServer({ compileAfterRuns: 1 });

  it('answers a repeated query exactly as its first run did: data, nulls, errors and their codes', async () => {
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
      // a required variable with a default, left out (the SDK's SuggestedExhibitors `$first`)
      [`query($first: Int! = 1) { deals(first: $first) { totalCount nodes { id } } }`, {}],
    ];
    const seen = new Set<string>();
    for (const [query, variables] of documents) {
      // a text seen before is compiled already, whatever its variables
      const runsOnJs = seen.has(query) ? 0 : 1;
      seen.add(query);
      const before = await executions(t);
      const first = await office(query, variables);
      const second = await office(query, variables);
      const third = await office(query, variables);
      const after = await executions(t);
      expect(after).toEqual({
        js: before.js + runsOnJs,
        compiled: before.compiled + 3 - runsOnJs,
      });
      expect(second.status).toBe(first.status);
      expect(answer(second.body)).toEqual(answer(first.body));
      expect(answer(third.body)).toEqual(answer(first.body));
    }
    // and the compiled runs did answer: data where there is data, codes where there are errors
    const deals = await office(documents[0]![0], { first: 1 });
    expect(deals.body.data.deals.totalCount).toBe(2);
    const node = await office(documents[2]![0], { id: deal });
    expect(node.body.data.node).toEqual({ id: deal, amountUsd: '1234.56' });
    const tooMany = await office(documents[4]![0]);
    expect(tooMany.body.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(tooMany.body.errors?.[0].extensions.field).toBe('first');
    const defaulted = await office(documents[6]![0], {});
    expect(defaulted.body.data.deals.nodes).toHaveLength(1);
  });

  it('runs a mutation on either executor with the same effect and the same answer', async () => {
    const office = t.as('DELEGATION_OFFICE', 'CIIE-5/QH');
    const { rows } = await t.sql.query(
      `insert into exhibitor (expo_id, exhibition_area_id, name_en, country)
       select e.id, a.id, 'Parity Instruments GmbH', 'DE' from expo e
       join exhibition_area a on a.expo_id = e.id where e.key = 'CIIE-5' order by a.key limit 1
       returning id`,
    );
    const exhibitorId = toGlobalId('Exhibitor', rows[0].id);
    // the same write, on graphql-js (first run) and then compiled (second run), for two
    // purchasers alike: the answers match field for field, and so do the rows written
    const record = `mutation Record($input: RecordDealInput!) { recordDeal(input: $input) {
      amount currency usdRate amountUsd status goods signedOn
      purchaser { status category } exhibitor { nameEn country } } }`;
    const purchasers = [
      await approvedPurchaser(t.sql, { subDelegation: 'HEALTH' }),
      await approvedPurchaser(t.sql, { subDelegation: 'HEALTH' }),
    ];
    const before = await executions(t);
    const answers = [];
    for (const p of purchasers) {
      answers.push(
        await office(record, {
          input: {
            purchaserId: toGlobalId('Purchaser', p.purchaser),
            exhibitorId,
            goods: 'MRI scanners',
            amount: '1250000.50',
            currency: 'USD',
            signedOn: '2022-11-06',
          },
        }),
      );
    }
    expect(await executions(t)).toEqual({ js: before.js + 1, compiled: before.compiled + 1 });
    expect(answers[0]!.body.errors).toBeUndefined();
    expect(answers[0]!.body.data.recordDeal).toMatchObject({
      amount: '1250000.50',
      amountUsd: '1250000.50',
      status: 'SIGNED',
    });
    expect(answers[1]!.body).toEqual(answers[0]!.body);
    const written = await t.sql.query(
      `select purchaser_id, amount::text, amount_usd::text, status, signed_on from deal
       where purchaser_id = any($1) order by purchaser_id`,
      [purchasers.map((p) => p.purchaser)],
    );
    expect(written.rows).toHaveLength(2);
    const { purchaser_id: _a, ...one } = written.rows[0];
    const { purchaser_id: _b, ...other } = written.rows[1];
    expect(other).toEqual(one);

    // refused writes: a stale version, an ID that does not exist, input at fault; each answers
    // the same on both executors and writes nothing
    const registered = await approvedPurchaser(t.sql, { subDelegation: 'COMMERCE' });
    const pending = await t.sql.query(
      `update purchaser set status = 'REGISTERED', approved_at = null,
         lead_id = (select l.id from sub_delegation_lead l
                    where l.sub_delegation_id = purchaser.sub_delegation_id)
       where id = $1 returning version`,
      [registered.purchaser],
    );
    const lead = t.as('SUB_DELEGATION_LEAD', 'CIIE-5/QH/COMMERCE');
    const approve = `mutation Approve($input: ApprovePurchaserInput!) {
      approvePurchaser(input: $input) { id status version } }`;
    const refused: Record<string, unknown>[] = [
      {
        input: {
          purchaserId: toGlobalId('Purchaser', registered.purchaser),
          version: pending.rows[0].version + 7,
        },
      },
      {
        input: {
          purchaserId: toGlobalId('Purchaser', '00000000-0000-0000-0000-000000000000'),
          version: 1,
        },
      },
    ];
    const deals = await t.sql.query(`select count(*)::int as n from deal`);
    for (const variables of refused) {
      const first = await lead(approve, variables);
      const second = await lead(approve, variables);
      expect(first.body.errors?.[0]?.extensions.code).toMatch(/^(CONFLICT|NOT_FOUND)$/);
      expect(answer(second.body)).toEqual(answer(first.body));
    }
    const codes = [];
    for (const variables of refused) {
      codes.push((await lead(approve, variables)).body.errors?.[0]?.extensions.code);
    }
    expect(codes).toEqual(['CONFLICT', 'NOT_FOUND']);
    const badAmount = {
      input: {
        purchaserId: toGlobalId('Purchaser', purchasers[1]!.purchaser),
        exhibitorId,
        goods: 'MRI scanners',
        amount: '-5',
        currency: 'USD',
      },
    };
    const bad = [await office(record, badAmount), await office(record, badAmount)];
    expect(bad[0]!.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.amount',
    });
    expect(bad[1]!.body).toEqual(bad[0]!.body);
    expect((await t.sql.query(`select count(*)::int as n from deal`)).rows[0].n).toBe(
      deals.rows[0].n,
    );
    const still = await t.sql.query(`select status, version from purchaser where id = $1`, [
      registered.purchaser,
    ]);
    expect(still.rows[0]).toEqual({ status: 'REGISTERED', version: pending.rows[0].version });
  });
});
