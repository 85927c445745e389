import { Migration } from '@mikro-orm/migrations';
import { tenantStatistics } from './Migration20261206130001_tenant_statistics.js';
import { transitionTriggerSql } from '../../modules/logistics/logistics.rules.js';
import {
  FUNDING_NEXT,
  FUNDING_START,
  INCIDENT_NEXT,
  INCIDENT_START,
  QUESTION_NEXT,
  QUESTION_START,
} from '../../modules/services/services.rules.js';

/**
 * On-site activities and the service departments' queues (#21, slice 2): the delegation's
 * on-site events (matchmaking, needs publishing, signing ceremonies) with their participants, a
 * deal's event (`deal.event_id`, of the deal's own delegation by a composite foreign key, set
 * null when the event goes), and funding requests that the FINANCE unit reviews and pays (its
 * workflow held by a trigger built from services.rules.ts), and the health incident log the
 * HEALTH unit responds to, customs consultations (about a deal or a need of a purchaser) the
 * CUSTOMS unit answers, publicity records, and protocol requests the PROTOCOL unit answers (the
 * workflows held the same way). The organiser and requesting units
 * reference the organisation (a member unit when written, checked by the services): a plan
 * imported again replaces its member units, and must not take these records with them.
 */
export const ONSITE_TENANT_KEYS: readonly (readonly [table: string, column: string])[] = [
  ['deal', 'event_id'],
  ['onsite_participant', 'event_id'],
  ['onsite_participant', 'purchaser_id'],
  ['health_incident', 'sub_delegation_id'],
  ['customs_consultation', 'purchaser_id'],
  ['customs_consultation', 'deal_id'],
  ['customs_consultation', 'need_id'],
];

export class Migration20261207020001OnsiteServices extends Migration {
  override async up(): Promise<void> {
    this.addSql(UP);
    this.addSql(transitionTriggerSql('funding_request', FUNDING_NEXT, FUNDING_START));
    this.addSql(transitionTriggerSql('health_incident', INCIDENT_NEXT, INCIDENT_START));
    this.addSql(transitionTriggerSql('customs_consultation', QUESTION_NEXT, QUESTION_START));
    this.addSql(transitionTriggerSql('protocol_request', QUESTION_NEXT, QUESTION_START));
    for (const [table, column] of ONSITE_TENANT_KEYS) {
      this.addSql(
        `create statistics if not exists ${tenantStatistics(table, column)} (dependencies) on ${column}, delegation_id from ${table};`,
      );
    }
  }

  override async down(): Promise<void> {
    this.addSql(DOWN);
  }
}

const UP = /* sql */ `
create table onsite_event (
  id uuid primary key default gen_random_uuid(),
  delegation_id uuid not null references delegation (id) on delete cascade,
  kind text not null check (kind in ('MATCHMAKING', 'NEEDS_PUBLISHING', 'SIGNING_CEREMONY', 'OTHER')),
  title text not null check (length(title) between 1 and 200),
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  place text check (length(place) between 1 and 200),
  organiser_organisation_id uuid references organisation (id),
  created_by text not null,
  version int not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint onsite_event_id_delegation_id_key unique (id, delegation_id),
  constraint onsite_event_times check (ends_at >= starts_at)
);
create index onsite_event_delegation_idx on onsite_event (delegation_id, starts_at);

create table onsite_participant (
  id uuid primary key default gen_random_uuid(),
  delegation_id uuid not null references delegation (id) on delete cascade,
  event_id uuid not null,
  kind text not null check (kind in ('PURCHASER', 'EXHIBITOR', 'GUEST')),
  purchaser_id uuid,
  exhibitor_id uuid references exhibitor (id) on delete cascade,
  guest_name text check (length(guest_name) between 1 and 200),
  added_by text not null,
  created_at timestamptz not null default now(),
  foreign key (event_id, delegation_id) references onsite_event (id, delegation_id) on delete cascade,
  foreign key (purchaser_id, delegation_id) references purchaser (id, delegation_id) on delete cascade,
  constraint onsite_participant_one_of check (
    (kind = 'PURCHASER' and purchaser_id is not null and exhibitor_id is null and guest_name is null)
    or (kind = 'EXHIBITOR' and exhibitor_id is not null and purchaser_id is null and guest_name is null)
    or (kind = 'GUEST' and guest_name is not null and purchaser_id is null and exhibitor_id is null))
);
create unique index onsite_participant_once on onsite_participant
  (event_id, coalesce(purchaser_id, exhibitor_id, '00000000-0000-0000-0000-000000000000'::uuid), coalesce(guest_name, ''));
create index onsite_participant_purchaser_idx on onsite_participant (purchaser_id);
create index onsite_participant_exhibitor_idx on onsite_participant (exhibitor_id);

alter table deal add column event_id uuid;
alter table deal add constraint deal_event_id_delegation_id_fkey foreign key (event_id, delegation_id)
  references onsite_event (id, delegation_id) on delete set null (event_id);
create index deal_event_idx on deal (event_id) where event_id is not null;

create table funding_request (
  id uuid primary key default gen_random_uuid(),
  delegation_id uuid not null references delegation (id) on delete cascade,
  requested_by_organisation_id uuid references organisation (id),
  purpose text not null check (length(purpose) between 1 and 2000),
  amount_cny numeric(14, 2) not null check (amount_cny > 0),
  status text not null default 'SUBMITTED' check (status in ('SUBMITTED', 'APPROVED', 'PAID', 'REJECTED')),
  reject_reason text check (length(reject_reason) between 1 and 2000),
  requested_by text not null,
  reviewed_by text,
  reviewed_at timestamptz,
  paid_by text,
  paid_at timestamptz,
  version int not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint funding_request_reject_reason check ((status = 'REJECTED') = (reject_reason is not null)),
  constraint funding_request_reviewed check ((status = 'SUBMITTED') = (reviewed_at is null)),
  constraint funding_request_paid check ((status = 'PAID') = (paid_at is not null))
);
create index funding_request_delegation_idx on funding_request (delegation_id, created_at);

create table health_incident (
  id uuid primary key default gen_random_uuid(),
  delegation_id uuid not null references delegation (id) on delete cascade,
  sub_delegation_id uuid,
  person_name text check (length(person_name) between 1 and 200),
  description text not null check (length(description) between 1 and 4000),
  status text not null default 'OPEN' check (status in ('OPEN', 'RESPONDED', 'CLOSED')),
  opened_at timestamptz not null,
  opened_by text not null,
  responded_at timestamptz,
  responded_by text,
  response text check (length(response) between 1 and 4000),
  closed_at timestamptz,
  closed_by text,
  version int not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  foreign key (sub_delegation_id, delegation_id) references sub_delegation (id, delegation_id)
    on delete set null (sub_delegation_id),
  constraint health_incident_responded check (
    (status = 'OPEN') = (responded_at is null) and (responded_at is null) = (response is null)
    and (responded_at is null or responded_at >= opened_at)),
  constraint health_incident_closed check (
    (status = 'CLOSED') = (closed_at is not null) and (closed_at is null or closed_at >= responded_at))
);
create index health_incident_delegation_idx on health_incident (delegation_id, opened_at);
create index health_incident_sub_delegation_idx on health_incident (sub_delegation_id);

create table customs_consultation (
  id uuid primary key default gen_random_uuid(),
  delegation_id uuid not null references delegation (id) on delete cascade,
  purchaser_id uuid not null,
  deal_id uuid,
  need_id uuid,
  goods text not null check (length(goods) between 1 and 500),
  hs_code text check (hs_code ~ '^[0-9]{6,10}$'),
  question text not null check (length(question) between 1 and 4000),
  status text not null default 'OPEN' check (status in ('OPEN', 'ANSWERED')),
  answer text check (length(answer) between 1 and 4000),
  asked_by text not null,
  answered_by text,
  answered_at timestamptz,
  version int not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  foreign key (purchaser_id, delegation_id) references purchaser (id, delegation_id) on delete cascade,
  foreign key (deal_id, delegation_id) references deal (id, delegation_id) on delete cascade,
  foreign key (need_id, delegation_id) references procurement_need (id, delegation_id) on delete cascade,
  constraint customs_consultation_about check (num_nonnulls(deal_id, need_id) = 1),
  constraint customs_consultation_answered check (
    (status = 'ANSWERED') = (answer is not null) and (answer is null) = (answered_at is null))
);
create index customs_consultation_purchaser_idx on customs_consultation (purchaser_id);
create index customs_consultation_deal_idx on customs_consultation (deal_id);
create index customs_consultation_need_idx on customs_consultation (need_id);
create index customs_consultation_delegation_idx on customs_consultation (delegation_id, created_at);

create table publicity_record (
  id uuid primary key default gen_random_uuid(),
  delegation_id uuid not null references delegation (id) on delete cascade,
  outlet text not null check (length(outlet) between 1 and 200),
  title text not null check (length(title) between 1 and 300),
  published_on date not null,
  link text check (link ~ '^https?://[^\\s]+$' and length(link) <= 2000),
  recorded_by text not null,
  version int not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index publicity_record_delegation_idx on publicity_record (delegation_id, published_on);

create table protocol_request (
  id uuid primary key default gen_random_uuid(),
  delegation_id uuid not null references delegation (id) on delete cascade,
  requested_by_organisation_id uuid references organisation (id),
  subject text not null check (length(subject) between 1 and 300),
  question text not null check (length(question) between 1 and 4000),
  status text not null default 'OPEN' check (status in ('OPEN', 'ANSWERED')),
  answer text check (length(answer) between 1 and 4000),
  asked_by text not null,
  answered_by text,
  answered_at timestamptz,
  version int not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint protocol_request_answered check (
    (status = 'ANSWERED') = (answer is not null) and (answer is null) = (answered_at is null))
);
create index protocol_request_delegation_idx on protocol_request (delegation_id, created_at);
`;

const DOWN = /* sql */ `
drop table protocol_request;
drop function protocol_request_status_transition();
drop table publicity_record;
drop table customs_consultation;
drop function customs_consultation_status_transition();
drop table health_incident;
drop function health_incident_status_transition();
drop table funding_request;
drop function funding_request_status_transition();
drop index deal_event_idx;
alter table deal drop column event_id;
drop table onsite_participant;
drop table onsite_event;
`;
