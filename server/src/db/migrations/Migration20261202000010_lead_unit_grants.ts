import { Migration } from '@mikro-orm/migrations';

/**
 * A SUB_DELEGATION_LEAD grant is bound to one lead unit (牵头单位: the sub_delegation_lead row,
 * sub-delegation + organisation), not to the whole sub-delegation: in a co-led sub-delegation
 * with separate targets (Health: Health Commission, Drug Administration) each lead reviews the
 * purchasers it organised. The composite key keeps the lead inside the grant's sub-delegation,
 * which the existing one keeps inside the grant's delegation.
 *
 * Backfill. Grants: in a sub-delegation with one lead, that lead; with several, the lead whose
 * organisation the user's person belongs to; failing that, one grant per lead (what the holder
 * could do before, which its office then narrows with revokeRole). Purchasers not yet attributed
 * to a lead: the lead unit that invited them, else the only lead of their sub-delegation.
 */
export class Migration20261202000010LeadUnitGrants extends Migration {
  override async up(): Promise<void> {
    this.addSql(UP);
  }

  override async down(): Promise<void> {
    this.addSql(DOWN);
  }
}

const UP = /* sql */ `
alter table role_grant add column lead_id uuid;
alter table role_grant add constraint role_grant_lead_in_sub_delegation
  foreign key (lead_id, sub_delegation_id) references sub_delegation_lead (id, sub_delegation_id)
  on delete cascade;
create index role_grant_lead_idx on role_grant (lead_id);

drop index role_grant_once;
create unique index role_grant_once on role_grant (user_id, role,
  coalesce(expo_id, delegation_id, '00000000-0000-0000-0000-000000000000'),
  coalesce(lead_id, sub_delegation_id, organisation_id, purchaser_id,
    '00000000-0000-0000-0000-000000000000'));

-- the lead unit the user's person works for, where it is one of the sub-delegation's leads
update role_grant g set lead_id = l.id
  from app_user u, person p, sub_delegation_lead l
  where g.role = 'SUB_DELEGATION_LEAD' and g.lead_id is null
    and u.id = g.user_id and p.id = u.person_id
    and l.sub_delegation_id = g.sub_delegation_id and l.organisation_id = p.organisation_id;
-- otherwise one grant per lead unit: the first lead on the grant itself, copies for the others
insert into role_grant (user_id, role, delegation_id, sub_delegation_id, lead_id, granted_by,
    created_at)
  select g.user_id, g.role, g.delegation_id, g.sub_delegation_id, l.id, g.granted_by,
    g.created_at
  from role_grant g join sub_delegation_lead l on l.sub_delegation_id = g.sub_delegation_id
  where g.role = 'SUB_DELEGATION_LEAD' and g.lead_id is null
    and l.id <> (select f.id from sub_delegation_lead f where f.sub_delegation_id = l.sub_delegation_id
      order by f.position, f.id limit 1);
update role_grant g set lead_id = (select f.id from sub_delegation_lead f
    where f.sub_delegation_id = g.sub_delegation_id order by f.position, f.id limit 1)
  where g.role = 'SUB_DELEGATION_LEAD' and g.lead_id is null;
-- a grant on a sub-delegation without a lead unit bound nothing a lead does
delete from role_grant where role = 'SUB_DELEGATION_LEAD' and lead_id is null;

alter table role_grant drop constraint role_grant_check;
alter table role_grant add constraint role_grant_check check (case role
  when 'ADMIN' then num_nonnulls(expo_id, delegation_id, sub_delegation_id, lead_id, organisation_id, purchaser_id) = 0
  when 'EXPO_BUREAU' then expo_id is not null
    and num_nonnulls(delegation_id, sub_delegation_id, lead_id, organisation_id, purchaser_id) = 0
  when 'DELEGATION_OFFICE' then delegation_id is not null
    and num_nonnulls(expo_id, sub_delegation_id, lead_id, organisation_id, purchaser_id) = 0
  when 'CREDIT_CHECKER' then delegation_id is not null
    and num_nonnulls(expo_id, sub_delegation_id, lead_id, organisation_id, purchaser_id) = 0
  when 'BACKGROUND_CHECKER' then delegation_id is not null
    and num_nonnulls(expo_id, sub_delegation_id, lead_id, organisation_id, purchaser_id) = 0
  when 'SUB_DELEGATION_LEAD' then num_nonnulls(delegation_id, sub_delegation_id, lead_id) = 3
    and num_nonnulls(expo_id, organisation_id, purchaser_id) = 0
  when 'MEMBER_UNIT' then num_nonnulls(delegation_id, organisation_id) = 2
    and num_nonnulls(expo_id, sub_delegation_id, lead_id, purchaser_id) = 0
  when 'PURCHASER' then num_nonnulls(delegation_id, purchaser_id) = 2
    and num_nonnulls(expo_id, sub_delegation_id, lead_id, organisation_id) = 0
  when 'ANALYST' then num_nonnulls(expo_id, delegation_id) = 1
    and num_nonnulls(sub_delegation_id, lead_id, organisation_id, purchaser_id) = 0
end);

-- purchasers: the lead unit that organised (invited) them, else the only lead there is
update purchaser p set lead_id = l.id
  from sub_delegation_lead l
  where p.lead_id is null and l.sub_delegation_id = p.sub_delegation_id
    and l.organisation_id = p.invited_by_organisation_id;
update purchaser p set lead_id = (select l.id from sub_delegation_lead l
    where l.sub_delegation_id = p.sub_delegation_id)
  where p.lead_id is null
    and (select count(*) from sub_delegation_lead l where l.sub_delegation_id = p.sub_delegation_id) = 1;
`;

const DOWN = /* sql */ `
alter table role_grant drop constraint role_grant_check;
alter table role_grant add constraint role_grant_check check (case role
  when 'ADMIN' then num_nonnulls(expo_id, delegation_id, sub_delegation_id, organisation_id, purchaser_id) = 0
  when 'EXPO_BUREAU' then expo_id is not null
    and num_nonnulls(delegation_id, sub_delegation_id, organisation_id, purchaser_id) = 0
  when 'DELEGATION_OFFICE' then delegation_id is not null
    and num_nonnulls(expo_id, sub_delegation_id, organisation_id, purchaser_id) = 0
  when 'CREDIT_CHECKER' then delegation_id is not null
    and num_nonnulls(expo_id, sub_delegation_id, organisation_id, purchaser_id) = 0
  when 'BACKGROUND_CHECKER' then delegation_id is not null
    and num_nonnulls(expo_id, sub_delegation_id, organisation_id, purchaser_id) = 0
  when 'SUB_DELEGATION_LEAD' then num_nonnulls(delegation_id, sub_delegation_id) = 2
    and num_nonnulls(expo_id, organisation_id, purchaser_id) = 0
  when 'MEMBER_UNIT' then num_nonnulls(delegation_id, organisation_id) = 2
    and num_nonnulls(expo_id, sub_delegation_id, purchaser_id) = 0
  when 'PURCHASER' then num_nonnulls(delegation_id, purchaser_id) = 2
    and num_nonnulls(expo_id, sub_delegation_id, organisation_id) = 0
  when 'ANALYST' then num_nonnulls(expo_id, delegation_id) = 1
    and num_nonnulls(sub_delegation_id, organisation_id, purchaser_id) = 0
end);
-- one grant per sub-delegation again
delete from role_grant g using role_grant o
  where g.role = 'SUB_DELEGATION_LEAD' and o.role = g.role and o.user_id = g.user_id
    and o.sub_delegation_id = g.sub_delegation_id and o.id < g.id;
drop index role_grant_once;
create unique index role_grant_once on role_grant (user_id, role,
  coalesce(expo_id, delegation_id, '00000000-0000-0000-0000-000000000000'),
  coalesce(sub_delegation_id, organisation_id, purchaser_id, '00000000-0000-0000-0000-000000000000'));
drop index role_grant_lead_idx;
alter table role_grant drop constraint role_grant_lead_in_sub_delegation;
alter table role_grant drop column lead_id;
`;
