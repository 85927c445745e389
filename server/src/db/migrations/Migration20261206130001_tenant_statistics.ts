import { Migration } from '@mikro-orm/migrations';

/**
 * Tell the planner what the tenant keys already say: a row's parent (its purchaser, its
 * sub-delegation, its match…) is of the row's own delegation (every such foreign key is
 * `(delegation_id, parent_id)`), so the parent key determines `delegation_id`. Without these
 * functional-dependency statistics PostgreSQL multiplies the two conditions of a scoped nested
 * read (`p.sub_delegation_id = $parent and p.delegation_id = any($scope)`) as if independent,
 * expects a handful of rows where a page's worth match, and in the generic plan of a named
 * statement prefers intersecting two bitmaps, reading every purchaser of the viewer's
 * delegations, to the ordered index scan that stops after one page. One statistics object per
 * tenant foreign key; `tenant-statistics.test.ts` holds every such key to having one.
 */
export const TENANT_KEYS: readonly (readonly [table: string, column: string])[] = [
  ['attendee', 'person_id'],
  ['attendee', 'purchaser_id'],
  ['background_check', 'attendee_id'],
  ['credit_check', 'purchaser_id'],
  ['deal', 'match_id'],
  ['deal', 'purchaser_id'],
  ['deal_follow_up', 'deal_id'],
  ['delegation_contact', 'person_id'],
  ['exhibitor_match', 'need_id'],
  ['exhibitor_match', 'purchaser_id'],
  ['leading_group_member', 'member_unit_id'],
  ['leading_group_member', 'person_id'],
  ['meeting', 'match_id'],
  ['meeting', 'purchaser_id'],
  ['member_unit', 'designated_person_id'],
  ['member_unit', 'liaison_person_id'],
  ['procurement_need', 'purchaser_id'],
  ['purchaser', 'contact_person_id'],
  ['purchaser', 'lead_id'],
  ['purchaser', 'report_batch_id'],
  ['purchaser', 'sub_delegation_id'],
  ['responsibility', 'member_unit_id'],
  ['role_grant', 'purchaser_id'],
  ['role_grant', 'sub_delegation_id'],
  ['sub_delegation_lead', 'sub_delegation_id'],
];

/** The statistics object of a tenant key. */
export const tenantStatistics = (table: string, column: string) =>
  `${table}_${column.replace(/_id$/, '')}_delegation_dep`;

export class Migration20261206130001TenantStatistics extends Migration {
  override async up(): Promise<void> {
    for (const [table, column] of TENANT_KEYS) {
      this.addSql(
        `create statistics if not exists ${tenantStatistics(table, column)} (dependencies) on ${column}, delegation_id from ${table};`,
      );
    }
    // filled now rather than at autovacuum's next pass
    this.addSql(`analyze ${[...new Set(TENANT_KEYS.map(([table]) => table))].join(', ')};`);
  }

  override async down(): Promise<void> {
    for (const [table, column] of TENANT_KEYS) {
      this.addSql(`drop statistics if exists ${tenantStatistics(table, column)};`);
    }
  }
}
