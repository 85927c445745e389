import { Migration } from '@mikro-orm/migrations';

/**
 * Covering indexes for deal totals (dealAggregate, and the live totals every commit refreshes):
 * a delegation's deals with what they are grouped and summed by, and its purchasers with their
 * sub-delegation, lead unit and category, read from the indexes alone (index-only scans)
 * instead of visiting a heap page per deal.
 */
export class Migration20261202000008FactIndexes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create index if not exists deal_delegation_facts_idx on deal (delegation_id)
        include (purchaser_id, exhibitor_id, exhibition_area_id, status, amount_usd, signed_on);
      create index if not exists purchaser_delegation_facts_idx on purchaser (delegation_id)
        include (id, sub_delegation_id, lead_id, category);
    `);
  }

  override async down(): Promise<void> {
    this.addSql(`
      drop index if exists deal_delegation_facts_idx;
      drop index if exists purchaser_delegation_facts_idx;
    `);
  }
}
