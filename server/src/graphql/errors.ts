import { GraphQLError } from 'graphql';
import { msg, noun, type Message, type Text } from '../i18n/message.js';

/** Every error code a client can meet in `extensions.code`. */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  /** An ID names no record the viewer may read (missing or out of scope alike); with `field`. */
  NOT_FOUND: 'NOT_FOUND',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  CONFLICT: 'CONFLICT',
  INVALID_TRANSITION: 'INVALID_TRANSITION',
  ALREADY_REGISTERED: 'ALREADY_REGISTERED',
  /**
   * A change that would break recorded work (removing a lead unit that purchasers are attributed
   * to, a sub-delegation or member unit with purchasers or grants); with `field`.
   */
  IN_USE: 'IN_USE',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  /** Too many requests for a token or an address: wait `Retry-After` seconds (HTTP 429). */
  RATE_LIMITED: 'RATE_LIMITED',
  /** The request took longer than REQUEST_TIMEOUT_MS (HTTP 504). */
  REQUEST_TIMEOUT: 'REQUEST_TIMEOUT',
  /** The request body is over the size limit (HTTP 413). */
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  /** Trusted documents mode: only the SDK's persisted operations run for this role (HTTP 403). */
  TRUSTED_DOCUMENT_REQUIRED: 'TRUSTED_DOCUMENT_REQUIRED',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/**
 * An error meant for the client: a code, and where it applies the input field at fault. Its
 * `message` is English; `text` keeps the message (see i18n/message.ts) for the error formatter to
 * answer in the client's language.
 */
export class AppError extends GraphQLError {
  readonly text: Text;

  constructor(code: ErrorCode, message: Text, extensions: Record<string, unknown> = {}) {
    super(String(message), { extensions: { code, ...extensions } });
    this.text = message;
  }
}

/** The message of an error as a {@link Text}: an AppError's own (thrown or wrapped), else its text. */
export function textOf(error: unknown): Text {
  if (error instanceof AppError) return error.text;
  if (error instanceof GraphQLError && error.originalError instanceof AppError) {
    // graphql-js locates a thrown error in a new one with the same message
    if (error.message === error.originalError.message) return error.originalError.text;
  }
  return error instanceof Error ? error.message : String(error);
}

/** Bad input: `field` is the path of the offending input field, e.g. `input.creditCode`. */
export function badInput(field: string, message: Text): AppError {
  return new AppError(ErrorCode.BAD_USER_INPUT, message, { field });
}

/** The record a NOT_FOUND error is about, for {@link placeNotFound} in `relay.ts`. */
export const missingRecordOf = new WeakMap<AppError, string>();

/**
 * No record `id` that the viewer may read: whether it does not exist or is outside the viewer's
 * read scope, the answer is the same (existence does not leak). The root field's guard names
 * the argument that held the ID in `extensions.field` (see `placeNotFound`).
 */
export function notFound(what: string, id?: string): AppError {
  const error = new AppError(ErrorCode.NOT_FOUND, msg`${noun(what)} not found`);
  if (id !== undefined) missingRecordOf.set(error, id);
  return error;
}

/**
 * "a Purchaser", "an Organisation", "a User": the indefinite article of a noun, by its sound
 * (a leading "u" said "you", as in User or Unit, takes "a").
 */
export function withArticle(name: string): Message {
  return /^(?:[aeio]|u(?![bcdfghjklmnpqrstvwxyz][aeiou]))/i.test(name)
    ? msg`an ${noun(name)}`
    : msg`a ${noun(name)}`;
}
