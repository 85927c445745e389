import { Migration } from '@mikro-orm/migrations';

/**
 * A province has one delegation per edition: rolling a delegation over to the next edition (and
 * creating one) is refused when that edition has the province's delegation already. The deals of
 * earlier editions are followed up by the same province's later delegation (`province_en`), so
 * that delegation must be one.
 */
export class Migration20261206110004Rollover extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      alter table delegation add constraint delegation_expo_id_province_en_key
        unique (expo_id, province_en);
    `);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table delegation drop constraint delegation_expo_id_province_en_key;`);
  }
}
