import 'reflect-metadata';
import { Field, ID, InterfaceType } from 'type-graphql';
import { badInput } from './errors.js';

/**
 * Global object identification (Relay): an ID is base64url("Type:uuid"), so that
 * `node(id)` can find any object and clients can cache by ID.
 */
export function toGlobalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`).toString('base64url');
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

/** The uuid inside a global ID of the given type; BAD_USER_INPUT naming `field` otherwise. */
export function uuidOf(globalId: string, type: string, field: string): string {
  const decoded = fromGlobalId(globalId, type);
  if (!decoded) throw badInput(field, `${field} is not the ID of a ${type}`);
  return decoded.id;
}
