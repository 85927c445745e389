import { Migration } from '@mikro-orm/migrations';

/** Indexes for the lists front-ends page through most: a delegation's newest deals. */
export class Migration20261128000006Indexes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create index if not exists deal_delegation_created_idx on deal (delegation_id, created_at desc, id desc);
      create index if not exists deal_area_idx on deal (exhibition_area_id);
    `);
  }

  override async down(): Promise<void> {
    this.addSql(
      'drop index if exists deal_delegation_created_idx; drop index if exists deal_area_idx;',
    );
  }
}
