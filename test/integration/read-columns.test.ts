import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Viewer } from '../../server/src/auth/viewer.js';
import { columnTypes, SelectList } from '../../server/src/graphql/columns.js';
import { relationShape } from '../../server/src/graphql/embeds.js';
import { scopeParams, type RelationScope } from '../../server/src/graphql/loaders.js';
import { checkedScopeParams } from '../../server/src/modules/purchaser/purchaser.loader.js';
import { readRegistry } from '../../server/src/modules/reads.js';
import { useTestServer } from '../helpers/server.js';

// The read path types the columns it embeds and folds from their declarations (the entities'
// metadata, or the type declared for an expression), not by running statements at start. Here
// every declaration the read registry (modules/reads.ts) holds is held to what the migrated database returns: a
// declaration (or an entity) that differs from the database fails, naming the column.

describe('declared read columns', () => {
  const t = useTestServer();

  /** Name and type (OID) of each column a statement returns, run on no rows. */
  async function returned(text: string, values: unknown[] = []): Promise<[string, number][]> {
    const result = await t.sql.query(`select * from (${text}) r limit 0`, values);
    return result.fields.map((f) => [f.name, f.dataTypeID]);
  }

  /** A viewer whose scope parameters are all unset. */
  const nobody = Object.assign(Object.create(Viewer.prototype) as Viewer, {
    delegationIds: null,
    isAdmin: null,
    fullDelegationIds: null,
    subDelegationIds: null,
    memberUnitKeys: null,
    purchaserIds: null,
    checkDelegationIds: null,
  });

  /** A relation's parameters for no rows: no ids, the scope's parameters all unset. */
  const noRows = (scope: RelationScope) => [[], ...scopeParams(nobody, scope)];

  const declared = (list: SelectList) => [...columnTypes(list, t.server.db.orm.getMetadata())];

  it('every embedded relation returns the columns, of the types, it declares', async () => {
    const metadata = t.server.db.orm.getMetadata();
    const fields = [...readRegistry().embeds];
    expect(fields.length).toBeGreaterThan(0);
    for (const [field, { relation }] of fields) {
      const shape = relationShape(relation, metadata).map(({ name, type }) => [name, type]);
      expect(shape, `${field} (${relation.name})`).toEqual(
        await returned(relation.sql, noRows(relation.scope)),
      );
    }
  });

  it('every folded list returns the columns, of the types, it declares', async () => {
    const folds = [...readRegistry().folds];
    expect(folds.length).toBeGreaterThan(0);
    for (const [field, fold] of folds) {
      if (fold.kind === 'connection') {
        const { source } = fold;
        expect(declared(source.columns), `${field} (${source.spec.name})`).toEqual(
          await returned(`select ${source.columns.text} from ${source.from}`),
        );
      } else {
        const { relation } = fold;
        expect(declared(relation.columns), `${field} (${relation.name})`).toEqual(
          await returned(relation.sql, noRows(relation.scope)),
        );
      }
    }
  });

  it('every relation of every module returns the columns, of the types, it declares', async () => {
    // every relation a module's .loader.ts exports (by id, by parent, or checked)
    const dir = new URL('../../server/src/modules/', import.meta.url);
    const relations: { name: string; sql: string; columns: SelectList; scope?: RelationScope }[] =
      [];
    for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
      if (!entry.endsWith('.loader.ts')) continue;
      const module = (await import(new URL(entry, dir).href)) as Record<string, unknown>;
      for (const value of Object.values(module)) {
        const relation = value as (typeof relations)[number];
        if (typeof relation?.sql === 'string' && typeof relation.name === 'string') {
          expect(
            relation.columns,
            `${entry}: ${relation.name} declares its columns`,
          ).toBeInstanceOf(SelectList);
          relations.push(relation);
        }
      }
    }
    expect(relations.length).toBeGreaterThan(40);
    for (const relation of relations) {
      const values = relation.scope ? noRows(relation.scope) : [[], ...checkedScopeParams(nobody)];
      expect(declared(relation.columns), relation.name).toEqual(
        await returned(relation.sql, values),
      );
    }
  });
});
