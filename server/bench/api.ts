/**
 * Requests/s and p99 latency of the two hottest reads, GET /api/articles and
 * GET /api/articles/{id}, of GET /api/comments/counts (a front page's
 * comment counts), of the hottest write, POST /api/articles/{id}/views, and
 * of a demo article page rendered on the server (every element through
 * news-elements/ssr),
 * with autocannon on loopback against a server process started like `npm start` (PGlite in a temporary DATA_DIR, or
 * PostgreSQL when DATABASE_URL is set). Bounded: BENCH_SECONDS (default 5)
 * per route. Prints one JSON line per route and the server's start time.
 * BENCH_SERVER_URL: measure that running server instead of starting one
 * (`npm run bench` at the root shares its own; the backend label then comes
 * from DATABASE_URL as usual, so pass the one it runs on).
 *
 *   node --import tsx server/bench/api.ts
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { spawnServer } from '../test/helpers.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const shared = process.env.BENCH_SERVER_URL;
const dataDir = shared ? undefined : await mkdtemp(path.join(os.tmpdir(), 'news-bench-'));
const schema = !shared && process.env.DATABASE_URL ? `bench_${process.pid}` : undefined;
const started = performance.now();
const server = dataDir ? await spawnServer({ DATA_DIR: dataDir, ...(schema && { DATABASE_SCHEMA: schema }) }) : undefined;
const startMs = Math.round(performance.now() - started);
const url = shared?.replace(/\/$/, '') ?? server!.url;
const backend = process.env.DATABASE_URL ? 'postgres' : 'pglite';

try {
  if (server) console.log(JSON.stringify({ backend, startMs }));
  // The conditional path: what a CDN or a client holding a copy asks (If-None-Match), answered with 304s.
  const etagOf = async (route: string) => (await fetch(`${url}${route}`)).headers.get('etag') ?? '';
  const conditional = { list: await etagOf('/api/articles?limit=10'), article: await etagOf('/api/articles/1001') };
  for (const [name, method, route, etag] of [
    ['list', 'GET', '/api/articles?limit=10', undefined],
    ['list-304', 'GET', '/api/articles?limit=10', conditional.list],
    ['article', 'GET', '/api/articles/1001', undefined],
    ['article-304', 'GET', '/api/articles/1001', conditional.article],
    ['views', 'POST', '/api/articles/1001/views', undefined],
    // What a front page of 12 cards with comment counts asks (one batched request).
    ['counts', 'GET', `/api/comments/counts?ids=${Array.from({ length: 12 }, (_, i) => 1001 + i).join(',')}`, undefined],
    // A whole article page of the demo site, every element rendered on the server (news-elements/ssr).
    ['page', 'GET', '/en/news/1001', undefined],
  ] as const) {
    const result = await autocannon({
      url: `${url}${route}`,
      connections,
      duration: seconds,
      method,
      // What the article page sends (server/src/site.ts).
      ...(method === 'POST' && { headers: { 'content-type': 'application/json' }, body: '{}' }),
      ...(etag && { headers: { 'if-none-match': etag } }),
    });
    console.log(
      JSON.stringify({
        backend,
        route: name,
        method,
        path: route,
        connections,
        seconds,
        requestsPerSecond: Math.round(result.requests.average),
        p50Ms: result.latency.p50,
        p99Ms: result.latency.p99,
        // A 304 is the answer asked for on the conditional routes.
        non2xx: etag ? result.non2xx - result['3xx'] : result.non2xx,
        errors: result.errors,
      }),
    );
  }
} finally {
  if (server) {
    server.child.kill('SIGTERM');
    await server.exited;
  }
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
  if (schema && process.env.DATABASE_URL) {
    const { openPostgres } = await import('../src/db.js');
    const db = await openPostgres(process.env.DATABASE_URL);
    await db.query(`drop schema if exists ${schema} cascade`);
    await db.close();
  }
}
