import { Migration } from '@mikro-orm/migrations';

/**
 * The planner's counts of the values a scope compares (a delegation, a lead unit's
 * sub-delegation, a member unit's invitations) from every row rather than a sample. A named
 * statement keeps its generic plan only while that plan's estimated cost is no higher than the
 * average of the custom plans made for its values, and a custom plan is costed with the sampled
 * frequency of the viewer's own value: with the default sample (30,000 rows) a delegation's count
 * is off by a few percent either way, so a delegation of average size looked smaller than average
 * after some ANALYZEs, its statements dearer generic than custom, and PostgreSQL planned them anew
 * at every execution (half a millisecond of planning a request). On the bench's data, where every
 * delegation has 2,500 deals, `npm run bench:explain -- --statistics with --analyses 6` twice:
 * Q1 as a lead re-planned after 8 of 12 ANALYZEs, W2 as a lead 5, Q3 as ADMIN, the office and
 * the analyst 2. With targets of 1000 ANALYZE reads up to 300,000 rows of each such table (every
 * row of the bench's) and none was re-planned after 12 (but W2 as the office, every time either
 * way: its filter's values make the custom plans cheaper). A larger table's sample grows tenfold
 * too; ANALYZE reads that much more of it.
 */
export const SCOPE_STATISTICS_TARGET = 1000;

/** The columns a scope compares with a viewer's values besides every table's `delegation_id`. */
export const SCOPE_COLUMNS: readonly (readonly [table: string, column: string])[] = [
  ['purchaser', 'sub_delegation_id'],
  ['purchaser', 'lead_id'],
  ['purchaser', 'invited_by_organisation_id'],
];

/** The statement giving `table.column` its target (a new tenant table's migration says it too). */
export const scopeStatistics = (table: string, column: string, target = SCOPE_STATISTICS_TARGET) =>
  `alter table ${table} alter column ${column} set statistics ${target};`;

/**
 * A DO block running `statements` (format strings, `%I` the table), in order, on every table with
 * a delegation_id, as the schema has them when it runs.
 */
const eachTenantTable = (...statements: string[]) => `do $$
  declare t text;
  begin
    for t in
      select c.relname from pg_class c join pg_attribute a on a.attrelid = c.oid
      where c.relnamespace = current_schema()::regnamespace and c.relkind = 'r'
        and a.attname = 'delegation_id' and not a.attisdropped
      order by 1
    loop
${statements.map((statement) => `      execute format('${statement}', t);`).join('\n')}
    end loop;
  end $$;`;

export class Migration20261207110001ScopeStatistics extends Migration {
  override async up(): Promise<void> {
    for (const [table, column] of SCOPE_COLUMNS) this.addSql(scopeStatistics(table, column));
    // each table counted now rather than at autovacuum's next pass, once its targets are set
    this.addSql(
      eachTenantTable(
        `alter table %I alter column delegation_id set statistics ${SCOPE_STATISTICS_TARGET}`,
        'analyze %I',
      ),
    );
  }

  override async down(): Promise<void> {
    for (const [table, column] of SCOPE_COLUMNS) this.addSql(scopeStatistics(table, column, -1));
    this.addSql(eachTenantTable('alter table %I alter column delegation_id set statistics -1'));
  }
}
