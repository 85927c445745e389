/**
 * How each table of the migrated schema would be placed on a Citus cluster (issue #23, "Ready
 * for Citus"; docs/scale-out.md): one declaration, read by the script below and held to the
 * schema by test/integration/citus-ready.test.ts.
 *
 * - `distributed`: sharded by `delegation_id`, all colocated, so that a delegation's rows of
 *   every table live in one shard group and a statement that names one delegation runs on one
 *   worker. Every primary key, unique constraint, unique index and exclusion constraint of such a
 *   table includes `delegation_id` (but the exclusion constraints `GLOBAL_RULES` names), and
 *   every foreign key to another distributed table maps `delegation_id` to `delegation_id`.
 * - `reference`: small and expo-wide (or read with every request), copied to every node; they
 *   reference reference tables only.
 * - `local`: kept on the coordinator alone; nothing distributed or replicated refers to them.
 *
 * The order is the order the script creates them in: a table comes after every table it
 * references (reference tables first), except the foreign keys named in `CYCLE_KEYS`.
 */
export type Placement = 'distributed' | 'reference' | 'local';

export interface TableDistribution {
  placement: Placement;
  /** Why, in one line. */
  why: string;
}

const reference = (why: string): TableDistribution => ({ placement: 'reference', why });
const distributed = (why: string): TableDistribution => ({ placement: 'distributed', why });
const local = (why: string): TableDistribution => ({ placement: 'local', why });

const OWN = 'a delegation’s own rows';

export const DISTRIBUTION: Readonly<Record<string, TableDistribution>> = {
  expo: reference('the editions: a handful of rows every statement may join'),
  organisation: reference('companies and units of every delegation, named across delegations'),
  delegation: reference('the delegations themselves: one row each, joined by every tenant row'),
  exhibition_area: reference('the expo’s areas, shared by all delegations'),
  exhibitor: reference('the expo’s exhibitors, matched and met by every delegation'),
  exchange_rate: reference('one rate per edition and currency, read by every deal'),
  app_user: reference('accounts: a user may act for several delegations or the whole expo'),
  exhibitor_representative: reference('an exhibitor’s people, met by every delegation'),
  meeting_point: reference('the edition’s points and a delegation’s own, booked by meetings'),
  meeting_day: reference('the edition’s meeting days and a delegation’s own: a small calendar'),
  meeting_schedule: reference('scheduler runs: the edition’s (no delegation) or a delegation’s'),
  role_grant: reference('read with every request; ADMIN, ANALYST and EXHIBITOR grants name none'),
  unavailability: reference('an attendee’s or an exhibitor representative’s busy times'),
  calendar_token: reference('found by its hash alone (the feed has no delegation in its URL)'),
  notification_read_mark: reference('one row per user: read up to, across delegations'),

  person: distributed(`${OWN}: every writer sets the delegation`),
  delegation_contact: distributed(OWN),
  member_unit: distributed(OWN),
  leading_group_member: distributed(OWN),
  responsibility: distributed(OWN),
  sub_delegation: distributed(OWN),
  sub_delegation_lead: distributed(OWN),
  purchaser_report_batch: distributed(OWN),
  purchaser: distributed(OWN),
  attendee: distributed(OWN),
  credit_check: distributed(OWN),
  background_check: distributed(OWN),
  procurement_need: distributed(OWN),
  exhibitor_match: distributed(OWN),
  onsite_event: distributed(OWN),
  deal: distributed(OWN),
  deal_follow_up: distributed(OWN),
  meeting: distributed(OWN),
  meeting_participant: distributed('a meeting’s people: the meeting’s delegation'),
  meeting_schedule_item: distributed('a proposed meeting: its match’s delegation'),
  task: distributed(OWN),
  task_problem: distributed(OWN),
  task_progress: distributed(OWN),
  notification_event: distributed(OWN),
  notification_read: distributed('a user’s read of an event: the event’s delegation'),
  webhook: distributed(OWN),
  webhook_delivery: distributed(OWN),
  progress_report: distributed(OWN),
  circular: distributed(OWN),
  circular_recipient: distributed(OWN),
  circular_acknowledgement: distributed('a unit’s acknowledgement: the circular’s delegation'),
  service_unit: distributed(OWN),
  trip: distributed(OWN),
  admission_certificate: distributed(OWN),
  room_block: distributed(OWN),
  room: distributed(OWN),
  room_assignment: distributed(OWN),
  meal: distributed(OWN),
  onsite_participant: distributed(OWN),
  funding_request: distributed(OWN),
  health_incident: distributed(OWN),
  customs_consultation: distributed(OWN),
  publicity_record: distributed(OWN),
  protocol_request: distributed(OWN),
  emergency_plan: distributed(OWN),
  sub_delegation_contact: distributed(OWN),

  mikro_orm_migrations: local('the migrator’s bookkeeping, run from the coordinator'),
  revoked_token: local('checked by the coordinator’s instances when they authenticate'),
  audit_event: local(
    'append-only, written by the application through the coordinator; user and grant changes name no delegation',
  ),
};

/**
 * Foreign keys between distributed tables that close a cycle (a task blocked by a problem of
 * another task): the script drops them before distributing and adds them back after, since Citus
 * distributes a table only once every table it references is distributed.
 */
export const CYCLE_KEYS: readonly { table: string; name: string; definition: string }[] = [
  {
    table: 'task',
    name: 'task_blocked_by_problem_in_delegation',
    definition:
      'foreign key (blocked_by_problem_id, delegation_id) references task_problem (id, delegation_id)',
  },
];

/**
 * Exclusion constraints of distributed tables that stay without `delegation_id`, because the rule
 * they hold is across delegations: a meeting point of the edition and an exhibitor representative
 * are booked by every delegation, and must not be booked twice at once. Citus cannot hold them
 * (the script drops them); on Citus these bookings would move to a table of their own,
 * distributed by point or representative (docs/scale-out.md). Nothing else may skip the rule.
 */
export const GLOBAL_RULES: readonly { table: string; name: string; why: string }[] = [
  {
    table: 'meeting',
    name: 'meeting_point_no_overlap',
    why: 'an edition-wide meeting point is shared by every delegation',
  },
  {
    table: 'meeting_participant',
    name: 'meeting_participant_representative_no_overlap',
    why: 'an exhibitor representative meets every delegation',
  },
];

/** The tables of one placement, in the order of {@link DISTRIBUTION}. */
export function tablesPlaced(placement: Placement): string[] {
  return Object.entries(DISTRIBUTION)
    .filter(([, table]) => table.placement === placement)
    .map(([name]) => name);
}

/** The table every distributed table is colocated with. */
export const COLOCATION_TABLE = tablesPlaced('distributed')[0]!;

/**
 * The statements that distribute the migrated schema on a Citus coordinator (run once, on the
 * database the hub migrated, with the workers added): reference tables first, then the
 * distributed ones, each after the tables it references.
 */
export function citusScript(): string {
  const lines = [
    '-- Delegation Hub on Citus: run on the coordinator, after the migrations, workers added.',
    'create extension if not exists citus;',
    'begin;',
    // tables with keys to reference tables are distributed over one connection per worker
    "set local citus.multi_shard_modify_mode to 'sequential';",
    // the schema's triggers (live totals, meeting participants, room checks) run on the workers
    'set local citus.enable_unsafe_triggers to on;',
    ...CYCLE_KEYS.map((key) => `alter table ${key.table} drop constraint ${key.name};`),
    '-- rules across delegations (GLOBAL_RULES): Citus cannot hold them, see docs/scale-out.md',
    ...GLOBAL_RULES.map((rule) => `alter table ${rule.table} drop constraint ${rule.name};`),
    ...tablesPlaced('reference').map((t) => `select create_reference_table('${t}');`),
    ...tablesPlaced('distributed').map((t) =>
      t === COLOCATION_TABLE
        ? `select create_distributed_table('${t}', 'delegation_id');`
        : `select create_distributed_table('${t}', 'delegation_id', colocate_with => '${COLOCATION_TABLE}');`,
    ),
    ...CYCLE_KEYS.map(
      (key) => `alter table ${key.table} add constraint ${key.name} ${key.definition};`,
    ),
    '-- local: ' + tablesPlaced('local').join(', ') + ' (stay on the coordinator)',
    'commit;',
  ];
  return `${lines.join('\n')}\n`;
}
