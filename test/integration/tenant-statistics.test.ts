/**
 * Every tenant foreign key, `(delegation_id, parent_id)` referencing a parent's
 * `(delegation_id, id)`, says that the parent key determines the row's delegation. The planner
 * is told so by a functional-dependency statistics object on the pair (migration
 * 20261206130001, `TENANT_KEYS`): without it, a scoped nested read (`sub_delegation_id = $parent
 * and delegation_id = any($scope)`) is costed as if the two were independent and a named
 * statement's generic plan reads every purchaser of the viewer's delegations per parent. Here
 * the migrated schema is held to that: a new tenant table whose key has no statistics object
 * fails, naming the `create statistics` to add.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  TENANT_KEYS,
  tenantStatistics,
} from '../../server/src/db/migrations/Migration20261206130001_tenant_statistics.js';
import {
  SCOPE_COLUMNS,
  SCOPE_STATISTICS_TARGET,
  scopeStatistics,
} from '../../server/src/db/migrations/Migration20261207110001_scope_statistics.js';
import { CITUS_TENANT_KEYS } from '../../server/src/db/migrations/Migration20261207040001_citus_ready.js';
import { DISTRIBUTION } from '../../server/src/db/distribution.js';
import { createTestDatabase } from '../helpers/database.js';

describe('tenant keys have functional-dependency statistics', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let client: pg.Client;

  beforeAll(async () => {
    database = await createTestDatabase();
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
  });

  afterAll(async () => {
    await client?.end();
    await database?.drop();
  });

  /** `table.column` of every two-column foreign key (delegation_id, column) -> (delegation_id, id). */
  async function tenantKeys(): Promise<string[]> {
    const { rows } = await client.query<{ key: string }>(`
      select c.conrelid::regclass::text || '.' || a.attname as key
      from pg_constraint c
      join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any(c.conkey)
      join pg_attribute pa on pa.attrelid = c.confrelid
        and pa.attnum = c.confkey[array_position(c.conkey, a.attnum)]
      where c.contype = 'f' and cardinality(c.conkey) = 2 and pa.attname = 'id'
        and exists (
          select 1 from pg_attribute d join pg_attribute pd on pd.attrelid = c.confrelid
            and pd.attnum = c.confkey[array_position(c.conkey, d.attnum)]
          where d.attrelid = c.conrelid and d.attnum = any(c.conkey)
            and d.attname = 'delegation_id' and pd.attname = 'delegation_id')
      order by 1`);
    return rows.map((r) => r.key);
  }

  /** `table.column` of every dependencies statistics object on (column, delegation_id). */
  async function dependencies(): Promise<Map<string, string>> {
    const { rows } = await client.query<{ key: string; name: string }>(`
      select s.stxrelid::regclass::text || '.' || a.attname as key, s.stxname as name
      from pg_statistic_ext s
      join pg_attribute a on a.attrelid = s.stxrelid and a.attnum = any(s.stxkeys)
      where 'f' = any(s.stxkind) and cardinality(s.stxkeys) = 2 and a.attname <> 'delegation_id'
        and exists (select 1 from pg_attribute d where d.attrelid = s.stxrelid
          and d.attnum = any(s.stxkeys) and d.attname = 'delegation_id')`);
    return new Map(rows.map((r) => [r.key, r.name]));
  }

  it('every tenant key has one, named as the migration names it', async () => {
    const keys = await tenantKeys();
    // the purchaser's and the deal's, which the bench's nested reads go through, among them
    expect(keys).toEqual(
      expect.arrayContaining(['purchaser.sub_delegation_id', 'deal.purchaser_id'] as string[]),
    );
    const have = await dependencies();
    const missing = keys
      .filter((key) => !have.has(key))
      .map((key) => {
        const [table, column] = key.split('.') as [string, string];
        return `create statistics ${tenantStatistics(table, column)} (dependencies) on ${column}, delegation_id from ${table};`;
      });
    expect(missing).toEqual([]);
    for (const key of keys) {
      const [table, column] = key.split('.') as [string, string];
      expect(have.get(key)).toBe(tenantStatistics(table, column));
    }
  });

  it("every table's delegation_id and the scopes' other columns are counted from every row", async () => {
    // a named statement of a scoped read keeps its generic plan after every ANALYZE only when the
    // viewer's value is counted exactly (migration 20261207110001): a new tenant table fails here,
    // naming the statement its migration adds
    const { rows } = await client.query<{ table: string; column: string; target: number | null }>(`
      select c.relname as table, a.attname as column, a.attstattarget::int as target
      from pg_class c join pg_attribute a on a.attrelid = c.oid
      where c.relnamespace = current_schema()::regnamespace and c.relkind = 'r'
        and a.attname = 'delegation_id' and not a.attisdropped
      union all
      select c.relname, a.attname, a.attstattarget::int
      from pg_class c join pg_attribute a on a.attrelid = c.oid
      where c.relnamespace = current_schema()::regnamespace and c.relkind = 'r'
        and (c.relname, a.attname) in (${SCOPE_COLUMNS.map(([t, c]) => `('${t}', '${c}')`).join(', ')})
      order by 1, 2`);
    expect(rows.length).toBeGreaterThan(SCOPE_COLUMNS.length + 20);
    expect(rows.filter((r) => r.table === 'purchaser').map((r) => r.column)).toEqual([
      'delegation_id',
      'invited_by_organisation_id',
      'lead_id',
      'sub_delegation_id',
    ]);
    expect(
      rows
        .filter((r) => r.target !== SCOPE_STATISTICS_TARGET)
        .map((r) => scopeStatistics(r.table, r.column)),
    ).toEqual([]);
  });

  it('the migrations declare no key the schema does not have', async () => {
    const keys = new Set(await tenantKeys());
    // a table Citus would replicate (distribution.ts) keeps no key to a distributed one, but its
    // statistics stay: the parent still determines the delegation in its rows
    const declared = [...TENANT_KEYS, ...CITUS_TENANT_KEYS].filter(
      ([table]) => DISTRIBUTION[table]?.placement === 'distributed',
    );
    expect(declared.length).toBeGreaterThan(TENANT_KEYS.length / 2);
    expect(
      declared.map(([table, column]) => `${table}.${column}`).filter((k) => !keys.has(k)),
    ).toEqual([]);
  });
});
