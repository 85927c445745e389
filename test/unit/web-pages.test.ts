import { createServer, type Server } from 'node:http';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWebPages, type WebPagesOptions } from '../../server/src/web/pages.js';

/** The pages' handler in a bare HTTP server; what it leaves alone gets a 418 "from Apollo". */
async function serve(options: WebPagesOptions): Promise<{ url: string; server: Server }> {
  const pages = createWebPages(options);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    void pages(req, res, url).then((answered) => {
      if (!answered) res.writeHead(418).end('apollo');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

describe('the web pages (dashboard and GraphiQL) served from the Vite build', () => {
  let dir: string;
  let on: { url: string; server: Server };
  let off: { url: string; server: Server };
  let unbuilt: { url: string; server: Server };

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'delegation-hub-web-'));
    for (const [file, text] of Object.entries({
      'dashboard/index.html': '<!doctype html><title>dashboard</title>',
      'dashboard/assets/index-Ab12.js': 'console.log("dashboard")',
      'dashboard/assets/index-Cd34.css': 'body{}',
      'graphiql/index.html': '<!doctype html><title>graphiql</title>',
      'graphiql/assets/editor.worker-Ef56.js': 'self.onmessage=()=>{}',
      'graphiql/assets/codicon-Gh78.ttf': 'font',
      'secret.txt': 'not for the web',
    })) {
      await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
      await writeFile(path.join(dir, file), text);
    }
    on = await serve({ graphiql: true, dir });
    off = await serve({ graphiql: false, dir });
    unbuilt = await serve({ graphiql: true, dir: path.join(dir, 'missing') });
  });
  afterAll(async () => {
    for (const s of [on, off, unbuilt]) s?.server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('serves the dashboard page, without caching, under a strict content security policy', async () => {
    for (const address of [
      '/dashboard',
      '/dashboard/',
      '/dashboard?token=x&delegation=CIIE-5/QH',
    ]) {
      const response = await fetch(on.url + address);
      expect(response.status, address).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(await response.text()).toContain('<title>dashboard</title>');
    }
  });

  it('serves built assets with their content types, cached for good (their names carry a hash)', async () => {
    const cases = [
      ['/dashboard/assets/index-Ab12.js', 'text/javascript; charset=utf-8'],
      ['/dashboard/assets/index-Cd34.css', 'text/css; charset=utf-8'],
      ['/graphiql/assets/editor.worker-Ef56.js', 'text/javascript; charset=utf-8'],
      ['/graphiql/assets/codicon-Gh78.ttf', 'font/ttf'],
    ];
    for (const [address, type] of cases) {
      const response = await fetch(on.url + address!);
      expect(response.status, address).toBe(200);
      expect(response.headers.get('content-type'), address).toBe(type);
      expect(response.headers.get('cache-control')).toContain('immutable');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
    const head = await fetch(`${on.url}/dashboard/assets/index-Ab12.js`, { method: 'HEAD' });
    expect(head.headers.get('content-length')).toBe(String('console.log("dashboard")'.length));
    expect(await head.text()).toBe('');
  });

  it('answers 404 for missing assets and anything that tries to climb out, 405 for writes', async () => {
    for (const address of [
      '/dashboard/assets/nope.js',
      '/dashboard/assets/..%2F..%2Fsecret.txt',
      '/dashboard/assets/%2e%2e%2fsecret.txt',
      '/dashboard/assets/.hidden',
      '/dashboard/secret.txt',
      '/dashboard/assets/a/b.js',
    ]) {
      const response = await fetch(on.url + address);
      expect(response.status, address).toBe(404);
      expect(await response.text()).not.toContain('not for the web');
    }
    const post = await fetch(`${on.url}/dashboard`, { method: 'POST', body: 'x' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });

  it('shows GraphiQL to a browser at GET /graphql, and leaves every GraphQL request to Apollo', async () => {
    for (const address of ['/graphql', '/graphql?query=%7B__typename%7D']) {
      const browser = await fetch(on.url + address, {
        headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' },
      });
      expect(browser.status, address).toBe(200);
      expect(browser.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await browser.text()).toContain('<title>graphiql</title>');
    }
    for (const [method, address, accept] of [
      ['GET', '/graphql?query=%7B__typename%7D', 'application/json'],
      ['GET', '/graphql?query=%7B__typename%7D', '*/*'],
      ['POST', '/graphql', 'text/html'],
    ]) {
      const response = await fetch(on.url + address!, { method, headers: { accept: accept! } });
      expect(response.status, `${method} ${address} ${accept}`).toBe(418);
    }
  });

  it('leaves GraphiQL out when it is turned off (production), and keeps the dashboard', async () => {
    const page = await fetch(`${off.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(418);
    const asset = await fetch(`${off.url}/graphiql/assets/editor.worker-Ef56.js`);
    expect(asset.status).toBe(418);
    expect((await fetch(`${off.url}/dashboard`)).status).toBe(200);
  });

  it('says how to build the pages when they are not built', async () => {
    const response = await fetch(`${unbuilt.url}/dashboard`);
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('npm run build:web');
    const graphiql = await fetch(`${unbuilt.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(graphiql.status).toBe(503);
  });
});
