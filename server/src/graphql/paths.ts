import { GraphQLError } from 'graphql';
import { uuidOf } from './relay.js';

/**
 * Runs a service whose errors name their field relative to one argument (`version`,
 * `attendees.0.name`) and roots those fields at it (`input.version`): services speak of their
 * command, the resolver of where the client wrote it. Errors without a field pass as they are.
 */
export async function rootedAt<T>(root: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof GraphQLError && typeof error.extensions.field === 'string') {
      const field = error.extensions.field;
      error.extensions.field = field ? `${root}.${field}` : root;
    }
    throw error;
  }
}

/**
 * The UUID of an optional global ID argument: absent and null stay as they are (a service may
 * tell "leave it" from "clear it"); anything else must be an ID of `type` (NOT_FOUND at `field`).
 */
export function optionalUuid<T extends null | undefined>(
  globalId: string | T,
  type: string,
  field: string,
): string | T {
  return globalId == null ? (globalId as T) : uuidOf(globalId, type, field);
}
