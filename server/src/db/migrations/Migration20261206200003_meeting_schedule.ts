import { Migration } from '@mikro-orm/migrations';

/**
 * The meeting scheduler's runs (#19): a run is a DRAFT schedule with its items (a match at a
 * point in a slot, with the people who meet) and its figures, reviewed before it is PUBLISHED
 * (the meetings are created) or DISCARDED. Must-meet flags on a match, one per side.
 */
export class Migration20261206200003MeetingSchedule extends Migration {
  override async up(): Promise<void> {
    this.addSql(SQL);
  }

  override async down(): Promise<void> {
    this.addSql(`
      drop table if exists meeting_schedule_item, meeting_schedule;
      alter table exhibitor_match drop column if exists purchaser_must_meet,
        drop column if exists exhibitor_must_meet;
    `);
  }
}

const SQL = /* sql */ `
alter table exhibitor_match
  add column purchaser_must_meet boolean not null default false,
  add column exhibitor_must_meet boolean not null default false;

create table meeting_schedule (
  id uuid primary key default gen_random_uuid(),
  expo_id uuid not null references expo (id),
  -- a delegation's own run (its matches, its points and the edition's); null: the edition's
  delegation_id uuid,
  status text not null default 'DRAFT' check (status in ('DRAFT', 'PUBLISHED', 'DISCARDED')),
  from_day date,
  to_day date,
  matches int not null check (matches >= 0),
  placeable int not null check (placeable >= 0),
  placed int not null check (placed >= 0),
  must_meet int not null check (must_meet >= 0),
  must_meet_placed int not null check (must_meet_placed >= 0),
  -- [{"matchId": "...", "reason": "POINTS_FULL"}, ...]
  unplaced jsonb not null default '[]' check (jsonb_typeof(unplaced) = 'array'),
  created_by text not null,
  created_at timestamptz not null default now(),
  published_at timestamptz,
  version int not null default 1,
  foreign key (delegation_id, expo_id) references delegation (id, expo_id)
);
create index meeting_schedule_expo_idx on meeting_schedule (expo_id);

create table meeting_schedule_item (
  id uuid primary key default gen_random_uuid(),
  schedule_id uuid not null references meeting_schedule (id) on delete cascade,
  match_id uuid not null references exhibitor_match (id),
  meeting_point_id uuid not null references meeting_point (id),
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  attendee_ids jsonb not null default '[]' check (jsonb_typeof(attendee_ids) = 'array'),
  representative_ids jsonb not null default '[]'
    check (jsonb_typeof(representative_ids) = 'array'),
  -- the meeting created when the schedule was published
  meeting_id uuid references meeting (id),
  check (ends_at > starts_at),
  unique (schedule_id, match_id)
);
`;
