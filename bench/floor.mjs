// The floor: plain node:http + pg, hand-written SQL, the same JSON as the GraphQL answers.
// What no GraphQL server can beat; the others are measured against it.
import { createServer } from 'node:http';
import pg from 'pg';

const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.POOL || 10),
});

const Q = {
  // Q1: 100 deals with purchaser, exhibitor (name, country) and sub-delegation
  q1: `select coalesce(json_agg(row_to_json(t)), '[]') as data from (
         select d.id, d.amount_usd as "amountUsd", d.status,
           json_build_object('nameZh', o.name_zh) as purchaser,
           json_build_object('nameEn', s.name_en) as "subDelegation",
           json_build_object('nameEn', x.name_en, 'country', x.country) as exhibitor
         from deal d join purchaser p on p.id = d.purchaser_id join organisation o on o.id = p.organisation_id
         join sub_delegation s on s.id = p.sub_delegation_id left join exhibitor x on x.id = d.exhibitor_id
         where d.delegation_id = $1 order by d.created_at desc, d.id desc limit 100) t`,
  // Q2: sub-delegations -> first 20 purchasers -> first 5 deals -> exhibitor
  q2: `select coalesce(json_agg(json_build_object('key', s.key, 'purchasers', (
         select coalesce(json_agg(json_build_object('id', p.id, 'deals', (
           select coalesce(json_agg(json_build_object('amountUsd', d.amount_usd,
             'exhibitor', json_build_object('nameEn', x.name_en, 'country', x.country))), '[]')
           from (select * from deal d where d.purchaser_id = p.id order by d.created_at, d.id limit 5) d
           left join exhibitor x on x.id = d.exhibitor_id))), '[]')
         from (select * from purchaser p where p.sub_delegation_id = s.id order by p.created_at, p.id limit 20) p))
       order by s.position), '[]') as data from sub_delegation s where s.delegation_id = $1`,
  // Q3: deal totals of one delegation by sub-delegation x exhibition area (cancelled deals are
  // in no total, as in Delegation Hub)
  q3: `select coalesce(json_agg(row_to_json(t)), '[]') as data from (
         select p.sub_delegation_id as "subDelegationId", d.exhibition_area_id as "exhibitionAreaId",
           count(*)::int as count, sum(d.amount_usd)::text as "sumUsd"
         from deal d join purchaser p on p.id = d.purchaser_id
         where d.delegation_id = $1 and d.status <> 'CANCELLED'
         group by 1, 2 order by 1, 2) t`,
};

const server = createServer(async (req, res) => {
  try {
    const url = new URL(req.url, 'http://x');
    const name = url.pathname.slice(1);
    let result;
    if (name === 'q4') {
      const body = JSON.parse(
        await new Promise((resolve) => {
          let s = '';
          req.on('data', (c) => (s += c));
          req.on('end', () => resolve(s));
        }),
      );
      const { rows } = await pool.query(
        `insert into deal (delegation_id, expo_id, purchaser_id, exhibitor_id, goods, amount, currency, usd_rate, amount_usd)
         select p.delegation_id, dl.expo_id, p.id, $2, $3, $4, 'USD', 1, $4 from purchaser p join delegation dl on dl.id = p.delegation_id
         where p.id = $1 returning id, amount_usd as "amountUsd"`,
        [body.purchaserId, body.exhibitorId, body.goods, body.amount],
      );
      result = { data: { recordDeal: rows[0] } };
    } else if (Q[name]) {
      const { rows } = await pool.query(Q[name], [url.searchParams.get('delegation')]);
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
