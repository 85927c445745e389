import type { ApolloServerPlugin } from '@apollo/server';
import { visit, type DocumentNode } from 'graphql';
import { AppError, ErrorCode } from '../graphql/errors.js';
import { msg } from '../i18n/message.js';

/**
 * NUL, and UTF-16 surrogates without their pair: PostgreSQL stores neither (text refuses NUL,
 * jsonb refuses both), so they would fail deep in a write as an internal error.
 */
// eslint-disable-next-line no-control-regex -- NUL is what it looks for
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The path of the first string in `value` that cannot be stored, walked without recursion. */
export function unstorableText(value: unknown, root: string): string | undefined {
  const pending: [unknown, string][] = [[value, root]];
  while (pending.length > 0) {
    const [item, path] = pending.pop()!;
    if (typeof item === 'string') {
      if (UNSTORABLE.test(item)) return path;
    } else if (Array.isArray(item)) {
      item.forEach((element, i) => pending.push([element, `${path}.${i}`]));
    } else if (item !== null && typeof item === 'object') {
      for (const [key, element] of Object.entries(item)) pending.push([element, `${path}.${key}`]);
    }
  }
  return undefined;
}

const refusal = (field: string) =>
  new AppError(
    ErrorCode.BAD_USER_INPUT,
    msg`Text may not contain NUL characters or unpaired UTF-16 surrogates`,
    { field, http: { status: 400 } },
  );

/** Documents whose string values were found storable (a kept document comes back as itself). */
const storableDocuments = new WeakSet<DocumentNode>();

/** Refuses such text in variables and in the document's own string values, before anything runs. */
export function inputTextPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          for (const [name, value] of Object.entries(request.variables ?? {})) {
            const path = unstorableText(value, name);
            if (path !== undefined) throw refusal(path);
          }
          if (storableDocuments.has(document)) return;
          let literal = false;
          visit(document, {
            StringValue(node) {
              if (UNSTORABLE.test(node.value)) literal = true;
            },
          });
          if (literal) throw refusal('(document)');
          storableDocuments.add(document);
        },
      };
    },
  };
}
