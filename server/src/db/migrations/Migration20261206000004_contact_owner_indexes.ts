import { Migration } from '@mikro-orm/migrations';

/**
 * A person's record says who owns its contact fields: the purchaser it is the contact or an
 * attendee of (`personById` looks it up for every person it reads). These indexes find that
 * purchaser from the person.
 */
export class Migration20261206000004ContactOwnerIndexes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create index if not exists purchaser_contact_person_idx on purchaser (contact_person_id)
        where contact_person_id is not null;
      create index if not exists attendee_person_idx on attendee (person_id);
    `);
  }

  override async down(): Promise<void> {
    this.addSql(`
      drop index if exists purchaser_contact_person_idx;
      drop index if exists attendee_person_idx;
    `);
  }
}
