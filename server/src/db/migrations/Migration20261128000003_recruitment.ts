import { Migration } from '@mikro-orm/migrations';

/**
 * Recruitment: a purchaser counts for a lead unit of its own sub-delegation, not for a lead of
 * another sub-delegation of the same delegation (the composite key the domain migration lacked).
 */
export class Migration20261128000003Recruitment extends Migration {
  override async up(): Promise<void> {
    this.addSql(SQL);
  }

  override async down(): Promise<void> {
    this.addSql(`
      alter table purchaser drop constraint if exists purchaser_lead_in_sub_delegation;
      alter table sub_delegation_lead
        drop constraint if exists sub_delegation_lead_id_sub_delegation_key;
    `);
  }
}

const SQL = /* sql */ `
alter table sub_delegation_lead
  add constraint sub_delegation_lead_id_sub_delegation_key unique (id, sub_delegation_id);

alter table purchaser
  add constraint purchaser_lead_in_sub_delegation foreign key (lead_id, sub_delegation_id)
    references sub_delegation_lead (id, sub_delegation_id);
`;
