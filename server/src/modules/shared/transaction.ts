import { type FlushMode, OptimisticLockError } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, ErrorCode } from '../../graphql/errors.js';
import { sql, type SQL } from '../../db/sql.js';
import type { Check } from './checked-write.js';
import { msg, noun } from '../../i18n/message.js';

/**
 * The one place every module's writes go through: a transaction, the version a client sent, and
 * the `CONFLICT` it gets when that version is stale. One shape for every versioned mutation:
 *
 *   extensions: { code: 'CONFLICT', field: <the version argument's path>, currentVersion: <n> }
 *
 * `field` names where the client sent its version (`version`, `input.version`); a mutation that
 * takes none (a check result) names the ID of the record that changed. `currentVersion` is the
 * record's version now, to re-read from. Other conflicts (a duplicate, a double booking) are
 * CONFLICT with the `field` at fault and no `currentVersion`.
 */

/** What changed and where the client named its version: for the CONFLICT it gets. */
export interface Versioned {
  /** The record, for the message: "The deal", "This purchaser". */
  what: string;
  /** The path of the version argument (or of the record's ID when the mutation takes none). */
  field: string;
}

/** The one CONFLICT of a stale version. */
export function versionConflict(
  at: Versioned,
  currentVersion: number | null,
  sent?: number | null,
): AppError {
  const seen = sent != null ? msg`you sent version ${sent}, ` : '';
  const now = currentVersion != null ? msg`it is now ${currentVersion}` : msg`it changed meanwhile`;
  return new AppError(
    ErrorCode.CONFLICT,
    msg`${noun(at.what)} was changed by someone else (${seen}${now}): reload it and try again`,
    { field: at.field, currentVersion },
  );
}

/**
 * The version the client saw must be the current one (optimistic locking); a version the client
 * left out (an optional one) checks nothing.
 */
export function requireVersion(
  entity: { version: number },
  sent: number | null | undefined,
  at: Versioned,
): void {
  if (sent != null && entity.version !== sent) throw versionConflict(at, entity.version, sent);
}

/**
 * {@link requireVersion} as a check of a write made in one statement (see checked-write.ts): the
 * record's version (`version`, SQL over the row the statement reads, answered as `answeredAs`) is
 * the one sent; a version the client left out checks nothing.
 */
export function versionCheck(
  version: SQL,
  sent: number | null | undefined,
  at: Versioned,
  answeredAs = 'version',
): Check<Record<string, unknown>> {
  return {
    name: 'version',
    holds: sent == null ? sql.true : sql`${version} = ${sql.value(sent)}::int`,
    refuse: (answer) => versionConflict(at, answer[answeredAs] as number, sent),
  };
}

/** Where a concurrent change points (see {@link Versioned}), and how the transaction runs. */
export interface TransactionOptions extends Versioned {
  /**
   * Times to run `work` again after a concurrent change, on a fresh fork: for writes that take
   * no version from the client (recording a check result moves the version on regardless).
   */
  retries?: number;
  /**
   * COMMIT: nothing reaches the database before the end, so a version moves on once. The
   * default (AUTO) flushes before queries that need it.
   */
  flushMode?: FlushMode;
  /** Maps an error of the database (a unique violation) to the client's; undefined: as is. */
  mapError?: (error: unknown) => Error | undefined;
}

/**
 * Runs one mutation's writes in one transaction on a fresh fork of `em`: everything it creates or
 * changes, audit events included, is flushed together or not at all, and nothing of a failed
 * mutation stays in the caller's unit of work. A record changed meanwhile (its version moved on
 * between read and flush) is the one version CONFLICT, pointing where `options` says, with the
 * record's version now.
 */
export async function inTransaction<T>(
  em: EntityManager,
  options: TransactionOptions,
  work: (tx: EntityManager) => Promise<T>,
): Promise<T> {
  const { retries = 0, flushMode, mapError } = options;
  for (let attempt = 0; ; attempt += 1) {
    try {
      const fork = em.fork(flushMode ? { flushMode } : {});
      return await fork.transactional((tx) => work(tx as EntityManager));
    } catch (error) {
      if (error instanceof OptimisticLockError) {
        if (attempt < retries) continue;
        throw versionConflict(options, await versionNow(em, error));
      }
      throw mapError?.(error) ?? error;
    }
  }
}

/**
 * Flushes the writes a mutation made on `em` (one statement batch, in one transaction of its own):
 * for writes that need no reads inside the transaction. A record changed meanwhile is the same
 * version CONFLICT as in {@link inTransaction}.
 */
export async function flushWrites(
  em: EntityManager,
  options: Versioned & Pick<TransactionOptions, 'mapError'>,
): Promise<void> {
  try {
    await em.flush();
  } catch (error) {
    if (error instanceof OptimisticLockError) {
      throw versionConflict(options, await versionNow(em, error));
    }
    throw options.mapError?.(error) ?? error;
  }
}

/** The version of the record an optimistic lock failed on, read afresh (null: gone). */
async function versionNow(em: EntityManager, error: OptimisticLockError): Promise<number | null> {
  const entity = error.entity as object | undefined;
  if (!entity) return null;
  const meta = em.getMetadata().find(entity.constructor.name);
  const versionProperty = meta?.versionProperty;
  if (!meta || !versionProperty || meta.primaryKeys.length !== 1) return null;
  const column = meta.properties[versionProperty].fieldNames[0]!;
  const key = meta.properties[meta.primaryKeys[0]!].fieldNames[0]!;
  const id = (entity as Record<string, unknown>)[meta.primaryKeys[0]!];
  const [row] = await em
    .fork()
    .getConnection()
    .execute<{ version: number }[]>(
      `select "${column}" as version from "${meta.tableName}" where "${key}" = ?`,
      [id],
    );
  return row?.version ?? null;
}
