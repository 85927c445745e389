import { randomUUID } from 'node:crypto';
import type pg from 'pg';

/**
 * An approved purchaser of the seeded Qinghai delegation, written straight to the database
 * (for tests of what comes after recruitment).
 */
export async function approvedPurchaser(
  sql: pg.Pool,
  options: { subDelegation?: string; category?: string; delegation?: string } = {},
): Promise<{
  purchaser: string;
  delegation: string;
  organisation: string;
  expo: string;
  subDelegation: string;
}> {
  const { rows } = await sql.query(
    `with d as (select id, expo_id from delegation where key = $1 order by created_at limit 1),
     o as (insert into organisation (kind, name_zh) values ('ENTERPRISE', $2) returning id),
     s as (select s.id from sub_delegation s join d on d.id = s.delegation_id where s.key = $3),
     inviter as (select id from organisation where key = 'COMMERCE'),
     p as (insert into purchaser (delegation_id, organisation_id, sub_delegation_id, invited_by_organisation_id, category, status)
           select d.id, o.id, s.id, inviter.id, $4, 'APPROVED' from d, o, s, inviter
           returning id, delegation_id, organisation_id, sub_delegation_id)
     select p.id as purchaser, p.delegation_id as delegation, p.organisation_id as organisation,
            p.sub_delegation_id as "subDelegation", (select expo_id from d) as expo from p`,
    [
      options.delegation ?? 'QH',
      `测试采购商-${randomUUID().slice(0, 8)}`,
      options.subDelegation ?? 'COMMERCE',
      options.category ?? 'IMPORT_TRADE',
    ],
  );
  return rows[0];
}

/** A deal written straight to the database (the trigger announces it like any other). */
export async function insertDeal(
  sql: pg.Pool | pg.PoolClient,
  p: { purchaser: string; delegation: string; expo: string },
  amountUsd: string,
): Promise<string> {
  const { rows } = await sql.query(
    `insert into deal (delegation_id, expo_id, purchaser_id, goods, amount, currency, usd_rate, amount_usd)
     values ($1, $2, $3, 'test goods', $4, 'USD', 1, $4) returning id`,
    [p.delegation, p.expo, p.purchaser, amountUsd],
  );
  return rows[0].id;
}
