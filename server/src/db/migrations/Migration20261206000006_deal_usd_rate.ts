import { Migration } from '@mikro-orm/migrations';

/**
 * A deal's amountUsd is amount × usdRate rounded to the cent, held by the database from now on.
 *
 * A deal recorded with its USD amount as agreed stored the implied rate cut to 10 places, and the
 * product no longer gave the stored USD (99,999,999,999.99 JPY: 2.11 USD off). A rate of
 * numeric(20, 10) cannot hold it: the rates that give an agreed USD amount for an amount A span
 * only 0.01 / A, which for the largest amounts (numeric(20, 2), under 10^18) is just over 10^-20.
 * So usd_rate becomes a numeric under 10^10 with at most 20 decimal places. It is unconstrained
 * numeric (not numeric(30, 20)) so that a rate keeps the places it was written with: 10 for every
 * rate so far (as the expo's rate table), 20 only where needed.
 *
 * Backfill. The USD amount is what was agreed and what every total is made of, so a deal whose
 * rate does not give it gets the rate that does: the shortest (fewest places, then nearest the
 * quotient), as recordDeal now stores it, each correction in the audit trail. A deal no rate can
 * make consistent (amount 0 with a USD amount, or a rate of 10^10 or more) stops the migration,
 * naming the deals, for someone to decide.
 */
export class Migration20261206000006DealUsdRate extends Migration {
  override async up(): Promise<void> {
    this.addSql(UP);
  }

  override async down(): Promise<void> {
    this.addSql(DOWN);
  }
}

/**
 * Gives every deal whose rate does not give its USD amount the shortest rate that does, audited;
 * fails naming the deals where none can.
 */
const CORRECT_DEAL_RATES = /* sql */ `
create temporary table deal_rate_fix as
  select dl.id, dl.delegation_id, dl.amount, dl.amount_usd, dl.usd_rate as before_rate,
    (select round(c.rate, greatest(10, c.places))
      from generate_series(0, 20) as p (places)
      cross join lateral (values (trunc(q.quotient, p.places), p.places),
        (trunc(q.quotient, p.places) + power(10::numeric, -p.places), p.places)) as c (rate, places)
      where c.rate > 0 and round(dl.amount * c.rate, 2) = dl.amount_usd
      order by c.places, abs(c.rate - q.quotient), c.rate desc
      limit 1) as rate
  from deal dl
  cross join lateral (select case when dl.amount > 0
    then dl.amount_usd::numeric(60, 40) / dl.amount end as quotient) as q
  where dl.amount_usd <> round(dl.amount * dl.usd_rate, 2);

do $$
declare
  broken text;
begin
  select string_agg(id::text, ', ' order by id) into broken from deal_rate_fix
    where rate is null or rate >= 1e10;
  if broken is not null then
    raise exception 'Deals whose USD amount no rate under 10^10 gives for their amount: %', broken
      using hint = 'Correct their amount or amount_usd, then migrate again.';
  end if;
end $$;

update deal d set usd_rate = f.rate from deal_rate_fix f where d.id = f.id;

insert into audit_event (delegation_id, actor, action, entity_type, entity_id, before, after)
  select delegation_id, 'migration Migration20261206000006_deal_usd_rate', 'deal.usd_rate.correct',
    'Deal', id, jsonb_build_object('usdRate', before_rate::text, 'amountUsd', amount_usd::text),
    jsonb_build_object('usdRate', rate::text, 'amountUsd', amount_usd::text)
  from deal_rate_fix;

drop table deal_rate_fix;
`;

const UP = /* sql */ `
alter table deal alter column usd_rate type numeric;
${CORRECT_DEAL_RATES}
alter table deal add constraint deal_usd_rate_places
  check (usd_rate < 1e10 and scale(usd_rate) <= 20);
alter table deal add constraint deal_usd_is_amount_at_rate
  check (amount_usd = round(amount * usd_rate, 2));
`;

/**
 * Back to numeric(20, 10): rates of more places are rounded to 10 (at least 10^-10), as the code
 * before this migration stored them, and may again not give their deal's USD amount.
 */
const DOWN = /* sql */ `
alter table deal drop constraint if exists deal_usd_is_amount_at_rate;
alter table deal drop constraint if exists deal_usd_rate_places;
alter table deal alter column usd_rate type numeric(20, 10)
  using greatest(round(usd_rate, 10), 0.0000000001);
`;
