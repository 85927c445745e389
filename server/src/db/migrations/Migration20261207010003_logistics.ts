import { Migration } from '@mikro-orm/migrations';
import { compile } from '../sql.js';
import { tenantStatistics } from './Migration20261206130001_tenant_statistics.js';
import {
  backgroundCheckPassed,
  CERTIFICATE_ISSUED,
  CERTIFICATE_NEXT,
  CERTIFICATE_START,
  TRIP_NEXT,
  TRIP_START,
  transitionTriggerSql,
} from '../../modules/logistics/logistics.rules.js';

/**
 * The delegation on the move (#21, slice 1): service units (a member unit's service duty, which
 * its MEMBER_UNIT grant acts on), trips per attendee, admission certificates with on-site
 * check-in, hotel room blocks, rooms, room assignments per night, and meals. Every row stays in
 * its delegation by composite foreign keys. The database holds the rules a direct statement
 * could break: the trip and certificate workflows (triggers built from logistics.rules.ts), a
 * certificate issued only over a passed background check, one room per attendee a night (a
 * unique key), no room over its capacity and no night outside its block (a trigger that locks
 * the room), no block over its rooms (a trigger that locks the block).
 */
export const LOGISTICS_TENANT_KEYS: readonly (readonly [table: string, column: string])[] = [
  ['trip', 'attendee_id'],
  ['admission_certificate', 'attendee_id'],
  ['room', 'block_id'],
  ['room_assignment', 'room_id'],
  ['room_assignment', 'attendee_id'],
];

/** The certificate's background-check rule, with the expression the readiness board reads. */
function certificateCheckSql(): string {
  const passed = compile(backgroundCheckPassed('new')).text;
  const issued = CERTIFICATE_ISSUED.map((s) => `'${s}'`).join(', ');
  return /* sql */ `
create function admission_certificate_background_check() returns trigger language plpgsql as $$
begin
  if new.status in (${issued}) and (tg_op = 'INSERT' or old.status not in (${issued})) then
    -- a check being recorded holds a key-share lock on the attendee (its foreign key): waited
    -- for, and seen by the read below; one recorded after waits for this transaction
    perform 1 from attendee where id = new.attendee_id for update;
    if not ${passed.replace(/"new"\."id"/g, 'new.attendee_id')} then
      raise exception 'the attendee has no passed background check'
        using errcode = '23514', constraint = 'admission_certificate_background_check';
    end if;
  end if;
  return new;
end $$;
create trigger admission_certificate_background_check
  before insert or update of status on admission_certificate
  for each row execute function admission_certificate_background_check();
`;
}

export class Migration20261207010003Logistics extends Migration {
  override async up(): Promise<void> {
    this.addSql(UP);
    this.addSql(transitionTriggerSql('trip', TRIP_NEXT, TRIP_START));
    this.addSql(transitionTriggerSql('admission_certificate', CERTIFICATE_NEXT, CERTIFICATE_START));
    this.addSql(certificateCheckSql());
    for (const [table, column] of LOGISTICS_TENANT_KEYS) {
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
create table service_unit (
  id uuid primary key default gen_random_uuid(),
  delegation_id uuid not null references delegation (id) on delete cascade,
  organisation_id uuid not null,
  duty text not null check (duty in ('LOGISTICS', 'TICKETING', 'HEALTH', 'FINANCE', 'CUSTOMS', 'PUBLICITY', 'PROTOCOL')),
  created_at timestamptz not null default now(),
  constraint service_unit_delegation_id_organisation_id_duty_key
    unique (delegation_id, organisation_id, duty),
  foreign key (delegation_id, organisation_id)
    references member_unit (delegation_id, organisation_id) on delete cascade
);
create index service_unit_duty_idx on service_unit (delegation_id, duty);

create table trip (
  id uuid primary key default gen_random_uuid(),
  delegation_id uuid not null references delegation (id) on delete cascade,
  attendee_id uuid not null,
  direction text not null check (direction in ('OUTBOUND', 'RETURN')),
  travel_date date not null,
  mode text not null check (mode in ('TRAIN', 'FLIGHT')),
  service_number text not null check (service_number ~ '^[A-Z0-9]{1,8}$'),
  from_station text check (length(from_station) between 1 and 100),
  to_station text check (length(to_station) between 1 and 100),
  seat text check (length(seat) between 1 and 100),
  status text not null default 'REQUESTED' check (status in ('REQUESTED', 'BOOKED', 'ISSUED', 'CANCELLED')),
  cancel_reason text check (length(cancel_reason) between 1 and 2000),
  requested_by text not null,
  booked_by text,
  booked_at timestamptz,
  issued_by text,
  issued_at timestamptz,
  version int not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  foreign key (attendee_id, delegation_id) references attendee (id, delegation_id) on delete cascade,
  constraint trip_seat_when_booked check (status in ('REQUESTED', 'CANCELLED') or seat is not null),
  constraint trip_cancel_reason check ((status = 'CANCELLED') = (cancel_reason is not null))
);
-- one live trip each way per attendee
create unique index trip_one_live_per_direction on trip (attendee_id, direction)
  where status <> 'CANCELLED';
create index trip_attendee_idx on trip (attendee_id);
create index trip_train_idx on trip (delegation_id, travel_date, service_number);

create table admission_certificate (
  id uuid primary key default gen_random_uuid(),
  delegation_id uuid not null references delegation (id) on delete cascade,
  attendee_id uuid not null,
  status text not null default 'APPLIED' check (status in ('APPLIED', 'ISSUED', 'COLLECTED')),
  number text check (length(number) between 1 and 100),
  applied_by text not null,
  issued_by text,
  issued_at timestamptz,
  collected_at timestamptz,
  checked_in_at timestamptz,
  check_in_place text check (length(check_in_place) between 1 and 200),
  checked_in_by text,
  version int not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint admission_certificate_attendee_id_key unique (attendee_id),
  foreign key (attendee_id, delegation_id) references attendee (id, delegation_id) on delete cascade,
  constraint admission_certificate_issued check ((status = 'APPLIED') = (issued_at is null)),
  constraint admission_certificate_collected check ((status = 'COLLECTED') = (collected_at is not null)),
  constraint admission_certificate_check_in check (
    (checked_in_at is null) = (check_in_place is null)
    and (checked_in_at is null or status <> 'APPLIED'))
);

create table room_block (
  id uuid primary key default gen_random_uuid(),
  delegation_id uuid not null references delegation (id) on delete cascade,
  hotel text not null check (length(hotel) between 1 and 200),
  address text check (length(address) between 1 and 500),
  first_night date not null,
  last_night date not null,
  rooms int not null check (rooms between 1 and 10000),
  price_per_night numeric(12, 2) not null check (price_per_night >= 0),
  version int not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint room_block_id_delegation_id_key unique (id, delegation_id),
  constraint room_block_nights check (last_night >= first_night)
);
create index room_block_delegation_idx on room_block (delegation_id, first_night);

create table room (
  id uuid primary key default gen_random_uuid(),
  delegation_id uuid not null references delegation (id) on delete cascade,
  block_id uuid not null,
  number text not null check (length(number) between 1 and 40),
  capacity int not null check (capacity between 1 and 20),
  created_at timestamptz not null default now(),
  constraint room_block_id_number_key unique (block_id, number),
  constraint room_id_delegation_id_key unique (id, delegation_id),
  foreign key (block_id, delegation_id) references room_block (id, delegation_id) on delete cascade
);

create table room_assignment (
  id uuid primary key default gen_random_uuid(),
  delegation_id uuid not null references delegation (id) on delete cascade,
  room_id uuid not null,
  attendee_id uuid not null,
  night date not null,
  assigned_by text not null,
  created_at timestamptz not null default now(),
  -- no attendee in two rooms on one night
  constraint room_assignment_attendee_id_night_key unique (attendee_id, night),
  foreign key (room_id, delegation_id) references room (id, delegation_id) on delete cascade,
  foreign key (attendee_id, delegation_id) references attendee (id, delegation_id) on delete cascade
);
create index room_assignment_room_night_idx on room_assignment (room_id, night);

-- no room over its capacity on a night, no night outside its block: the room's row is locked,
-- so two assignments at once into its last bed are taken in turn and the second is refused
create function room_assignment_fits() returns trigger language plpgsql as $$
declare
  r record;
  taken int;
begin
  select m.capacity, b.first_night, b.last_night into r
    from room m join room_block b on b.id = m.block_id where m.id = new.room_id for update of m;
  if new.night < r.first_night or new.night > r.last_night then
    raise exception 'the night % is outside the room block', new.night
      using errcode = '23514', constraint = 'room_assignment_night_in_block';
  end if;
  select count(*) into taken from room_assignment
    where room_id = new.room_id and night = new.night and id <> new.id;
  if taken >= r.capacity then
    raise exception 'the room is full on %', new.night
      using errcode = '23P01', constraint = 'room_assignment_capacity';
  end if;
  return new;
end $$;
create trigger room_assignment_fits before insert or update on room_assignment
  for each row execute function room_assignment_fits();

-- no block holds more rooms than it booked (the block's row locked, as above)
create function room_within_block() returns trigger language plpgsql as $$
declare
  booked int;
  made int;
begin
  select rooms into booked from room_block where id = new.block_id for update;
  select count(*) into made from room where block_id = new.block_id and id <> new.id;
  if made >= booked then
    raise exception 'the block has all its % rooms', booked
      using errcode = '23514', constraint = 'room_within_block';
  end if;
  return new;
end $$;
create trigger room_within_block before insert or update of block_id on room
  for each row execute function room_within_block();

create table meal (
  id uuid primary key default gen_random_uuid(),
  delegation_id uuid not null references delegation (id) on delete cascade,
  day date not null,
  meal text not null check (meal in ('BREAKFAST', 'LUNCH', 'DINNER')),
  place text not null check (length(place) between 1 and 200),
  headcount int not null check (headcount between 0 and 100000),
  note text check (length(note) between 1 and 2000),
  version int not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint meal_delegation_id_day_meal_place_key unique (delegation_id, day, meal, place)
);
`;

const DOWN = /* sql */ `
drop table meal;
drop table room_assignment;
drop function room_assignment_fits();
drop table room;
drop function room_within_block();
drop table room_block;
drop table admission_certificate;
drop function admission_certificate_background_check();
drop function admission_certificate_status_transition();
drop table trip;
drop function trip_status_transition();
drop table service_unit;
`;
