import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { PreparedStatements } from '../../server/src/db/prepared.js';
import { useTestServer } from '../helpers/server.js';

// Reads run as named prepared statements once their text comes again: parsed (and, where
// PostgreSQL's plan cache allows, planned) once per connection. A schema change that makes a
// cached plan stale must not break them.

describe('prepared read statements', () => {
  const t = useTestServer();

  beforeAll(async () => {
    for (const [i, booth] of ['A1', null, 'C3'].entries()) {
      await t.sql.query(
        `insert into exhibitor (expo_id, exhibition_area_id, name_en, country, booth)
         select e.id, a.id, $1, 'DE', $2 from expo e join exhibition_area a on a.expo_id = e.id
         where e.key = 'CIIE-5' order by a.key limit 1`,
        [`Prepared GmbH ${i}`, booth],
      );
    }
  });

  it('names a text the second time it runs, within the limit, and stays correct across a change of a column type', async () => {
    const pool = new pg.Pool({ connectionString: t.server.db.url, max: 1 });
    try {
      const prepared = new PreparedStatements(2);
      const session = async () =>
        (await pool.query(`select name from pg_prepared_statements order by name`)).rows.map(
          (r) => r.name,
        );
      const a = `select id, booth from exhibitor order by id limit $1`;
      const b = `select id, name_en from exhibitor order by id limit $1`;
      const c = `select id, country from exhibitor order by id limit $1`;
      expect(prepared.nameOf(a)).toBeUndefined(); // seen once: unnamed
      const before = await prepared.query(pool, a, [3]);
      expect(await session()).toEqual(['dh_1']);
      await prepared.query(pool, b, [3]);
      await prepared.query(pool, b, [3]);
      await prepared.query(pool, c, [3]);
      await prepared.query(pool, c, [3]);
      // the limit: two texts named, the third stays unnamed
      expect(await session()).toEqual(['dh_1', 'dh_2']);
      expect(prepared.nameOf(c)).toBeUndefined();
      // a migration changes the type of a column the prepared statement returns
      await t.sql.query(`alter table exhibitor alter column booth type varchar(40)`);
      const after = await prepared.query(pool, a, [3]);
      expect(after.rows).toEqual(before.rows);
      expect(before.rows.length).toBe(3);
      // renamed (on a new connection: the pool drops one whose query failed), the next run
      // prepares it anew under another name
      await prepared.query(pool, a, [3]);
      expect(await session()).toEqual(['dh_3']);
      expect((await prepared.query(pool, a, [3])).rows).toEqual(before.rows);
    } finally {
      await t.sql.query(`alter table exhibitor alter column booth type text`);
      await pool.end();
    }
  });

  it('answers the same through the API before and after a migration changes a column type under it', async () => {
    const admin = t.as('ADMIN');
    const q = `{ exhibitors(first: 5, orderBy: [{ field: NAME_EN }]) { nodes { id nameEn booth country } } }`;
    const first = await admin(q);
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data.exhibitors.nodes.length).toBeGreaterThan(0);
    // every connection of the pool has prepared it
    for (let i = 0; i < 12; i += 1) expect((await admin(q)).body).toEqual(first.body);
    await t.sql.query(`alter table exhibitor alter column country type varchar(2)`);
    try {
      for (let i = 0; i < 12; i += 1) expect((await admin(q)).body).toEqual(first.body);
    } finally {
      await t.sql.query(`alter table exhibitor alter column country type char(2)`);
    }
  });
});
