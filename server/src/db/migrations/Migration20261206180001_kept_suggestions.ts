import { Migration } from '@mikro-orm/migrations';

/**
 * Suggestions kept: `refreshSuggestions` stores a need's ranked exhibitors as SUGGESTED matches
 * (their score and reasons in the columns a proposal already had), each with the time it was
 * computed. A SUGGESTED match always has one; a match proposed directly has none. The need's
 * matches are read and replaced by need, so they get an index by need.
 */
export class Migration20261206180001KeptSuggestions extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table exhibitor_match add column suggested_at timestamptz null;`);
    this.addSql(
      `alter table exhibitor_match add constraint exhibitor_match_suggested_check check (status <> 'SUGGESTED' or suggested_at is not null) not valid;`,
    );
    this.addSql(`alter table exhibitor_match validate constraint exhibitor_match_suggested_check;`);
    this.addSql(
      `create index exhibitor_match_need_idx on exhibitor_match (need_id, status) where need_id is not null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists exhibitor_match_need_idx;`);
    this.addSql(
      `alter table exhibitor_match drop constraint if exists exhibitor_match_suggested_check;`,
    );
    this.addSql(`alter table exhibitor_match drop column if exists suggested_at;`);
  }
}
