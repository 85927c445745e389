// The workload, identical in meaning on every contender: Q1–Q4 as Delegation Hub, PostGraphile
// and the raw SQL floor ask for them. A contender whose URL is not given gets requests it never
// sends (the profiler runs Delegation Hub alone).
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function defineWorkloads({ admin, token, urls }) {
  const { toGlobalId } = await import(path.join(root, 'dist/server/graphql/relay.js'));
  const delegation = (await admin.query(`select id from delegation where key = 'QH'`)).rows[0].id;
  const sample = (
    await admin.query(
      `select p.id as purchaser, m.exhibitor_id as exhibitor from purchaser p join exhibitor_match m on m.purchaser_id = p.id
     where p.delegation_id = $1 limit 1`,
      [delegation],
    )
  ).rows[0];
  const expoId = (await admin.query(`select expo_id from delegation where id = $1`, [delegation]))
    .rows[0].expo_id;
  const d = toGlobalId('Delegation', delegation);
  const gql = (url, query, variables, auth) => ({
    url,
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(auth ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  let dealSeq = 0;
  const workloads = {
    Q1: {
      title: 'flat list: 100 deals with purchaser, exhibitor, sub-delegation',
      hub: gql(
        urls.hub,
        `query($d: ID!) { deals(first: 100, filter: { delegation: { eq: $d } }, orderBy: [{ field: CREATED_AT, direction: DESC }, { field: ID, direction: DESC }]) {
        nodes { id amountUsd status purchaser { organisation { nameZh } subDelegation { nameEn } } exhibitor { nameEn country } } } }`,
        { d },
        true,
      ),
      graphile: gql(
        urls.graphile,
        `query($d: UUID!) { allDeals(first: 100, condition: { delegationId: $d }, orderBy: [CREATED_AT_DESC, PRIMARY_KEY_DESC]) {
        nodes { id amountUsd status purchaserByPurchaserIdAndDelegationId { organisationByOrganisationId { nameZh } subDelegationBySubDelegationIdAndDelegationId { nameEn } }
        exhibitorByExhibitorId { nameEn country } } } }`,
        { d: delegation },
      ),
      floor: { url: `${urls.floor}/q1?delegation=${delegation}`, method: 'GET' },
    },
    Q2: {
      title: 'nested: sub-delegations -> 20 purchasers -> 5 deals -> exhibitor',
      hub: gql(
        urls.hub,
        `query($d: ID!) { delegation(id: $d) { subDelegations { key purchasers(first: 20) { nodes { id
        deals(first: 5) { nodes { amountUsd exhibitor { nameEn country } } } } } } } }`,
        { d },
        true,
      ),
      graphile: gql(
        urls.graphile,
        `query($d: UUID!) { allSubDelegations(condition: { delegationId: $d }) { nodes { key purchasers(first: 20) { nodes { id
        deals(first: 5) { nodes { amountUsd exhibitorByExhibitorId { nameEn country } } } } } } } }`,
        { d: delegation },
      ),
      floor: { url: `${urls.floor}/q2?delegation=${delegation}`, method: 'GET' },
    },
    Q3: {
      title: 'deal totals of a delegation by sub-delegation x exhibition area',
      hub: gql(
        urls.hub,
        `query($d: ID!) { dealAggregate(filter: { delegation: { eq: $d } }, groupBy: [SUB_DELEGATION, EXHIBITION_AREA]) {
        subDelegation { id } exhibitionArea { id } count sumUsd } }`,
        { d },
        true,
      ),
      graphile: gql(
        urls.graphile,
        `query($d: UUID!) { allDealFacts(condition: { delegationId: $d }) {
        groupedAggregates(groupBy: [SUB_DELEGATION_ID, EXHIBITION_AREA_ID]) { keys sum { one amountUsd } } } }`,
        { d: delegation },
      ),
      floor: { url: `${urls.floor}/q3?delegation=${delegation}`, method: 'GET' },
    },
    Q4: {
      title: 'record a deal (mutation)',
      hub: () =>
        gql(
          urls.hub,
          `mutation($i: RecordDealInput!) { recordDeal(input: $i) { id amountUsd } }`,
          {
            i: {
              purchaserId: toGlobalId('Purchaser', sample.purchaser),
              exhibitorId: toGlobalId('Exhibitor', sample.exhibitor),
              goods: `bench ${dealSeq++}`,
              amount: '1000.00',
              currency: 'USD',
            },
          },
          true,
        ),
      graphile: () =>
        gql(
          urls.graphile,
          `mutation($deal: DealInput!) { createDeal(input: { deal: $deal }) { deal { rowId amountUsd } } }`,
          {
            deal: {
              delegationId: delegation,
              expoId,
              purchaserId: sample.purchaser,
              exhibitorId: sample.exhibitor,
              goods: `bench ${dealSeq++}`,
              amount: '1000.00',
              currency: 'USD',
              usdRate: '1',
              amountUsd: '1000.00',
            },
          },
        ),
      floor: () => ({
        url: `${urls.floor}/q4`,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          purchaserId: sample.purchaser,
          exhibitorId: sample.exhibitor,
          goods: `bench ${dealSeq++}`,
          amount: '1000.00',
        }),
      }),
    },
  };
  return { delegation, d, sample, expoId, workloads };
}
