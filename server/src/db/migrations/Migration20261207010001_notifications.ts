import { Migration } from '@mikro-orm/migrations';

/**
 * Notifications that are never lost: the outbox (`notification_event`, written in the
 * transaction of the change that caused it, announced on `notification_events` by a trigger),
 * what each user has read of it, and the webhooks a delegation office registers with their
 * deliveries (one row per event and webhook, fanned out by the delivery worker after commit).
 * The kinds and audiences are notification.enums.ts's.
 */
export class Migration20261207010001Notifications extends Migration {
  override async up(): Promise<void> {
    this.addSql(UP);
  }

  override async down(): Promise<void> {
    this.addSql(DOWN);
  }
}

const UP = /* sql */ `
create table notification_event (
  id bigserial primary key,
  delegation_id uuid not null references delegation (id) on delete cascade,
  kind text not null check (kind in ('TASK_DUE_SOON', 'TASK_OVERDUE', 'PROBLEM_ANSWERED',
    'PURCHASER_REJECTED', 'PURCHASER_SENT_BACK', 'CREDIT_CHECK_FAILED', 'BACKGROUND_CHECK_FAILED',
    'MEETING_SCHEDULED', 'CIRCULAR')),
  subject text not null,
  audience text not null check (audience in ('DELEGATION', 'UNIT', 'PURCHASER')),
  unit_organisation_id uuid,
  purchaser_id uuid,
  payload jsonb not null default '{}',
  idempotency_key text not null,
  created_at timestamptz not null default now(),
  fanned_out_at timestamptz,
  constraint notification_event_idempotency_key_key unique (idempotency_key),
  constraint notification_event_recipients check (
    (audience = 'PURCHASER') = (purchaser_id is not null)
    and (audience <> 'DELEGATION' or unit_organisation_id is null))
);
create index notification_event_delegation_idx on notification_event (delegation_id, id);
create index notification_event_fan_out_idx on notification_event (id) where fanned_out_at is null;

create function notification_event_notify() returns trigger language plpgsql as $$
begin
  perform pg_notify('notification_events',
    json_build_object('id', new.id::text, 'd', new.delegation_id, 'k', new.kind)::text);
  return null;
end $$;
create trigger notification_event_notify after insert on notification_event
  for each row execute function notification_event_notify();

create table notification_read (
  user_id uuid not null references app_user (id) on delete cascade,
  event_id bigint not null references notification_event (id) on delete cascade,
  read_at timestamptz not null default now(),
  primary key (user_id, event_id)
);

create table notification_read_mark (
  user_id uuid primary key references app_user (id) on delete cascade,
  up_to bigint not null,
  updated_at timestamptz not null default now()
);

create table webhook (
  id uuid primary key default gen_random_uuid(),
  delegation_id uuid not null references delegation (id) on delete cascade,
  url text not null check (length(url) between 1 and 2000),
  secret text not null,
  kinds text[],
  enabled boolean not null default true,
  created_by text not null,
  lease_owner text,
  lease_until timestamptz,
  version int not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index webhook_delegation_idx on webhook (delegation_id);

create sequence webhook_delivery_sequence_seq;
create table webhook_delivery (
  id uuid primary key default gen_random_uuid(),
  -- the order deliveries were made (fan-out order: the order their events committed)
  sequence bigint not null default nextval('webhook_delivery_sequence_seq'),
  webhook_id uuid not null references webhook (id) on delete cascade,
  event_id bigint not null references notification_event (id) on delete cascade,
  delegation_id uuid not null,
  status text not null default 'PENDING' check (status in ('PENDING', 'DELIVERED', 'DEAD')),
  attempts int not null default 0,
  next_attempt_at timestamptz not null default now(),
  last_status int,
  last_error text,
  delivered_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint webhook_delivery_webhook_id_event_id_key unique (webhook_id, event_id)
);
alter sequence webhook_delivery_sequence_seq owned by webhook_delivery.sequence;
create index webhook_delivery_webhook_idx on webhook_delivery (webhook_id, sequence);
create index webhook_delivery_pending_idx on webhook_delivery (webhook_id, sequence) where status = 'PENDING';
create index webhook_delivery_event_idx on webhook_delivery (event_id);

-- when a delivery is due or redelivered, a worker wakes (the poll is the safety net)
create function webhook_delivery_notify() returns trigger language plpgsql as $$
begin
  perform pg_notify('notification_events', json_build_object('w', new.webhook_id)::text);
  return null;
end $$;
create trigger webhook_delivery_notify after update of status on webhook_delivery
  for each row when (new.status = 'PENDING' and old.status <> 'PENDING')
  execute function webhook_delivery_notify();
`;

const DOWN = /* sql */ `
drop table webhook_delivery;
drop function webhook_delivery_notify();
drop table webhook;
drop table notification_read_mark;
drop table notification_read;
drop table notification_event;
drop function notification_event_notify();
`;
