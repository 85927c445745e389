// The floor: plain node:http + pg, hand-written SQL, the same JSON as the GraphQL answers.
// What no GraphQL server can beat; the others are measured against it. A request may carry the
// scope of the role it is made for (`scope`: base64url JSON from hub.mjs scopeOf, the server's own
// Viewer): the statement then applies it as a hand-written predicate of only the rules that role
// has (a delegation office: its delegation; a lead: its sub-delegation; a purchaser: itself),
// prepared once per connection and shape.
import { createServer } from 'node:http';
import pg from 'pg';

const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.POOL || 10),
});

/**
 * The scope predicates of one statement, their values numbered from `first` on. `scope` null (an
 * ADMIN) adds no predicate; `shape` names which rules are present (part of the statement's name).
 */
class Scope {
  constructor(scope, first) {
    this.scope = scope;
    this.first = first;
    this.values = [];
    this.shape = scope ? '' : 'all';
  }

  param(value, type) {
    this.values.push(value);
    return `$${this.first + this.values.length - 1}::${type}`;
  }

  /** ` and (…)` of the rules given as [list, sql of its placeholder], those with ids only. */
  any(rules, tag) {
    if (!this.scope) return '';
    const present = rules.filter(([list]) => list?.length);
    this.shape += `${tag}${present.map(([, , key]) => key).join('')}.`;
    if (!present.length) return ' and false';
    return ` and (${present.map(([list, sql, , type]) => sql(this.param(list, type ?? 'uuid[]'))).join(' or ')})`;
  }

  /**
   * Deals `d` (purchaser `p`) the role reads (auth/scope.ts dealScope). `delegation`: what
   * the statement already fixes `d.delegation_id` to (its parameter), so that a delegation rule
   * is a test of that parameter, once per statement, instead of one per row.
   */
  deal(d = 'd', p = 'p', delegation = `${d}.delegation_id`) {
    const s = this.scope;
    return this.any(
      [
        [s?.dealDelegations, (x) => `${delegation} = any(${x})`, 'D'],
        [s?.subDelegations, (x) => `${p}.sub_delegation_id = any(${x})`, 'S'],
        [
          s?.memberUnits,
          (x) =>
            `(${p}.delegation_id::text || ':' || ${p}.invited_by_organisation_id::text) = any(${x})`,
          'M',
          'text[]',
        ],
        [s?.purchasers, (x) => `${d}.purchaser_id = any(${x})`, 'P'],
      ],
      'd',
    );
  }

  /** Purchasers `p` the role reads (viewer.ts, purchaserScopeSql); `delegation` as for deals. */
  purchaser(p = 'p', delegation = `${p}.delegation_id`) {
    const s = this.scope;
    return this.any(
      [
        [s?.fullDelegations, (x) => `${delegation} = any(${x})`, 'D'],
        [s?.subDelegations, (x) => `${p}.sub_delegation_id = any(${x})`, 'S'],
        [
          s?.memberUnits,
          (x) =>
            `(${p}.delegation_id::text || ':' || ${p}.invited_by_organisation_id::text) = any(${x})`,
          'M',
          'text[]',
        ],
        [s?.purchasers, (x) => `${p}.id = any(${x})`, 'P'],
      ],
      'p',
    );
  }

  /**
   * The deals of a scope of a few whole delegations (a delegation's office: at most 4, nothing
   * else), read first by their delegation (a fence: `offset 0`), as `from` of a statement that
   * filters them further; null for any other scope. PostgreSQL would otherwise walk the filter's
   * exhibitors and probe the delegation's deals for each (W2 as the office: 105 ms planned that
   * way, 5 ms from the delegation's 2,500 deals). An expo-wide scope reads nearly every deal:
   * the rule per row serves it better (100 ms against 160 ms fenced).
   */
  fewDelegations(d = 'd') {
    const s = this.scope;
    if (!s || s.subDelegations.length || s.memberUnits.length || s.purchasers.length) return null;
    if (!s.dealDelegations.length || s.dealDelegations.length > 4) return null;
    this.shape += 'F.';
    return `(select * from deal ${d} where ${d}.delegation_id = any(${this.param(s.dealDelegations, 'uuid[]')}) offset 0) ${d}`;
  }

  /** Rows of delegations whose structure the role reads (`column`, a delegation id). */
  delegation(column) {
    return this.any([[this.scope?.delegations, (x) => `${column} = any(${x})`, 'D']], 's');
  }

  /** Purchasers `p` whose deals the role may record (policy.ts, mayTradeFor). */
  trade(p = 'p') {
    const s = this.scope;
    return this.any(
      [
        [s?.offices, (x) => `${p}.delegation_id = any(${x})`, 'O'],
        [s?.subDelegations, (x) => `${p}.sub_delegation_id = any(${x})`, 'S'],
        [s?.purchasers, (x) => `${p}.id = any(${x})`, 'P'],
      ],
      't',
    );
  }
}

/** Each statement as a function of its scope (its parameters follow the statement's own). */
const Q = {
  // Q1: 100 deals with purchaser, exhibitor (name, country) and sub-delegation
  q1: (s) => `select coalesce(json_agg(row_to_json(t)), '[]') as data from (
         select d.id, d.amount_usd as "amountUsd", d.status,
           json_build_object('nameZh', o.name_zh) as purchaser,
           json_build_object('nameEn', s.name_en) as "subDelegation",
           json_build_object('nameEn', x.name_en, 'country', x.country) as exhibitor
         from deal d join purchaser p on p.id = d.purchaser_id join organisation o on o.id = p.organisation_id
         join sub_delegation s on s.id = p.sub_delegation_id left join exhibitor x on x.id = d.exhibitor_id
         where d.delegation_id = $1${s.deal('d', 'p', '$1::uuid')} order by d.created_at desc, d.id desc limit 100) t`,
  // Q2: sub-delegations -> first 20 purchasers -> first 5 deals -> exhibitor (a purchaser in
  // scope has all its deals in scope: the deals need no predicate of their own)
  q2: (s) => `select coalesce(json_agg(json_build_object('key', s.key, 'purchasers', (
         select coalesce(json_agg(json_build_object('id', p.id, 'deals', (
           select coalesce(json_agg(json_build_object('amountUsd', d.amount_usd,
             'exhibitor', json_build_object('nameEn', x.name_en, 'country', x.country))), '[]')
           from (select * from deal d where d.purchaser_id = p.id order by d.created_at, d.id limit 5) d
           left join exhibitor x on x.id = d.exhibitor_id))), '[]')
         from (select * from purchaser p where p.sub_delegation_id = s.id${s.purchaser('p', '$1::uuid')}
           order by p.created_at, p.id limit 20) p))
       order by s.position), '[]') as data from sub_delegation s
       where s.delegation_id = $1${s.delegation('$1::uuid')}`,
  // Q3: deal totals of one delegation by sub-delegation x exhibition area (cancelled deals are
  // in no total, as in Delegation Hub). The purchasers joined along the tenant key (id and
  // delegation): only the delegation's purchasers are read, from purchaser_delegation_facts_idx,
  // and its deals from deal_delegation_facts_idx, both index-only, hashed and grouped in memory
  q3: (s) => `select coalesce(json_agg(row_to_json(t)), '[]') as data from (
         select p.sub_delegation_id as "subDelegationId", d.exhibition_area_id as "exhibitionAreaId",
           count(*)::int as count, sum(d.amount_usd)::text as "sumUsd"
         from deal d join purchaser p on p.id = d.purchaser_id and p.delegation_id = d.delegation_id
         where d.delegation_id = $1 and p.delegation_id = $1 and d.status <> 'CANCELLED'${s.deal('d', 'p', '$1::uuid')}
         group by 1, 2 order by 1, 2) t`,
  // W2: an analyst's list: deals of purchasers of some categories with exhibitors of some
  // countries in an amount range, the 50 largest with how many there are. The matching deals
  // are found once (a CTE, materialised: counted and ranked from the same rows), and only the
  // 50 shown read their purchaser's organisation and their exhibitor
  w2: (s, fenced = s.fewDelegations()) => `with m as materialized (
         select d.id, d.amount_usd, d.status, d.purchaser_id, d.exhibitor_id, p.category,
           p.organisation_id
         from ${fenced ?? 'deal d'} join purchaser p on p.id = d.purchaser_id and p.delegation_id = d.delegation_id
         join exhibitor x on x.id = d.exhibitor_id
         where p.category = any($1::text[]) and x.country = any($2::text[])
           and d.amount_usd between $3::numeric and $4::numeric${fenced ? '' : s.deal()})
       select json_build_object('totalCount', (select count(*) from m)::int, 'nodes', coalesce((
         select json_agg(json_build_object('id', t.id, 'amountUsd', t.amount_usd::text, 'status', t.status,
           'purchaser', json_build_object('category', t.category, 'organisation',
             json_build_object('nameZh', o.name_zh)),
           'exhibitor', json_build_object('nameEn', x.name_en, 'country', x.country))
           order by t.amount_usd desc, t.id desc)
         from (select * from m order by amount_usd desc, id desc limit 50) t
         join organisation o on o.id = t.organisation_id join exhibitor x on x.id = t.exhibitor_id),
         '[]')) as data`,
  // Q4: record a deal for a purchaser the role may trade for (nothing inserted otherwise)
  q4: (
    s,
  ) => `insert into deal (delegation_id, expo_id, purchaser_id, exhibitor_id, goods, amount, currency, usd_rate, amount_usd)
         select p.delegation_id, dl.expo_id, p.id, $2, $3, $4, 'USD', 1, $4 from purchaser p join delegation dl on dl.id = p.delegation_id
         where p.id = $1${s.trade()} returning id, amount_usd as "amountUsd"`,
};

/**
 * Runs statement `name` with its own `values` and the role's `scope`: prepared (per shape) where
 * one generic plan serves every request; planned anew for each with a sub-delegation or
 * member-unit rule, whose sets of purchasers only a custom plan sizes well (a lead's Q1: 4 ms
 * planned for its 165 purchasers, 23 ms by the generic plan that hashes the delegation's deals),
 * and for a fenced few delegations (5 ms planned for them, 20 ms generic).
 */
async function run(name, values, scope) {
  const s = new Scope(scope, values.length + 1);
  const text = Q[name](s);
  const all = [...values, ...s.values];
  return /[SMF]/.test(s.shape)
    ? pool.query(text, all)
    : pool.query({ name: `${name}:${s.shape}`, text, values: all });
}

const scopeParam = (value) =>
  value ? JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) : null;

// W1: approve a purchaser at the version the client saw, in one statement: the row changes only
// when it is REGISTERED at that version with a passed latest credit check and every attendee's
// latest background check passed (the hub's approvalBlockers), and its audit event (the hub's
// snapshot of the purchaser before and after, with global IDs) is written by the same statement
const gid = (type, column) =>
  `translate(encode(convert_to('${type}:' || ${column}, 'UTF8'), 'base64'), '+/=', '-_')`;
const snapshot = (status) => `jsonb_build_object('status', '${status}', 'category', u.category,
  'subDelegationId', ${gid('SubDelegation', 'u.sub_delegation_id')},
  'leadId', ${gid('SubDelegationLead', 'u.lead_id')}, 'rejectionReason', u.rejection_reason)`;
const W1 = `with u as (
    update purchaser p set status = 'APPROVED', approved_at = now(), updated_at = now(),
      version = p.version + 1
    where p.id = $1 and p.version = $2 and p.status = 'REGISTERED'
      and (select c.result from credit_check c where c.purchaser_id = p.id
           order by c.checked_at desc, c.result limit 1) = 'PASSED'
      and exists (select 1 from attendee a where a.purchaser_id = p.id)
      and not exists (select 1 from attendee a where a.purchaser_id = p.id
        and (select b.result from background_check b where b.attendee_id = a.id
             order by b.checked_at desc, b.result limit 1) is distinct from 'PASSED')
    returning p.id, p.delegation_id, p.category, p.sub_delegation_id, p.lead_id,
      p.rejection_reason, p.status, p.version),
  e as (
    insert into audit_event (delegation_id, actor, action, entity_type, entity_id, before, after)
    select u.delegation_id, 'floor', 'purchaser.approve', 'Purchaser', u.id,
      ${snapshot('REGISTERED')}, ${snapshot('APPROVED')} from u)
  select id, status, version from u`;

const readBody = (req) =>
  new Promise((resolve) => {
    let s = '';
    req.on('data', (c) => (s += c));
    req.on('end', () => resolve(JSON.parse(s)));
  });
const list = (value) => (value ? value.split(',') : []);

const server = createServer(async (req, res) => {
  try {
    const url = new URL(req.url, 'http://x');
    const name = url.pathname.slice(1);
    let result;
    const scope = scopeParam(url.searchParams.get('scope'));
    if (name === 'q4') {
      const body = await readBody(req);
      const { rows } = await run(
        'q4',
        [body.purchaserId, body.exhibitorId, body.goods, body.amount],
        body.scope ?? null,
      );
      if (!rows[0]) {
        const text = JSON.stringify({ errors: [{ message: 'not permitted' }] });
        res.writeHead(403, { 'content-type': 'application/json' }).end(text);
        return;
      }
      result = { data: { recordDeal: rows[0] } };
    } else if (name === 'w1') {
      const body = await readBody(req);
      const { rows } = await pool.query({
        name: 'w1',
        text: W1,
        values: [body.purchaserId, body.version],
      });
      if (!rows[0]) {
        // changed meanwhile, or not REGISTERED with passed checks: as the hub's CONFLICT
        const text = JSON.stringify({ errors: [{ message: 'not approved' }] });
        res.writeHead(409, { 'content-type': 'application/json' }).end(text);
        return;
      }
      result = { data: { approvePurchaser: rows[0] } };
    } else if (name === 'w2') {
      const q = url.searchParams;
      const { rows } = await run(
        'w2',
        [list(q.get('categories')), list(q.get('countries')), q.get('min'), q.get('max')],
        scope,
      );
      result = { data: { deals: rows[0].data } };
    } else if (Q[name]) {
      // named: prepared once per connection (and scope shape), as the GraphQL servers' are
      const { rows } = await run(name, [url.searchParams.get('delegation')], scope);
      result = { data: rows[0].data };
    } else {
      res.writeHead(404).end();
      return;
    }
    const text = JSON.stringify(result);
    res.writeHead(200, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(text),
    });
    res.end(text);
  } catch (error) {
    res.writeHead(500, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ errors: [{ message: String(error) }] }));
  }
});
server.listen(Number(process.env.PORT || 5679), '127.0.0.1', () => {
  console.log(`floor ready at http://127.0.0.1:${server.address().port}`);
});
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
