import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/src/config.js';
import { lsnOf } from '../../server/src/db/replicas.js';

const saved = { ...process.env };
afterEach(() => {
  for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
  Object.assign(process.env, saved);
});

describe('replica and pooler settings', () => {
  it('reads DATABASE_REPLICA_URLS as a comma-separated list, blanks ignored', () => {
    process.env.DATABASE_REPLICA_URLS = ' postgres://a:1@r1:5432/db , ,postgres://a:1@r2:5432/db';
    expect(loadConfig().databaseReplicaUrls).toEqual([
      'postgres://a:1@r1:5432/db',
      'postgres://a:1@r2:5432/db',
    ]);
    delete process.env.DATABASE_REPLICA_URLS;
    expect(loadConfig().databaseReplicaUrls).toEqual([]);
  });

  it('turns named prepared statements off behind a transaction pooler unless asked for', () => {
    delete process.env.PREPARED_STATEMENTS;
    expect(loadConfig().preparedStatements).toBe(256);
    process.env.DATABASE_POOLER = 'transaction';
    expect(loadConfig().preparedStatements).toBe(0);
    process.env.PREPARED_STATEMENTS = '256';
    expect(loadConfig().preparedStatements).toBe(256);
    process.env.DATABASE_POOLER = 'session';
    expect(() => loadConfig()).toThrow(
      'DATABASE_POOLER must be none or transaction, got "session"',
    );
  });

  it('orders and subtracts WAL positions across the 4 GB boundary of their text form', () => {
    expect(lsnOf('0/16B3748')).toBe(0x16b3748n);
    expect(lsnOf('1/0') - lsnOf('0/FFFFFFFF')).toBe(1n);
    expect(lsnOf('A/1') > lsnOf('9/FFFFFFFF')).toBe(true);
  });
});
