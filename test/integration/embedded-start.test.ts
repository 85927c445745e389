import { execFileSync } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureUser, resolveScope } from '../../server/src/auth/bootstrap.js';
import { Role } from '../../server/src/auth/roles.js';
import { issueToken } from '../../server/src/auth/tokens.js';
import { seedPlan } from '../../server/src/db/seed/seed.js';
import { start } from '../../server/src/index.js';
import { post } from '../helpers/server.js';

const TABLES = [
  'expo',
  'exhibition_area',
  'organisation',
  'person',
  'delegation',
  'delegation_contact',
  'member_unit',
  'leading_group_member',
  'responsibility',
  'sub_delegation',
  'sub_delegation_lead',
];

function postgresProcessesFor(dir: string): number {
  const out = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' });
  return out.split('\n').filter((line) => line.includes(dir) && /postgres/.test(line)).length;
}

describe('npm start on the embedded PostgreSQL', () => {
  let dataDir = '';
  afterAll(async () => {
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('migrates and seeds on first start, reuses the data on the next, and leaves no postgres behind', async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'delegation-hub-start-'));
    await chmod(dataDir, 0o755);
    const options = {
      databaseUrl: undefined,
      dataDir,
      port: 0,
      host: '127.0.0.1',
      logLevel: 'silent' as const,
    };
    const query = `{ delegation(expoKey: "CIIE-5", key: "QH") { id targetTotal } }`;

    const first = await start(options);
    const adminToken = async (server: typeof first) => {
      const userId = await ensureUser(
        server.db.pool,
        'admin',
        Role.ADMIN,
        [await resolveScope(server.db.pool, Role.ADMIN, undefined)],
        'test',
      );
      return {
        authorization: `Bearer ${(await issueToken(server.app.signingKey, userId, 600)).token}`,
      };
    };
    const a = await post(first.url, query, undefined, await adminToken(first));
    expect(a.body.data.delegation.targetTotal).toBe(174);
    const counts = async (server: typeof first) =>
      Object.fromEntries(
        await Promise.all(
          TABLES.map(async (table) => [
            table,
            (await server.db.pool.query(`select count(*)::int as n from ${table}`)).rows[0].n,
          ]),
        ),
      );
    const seeded = await counts(first);
    expect(seeded).toMatchObject({
      organisation: 19,
      leading_group_member: 20,
      sub_delegation: 7,
      sub_delegation_lead: 9,
      exhibition_area: 8,
    });
    // seeding again changes nothing
    expect(await seedPlan(first.db)).toBe(false);
    expect(await counts(first)).toEqual(seeded);
    await first.stop();
    expect(postgresProcessesFor(dataDir)).toBe(0);

    const second = await start(options);
    const b = await post(second.url, query, undefined, await adminToken(second));
    expect(b.body.data.delegation.id).toBe(a.body.data.delegation.id);
    expect(await counts(second)).toEqual(seeded);
    await second.stop();
    expect(postgresProcessesFor(dataDir)).toBe(0);
  });
});
