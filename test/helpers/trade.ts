import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type pg from 'pg';
import { toGlobalId } from '../../server/src/graphql/relay.js';
import type { GqlResult, TestServer } from './server.js';

/**
 * An APPROVED purchaser written straight to the database, its organisation keyed `key` so that
 * `t.as('PURCHASER', '<EXPO>/<DELEGATION>/<key>')` acts as it. Reuses the organisation when it
 * exists (the same company at another edition).
 */
export async function tradePurchaser(
  sql: pg.Pool,
  options: {
    key: string;
    subDelegation: string;
    expo?: string;
    delegation?: string;
    category?: string;
  },
): Promise<{
  id: string;
  gid: string;
  delegation: string;
  subDelegation: string;
  organisation: string;
}> {
  const { rows } = await sql.query(
    `with d as (select d.id from delegation d join expo e on e.id = d.expo_id where e.key = $1 and d.key = $2),
     o as (insert into organisation (kind, key, name_zh, name_en) values ('ENTERPRISE', $3, $3 || ' 公司', $3 || ' Co.')
           on conflict (key) do update set key = excluded.key returning id),
     s as (select s.id from sub_delegation s join d on d.id = s.delegation_id where s.key = $4),
     inviter as (select id from organisation where key = 'COMMERCE')
     insert into purchaser (delegation_id, organisation_id, sub_delegation_id, invited_by_organisation_id, category, status,
       registered_at, approved_at)
     select d.id, o.id, s.id, inviter.id, $5, 'APPROVED', now(), now() from d, o, s, inviter
     returning id, delegation_id as delegation, sub_delegation_id as "subDelegation", organisation_id as organisation`,
    [
      options.expo ?? 'CIIE-5',
      options.delegation ?? 'QH',
      options.key,
      options.subDelegation,
      options.category ?? 'MANUFACTURING',
    ],
  );
  const row = rows[0];
  if (!row)
    throw new Error(
      `No sub-delegation ${options.subDelegation} in ${options.expo ?? 'CIIE-5'}/${options.delegation ?? 'QH'}`,
    );
  return { ...row, gid: toGlobalId('Purchaser', row.id) };
}

/**
 * An exhibitor of an edition (CIIE-5 unless named) in exhibition area or zone `area` (its key),
 * written straight to the database, so that `t.as('EXHIBITOR', '<EXPO>/<name>')` acts for it.
 * Reuses the exhibitor when it exists.
 */
export async function tradeExhibitor(
  sql: pg.Pool,
  options: { name: string; area: string; expo?: string; products?: string },
): Promise<{ id: string; gid: string }> {
  const { rows } = await sql.query(
    `insert into exhibitor (expo_id, exhibition_area_id, name_en, country, products)
     select e.id, a.id, $3, 'DE', $4 from expo e join exhibition_area a on a.expo_id = e.id
     where e.key = $1 and a.key = $2
     on conflict (expo_id, name_en) do update set name_en = excluded.name_en returning id`,
    [options.expo ?? 'CIIE-5', options.area, options.name, options.products ?? ''],
  );
  if (!rows[0]) throw new Error(`No area ${options.area} in ${options.expo ?? 'CIIE-5'}`);
  return { id: rows[0].id, gid: toGlobalId('Exhibitor', rows[0].id) };
}

/** Global ids of the seeded CIIE-5 expo, its areas and zones, the QH delegation and its sub-delegations. */
export async function seeded(sql: pg.Pool) {
  const expo = (await sql.query(`select id from expo where key = 'CIIE-5'`)).rows[0].id as string;
  const areas = (await sql.query(`select id, key from exhibition_area where expo_id = $1`, [expo]))
    .rows;
  const delegation = (
    await sql.query(`select id from delegation where expo_id = $1 and key = 'QH'`, [expo])
  ).rows[0].id as string;
  const subs = (
    await sql.query(`select id, key from sub_delegation where delegation_id = $1`, [delegation])
  ).rows;
  return {
    expoId: expo,
    expo: toGlobalId('Expo', expo),
    delegationId: delegation,
    delegation: toGlobalId('Delegation', delegation),
    area: Object.fromEntries(
      areas.map((a) => [a.key, toGlobalId('ExhibitionArea', a.id)]),
    ) as Record<string, string>,
    subDelegation: Object.fromEntries(
      subs.map((s) => [s.key, toGlobalId('SubDelegation', s.id)]),
    ) as Record<string, string>,
  };
}

/** One CSV field, quoted when it must be (RFC 4180). */
function field(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export const CSV_HEADER = [
  'company',
  'company_zh',
  'country',
  'area',
  'booth',
  'products',
  'contact_name',
  'contact_email',
  'contact_phone',
];

export function csvOf(rows: Record<string, string>[], header = CSV_HEADER): string {
  return (
    [header.join(','), ...rows.map((row) => header.map((h) => field(row[h] ?? '')).join(','))].join(
      '\r\n',
    ) + '\r\n'
  );
}

/** The data of a response that must have succeeded. */
export function ok(result: GqlResult): any {
  expect(result.body.errors, JSON.stringify(result.body.errors)).toBeUndefined();
  return result.body.data;
}

/** The first error of a response that must have failed. */
export function failure(result: GqlResult): { message: string; extensions: Record<string, any> } {
  expect(
    result.body.errors,
    `expected an error, got ${JSON.stringify(result.body.data)}`,
  ).toBeDefined();
  return result.body.errors![0];
}

/** Row count of a table, for proving that nothing was written. */
export async function countOf(sql: pg.Pool, table: string): Promise<number> {
  return (await sql.query(`select count(*)::int as n from ${table}`)).rows[0].n;
}

/**
 * An earlier edition (CIIE-4) with the Qinghai delegation, an exhibitor and a SIGNED deal of
 * `organisationKey`'s purchaser. Made behind the API's back, so the server is told, as
 * createDelegation tells it: the earlier delegations a viewer follows up are read with its grants,
 * which the server keeps for a few seconds otherwise.
 */
export async function earlierEdition(
  t: Pick<TestServer, 'sql' | 'server'>,
  organisationKey: string,
  exhibitorName: string,
) {
  const { sql } = t;
  const expo = (
    await sql.query(`insert into expo (key, edition, name_zh, name_en, starts_on, ends_on)
      values ('CIIE-4', 4, '第四届中国国际进口博览会', '4th China International Import Expo', '2021-11-05', '2021-11-10')
      on conflict (key) do update set key = excluded.key returning id`)
  ).rows[0].id as string;
  const area = (
    await sql.query(
      `insert into exhibition_area (expo_id, key, kind, name_zh, name_en)
      values ($1, 'TECH_EQUIPMENT', 'AREA', '技术装备', 'Technical Equipment')
      on conflict (expo_id, key) do update set key = excluded.key returning id`,
      [expo],
    )
  ).rows[0].id as string;
  const exhibitor = (
    await sql.query(
      `insert into exhibitor (expo_id, exhibition_area_id, name_en, country, products)
      values ($1, $2, $3, 'DE', 'industrial robots') returning id`,
      [expo, area, exhibitorName],
    )
  ).rows[0].id as string;
  const delegation = (
    await sql.query(
      `insert into delegation (expo_id, key, name_zh, name_en, province_zh, province_en)
      values ($1, 'QH', '第四届进博会青海省交易团', 'Qinghai Trading Delegation to the 4th CIIE', '青海省', 'Qinghai')
      returning id`,
      [expo],
    )
  ).rows[0].id as string;
  await sql.query(
    `insert into sub_delegation (delegation_id, key, name_zh, name_en) values ($1, 'INDUSTRY', '工业分团', 'Industry')`,
    [delegation],
  );
  const purchaser = await tradePurchaser(sql, {
    key: organisationKey,
    subDelegation: 'INDUSTRY',
    expo: 'CIIE-4',
  });
  const deal = (
    await sql.query(
      `insert into deal (delegation_id, expo_id, purchaser_id, exhibitor_id, exhibition_area_id, goods,
        amount, currency, usd_rate, amount_usd, status, signed_on)
      values ($1, $2, $3, $4, $5, 'welding robots', '2000000.00', 'EUR', '1.1800000000', '2360000.00', 'SIGNED', '2021-11-08')
      returning id`,
      [delegation, expo, purchaser.id, exhibitor, area],
    )
  ).rows[0].id as string;
  t.server.app.authenticator.invalidate();
  return { expo, delegation, purchaser, deal: toGlobalId('Deal', deal), dealId: deal };
}

/** Two exhibitors of CIIE-5, one in each of its first two exhibition areas, named after `label`. */
export async function exhibitorsInAreas(sql: pg.Pool, label: string): Promise<string[]> {
  const { rows: areas } = await sql.query(
    `select a.id from exhibition_area a join expo e on e.id = a.expo_id where e.key = 'CIIE-5' order by a.key limit 2`,
  );
  const exhibitors: string[] = [];
  for (const [i, area] of areas.entries()) {
    const { rows } = await sql.query(
      `insert into exhibitor (expo_id, exhibition_area_id, name_en, country, contact_email, contact_phone)
       select e.id, $1, $2, 'FR', 'sales@example.fr', '+33 1 23 45 67 89' from expo e where e.key = 'CIIE-5'
       returning id`,
      [area.id, `${label} ${i} ${randomUUID().slice(0, 8)}`],
    );
    exhibitors.push(rows[0].id);
  }
  return exhibitors;
}

/**
 * A purchaser's trade records at every level a nested read reaches: a contact person, a published
 * need (exact decimals, a date, an array, timestamps), a match with `exhibitors[0]`, and deals:
 * one with `exhibitor` (and its area), one without any when `dealWithoutExhibitor`, one from the
 * match, written in that order.
 */
export async function tradeRecordsOf(
  sql: pg.Pool,
  p: { purchaser: string; delegation: string; expo: string },
  exhibitors: readonly string[],
  exhibitor: string,
  options: { dealWithoutExhibitor?: boolean } = {},
): Promise<void> {
  const person = await sql.query(
    `insert into person (delegation_id, name, phone, email)
     values ($1, '联系人', '0971-1234567', 'buyer@example.cn') returning id`,
    [p.delegation],
  );
  await sql.query(`update purchaser set contact_person_id = $2 where id = $1`, [
    p.purchaser,
    person.rows[0].id,
  ]);
  const need = await sql.query(
    `insert into procurement_need (delegation_id, purchaser_id, title, quantity, unit, budget_amount,
       budget_currency, preferred_countries, deadline, status, published_at)
     values ($1, $2, 'yak wool carding machines', 2.5, 'sets', 1000000.10, 'EUR', '{FR,DE}', '2022-11-30',
       'PUBLISHED', now()) returning id`,
    [p.delegation, p.purchaser],
  );
  const match = await sql.query(
    `insert into exhibitor_match (delegation_id, purchaser_id, need_id, exhibitor_id, status, score, reasons,
       purchaser_accepted_at, exhibitor_accepted_at)
     values ($1, $2, $3, $4, 'ACCEPTED', 0.8125, '{area,keyword}', now(), now()) returning id`,
    [p.delegation, p.purchaser, need.rows[0].id, exhibitors[0]],
  );
  await sql.query(
    `insert into deal (delegation_id, expo_id, purchaser_id, exhibitor_id, goods, amount, currency, usd_rate, amount_usd)
     values ($1, $2, $3, $4, 'yak wool', 1234.5, 'EUR', 1.08, 1333.26)`,
    [p.delegation, p.expo, p.purchaser, exhibitor],
  );
  if (options.dealWithoutExhibitor) {
    await sql.query(
      `insert into deal (delegation_id, expo_id, purchaser_id, goods, amount, currency, usd_rate, amount_usd)
       values ($1, $2, $3, 'barley', 10.1, 'USD', 1, 10.10)`,
      [p.delegation, p.expo, p.purchaser],
    );
  }
  await sql.query(
    `insert into deal (delegation_id, expo_id, purchaser_id, exhibitor_id, match_id, goods, amount, currency, usd_rate, amount_usd)
     values ($1, $2, $3, $4, $5, 'cashmere', 99.99, 'USD', 1, 99.99)`,
    [p.delegation, p.expo, p.purchaser, exhibitors[0], match.rows[0].id],
  );
}

/** An attendee of a purchaser (a person of its delegation), written straight to the database. */
export async function tradeAttendee(
  sql: pg.Pool,
  purchaserId: string,
  name = `Attendee ${randomUUID().slice(0, 8)}`,
): Promise<{ id: string; gid: string }> {
  const { rows } = await sql.query(
    `with p as (select id, delegation_id, organisation_id from purchaser where id = $1),
     pe as (insert into person (delegation_id, organisation_id, name)
            select delegation_id, organisation_id, $2 from p returning id, delegation_id)
     insert into attendee (delegation_id, purchaser_id, person_id)
     select pe.delegation_id, p.id, pe.id from p, pe returning id`,
    [purchaserId, name],
  );
  return { id: rows[0].id, gid: toGlobalId('Attendee', rows[0].id) };
}
