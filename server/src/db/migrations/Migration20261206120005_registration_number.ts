import { Migration } from '@mikro-orm/migrations';

/**
 * The number the expo's registration site (参会注册) gives a purchaser once its lead unit has
 * uploaded it: set by the office, singly or by importing the site's export. Unique within a
 * delegation (the site numbers each registration once).
 */
export class Migration20261206120005RegistrationNumber extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table purchaser add column registration_number text null;`);
    this.addSql(
      `create unique index purchaser_registration_number_uq on purchaser (delegation_id, registration_number) where registration_number is not null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists purchaser_registration_number_uq;`);
    this.addSql(`alter table purchaser drop column if exists registration_number;`);
  }
}
