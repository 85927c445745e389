import type pg from 'pg';
import { expect } from 'vitest';
import { DelegationHubError } from '../../sdk/src/index.js';
import { Role } from '../../server/src/auth/roles.js';

/** Refusals as a user meets them: the SDK's error, and nothing written anywhere. */

/**
 * Columns the notification worker keeps for itself after a commit, on its own schedule (an
 * event fanned out to webhooks, a webhook leased): no call writes them, so they are left out.
 */
const WORKER_COLUMNS = ['fanned_out_at', 'lease_owner', 'lease_until'];

/** A fingerprint of every table (its rows' count and hash): a refused call leaves all as they were. */
export async function everyTable(sql: pg.Pool): Promise<string> {
  const { rows: tables } = await sql.query<{ name: string }>(
    `select tablename as name from pg_tables where schemaname = 'public' order by 1`,
  );
  const parts: string[] = [];
  for (const { name } of tables) {
    const { rows } = await sql.query(
      `select count(*)::int as n, md5(coalesce(string_agg(j::text, '|' order by j::text), '')) as h
       from (select to_jsonb(r) - $1::text[] as j from "${name}" r) r`,
      [WORKER_COLUMNS],
    );
    parts.push(`${name}:${rows[0].n}:${rows[0].h}`);
  }
  return parts.join('\n');
}

/** The SDK's error of a call that must be refused, once it is checked to have written nothing. */
export async function refusedUnchanged(sql: pg.Pool, call: () => Promise<unknown>) {
  const before = await everyTable(sql);
  const error = await call().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DelegationHubError);
  expect(await everyTable(sql)).toBe(before);
  const { code, field, message, errors } = error as DelegationHubError;
  return { code, field, message, extensions: errors[0]?.extensions as Record<string, unknown> };
}

/** What a refused SDK call answered: its code, field and (for a stale version) the current one. */
export async function refusal(call: Promise<unknown>) {
  try {
    await call;
  } catch (error) {
    if (!(error instanceof DelegationHubError)) throw error;
    const { code, field, currentVersion } = (error.errors[0]?.extensions ?? {}) as Record<
      string,
      unknown
    >;
    return currentVersion === undefined ? { code, field } : { code, field, currentVersion };
  }
  throw new Error('expected the call to be refused');
}

/** The exhibitor whose representative {@link otherScopes} names (each test makes it). */
export const OTHER_EXHIBITOR = 'Refused Exhibitor GmbH';

/**
 * A scope for every role, for the checks that each role but a few is refused (the office's and
 * the analyst's of the sixth edition's Gansu, the rest of the fifth's Qinghai); `purchaser` is
 * the key of a purchaser of Qinghai. A role added without one fails to compile.
 */
export function otherScopes(purchaser: string): Record<Role, string | undefined> {
  return {
    [Role.ADMIN]: undefined,
    [Role.EXPO_BUREAU]: 'CIIE-5',
    [Role.DELEGATION_OFFICE]: 'CIIE-6/GS',
    [Role.SUB_DELEGATION_LEAD]: 'CIIE-5/QH/COMMERCE',
    [Role.MEMBER_UNIT]: 'CIIE-5/QH/CULTURE_TOURISM',
    [Role.CREDIT_CHECKER]: 'CIIE-6/GS',
    [Role.BACKGROUND_CHECKER]: 'CIIE-6/GS',
    [Role.PURCHASER]: `CIIE-5/QH/${purchaser}`,
    [Role.ANALYST]: 'CIIE-6',
    // made by `tradeExhibitor(sql, { name: OTHER_EXHIBITOR, area: … })` in the test
    [Role.EXHIBITOR]: `CIIE-5/${OTHER_EXHIBITOR}`,
  };
}
