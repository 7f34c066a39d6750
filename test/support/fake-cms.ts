/**
 * The fake WordPress and Ghost sites (test/fixtures/cms) on a real HTTP server on 127.0.0.1 (port 0),
 * unref'd so it never keeps a test process alive. Used by the SDK tests, and run as a process by
 * test/support/fake-cms-plugin.js for the browser tests.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fakeGhost, type FakeGhostOptions } from '../fixtures/cms/ghost.js';
import { fakeWordPress, type FakeAnswer, type FakeWordPressOptions } from '../fixtures/cms/wordpress.js';

export interface FakeCms {
  origin: string;
  requests: { method: string; url: string; headers: Record<string, string | string[] | undefined> }[];
  close(): Promise<void>;
}

type Router = (method: string, url: URL, body: string) => FakeAnswer;

/** Serves routers by path prefix: `/wp/...` → a WordPress site rooted there, `/ghost-en/...` → a Ghost site. */
export async function startFakeCms(make: (origin: string) => Record<string, Router>): Promise<FakeCms> {
  const requests: FakeCms['requests'] = [];
  let routers: Record<string, Router> = {};
  const server = createServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    const url = new URL(req.url ?? '/', 'http://fake');
    const [mount, router] = Object.entries(routers).find(([prefix]) => url.pathname.startsWith(`/${prefix}/`)) ?? [];
    const answer: FakeAnswer = router
      ? router(req.method ?? 'GET', new URL(url.pathname.slice(mount!.length + 1) + url.search, 'http://fake'), body)
      : { status: 404, headers: {}, body: { code: 'rest_no_route', message: 'No route' } };
    res.writeHead(answer.status, { 'content-type': 'application/json; charset=UTF-8', 'access-control-allow-origin': '*', ...answer.headers });
    res.end(JSON.stringify(answer.body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  server.unref();
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  routers = make(origin);
  return {
    origin,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Routers of the usual sites: `wp` (Polylang, anonymous comments), `wp-plain` (neither), `ghost-en`, `ghost-ar`. */
export function standardSites(origin: string, extra: { wp?: Partial<FakeWordPressOptions>; ghost?: Partial<FakeGhostOptions> } = {}): Record<string, Router> {
  return {
    'wp-plain': fakeWordPress({ origin: `${origin}/wp-plain/`, ...extra.wp }),
    wp: fakeWordPress({ origin: `${origin}/wp/`, polylang: true, anonymousComments: true, ...extra.wp }),
    'ghost-en': fakeGhost({ origin: `${origin}/ghost-en/`, locale: 'en', ...extra.ghost }),
    'ghost-ar': fakeGhost({ origin: `${origin}/ghost-ar/`, locale: 'ar', ...extra.ghost }),
  };
}
