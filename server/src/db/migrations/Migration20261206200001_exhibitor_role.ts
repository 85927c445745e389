import { Migration } from '@mikro-orm/migrations';

/**
 * The exhibitor side of matchmaking (issue 19):
 * - role EXHIBITOR, a grant bound to one exhibitor of one edition: `exhibitor_id` and the
 *   exhibitor's `expo_id` (a composite key keeps them together), nothing else; the users of an
 *   edition (`app_user.expo_id`: exhibitors' representatives) are managed by its EXPO_BUREAU, as
 *   a delegation's users by its office;
 * - both-sided acceptance: a match and a meeting carry when each side accepted it; a match is
 *   ACCEPTED (and later) only with both, PROPOSED with exactly one (the proposer's); a meeting is
 *   SCHEDULED (confirmed) or HELD only with both, PROPOSED with one, or DECLINED by the other side.
 *   Rows from before are taken as accepted by both where their status says so, a PROPOSED match
 *   as proposed by the purchaser's side (the only side that proposed until now).
 * - a PROPOSED meeting holds its slot as a SCHEDULED one does; DECLINED and CANCELLED do not.
 */
export class Migration20261206200001ExhibitorRole extends Migration {
  override async up(): Promise<void> {
    this.addSql(UP);
  }

  override async down(): Promise<void> {
    this.addSql(DOWN);
  }
}

/** The meetings that hold their time (one place, so that the exclusion constraints agree). */
const HOLDS_TIME = `status in ('PROPOSED', 'SCHEDULED', 'HELD')`;

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

alter table exhibitor_match add column purchaser_accepted_at timestamptz null;
alter table exhibitor_match add column exhibitor_accepted_at timestamptz null;
update exhibitor_match set purchaser_accepted_at = created_at where status = 'PROPOSED';
update exhibitor_match set purchaser_accepted_at = updated_at, exhibitor_accepted_at = updated_at
  where status in ('ACCEPTED', 'MEETING_SCHEDULED', 'MET', 'DEAL');
alter table exhibitor_match add constraint exhibitor_match_accepted_check check (case status
  when 'SUGGESTED' then num_nonnulls(purchaser_accepted_at, exhibitor_accepted_at) = 0
  when 'PROPOSED' then num_nonnulls(purchaser_accepted_at, exhibitor_accepted_at) = 1
  when 'DECLINED' then true
  else num_nonnulls(purchaser_accepted_at, exhibitor_accepted_at) = 2
end);

alter table meeting add column purchaser_accepted_at timestamptz null;
alter table meeting add column exhibitor_accepted_at timestamptz null;
alter table meeting add column decline_reason text null;
update meeting set purchaser_accepted_at = created_at, exhibitor_accepted_at = created_at;
alter table meeting drop constraint meeting_status_check;
alter table meeting add constraint meeting_status_check
  check (status in ('PROPOSED', 'SCHEDULED', 'HELD', 'CANCELLED', 'DECLINED'));
alter table meeting alter column status set default 'PROPOSED';
alter table meeting add constraint meeting_accepted_check check (case status
  when 'PROPOSED' then num_nonnulls(purchaser_accepted_at, exhibitor_accepted_at) = 1
  when 'SCHEDULED' then num_nonnulls(purchaser_accepted_at, exhibitor_accepted_at) = 2
  when 'HELD' then num_nonnulls(purchaser_accepted_at, exhibitor_accepted_at) = 2
  else true
end);
alter table meeting add constraint meeting_declined_check
  check ((status = 'DECLINED') = (decline_reason is not null));
alter table meeting drop constraint meeting_purchaser_no_overlap;
alter table meeting add constraint meeting_purchaser_no_overlap exclude using gist
  (purchaser_id with =, tstzrange(starts_at, ends_at) with &&) where (${HOLDS_TIME});
alter table meeting drop constraint meeting_exhibitor_no_overlap;
alter table meeting add constraint meeting_exhibitor_no_overlap exclude using gist
  (exhibitor_id with =, tstzrange(starts_at, ends_at) with &&) where (${HOLDS_TIME});
`;

const DOWN = /* sql */ `
alter table meeting drop constraint meeting_exhibitor_no_overlap;
alter table meeting drop constraint meeting_purchaser_no_overlap;
update meeting set status = 'CANCELLED' where status in ('PROPOSED', 'DECLINED');
alter table meeting add constraint meeting_purchaser_no_overlap exclude using gist
  (purchaser_id with =, tstzrange(starts_at, ends_at) with &&) where (status <> 'CANCELLED');
alter table meeting add constraint meeting_exhibitor_no_overlap exclude using gist
  (exhibitor_id with =, tstzrange(starts_at, ends_at) with &&) where (status <> 'CANCELLED');
alter table meeting drop constraint meeting_declined_check;
alter table meeting drop constraint meeting_accepted_check;
alter table meeting alter column status set default 'SCHEDULED';
alter table meeting drop constraint meeting_status_check;
alter table meeting add constraint meeting_status_check
  check (status in ('SCHEDULED', 'HELD', 'CANCELLED'));
alter table meeting drop column decline_reason;
alter table meeting drop column exhibitor_accepted_at;
alter table meeting drop column purchaser_accepted_at;

alter table exhibitor_match drop constraint exhibitor_match_accepted_check;
alter table exhibitor_match drop column exhibitor_accepted_at;
alter table exhibitor_match drop column purchaser_accepted_at;

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
