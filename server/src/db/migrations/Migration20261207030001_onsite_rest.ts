import { Migration } from '@mikro-orm/migrations';
import { tenantStatistics } from './Migration20261206130001_tenant_statistics.js';
import { transitionTriggerSql } from '../../modules/logistics/logistics.rules.js';
import { PLAN_DOCUMENT_NEXT, PLAN_DOCUMENT_START } from '../../modules/services/services.rules.js';

/**
 * The rest of #21's health and safety for the stay: the emergency plan (应急预案) of a delegation,
 * or of one of its sub-delegations, as numbered versions of a document (DRAFT → APPROVED →
 * SUPERSEDED, its workflow held by a trigger built from services.rules.ts; at most one APPROVED
 * per delegation and sub-delegation, by a partial unique index), and the person each
 * sub-delegation designates for health and safety (指定专人负责): a person of the delegation,
 * one per sub-delegation and kind, in the sub-delegation's own delegation (composite keys).
 */
export const ONSITE_REST_TENANT_KEYS: readonly (readonly [table: string, column: string])[] = [
  ['emergency_plan', 'sub_delegation_id'],
  ['sub_delegation_contact', 'sub_delegation_id'],
  ['sub_delegation_contact', 'person_id'],
];

export class Migration20261207030001OnsiteRest extends Migration {
  override async up(): Promise<void> {
    this.addSql(UP);
    this.addSql(transitionTriggerSql('emergency_plan', PLAN_DOCUMENT_NEXT, PLAN_DOCUMENT_START));
    for (const [table, column] of ONSITE_REST_TENANT_KEYS) {
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
create table emergency_plan (
  id uuid primary key default gen_random_uuid(),
  delegation_id uuid not null references delegation (id) on delete cascade,
  sub_delegation_id uuid,
  number int not null check (number >= 1),
  title text not null check (length(title) between 1 and 200),
  body text not null check (length(body) between 1 and 100000),
  format text not null default 'MARKDOWN' check (format in ('MARKDOWN', 'PLAIN')),
  author_organisation_id uuid references organisation (id),
  effective_from date,
  status text not null default 'DRAFT' check (status in ('DRAFT', 'APPROVED', 'SUPERSEDED')),
  approved_by text,
  approved_at timestamptz,
  superseded_at timestamptz,
  created_by text not null,
  version int not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  foreign key (sub_delegation_id, delegation_id) references sub_delegation (id, delegation_id)
    on delete cascade,
  constraint emergency_plan_approved check (
    (status = 'DRAFT') = (approved_at is null) and (approved_at is null) = (approved_by is null)),
  constraint emergency_plan_superseded check ((status = 'SUPERSEDED') = (superseded_at is not null))
);
create unique index emergency_plan_number_key on emergency_plan
  (delegation_id, coalesce(sub_delegation_id, '00000000-0000-0000-0000-000000000000'::uuid), number);
create unique index emergency_plan_one_approved on emergency_plan
  (delegation_id, coalesce(sub_delegation_id, '00000000-0000-0000-0000-000000000000'::uuid))
  where status = 'APPROVED';
create index emergency_plan_sub_delegation_idx on emergency_plan (sub_delegation_id);

create table sub_delegation_contact (
  id uuid primary key default gen_random_uuid(),
  delegation_id uuid not null references delegation (id) on delete cascade,
  sub_delegation_id uuid not null,
  kind text not null check (kind in ('HEALTH_SAFETY')),
  person_id uuid not null,
  assigned_by text not null,
  version int not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  foreign key (sub_delegation_id, delegation_id) references sub_delegation (id, delegation_id)
    on delete cascade,
  foreign key (person_id, delegation_id) references person (id, delegation_id),
  constraint sub_delegation_contact_once unique (sub_delegation_id, kind)
);
create index sub_delegation_contact_person_idx on sub_delegation_contact (person_id);
`;

const DOWN = /* sql */ `
drop table sub_delegation_contact;
drop table emergency_plan;
drop function emergency_plan_status_transition();
`;
