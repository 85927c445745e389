import type { ServerResponse } from 'node:http';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ErrorCode, textOf } from '../graphql/errors.js';
import { Message, msg, translate, type Language, type Text } from '../i18n/message.js';
import type { Logger } from '../logger.js';
import type { RequestScope } from './request-id.js';

/** Codes of errors about the request itself, which clients read as they are. */
const CLIENT_CODES = new Set<string>([
  ...Object.values(ErrorCode).filter((code) => code !== ErrorCode.INTERNAL_SERVER_ERROR),
  // Apollo Server's own
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/** Whether an error is the client's to read (its code is one of ours or Apollo's request codes). */
export function isClientError(formatted: GraphQLFormattedError): boolean {
  const code = formatted.extensions?.code;
  return typeof code === 'string' && CLIENT_CODES.has(code);
}

/**
 * An error graphql-js made itself about the request, which Apollo leaves without a code (and so
 * calls internal): e.g. "Too many errors processing variables, error limit reached". It has
 * neither a path (a resolver's error has one) nor an original error (a thrown one has).
 */
function isRequestErrorWithoutCode(formatted: GraphQLFormattedError, error: unknown): boolean {
  return (
    formatted.extensions?.code === ErrorCode.INTERNAL_SERVER_ERROR &&
    error instanceof GraphQLError &&
    error.originalError === undefined &&
    error.path === undefined
  );
}

/**
 * A validation error about a literal argument value, which graphql/input-errors.ts gave the
 * input's path: answered as BAD_USER_INPUT, as the same value in a variable is (Apollo calls
 * every validation error GRAPHQL_VALIDATION_FAILED).
 */
function isLiteralInputError(formatted: GraphQLFormattedError): boolean {
  return (
    formatted.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' &&
    typeof formatted.extensions.field === 'string'
  );
}

/** The request each error was raised in, noted before Apollo formats it (see {@link noteErrors}). */
const requestOfError = new WeakMap<object, RequestScope>();

/** Notes the request these errors belong to, for the formatter (Apollo's has no context). */
export function noteErrors(request: RequestScope | undefined, errors: readonly unknown[]): void {
  if (!request) return;
  for (const error of errors) {
    if (typeof error === 'object' && error !== null) requestOfError.set(error, request);
  }
}

/**
 * Apollo's `formatError` (and the WebSocket's): an error that is not a client error is logged
 * with its request id and, in production, answered as `Internal server error` with only its code
 * and request id: no message, SQL or stack. Outside production the message stays, for debugging.
 * A client error's message is said in the request's language (`Accept-Language`; over WebSocket,
 * `language`, the connection's); its code, `field` and the rest stay as they are.
 */
export function errorFormatter(
  production: boolean,
  log: Logger,
): (
  formatted: GraphQLFormattedError,
  error: unknown,
  language?: Language,
) => GraphQLFormattedError {
  return (formatted, error, language) => {
    const request =
      typeof error === 'object' && error !== null ? requestOfError.get(error) : undefined;
    if (isRequestErrorWithoutCode(formatted, error) || isLiteralInputError(formatted)) {
      formatted = { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT' } };
    }
    const said = language ?? request?.language ?? 'en';
    if (isClientError(formatted)) {
      request?.errorCodes.push(formatted.extensions!.code as string);
      if (said === 'en') return formatted;
      const text = textOf(error);
      // a message graphql-js or Apollo made stays as it is (unless the catalog has it)
      const message = translate(text instanceof Message ? text : formatted.message, said);
      return { ...formatted, message };
    }
    request?.errorCodes.push(ErrorCode.INTERNAL_SERVER_ERROR);
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    (request?.log ?? log).error({ err: original, path: formatted.path }, 'internal error');
    const extensions = {
      ...(production ? {} : formatted.extensions),
      code: ErrorCode.INTERNAL_SERVER_ERROR,
      ...(request && { requestId: request.requestId }),
    };
    if (!production) return { ...formatted, extensions };
    return {
      message: translate(msg`Internal server error`, said),
      ...(formatted.locations && { locations: formatted.locations }),
      ...(formatted.path && { path: formatted.path }),
      extensions,
    };
  };
}

/**
 * Answers with a GraphQL-shaped error body (`{ errors: [{ message, extensions: { code } }] }`),
 * for what is refused before GraphQL runs: rate limits, timeouts.
 */
export function sendGraphQLError(
  res: ServerResponse,
  status: number,
  code: string,
  message: Text,
  headers: Record<string, string> = {},
  request?: RequestScope,
): void {
  request?.errorCodes.push(code);
  const requestId = request?.requestId;
  const text = JSON.stringify({
    errors: [
      {
        message: translate(message, request?.language ?? 'en'),
        extensions: { code, ...(requestId && { requestId }) },
      },
    ],
  });
  res.writeHead(status, {
    ...headers,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}
