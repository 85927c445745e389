import { Migration } from '@mikro-orm/migrations';

/**
 * The whole domain. Constraints live here, in the database, so that they hold whatever code
 * writes the rows: enumerations as CHECKs, amounts >= 0, credit-code check digits, and composite
 * foreign keys that keep every tenant row inside the delegation it names.
 */
export class Migration20261128000001Domain extends Migration {
  override async up(): Promise<void> {
    this.addSql(SQL);
  }

  override async down(): Promise<void> {
    this.addSql(`
      drop table if exists audit_event, deal_follow_up, deal, exchange_rate, meeting,
        exhibitor_match, procurement_need, exhibitor, background_check, credit_check, attendee,
        purchaser, purchaser_report_batch, responsibility, sub_delegation_lead, sub_delegation,
        leading_group_member, member_unit, delegation_contact, delegation, person, organisation,
        exhibition_area, expo cascade;
      drop function if exists is_valid_uscc(text);
    `);
  }
}

const SQL = /* sql */ `
create extension if not exists pg_trgm;
create extension if not exists btree_gist;

-- GB 32100-2015 unified social credit code: 18 characters from a 31-character alphabet,
-- an administrative division code in positions 3-8, and a weighted mod-31 check character.
create function is_valid_uscc(code text) returns boolean
language plpgsql immutable strict parallel safe as $$
declare
  alphabet constant text := '0123456789ABCDEFGHJKLMNPQRTUWXY';
  weights constant int[] := array[1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28];
  total int := 0;
begin
  if code !~ '^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$' then
    return false;
  end if;
  for i in 1..17 loop
    total := total + (strpos(alphabet, substr(code, i, 1)) - 1) * weights[i];
  end loop;
  return substr(alphabet, (31 - total % 31) % 31 + 1, 1) = substr(code, 18, 1);
end $$;

create table expo (
  id uuid primary key default gen_random_uuid(),
  key text not null unique check (key ~ '^[A-Z0-9_-]{1,40}$'),
  edition int unique check (edition > 0),
  name_zh text not null check (length(name_zh) between 1 and 200),
  name_en text not null check (length(name_en) between 1 and 200),
  starts_on date not null,
  ends_on date not null,
  venue_zh text,
  venue_en text,
  website text,
  reporting_currency char(3) not null default 'USD' check (reporting_currency ~ '^[A-Z]{3}$'),
  business_exhibition_area_m2 int check (business_exhibition_area_m2 >= 0),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (ends_on >= starts_on)
);

create table exhibition_area (
  id uuid primary key default gen_random_uuid(),
  expo_id uuid not null references expo (id) on delete cascade,
  parent_id uuid,
  key text not null check (key ~ '^[A-Z0-9_]{1,40}$'),
  kind text not null check (kind in ('AREA', 'ZONE')),
  name_zh text not null check (length(name_zh) between 1 and 200),
  name_en text not null check (length(name_en) between 1 and 200),
  position int not null default 0,
  unique (expo_id, key),
  unique (id, expo_id),
  -- a zone nests under an area of the same expo; an area nests under nothing
  foreign key (parent_id, expo_id) references exhibition_area (id, expo_id),
  check ((kind = 'ZONE') = (parent_id is not null))
);
create index exhibition_area_parent_idx on exhibition_area (parent_id);

create table organisation (
  id uuid primary key default gen_random_uuid(),
  key text unique check (key ~ '^[A-Z0-9_]{1,40}$'),
  kind text not null check (kind in ('GOVERNMENT', 'ASSOCIATION', 'ENTERPRISE', 'INSTITUTION')),
  name_zh text not null check (length(name_zh) between 1 and 200),
  name_en text check (length(name_en) between 1 and 300),
  credit_code char(18) unique check (is_valid_uscc(credit_code)),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index organisation_name_zh_trgm on organisation using gin (name_zh gin_trgm_ops);

create table delegation (
  id uuid primary key default gen_random_uuid(),
  expo_id uuid not null references expo (id),
  key text not null check (key ~ '^[A-Z0-9_]{1,40}$'),
  name_zh text not null check (length(name_zh) between 1 and 200),
  name_en text not null check (length(name_en) between 1 and 300),
  province_zh text not null,
  province_en text not null,
  registration_principle_zh text,
  registration_principle_en text,
  office_organisation_id uuid references organisation (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (expo_id, key),
  unique (id, expo_id)
);

create table person (
  id uuid primary key default gen_random_uuid(),
  delegation_id uuid references delegation (id),
  organisation_id uuid references organisation (id),
  name text not null check (length(name) between 1 and 100),
  phone text check (phone ~ '^\\+?[0-9][0-9 ()-]{4,30}$'),
  mobile text check (mobile ~ '^\\+?[0-9][0-9 ()-]{4,30}$'),
  email text check (email ~ '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$' and length(email) <= 254),
  id_number text check (length(id_number) between 4 and 40),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (id, delegation_id)
);
create index person_delegation_idx on person (delegation_id);

create table delegation_contact (
  id uuid primary key default gen_random_uuid(),
  delegation_id uuid not null references delegation (id) on delete cascade,
  person_id uuid not null,
  role text not null check (role in ('OFFICE_CONTACT', 'REGISTRATION_CONTACT')),
  label_zh text,
  fax text,
  position int not null default 0,
  foreign key (person_id, delegation_id) references person (id, delegation_id),
  unique (delegation_id, role, person_id)
);

-- an organisation in the leading group; it designates a liaison officer
create table member_unit (
  id uuid primary key default gen_random_uuid(),
  delegation_id uuid not null references delegation (id) on delete cascade,
  organisation_id uuid not null references organisation (id),
  liaison_person_id uuid,
  hosts_office boolean not null default false,
  position int not null default 0,
  unique (delegation_id, organisation_id),
  unique (id, delegation_id),
  foreign key (liaison_person_id, delegation_id) references person (id, delegation_id)
);
-- one office per delegation
create unique index member_unit_one_office on member_unit (delegation_id) where hosts_office;

create table leading_group_member (
  id uuid primary key default gen_random_uuid(),
  delegation_id uuid not null references delegation (id) on delete cascade,
  member_unit_id uuid not null,
  person_id uuid not null,
  role text not null check (role in ('LEADER', 'DEPUTY_LEADER', 'SECRETARY_GENERAL', 'MEMBER')),
  title_zh text not null,
  title_en text,
  position int not null default 0,
  foreign key (member_unit_id, delegation_id) references member_unit (id, delegation_id),
  foreign key (person_id, delegation_id) references person (id, delegation_id),
  unique (delegation_id, person_id)
);
create unique index leading_group_one_leader on leading_group_member (delegation_id)
  where role = 'LEADER';
create index leading_group_member_unit_idx on leading_group_member (member_unit_id);

create table responsibility (
  id uuid primary key default gen_random_uuid(),
  delegation_id uuid not null references delegation (id) on delete cascade,
  member_unit_id uuid not null,
  duty_en text not null check (length(duty_en) between 1 and 1000),
  duty_zh text,
  position int not null default 0,
  foreign key (member_unit_id, delegation_id) references member_unit (id, delegation_id),
  unique (member_unit_id, position)
);

create table sub_delegation (
  id uuid primary key default gen_random_uuid(),
  delegation_id uuid not null references delegation (id) on delete cascade,
  key text not null check (key ~ '^[A-Z0-9_]{1,40}$'),
  name_zh text not null,
  name_en text not null,
  focus text,
  -- a target shared by co-leads (Industry: Industry & IT with SASAC)
  shared_target_min int check (shared_target_min >= 0),
  shared_target_of text,
  -- receives purchasers of member units that lead no sub-delegation (Commerce & Trade)
  receives_unassigned boolean not null default false,
  position int not null default 0,
  unique (delegation_id, key),
  unique (id, delegation_id)
);
create unique index sub_delegation_one_default on sub_delegation (delegation_id)
  where receives_unassigned;

create table sub_delegation_lead (
  id uuid primary key default gen_random_uuid(),
  delegation_id uuid not null references delegation (id) on delete cascade,
  sub_delegation_id uuid not null,
  organisation_id uuid not null references organisation (id),
  target_min int check (target_min >= 0),
  target_of text,
  position int not null default 0,
  foreign key (sub_delegation_id, delegation_id) references sub_delegation (id, delegation_id)
    on delete cascade,
  unique (sub_delegation_id, organisation_id),
  unique (id, delegation_id)
);
create index sub_delegation_lead_org_idx on sub_delegation_lead (organisation_id);

create table purchaser_report_batch (
  id uuid primary key default gen_random_uuid(),
  delegation_id uuid not null references delegation (id),
  reported_at timestamptz not null default now(),
  reported_by text not null,
  purchaser_count int not null check (purchaser_count > 0),
  unique (id, delegation_id)
);

create table purchaser (
  id uuid primary key default gen_random_uuid(),
  delegation_id uuid not null references delegation (id),
  organisation_id uuid not null references organisation (id),
  sub_delegation_id uuid not null,
  -- the lead unit that reviews this purchaser and whose target it counts towards
  lead_id uuid,
  invited_by_organisation_id uuid not null references organisation (id),
  category text check (category in ('WHOLESALE_RETAIL', 'IMPORT_TRADE', 'TRADING_CENTRE',
    'DISTRIBUTOR_AGENT', 'ECOMMERCE', 'AUTO_SALES', 'MANUFACTURING', 'SERVICE', 'END_USER',
    'MEDICAL_INSTITUTION', 'EDUCATION_INSTITUTION', 'RESEARCH_INSTITUTION',
    'CULTURE_INSTITUTION', 'TOURISM_INSTITUTION', 'AGRICULTURE_INSTITUTION',
    'ENVIRONMENT_INSTITUTION')),
  status text not null default 'INVITED' check (status in ('INVITED', 'REGISTERED', 'APPROVED',
    'REPORTED', 'REJECTED', 'WITHDRAWN')),
  contact_person_id uuid,
  rejection_reason text check (length(rejection_reason) between 1 and 2000),
  invited_at timestamptz not null default now(),
  registered_at timestamptz,
  approved_at timestamptz,
  reported_at timestamptz,
  report_batch_id uuid,
  version int not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (delegation_id, organisation_id),
  unique (id, delegation_id),
  foreign key (sub_delegation_id, delegation_id) references sub_delegation (id, delegation_id),
  foreign key (lead_id, delegation_id) references sub_delegation_lead (id, delegation_id),
  foreign key (contact_person_id, delegation_id) references person (id, delegation_id),
  foreign key (report_batch_id, delegation_id)
    references purchaser_report_batch (id, delegation_id),
  check (status <> 'REJECTED' or rejection_reason is not null),
  check (status in ('INVITED', 'WITHDRAWN') or category is not null),
  check (status <> 'REPORTED' or (report_batch_id is not null and reported_at is not null))
);
create index purchaser_sub_delegation_idx on purchaser (sub_delegation_id, status);
create index purchaser_delegation_status_idx on purchaser (delegation_id, status);
create index purchaser_lead_idx on purchaser (lead_id);
create index purchaser_invited_by_idx on purchaser (delegation_id, invited_by_organisation_id);

create table attendee (
  id uuid primary key default gen_random_uuid(),
  delegation_id uuid not null references delegation (id),
  purchaser_id uuid not null,
  person_id uuid not null,
  job_title text,
  created_at timestamptz not null default now(),
  foreign key (purchaser_id, delegation_id) references purchaser (id, delegation_id)
    on delete cascade,
  foreign key (person_id, delegation_id) references person (id, delegation_id),
  unique (purchaser_id, person_id),
  unique (id, delegation_id)
);

create table credit_check (
  id uuid primary key default gen_random_uuid(),
  delegation_id uuid not null references delegation (id),
  purchaser_id uuid not null,
  result text not null check (result in ('PASSED', 'FAILED')),
  note text check (length(note) <= 2000),
  checked_by text not null,
  checked_at timestamptz not null default now(),
  foreign key (purchaser_id, delegation_id) references purchaser (id, delegation_id)
    on delete cascade
);
create index credit_check_purchaser_idx on credit_check (purchaser_id, checked_at desc);

create table background_check (
  id uuid primary key default gen_random_uuid(),
  delegation_id uuid not null references delegation (id),
  attendee_id uuid not null,
  result text not null check (result in ('PASSED', 'FAILED')),
  note text check (length(note) <= 2000),
  checked_by text not null,
  checked_at timestamptz not null default now(),
  foreign key (attendee_id, delegation_id) references attendee (id, delegation_id)
    on delete cascade
);
create index background_check_attendee_idx on background_check (attendee_id, checked_at desc);

create table exhibitor (
  id uuid primary key default gen_random_uuid(),
  expo_id uuid not null references expo (id),
  exhibition_area_id uuid not null,
  name_en text not null check (length(name_en) between 1 and 300),
  name_zh text check (length(name_zh) between 1 and 200),
  country char(2) not null check (country ~ '^[A-Z]{2}$'),
  booth text check (length(booth) <= 40),
  products text not null default '' check (length(products) <= 4000),
  contact_name text,
  contact_email text check (contact_email ~ '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$'),
  contact_phone text check (contact_phone ~ '^\\+?[0-9][0-9 ()-]{4,30}$'),
  version int not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  foreign key (exhibition_area_id, expo_id) references exhibition_area (id, expo_id),
  unique (expo_id, name_en)
);
create index exhibitor_area_idx on exhibitor (exhibition_area_id);
create index exhibitor_country_idx on exhibitor (expo_id, country);
create index exhibitor_search_trgm on exhibitor
  using gin ((name_en || ' ' || coalesce(name_zh, '') || ' ' || products) gin_trgm_ops);

create table procurement_need (
  id uuid primary key default gen_random_uuid(),
  delegation_id uuid not null references delegation (id),
  purchaser_id uuid not null,
  exhibition_area_id uuid,
  title text not null check (length(title) between 1 and 200),
  description text not null default '' check (length(description) <= 4000),
  quantity numeric(20, 4) check (quantity > 0),
  unit text check (length(unit) between 1 and 40),
  budget_amount numeric(20, 2) check (budget_amount >= 0),
  budget_currency char(3) check (budget_currency ~ '^[A-Z]{3}$'),
  preferred_countries char(2)[] not null default '{}',
  deadline date,
  status text not null default 'DRAFT' check (status in ('DRAFT', 'PUBLISHED', 'CLOSED')),
  close_reason text check (close_reason in ('FULFILLED', 'CANCELLED')),
  published_at timestamptz,
  closed_at timestamptz,
  version int not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  foreign key (purchaser_id, delegation_id) references purchaser (id, delegation_id),
  foreign key (exhibition_area_id) references exhibition_area (id),
  unique (id, delegation_id),
  check ((status = 'CLOSED') = (close_reason is not null)),
  check ((budget_amount is null) = (budget_currency is null))
);
create index procurement_need_purchaser_idx on procurement_need (purchaser_id);
create index procurement_need_delegation_idx on procurement_need (delegation_id, status);

create table exhibitor_match (
  id uuid primary key default gen_random_uuid(),
  delegation_id uuid not null references delegation (id),
  purchaser_id uuid not null,
  need_id uuid,
  exhibitor_id uuid not null references exhibitor (id),
  status text not null check (status in ('SUGGESTED', 'PROPOSED', 'ACCEPTED',
    'MEETING_SCHEDULED', 'MET', 'DEAL', 'DECLINED')),
  score numeric(8, 4),
  reasons text[] not null default '{}',
  decline_reason text,
  version int not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  foreign key (purchaser_id, delegation_id) references purchaser (id, delegation_id),
  foreign key (need_id, delegation_id) references procurement_need (id, delegation_id),
  unique (id, delegation_id)
);
create unique index exhibitor_match_once on exhibitor_match
  (purchaser_id, exhibitor_id, coalesce(need_id, '00000000-0000-0000-0000-000000000000'));
create index exhibitor_match_exhibitor_idx on exhibitor_match (exhibitor_id);
create index exhibitor_match_delegation_idx on exhibitor_match (delegation_id, status);

create table meeting (
  id uuid primary key default gen_random_uuid(),
  delegation_id uuid not null references delegation (id),
  match_id uuid not null,
  purchaser_id uuid not null,
  exhibitor_id uuid not null references exhibitor (id),
  phase text not null check (phase in ('PRE_SHOW', 'ON_SITE')),
  mode text not null check (mode in ('ONLINE', 'OFFLINE')),
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  place text,
  link text,
  status text not null default 'SCHEDULED' check (status in ('SCHEDULED', 'HELD', 'CANCELLED')),
  version int not null default 1,
  created_at timestamptz not null default now(),
  foreign key (match_id, delegation_id) references exhibitor_match (id, delegation_id),
  foreign key (purchaser_id, delegation_id) references purchaser (id, delegation_id),
  check (ends_at > starts_at),
  check (mode <> 'ONLINE' or link is not null),
  check (mode <> 'OFFLINE' or place is not null),
  -- nobody is double-booked: overlapping live slots of one purchaser or one exhibitor
  constraint meeting_purchaser_no_overlap exclude using gist
    (purchaser_id with =, tstzrange(starts_at, ends_at) with &&) where (status <> 'CANCELLED'),
  constraint meeting_exhibitor_no_overlap exclude using gist
    (exhibitor_id with =, tstzrange(starts_at, ends_at) with &&) where (status <> 'CANCELLED')
);
create index meeting_match_idx on meeting (match_id);

create table exchange_rate (
  id uuid primary key default gen_random_uuid(),
  expo_id uuid not null references expo (id),
  currency char(3) not null check (currency ~ '^[A-Z]{3}$'),
  -- USD for one unit of the currency
  usd_rate numeric(20, 10) not null check (usd_rate > 0),
  unique (expo_id, currency)
);

create table deal (
  id uuid primary key default gen_random_uuid(),
  delegation_id uuid not null,
  expo_id uuid not null,
  purchaser_id uuid not null,
  exhibitor_id uuid references exhibitor (id),
  match_id uuid,
  exhibition_area_id uuid references exhibition_area (id),
  goods text not null check (length(goods) between 1 and 1000),
  amount numeric(20, 2) not null check (amount >= 0),
  currency char(3) not null check (currency ~ '^[A-Z]{3}$'),
  usd_rate numeric(20, 10) not null check (usd_rate > 0),
  amount_usd numeric(20, 2) not null check (amount_usd >= 0),
  status text not null default 'INTENDED' check (status in ('INTENDED', 'SIGNED', 'EXECUTING',
    'FULFILLED', 'CANCELLED')),
  signed_on date,
  version int not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  foreign key (delegation_id, expo_id) references delegation (id, expo_id),
  foreign key (purchaser_id, delegation_id) references purchaser (id, delegation_id),
  foreign key (match_id, delegation_id) references exhibitor_match (id, delegation_id),
  unique (id, delegation_id),
  check (status in ('INTENDED', 'CANCELLED') or signed_on is not null)
);
create index deal_delegation_status_idx on deal (delegation_id, status);
create index deal_purchaser_idx on deal (purchaser_id);
create index deal_exhibitor_idx on deal (exhibitor_id);
create index deal_expo_idx on deal (expo_id);

create table deal_follow_up (
  id uuid primary key default gen_random_uuid(),
  delegation_id uuid not null,
  deal_id uuid not null,
  followed_on date not null,
  note text not null check (length(note) between 1 and 4000),
  from_status text not null,
  to_status text not null check (to_status in ('INTENDED', 'SIGNED', 'EXECUTING', 'FULFILLED',
    'CANCELLED')),
  recorded_by text not null,
  created_at timestamptz not null default now(),
  foreign key (deal_id, delegation_id) references deal (id, delegation_id) on delete cascade
);
create index deal_follow_up_deal_idx on deal_follow_up (deal_id, followed_on);

create table audit_event (
  id uuid primary key default gen_random_uuid(),
  delegation_id uuid references delegation (id),
  actor text not null,
  action text not null,
  entity_type text not null,
  entity_id uuid not null,
  before jsonb,
  after jsonb,
  at timestamptz not null default now()
);
create index audit_event_entity_idx on audit_event (entity_id, at);
create index audit_event_delegation_idx on audit_event (delegation_id, at);
`;
