import { Migration } from '@mikro-orm/migrations';
import { tenantStatistics } from './Migration20261206130001_tenant_statistics.js';

/**
 * Ready for Citus (#23, docs/scale-out.md): every table `server/src/db/distribution.ts` places as
 * distributed carries a NOT NULL `delegation_id` (the children that lacked it take their
 * parent's), its primary key is `(id, delegation_id)`, every unique constraint, unique index and
 * exclusion constraint includes `delegation_id`, and every foreign key between two distributed
 * tables maps `delegation_id` to `delegation_id`. Keys from the replicated (reference) tables to
 * distributed ones are dropped; a trigger checks what role_grant's checked on write.
 * `test/integration/citus-ready.test.ts` holds the schema to it.
 *
 * A notification's idempotency key becomes unique per delegation (keys name the row they are
 * about, which is of one delegation). Two exclusion constraints stay global, the exceptions
 * `GLOBAL_RULES` (distribution.ts) names: a meeting point and an exhibitor representative, both
 * shared by every delegation, are never booked twice at once.
 */
export const CITUS_TENANT_KEYS: readonly (readonly [table: string, column: string])[] = [
  ['meeting_schedule_item', 'match_id'],
  ['meeting_schedule_item', 'meeting_id'],
  ['notification_read', 'event_id'],
  ['webhook_delivery', 'event_id'],
  ['webhook_delivery', 'webhook_id'],
];

export class Migration20261207040001CitusReady extends Migration {
  override async up(): Promise<void> {
    this.addSql(UP);
    for (const [table, column] of CITUS_TENANT_KEYS) {
      this.addSql(
        `create statistics if not exists ${tenantStatistics(table, column)} (dependencies) on ${column}, delegation_id from ${table};`,
      );
    }
    this.addSql(`analyze ${[...new Set(CITUS_TENANT_KEYS.map(([table]) => table))].join(', ')};`);
  }

  override async down(): Promise<void> {
    for (const [table, column] of CITUS_TENANT_KEYS) {
      this.addSql(`drop statistics if exists ${tenantStatistics(table, column)};`);
    }
    this.addSql(DOWN);
  }
}

const UP = /* sql */ `
-- 1. The children of tenant rows that did not carry their delegation take their parent's.
alter table meeting_participant add column delegation_id uuid;
update meeting_participant p set delegation_id = m.delegation_id
  from meeting m where m.id = p.meeting_id;
-- the update queued the deferred capacity check, and a table with pending trigger events cannot
-- be altered: run it now, then defer it again
set constraints meeting_participant_fits immediate;
set constraints meeting_participant_fits deferred;
alter table meeting_participant alter column delegation_id set not null,
  add constraint meeting_participant_delegation_id_fkey foreign key (delegation_id) references delegation (id);

alter table meeting_schedule_item add column delegation_id uuid;
update meeting_schedule_item i set delegation_id = x.delegation_id
  from exhibitor_match x where x.id = i.match_id;
alter table meeting_schedule_item alter column delegation_id set not null,
  add constraint meeting_schedule_item_delegation_id_fkey foreign key (delegation_id) references delegation (id);

alter table notification_read add column delegation_id uuid;
update notification_read r set delegation_id = e.delegation_id
  from notification_event e where e.id = r.event_id;
alter table notification_read alter column delegation_id set not null,
  add constraint notification_read_delegation_id_fkey foreign key (delegation_id) references delegation (id);

alter table circular_acknowledgement add column delegation_id uuid;
update circular_acknowledgement a set delegation_id = c.delegation_id
  from circular c where c.id = a.circular_id;
alter table circular_acknowledgement alter column delegation_id set not null,
  add constraint circular_acknowledgement_delegation_id_fkey foreign key (delegation_id) references delegation (id);

-- Every writer of a person names its delegation; a person only a user names takes the user's.
update person p set delegation_id = u.delegation_id
  from app_user u where u.person_id = p.id and p.delegation_id is null;
alter table person alter column delegation_id set not null;

-- 2. Reference tables (replicated) may reference reference tables only: these keys go. The
-- application refuses to remove what a grant acts for (structure.service.ts, plan.service.ts),
-- and removes an attendee's busy times and calendar tokens with it (registration.service.ts).
alter table app_user drop constraint app_user_person_id_fkey;
alter table calendar_token drop constraint calendar_token_attendee_id_fkey;
alter table role_grant drop constraint role_grant_delegation_id_organisation_id_fkey;
alter table role_grant drop constraint role_grant_lead_in_sub_delegation;
alter table role_grant drop constraint role_grant_purchaser_id_delegation_id_fkey;
alter table role_grant drop constraint role_grant_sub_delegation_id_delegation_id_fkey;

-- What those keys checked when a grant is written stays checked, by a trigger that names the key
-- it stands for (a grant names rows of its own delegation; the lead unit is of its sub-delegation).
-- Their ON DELETE CASCADE goes: the application refuses to remove what a grant acts for.
create function role_grant_keys() returns trigger
language plpgsql as $$
begin
  if new.sub_delegation_id is not null and new.delegation_id is not null and not exists (
    select 1 from sub_delegation s where s.id = new.sub_delegation_id and s.delegation_id = new.delegation_id
  ) then
    raise exception 'a grant''s sub-delegation is of its delegation (role_grant_sub_delegation_id_delegation_id_fkey)'
      using errcode = 'foreign_key_violation', constraint = 'role_grant_sub_delegation_id_delegation_id_fkey';
  end if;
  if new.lead_id is not null and new.sub_delegation_id is not null and not exists (
    select 1 from sub_delegation_lead l where l.id = new.lead_id and l.sub_delegation_id = new.sub_delegation_id
  ) then
    raise exception 'a grant''s lead unit is of its sub-delegation (role_grant_lead_in_sub_delegation)'
      using errcode = 'foreign_key_violation', constraint = 'role_grant_lead_in_sub_delegation';
  end if;
  if new.purchaser_id is not null and new.delegation_id is not null and not exists (
    select 1 from purchaser p where p.id = new.purchaser_id and p.delegation_id = new.delegation_id
  ) then
    raise exception 'a grant''s purchaser is of its delegation (role_grant_purchaser_id_delegation_id_fkey)'
      using errcode = 'foreign_key_violation', constraint = 'role_grant_purchaser_id_delegation_id_fkey';
  end if;
  if new.organisation_id is not null and new.delegation_id is not null and not exists (
    select 1 from member_unit m where m.delegation_id = new.delegation_id and m.organisation_id = new.organisation_id
  ) then
    raise exception 'a grant''s unit is a member unit of its delegation (role_grant_delegation_id_organisation_id_fkey)'
      using errcode = 'foreign_key_violation', constraint = 'role_grant_delegation_id_organisation_id_fkey';
  end if;
  return new;
end $$;
create trigger role_grant_keys before insert or update on role_grant
  for each row execute function role_grant_keys();
alter table unavailability drop constraint unavailability_attendee_id_fkey;

-- 3. The keys between tenant tables that rest on a key rebuilt below, or do not map delegation_id.
alter table admission_certificate drop constraint admission_certificate_attendee_id_delegation_id_fkey;
alter table attendee drop constraint attendee_person_id_delegation_id_fkey;
alter table attendee drop constraint attendee_purchaser_id_delegation_id_fkey;
alter table background_check drop constraint background_check_attendee_id_delegation_id_fkey;
alter table circular_acknowledgement drop constraint circular_acknowledgement_circular_id_organisation_id_fkey;
alter table circular_recipient drop constraint circular_recipient_circular_id_delegation_id_fkey;
alter table credit_check drop constraint credit_check_purchaser_id_delegation_id_fkey;
alter table customs_consultation drop constraint customs_consultation_deal_id_delegation_id_fkey;
alter table customs_consultation drop constraint customs_consultation_need_id_delegation_id_fkey;
alter table customs_consultation drop constraint customs_consultation_purchaser_id_delegation_id_fkey;
alter table deal drop constraint deal_event_id_delegation_id_fkey;
alter table deal drop constraint deal_match_id_delegation_id_fkey;
alter table deal drop constraint deal_purchaser_id_delegation_id_fkey;
alter table deal_follow_up drop constraint deal_follow_up_deal_id_delegation_id_fkey;
alter table delegation_contact drop constraint delegation_contact_person_id_delegation_id_fkey;
alter table emergency_plan drop constraint emergency_plan_sub_delegation_id_delegation_id_fkey;
alter table exhibitor_match drop constraint exhibitor_match_need_id_delegation_id_fkey;
alter table exhibitor_match drop constraint exhibitor_match_purchaser_id_delegation_id_fkey;
alter table health_incident drop constraint health_incident_sub_delegation_id_delegation_id_fkey;
alter table leading_group_member drop constraint leading_group_member_member_unit_id_delegation_id_fkey;
alter table leading_group_member drop constraint leading_group_member_person_id_delegation_id_fkey;
alter table meeting drop constraint meeting_match_id_delegation_id_fkey;
alter table meeting drop constraint meeting_purchaser_id_delegation_id_fkey;
alter table meeting_participant drop constraint meeting_participant_attendee_id_purchaser_id_fkey;
alter table meeting_participant drop constraint meeting_participant_meeting_id_purchaser_id_exhibitor_id_fkey;
alter table meeting_schedule_item drop constraint meeting_schedule_item_match_id_fkey;
alter table meeting_schedule_item drop constraint meeting_schedule_item_meeting_id_fkey;
alter table member_unit drop constraint member_unit_designated_person_in_delegation;
alter table member_unit drop constraint member_unit_liaison_person_id_delegation_id_fkey;
alter table notification_read drop constraint notification_read_event_id_fkey;
alter table onsite_participant drop constraint onsite_participant_event_id_delegation_id_fkey;
alter table onsite_participant drop constraint onsite_participant_purchaser_id_delegation_id_fkey;
alter table procurement_need drop constraint procurement_need_purchaser_id_delegation_id_fkey;
alter table purchaser drop constraint purchaser_contact_person_id_delegation_id_fkey;
alter table purchaser drop constraint purchaser_lead_id_delegation_id_fkey;
alter table purchaser drop constraint purchaser_lead_in_sub_delegation;
alter table purchaser drop constraint purchaser_report_batch_id_delegation_id_fkey;
alter table purchaser drop constraint purchaser_sub_delegation_id_delegation_id_fkey;
alter table responsibility drop constraint responsibility_member_unit_id_delegation_id_fkey;
alter table room drop constraint room_block_id_delegation_id_fkey;
alter table room_assignment drop constraint room_assignment_attendee_id_delegation_id_fkey;
alter table room_assignment drop constraint room_assignment_room_id_delegation_id_fkey;
alter table sub_delegation_contact drop constraint sub_delegation_contact_person_id_delegation_id_fkey;
alter table sub_delegation_contact drop constraint sub_delegation_contact_sub_delegation_id_delegation_id_fkey;
alter table sub_delegation_lead drop constraint sub_delegation_lead_sub_delegation_id_delegation_id_fkey;
alter table task drop constraint task_blocked_by_problem_in_delegation;
alter table task drop constraint task_person_in_charge_id_delegation_id_fkey;
alter table task drop constraint task_responsibility_id_delegation_id_fkey;
alter table task_problem drop constraint task_problem_task_id_delegation_id_fkey;
alter table task_progress drop constraint task_progress_task_id_delegation_id_fkey;
alter table trip drop constraint trip_attendee_id_delegation_id_fkey;
alter table webhook_delivery drop constraint webhook_delivery_event_id_fkey;
alter table webhook_delivery drop constraint webhook_delivery_webhook_id_fkey;

-- 4. Primary keys (id, delegation_id); the unique (id, delegation_id) they make redundant go;
-- every other unique constraint, unique index and exclusion constraint takes delegation_id.
alter table admission_certificate drop constraint admission_certificate_attendee_id_key;
alter table admission_certificate drop constraint admission_certificate_pkey;
alter table attendee drop constraint attendee_id_delegation_id_key;
alter table attendee drop constraint attendee_id_purchaser_id_key;
alter table attendee drop constraint attendee_pkey;
alter table attendee drop constraint attendee_purchaser_id_person_id_key;
alter table background_check drop constraint background_check_pkey;
alter table circular drop constraint circular_id_delegation_id_key;
alter table circular drop constraint circular_pkey;
alter table circular_acknowledgement drop constraint circular_acknowledgement_once;
alter table circular_acknowledgement drop constraint circular_acknowledgement_pkey;
alter table circular_recipient drop constraint circular_recipient_circular_id_organisation_id_key;
alter table circular_recipient drop constraint circular_recipient_pkey;
alter table credit_check drop constraint credit_check_pkey;
alter table customs_consultation drop constraint customs_consultation_pkey;
alter table deal drop constraint deal_id_delegation_id_key;
alter table deal drop constraint deal_pkey;
alter table deal_follow_up drop constraint deal_follow_up_pkey;
alter table delegation_contact drop constraint delegation_contact_pkey;
alter table emergency_plan drop constraint emergency_plan_pkey;
alter table exhibitor_match drop constraint exhibitor_match_id_delegation_id_key;
alter table exhibitor_match drop constraint exhibitor_match_pkey;
alter table funding_request drop constraint funding_request_pkey;
alter table health_incident drop constraint health_incident_pkey;
alter table leading_group_member drop constraint leading_group_member_pkey;
alter table meal drop constraint meal_pkey;
alter table meeting drop constraint meeting_id_purchaser_id_exhibitor_id_key;
alter table meeting drop constraint meeting_pkey;
alter table meeting_participant drop constraint meeting_participant_attendee_no_overlap;
alter table meeting_participant drop constraint meeting_participant_meeting_id_attendee_id_key;
alter table meeting_participant drop constraint meeting_participant_meeting_id_representative_id_key;
alter table meeting_participant drop constraint meeting_participant_pkey;
alter table meeting_schedule_item drop constraint meeting_schedule_item_pkey;
alter table meeting_schedule_item drop constraint meeting_schedule_item_schedule_id_match_id_key;
alter table member_unit drop constraint member_unit_id_delegation_id_key;
alter table member_unit drop constraint member_unit_pkey;
alter table notification_event drop constraint notification_event_idempotency_key_key;
alter table notification_event drop constraint notification_event_pkey;
alter table notification_read drop constraint notification_read_pkey;
alter table onsite_event drop constraint onsite_event_id_delegation_id_key;
alter table onsite_event drop constraint onsite_event_pkey;
alter table onsite_participant drop constraint onsite_participant_pkey;
alter table person drop constraint person_id_delegation_id_key;
alter table person drop constraint person_pkey;
alter table procurement_need drop constraint procurement_need_id_delegation_id_key;
alter table procurement_need drop constraint procurement_need_pkey;
alter table progress_report drop constraint progress_report_pkey;
alter table protocol_request drop constraint protocol_request_pkey;
alter table publicity_record drop constraint publicity_record_pkey;
alter table purchaser drop constraint purchaser_id_delegation_id_key;
alter table purchaser drop constraint purchaser_pkey;
alter table purchaser_report_batch drop constraint purchaser_report_batch_id_delegation_id_key;
alter table purchaser_report_batch drop constraint purchaser_report_batch_pkey;
alter table responsibility drop constraint responsibility_id_delegation_id_key;
alter table responsibility drop constraint responsibility_member_unit_id_position_key;
alter table responsibility drop constraint responsibility_pkey;
alter table room drop constraint room_block_id_number_key;
alter table room drop constraint room_id_delegation_id_key;
alter table room drop constraint room_pkey;
alter table room_assignment drop constraint room_assignment_attendee_id_night_key;
alter table room_assignment drop constraint room_assignment_pkey;
alter table room_block drop constraint room_block_id_delegation_id_key;
alter table room_block drop constraint room_block_pkey;
alter table service_unit drop constraint service_unit_pkey;
alter table sub_delegation drop constraint sub_delegation_id_delegation_id_key;
alter table sub_delegation drop constraint sub_delegation_pkey;
alter table sub_delegation_contact drop constraint sub_delegation_contact_once;
alter table sub_delegation_contact drop constraint sub_delegation_contact_pkey;
alter table sub_delegation_lead drop constraint sub_delegation_lead_id_delegation_id_key;
alter table sub_delegation_lead drop constraint sub_delegation_lead_id_sub_delegation_key;
alter table sub_delegation_lead drop constraint sub_delegation_lead_pkey;
alter table sub_delegation_lead drop constraint sub_delegation_lead_sub_delegation_id_organisation_id_key;
alter table task drop constraint task_id_delegation_id_key;
alter table task drop constraint task_pkey;
alter table task_problem drop constraint task_problem_id_delegation_id_key;
alter table task_problem drop constraint task_problem_pkey;
alter table task_progress drop constraint task_progress_pkey;
alter table trip drop constraint trip_pkey;
alter table webhook drop constraint webhook_pkey;
alter table webhook_delivery drop constraint webhook_delivery_pkey;
alter table webhook_delivery drop constraint webhook_delivery_webhook_id_event_id_key;
alter table admission_certificate add constraint admission_certificate_pkey primary key (id, delegation_id);
alter table attendee add constraint attendee_pkey primary key (id, delegation_id);
alter table background_check add constraint background_check_pkey primary key (id, delegation_id);
alter table circular add constraint circular_pkey primary key (id, delegation_id);
alter table circular_acknowledgement add constraint circular_acknowledgement_pkey primary key (id, delegation_id);
alter table circular_recipient add constraint circular_recipient_pkey primary key (id, delegation_id);
alter table credit_check add constraint credit_check_pkey primary key (id, delegation_id);
alter table customs_consultation add constraint customs_consultation_pkey primary key (id, delegation_id);
alter table deal add constraint deal_pkey primary key (id, delegation_id);
alter table deal_follow_up add constraint deal_follow_up_pkey primary key (id, delegation_id);
alter table delegation_contact add constraint delegation_contact_pkey primary key (id, delegation_id);
alter table emergency_plan add constraint emergency_plan_pkey primary key (id, delegation_id);
alter table exhibitor_match add constraint exhibitor_match_pkey primary key (id, delegation_id);
alter table funding_request add constraint funding_request_pkey primary key (id, delegation_id);
alter table health_incident add constraint health_incident_pkey primary key (id, delegation_id);
alter table leading_group_member add constraint leading_group_member_pkey primary key (id, delegation_id);
alter table meal add constraint meal_pkey primary key (id, delegation_id);
alter table meeting add constraint meeting_pkey primary key (id, delegation_id);
alter table meeting_participant add constraint meeting_participant_pkey primary key (id, delegation_id);
alter table meeting_schedule_item add constraint meeting_schedule_item_pkey primary key (id, delegation_id);
alter table member_unit add constraint member_unit_pkey primary key (id, delegation_id);
alter table notification_event add constraint notification_event_pkey primary key (id, delegation_id);
alter table notification_read add constraint notification_read_pkey primary key (user_id, event_id, delegation_id);
alter table onsite_event add constraint onsite_event_pkey primary key (id, delegation_id);
alter table onsite_participant add constraint onsite_participant_pkey primary key (id, delegation_id);
alter table person add constraint person_pkey primary key (id, delegation_id);
alter table procurement_need add constraint procurement_need_pkey primary key (id, delegation_id);
alter table progress_report add constraint progress_report_pkey primary key (id, delegation_id);
alter table protocol_request add constraint protocol_request_pkey primary key (id, delegation_id);
alter table publicity_record add constraint publicity_record_pkey primary key (id, delegation_id);
alter table purchaser add constraint purchaser_pkey primary key (id, delegation_id);
alter table purchaser_report_batch add constraint purchaser_report_batch_pkey primary key (id, delegation_id);
alter table responsibility add constraint responsibility_pkey primary key (id, delegation_id);
alter table room add constraint room_pkey primary key (id, delegation_id);
alter table room_assignment add constraint room_assignment_pkey primary key (id, delegation_id);
alter table room_block add constraint room_block_pkey primary key (id, delegation_id);
alter table service_unit add constraint service_unit_pkey primary key (id, delegation_id);
alter table sub_delegation add constraint sub_delegation_pkey primary key (id, delegation_id);
alter table sub_delegation_contact add constraint sub_delegation_contact_pkey primary key (id, delegation_id);
alter table sub_delegation_lead add constraint sub_delegation_lead_pkey primary key (id, delegation_id);
alter table task add constraint task_pkey primary key (id, delegation_id);
alter table task_problem add constraint task_problem_pkey primary key (id, delegation_id);
alter table task_progress add constraint task_progress_pkey primary key (id, delegation_id);
alter table trip add constraint trip_pkey primary key (id, delegation_id);
alter table webhook add constraint webhook_pkey primary key (id, delegation_id);
alter table webhook_delivery add constraint webhook_delivery_pkey primary key (id, delegation_id);
alter table admission_certificate add constraint admission_certificate_attendee_id_key unique (attendee_id, delegation_id);
alter table attendee add constraint attendee_id_purchaser_id_key unique (id, purchaser_id, delegation_id);
alter table attendee add constraint attendee_purchaser_id_person_id_key unique (purchaser_id, person_id, delegation_id);
alter table circular_acknowledgement add constraint circular_acknowledgement_once unique (circular_id, organisation_id, user_id, delegation_id);
alter table circular_recipient add constraint circular_recipient_circular_id_organisation_id_key unique (circular_id, organisation_id, delegation_id);
alter table meeting add constraint meeting_id_purchaser_id_exhibitor_id_key unique (id, purchaser_id, exhibitor_id, delegation_id);
alter table meeting_participant add constraint meeting_participant_attendee_no_overlap exclude using gist (delegation_id with =, attendee_id with =, during with &&) where ((active AND (attendee_id IS NOT NULL)));
alter table meeting_participant add constraint meeting_participant_meeting_id_attendee_id_key unique (meeting_id, attendee_id, delegation_id);
alter table meeting_participant add constraint meeting_participant_meeting_id_representative_id_key unique (meeting_id, representative_id, delegation_id);
alter table meeting_schedule_item add constraint meeting_schedule_item_schedule_id_match_id_key unique (schedule_id, match_id, delegation_id);
alter table notification_event add constraint notification_event_idempotency_key_key unique (idempotency_key, delegation_id);
alter table responsibility add constraint responsibility_member_unit_id_position_key unique (member_unit_id, position, delegation_id);
alter table room add constraint room_block_id_number_key unique (block_id, number, delegation_id);
alter table room_assignment add constraint room_assignment_attendee_id_night_key unique (attendee_id, night, delegation_id);
alter table sub_delegation_contact add constraint sub_delegation_contact_once unique (sub_delegation_id, kind, delegation_id);
alter table sub_delegation_lead add constraint sub_delegation_lead_id_sub_delegation_key unique (id, sub_delegation_id, delegation_id);
alter table sub_delegation_lead add constraint sub_delegation_lead_sub_delegation_id_organisation_id_key unique (sub_delegation_id, organisation_id, delegation_id);
alter table webhook_delivery add constraint webhook_delivery_webhook_id_event_id_key unique (webhook_id, event_id, delegation_id);
drop index exhibitor_match_once;
create unique index exhibitor_match_once on exhibitor_match
  (purchaser_id, exhibitor_id, coalesce(need_id, '00000000-0000-0000-0000-000000000000'), delegation_id);
drop index onsite_participant_once;
create unique index onsite_participant_once on onsite_participant
  (event_id, coalesce(purchaser_id, exhibitor_id, '00000000-0000-0000-0000-000000000000'), coalesce(guest_name, ''), delegation_id);
drop index trip_one_live_per_direction;
create unique index trip_one_live_per_direction on trip (attendee_id, direction, delegation_id)
  where status <> 'CANCELLED';

-- 5. The keys again, each mapping delegation_id to delegation_id.
alter table admission_certificate add constraint admission_certificate_attendee_id_delegation_id_fkey foreign key (attendee_id, delegation_id) references attendee (id, delegation_id) on delete cascade;
alter table attendee add constraint attendee_person_id_delegation_id_fkey foreign key (person_id, delegation_id) references person (id, delegation_id);
alter table attendee add constraint attendee_purchaser_id_delegation_id_fkey foreign key (purchaser_id, delegation_id) references purchaser (id, delegation_id) on delete cascade;
alter table background_check add constraint background_check_attendee_id_delegation_id_fkey foreign key (attendee_id, delegation_id) references attendee (id, delegation_id) on delete cascade;
alter table circular_acknowledgement add constraint circular_acknowledgement_circular_id_organisation_id_fkey foreign key (circular_id, organisation_id, delegation_id) references circular_recipient (circular_id, organisation_id, delegation_id) on delete cascade;
alter table circular_recipient add constraint circular_recipient_circular_id_delegation_id_fkey foreign key (circular_id, delegation_id) references circular (id, delegation_id) on delete cascade;
alter table credit_check add constraint credit_check_purchaser_id_delegation_id_fkey foreign key (purchaser_id, delegation_id) references purchaser (id, delegation_id) on delete cascade;
alter table customs_consultation add constraint customs_consultation_deal_id_delegation_id_fkey foreign key (deal_id, delegation_id) references deal (id, delegation_id) on delete cascade;
alter table customs_consultation add constraint customs_consultation_need_id_delegation_id_fkey foreign key (need_id, delegation_id) references procurement_need (id, delegation_id) on delete cascade;
alter table customs_consultation add constraint customs_consultation_purchaser_id_delegation_id_fkey foreign key (purchaser_id, delegation_id) references purchaser (id, delegation_id) on delete cascade;
alter table deal add constraint deal_event_id_delegation_id_fkey foreign key (event_id, delegation_id) references onsite_event (id, delegation_id) on delete set null (event_id);
alter table deal add constraint deal_match_id_delegation_id_fkey foreign key (match_id, delegation_id) references exhibitor_match (id, delegation_id);
alter table deal add constraint deal_purchaser_id_delegation_id_fkey foreign key (purchaser_id, delegation_id) references purchaser (id, delegation_id);
alter table deal_follow_up add constraint deal_follow_up_deal_id_delegation_id_fkey foreign key (deal_id, delegation_id) references deal (id, delegation_id) on delete cascade;
alter table delegation_contact add constraint delegation_contact_person_id_delegation_id_fkey foreign key (person_id, delegation_id) references person (id, delegation_id);
alter table emergency_plan add constraint emergency_plan_sub_delegation_id_delegation_id_fkey foreign key (sub_delegation_id, delegation_id) references sub_delegation (id, delegation_id) on delete cascade;
alter table exhibitor_match add constraint exhibitor_match_need_id_delegation_id_fkey foreign key (need_id, delegation_id) references procurement_need (id, delegation_id);
alter table exhibitor_match add constraint exhibitor_match_purchaser_id_delegation_id_fkey foreign key (purchaser_id, delegation_id) references purchaser (id, delegation_id);
alter table health_incident add constraint health_incident_sub_delegation_id_delegation_id_fkey foreign key (sub_delegation_id, delegation_id) references sub_delegation (id, delegation_id) on delete set null (sub_delegation_id);
alter table leading_group_member add constraint leading_group_member_member_unit_id_delegation_id_fkey foreign key (member_unit_id, delegation_id) references member_unit (id, delegation_id);
alter table leading_group_member add constraint leading_group_member_person_id_delegation_id_fkey foreign key (person_id, delegation_id) references person (id, delegation_id);
alter table meeting add constraint meeting_match_id_delegation_id_fkey foreign key (match_id, delegation_id) references exhibitor_match (id, delegation_id);
alter table meeting add constraint meeting_purchaser_id_delegation_id_fkey foreign key (purchaser_id, delegation_id) references purchaser (id, delegation_id);
alter table meeting_participant add constraint meeting_participant_attendee_id_purchaser_id_fkey foreign key (attendee_id, purchaser_id, delegation_id) references attendee (id, purchaser_id, delegation_id);
alter table meeting_participant add constraint meeting_participant_meeting_id_purchaser_id_exhibitor_id_fkey foreign key (meeting_id, purchaser_id, exhibitor_id, delegation_id) references meeting (id, purchaser_id, exhibitor_id, delegation_id) on delete cascade;
alter table meeting_schedule_item add constraint meeting_schedule_item_match_id_fkey foreign key (match_id, delegation_id) references exhibitor_match (id, delegation_id);
alter table meeting_schedule_item add constraint meeting_schedule_item_meeting_id_fkey foreign key (meeting_id, delegation_id) references meeting (id, delegation_id);
alter table member_unit add constraint member_unit_designated_person_in_delegation foreign key (designated_person_id, delegation_id) references person (id, delegation_id);
alter table member_unit add constraint member_unit_liaison_person_id_delegation_id_fkey foreign key (liaison_person_id, delegation_id) references person (id, delegation_id);
alter table notification_read add constraint notification_read_event_id_fkey foreign key (event_id, delegation_id) references notification_event (id, delegation_id) on delete cascade;
alter table onsite_participant add constraint onsite_participant_event_id_delegation_id_fkey foreign key (event_id, delegation_id) references onsite_event (id, delegation_id) on delete cascade;
alter table onsite_participant add constraint onsite_participant_purchaser_id_delegation_id_fkey foreign key (purchaser_id, delegation_id) references purchaser (id, delegation_id) on delete cascade;
alter table procurement_need add constraint procurement_need_purchaser_id_delegation_id_fkey foreign key (purchaser_id, delegation_id) references purchaser (id, delegation_id);
alter table purchaser add constraint purchaser_contact_person_id_delegation_id_fkey foreign key (contact_person_id, delegation_id) references person (id, delegation_id);
alter table purchaser add constraint purchaser_lead_id_delegation_id_fkey foreign key (lead_id, delegation_id) references sub_delegation_lead (id, delegation_id);
alter table purchaser add constraint purchaser_lead_in_sub_delegation foreign key (lead_id, sub_delegation_id, delegation_id) references sub_delegation_lead (id, sub_delegation_id, delegation_id);
alter table purchaser add constraint purchaser_report_batch_id_delegation_id_fkey foreign key (report_batch_id, delegation_id) references purchaser_report_batch (id, delegation_id);
alter table purchaser add constraint purchaser_sub_delegation_id_delegation_id_fkey foreign key (sub_delegation_id, delegation_id) references sub_delegation (id, delegation_id);
alter table responsibility add constraint responsibility_member_unit_id_delegation_id_fkey foreign key (member_unit_id, delegation_id) references member_unit (id, delegation_id);
alter table room add constraint room_block_id_delegation_id_fkey foreign key (block_id, delegation_id) references room_block (id, delegation_id) on delete cascade;
alter table room_assignment add constraint room_assignment_attendee_id_delegation_id_fkey foreign key (attendee_id, delegation_id) references attendee (id, delegation_id) on delete cascade;
alter table room_assignment add constraint room_assignment_room_id_delegation_id_fkey foreign key (room_id, delegation_id) references room (id, delegation_id) on delete cascade;
alter table sub_delegation_contact add constraint sub_delegation_contact_person_id_delegation_id_fkey foreign key (person_id, delegation_id) references person (id, delegation_id);
alter table sub_delegation_contact add constraint sub_delegation_contact_sub_delegation_id_delegation_id_fkey foreign key (sub_delegation_id, delegation_id) references sub_delegation (id, delegation_id) on delete cascade;
alter table sub_delegation_lead add constraint sub_delegation_lead_sub_delegation_id_delegation_id_fkey foreign key (sub_delegation_id, delegation_id) references sub_delegation (id, delegation_id) on delete cascade;
alter table task add constraint task_blocked_by_problem_in_delegation foreign key (blocked_by_problem_id, delegation_id) references task_problem (id, delegation_id);
alter table task add constraint task_person_in_charge_id_delegation_id_fkey foreign key (person_in_charge_id, delegation_id) references person (id, delegation_id);
alter table task add constraint task_responsibility_id_delegation_id_fkey foreign key (responsibility_id, delegation_id) references responsibility (id, delegation_id) on delete set null (responsibility_id);
alter table task_problem add constraint task_problem_task_id_delegation_id_fkey foreign key (task_id, delegation_id) references task (id, delegation_id) on delete cascade;
alter table task_progress add constraint task_progress_task_id_delegation_id_fkey foreign key (task_id, delegation_id) references task (id, delegation_id) on delete cascade;
alter table trip add constraint trip_attendee_id_delegation_id_fkey foreign key (attendee_id, delegation_id) references attendee (id, delegation_id) on delete cascade;
alter table webhook_delivery add constraint webhook_delivery_event_id_fkey foreign key (event_id, delegation_id) references notification_event (id, delegation_id) on delete cascade;
alter table webhook_delivery add constraint webhook_delivery_webhook_id_fkey foreign key (webhook_id, delegation_id) references webhook (id, delegation_id) on delete cascade;
`;

const DOWN = /* sql */ `
drop trigger role_grant_keys on role_grant;
drop function role_grant_keys();
alter table admission_certificate drop constraint admission_certificate_attendee_id_delegation_id_fkey;
alter table attendee drop constraint attendee_person_id_delegation_id_fkey;
alter table attendee drop constraint attendee_purchaser_id_delegation_id_fkey;
alter table background_check drop constraint background_check_attendee_id_delegation_id_fkey;
alter table circular_acknowledgement drop constraint circular_acknowledgement_circular_id_organisation_id_fkey;
alter table circular_recipient drop constraint circular_recipient_circular_id_delegation_id_fkey;
alter table credit_check drop constraint credit_check_purchaser_id_delegation_id_fkey;
alter table customs_consultation drop constraint customs_consultation_deal_id_delegation_id_fkey;
alter table customs_consultation drop constraint customs_consultation_need_id_delegation_id_fkey;
alter table customs_consultation drop constraint customs_consultation_purchaser_id_delegation_id_fkey;
alter table deal drop constraint deal_event_id_delegation_id_fkey;
alter table deal drop constraint deal_match_id_delegation_id_fkey;
alter table deal drop constraint deal_purchaser_id_delegation_id_fkey;
alter table deal_follow_up drop constraint deal_follow_up_deal_id_delegation_id_fkey;
alter table delegation_contact drop constraint delegation_contact_person_id_delegation_id_fkey;
alter table emergency_plan drop constraint emergency_plan_sub_delegation_id_delegation_id_fkey;
alter table exhibitor_match drop constraint exhibitor_match_need_id_delegation_id_fkey;
alter table exhibitor_match drop constraint exhibitor_match_purchaser_id_delegation_id_fkey;
alter table health_incident drop constraint health_incident_sub_delegation_id_delegation_id_fkey;
alter table leading_group_member drop constraint leading_group_member_member_unit_id_delegation_id_fkey;
alter table leading_group_member drop constraint leading_group_member_person_id_delegation_id_fkey;
alter table meeting drop constraint meeting_match_id_delegation_id_fkey;
alter table meeting drop constraint meeting_purchaser_id_delegation_id_fkey;
alter table meeting_participant drop constraint meeting_participant_attendee_id_purchaser_id_fkey;
alter table meeting_participant drop constraint meeting_participant_meeting_id_purchaser_id_exhibitor_id_fkey;
alter table meeting_schedule_item drop constraint meeting_schedule_item_match_id_fkey;
alter table meeting_schedule_item drop constraint meeting_schedule_item_meeting_id_fkey;
alter table member_unit drop constraint member_unit_designated_person_in_delegation;
alter table member_unit drop constraint member_unit_liaison_person_id_delegation_id_fkey;
alter table notification_read drop constraint notification_read_event_id_fkey;
alter table onsite_participant drop constraint onsite_participant_event_id_delegation_id_fkey;
alter table onsite_participant drop constraint onsite_participant_purchaser_id_delegation_id_fkey;
alter table procurement_need drop constraint procurement_need_purchaser_id_delegation_id_fkey;
alter table purchaser drop constraint purchaser_contact_person_id_delegation_id_fkey;
alter table purchaser drop constraint purchaser_lead_id_delegation_id_fkey;
alter table purchaser drop constraint purchaser_lead_in_sub_delegation;
alter table purchaser drop constraint purchaser_report_batch_id_delegation_id_fkey;
alter table purchaser drop constraint purchaser_sub_delegation_id_delegation_id_fkey;
alter table responsibility drop constraint responsibility_member_unit_id_delegation_id_fkey;
alter table room drop constraint room_block_id_delegation_id_fkey;
alter table room_assignment drop constraint room_assignment_attendee_id_delegation_id_fkey;
alter table room_assignment drop constraint room_assignment_room_id_delegation_id_fkey;
alter table sub_delegation_contact drop constraint sub_delegation_contact_person_id_delegation_id_fkey;
alter table sub_delegation_contact drop constraint sub_delegation_contact_sub_delegation_id_delegation_id_fkey;
alter table sub_delegation_lead drop constraint sub_delegation_lead_sub_delegation_id_delegation_id_fkey;
alter table task drop constraint task_blocked_by_problem_in_delegation;
alter table task drop constraint task_person_in_charge_id_delegation_id_fkey;
alter table task drop constraint task_responsibility_id_delegation_id_fkey;
alter table task_problem drop constraint task_problem_task_id_delegation_id_fkey;
alter table task_progress drop constraint task_progress_task_id_delegation_id_fkey;
alter table trip drop constraint trip_attendee_id_delegation_id_fkey;
alter table webhook_delivery drop constraint webhook_delivery_event_id_fkey;
alter table webhook_delivery drop constraint webhook_delivery_webhook_id_fkey;
alter table admission_certificate drop constraint admission_certificate_attendee_id_key;
alter table admission_certificate drop constraint admission_certificate_pkey;
alter table attendee drop constraint attendee_id_purchaser_id_key;
alter table attendee drop constraint attendee_pkey;
alter table attendee drop constraint attendee_purchaser_id_person_id_key;
alter table background_check drop constraint background_check_pkey;
alter table circular drop constraint circular_pkey;
alter table circular_acknowledgement drop constraint circular_acknowledgement_once;
alter table circular_acknowledgement drop constraint circular_acknowledgement_pkey;
alter table circular_recipient drop constraint circular_recipient_circular_id_organisation_id_key;
alter table circular_recipient drop constraint circular_recipient_pkey;
alter table credit_check drop constraint credit_check_pkey;
alter table customs_consultation drop constraint customs_consultation_pkey;
alter table deal drop constraint deal_pkey;
alter table deal_follow_up drop constraint deal_follow_up_pkey;
alter table delegation_contact drop constraint delegation_contact_pkey;
alter table emergency_plan drop constraint emergency_plan_pkey;
alter table exhibitor_match drop constraint exhibitor_match_pkey;
alter table funding_request drop constraint funding_request_pkey;
alter table health_incident drop constraint health_incident_pkey;
alter table leading_group_member drop constraint leading_group_member_pkey;
alter table meal drop constraint meal_pkey;
alter table meeting drop constraint meeting_id_purchaser_id_exhibitor_id_key;
alter table meeting drop constraint meeting_pkey;
alter table meeting_participant drop constraint meeting_participant_attendee_no_overlap;
alter table meeting_participant drop constraint meeting_participant_meeting_id_attendee_id_key;
alter table meeting_participant drop constraint meeting_participant_meeting_id_representative_id_key;
alter table meeting_participant drop constraint meeting_participant_pkey;
alter table meeting_schedule_item drop constraint meeting_schedule_item_pkey;
alter table meeting_schedule_item drop constraint meeting_schedule_item_schedule_id_match_id_key;
alter table member_unit drop constraint member_unit_pkey;
alter table notification_event drop constraint notification_event_idempotency_key_key;
alter table notification_event drop constraint notification_event_pkey;
alter table notification_read drop constraint notification_read_pkey;
alter table onsite_event drop constraint onsite_event_pkey;
alter table onsite_participant drop constraint onsite_participant_pkey;
alter table person drop constraint person_pkey;
alter table procurement_need drop constraint procurement_need_pkey;
alter table progress_report drop constraint progress_report_pkey;
alter table protocol_request drop constraint protocol_request_pkey;
alter table publicity_record drop constraint publicity_record_pkey;
alter table purchaser drop constraint purchaser_pkey;
alter table purchaser_report_batch drop constraint purchaser_report_batch_pkey;
alter table responsibility drop constraint responsibility_member_unit_id_position_key;
alter table responsibility drop constraint responsibility_pkey;
alter table room drop constraint room_block_id_number_key;
alter table room drop constraint room_pkey;
alter table room_assignment drop constraint room_assignment_attendee_id_night_key;
alter table room_assignment drop constraint room_assignment_pkey;
alter table room_block drop constraint room_block_pkey;
alter table service_unit drop constraint service_unit_pkey;
alter table sub_delegation drop constraint sub_delegation_pkey;
alter table sub_delegation_contact drop constraint sub_delegation_contact_once;
alter table sub_delegation_contact drop constraint sub_delegation_contact_pkey;
alter table sub_delegation_lead drop constraint sub_delegation_lead_id_sub_delegation_key;
alter table sub_delegation_lead drop constraint sub_delegation_lead_pkey;
alter table sub_delegation_lead drop constraint sub_delegation_lead_sub_delegation_id_organisation_id_key;
alter table task drop constraint task_pkey;
alter table task_problem drop constraint task_problem_pkey;
alter table task_progress drop constraint task_progress_pkey;
alter table trip drop constraint trip_pkey;
alter table webhook drop constraint webhook_pkey;
alter table webhook_delivery drop constraint webhook_delivery_pkey;
alter table webhook_delivery drop constraint webhook_delivery_webhook_id_event_id_key;
drop index exhibitor_match_once;;
drop index onsite_participant_once;;
drop index trip_one_live_per_direction;;
alter table admission_certificate add constraint admission_certificate_attendee_id_key UNIQUE (attendee_id);
alter table admission_certificate add constraint admission_certificate_pkey PRIMARY KEY (id);
alter table attendee add constraint attendee_id_delegation_id_key UNIQUE (id, delegation_id);
alter table attendee add constraint attendee_id_purchaser_id_key UNIQUE (id, purchaser_id);
alter table attendee add constraint attendee_pkey PRIMARY KEY (id);
alter table attendee add constraint attendee_purchaser_id_person_id_key UNIQUE (purchaser_id, person_id);
alter table background_check add constraint background_check_pkey PRIMARY KEY (id);
alter table circular add constraint circular_id_delegation_id_key UNIQUE (id, delegation_id);
alter table circular add constraint circular_pkey PRIMARY KEY (id);
alter table circular_acknowledgement add constraint circular_acknowledgement_once UNIQUE (circular_id, organisation_id, user_id);
alter table circular_acknowledgement add constraint circular_acknowledgement_pkey PRIMARY KEY (id);
alter table circular_recipient add constraint circular_recipient_circular_id_organisation_id_key UNIQUE (circular_id, organisation_id);
alter table circular_recipient add constraint circular_recipient_pkey PRIMARY KEY (id);
alter table credit_check add constraint credit_check_pkey PRIMARY KEY (id);
alter table customs_consultation add constraint customs_consultation_pkey PRIMARY KEY (id);
alter table deal add constraint deal_id_delegation_id_key UNIQUE (id, delegation_id);
alter table deal add constraint deal_pkey PRIMARY KEY (id);
alter table deal_follow_up add constraint deal_follow_up_pkey PRIMARY KEY (id);
alter table delegation_contact add constraint delegation_contact_pkey PRIMARY KEY (id);
alter table emergency_plan add constraint emergency_plan_pkey PRIMARY KEY (id);
alter table exhibitor_match add constraint exhibitor_match_id_delegation_id_key UNIQUE (id, delegation_id);
alter table exhibitor_match add constraint exhibitor_match_pkey PRIMARY KEY (id);
alter table funding_request add constraint funding_request_pkey PRIMARY KEY (id);
alter table health_incident add constraint health_incident_pkey PRIMARY KEY (id);
alter table leading_group_member add constraint leading_group_member_pkey PRIMARY KEY (id);
alter table meal add constraint meal_pkey PRIMARY KEY (id);
alter table meeting add constraint meeting_id_purchaser_id_exhibitor_id_key UNIQUE (id, purchaser_id, exhibitor_id);
alter table meeting add constraint meeting_pkey PRIMARY KEY (id);
alter table meeting_participant add constraint meeting_participant_attendee_no_overlap EXCLUDE USING gist (attendee_id WITH =, during WITH &&) WHERE ((active AND (attendee_id IS NOT NULL)));
alter table meeting_participant add constraint meeting_participant_meeting_id_attendee_id_key UNIQUE (meeting_id, attendee_id);
alter table meeting_participant add constraint meeting_participant_meeting_id_representative_id_key UNIQUE (meeting_id, representative_id);
alter table meeting_participant add constraint meeting_participant_pkey PRIMARY KEY (id);
alter table meeting_schedule_item add constraint meeting_schedule_item_pkey PRIMARY KEY (id);
alter table meeting_schedule_item add constraint meeting_schedule_item_schedule_id_match_id_key UNIQUE (schedule_id, match_id);
alter table member_unit add constraint member_unit_id_delegation_id_key UNIQUE (id, delegation_id);
alter table member_unit add constraint member_unit_pkey PRIMARY KEY (id);
alter table notification_event add constraint notification_event_idempotency_key_key UNIQUE (idempotency_key);
alter table notification_event add constraint notification_event_pkey PRIMARY KEY (id);
alter table notification_read add constraint notification_read_pkey PRIMARY KEY (user_id, event_id);
alter table onsite_event add constraint onsite_event_id_delegation_id_key UNIQUE (id, delegation_id);
alter table onsite_event add constraint onsite_event_pkey PRIMARY KEY (id);
alter table onsite_participant add constraint onsite_participant_pkey PRIMARY KEY (id);
alter table person add constraint person_id_delegation_id_key UNIQUE (id, delegation_id);
alter table person add constraint person_pkey PRIMARY KEY (id);
alter table procurement_need add constraint procurement_need_id_delegation_id_key UNIQUE (id, delegation_id);
alter table procurement_need add constraint procurement_need_pkey PRIMARY KEY (id);
alter table progress_report add constraint progress_report_pkey PRIMARY KEY (id);
alter table protocol_request add constraint protocol_request_pkey PRIMARY KEY (id);
alter table publicity_record add constraint publicity_record_pkey PRIMARY KEY (id);
alter table purchaser add constraint purchaser_id_delegation_id_key UNIQUE (id, delegation_id);
alter table purchaser add constraint purchaser_pkey PRIMARY KEY (id);
alter table purchaser_report_batch add constraint purchaser_report_batch_id_delegation_id_key UNIQUE (id, delegation_id);
alter table purchaser_report_batch add constraint purchaser_report_batch_pkey PRIMARY KEY (id);
alter table responsibility add constraint responsibility_id_delegation_id_key UNIQUE (id, delegation_id);
alter table responsibility add constraint responsibility_member_unit_id_position_key UNIQUE (member_unit_id, "position");
alter table responsibility add constraint responsibility_pkey PRIMARY KEY (id);
alter table room add constraint room_block_id_number_key UNIQUE (block_id, number);
alter table room add constraint room_id_delegation_id_key UNIQUE (id, delegation_id);
alter table room add constraint room_pkey PRIMARY KEY (id);
alter table room_assignment add constraint room_assignment_attendee_id_night_key UNIQUE (attendee_id, night);
alter table room_assignment add constraint room_assignment_pkey PRIMARY KEY (id);
alter table room_block add constraint room_block_id_delegation_id_key UNIQUE (id, delegation_id);
alter table room_block add constraint room_block_pkey PRIMARY KEY (id);
alter table service_unit add constraint service_unit_pkey PRIMARY KEY (id);
alter table sub_delegation add constraint sub_delegation_id_delegation_id_key UNIQUE (id, delegation_id);
alter table sub_delegation add constraint sub_delegation_pkey PRIMARY KEY (id);
alter table sub_delegation_contact add constraint sub_delegation_contact_once UNIQUE (sub_delegation_id, kind);
alter table sub_delegation_contact add constraint sub_delegation_contact_pkey PRIMARY KEY (id);
alter table sub_delegation_lead add constraint sub_delegation_lead_id_delegation_id_key UNIQUE (id, delegation_id);
alter table sub_delegation_lead add constraint sub_delegation_lead_id_sub_delegation_key UNIQUE (id, sub_delegation_id);
alter table sub_delegation_lead add constraint sub_delegation_lead_pkey PRIMARY KEY (id);
alter table sub_delegation_lead add constraint sub_delegation_lead_sub_delegation_id_organisation_id_key UNIQUE (sub_delegation_id, organisation_id);
alter table task add constraint task_id_delegation_id_key UNIQUE (id, delegation_id);
alter table task add constraint task_pkey PRIMARY KEY (id);
alter table task_problem add constraint task_problem_id_delegation_id_key UNIQUE (id, delegation_id);
alter table task_problem add constraint task_problem_pkey PRIMARY KEY (id);
alter table task_progress add constraint task_progress_pkey PRIMARY KEY (id);
alter table trip add constraint trip_pkey PRIMARY KEY (id);
alter table webhook add constraint webhook_pkey PRIMARY KEY (id);
alter table webhook_delivery add constraint webhook_delivery_pkey PRIMARY KEY (id);
alter table webhook_delivery add constraint webhook_delivery_webhook_id_event_id_key UNIQUE (webhook_id, event_id);
CREATE UNIQUE INDEX exhibitor_match_once ON exhibitor_match USING btree (purchaser_id, exhibitor_id, COALESCE(need_id, '00000000-0000-0000-0000-000000000000'::uuid));
CREATE UNIQUE INDEX onsite_participant_once ON onsite_participant USING btree (event_id, COALESCE(purchaser_id, exhibitor_id, '00000000-0000-0000-0000-000000000000'::uuid), COALESCE(guest_name, ''::text));
CREATE UNIQUE INDEX trip_one_live_per_direction ON trip USING btree (attendee_id, direction) WHERE (status <> 'CANCELLED'::text);
alter table admission_certificate add constraint admission_certificate_attendee_id_delegation_id_fkey FOREIGN KEY (attendee_id, delegation_id) REFERENCES attendee(id, delegation_id) ON DELETE CASCADE;
alter table app_user add constraint app_user_person_id_fkey FOREIGN KEY (person_id) REFERENCES person(id);
alter table attendee add constraint attendee_person_id_delegation_id_fkey FOREIGN KEY (person_id, delegation_id) REFERENCES person(id, delegation_id);
alter table attendee add constraint attendee_purchaser_id_delegation_id_fkey FOREIGN KEY (purchaser_id, delegation_id) REFERENCES purchaser(id, delegation_id) ON DELETE CASCADE;
alter table background_check add constraint background_check_attendee_id_delegation_id_fkey FOREIGN KEY (attendee_id, delegation_id) REFERENCES attendee(id, delegation_id) ON DELETE CASCADE;
alter table calendar_token add constraint calendar_token_attendee_id_fkey FOREIGN KEY (attendee_id) REFERENCES attendee(id) ON DELETE CASCADE;
alter table circular_acknowledgement add constraint circular_acknowledgement_circular_id_organisation_id_fkey FOREIGN KEY (circular_id, organisation_id) REFERENCES circular_recipient(circular_id, organisation_id) ON DELETE CASCADE;
alter table circular_recipient add constraint circular_recipient_circular_id_delegation_id_fkey FOREIGN KEY (circular_id, delegation_id) REFERENCES circular(id, delegation_id) ON DELETE CASCADE;
alter table credit_check add constraint credit_check_purchaser_id_delegation_id_fkey FOREIGN KEY (purchaser_id, delegation_id) REFERENCES purchaser(id, delegation_id) ON DELETE CASCADE;
alter table customs_consultation add constraint customs_consultation_deal_id_delegation_id_fkey FOREIGN KEY (deal_id, delegation_id) REFERENCES deal(id, delegation_id) ON DELETE CASCADE;
alter table customs_consultation add constraint customs_consultation_need_id_delegation_id_fkey FOREIGN KEY (need_id, delegation_id) REFERENCES procurement_need(id, delegation_id) ON DELETE CASCADE;
alter table customs_consultation add constraint customs_consultation_purchaser_id_delegation_id_fkey FOREIGN KEY (purchaser_id, delegation_id) REFERENCES purchaser(id, delegation_id) ON DELETE CASCADE;
alter table deal add constraint deal_event_id_delegation_id_fkey FOREIGN KEY (event_id, delegation_id) REFERENCES onsite_event(id, delegation_id) ON DELETE SET NULL (event_id);
alter table deal add constraint deal_match_id_delegation_id_fkey FOREIGN KEY (match_id, delegation_id) REFERENCES exhibitor_match(id, delegation_id);
alter table deal add constraint deal_purchaser_id_delegation_id_fkey FOREIGN KEY (purchaser_id, delegation_id) REFERENCES purchaser(id, delegation_id);
alter table deal_follow_up add constraint deal_follow_up_deal_id_delegation_id_fkey FOREIGN KEY (deal_id, delegation_id) REFERENCES deal(id, delegation_id) ON DELETE CASCADE;
alter table delegation_contact add constraint delegation_contact_person_id_delegation_id_fkey FOREIGN KEY (person_id, delegation_id) REFERENCES person(id, delegation_id);
alter table emergency_plan add constraint emergency_plan_sub_delegation_id_delegation_id_fkey FOREIGN KEY (sub_delegation_id, delegation_id) REFERENCES sub_delegation(id, delegation_id) ON DELETE CASCADE;
alter table exhibitor_match add constraint exhibitor_match_need_id_delegation_id_fkey FOREIGN KEY (need_id, delegation_id) REFERENCES procurement_need(id, delegation_id);
alter table exhibitor_match add constraint exhibitor_match_purchaser_id_delegation_id_fkey FOREIGN KEY (purchaser_id, delegation_id) REFERENCES purchaser(id, delegation_id);
alter table health_incident add constraint health_incident_sub_delegation_id_delegation_id_fkey FOREIGN KEY (sub_delegation_id, delegation_id) REFERENCES sub_delegation(id, delegation_id) ON DELETE SET NULL (sub_delegation_id);
alter table leading_group_member add constraint leading_group_member_member_unit_id_delegation_id_fkey FOREIGN KEY (member_unit_id, delegation_id) REFERENCES member_unit(id, delegation_id);
alter table leading_group_member add constraint leading_group_member_person_id_delegation_id_fkey FOREIGN KEY (person_id, delegation_id) REFERENCES person(id, delegation_id);
alter table meeting add constraint meeting_match_id_delegation_id_fkey FOREIGN KEY (match_id, delegation_id) REFERENCES exhibitor_match(id, delegation_id);
alter table meeting add constraint meeting_purchaser_id_delegation_id_fkey FOREIGN KEY (purchaser_id, delegation_id) REFERENCES purchaser(id, delegation_id);
alter table meeting_participant add constraint meeting_participant_attendee_id_purchaser_id_fkey FOREIGN KEY (attendee_id, purchaser_id) REFERENCES attendee(id, purchaser_id);
alter table meeting_participant add constraint meeting_participant_meeting_id_purchaser_id_exhibitor_id_fkey FOREIGN KEY (meeting_id, purchaser_id, exhibitor_id) REFERENCES meeting(id, purchaser_id, exhibitor_id) ON DELETE CASCADE;
alter table meeting_schedule_item add constraint meeting_schedule_item_match_id_fkey FOREIGN KEY (match_id) REFERENCES exhibitor_match(id);
alter table meeting_schedule_item add constraint meeting_schedule_item_meeting_id_fkey FOREIGN KEY (meeting_id) REFERENCES meeting(id);
alter table member_unit add constraint member_unit_designated_person_in_delegation FOREIGN KEY (designated_person_id, delegation_id) REFERENCES person(id, delegation_id);
alter table member_unit add constraint member_unit_liaison_person_id_delegation_id_fkey FOREIGN KEY (liaison_person_id, delegation_id) REFERENCES person(id, delegation_id);
alter table notification_read add constraint notification_read_event_id_fkey FOREIGN KEY (event_id) REFERENCES notification_event(id) ON DELETE CASCADE;
alter table onsite_participant add constraint onsite_participant_event_id_delegation_id_fkey FOREIGN KEY (event_id, delegation_id) REFERENCES onsite_event(id, delegation_id) ON DELETE CASCADE;
alter table onsite_participant add constraint onsite_participant_purchaser_id_delegation_id_fkey FOREIGN KEY (purchaser_id, delegation_id) REFERENCES purchaser(id, delegation_id) ON DELETE CASCADE;
alter table procurement_need add constraint procurement_need_purchaser_id_delegation_id_fkey FOREIGN KEY (purchaser_id, delegation_id) REFERENCES purchaser(id, delegation_id);
alter table purchaser add constraint purchaser_contact_person_id_delegation_id_fkey FOREIGN KEY (contact_person_id, delegation_id) REFERENCES person(id, delegation_id);
alter table purchaser add constraint purchaser_lead_id_delegation_id_fkey FOREIGN KEY (lead_id, delegation_id) REFERENCES sub_delegation_lead(id, delegation_id);
alter table purchaser add constraint purchaser_lead_in_sub_delegation FOREIGN KEY (lead_id, sub_delegation_id) REFERENCES sub_delegation_lead(id, sub_delegation_id);
alter table purchaser add constraint purchaser_report_batch_id_delegation_id_fkey FOREIGN KEY (report_batch_id, delegation_id) REFERENCES purchaser_report_batch(id, delegation_id);
alter table purchaser add constraint purchaser_sub_delegation_id_delegation_id_fkey FOREIGN KEY (sub_delegation_id, delegation_id) REFERENCES sub_delegation(id, delegation_id);
alter table responsibility add constraint responsibility_member_unit_id_delegation_id_fkey FOREIGN KEY (member_unit_id, delegation_id) REFERENCES member_unit(id, delegation_id);
alter table role_grant add constraint role_grant_delegation_id_organisation_id_fkey FOREIGN KEY (delegation_id, organisation_id) REFERENCES member_unit(delegation_id, organisation_id) ON DELETE CASCADE DEFERRABLE;
alter table role_grant add constraint role_grant_lead_in_sub_delegation FOREIGN KEY (lead_id, sub_delegation_id) REFERENCES sub_delegation_lead(id, sub_delegation_id) ON DELETE CASCADE;
alter table role_grant add constraint role_grant_purchaser_id_delegation_id_fkey FOREIGN KEY (purchaser_id, delegation_id) REFERENCES purchaser(id, delegation_id) ON DELETE CASCADE;
alter table role_grant add constraint role_grant_sub_delegation_id_delegation_id_fkey FOREIGN KEY (sub_delegation_id, delegation_id) REFERENCES sub_delegation(id, delegation_id) ON DELETE CASCADE;
alter table room add constraint room_block_id_delegation_id_fkey FOREIGN KEY (block_id, delegation_id) REFERENCES room_block(id, delegation_id) ON DELETE CASCADE;
alter table room_assignment add constraint room_assignment_attendee_id_delegation_id_fkey FOREIGN KEY (attendee_id, delegation_id) REFERENCES attendee(id, delegation_id) ON DELETE CASCADE;
alter table room_assignment add constraint room_assignment_room_id_delegation_id_fkey FOREIGN KEY (room_id, delegation_id) REFERENCES room(id, delegation_id) ON DELETE CASCADE;
alter table sub_delegation_contact add constraint sub_delegation_contact_person_id_delegation_id_fkey FOREIGN KEY (person_id, delegation_id) REFERENCES person(id, delegation_id);
alter table sub_delegation_contact add constraint sub_delegation_contact_sub_delegation_id_delegation_id_fkey FOREIGN KEY (sub_delegation_id, delegation_id) REFERENCES sub_delegation(id, delegation_id) ON DELETE CASCADE;
alter table sub_delegation_lead add constraint sub_delegation_lead_sub_delegation_id_delegation_id_fkey FOREIGN KEY (sub_delegation_id, delegation_id) REFERENCES sub_delegation(id, delegation_id) ON DELETE CASCADE;
alter table task add constraint task_blocked_by_problem_in_delegation FOREIGN KEY (blocked_by_problem_id, delegation_id) REFERENCES task_problem(id, delegation_id);
alter table task add constraint task_person_in_charge_id_delegation_id_fkey FOREIGN KEY (person_in_charge_id, delegation_id) REFERENCES person(id, delegation_id);
alter table task add constraint task_responsibility_id_delegation_id_fkey FOREIGN KEY (responsibility_id, delegation_id) REFERENCES responsibility(id, delegation_id) ON DELETE SET NULL (responsibility_id);
alter table task_problem add constraint task_problem_task_id_delegation_id_fkey FOREIGN KEY (task_id, delegation_id) REFERENCES task(id, delegation_id) ON DELETE CASCADE;
alter table task_progress add constraint task_progress_task_id_delegation_id_fkey FOREIGN KEY (task_id, delegation_id) REFERENCES task(id, delegation_id) ON DELETE CASCADE;
alter table trip add constraint trip_attendee_id_delegation_id_fkey FOREIGN KEY (attendee_id, delegation_id) REFERENCES attendee(id, delegation_id) ON DELETE CASCADE;
alter table unavailability add constraint unavailability_attendee_id_fkey FOREIGN KEY (attendee_id) REFERENCES attendee(id) ON DELETE CASCADE;
alter table webhook_delivery add constraint webhook_delivery_event_id_fkey FOREIGN KEY (event_id) REFERENCES notification_event(id) ON DELETE CASCADE;
alter table webhook_delivery add constraint webhook_delivery_webhook_id_fkey FOREIGN KEY (webhook_id) REFERENCES webhook(id) ON DELETE CASCADE;
alter table person alter column delegation_id drop not null;
alter table meeting_participant drop column delegation_id;
alter table meeting_schedule_item drop column delegation_id;
alter table notification_read drop column delegation_id;
alter table circular_acknowledgement drop column delegation_id;
`;
