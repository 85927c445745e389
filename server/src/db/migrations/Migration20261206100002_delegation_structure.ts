import { Migration } from '@mikro-orm/migrations';

/**
 * A delegation's structure, edited by its office through the API (issue #18): every row of it
 * carries a version (optimistic locking), a member unit names its designated person (专人) beside
 * its liaison officer (联络员), and the leading group has at most one secretary-general and,
 * once it has members, exactly one leader (checked at commit, so that one transaction may hand
 * the role over).
 */
export class Migration20261206100002DelegationStructure extends Migration {
  override async up(): Promise<void> {
    this.addSql(UP);
  }

  override async down(): Promise<void> {
    this.addSql(DOWN);
  }
}

const UP = /* sql */ `
alter table member_unit add column version int not null default 1;
alter table member_unit add column designated_person_id uuid;
alter table member_unit add constraint member_unit_designated_person_in_delegation
  foreign key (designated_person_id, delegation_id) references person (id, delegation_id);
alter table leading_group_member add column version int not null default 1;
alter table sub_delegation add column version int not null default 1;
alter table sub_delegation_lead add column version int not null default 1;
alter table responsibility add column version int not null default 1;

create unique index leading_group_one_secretary_general on leading_group_member (delegation_id)
  where role = 'SECRETARY_GENERAL';

-- a leading group with members has exactly one leader (at most one: leading_group_one_leader)
create function leading_group_has_one_leader() returns trigger
language plpgsql as $$
declare
  d uuid := coalesce(new.delegation_id, old.delegation_id);
begin
  if exists (select 1 from leading_group_member where delegation_id = d)
    and not exists (select 1 from leading_group_member where delegation_id = d and role = 'LEADER')
  then
    raise exception 'the leading group of delegation % has no LEADER', d
      using errcode = 'check_violation', constraint = 'leading_group_has_leader';
  end if;
  return null;
end $$;
create constraint trigger leading_group_has_leader
  after insert or update or delete on leading_group_member
  deferrable initially deferred
  for each row execute function leading_group_has_one_leader();
`;

const DOWN = /* sql */ `
drop trigger if exists leading_group_has_leader on leading_group_member;
drop function if exists leading_group_has_one_leader();
drop index if exists leading_group_one_secretary_general;
alter table responsibility drop column version;
alter table sub_delegation_lead drop column version;
alter table sub_delegation drop column version;
alter table leading_group_member drop column version;
alter table member_unit drop constraint member_unit_designated_person_in_delegation;
alter table member_unit drop column designated_person_id;
alter table member_unit drop column version;
`;
