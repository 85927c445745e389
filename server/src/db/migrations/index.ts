import type { Constructor } from '@mikro-orm/core';
import type { Migration } from '@mikro-orm/migrations';

/**
 * Every migration, in order: its name is its file's (`./<name>.js`), which exports its class.
 * Listed explicitly so the same code runs from TypeScript and JS; loaded only when the database
 * lacks one of them ({@link loadMigrations}): a migration imports `@mikro-orm/migrations`, and a
 * server starting on a migrated database (every instance but the first of a deployment) need
 * not carry that package's 10 MB of heap.
 */
export const migrationNames: readonly string[] = [
  'Migration20261128000001_domain',
  'Migration20261128000002_access',
  'Migration20261128000003_recruitment',
  'Migration20261128000005_realtime',
  'Migration20261128000006_indexes',
  'Migration20261202000007_nested_indexes',
  'Migration20261202000008_fact_indexes',
  'Migration20261202000010_lead_unit_grants',
  'Migration20261206000004_contact_owner_indexes',
  'Migration20261206000006_deal_usd_rate',
  'Migration20261206100001_editions',
  'Migration20261206100002_delegation_structure',
  'Migration20261206110004_rollover',
  'Migration20261206120005_registration_number',
  'Migration20261206130001_tenant_statistics',
  'Migration20261206180001_kept_suggestions',
  'Migration20261206190001_deal_exhibitor_delegation',
  'Migration20261206200001_exhibitor_role',
  'Migration20261206200002_meeting_points',
  'Migration20261206200003_meeting_schedule',
  'Migration20261206210001_tasks',
  'Migration20261207010001_notifications',
  'Migration20261207010002_reports_circulars',
  'Migration20261207010003_logistics',
  'Migration20261207020001_onsite_services',
  'Migration20261207030001_onsite_rest',
  'Migration20261207040001_citus_ready',
  'Migration20261207110001_scope_statistics',
];

/** The migrations as MikroORM's `migrationsList`: each file imported, its class found. */
export async function loadMigrations(): Promise<{ name: string; class: Constructor<Migration> }[]> {
  return Promise.all(
    migrationNames.map(async (name) => {
      const module = (await import(/* @vite-ignore */ `./${name}.js`)) as Record<string, unknown>;
      const found = Object.entries(module).filter(
        ([key, value]) => key.startsWith('Migration') && typeof value === 'function',
      );
      if (found.length !== 1) throw new Error(`${name}: exports no one Migration class`);
      return { name, class: found[0]![1] as Constructor<Migration> };
    }),
  );
}
