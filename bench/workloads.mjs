// The workload, identical in meaning on every contender: Q1–Q4, W1 and W2 as Delegation Hub,
// PostGraphile (`graphile`, without access rules; `rls`, with them as Row Level Security, sent
// the role's token) and the raw SQL floor (given the role's scope) ask for them, for one role.
// A contender whose URL is not given gets
// requests it never sends (the profiler runs Delegation Hub alone). A request that is a function
// is made anew for each request; its `prepare()`, when it has one, runs before each load of it
// (W1 puts its pool of purchasers back to where every approval succeeds).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { nameBenchPurchaser } from './hub.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * W1's pool: every purchaser that the data set has REGISTERED or APPROVED (about 42,500), its
 * original state kept in bench_w1_pool so that {@link restoreApprovalPool} puts it back, each with
 * a passed credit check and a passed background check of every attendee (added once, noted
 * 'bench W1'), as approval needs (review.service.ts, blockersOf).
 */
let poolReady;
function approvalPool(admin) {
  poolReady ??= (async () => {
    await admin.query(
      `create table if not exists bench_w1_pool (id uuid primary key, status text not null, approved_at timestamptz)`,
    );
    if ((await admin.query('select 1 from bench_w1_pool limit 1')).rowCount) return;
    await admin.query('begin');
    await admin.query(
      `insert into bench_w1_pool select id, status, approved_at from purchaser where status in ('REGISTERED', 'APPROVED')`,
    );
    await admin.query(
      `insert into credit_check (delegation_id, purchaser_id, result, note, checked_by, checked_at)
       select p.delegation_id, p.id, 'PASSED', 'bench W1', 'bench', '2022-09-10T08:00:00Z'
       from bench_w1_pool w join purchaser p on p.id = w.id`,
    );
    await admin.query(
      `insert into background_check (delegation_id, attendee_id, result, note, checked_by, checked_at)
       select a.delegation_id, a.id, 'PASSED', 'bench W1', 'bench', '2022-09-10T08:00:00Z'
       from bench_w1_pool w join attendee a on a.purchaser_id = w.id`,
    );
    await admin.query('commit');
    await admin.query('vacuum analyze purchaser, credit_check, background_check');
  })();
  return poolReady;
}

/**
 * The pool back in its original state (status, approval time; the version moves on) and the
 * approvals' audit events gone: the other workloads read the data set as generated.
 */
export async function restoreApprovalPool(admin) {
  const exists = await admin.query(`select to_regclass('bench_w1_pool') is not null as yes`);
  if (!exists.rows[0].yes) return;
  await admin.query(
    `update purchaser p set status = w.status, approved_at = w.approved_at, version = p.version + 1
     from bench_w1_pool w where w.id = p.id
       and (p.status, p.approved_at) is distinct from (w.status, w.approved_at)`,
  );
  await admin.query(
    `delete from audit_event e using bench_w1_pool w
     where e.entity_id = w.id and e.action = 'purchaser.approve'`,
  );
}

/**
 * Every purchaser of the pool REGISTERED again (its version moved on, as any write moves it),
 * and the pool in a fixed order with the versions each approval must send. The purchaser Q4
 * records deals for (hub.mjs, nameBenchPurchaser) is left out: it stays APPROVED, so that W3's
 * mix records deals while it approves others.
 */
async function registeredPool(admin) {
  await approvalPool(admin);
  const notQ4s = `p.organisation_id is distinct from (select id from organisation where key = 'BENCH_BUYER')`;
  await admin.query(
    `update purchaser p set status = 'REGISTERED', approved_at = null, version = p.version + 1
     from bench_w1_pool w where w.id = p.id and p.status <> 'REGISTERED' and ${notQ4s}`,
  );
  const { rows } = await admin.query(
    `select p.id, p.version from bench_w1_pool w join purchaser p on p.id = w.id
     where ${notQ4s} order by p.id`,
  );
  return rows;
}

/** W2's question: deals of these purchaser categories with exhibitors of these countries, in this range. */
export const W2_FILTER = {
  categories: ['IMPORT_TRADE', 'WHOLESALE_RETAIL', 'ECOMMERCE'],
  countries: ['DE', 'FR', 'IT'],
  minUsd: '1000000.00',
  maxUsd: '3000000.00',
};

/**
 * The requests of each workload for one role: `token` its token (Delegation Hub and PostGraphile
 * with RLS send it), `scope` what it reads (hub.mjs scopeOf; null for ADMIN) for the floor.
 */
export async function defineWorkloads({ admin, token, urls, role = 'ADMIN', scope = null }) {
  const { toGlobalId } = await import(path.join(root, 'dist/server/graphql/relay.js'));
  const delegation = (await admin.query(`select id from delegation where key = 'QH'`)).rows[0].id;
  // Q4's purchaser, the same for every role: the one the PURCHASER role is (hub.mjs,
  // nameBenchPurchaser), of the default lead's sub-delegation, so that every role that may
  // record deals records them for the same purchaser
  await nameBenchPurchaser(admin);
  const sample = (
    await admin.query(
      `select p.id as purchaser, m.exhibitor_id as exhibitor from purchaser p
       join organisation o on o.id = p.organisation_id join exhibitor_match m on m.purchaser_id = p.id
       where o.key = 'BENCH_BUYER' order by m.id limit 1`,
    )
  ).rows[0];
  const scopeText = scope ? Buffer.from(JSON.stringify(scope)).toString('base64url') : undefined;
  const scoped = scopeText ? `&scope=${scopeText}` : '';
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
  /** PostGraphile's request twice: `graphile` without rules, `rls` with the role's token. */
  const graphiles = (query, variables) => ({
    graphile: gql(urls.graphile, query, variables),
    rls: gql(urls.rls, query, variables, true),
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
      ...graphiles(
        `query($d: UUID!) { allDeals(first: 100, condition: { delegationId: $d }, orderBy: [CREATED_AT_DESC, PRIMARY_KEY_DESC]) {
        nodes { id amountUsd status purchaserByPurchaserIdAndDelegationId { organisationByOrganisationId { nameZh } subDelegationBySubDelegationIdAndDelegationId { nameEn } }
        exhibitorByExhibitorId { nameEn country } } } }`,
        { d: delegation },
      ),
      floor: { url: `${urls.floor}/q1?delegation=${delegation}${scoped}`, method: 'GET' },
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
      ...graphiles(
        `query($d: UUID!) { allSubDelegations(condition: { delegationId: $d }) { nodes { key purchasers(first: 20) { nodes { id
        deals(first: 5) { nodes { amountUsd exhibitorByExhibitorId { nameEn country } } } } } } } }`,
        { d: delegation },
      ),
      floor: { url: `${urls.floor}/q2?delegation=${delegation}${scoped}`, method: 'GET' },
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
      ...graphiles(
        `query($d: UUID!) { allDealFacts(condition: { delegationId: $d }) {
        groupedAggregates(groupBy: [SUB_DELEGATION_ID, EXHIBITION_AREA_ID]) { keys sum { one amountUsd } } } }`,
        { d: delegation },
      ),
      floor: { url: `${urls.floor}/q3?delegation=${delegation}${scoped}`, method: 'GET' },
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
      ...Object.fromEntries(
        [
          ['graphile', urls.graphile, false],
          ['rls', urls.rls, true],
        ].map(([c, url, auth]) => [
          c,
          () =>
            gql(
              url,
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
              auth,
            ),
        ]),
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
          scope,
        }),
      }),
    },
    W1: {
      title: 'approvePurchaser: a REGISTERED purchaser with passed checks, at its version',
      // each contender approves the pool's purchasers in turn, from the first, after the pool
      // was put back (prepare). ADMIN approves any purchaser; the roles that may not approve
      // (a delegation office, an analyst, a purchaser) sit it out as FORBIDDEN; a lead unit may
      // approve its own purchasers only, about 130, which would not last one load: not measured
      ...Object.fromEntries(
        [
          [
            'hub',
            !role.startsWith('SUB_DELEGATION_LEAD')
              ? (p) =>
                  gql(
                    urls.hub,
                    `mutation($i: ApprovePurchaserInput!) { approvePurchaser(input: $i) { id status version } }`,
                    { i: { purchaserId: toGlobalId('Purchaser', p.id), version: p.version } },
                    true,
                  )
              : undefined,
          ],
          ...[
            ['graphile', urls.graphile, false],
            ['rls', urls.rls, true],
          ].map(([c, url, auth]) => [
            c,
            (p) =>
              gql(
                url,
                `mutation($id: UUID!, $v: Int!, $patch: PurchaserPatch!) {
                updatePurchaserByRowIdAndVersion(input: { rowId: $id, version: $v, purchaserPatch: $patch }) { purchaser { rowId status version } } }`,
                {
                  id: p.id,
                  v: p.version,
                  patch: {
                    status: 'APPROVED',
                    approvedAt: new Date().toISOString(),
                    version: p.version + 1,
                  },
                },
                auth,
              ),
          ]),
          [
            'floor',
            (p) => ({
              url: `${urls.floor}/w1`,
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ purchaserId: p.id, version: p.version }),
            }),
          ],
        ]
          .filter(([, make]) => make)
          .map(([c, make]) => {
            let pool = [];
            let next = 0;
            const request = () => make(pool[Math.min(next++, pool.length - 1)]);
            // PostGraphile answers an update that matched no row (a stale version) with a
            // null purchaser and no error: that is a failed approval too
            if (c === 'graphile' || c === 'rls')
              request.failed = (body) => /"purchaser"\s*:\s*null/.test(body);
            request.prepare = async () => {
              // approvals a load left in flight land first: one landing after the pool was read
              // would move on a version that a later request sends
              await new Promise((resolve) => setTimeout(resolve, 1500));
              pool = await registeredPool(admin);
              next = 0;
            };
            return [c, request];
          }),
      ),
    },
    W2: {
      title:
        "an analyst's list: 50 deals by purchaser category x exhibitor country x amount, by amount, with totalCount",
      hub: gql(
        urls.hub,
        `query($c: [PurchaserCategory!], $k: [String!], $lo: Decimal, $hi: Decimal) {
        deals(first: 50, filter: { purchaser: { category: { in: $c } }, exhibitor: { country: { in: $k } }, amountUsd: { gte: $lo, lte: $hi } },
          orderBy: [{ field: AMOUNT_USD, direction: DESC }, { field: ID, direction: DESC }]) {
        totalCount nodes { id amountUsd status purchaser { category organisation { nameZh } } exhibitor { nameEn country } } } }`,
        {
          c: W2_FILTER.categories,
          k: W2_FILTER.countries,
          lo: W2_FILTER.minUsd,
          hi: W2_FILTER.maxUsd,
        },
        true,
      ),
      // no postgraphile-plugin-connection-filter in bench/package.json: the closest PostGraphile
      // has is a set-returning function (postgraphile.sql, analysed_deals) as a connection field
      ...graphiles(
        `query($c: [String], $k: [String], $lo: BigFloat, $hi: BigFloat) {
        analysedDeals(categories: $c, countries: $k, minUsd: $lo, maxUsd: $hi, first: 50) {
        totalCount nodes { id: rowId amountUsd status purchaserByPurchaserIdAndDelegationId { category organisationByOrganisationId { nameZh } }
        exhibitorByExhibitorId { nameEn country } } } }`,
        {
          c: W2_FILTER.categories,
          k: W2_FILTER.countries,
          lo: W2_FILTER.minUsd,
          hi: W2_FILTER.maxUsd,
        },
      ),
      floor: {
        url: `${urls.floor}/w2?${new URLSearchParams({
          categories: W2_FILTER.categories.join(','),
          countries: W2_FILTER.countries.join(','),
          min: W2_FILTER.minUsd,
          max: W2_FILTER.maxUsd,
        })}${scoped}`,
        method: 'GET',
      },
    },
  };
  return { delegation, d, sample, expoId, workloads };
}
