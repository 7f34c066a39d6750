/**
 * Every route, fuzzed with fast-check: random methods, paths (real routes with hostile segments, and
 * made-up ones), query strings, headers, bodies, content types and sizes. No answer may be a 500 or
 * carry a stack trace, on PGlite and (test:postgres) on PostgreSQL. A fixed seed, so a failure
 * replays; the number of requests tried is printed.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import type { RunningServer } from '../src/server.js';
import { admin, backend, openTestEnv, type TestEnv } from './helpers.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20261202);
const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);

let env: TestEnv;
let server: RunningServer;

before(async () => {
  env = await openTestEnv();
  server = await env.start();
});

after(async () => {
  await env?.close();
});

/** Strings an attacker or a broken client sends: control characters, NUL, surrogates, huge numbers, SQL, paths. */
const hostile = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('\u0000', '%00', '\ud800', '..', '../..', '%2e%2e%2f', "'; drop table comments; --", '-1', '0', '1e309', '99999999999999999999', 'NaN', '[]', '{}', 'null', '\u202e', '٣', ' ', '%', '%zz'),
  fc.integer().map(String),
);
// Lone surrogates cannot be percent-encoded (a client cannot send them in a URL): made well-formed first.
const wellFormed = (s: string) => s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
const segment = hostile.map((s) => encodeURIComponent(wellFormed(s)).slice(0, 120));
const idLike = fc.oneof(fc.constantFrom('1001', '1002', '999999', 'x'), segment);

/** The routes with the method each expects; the fuzz mostly uses that method, sometimes any. */
const route = fc.oneof(
  fc.constant(['GET', '/api/languages']),
  fc.constant(['GET', '/api/articles']),
  idLike.map((id) => ['GET', `/api/articles/${id}`]),
  segment.map((slug) => ['GET', `/api/articles/by-slug/${slug}`]),
  idLike.map((id) => ['POST', `/api/articles/${id}/views`]),
  idLike.map((id) => ['GET', `/api/articles/${id}/comments`]),
  idLike.map((id) => ['POST', `/api/articles/${id}/comments`]),
  fc.constant(['GET', '/api/captcha']),
  fc.constant(['GET', '/api/openapi.json']),
  fc.constant(['GET', '/api/admin/comments']),
  fc.constant(['GET', '/api/admin/comments/summary']),
  fc.tuple(idLike, fc.constantFrom('approve', 'reject', 'restore')).map(([id, action]) => ['POST', `/api/admin/comments/${id}/${action}`]),
  idLike.map((id) => ['GET', `/api/comments/${id}/replies`]),
  fc.constant(['GET', '/api/comments/counts']),
  fc.constant(['GET', '/admin']),
  fc.array(segment, { minLength: 1, maxLength: 4 }).map((parts) => ['GET', `/api/${parts.join('/')}`]),
  fc.constantFrom('/', '/en/', '/ar/news/1002', '/xx/', '/en/news/%00', '/cdn/loader.js', '/cdn/chunks/..%2F..%2Fpackage.json', '/images/x.svg').map((p) => ['GET', p]),
  fc.tuple(fc.constantFrom('en', 'ar', 'fa', 'ur'), segment).map(([lang, id]) => ['GET', `/${lang}/news/${id}`]),
);
const anyMethod = fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD');

const query = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom('lang', 'section', 'limit', 'cursor', 'exclude', 'order', 'status', 'ids'), hostile), hostile), { maxLength: 4 })
  .map((pairs) => (pairs.length ? `?${new URLSearchParams(pairs).toString()}` : ''));

const body = fc.oneof(
  fc.constant(undefined),
  hostile,
  fc.json({ maxDepth: 3 }),
  fc.record(
    {
      authorName: hostile,
      email: fc.oneof(hostile, fc.emailAddress()),
      body: fc.oneof(hostile, fc.string({ maxLength: 2000 })),
      website: hostile,
      parentId: fc.oneof(hostile, fc.constantFrom('seed-lib-en-1', 'seed-lib-en-1a', 'seed-lib-en-held-1')),
      from: fc.oneof(hostile, fc.constantFrom('pending', 'approved', 'rejected')),
      captcha: fc.oneof(
        fc.record({ kind: fc.constant('pow'), payload: hostile }),
        fc.record({ kind: fc.constant('code'), token: hostile, code: hostile }),
        fc.json({ maxDepth: 2 }).map((j) => JSON.parse(j) as unknown),
      ),
    },
    { requiredKeys: [] },
  ).map((o) => JSON.stringify(o)),
  fc.integer({ min: 15_000, max: 70_000 }).map((n) => JSON.stringify({ authorName: 'a', email: 'a@b.co', body: 'x'.repeat(n) })),
);

const request = fc.record({
  route: fc.tuple(route, fc.oneof({ arbitrary: fc.constant(undefined), weight: 4 }, { arbitrary: anyMethod, weight: 1 })),
  query,
  body,
  contentType: fc.constantFrom('application/json', 'application/json; charset=utf-8', 'text/plain', 'multipart/form-data; boundary=x', '', 'application/x-www-form-urlencoded'),
  headers: fc.record(
    {
      'idempotency-key': hostile,
      'if-none-match': hostile,
      authorization: fc.oneof(hostile, fc.constant(admin.authorization), hostile.map((t) => `Bearer ${t}`)),
      'x-forwarded-for': fc.oneof(hostile, fc.ipV4(), fc.ipV6(), fc.constant('1.2.3.4, ::1, garbage')),
      'accept-language': hostile,
    },
    { requiredKeys: [] },
  ),
});

/** Header values fetch refuses to send (controls, non-Latin-1) are dropped: a client cannot send them either. */
function sendable(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([, v]) => /^[\t\x20-\x7e\x80-\xff]*$/.test(v)));
}

describe(`fuzzing every route (${backend})`, () => {
  it(`answers ${RUNS} random requests without a 500 or a stack trace`, async () => {
    let tried = 0;
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(request, async ({ route: [[expected, path], other], ...r }) => {
        const method = other ?? expected!;
        const withBody = r.body !== undefined && method !== 'GET' && method !== 'HEAD';
        const res = await fetch(`${server.url}${path}${r.query}`, {
          method,
          headers: sendable({ ...r.headers, ...(r.contentType && { 'content-type': r.contentType }) }),
          ...(withBody && { body: r.body }),
        });
        const text = await res.text();
        tried++;
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        assert.ok(res.status < 500, `${method} ${path}${r.query} answered ${res.status}: ${text.slice(0, 200)}`);
        assert.doesNotMatch(text, /\bat .+\.(ts|js):\d+|node:internal|Error: .*\n\s+at /, 'no stack trace in the answer');
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    console.log(`fuzz: ${tried} requests tried (seed ${SEED}); statuses ${[...statuses].sort((a, b) => a[0] - b[0]).map(([s, n]) => `${s}×${n}`).join(' ')}`);
  });
});
