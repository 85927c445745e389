import { Migration } from '@mikro-orm/migrations';

/**
 * The exhibitor side of matchmaking (issue 19):
 * - role EXHIBITOR, a grant bound to one exhibitor of one edition: `exhibitor_id` and the
 *   exhibitor's `expo_id` (a composite key keeps them together), nothing else; the users of an
 *   edition (`app_user.expo_id`: exhibitors' representatives) are managed by its EXPO_BUREAU, as
 *   a delegation's users by its office.
 */
export class Migration20261206200001ExhibitorRole extends Migration {
  override async up(): Promise<void> {
    this.addSql(UP);
  }

  override async down(): Promise<void> {
    this.addSql(DOWN);
  }
}

const UP = /* sql */ `
alter table exhibitor add constraint exhibitor_id_expo_id_key unique (id, expo_id);

alter table app_user add column expo_id uuid null;
alter table app_user add constraint app_user_expo_id_fkey foreign key (expo_id) references expo (id);
alter table app_user add constraint app_user_one_manager_check
  check (num_nonnulls(delegation_id, expo_id) <= 1);

alter table role_grant add column exhibitor_id uuid;
alter table role_grant add constraint role_grant_exhibitor_in_expo
  foreign key (exhibitor_id, expo_id) references exhibitor (id, expo_id) on delete cascade;
create index role_grant_exhibitor_idx on role_grant (exhibitor_id);

alter table role_grant drop constraint role_grant_role_check;
alter table role_grant add constraint role_grant_role_check check (role in ('ADMIN', 'EXPO_BUREAU',
  'DELEGATION_OFFICE', 'SUB_DELEGATION_LEAD', 'MEMBER_UNIT', 'CREDIT_CHECKER', 'BACKGROUND_CHECKER',
  'PURCHASER', 'ANALYST', 'EXHIBITOR'));
alter table role_grant drop constraint role_grant_check;
alter table role_grant add constraint role_grant_check check (case role
  when 'ADMIN' then num_nonnulls(expo_id, delegation_id, sub_delegation_id, lead_id, organisation_id, purchaser_id, exhibitor_id) = 0
  when 'EXPO_BUREAU' then expo_id is not null
    and num_nonnulls(delegation_id, sub_delegation_id, lead_id, organisation_id, purchaser_id, exhibitor_id) = 0
  when 'DELEGATION_OFFICE' then delegation_id is not null
    and num_nonnulls(expo_id, sub_delegation_id, lead_id, organisation_id, purchaser_id, exhibitor_id) = 0
  when 'CREDIT_CHECKER' then delegation_id is not null
    and num_nonnulls(expo_id, sub_delegation_id, lead_id, organisation_id, purchaser_id, exhibitor_id) = 0
  when 'BACKGROUND_CHECKER' then delegation_id is not null
    and num_nonnulls(expo_id, sub_delegation_id, lead_id, organisation_id, purchaser_id, exhibitor_id) = 0
  when 'SUB_DELEGATION_LEAD' then num_nonnulls(delegation_id, sub_delegation_id, lead_id) = 3
    and num_nonnulls(expo_id, organisation_id, purchaser_id, exhibitor_id) = 0
  when 'MEMBER_UNIT' then num_nonnulls(delegation_id, organisation_id) = 2
    and num_nonnulls(expo_id, sub_delegation_id, lead_id, purchaser_id, exhibitor_id) = 0
  when 'PURCHASER' then num_nonnulls(delegation_id, purchaser_id) = 2
    and num_nonnulls(expo_id, sub_delegation_id, lead_id, organisation_id, exhibitor_id) = 0
  when 'ANALYST' then num_nonnulls(expo_id, delegation_id) = 1
    and num_nonnulls(sub_delegation_id, lead_id, organisation_id, purchaser_id, exhibitor_id) = 0
  when 'EXHIBITOR' then num_nonnulls(expo_id, exhibitor_id) = 2
    and num_nonnulls(delegation_id, sub_delegation_id, lead_id, organisation_id, purchaser_id) = 0
end);
drop index role_grant_once;
create unique index role_grant_once on role_grant (user_id, role,
  coalesce(expo_id, delegation_id, '00000000-0000-0000-0000-000000000000'),
  coalesce(lead_id, sub_delegation_id, organisation_id, purchaser_id, exhibitor_id,
    '00000000-0000-0000-0000-000000000000'));

`;

const DOWN = /* sql */ `
delete from role_grant where role = 'EXHIBITOR';
drop index role_grant_once;
create unique index role_grant_once on role_grant (user_id, role,
  coalesce(expo_id, delegation_id, '00000000-0000-0000-0000-000000000000'),
  coalesce(lead_id, sub_delegation_id, organisation_id, purchaser_id,
    '00000000-0000-0000-0000-000000000000'));
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
alter table role_grant drop constraint role_grant_role_check;
alter table role_grant add constraint role_grant_role_check check (role in ('ADMIN', 'EXPO_BUREAU',
  'DELEGATION_OFFICE', 'SUB_DELEGATION_LEAD', 'MEMBER_UNIT', 'CREDIT_CHECKER', 'BACKGROUND_CHECKER',
  'PURCHASER', 'ANALYST'));
drop index role_grant_exhibitor_idx;
alter table role_grant drop constraint role_grant_exhibitor_in_expo;
alter table role_grant drop column exhibitor_id;
alter table exhibitor drop constraint exhibitor_id_expo_id_key;
alter table app_user drop constraint app_user_one_manager_check;
alter table app_user drop constraint app_user_expo_id_fkey;
alter table app_user drop column expo_id;
`;
