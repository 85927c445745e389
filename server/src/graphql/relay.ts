import { randomUUID } from 'node:crypto';
import 'reflect-metadata';
import { Field, ID, InterfaceType } from 'type-graphql';
import { sql, type SQL } from '../db/sql.js';
import { AppError, ErrorCode, missingRecordOf, withArticle } from './errors.js';
import { msg } from '../i18n/message.js';

/**
 * Global object identification (Relay): an ID is base64url("Type:uuid"), so that
 * `node(id)` can find any object and clients can cache by ID.
 */
export function toGlobalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`).toString('base64url');
}

/**
 * {@link toGlobalId} as SQL, of `id` (SQL of a uuid; null gives null): for a statement that
 * writes global IDs itself (a purchaser's audit snapshot). PostgreSQL's base64 is padded and
 * breaks lines; base64url is neither, and says - and _ for + and /.
 */
export function globalIdSql(type: string, id: SQL): SQL {
  return sql`translate(encode(convert_to(${sql.value(`${type}:`)}::text || ${id}::text, 'UTF8'), 'base64'), E'+/=\\n', '-_')`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Decodes a global ID; undefined when it is not one (or not of `expectedType`). */
export function fromGlobalId(
  globalId: string,
  expectedType?: string,
): { type: string; id: string } | undefined {
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 1) return undefined;
  const type = decoded.slice(0, colon);
  const id = decoded.slice(colon + 1);
  if (!UUID.test(id) || (expectedType && type !== expectedType)) return undefined;
  return { type, id };
}

/** A row read from the database carries its GraphQL type name for `Node` resolution. */
export interface Typed {
  __typename?: string;
}

@InterfaceType({
  description: 'An object with a global ID, fetchable with `node(id:)`.',
  resolveType: (value: Typed) => value.__typename,
})
export abstract class Node {
  @Field(() => ID, { description: 'Global ID: opaque, stable, unique across types.' })
  id!: string;
}

/**
 * The uuid inside a global ID of the given type. Otherwise (not a global ID, or one of another
 * type) it names no record of that type: NOT_FOUND, as for an ID that names nothing, with
 * `field` (the input path) in `extensions.field`.
 */
export function uuidOf(globalId: string, type: string, field: string): string {
  const decoded = fromGlobalId(globalId, type);
  if (!decoded) throw notAnId(type, field);
  return decoded.id;
}

function notAnId(type: string, field: string): AppError {
  return new AppError(ErrorCode.NOT_FOUND, msg`${field} is not the ID of ${withArticle(type)}`, {
    field,
  });
}

/**
 * Global IDs for a service that checks the records they name in its own order (`recordDeal`:
 * which of its IDs is at fault depends on what the others name): the resolver decodes them all
 * here, and the service sees uuids only. An ID that is not one of its type decodes to a fresh
 * random uuid, which names no record: the service finds it missing where it looks that record up,
 * as it would a missing one, and {@link InOrderIds.run} answers that NOT_FOUND as
 * {@link uuidOf} does (`input.exhibitorId is not the ID of an Exhibitor`, at its path).
 */
export class InOrderIds {
  /** Each stand-in uuid, and the global ID's type and path it stands for. */
  private readonly standIns = new Map<string, { type: string; field: string }>();

  /** The uuid inside `globalId`, or a stand-in for it (see {@link InOrderIds}). */
  uuid(globalId: string, type: string, field: string): string {
    const decoded = fromGlobalId(globalId, type);
    if (decoded) return decoded.id;
    const standIn = randomUUID();
    this.standIns.set(standIn, { type, field });
    return standIn;
  }

  /** The stand-ins so far: uuids known to name no record, for a service that asks early. */
  get knownMissing(): ReadonlySet<string> {
    return new Set(this.standIns.keys());
  }

  /** As {@link uuid}; absent and null stay as they are. */
  optional<T extends null | undefined>(globalId: string | T, type: string, field: string) {
    return globalId == null ? (globalId as T) : this.uuid(globalId, type, field);
  }

  /**
   * Runs the service, outside any `rootedAt` (paths.ts): the paths given here are whole: its
   * NOT_FOUND for a stand-in becomes the NOT_FOUND of an ID that is not one.
   */
  async run<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      const uuid = error instanceof AppError ? missingRecordOf.get(error) : undefined;
      const standIn = uuid === undefined ? undefined : this.standIns.get(uuid);
      throw standIn ? notAnId(standIn.type, standIn.field) : error;
    }
  }
}

/** The input path of the first global ID in `args` that holds `uuid` (`input.purchaserIds.2`). */
function pathOfId(value: unknown, uuid: string, path: string): string | undefined {
  if (typeof value === 'string') return fromGlobalId(value)?.id === uuid ? path : undefined;
  if (typeof value !== 'object' || value === null) return undefined;
  for (const [key, inner] of Object.entries(value)) {
    const found = pathOfId(inner, uuid, path ? `${path}.${key}` : key);
    if (found) return found;
  }
  return undefined;
}

/**
 * Every root field's guard passes its errors through here: a NOT_FOUND raised by
 * `notFound(what, uuid)` gets the input path of the argument holding that record's global ID in
 * `extensions.field`, in the same form as every other error (`id`, `input.purchaserId`).
 * Services speak uuids; the path is found once, here, for every query and mutation.
 */
export function placeNotFound(error: unknown, args: Record<string, unknown>): unknown {
  if (!(error instanceof AppError) || error.extensions.field !== undefined) return error;
  const uuid = missingRecordOf.get(error);
  const field = uuid === undefined ? undefined : pathOfId(args, uuid, '');
  return field ? new AppError(ErrorCode.NOT_FOUND, error.text, { field }) : error;
}
