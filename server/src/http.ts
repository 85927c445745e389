import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type HTTPGraphQLRequest } from '@apollo/server';
import type { Context } from './graphql/context.js';

/** Largest request body accepted, in bytes. */
export const MAX_BODY_BYTES = 1_000_000;

class BodyTooLarge extends Error {}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, status: number, body: unknown): void {
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
  context: () => Promise<Context>,
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
        send(res, 413, {
          errors: [
            {
              message: `Request body is larger than ${MAX_BODY_BYTES} bytes`,
              extensions: { code: 'PAYLOAD_TOO_LARGE' },
            },
          ],
        });
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
        send(res, 400, {
          errors: [
            { message: 'Request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } },
          ],
        });
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
  const response = await apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest, context });
  for (const [name, value] of response.headers) res.setHeader(name, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

export { send };
