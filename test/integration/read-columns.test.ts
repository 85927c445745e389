import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { Role } from '../../server/src/auth/roles.js';
import { Viewer, type Grant } from '../../server/src/auth/viewer.js';
import { compile, sql, type SQL } from '../../server/src/db/sql.js';
import { columnName, columnTypes, SelectList } from '../../server/src/graphql/columns.js';
import type { ListSpec, ValueKind } from '../../server/src/graphql/lists/filter.js';
import type { ListSource } from '../../server/src/graphql/lists/source.js';
import { relationShape } from '../../server/src/graphql/embeds.js';
import {
  idArray,
  selectRows,
  type ByIdRelation,
  type Rows,
} from '../../server/src/graphql/loaders.js';
import { readRegistry } from '../../server/src/modules/reads.js';
import { grantOf } from '../helpers/grants.js';
import { useTestServer } from '../helpers/server.js';

// The read path types the columns it embeds and folds from their declarations (the entities'
// metadata, or the type declared for an expression), not by running statements at start. Here
// every declaration the read registry (modules/reads.ts) holds is held to what the migrated database returns: a
// declaration (or an entity) that differs from the database fails, naming the column.

/** Every list a module's .list.ts exports. */
async function listSources(): Promise<ListSource[]> {
  const dir = new URL('../../server/src/modules/', import.meta.url);
  const sources: ListSource[] = [];
  for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!entry.endsWith('.list.ts')) continue;
    const module = (await import(new URL(entry, dir).href)) as Record<string, unknown>;
    for (const value of Object.values(module)) {
      const source = value as Partial<ListSource>;
      if (source && typeof source === 'object' && source.spec && source.order) {
        sources.push(source as ListSource);
      }
    }
  }
  return sources;
}

describe('declared read columns', () => {
  const t = useTestServer();

  /** Name and type (OID) of each column a statement returns, run on no rows. */
  async function returned(statement: SQL): Promise<[string, number][]> {
    const { text, values } = compile(statement);
    const result = await t.sql.query(`select * from (${text}) r limit 0`, values);
    return result.fields.map((f) => [f.name, f.dataTypeID]);
  }

  /** Grants of every scoped kind, so that every condition of every scope is in the statements. */
  const grant = (role: Role, more: Partial<Grant>): Grant =>
    grantOf(role, { delegationId: randomUUID(), ...more });
  const scoped = new Viewer({ id: randomUUID(), name: 'scoped' }, [
    grant(Role.DELEGATION_OFFICE, {}),
    grant(Role.SUB_DELEGATION_LEAD, { subDelegationId: randomUUID(), leadId: randomUUID() }),
    grant(Role.MEMBER_UNIT, { organisationId: randomUUID() }),
    grant(Role.PURCHASER, { purchaserId: randomUUID() }),
    grant(Role.CREDIT_CHECKER, {}),
  ]);

  /** A relation's statement for no parents, as a viewer of every scoped kind reads it. */
  const noRows = (relation: { sql: (ids: SQL, viewer: Viewer) => SQL }) =>
    relation.sql(idArray([]), scoped);

  const declared = (list: SelectList) => [...columnTypes(list, t.server.db.orm.getMetadata())];

  it('every embedded relation returns the columns, of the types, it declares', async () => {
    const metadata = t.server.db.orm.getMetadata();
    const fields = [...readRegistry().embeds];
    expect(fields.length).toBeGreaterThan(0);
    for (const [field, { relation }] of fields) {
      const shape = relationShape(relation, metadata).map(({ name, type }) => [name, type]);
      expect(shape, `${field} (${relation.name})`).toEqual(await returned(noRows(relation)));
    }
  });

  it('every folded list returns the columns, of the types, it declares', async () => {
    const folds = [...readRegistry().folds];
    expect(folds.length).toBeGreaterThan(0);
    for (const [field, fold] of folds) {
      if (fold.kind === 'connection') {
        const { source } = fold;
        expect(declared(source.columns), `${field} (${source.spec.name})`).toEqual(
          await returned(selectRows(source, scoped)),
        );
      } else {
        const { relation } = fold;
        expect(declared(relation.columns), `${field} (${relation.name})`).toEqual(
          await returned(noRows(relation)),
        );
      }
    }
  });

  it('every table and relation of every module returns the columns, of the types, it declares', async () => {
    // every table declaration (Rows) and relation a module's .loader.ts or .list.ts exports
    const dir = new URL('../../server/src/modules/', import.meta.url);
    const statements: { name: string; columns: SelectList; statement: SQL }[] = [];
    for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
      if (!entry.endsWith('.loader.ts') && !entry.endsWith('.list.ts')) continue;
      const module = (await import(new URL(entry, dir).href)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(module)) {
        const item = value as Partial<Rows & ByIdRelation<{ id: string }>>;
        if (!item || typeof item !== 'object' || !(item.columns instanceof SelectList)) continue;
        if (typeof item.sql === 'function') {
          statements.push({
            name: `${entry}: ${name}`,
            columns: item.columns,
            statement: noRows(item as ByIdRelation<{ id: string }>),
          });
        } else if (typeof item.scope === 'function' && item.from) {
          statements.push({
            name: `${entry}: ${name}`,
            columns: item.columns,
            statement: selectRows(item as Rows, scoped),
          });
        }
      }
    }
    expect(statements.length).toBeGreaterThan(50);
    for (const { name, columns, statement } of statements) {
      expect(declared(columns), name).toEqual(await returned(statement));
    }
  });

  it('every list filter compares a column of its table, of a type its filter input fits', async () => {
    // the PostgreSQL types (OIDs) each kind of filter input compares
    const fits: Record<ValueKind['kind'], number[]> = {
      id: [2950],
      string: [25, 1043, 1042],
      int: [23, 20],
      decimal: [1700],
      date: [1082],
      datetime: [1184],
      boolean: [16],
      enum: [25, 1043],
    };
    const specs = new Map<string, ListSpec>();
    const visit = (spec: ListSpec) => {
      if (specs.has(spec.name)) return;
      specs.set(spec.name, spec);
      for (const relation of Object.values(spec.relations ?? {})) visit(relation.target());
    };
    for (const source of await listSources()) visit(source.spec);
    expect(specs.size).toBeGreaterThan(5);
    let fields = 0;
    for (const spec of specs.values()) {
      for (const [name, field] of Object.entries(spec.fields)) {
        const [[, type]] = await returned(
          sql`select ${field.expression?.('t') ?? sql.identifier('t', columnName(field.column))} from ${sql.identifier(spec.table)} t`,
        );
        expect(fits[field.value.kind], `${spec.name}.${name} (${field.column})`).toContain(type);
        fields += 1;
      }
      for (const [name, relation] of Object.entries(spec.relations ?? {})) {
        const [[, type]] = await returned(
          sql`select ${sql.identifier('t', columnName(relation.key))} from ${sql.identifier(spec.table)} t`,
        );
        expect(type, `${spec.name}.${name} (${relation.key})`).toBe(2950);
      }
    }
    expect(fields).toBeGreaterThan(60);
  });
});
