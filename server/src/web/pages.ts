import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isAssetName, sendFile, sendText } from './static.js';

/**
 * Where `npm run build:web` puts the pages: `<repository>/dist`. This file is three levels
 * below the repository both as source (server/src/web) and compiled (dist/server/web).
 */
export const DEFAULT_WEB_DIR = fileURLToPath(new URL('../../../dist', import.meta.url));

export interface WebPagesOptions {
  /** Serve GraphiQL to browsers at GET /graphql (config `graphiql`). */
  graphiql: boolean;
  /** The folder holding dashboard/ and graphiql/ as Vite built them. */
  dir?: string;
}

/** Answers a request for a web page or its assets; resolves false for any other path. */
export type WebPages = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean>;

// The dashboard loads only its own script and styles and talks only to this server.
const DASHBOARD_HEADERS = {
  'content-security-policy':
    "default-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  // its address may carry a token
  'referrer-policy': 'no-referrer',
};
const GRAPHIQL_HEADERS = { 'referrer-policy': 'no-referrer', 'x-frame-options': 'DENY' };

/** A browser navigating to the address: it asks for HTML (GraphQL clients ask for JSON). */
function wantsHtml(req: IncomingMessage): boolean {
  return (
    (req.method === 'GET' || req.method === 'HEAD') &&
    (req.headers.accept ?? '').includes('text/html')
  );
}

/**
 * The browser pages: the live deals dashboard at /dashboard (always) and GraphiQL at
 * GET /graphql for browsers (when enabled), each with its Vite-built assets.
 */
export function createWebPages(options: WebPagesOptions): WebPages {
  const dir = options.dir ?? DEFAULT_WEB_DIR;

  async function page(
    req: IncomingMessage,
    res: ServerResponse,
    name: 'dashboard' | 'graphiql',
    headers: Record<string, string>,
  ): Promise<void> {
    if (!(await sendFile(req, res, path.join(dir, name, 'index.html'), { headers }))) {
      sendText(res, 503, `The ${name} page is not built: run \`npm run build:web\`.\n`);
    }
  }

  async function asset(
    req: IncomingMessage,
    res: ServerResponse,
    name: 'dashboard' | 'graphiql',
    file: string,
  ): Promise<void> {
    if (
      !isAssetName(file) ||
      !(await sendFile(req, res, path.join(dir, name, 'assets', file), { immutable: true }))
    ) {
      sendText(res, 404, 'Not found\n');
    }
  }

  return async (req, res, url) => {
    const pathname = url.pathname;
    if (pathname === '/graphql') {
      if (!options.graphiql || !wantsHtml(req)) return false;
      await page(req, res, 'graphiql', GRAPHIQL_HEADERS);
      return true;
    }
    const [, app, ...rest] = pathname.split('/');
    if (app !== 'dashboard' && !(app === 'graphiql' && options.graphiql)) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendText(res, 405, 'Method not allowed\n', { allow: 'GET, HEAD' });
      return true;
    }
    if (
      app === 'dashboard' &&
      (rest.length === 0 || (rest.length === 1 && ['', 'index.html'].includes(rest[0]!)))
    ) {
      await page(req, res, 'dashboard', DASHBOARD_HEADERS);
    } else if (rest.length === 2 && rest[0] === 'assets') {
      await asset(req, res, app, rest[1]!);
    } else {
      sendText(res, 404, 'Not found\n');
    }
    return true;
  };
}
