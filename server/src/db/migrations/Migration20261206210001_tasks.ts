import { Migration } from '@mikro-orm/migrations';
import { tenantStatistics } from './Migration20261206130001_tenant_statistics.js';

/**
 * Tasks (督办) with deadlines and progress, and the problems (存在问题) units raise to the
 * office. Every row stays in its delegation by composite foreign keys: a task's owner unit is a
 * member unit of its delegation (`(delegation_id, owner_organisation_id)`, as a MEMBER_UNIT
 * grant names it), its responsibility, person in charge, progress and problems are of the same
 * delegation. A BLOCKED task names its problem, and only a BLOCKED one does. The statuses are
 * `task.rules.ts`'s; the tenant keys get their functional-dependency statistics here.
 */
export const TASK_TENANT_KEYS: readonly (readonly [table: string, column: string])[] = [
  ['task', 'responsibility_id'],
  ['task', 'person_in_charge_id'],
  ['task', 'blocked_by_problem_id'],
  ['task_progress', 'task_id'],
  ['task_problem', 'task_id'],
];

export class Migration20261206210001Tasks extends Migration {
  override async up(): Promise<void> {
    this.addSql(UP);
    for (const [table, column] of TASK_TENANT_KEYS) {
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
alter table responsibility add constraint responsibility_id_delegation_id_key unique (id, delegation_id);

create table task (
  id uuid primary key default gen_random_uuid(),
  delegation_id uuid not null references delegation (id) on delete cascade,
  owner_organisation_id uuid not null,
  responsibility_id uuid,
  title text not null check (length(title) between 1 and 1000),
  description text not null default '' check (length(description) <= 4000),
  person_in_charge text check (length(person_in_charge) between 1 and 200),
  person_in_charge_id uuid,
  deadline date not null,
  status text not null default 'OPEN' check (status in ('OPEN', 'IN_PROGRESS', 'BLOCKED', 'DONE')),
  blocked_by_problem_id uuid,
  version int not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (id, delegation_id),
  foreign key (delegation_id, owner_organisation_id)
    references member_unit (delegation_id, organisation_id),
  -- a duty removed from the plan leaves its tasks, their text copied, without the link
  foreign key (responsibility_id, delegation_id) references responsibility (id, delegation_id)
    on delete set null (responsibility_id),
  foreign key (person_in_charge_id, delegation_id) references person (id, delegation_id),
  constraint task_blocked_names_problem
    check ((status = 'BLOCKED') = (blocked_by_problem_id is not null))
);
create index task_delegation_idx on task (delegation_id, created_at);
create index task_owner_idx on task (delegation_id, owner_organisation_id);
create index task_deadline_idx on task (delegation_id, deadline);
create index task_responsibility_idx on task (responsibility_id);

create table task_progress (
  id uuid primary key default gen_random_uuid(),
  delegation_id uuid not null references delegation (id) on delete cascade,
  task_id uuid not null,
  text text not null check (length(text) between 1 and 4000),
  percent int check (percent between 0 and 100),
  figure numeric(20, 4),
  reported_by text not null,
  created_at timestamptz not null default now(),
  foreign key (task_id, delegation_id) references task (id, delegation_id) on delete cascade
);
create index task_progress_task_idx on task_progress (task_id, created_at);

create table task_problem (
  id uuid primary key default gen_random_uuid(),
  delegation_id uuid not null references delegation (id) on delete cascade,
  organisation_id uuid not null,
  task_id uuid,
  text text not null check (length(text) between 1 and 4000),
  status text not null default 'OPEN' check (status in ('OPEN', 'ANSWERED', 'CLOSED')),
  raised_by text not null,
  answer text check (length(answer) between 1 and 4000),
  answered_by text,
  answered_at timestamptz,
  closed_by text,
  closed_at timestamptz,
  version int not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (id, delegation_id),
  foreign key (delegation_id, organisation_id)
    references member_unit (delegation_id, organisation_id),
  foreign key (task_id, delegation_id) references task (id, delegation_id) on delete cascade,
  constraint task_problem_answered
    check ((answer is null) = (answered_at is null) and (answer is null) = (answered_by is null)),
  constraint task_problem_closed check ((status = 'CLOSED') = (closed_at is not null))
);
create index task_problem_delegation_idx on task_problem (delegation_id, created_at);
create index task_problem_unit_idx on task_problem (delegation_id, organisation_id);
create index task_problem_task_idx on task_problem (task_id);

alter table task add constraint task_blocked_by_problem_in_delegation
  foreign key (blocked_by_problem_id, delegation_id) references task_problem (id, delegation_id);
`;

const DOWN = /* sql */ `
alter table task drop constraint task_blocked_by_problem_in_delegation;
drop table task_problem;
drop table task_progress;
drop table task;
alter table responsibility drop constraint responsibility_id_delegation_id_key;
`;
