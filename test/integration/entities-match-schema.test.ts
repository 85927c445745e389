/**
 * The entities declare the schema the migrations create. MikroORM's schema diff between the
 * entities and the migrated template database is empty, apart from the categories that only the
 * SQL migrations hold (README, "Entities and migrations"):
 *
 * 1. Foreign keys of more than one column: the composite keys that keep a tenant row inside the
 *    delegation (or expo, or sub-delegation) it names, e.g. (purchaser_id, delegation_id)
 *    references purchaser (id, delegation_id), including the single-column keys the migrations
 *    turned composite so that Citus can distribute both tables by delegation (migration
 *    20261207040001_citus_ready). MikroORM declares a key to the target's primary key only;
 *    such relations say `createForeignKeyConstraint: false`, and the second test holds that each
 *    of them is covered by a composite key in the database.
 * 2. CHECK constraints that no entity declares: value rules (formats, lengths, amounts >= 0,
 *    rules across columns). The allowed values of an enum column are not in this category:
 *    MikroORM reads them back as the column's enum items and compares them with the entity's.
 * 3. A primary key that is the entity's plus `delegation_id`: the tables `db/distribution.ts`
 *    places as distributed are keyed `(id, delegation_id)` in the database (Citus needs the
 *    distribution column in every key), while the entity keeps `id` alone, which is unique by
 *    itself (gen_random_uuid) and is all the identity map needs.
 *
 * A relation from a replicated or coordinator-only table (distribution.ts: reference, local) to a
 * distributed one has no foreign key at all, since Citus forbids it; it says
 * `createForeignKeyConstraint: false`, and the second test holds that the database has no key on
 * its column either.
 *
 * Everything else is compared: every table and column with its type, length, precision,
 * nullability and default; the primary key; every unique constraint and index by name, and by
 * its columns where MikroORM reads it as a column list; every single-column foreign key with its
 * name and its ON DELETE / ON UPDATE rules. Indexes that are not a plain column list (partial,
 * expression, DESC, INCLUDE, GIN, exclusion constraints) are declared with the statement that
 * creates them; MikroORM compares those by name only, so the third test runs each statement in
 * place of the migrated index and compares PostgreSQL's own definitions. Triggers and functions
 * are outside MikroORM's schema model and stay in the migrations.
 *
 * The categories are dropped from the database's side of the comparison by kind, never by
 * name, so any other difference fails the first test with the SQL that would fix it.
 */
import { DatabaseSchema, ReferenceKind, type MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openOrm } from '../../server/src/db/database.js';
import { DISTRIBUTION } from '../../server/src/db/distribution.js';
import { createTestDatabase } from '../helpers/database.js';

/** The migrated database as MikroORM reads it. */
async function readDatabase(orm: MikroORM): Promise<DatabaseSchema> {
  return DatabaseSchema.create(orm.em.getConnection(), orm.em.getPlatform(), orm.config);
}

/** Drops the categories the migrations own (see the top of this file) from the database's side. */
function withoutMigrationOwned(
  schema: DatabaseSchema,
  declaredChecks: Set<string>,
  entityKeys: Map<string, string[]>,
): string[] {
  const dropped: string[] = [];
  for (const table of schema.getTables()) {
    const primary = table.getIndexes().find((index) => index.primary);
    const declared = entityKeys.get(table.name);
    if (
      primary &&
      declared &&
      JSON.stringify(primary.columnNames) === JSON.stringify([...declared, 'delegation_id'])
    ) {
      primary.columnNames = declared;
      dropped.push(`${table.name}: delegation_id of the primary key`);
    }
    const foreignKeys = table.getForeignKeys();
    for (const [name, key] of Object.entries(foreignKeys)) {
      if (key.columnNames.length > 1) {
        delete foreignKeys[name];
        dropped.push(`${table.name}: foreign key ${name}`);
      }
    }
    const checks = table.getChecks();
    for (let i = checks.length - 1; i >= 0; i--) {
      if (!declaredChecks.has(`${table.name}.${checks[i].name}`)) {
        dropped.push(`${table.name}: check ${checks[i].name}`);
        checks.splice(i, 1);
      }
    }
  }
  return dropped;
}

describe('the entities match the migrated schema', () => {
  let orm: MikroORM;
  let database: Awaited<ReturnType<typeof createTestDatabase>>;

  beforeAll(async () => {
    database = await createTestDatabase();
    orm = await openOrm(database.url, { dbPoolSize: 1, statementTimeoutMs: 60_000 });
  });

  afterAll(async () => {
    await orm?.close();
    await database?.drop();
  });

  it('leaves MikroORM nothing to change outside the categories the migrations own', async () => {
    const declaredChecks = new Set(
      Object.values(orm.getMetadata().getAll()).flatMap((meta) =>
        meta.checks.map((check) => `${meta.tableName}.${check.name}`),
      ),
    );
    const entityKeys = new Map(
      Object.values(orm.getMetadata().getAll()).map((meta) => [
        meta.tableName,
        meta.getPrimaryProps().flatMap((prop) => prop.fieldNames),
      ]),
    );
    const fromSchema = await readDatabase(orm);
    const dropped = withoutMigrationOwned(fromSchema, declaredChecks, entityKeys);
    // the categories are there to drop: the filter is not what makes the diff empty
    expect(dropped.some((item) => item.includes('foreign key'))).toBe(true);
    expect(dropped.some((item) => item.includes('check'))).toBe(true);
    expect(dropped.some((item) => item.includes('primary key'))).toBe(true);

    const sql = await orm.getSchemaGenerator().getUpdateSchemaSQL({ fromSchema, wrap: false });
    // the statements that would make the database what the entities say
    expect(sql.replace(/\n{2,}/g, '\n').trim()).toBe('');
  });

  it('covers every relation without a foreign key of its own by a composite key', async () => {
    const schema = await readDatabase(orm);
    const uncovered: string[] = [];
    for (const meta of Object.values(orm.getMetadata().getAll())) {
      for (const prop of meta.relations) {
        if (prop.kind !== ReferenceKind.MANY_TO_ONE || prop.createForeignKeyConstraint) continue;
        const column = prop.fieldNames[0];
        const table = schema.getTable(meta.tableName);
        const keys = Object.values(table?.getForeignKeys() ?? {});
        if (
          DISTRIBUTION[meta.tableName]?.placement !== 'distributed' &&
          DISTRIBUTION[prop.targetMeta!.tableName]?.placement === 'distributed'
        ) {
          // Citus forbids the key: there must be none
          if (keys.some((key) => key.columnNames.includes(column!))) {
            uncovered.push(
              `${meta.className}.${prop.name} (${column}): a key to a distributed table`,
            );
          }
          continue;
        }
        // a composite key on the column, to the relation's table and key where it names it
        const covered = keys.some((key) => {
          const at = key.columnNames.indexOf(column);
          if (at < 0 || key.columnNames.length < 2) return false;
          const target = key.referencedTableName.replace(/^public\./, '');
          return (
            target !== prop.targetMeta!.tableName ||
            key.referencedColumnNames[at] === prop.referencedColumnNames[0]
          );
        });
        if (!covered) uncovered.push(`${meta.className}.${prop.name} (${column})`);
      }
    }
    expect(uncovered).toEqual([]);
  });

  it('creates every index declared by its statement exactly as the migrations did', async () => {
    // MikroORM compares these by name only; PostgreSQL's own rendering compares the rest
    const declared = Object.values(orm.getMetadata().getAll()).flatMap((meta) =>
      [...meta.indexes, ...meta.uniques].flatMap((index) =>
        typeof index.expression === 'string' && index.name
          ? [{ table: meta.tableName, name: index.name, statement: index.expression }]
          : [],
      ),
    );
    expect(declared.length).toBeGreaterThan(0);
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const definition = async (name: string) => {
      const found = await client.query<{ index: string; constraint: string | null }>(
        `select pg_get_indexdef(i.oid) as index,
                (select pg_get_constraintdef(c.oid) from pg_constraint c
                  where c.conindid = i.oid and c.contype = 'x') as constraint
           from pg_class i where i.relname = $1 and i.relkind = 'i'`,
        [name],
      );
      return found.rows[0];
    };
    const differ: string[] = [];
    try {
      await client.query('begin');
      for (const { table, name, statement } of declared) {
        const migrated = await definition(name);
        if (!migrated) {
          differ.push(`${name}: not in the database`);
          continue;
        }
        await client.query(
          migrated.constraint
            ? `alter table ${table} drop constraint ${name}`
            : `drop index ${name}`,
        );
        await client.query(statement);
        const recreated = await definition(name);
        if (JSON.stringify(recreated) !== JSON.stringify(migrated)) {
          differ.push(`${name}: ${JSON.stringify(recreated)} <> ${JSON.stringify(migrated)}`);
        }
      }
    } finally {
      await client.query('rollback');
      await client.end();
    }
    expect(differ).toEqual([]);
  });
});
