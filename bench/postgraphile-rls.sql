-- PostGraphile with Delegation Hub's access rules, the way PostGraphile's users secure it: Row
-- Level Security policies over the JWT's claims. The second PostGraphile contender connects as
-- `bench_rls` (a login role that is neither a superuser nor BYPASSRLS: superusers and table
-- owners skip RLS, which is why the other contenders, connected as the owner, are unaffected) and
-- sets, per request, `jwt.claims.user_id` from the token the server issued (pgSettings, see
-- postgraphile.mjs). The policies read that user's grants (role_grant) through the functions of
-- schema `rls`, each wrapped in a scalar subquery so that PostgreSQL runs it once per statement
-- (an InitPlan), not once per row, and each an array that an index takes (`= any(…)`); sets of
-- purchasers (a lead's, a member unit's) are built once, by a security definer function, rather
-- than joined under the purchaser's own policy for every deal. The rules are the server's (server/src/auth/viewer.ts and the
-- loaders' scope predicates; ../shared/domain/README.md, "Who may do what"):
--   delegation, sub_delegation  the delegations of any grant (an expo-wide grant: its expo's)
--   purchaser                   whole delegations for EXPO_BUREAU, DELEGATION_OFFICE, ANALYST;
--                               the sub-delegation of a SUB_DELEGATION_LEAD; the purchasers a
--                               MEMBER_UNIT invited; a PURCHASER itself
--   deal                        the deals of purchasers in scope, and those of earlier editions
--                               of the provinces whose later delegations are read in full
--   deal insert                 ADMIN, the delegation's office, a lead of the purchaser's
--                               sub-delegation, the purchaser itself (policy.ts, mayTradeFor)
--   purchaser update            ADMIN, the lead unit the purchaser is attributed to (or any lead
--                               of its sub-delegation while it is attributed to none)
-- ADMIN reads and writes everything. Exhibitors, organisations, exhibition areas and expos are
-- reference data anyone reads. Contact fields an ANALYST sees masked are read by no workload.
-- Idempotent: run at every bench start.
do $$
begin
  if not exists (select 1 from pg_roles where rolname = 'bench_rls') then
    create role bench_rls login password 'bench_rls' nosuperuser nobypassrls;
  end if;
end $$;
grant usage on schema public to bench_rls;
grant select on all tables in schema public to bench_rls;
grant insert, update on deal, purchaser to bench_rls;

-- made anew each run (with it go the policies that use its functions)
drop schema if exists rls cascade;
create schema rls;
grant usage on schema rls to bench_rls;

-- the viewer's grants (security definer: role_grant itself is not the viewer's to read)
create or replace function rls.grants() returns setof role_grant
language sql stable security definer set search_path = public as $$
  select g.* from role_grant g
  join app_user u on u.id = g.user_id and not u.disabled
  where g.user_id = nullif(current_setting('jwt.claims.user_id', true), '')::uuid
$$;
create or replace function rls.is_admin() returns boolean
language sql stable security definer set search_path = public as $$
  select exists (select 1 from rls.grants() g where g.role = 'ADMIN')
$$;
-- delegations whose structure the viewer reads: those of every grant (expo-wide: the expo's)
create or replace function rls.delegations() returns uuid[]
language sql stable security definer set search_path = public as $$
  select coalesce(array_agg(distinct d), '{}') from (
    select g.delegation_id as d from rls.grants() g where g.delegation_id is not null
    union all
    select dl.id from rls.grants() g join delegation dl on dl.expo_id = g.expo_id) t
$$;
-- delegations all of whose purchasers and deals the viewer reads
create or replace function rls.full_delegations() returns uuid[]
language sql stable security definer set search_path = public as $$
  select coalesce(array_agg(distinct d), '{}') from (
    select g.delegation_id as d from rls.grants() g
    where g.delegation_id is not null and g.role in ('EXPO_BUREAU', 'DELEGATION_OFFICE', 'ANALYST')
    union all
    select dl.id from rls.grants() g join delegation dl on dl.expo_id = g.expo_id
    where g.role in ('EXPO_BUREAU', 'DELEGATION_OFFICE', 'ANALYST')) t
$$;
-- delegations of earlier editions of the provinces read in full: their deals are followed up
create or replace function rls.followed_delegations() returns uuid[]
language sql stable security definer set search_path = public as $$
  select coalesce(array_agg(distinct own.id), '{}')
  from delegation own join expo own_expo on own_expo.id = own.expo_id,
    delegation later join expo later_expo on later_expo.id = later.expo_id
  where later.id = any(rls.full_delegations())
    and later.province_en = own.province_en and later_expo.starts_on > own_expo.starts_on
$$;
create or replace function rls.sub_delegations() returns uuid[]
language sql stable security definer set search_path = public as $$
  select coalesce(array_agg(distinct g.sub_delegation_id), '{}') from rls.grants() g
  where g.role = 'SUB_DELEGATION_LEAD'
$$;
create or replace function rls.leads() returns uuid[]
language sql stable security definer set search_path = public as $$
  select coalesce(array_agg(distinct g.lead_id), '{}') from rls.grants() g
  where g.role = 'SUB_DELEGATION_LEAD'
$$;
-- purchasers the viewer reads one by one: a PURCHASER itself, and those a MEMBER_UNIT invited
-- (purchaser_invited_by_idx)
create or replace function rls.purchasers() returns uuid[]
language sql stable security definer set search_path = public as $$
  select coalesce(array_agg(distinct id), '{}') from (
    select g.purchaser_id as id from rls.grants() g where g.role = 'PURCHASER'
    union all
    select p.id from rls.grants() g join purchaser p
      on p.delegation_id = g.delegation_id and p.invited_by_organisation_id = g.organisation_id
    where g.role = 'MEMBER_UNIT') t
$$;
-- and with them the purchasers of the sub-delegations the viewer leads: whose deals it reads
-- (a deal has no sub-delegation of its own: the set, built once per statement, is what an
-- index on deal.purchaser_id takes)
create or replace function rls.deal_purchasers() returns uuid[]
language sql stable security definer set search_path = public as $$
  select rls.purchasers() || coalesce((select array_agg(p.id) from purchaser p
    where p.sub_delegation_id = any(rls.sub_delegations())), '{}')
$$;
-- purchasers whose deals the viewer records besides its offices' (policy.ts, mayTradeFor): a
-- PURCHASER itself, and those of the sub-delegations it leads
create or replace function rls.trade_purchasers() returns uuid[]
language sql stable security definer set search_path = public as $$
  select coalesce((select array_agg(g.purchaser_id) from rls.grants() g
    where g.role = 'PURCHASER'), '{}') || coalesce((select array_agg(p.id) from purchaser p
    where p.sub_delegation_id = any(rls.sub_delegations())), '{}')
$$;
create or replace function rls.offices() returns uuid[]
language sql stable security definer set search_path = public as $$
  select coalesce(array_agg(distinct g.delegation_id), '{}') from rls.grants() g
  where g.role = 'DELEGATION_OFFICE'
$$;
grant execute on all functions in schema rls to bench_rls;

alter table delegation enable row level security;
drop policy if exists read on delegation;
create policy read on delegation for select
  using ((select rls.is_admin()) or id = any((select rls.delegations())::uuid[]));

alter table sub_delegation enable row level security;
drop policy if exists read on sub_delegation;
create policy read on sub_delegation for select
  using ((select rls.is_admin()) or delegation_id = any((select rls.delegations())::uuid[]));

alter table purchaser enable row level security;
drop policy if exists read on purchaser;
create policy read on purchaser for select using (
  (select rls.is_admin())
  or delegation_id = any((select rls.full_delegations())::uuid[])
  or sub_delegation_id = any((select rls.sub_delegations())::uuid[])
  or id = any((select rls.purchasers())::uuid[]));
drop policy if exists approve on purchaser;
create policy approve on purchaser for update using (
  (select rls.is_admin())
  or lead_id = any((select rls.leads())::uuid[])
  or (lead_id is null and sub_delegation_id = any((select rls.sub_delegations())::uuid[])));

-- a deal's delegation is its purchaser's (the tenant foreign key), so the whole-delegation rules
-- test the deal's own column; the others its purchaser, from the sets built once per statement
alter table deal enable row level security;
drop policy if exists read on deal;
create policy read on deal for select using (
  (select rls.is_admin())
  or delegation_id = any((select rls.full_delegations())::uuid[])
  or delegation_id = any((select rls.followed_delegations())::uuid[])
  or purchaser_id = any((select rls.deal_purchasers())::uuid[]));
drop policy if exists record on deal;
create policy record on deal for insert with check (
  (select rls.is_admin())
  or delegation_id = any((select rls.offices())::uuid[])
  or purchaser_id = any((select rls.trade_purchasers())::uuid[]));

-- Q3's view reads deals and purchasers with the reader's rights (their policies apply), not its
-- owner's
alter view deal_fact set (security_invoker = true);
