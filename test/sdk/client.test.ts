import { describe, it, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import {
  createNewsClient,
  NewsAbortError,
  NewsHttpError,
  NewsNetworkError,
  NewsTimeoutError,
  NewsValidationError,
  isNewsError,
  conditionalRequests,
} from '../../src/sdk/index.js';
import { startServer, json, type Handler, type TestServer } from '../support/http-server.js';
import { article, comment, languages, summary } from '../fixtures/data.js';

let server: TestServer | undefined;
async function serve(handler: Handler) {
  server = await startServer(handler);
  return server;
}
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const fast = { retries: 2, maxRetryAfterMs: 5_000 };

describe('createNewsClient options', () => {
  it('throws a TypeError naming the option at creation', () => {
    assert.throws(() => createNewsClient({ baseUrl: 'ftp://x.org/api' }), /createNewsClient: baseUrl must be http\(s\)/);
    assert.throws(() => createNewsClient({ baseUrl: '/api' }), /relative URLs need a browser page/);
    assert.throws(() => createNewsClient({ baseUrl: 'http://x.org', retries: -1 }), /retries must be an integer from 0 to 10/);
    assert.throws(() => createNewsClient({ baseUrl: 'http://x.org', timeoutMs: 0 }), TypeError);
  });
});

describe('reading articles', () => {
  it('gets an article by id and drops unknown fields', async () => {
    const s = await serve((req, res) => json(res, 200, { ...article(), futureField: 42 }));
    const client = createNewsClient({ baseUrl: s.url });
    const result = await client.getArticle({ id: '4711' });
    assert.equal(result.title, article().title);
    assert.equal('futureField' in result, false);
    assert.equal(s.requests[0]!.url, '/api/articles/4711');
    assert.equal(s.requests[0]!.headers.accept, 'application/json');
  });

  it('gets an article by slug with the client\'s default lang, encoding the path', async () => {
    const s = await serve((req, res) => json(res, 200, article({ lang: 'fa' })));
    const client = createNewsClient({ baseUrl: s.url, lang: 'fa' });
    await client.getArticle({ slug: 'شورا/خبر' });
    assert.equal(s.requests[0]!.url, `/api/articles/by-slug/${encodeURIComponent('شورا/خبر')}?lang=fa`);
  });

  it('lists articles with every query parameter', async () => {
    const s = await serve((req, res) => json(res, 200, { items: [summary(1)], nextCursor: null }));
    const client = createNewsClient({ baseUrl: s.url });
    const page = await client.listArticles({ lang: 'ar', section: 'public', limit: 5, cursor: 'abc', exclude: ['1', '2'] });
    assert.equal(page.items.length, 1);
    const url = new URL(s.requests[0]!.url, 'http://x');
    assert.deepEqual(Object.fromEntries(url.searchParams), { lang: 'ar', section: 'public', limit: '5', cursor: 'abc', exclude: '1,2' });
  });

  it('follows cursors with the articles() iterator', async () => {
    const s = await serve((req, res) => {
      const cursor = new URL(req.url, 'http://x').searchParams.get('cursor');
      if (!cursor) return json(res, 200, { items: [summary(1), summary(2)], nextCursor: 'p2' });
      if (cursor === 'p2') return json(res, 200, { items: [summary(3)], nextCursor: 'p3' });
      return json(res, 200, { items: [summary(4)], nextCursor: null });
    });
    const client = createNewsClient({ baseUrl: s.url });
    const ids: string[] = [];
    for await (const item of client.articles({ lang: 'en' })) ids.push(item.id);
    assert.deepEqual(ids, ['1001', '1002', '1003', '1004']);
    assert.equal(s.requests.length, 3);
  });

  it('revalidates what it holds with If-None-Match: a 304 answers with the body it has', async () => {
    let version = 'v1';
    const s = await serve((req, res) => {
      if (req.headers['if-none-match'] === `W/"${version}"`) {
        res.writeHead(304, { etag: `W/"${version}"` }).end();
        return;
      }
      res.setHeader('etag', `W/"${version}"`);
      json(res, 200, article({ viewCount: version === 'v1' ? 1 : 2 }));
    });
    const client = createNewsClient({ baseUrl: s.url, hooks: conditionalRequests() });
    const first = await client.getArticle({ id: '4711' });
    const second = await client.getArticle({ id: '4711' });
    assert.equal(s.requests[1]!.headers['if-none-match'], 'W/"v1"');
    assert.deepEqual(second, first, 'the held body, parsed and validated again');
    version = 'v2';
    assert.equal((await client.getArticle({ id: '4711' })).viewCount, 2, 'a changed answer replaces the held one');
    // Without the hooks, no conditional request.
    const plain = createNewsClient({ baseUrl: s.url });
    await plain.getArticle({ id: '4711' });
    await plain.getArticle({ id: '4711' });
    assert.equal(s.requests.at(-1)!.headers['if-none-match'], undefined);
  });

  it('shares one request among identical concurrent GETs', async () => {
    const s = await serve(async (req, res) => {
      await new Promise((r) => setTimeout(r, 50));
      json(res, 200, languages);
    });
    const client = createNewsClient({ baseUrl: s.url });
    const [a, b, c] = await Promise.all([client.listLanguages(), client.listLanguages(), client.listLanguages()]);
    assert.equal(s.requests.length, 1);
    assert.deepEqual(a, b);
    assert.deepEqual(b, c);
  });

  it('keeps a shared GET going for the others when one caller aborts', async () => {
    const s = await serve(async (req, res) => {
      await new Promise((r) => setTimeout(r, 80));
      json(res, 200, languages);
    });
    const client = createNewsClient({ baseUrl: s.url });
    const controller = new AbortController();
    const first = client.listLanguages({ signal: controller.signal });
    const second = client.listLanguages();
    controller.abort();
    await assert.rejects(first, NewsAbortError);
    assert.equal((await second).length, 4);
    assert.equal(s.requests.length, 1);
  });

  it('lists comments oldest first by default and passes the order', async () => {
    const s = await serve((req, res) => json(res, 200, { items: [comment(1), comment(2)], nextCursor: null }));
    const client = createNewsClient({ baseUrl: s.url });
    const page = await client.listComments('4711', { order: 'newest' });
    assert.equal(page.items[1]!.authorName, 'علی');
    assert.equal(s.requests[0]!.url, '/api/articles/4711/comments?order=newest');
  });
});

describe('replies and comment counts', () => {
  it('lists a comment\'s further replies through its cursor, and validates them', async () => {
    const s = await serve((req, res) => json(res, 200, { items: [comment(2, { parentId: 'c1' })], nextCursor: null }));
    const client = createNewsClient({ baseUrl: s.url });
    const page = await client.listReplies('c1', { cursor: 'r3' });
    assert.equal(page.items[0]!.parentId, 'c1');
    assert.equal(s.requests[0]!.url, '/api/comments/c1/replies?cursor=r3');
  });

  it('accepts comments with their first replies, and refuses a reply without a body', async () => {
    const thread = { ...comment(1), replyCount: 4, replies: [comment(2, { parentId: 'c1' })], repliesCursor: 'r1' };
    let bad = false;
    const s = await serve((req, res) => json(res, 200, { items: [bad ? { ...thread, replies: [{ ...thread.replies[0], body: '' }] } : thread], nextCursor: null }));
    const client = createNewsClient({ baseUrl: s.url, retries: 0 });
    assert.equal((await client.listComments('4711')).items[0]!.replies![0]!.parentId, 'c1');
    bad = true;
    await assert.rejects(client.listComments('4711', { order: 'newest' }), (e: unknown) => e instanceof NewsValidationError && e.path === 'items.0.replies.0.body');
  });

  it('batches counts asked within one frame into one request, and gives each caller its own ids (0 for unknown ones)', async () => {
    const s = await serve((req, res) => {
      const ids = new URL(req.url, 'http://x').searchParams.get('ids')!.split(',');
      json(res, 200, { counts: Object.fromEntries(ids.filter((id) => id !== 'gone').map((id) => [id, id.length])) });
    });
    const client = createNewsClient({ baseUrl: s.url });
    const [a, b] = await Promise.all([client.commentCounts(['1', '22']), client.commentCounts(['22', '333', 'gone'])]);
    assert.deepEqual(a, { 1: 1, 22: 2 });
    assert.deepEqual(b, { 22: 2, 333: 3, gone: 0 });
    assert.equal(s.requests.length, 1);
    assert.equal(s.requests[0]!.url, '/api/comments/counts?ids=1%2C22%2C333%2Cgone');
  });

  it('splits more than 100 ids into requests of 100, and lets one caller abort alone', async () => {
    const s = await serve((req, res) => json(res, 200, { counts: {} }));
    const client = createNewsClient({ baseUrl: s.url });
    const ids = Array.from({ length: 150 }, (_, i) => `a${i}`);
    const controller = new AbortController();
    const aborted = client.commentCounts(['x'], { signal: controller.signal });
    const all = client.commentCounts(ids);
    controller.abort();
    await assert.rejects(aborted, NewsAbortError);
    assert.equal(Object.keys(await all).length, 150);
    assert.equal(s.requests.length, 2);
  });

  it('refuses a counts answer with a negative count', async () => {
    const s = await serve((req, res) => json(res, 200, { counts: { 1: -1 } }));
    const client = createNewsClient({ baseUrl: s.url, retries: 0 });
    await assert.rejects(client.commentCounts(['1']), NewsValidationError);
  });
});

describe('failures', () => {
  it('retries a 503 and then returns the 200', async () => {
    const s = await serve((req, res, i) => (i === 0 ? json(res, 503, {}) : json(res, 200, languages)));
    const client = createNewsClient({ baseUrl: s.url, ...fast });
    assert.equal((await client.listLanguages()).length, 4);
    assert.equal(s.requests.length, 2);
  });

  it('waits for Retry-After on a 429, then succeeds', async () => {
    const s = await serve((req, res, i) =>
      i === 0
        ? json(res, 429, { error: { code: 'rate_limited', message: 'slow down' } }, { 'retry-after': '1' })
        : json(res, 200, languages),
    );
    const client = createNewsClient({ baseUrl: s.url, ...fast });
    const started = Date.now();
    await client.listLanguages();
    assert.ok(Date.now() - started >= 950, 'waited about one second');
    assert.equal(s.requests.length, 2);
  });

  it('fails at once with retryAfter when Retry-After is beyond the cap', async () => {
    const s = await serve((req, res) => json(res, 429, { error: { code: 'rate_limited', message: 'later' } }, { 'retry-after': '3600' }));
    const client = createNewsClient({ baseUrl: s.url, ...fast });
    const error = await client.listLanguages().catch((e: unknown) => e);
    assert.ok(error instanceof NewsHttpError);
    assert.equal(error.status, 429);
    assert.equal(error.retryAfter, 3600);
    assert.equal(error.code, 'rate_limited');
    assert.equal(s.requests.length, 1);
  });

  it('does not retry a 404 and says what failed where', async () => {
    const s = await serve((req, res) => json(res, 404, { error: { code: 'not_found', message: 'No such article' } }));
    const client = createNewsClient({ baseUrl: s.url, ...fast });
    const error = await client.getArticle({ id: '42' }).catch((e: unknown) => e);
    assert.ok(error instanceof NewsHttpError);
    assert.equal(error.message, 'GET /api/articles/42 failed with 404 not_found: No such article');
    assert.equal(s.requests.length, 1);
  });

  it('rejects with NewsTimeoutError when the server is too slow', async () => {
    const s = await serve(async (req, res) => {
      await new Promise((r) => setTimeout(r, 500));
      json(res, 200, languages);
    });
    const client = createNewsClient({ baseUrl: s.url, timeoutMs: 100, retries: 0 });
    await assert.rejects(client.listLanguages(), (e: unknown) => e instanceof NewsTimeoutError && /timed out after 100 ms/.test(e.message));
  });

  it('rejects with NewsNetworkError when the connection is reset', async () => {
    const s = await serve((req, res) => {
      res.socket?.destroy();
    });
    const client = createNewsClient({ baseUrl: s.url, retries: 1 });
    await assert.rejects(client.listLanguages(), NewsNetworkError);
    assert.equal(s.requests.length, 2, 'a GET is retried after a reset');
  });

  it('rejects malformed JSON with NewsValidationError', async () => {
    const s = await serve((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"items": [');
    });
    const client = createNewsClient({ baseUrl: s.url });
    await assert.rejects(client.listArticles(), (e: unknown) => e instanceof NewsValidationError && e.issues[0]!.code === 'invalid_json');
  });

  it('names the bad field when a response has the wrong types', async () => {
    const bad = { items: [summary(1), { ...summary(2), publishedAt: 12 }], nextCursor: null };
    const s = await serve((req, res) => json(res, 200, bad));
    const client = createNewsClient({ baseUrl: s.url });
    const error = await client.listArticles().catch((e: unknown) => e);
    assert.ok(error instanceof NewsValidationError);
    assert.equal(error.path, 'items.1.publishedAt');
    assert.match(error.message, /GET \/api\/articles page of articles response is invalid at "items.1.publishedAt"/);
  });

  it('refuses a javascript: URL in data', async () => {
    const s = await serve((req, res) => json(res, 200, article({ url: 'javascript:alert(1)' })));
    const client = createNewsClient({ baseUrl: s.url });
    await assert.rejects(client.getArticle({ id: '1' }), (e: unknown) => e instanceof NewsValidationError && e.path === 'url');
  });

  it('maps 422 field errors', async () => {
    const s = await serve((req, res) =>
      json(res, 422, { error: { code: 'invalid', message: 'Check the fields', fieldErrors: { email: ['Invalid email'] } } }),
    );
    const client = createNewsClient({ baseUrl: s.url });
    const draft = { authorName: 'Ali', email: 'ali@example.org', body: 'Hello', captcha: { kind: 'pow' as const, payload: 'x' } };
    const error = await client.postComment('4711', draft).catch((e: unknown) => e);
    assert.ok(error instanceof NewsHttpError);
    assert.deepEqual(error.fieldErrors, { email: ['Invalid email'] });
  });

  it('rejects with NewsAbortError when the caller aborts mid-request', async () => {
    const s = await serve(async (req, res) => {
      await new Promise((r) => setTimeout(r, 300));
      json(res, 200, languages);
    });
    const client = createNewsClient({ baseUrl: s.url });
    const controller = new AbortController();
    const pending = client.listLanguages({ signal: controller.signal });
    setTimeout(() => controller.abort(), 30);
    await assert.rejects(pending, NewsAbortError);
  });

  it('every error is a NewsError recognised by the type guard', async () => {
    const s = await serve((req, res) => json(res, 500, 'boom'));
    const client = createNewsClient({ baseUrl: s.url, retries: 0 });
    const error = await client.listLanguages().catch((e: unknown) => e);
    assert.ok(isNewsError(error));
  });
});

describe('writing', () => {
  const draft = { authorName: 'Ali', email: 'ali@example.org', body: 'Hello', captcha: { kind: 'pow' as const, payload: 'x' } };

  it('retries a POST that timed out after the server stored it, with the same Idempotency-Key', async () => {
    const s = await serve(async (req, res, i) => {
      if (i === 0) {
        await new Promise((r) => setTimeout(r, 300)); // stored, but the answer comes too late
        return json(res, 202, { status: 'pending', comment: comment(1) });
      }
      json(res, 202, { status: 'pending', comment: comment(1) });
    });
    const client = createNewsClient({ baseUrl: s.url, timeoutMs: 100, retries: 2 });
    const result = await client.postComment('4711', draft);
    assert.equal(result.status, 'pending');
    const keys = s.requests.map((r) => r.headers['idempotency-key']);
    assert.equal(keys.length, 2);
    assert.equal(new Set(keys).size, 1, 'one key for both tries');
    assert.match(String(keys[0]), /^[0-9a-f-]{36}$/);
  });

  it('uses a caller-given Idempotency-Key', async () => {
    const s = await serve((req, res) => json(res, 201, { status: 'published', comment: comment(1) }));
    const client = createNewsClient({ baseUrl: s.url });
    await client.postComment('4711', draft, { idempotencyKey: 'draft-1' });
    assert.equal(s.requests[0]!.headers['idempotency-key'], 'draft-1');
    assert.deepEqual(JSON.parse(s.requests[0]!.body), draft);
  });

  it('never retries a POST without an Idempotency-Key', async () => {
    const s = await serve((req, res) => json(res, 503, {}));
    const client = createNewsClient({ baseUrl: s.url, ...fast });
    await assert.rejects(client.recordView('4711'), NewsHttpError);
    assert.equal(s.requests.length, 1);
  });

  it('checks a draft before sending it', async () => {
    const s = await serve((req, res) => json(res, 201, {}));
    const client = createNewsClient({ baseUrl: s.url });
    const error = await client.postComment('4711', { ...draft, email: 'not an email' }).catch((e: unknown) => e);
    assert.ok(error instanceof NewsValidationError);
    assert.equal(error.path, 'email');
    assert.equal(s.requests.length, 0);
  });

  it('runs hooks before requests and after responses', async () => {
    const s = await serve((req, res) => json(res, 200, { viewCount: 3627 }));
    const seen: number[] = [];
    const client = createNewsClient({
      baseUrl: s.url,
      hooks: {
        beforeRequest: [({ request }) => new Request(request, { headers: { ...Object.fromEntries(request.headers), authorization: 'Bearer t' } })],
        afterResponse: [({ response, attempt, options }) => void seen.push(response.status, attempt, options.retries)],
      },
    });
    assert.deepEqual(await client.recordView('4711'), { viewCount: 3627 });
    assert.equal(s.requests[0]!.headers.authorization, 'Bearer t');
    assert.deepEqual(seen, [200, 0, 2]);
  });
});
