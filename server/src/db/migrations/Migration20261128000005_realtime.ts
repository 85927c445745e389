import { Migration } from '@mikro-orm/migrations';

/**
 * Every committed change to a deal is announced on channel `deal_changes`. The trigger runs
 * inside the writing transaction and PostgreSQL delivers NOTIFY only at commit, so listeners
 * hear of committed changes only, whatever code wrote them. Payloads carry ids, not rows.
 */
export class Migration20261128000005Realtime extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create function notify_deal_change() returns trigger language plpgsql as $$
      declare
        row deal;
      begin
        row := coalesce(new, old);
        perform pg_notify('deal_changes', json_build_object(
          'op', lower(tg_op), 'id', row.id, 'd', row.delegation_id, 'e', row.expo_id)::text);
        return null;
      end $$;

      create trigger deal_changes after insert or update or delete on deal
        for each row execute function notify_deal_change();
    `);
  }

  override async down(): Promise<void> {
    this.addSql(`
      drop trigger if exists deal_changes on deal;
      drop function if exists notify_deal_change();
    `);
  }
}
