import { Migration } from '@mikro-orm/migrations';

/**
 * Indexes in the default order of the lists nested under a parent, so that each parent's first
 * page is an index range read (a lateral subquery with a limit) rather than a sort of all its
 * rows: a sub-delegation's purchasers by invitation, a purchaser's deals and matches, newest
 * first. And a sub-delegation's lead units, which its target sums.
 */
export class Migration20261202000007NestedIndexes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create index if not exists purchaser_sub_delegation_invited_idx on purchaser (sub_delegation_id, invited_at, id);
      create index if not exists deal_purchaser_created_idx on deal (purchaser_id, created_at desc, id);
      create index if not exists exhibitor_match_purchaser_created_idx on exhibitor_match (purchaser_id, created_at desc, id);
      create index if not exists sub_delegation_lead_sub_delegation_idx on sub_delegation_lead (sub_delegation_id);
      drop index if exists deal_purchaser_idx;
    `);
  }

  override async down(): Promise<void> {
    this.addSql(`
      create index if not exists deal_purchaser_idx on deal (purchaser_id);
      drop index if exists purchaser_sub_delegation_invited_idx;
      drop index if exists deal_purchaser_created_idx;
      drop index if exists exhibitor_match_purchaser_created_idx;
      drop index if exists sub_delegation_lead_sub_delegation_idx;
    `);
  }
}
