import type { GraphQLFormattedError } from 'graphql';

/** What {@link DelegationHubError} is built from. */
export interface DelegationHubErrorOptions {
  /** Machine-readable code; see {@link DelegationHubError.code}. */
  code: string;
  /** The input field at fault, e.g. `input.creditCode`, when the server names one. */
  field?: string;
  /** Where in the result the error happened, e.g. `['delegation', 'officeHost']`. */
  path?: readonly (string | number)[];
  /** Every GraphQL error of the response; empty when none came back. */
  errors?: readonly GraphQLFormattedError[];
  /** HTTP status of the response, when the error came from one. */
  status?: number;
  /** The underlying failure, e.g. the network error `fetch` threw. */
  cause?: unknown;
}

/**
 * The one error the SDK throws: a GraphQL error from the server, a failed HTTP response,
 * a network failure or a broken subscription.
 *
 * @example
 * ```ts
 * try {
 *   await client.request(CreateOrganisationDocument, { input });
 * } catch (error) {
 *   if (error instanceof DelegationHubError && error.code === 'BAD_USER_INPUT') {
 *     showFieldError(error.field, error.message);
 *   } else throw error;
 * }
 * ```
 */
export class DelegationHubError extends Error {
  /**
   * Machine-readable code. From the server: the first GraphQL error's `extensions.code`, e.g.
   * `BAD_USER_INPUT`, `NOT_FOUND`, `UNAUTHENTICATED`, `FORBIDDEN`, `CONFLICT`, `IN_USE`; `GRAPHQL_ERROR`
   * when it has none.
   * From the SDK itself: `NETWORK_ERROR` (no response, or the WebSocket failed),
   * `HTTP_<status>` (a failed response without GraphQL errors, e.g. `HTTP_502`),
   * `BAD_RESPONSE` (a response that is not a GraphQL result),
   * `WEBSOCKET_CLOSED` (the subscription socket closed for good; see the message).
   */
  readonly code: string;
  /** The input field at fault, e.g. `input.creditCode`, from the first error's `extensions.field`. */
  readonly field?: string;
  /** The first error's path in the result, e.g. `['createOrganisation']`. */
  readonly path?: readonly (string | number)[];
  /** Every GraphQL error of the response, first one first; empty for network failures. */
  readonly errors: readonly GraphQLFormattedError[];
  /** HTTP status of the failed response; absent for GraphQL errors in a 200 and for sockets. */
  readonly status?: number;

  /**
   * @param message - What went wrong, for people.
   * @param options - The code and the details; see {@link DelegationHubErrorOptions}.
   */
  constructor(message: string, options: DelegationHubErrorOptions) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'DelegationHubError';
    this.code = options.code;
    this.field = options.field;
    this.path = options.path;
    this.errors = options.errors ?? [];
    this.status = options.status;
  }

  /**
   * Builds the error for a response carrying GraphQL errors: message, code, field and path
   * come from the first error, and all of them stay available as {@link DelegationHubError.errors}.
   *
   * @param errors - The response's `errors`, at least one.
   * @param fallbackCode - The code when the first error has no `extensions.code`.
   * @param status - HTTP status of the response, when it was not a success.
   */
  static fromGraphQLErrors(
    errors: readonly GraphQLFormattedError[],
    fallbackCode = 'GRAPHQL_ERROR',
    status?: number,
  ): DelegationHubError {
    const first = errors[0];
    const code = first?.extensions?.['code'];
    const field = first?.extensions?.['field'];
    return new DelegationHubError(first?.message ?? 'GraphQL request failed', {
      code: typeof code === 'string' ? code : fallbackCode,
      field: typeof field === 'string' ? field : undefined,
      path: first?.path,
      errors,
      status,
    });
  }
}
