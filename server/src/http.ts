import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type HTTPGraphQLRequest } from '@apollo/server';
import type { Context } from './graphql/context.js';
import { ErrorCode } from './graphql/errors.js';
import { sendGraphQLError } from './ops/errors.js';
import type { RequestScope } from './ops/request-id.js';
import { msg } from './i18n/message.js';

/** Largest request body accepted, in bytes. */
export const MAX_BODY_BYTES = 1_000_000;

/**
 * A body over the limit is still read (and dropped) up to this size, so that the client, which
 * may still be sending, reads the 413 and its connection stays usable; past it, the connection
 * is cut.
 */
const DRAIN_BYTES = 16 * MAX_BODY_BYTES;

class BodyTooLarge extends Error {}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > DRAIN_BYTES) throw new BodyTooLarge();
    if (size <= MAX_BODY_BYTES) chunks.push(chunk);
  }
  if (size > MAX_BODY_BYTES) throw new BodyTooLarge();
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) return; // answered already (a timeout)
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

/** Hands one HTTP request to Apollo Server (its documented integration API) and writes the answer. */
export async function handleGraphQL(
  apollo: ApolloServer<Context>,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  request: RequestScope,
  context: (request: HTTPGraphQLRequest) => Promise<Context>,
): Promise<void> {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  let body: unknown;
  if (req.method === 'POST') {
    let text: string;
    try {
      text = await readBody(req);
    } catch (error) {
      if (error instanceof BodyTooLarge) {
        sendGraphQLError(
          res,
          413,
          ErrorCode.PAYLOAD_TOO_LARGE,
          msg`Request body is larger than ${MAX_BODY_BYTES} bytes`,
          {},
          request,
        );
        return;
      }
      throw error;
    }
    const type = headers.get('content-type') ?? '';
    if (
      type.startsWith('application/json') ||
      type.startsWith('application/graphql-response+json')
    ) {
      try {
        body = text === '' ? undefined : JSON.parse(text);
      } catch {
        sendGraphQLError(res, 400, 'BAD_REQUEST', msg`Request body is not valid JSON`, {}, request);
        return;
      }
    } else {
      body = text;
    }
  }
  const httpGraphQLRequest: HTTPGraphQLRequest = {
    method: req.method ?? 'GET',
    headers,
    search: url.search,
    body,
  };
  const response = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest,
    context: () => context(httpGraphQLRequest),
  });
  if (res.headersSent) return; // answered already (a timeout)
  for (const [name, value] of response.headers) res.setHeader(name, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    if (res.statusCode === 400 && isLegacyRequestError(response.headers, response.body.string)) {
      res.statusCode = 200;
    }
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

/** Errors about a well-formed request's document or variables (GraphQL over HTTP, 6.4.1), and
 * our limits on documents, which are checked alike before anything runs. */
const REQUEST_ERRORS = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'OPERATION_RESOLUTION_FAILURE',
  'QUERY_TOO_COMPLEX',
]);

/**
 * An `application/json` answer (a client that did not ask for application/graphql-response+json)
 * to a document that does not parse or validate, or to variables that do not fit: the GraphQL over
 * HTTP spec says 200 with the errors for these; Apollo says 400.
 */
function isLegacyRequestError(headers: Map<string, string>, body: string): boolean {
  if (!(headers.get('content-type') ?? '').startsWith('application/json')) return false;
  try {
    const parsed = JSON.parse(body) as {
      data?: unknown;
      errors?: { extensions?: { code?: unknown } }[];
    };
    return (
      parsed.data === undefined &&
      Array.isArray(parsed.errors) &&
      parsed.errors.length > 0 &&
      parsed.errors.every((e) => REQUEST_ERRORS.has(String(e.extensions?.code)))
    );
  } catch {
    return false;
  }
}

export { send };
