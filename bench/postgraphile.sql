-- For PostGraphile only (comments and a view; Delegation Hub ignores them): relations along the
-- composite tenant foreign keys, and a deal view with the purchaser's sub-delegation, so that
-- @graphile/pg-aggregates can group deals by sub-delegation x exhibition area as Q3 asks.
-- W1: (id, version) a unique key to PostGraphile (a smart tag, no index): its generated
-- updatePurchaserByRowIdAndVersion updates the row only at the version the client saw
-- Tenant tables are keyed (id, delegation_id) for Citus (docs/scale-out.md); their ids are unique
-- by themselves (uuids), which `@unique id` tells PostGraphile so that a relation may name id alone
comment on table sub_delegation is E'@unique id';
comment on table purchaser is E'@foreignKey (sub_delegation_id) references sub_delegation (id)|@foreignFieldName purchasers\n@unique id\n@unique id,version';
comment on table deal is E'@foreignKey (purchaser_id) references purchaser (id)|@foreignFieldName deals\n@unique id';
drop view if exists deal_fact;
-- `one` sums to the row count (pg-aggregates has sums, not a plain count, per group); deal
-- totals leave cancelled deals out, as Delegation Hub's do (README, "What a total of deals is")
create view deal_fact as
  select d.id, d.delegation_id, d.exhibition_area_id, d.amount_usd, d.status, p.sub_delegation_id,
    1 as one
  from deal d join purchaser p on p.id = d.purchaser_id
  where d.status <> 'CANCELLED';
comment on view deal_fact is E'@primaryKey id';
comment on column deal_fact.delegation_id is E'@behavior +attribute:filterBy +condition:attribute:filterBy';
comment on column deal_fact.sub_delegation_id is E'@behavior +attribute:groupBy';
comment on column deal_fact.exhibition_area_id is E'@behavior +attribute:groupBy';
comment on column deal.created_at is E'@behavior +orderBy';
-- W2: without postgraphile-plugin-connection-filter (not in bench/package.json), PostGraphile's
-- `condition` compares columns of the listed table for equality only: an analyst's filter through
-- relations (purchaser category in a set, exhibitor country in a set, an amount range) is, the
-- way PostGraphile's users write it, a set-returning function exposed as a connection field
-- (first/totalCount); PostgreSQL inlines it into PostGraphile's statement
create or replace function analysed_deals(categories text[], countries text[], min_usd numeric,
  max_usd numeric) returns setof deal language sql stable as $$
  select d.* from deal d
  join purchaser p on p.id = d.purchaser_id and p.delegation_id = d.delegation_id
  join exhibitor x on x.id = d.exhibitor_id
  where p.category = any(categories) and x.country = any(countries)
    and d.amount_usd between min_usd and max_usd
  order by d.amount_usd desc, d.id desc
$$;
