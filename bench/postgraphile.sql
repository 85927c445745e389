-- For PostGraphile only (comments and a view; Delegation Hub ignores them): relations along the
-- composite tenant foreign keys, and a deal view with the purchaser's sub-delegation, so that
-- @graphile/pg-aggregates can group deals by sub-delegation x exhibition area as Q3 asks.
comment on table purchaser is E'@foreignKey (sub_delegation_id) references sub_delegation (id)|@foreignFieldName purchasers';
comment on table deal is E'@foreignKey (purchaser_id) references purchaser (id)|@foreignFieldName deals';
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
