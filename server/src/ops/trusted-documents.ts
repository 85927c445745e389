import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { ApolloServerPlugin, HTTPGraphQLRequest } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import { Role } from '../auth/roles.js';
import type { Viewer } from '../auth/viewer.js';
import type { Config } from '../config.js';
import type { Context } from '../graphql/context.js';
import { AppError, ErrorCode } from '../graphql/errors.js';
import { msg } from '../i18n/message.js';

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Who may send any document in trusted documents mode: those who analyse, and ADMIN. */
export function mayRunAnyDocument(viewer: Viewer): boolean {
  return viewer.isAdmin || viewer.hasRole(Role.ANALYST);
}

/** The documents an HTTP request names: a POST body (one, or a batch) or GET parameters. */
function operationsOf(request: HTTPGraphQLRequest): { query: unknown; hash: unknown }[] {
  const hashOf = (extensions: unknown) =>
    (extensions as { persistedQuery?: { sha256Hash?: unknown } } | null | undefined)?.persistedQuery
      ?.sha256Hash;
  if (request.method === 'GET') {
    const params = new URLSearchParams(request.search);
    let extensions: unknown;
    try {
      extensions = JSON.parse(params.get('extensions') ?? 'null');
    } catch {
      extensions = undefined; // Apollo refuses it
    }
    return [{ query: params.get('query') ?? undefined, hash: hashOf(extensions) }];
  }
  const bodies = Array.isArray(request.body) ? request.body : [request.body];
  return bodies.map((body) => {
    const b = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
    return { query: b.query, hash: hashOf(b.extensions) };
  });
}

const refusal = () =>
  new AppError(
    ErrorCode.TRUSTED_DOCUMENT_REQUIRED,
    msg`Only the SDK's persisted operations may run for your role: send an operation of @delegation-hub/sdk as it is (or its sha256 in extensions.persistedQuery)`,
    { http: { status: 403 } },
  );

/**
 * The SDK's persisted operations (sdk/persisted-operations.json: sha256 of the text the SDK
 * sends → the text). Requests may name one by hash alone (`extensions.persistedQuery`); in
 * trusted documents mode they are all that roles other than ANALYST and ADMIN may run.
 */
export class TrustedDocuments {
  private constructor(
    private readonly mode: Config['trustedDocuments'],
    private readonly documents: ReadonlyMap<string, string>,
  ) {}

  /** Reads the manifest; in `on` mode a missing or unreadable one stops the server. */
  static async load(config: Pick<Config, 'trustedDocuments' | 'trustedDocumentsFile'>) {
    let documents = new Map<string, string>();
    try {
      const manifest = JSON.parse(await readFile(config.trustedDocumentsFile, 'utf8')) as Record<
        string,
        string
      >;
      documents = new Map(Object.entries(manifest).filter(([hash, text]) => sha256(text) === hash));
    } catch (error) {
      if (config.trustedDocuments === 'on') {
        throw new Error(
          `TRUSTED_DOCUMENTS=on needs the persisted operations manifest ${config.trustedDocumentsFile}: ${(error as Error).message}`,
        );
      }
    }
    return new TrustedDocuments(config.trustedDocuments, documents);
  }

  get size(): number {
    return this.documents.size;
  }

  /** Whether this viewer may run this document text. */
  allows(viewer: Viewer, text: string): boolean {
    return this.mode === 'off' || mayRunAnyDocument(viewer) || this.documents.has(sha256(text));
  }

  /**
   * Refuses an HTTP request naming a document this viewer may not run (by text or by hash),
   * before anything is parsed. Called while the request's context is made, so that Apollo answers
   * the error with its status (errors thrown by plugins this early become 500s).
   */
  checkRequest(viewer: Viewer, request: HTTPGraphQLRequest): void {
    if (this.mode === 'off' || mayRunAnyDocument(viewer)) return;
    for (const { query, hash } of operationsOf(request)) {
      const trusted =
        typeof query === 'string'
          ? this.documents.has(sha256(query))
          : typeof hash !== 'string' || this.documents.has(hash); // neither: Apollo refuses it
      if (!trusted) throw refusal();
    }
  }

  /** Fills in a request that names a persisted operation by its hash alone. */
  plugin(): ApolloServerPlugin<Context> {
    return {
      requestDidStart: async ({ request }) => {
        const hash = request.extensions?.persistedQuery?.sha256Hash;
        if (request.query === undefined && typeof hash === 'string') {
          // Apollo checks the hash against this text, then runs it
          const known = this.documents.get(hash);
          if (known !== undefined) request.query = known;
        }
      },
    };
  }

  /** The same rule for a subscription over WebSocket (graphql-ws `onSubscribe`). */
  checkSubscription(viewer: Viewer, query: string): readonly GraphQLError[] | undefined {
    return this.allows(viewer, query) ? undefined : [refusal()];
  }
}
