import { Migration } from '@mikro-orm/migrations';

/**
 * Who meets, where and when (#19): exhibitor representatives, meeting points, slot plans per
 * expo day, blocked times, the people taking part in a meeting and private calendar tokens.
 *
 * Double booking is refused per person and per meeting point, no longer per organisation: a
 * purchaser with 50 attendees holds meetings in parallel. A participant row copies its
 * meeting's slot (`during`) and whether the meeting is live (`active`); triggers keep both in
 * step with the meeting whatever code writes it, so the exclusion constraints on the
 * participant rows hold. "Live" is written once, in `meeting_is_active(status)`.
 */
export class Migration20261206200002MeetingPoints extends Migration {
  override async up(): Promise<void> {
    this.addSql(SQL);
  }

  override async down(): Promise<void> {
    this.addSql(`
      drop table if exists calendar_token, unavailability, meeting_participant cascade;
      alter table meeting drop constraint if exists meeting_point_no_overlap;
      drop trigger if exists meeting_participants_follow on meeting;
      drop trigger if exists meeting_point_fits on meeting;
      alter table meeting drop constraint if exists meeting_id_purchaser_id_exhibitor_id_key;
      alter table meeting drop column if exists meeting_point_id;
      drop index if exists meeting_purchaser_idx, meeting_exhibitor_idx;
      drop table if exists meeting_day, meeting_point, exhibitor_representative cascade;
      alter table attendee drop constraint if exists attendee_id_purchaser_id_key;
      drop function if exists meeting_participant_copy(), meeting_participants_follow(),
        meeting_point_capacity_holds(), meeting_point_check(uuid), meeting_point_fits(),
        meeting_participant_fits(), meeting_is_active(text);
      alter table meeting add constraint meeting_purchaser_no_overlap exclude using gist
        (purchaser_id with =, tstzrange(starts_at, ends_at) with &&) where (status <> 'CANCELLED');
      alter table meeting add constraint meeting_exhibitor_no_overlap exclude using gist
        (exhibitor_id with =, tstzrange(starts_at, ends_at) with &&) where (status <> 'CANCELLED');
    `);
  }
}

const SQL = /* sql */ `
-- The one definition of a live meeting: it holds its people and its point.
create function meeting_is_active(status text) returns boolean
language sql immutable parallel safe as $$
  select status in ('PROPOSED', 'SCHEDULED', 'HELD')
$$;

-- exhibitor (id, expo_id) is unique since 20261206200001_exhibitor_role (its grants use it too)
alter table attendee add constraint attendee_id_purchaser_id_key unique (id, purchaser_id);

create table exhibitor_representative (
  id uuid primary key default gen_random_uuid(),
  exhibitor_id uuid not null,
  expo_id uuid not null,
  name text not null check (length(name) between 1 and 100),
  title text check (length(title) between 1 and 200),
  email text check (email ~ '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$'),
  phone text check (phone ~ '^\\+?[0-9][0-9 ()-]{4,30}$'),
  user_id uuid references app_user (id),
  version int not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  foreign key (exhibitor_id, expo_id) references exhibitor (id, expo_id),
  unique (id, exhibitor_id)
);
create index exhibitor_representative_exhibitor_idx on exhibitor_representative (exhibitor_id);
create unique index exhibitor_representative_user_idx on exhibitor_representative (user_id)
  where user_id is not null;

create table meeting_point (
  id uuid primary key default gen_random_uuid(),
  expo_id uuid not null references expo (id),
  -- a delegation's own point for its events; null for the edition's points
  delegation_id uuid,
  key text not null check (key ~ '^[A-Z0-9_-]{1,40}$'),
  name text not null check (length(name) between 1 and 200),
  kind text not null check (kind in ('TABLE', 'ROOM', 'ONLINE_ROOM')),
  capacity int not null check (capacity > 0),
  location text check (length(location) between 1 and 200),
  link text check (link ~ '^https?://\\S+$' and length(link) <= 2000),
  active boolean not null default true,
  version int not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  foreign key (delegation_id, expo_id) references delegation (id, expo_id),
  unique (expo_id, key),
  check ((kind = 'ONLINE_ROOM') = (link is not null)),
  check ((kind = 'ONLINE_ROOM') = (location is null))
);
create index meeting_point_delegation_idx on meeting_point (delegation_id);

create table meeting_day (
  id uuid primary key default gen_random_uuid(),
  expo_id uuid not null references expo (id),
  delegation_id uuid,
  day date not null,
  -- wall-clock times in Asia/Shanghai
  starts time not null,
  ends time not null,
  slot_minutes int not null check (slot_minutes between 5 and 480),
  -- [{"from": "12:00", "to": "13:30"}, ...], inside [starts, ends), in order, not overlapping
  breaks jsonb not null default '[]' check (jsonb_typeof(breaks) = 'array'),
  version int not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  foreign key (delegation_id, expo_id) references delegation (id, expo_id),
  check (ends > starts)
);
create unique index meeting_day_once on meeting_day
  (expo_id, coalesce(delegation_id, '00000000-0000-0000-0000-000000000000'), day);
create index meeting_day_delegation_idx on meeting_day (delegation_id);

create table unavailability (
  id uuid primary key default gen_random_uuid(),
  attendee_id uuid references attendee (id) on delete cascade,
  representative_id uuid references exhibitor_representative (id) on delete cascade,
  during tstzrange not null check (not isempty(during) and not lower_inf(during)
    and not upper_inf(during)),
  note text check (length(note) <= 500),
  created_at timestamptz not null default now(),
  check ((attendee_id is null) <> (representative_id is null))
);
create index unavailability_attendee_idx on unavailability (attendee_id);
create index unavailability_representative_idx on unavailability (representative_id);

-- Meetings: per person and per point, not per organisation.
alter table meeting drop constraint meeting_purchaser_no_overlap;
alter table meeting drop constraint meeting_exhibitor_no_overlap;
create index meeting_purchaser_idx on meeting (purchaser_id);
create index meeting_exhibitor_idx on meeting (exhibitor_id);
alter table meeting add column meeting_point_id uuid references meeting_point (id);
alter table meeting add constraint meeting_id_purchaser_id_exhibitor_id_key
  unique (id, purchaser_id, exhibitor_id);
alter table meeting add constraint meeting_point_no_overlap exclude using gist
  (meeting_point_id with =, tstzrange(starts_at, ends_at) with &&)
  where (meeting_point_id is not null and meeting_is_active(status));

create table meeting_participant (
  id uuid primary key default gen_random_uuid(),
  meeting_id uuid not null,
  purchaser_id uuid not null,
  exhibitor_id uuid not null,
  -- the purchaser's attendee or the exhibitor's representative
  attendee_id uuid,
  representative_id uuid,
  -- copies of the meeting's slot and liveness, kept by triggers
  during tstzrange not null default 'empty',
  active boolean not null default false,
  foreign key (meeting_id, purchaser_id, exhibitor_id)
    references meeting (id, purchaser_id, exhibitor_id) on delete cascade,
  foreign key (attendee_id, purchaser_id) references attendee (id, purchaser_id),
  foreign key (representative_id, exhibitor_id)
    references exhibitor_representative (id, exhibitor_id),
  check ((attendee_id is null) <> (representative_id is null)),
  unique (meeting_id, attendee_id),
  unique (meeting_id, representative_id),
  constraint meeting_participant_attendee_no_overlap exclude using gist
    (attendee_id with =, during with &&) where (active and attendee_id is not null),
  constraint meeting_participant_representative_no_overlap exclude using gist
    (representative_id with =, during with &&) where (active and representative_id is not null)
);
create index meeting_participant_attendee_idx on meeting_participant (attendee_id);
create index meeting_participant_representative_idx on meeting_participant (representative_id);

-- A participant row takes its slot and liveness from its meeting, never from the writer.
create function meeting_participant_copy() returns trigger
language plpgsql as $$
begin
  select tstzrange(m.starts_at, m.ends_at), meeting_is_active(m.status)
    into new.during, new.active
    from meeting m where m.id = new.meeting_id;
  return new;
end $$;
create trigger meeting_participant_copy before insert or update on meeting_participant
  for each row execute function meeting_participant_copy();

create function meeting_participants_follow() returns trigger
language plpgsql as $$
begin
  update meeting_participant set during = tstzrange(new.starts_at, new.ends_at),
    active = meeting_is_active(new.status)
    where meeting_id = new.id;
  return null;
end $$;
create trigger meeting_participants_follow after update of starts_at, ends_at, status on meeting
  for each row execute function meeting_participants_follow();

-- A meeting's point is of the meeting's expo, and holds everyone taking part.
create function meeting_point_check(meeting uuid) returns void
language plpgsql as $$
declare
  point meeting_point%rowtype;
  people int;
  expo uuid;
begin
  select p.* into point from meeting m join meeting_point p on p.id = m.meeting_point_id
    where m.id = meeting;
  if not found then return; end if;
  select e.expo_id into expo from meeting m join exhibitor e on e.id = m.exhibitor_id
    where m.id = meeting;
  if expo is distinct from point.expo_id then
    raise exception 'meeting point % is not of the meeting''s expo', point.id
      using errcode = '23514', constraint = 'meeting_point_expo';
  end if;
  select count(*) into people from meeting_participant where meeting_id = meeting;
  if people > point.capacity then
    raise exception 'meeting point % holds % persons, the meeting has %', point.id,
      point.capacity, people using errcode = '23514', constraint = 'meeting_point_capacity';
  end if;
end $$;

create function meeting_point_fits() returns trigger
language plpgsql as $$
begin
  perform meeting_point_check(new.id);
  return null;
end $$;
create constraint trigger meeting_point_fits after insert or update of meeting_point_id
  on meeting deferrable initially deferred
  for each row execute function meeting_point_fits();

create function meeting_participant_fits() returns trigger
language plpgsql as $$
begin
  perform meeting_point_check(new.meeting_id);
  return null;
end $$;
create constraint trigger meeting_participant_fits after insert or update on meeting_participant
  deferrable initially deferred
  for each row execute function meeting_participant_fits();

-- a point made smaller still holds the people of its live meetings
create function meeting_point_capacity_holds() returns trigger
language plpgsql as $$
declare
  meeting uuid;
begin
  for meeting in select m.id from meeting m
    where m.meeting_point_id = new.id and meeting_is_active(m.status)
  loop
    perform meeting_point_check(meeting);
  end loop;
  return null;
end $$;
create constraint trigger meeting_point_capacity_holds after update of capacity on meeting_point
  deferrable initially deferred
  for each row when (new.capacity < old.capacity)
  execute function meeting_point_capacity_holds();

create table calendar_token (
  id uuid primary key default gen_random_uuid(),
  attendee_id uuid references attendee (id) on delete cascade,
  representative_id uuid references exhibitor_representative (id) on delete cascade,
  -- sha256 of the token, hex; the token itself is shown once
  token_hash text not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
  created_at timestamptz not null default now(),
  revoked_at timestamptz,
  check ((attendee_id is null) <> (representative_id is null))
);
create index calendar_token_attendee_idx on calendar_token (attendee_id);
create index calendar_token_representative_idx on calendar_token (representative_id);
`;
