import { Migration } from '@mikro-orm/migrations';
import { tenantStatistics } from './Migration20261206130001_tenant_statistics.js';

/**
 * Reports up to the preparatory committee (上报) and circulars to member units (通报).
 *
 * A progress report is numbered 1, 2, 3… per delegation (unique; the service takes the numbers
 * one freeze at a time) and immutable: its figures (JSONB) and header are what the live queries
 * read at the moment it was frozen, and a trigger refuses any UPDATE or DELETE of it (DELETE
 * only goes through when its delegation itself is being deleted).
 *
 * A circular is addressed to member units of its delegation (`circular_recipient`, one row per
 * unit); a unit's readers acknowledge it (`circular_acknowledgement`, once per user and unit).
 */
export class Migration20261207010002ReportsCirculars extends Migration {
  override async up(): Promise<void> {
    this.addSql(UP);
    // the circular determines a recipient's delegation (its tenant key): the planner is told
    this.addSql(
      `create statistics if not exists ${tenantStatistics('circular_recipient', 'circular_id')} (dependencies) on circular_id, delegation_id from circular_recipient;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(DOWN);
  }
}

const UP = /* sql */ `
create table progress_report (
  id uuid primary key default gen_random_uuid(),
  delegation_id uuid not null references delegation (id) on delete cascade,
  number int not null check (number > 0),
  title text not null check (length(title) between 1 and 200),
  note text check (length(note) between 1 and 4000),
  figures jsonb not null,
  frozen_by text not null,
  frozen_at timestamptz not null default now(),
  unique (delegation_id, number)
);

create function progress_report_frozen() returns trigger language plpgsql as $$
begin
  -- a report goes only with its delegation (ON DELETE CASCADE): the delegation is gone by then
  if tg_op = 'DELETE' and not exists (select 1 from delegation d where d.id = old.delegation_id) then
    return old;
  end if;
  raise exception 'progress report % of delegation % is frozen: its figures cannot be changed or removed',
    old.number, old.delegation_id
    using errcode = 'object_not_in_prerequisite_state';
end $$;

create trigger progress_report_frozen before update or delete on progress_report
  for each row execute function progress_report_frozen();

create table circular (
  id uuid primary key default gen_random_uuid(),
  delegation_id uuid not null references delegation (id) on delete cascade,
  title text not null check (length(title) between 1 and 200),
  body text not null check (length(body) between 1 and 20000),
  sent_by text not null,
  sent_at timestamptz not null default now(),
  unique (id, delegation_id)
);
create index circular_delegation_idx on circular (delegation_id, sent_at);

create table circular_recipient (
  id uuid primary key default gen_random_uuid(),
  delegation_id uuid not null references delegation (id) on delete cascade,
  circular_id uuid not null,
  organisation_id uuid not null references organisation (id),
  foreign key (circular_id, delegation_id) references circular (id, delegation_id) on delete cascade,
  unique (circular_id, organisation_id)
);
create index circular_recipient_unit_idx on circular_recipient (delegation_id, organisation_id);

create table circular_acknowledgement (
  id uuid primary key default gen_random_uuid(),
  circular_id uuid not null,
  organisation_id uuid not null,
  user_id uuid not null references app_user (id),
  acknowledged_by text not null,
  acknowledged_at timestamptz not null default now(),
  foreign key (circular_id, organisation_id)
    references circular_recipient (circular_id, organisation_id) on delete cascade,
  constraint circular_acknowledgement_once unique (circular_id, organisation_id, user_id)
);
`;

const DOWN = /* sql */ `
drop table circular_acknowledgement;
drop table circular_recipient;
drop table circular;
drop trigger progress_report_frozen on progress_report;
drop function progress_report_frozen();
drop table progress_report;
`;
