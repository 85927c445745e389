import { Migration } from '@mikro-orm/migrations';

/**
 * Expo editions and their delegations are set up through the API (createExpo, updateExpo,
 * createDelegation, updateDelegation): an edition and a delegation each carry a version, so that
 * two editors who meet get a CONFLICT rather than overwrite each other. An edition's exhibition
 * areas, zones and rate table change under the edition's version.
 */
export class Migration20261206100001Editions extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      alter table expo add column version int not null default 1;
      alter table delegation add column version int not null default 1;
    `);
  }

  override async down(): Promise<void> {
    this.addSql(`
      alter table expo drop column version;
      alter table delegation drop column version;
    `);
  }
}
