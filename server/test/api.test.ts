/**
 * The News API against a real server on 127.0.0.1 (PGlite in a temporary
 * DATA_DIR, or PostgreSQL when DATABASE_URL is set): every route's success
 * and error cases, with responses checked against the SDK's schemas.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createChallenge } from 'altcha-lib/v1';
import * as z from 'zod/mini';
import {
  Article,
  ArticleSummaryPage,
  Captcha,
  Comment,
  CommentPage,
  CommentResult,
  CodeCaptcha,
  ErrorBody,
  Language,
  ViewCount,
  type CommentDraft,
} from '../../src/sdk/schemas.js';
import { openApiDocument } from '../../src/sdk/openapi.js';
import { CODE_ALPHABET, CODE_LENGTH, codeImage, codeToken, MAX_WRONG } from '../src/captcha-code.js';
import { clientHashes, clientKey } from '../src/comments.js';
import { VIEWS_PER_MINUTE } from '../src/repo/views.js';
import { adminToken, isAdminToken } from '../src/admin-token.js';
import { sanitizeArticleHtml, sanitizeStoredArticles } from '../src/sanitize.js';
import type { RunningServer } from '../src/server.js';
import { CAPTCHA_SECRET, admin, backend, draft, freshIp, moderationTab, openTestEnv, postJson, solve, solvedCaptcha, type TestEnv } from './helpers.js';

let env: TestEnv;
let server: RunningServer;
let base: string;

const json = async <T>(res: Response, schema: z.ZodMiniType<T>): Promise<T> => schema.parse(await res.json());
const errorOf = (res: Response) => json(res, ErrorBody);
const OPEN_ARTICLE = '1001'; // en, comments open
const CLOSED_ARTICLE = '1021'; // en, comments closed

async function pendingIds(): Promise<string[]> {
  return (await moderationTab(base)).map((i) => i.id);
}

before(async () => {
  env = await openTestEnv();
  server = await env.start({ corsOrigins: ['https://partner.example'] });
  base = server.url;
});

after(async () => {
  await env?.close();
});

describe(`reading (${backend})`, () => {
  it('GET /api/languages lists en, ar, fa, ur with direction', async () => {
    const res = await fetch(`${base}/api/languages`);
    assert.equal(res.status, 200);
    const list = await json(res, z.array(Language));
    assert.deepEqual(list.map((l) => `${l.lang}:${l.dir}`), ['en:ltr', 'ar:rtl', 'fa:rtl', 'ur:rtl']);
  });

  it('GET /api/articles pages through all seeded articles newest first, without repeats', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let previous = Infinity;
    do {
      const res: Response = await fetch(`${base}/api/articles?limit=5${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      assert.equal(res.status, 200);
      const page = await json(res, ArticleSummaryPage);
      assert.ok(page.items.length <= 5);
      for (const item of page.items) {
        const at = Date.parse(item.publishedAt);
        assert.ok(at <= previous, 'newest first');
        previous = at;
        seen.push(item.id);
      }
      cursor = page.nextCursor;
    } while (cursor);
    assert.ok(seen.length >= 24, `at least 24 articles, got ${seen.length}`);
    assert.equal(new Set(seen).size, seen.length);
  });

  it('filters by lang and section, and excludes ids', async () => {
    for (const lang of ['en', 'ar', 'fa', 'ur']) {
      const page = await json(await fetch(`${base}/api/articles?lang=${lang}&limit=100`), ArticleSummaryPage);
      assert.ok(page.items.length >= 6, `${lang} has articles`);
      assert.ok(page.items.every((a) => a.lang === lang && a.url === `/${lang}/news/${a.id}`));
    }
    const pub = await json(await fetch(`${base}/api/articles?section=news-public&lang=en`), ArticleSummaryPage);
    assert.ok(pub.items.length > 0);
    assert.deepEqual(pub.items[0]?.section.path, ['News', 'Public']);
    const ar = await json(await fetch(`${base}/api/articles?section=news-public&lang=ar`), ArticleSummaryPage);
    assert.deepEqual(ar.items[0]?.section.path, ['أخبار', 'شؤون عامة']);
    const excluded = await json(await fetch(`${base}/api/articles?lang=en&exclude=1001,1005&limit=100`), ArticleSummaryPage);
    assert.ok(!excluded.items.some((a) => a.id === '1001' || a.id === '1005'));
    assert.ok(excluded.items.length > 0);
  });

  it('refuses bad list parameters with 422 and fieldErrors', async () => {
    for (const [query, field] of [
      ['limit=0', 'limit'],
      ['limit=101', 'limit'],
      ['limit=abc', 'limit'],
      ['cursor=not-a-cursor', 'cursor'],
      ['lang=not_a_tag!', 'lang'],
    ] as const) {
      const res = await fetch(`${base}/api/articles?${query}`);
      assert.equal(res.status, 422, query);
      const body = await errorOf(res);
      assert.ok(body.error.fieldErrors?.[field], `${query} names ${field}`);
    }
  });

  it('GET /api/articles/{id} returns a full article with linked translations; 404 when absent', async () => {
    const res = await fetch(`${base}/api/articles/1002`);
    assert.equal(res.status, 200);
    const article = await json(res, Article);
    assert.equal(article.lang, 'ar');
    assert.equal(article.url, '/ar/news/1002');
    assert.deepEqual(article.translations.map((t) => t.lang), ['en', 'fa', 'ur']);
    assert.ok(article.translations.every((t) => t.title && t.url.endsWith(`/news/${Number(t.url.split('/').pop())}`)));
    assert.ok(article.image && article.image.width > 0 && article.image.height > 0);
    assert.match(article.bodyHtml, /<blockquote>/);
    const missing = await fetch(`${base}/api/articles/nope`);
    assert.equal(missing.status, 404);
    assert.equal((await errorOf(missing)).error.code, 'not_found');
  });

  it('seed bodies carry quotations, a figure with caption and lists in every language', async () => {
    const all = await json(await fetch(`${base}/api/articles?limit=100`), ArticleSummaryPage);
    const bodies = await Promise.all(all.items.map(async (s) => (await json(await fetch(`${base}/api/articles/${s.id}`), Article)).bodyHtml));
    for (const pattern of [/<blockquote>/, /<q>/, /<figure>[\s\S]*<figcaption>/, /<ul>|<ol>/]) {
      assert.ok(bodies.filter((b) => pattern.test(b)).length >= 4, String(pattern));
    }
  });

  it('stores article HTML sanitized with the elements\' allowlist, and cleans bodies stored before', async () => {
    const hostile = '<p>Kept <a href="javascript:alert(1)">js</a> <a href="/in">in</a></p><script>alert(1)</script><img src=x onerror=alert(2) alt=""><iframe src="http://insecure.example/"></iframe><iframe src="https://video.example/e"></iframe><svg><script>1</script></svg><p style="position:fixed" onclick="x()" data-x="1">text</p><a href="data:text/html,x">d</a>';
    const clean = sanitizeArticleHtml(hostile);
    assert.doesNotMatch(clean, /<script|onerror|onclick|javascript:|data:text|style=|data-x|insecure\.example|<svg/i);
    assert.match(clean, /<a href="\/in" rel="noopener noreferrer">in<\/a>/);
    assert.match(clean, /<iframe src="https:\/\/video\.example\/e" sandbox="allow-scripts allow-same-origin allow-presentation allow-popups"><\/iframe>/);
    assert.equal(sanitizeArticleHtml(clean), clean, 'sanitizing twice changes nothing');
    // The seed stored its bodies sanitized.
    const seeded = (await (await fetch(`${base}/api/articles/1001`)).json()) as { bodyHtml: string };
    assert.equal(sanitizeArticleHtml(seeded.bodyHtml), seeded.bodyHtml);
    // A body stored by an older version, or written by hand, is cleaned once at start.
    const [row] = await env.db.query<{ body_html: string }>("select body_html from articles where id = '1009'");
    await env.db.query("update articles set body_html = $1 where id = '1009'", [hostile]);
    await env.db.query("delete from settings where key = 'articles_sanitized'");
    assert.ok((await sanitizeStoredArticles(env.db)) >= 1);
    const page = await (await fetch(`${base}/${(await (await fetch(`${base}/api/articles/1009`)).json() as { lang: string }).lang}/news/1009`)).text();
    assert.doesNotMatch(page, /alert\(|onerror|javascript:/);
    assert.equal(await sanitizeStoredArticles(env.db), 0, 'once per database');
    await env.db.query("update articles set body_html = $1 where id = '1009'", [row!.body_html]);
  });

  it('GET /api/articles/by-slug/{slug}?lang picks the language version; 404 when absent', async () => {
    const fa = await json(await fetch(`${base}/api/articles/by-slug/wetland-bird-count?lang=fa`), Article);
    assert.equal(fa.lang, 'fa');
    const en = await json(await fetch(`${base}/api/articles/by-slug/wetland-bird-count`), Article);
    assert.equal(en.lang, 'en');
    assert.equal((await fetch(`${base}/api/articles/by-slug/wetland-bird-count?lang=de`)).status, 404);
    assert.equal((await fetch(`${base}/api/articles/by-slug/no-such-slug`)).status, 404);
  });

  it('serves the article images as SVG with their width and height', async () => {
    const article = await json(await fetch(`${base}/api/articles/1001`), Article);
    const res = await fetch(`${base}${article.image?.src}`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'image/svg+xml');
    const svg = await res.text();
    assert.match(svg, new RegExp(`width="${article.image?.width}" height="${article.image?.height}"`));
    assert.equal((await fetch(`${base}/images/nothing.svg`)).status, 404);
  });

  it('serves the OpenAPI document built by the SDK', async () => {
    const res = await fetch(`${base}/api/openapi.json`);
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), JSON.parse(JSON.stringify(openApiDocument('/api'))));
  });

  it('refuses a NUL (%00) anywhere in the address with a 400, never a 500 from PostgreSQL', async () => {
    for (const path of ['/api/articles/by-slug/a%00b', '/api/articles?section=%00', '/api/articles/1001%00/comments', '/api/articles?cursor=x%00']) {
      const res = await fetch(`${base}${path}`);
      assert.equal(res.status, 400, path);
      assert.equal((await errorOf(res)).error.code, 'invalid_url');
    }
  });

  it('public GETs carry an ETag and a CDN-friendly Cache-Control, answer If-None-Match with an empty 304, and change their ETag when the answer does', async () => {
    const revalidate = async (path: string, etag: string) => fetch(`${base}${path}`, { headers: { 'if-none-match': etag } });
    for (const path of ['/api/languages', '/api/articles?lang=ar&limit=3', '/api/articles/1006', '/api/articles/1006/comments', '/api/openapi.json', '/api/articles/by-slug/central-library-opens-late?lang=fa']) {
      const first = await fetch(`${base}${path}`);
      assert.equal(first.status, 200, path);
      const etag = first.headers.get('etag');
      assert.match(etag ?? '', /^W\/"[\w-]+"$/, path);
      assert.match(first.headers.get('cache-control') ?? '', /^public, max-age=\d+/, path);
      const again = await revalidate(path, etag!);
      assert.equal(again.status, 304, path);
      assert.equal(await again.text(), '', `${path}: no body`);
      assert.equal(again.headers.get('etag'), etag);
    }
    assert.match((await fetch(`${base}/api/articles/1006/comments`)).headers.get('cache-control') ?? '', /max-age=0, must-revalidate/, 'comment lists: browsers always revalidate');
    // A counted view changes the article (its view count), so its ETag.
    const article = await fetch(`${base}/api/articles/1006`);
    const etag = article.headers.get('etag')!;
    await postJson(`${base}/api/articles/1006/views`, {});
    const after = await revalidate('/api/articles/1006', etag);
    assert.equal(after.status, 200);
    assert.notEqual(after.headers.get('etag'), etag);
    // An approved comment changes the comment list.
    const list = await fetch(`${base}/api/articles/${OPEN_ARTICLE}/comments`);
    const listTag = list.headers.get('etag')!;
    const posted = (await (await postJson(`${base}/api/articles/${OPEN_ARTICLE}/comments`, await draft(base))).json()) as { comment: { id: string } };
    assert.equal((await revalidate(`/api/articles/${OPEN_ARTICLE}/comments`, listTag)).status, 304, 'a held comment changes nothing readers see');
    await fetch(`${base}/api/admin/comments/${posted.comment.id}/approve`, { method: 'POST', headers: admin });
    assert.equal((await revalidate(`/api/articles/${OPEN_ARTICLE}/comments`, listTag)).status, 200);
    // Per-reader answers are never stored by a shared cache.
    assert.equal((await fetch(`${base}/api/captcha`)).headers.get('cache-control'), 'no-store');
    assert.equal((await fetch(`${base}/api/admin/comments`, { headers: admin })).headers.get('cache-control'), 'no-store');
  });

  it('answers unknown API routes with a JSON 404', async () => {
    const res = await fetch(`${base}/api/nothing-here`);
    assert.equal(res.status, 404);
    assert.equal((await errorOf(res)).error.code, 'not_found');
  });
});

describe(`views (${backend})`, () => {
  it('POST /views counts one view; 404 for an unknown article', async () => {
    const before = (await json(await fetch(`${base}/api/articles/1003`), Article)).viewCount;
    const res = await postJson(`${base}/api/articles/1003/views`, {});
    assert.equal(res.status, 200);
    assert.equal((await json(res, ViewCount)).viewCount, before + 1);
    assert.equal((await postJson(`${base}/api/articles/nope/views`, {})).status, 404);
  });

  it('counts one view per reader and article in a window: repeating a view neither inflates the count nor writes', async () => {
    const count = async () => (await (await fetch(`${base}/api/articles/1005`)).json() as { viewCount: number }).viewCount;
    const before = await count();
    const ip = freshIp();
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push((await (await postJson(`${base}/api/articles/1005/views`, {}, { ip })).json()) as { viewCount: number });
    assert.deepEqual(answers.map((a) => a.viewCount), Array(5).fill(before + 1), 'counted once, the same count answered');
    assert.equal((await (await postJson(`${base}/api/articles/1005/views`, {})).json() as { viewCount: number }).viewCount, before + 2, 'another reader counts');
  });

  it('refuses a reader who counts views of many articles fast (429 with Retry-After)', async () => {
    const ip = freshIp();
    const { items } = (await (await fetch(`${base}/api/articles?limit=50`)).json()) as { items: { id: string }[] };
    assert.ok(items.length > VIEWS_PER_MINUTE);
    const statuses = [];
    for (const { id } of items.slice(0, VIEWS_PER_MINUTE + 1)) statuses.push((await postJson(`${base}/api/articles/${id}/views`, {}, { ip })).status);
    assert.deepEqual(statuses.slice(0, VIEWS_PER_MINUTE), Array(VIEWS_PER_MINUTE).fill(200));
    const refused = await postJson(`${base}/api/articles/${items[VIEWS_PER_MINUTE]!.id}/views`, {}, { ip });
    assert.equal(refused.status, 429);
    assert.ok(Number(refused.headers.get('retry-after')) >= 1);
  });

  it('50 concurrent views add exactly 50', async () => {
    const before = (await json(await fetch(`${base}/api/articles/1004`), Article)).viewCount;
    const results = await Promise.all(Array.from({ length: 50 }, () => postJson(`${base}/api/articles/1004/views`, {})));
    const counts = await Promise.all(results.map((r) => json(r, ViewCount)));
    assert.equal(new Set(counts.map((c) => c.viewCount)).size, 50, 'each increment saw its own count');
    const after = (await json(await fetch(`${base}/api/articles/1004`), Article)).viewCount;
    assert.equal(after, before + 50);
  });
});

describe(`comments (${backend}, MODERATION=pre)`, () => {
  it('GET /api/captcha gives a fresh proof-of-work challenge', async () => {
    const a = await json(await fetch(`${base}/api/captcha`), Captcha);
    const b = await json(await fetch(`${base}/api/captcha`), Captcha);
    assert.equal(a.kind, 'pow');
    assert.notEqual(a.kind === 'pow' && a.challenge, b.kind === 'pow' && b.challenge);
    assert.ok(a.expiresAt && Date.parse(a.expiresAt) > Date.now());
  });

  it('holds a comment for moderation (202), never returns the email, and publishes it on approval', async () => {
    const email = `unique-${Date.now()}@example.org`;
    const res = await postJson(`${base}/api/articles/${OPEN_ARTICLE}/comments`, await draft(base, { email, body: 'Pending until approved.' }));
    assert.equal(res.status, 202);
    const text = await res.text();
    assert.ok(!text.includes(email), 'email never echoed');
    const result = CommentResult.parse(JSON.parse(text));
    assert.equal(result.status, 'pending');

    const publicList = await json(await fetch(`${base}/api/articles/${OPEN_ARTICLE}/comments`), CommentPage);
    assert.ok(!publicList.items.some((c) => c.id === result.comment.id), 'pending comments are not public');

    assert.equal((await fetch(`${base}/api/admin/comments?status=pending`, { headers: admin })).status, 200);
    const queue = await moderationTab(base);
    assert.ok(!JSON.stringify(queue).includes(email), 'admin list does not return emails either');
    const queued = queue.find((c) => c.id === result.comment.id);
    assert.equal(queued?.status, 'pending');
    assert.equal(queued?.holdCode, 'all');
    assert.match(queued?.holdReason ?? '', /reviewed/);

    const approved = await fetch(`${base}/api/admin/comments/${result.comment.id}/approve`, { method: 'POST', headers: admin });
    assert.equal(approved.status, 200);
    assert.ok(!(await approved.clone().text()).includes(email));
    assert.equal((await json(approved, Comment)).id, result.comment.id);

    const after = await json(await fetch(`${base}/api/articles/${OPEN_ARTICLE}/comments`), CommentPage);
    assert.ok(after.items.some((c) => c.id === result.comment.id && c.body === 'Pending until approved.'));
  });

  it('rejects a held comment through the admin route', async () => {
    const res = await postJson(`${base}/api/articles/${OPEN_ARTICLE}/comments`, await draft(base, { body: 'To be rejected.' }));
    const { comment } = await json(res, CommentResult);
    const rejected = await fetch(`${base}/api/admin/comments/${comment.id}/reject`, { method: 'POST', headers: admin });
    assert.equal(rejected.status, 200);
    assert.ok((await moderationTab(base, 'rejected')).some((c) => c.id === comment.id));
    assert.ok(!(await pendingIds()).includes(comment.id));
  });

  it('pages comments oldest first by default and newest first on request', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await postJson(`${base}/api/articles/1005/comments`, await draft(base, { body: `Comment number ${i}` }));
      const { comment } = await json(res, CommentResult);
      await fetch(`${base}/api/admin/comments/${comment.id}/approve`, { method: 'POST', headers: admin });
      ids.push(comment.id);
    }
    const first = await json(await fetch(`${base}/api/articles/1005/comments?limit=2`), CommentPage);
    assert.deepEqual(first.items.map((c) => c.id), ids.slice(0, 2));
    assert.ok(first.nextCursor);
    const second = await json(await fetch(`${base}/api/articles/1005/comments?limit=2&cursor=${encodeURIComponent(first.nextCursor)}`), CommentPage);
    assert.deepEqual(second.items.map((c) => c.id), ids.slice(2));
    assert.equal(second.nextCursor, null);
    const newest = await json(await fetch(`${base}/api/articles/1005/comments?order=newest`), CommentPage);
    assert.deepEqual(newest.items.map((c) => c.id), [...ids].reverse());
    assert.equal((await fetch(`${base}/api/articles/1005/comments?order=sideways`)).status, 422);
    assert.equal((await fetch(`${base}/api/articles/nope/comments`)).status, 404);
  });

  it('422 with fieldErrors for invalid fields', async () => {
    const bad = { ...(await draft(base)), authorName: '  ', email: 'not-an-email', body: 'x'.repeat(5_001) };
    const res = await postJson(`${base}/api/articles/${OPEN_ARTICLE}/comments`, bad);
    assert.equal(res.status, 422);
    const { error } = await errorOf(res);
    assert.equal(error.code, 'invalid_fields');
    assert.deepEqual(Object.keys(error.fieldErrors ?? {}).sort(), ['authorName', 'body', 'email']);
    const noCaptcha = await postJson(`${base}/api/articles/${OPEN_ARTICLE}/comments`, { authorName: 'A', email: 'a@b.co', body: 'hi' });
    assert.ok((await errorOf(noCaptcha)).error.fieldErrors?.captcha);
  });

  it('a NUL character (U+0000) in any field gets a 422 naming that field, never a 500', async () => {
    for (const field of ['authorName', 'email', 'body', 'website'] as const) {
      const good = await draft(base);
      const value = field === 'email' ? 'nul\u0000@example.org' : field === 'website' ? '\u0000' : `text with a \u0000 inside`;
      const res = await postJson(`${base}/api/articles/${OPEN_ARTICLE}/comments`, { ...good, [field]: value });
      assert.equal(res.status, 422, field);
      assert.deepEqual(Object.keys((await errorOf(res)).error.fieldErrors ?? {}), [field]);
    }
    const code = await postJson(`${base}/api/articles/${OPEN_ARTICLE}/comments`, { ...(await draft(base)), captcha: { kind: 'code', token: 't', code: 'a\u0000' } });
    assert.equal(code.status, 422);
    assert.deepEqual(Object.keys((await errorOf(code)).error.fieldErrors ?? {}), ['captcha']);
  });

  it('413 for a body over 16 KB, 415 for non-JSON, 400 for broken JSON', async () => {
    const big = await postJson(`${base}/api/articles/${OPEN_ARTICLE}/comments`, { ...(await draft(base)), body: 'x'.repeat(17_000) });
    assert.equal(big.status, 413);
    assert.equal((await errorOf(big)).error.code, 'payload_too_large');
    const form = await postJson(`${base}/api/articles/${OPEN_ARTICLE}/comments`, 'a=b', { headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    assert.equal(form.status, 415);
    const broken = await postJson(`${base}/api/articles/${OPEN_ARTICLE}/comments`, '{"authorName":');
    assert.equal(broken.status, 400);
  });

  it('404 for an unknown article, 409 when comments are closed', async () => {
    assert.equal((await postJson(`${base}/api/articles/nope/comments`, await draft(base))).status, 404);
    const closed = await postJson(`${base}/api/articles/${CLOSED_ARTICLE}/comments`, await draft(base));
    assert.equal(closed.status, 409);
    assert.equal((await errorOf(closed)).error.code, 'comments_closed');
  });

  it('429 with Retry-After for a second comment within 10 s from one client', async () => {
    const ip = freshIp();
    assert.equal((await postJson(`${base}/api/articles/${OPEN_ARTICLE}/comments`, await draft(base), { ip })).status, 202);
    const again = await postJson(`${base}/api/articles/${OPEN_ARTICLE}/comments`, await draft(base), { ip });
    assert.equal(again.status, 429);
    const retry = Number(again.headers.get('retry-after'));
    assert.ok(retry >= 1 && retry <= 10, `Retry-After ${retry}`);
    assert.equal((await errorOf(again)).error.code, 'rate_limited');
    // Another client is not affected.
    assert.equal((await postJson(`${base}/api/articles/${OPEN_ARTICLE}/comments`, await draft(base))).status, 202);
  });

  it('429 after 20 comments in an hour, with Retry-After until the oldest leaves the window', async () => {
    const ip = freshIp();
    const [client] = await clientHashes(env.db, ip);
    for (let i = 0; i < 20; i++) {
      await env.db.query("insert into rate_events (client, action, at) values ($1, 'comment', now() - make_interval(mins => $2))", [client, 50 - i]);
    }
    const res = await postJson(`${base}/api/articles/${OPEN_ARTICLE}/comments`, await draft(base), { ip });
    assert.equal(res.status, 429);
    const retry = Number(res.headers.get('retry-after'));
    assert.ok(retry > 500 && retry <= 600, `Retry-After ${retry} s (about 10 minutes)`);
  });

  it('counts an IPv6 client by its /64: another address in the same /64 is the same client', async () => {
    const prefix = `2001:db8:${(process.pid % 65_000).toString(16)}:${(Date.now() % 65_000).toString(16)}`;
    assert.equal((await postJson(`${base}/api/articles/${OPEN_ARTICLE}/comments`, await draft(base), { ip: `${prefix}::1` })).status, 202);
    const sameNetwork = await postJson(`${base}/api/articles/${OPEN_ARTICLE}/comments`, await draft(base), { ip: `${prefix}:ffff:1:2:3` });
    assert.equal(sameNetwork.status, 429, 'a new address in the same /64 does not buy a new bucket');
    assert.equal(clientKey(`${prefix}::1`), clientKey(`${prefix}:0:0:0:9`));
    assert.equal(clientKey('2001:DB8:0001:0002:aaaa::1'), '2001:db8:1:2::/64');
    assert.equal(clientKey('::ffff:192.0.2.7'), '192.0.2.7');
    assert.notEqual(clientKey('2001:db8:1:2::1'), clientKey('2001:db8:1:3::1'));
  });

  it('TRUST_PROXY=2 (a CDN and a load balancer): readers behind one CDN node are told apart, and what they forward is not believed', async () => {
    const proxied = await env.start({ trustProxy: 2 });
    const cdn = '198.51.100.7';
    const [a, b] = [freshIp(), freshIp()];
    const post = async (xff: string) => postJson(`${proxied.url}/api/articles/${OPEN_ARTICLE}/comments`, await draft(proxied.url), { ip: xff });
    assert.equal((await post(`${a}, ${cdn}`)).status, 202);
    assert.equal((await post(`${b}, ${cdn}`)).status, 202, 'another reader through the same CDN node has a bucket of their own');
    assert.equal((await post(`${freshIp()}, ${a}, ${cdn}`)).status, 429, 'an address the reader wrote in front is ignored');
  });

  it('keeps counting across midnight UTC: yesterday\'s hashes still count for the last hour', async () => {
    const ip = freshIp();
    const late = new Date('2031-05-04T23:59:50Z');
    const early = new Date('2031-05-05T00:00:10Z');
    const [before] = await clientHashes(env.db, ip, late);
    const after = await clientHashes(env.db, ip, early);
    assert.notEqual(after[0], before, 'a new key for the new day');
    assert.ok(after.includes(before!), 'but the rate limit still finds the events written just before midnight');
    // Keys older than yesterday are gone: their hashes can no longer be tied to an address.
    await clientHashes(env.db, ip, new Date('2031-05-07T00:00:00Z'));
    const keys = await env.db.query<{ key: string }>("select key from settings where key like 'client_key:%' order by key");
    assert.deepEqual(keys.map((k) => k.key), ['client_key:2031-05-06', 'client_key:2031-05-07']);
    await clientHashes(env.db, ip); // today's key back, for the tests that follow
  });

  it('the same Idempotency-Key twice yields one comment and the first answer', async () => {
    const key = `key-${Date.now()}`;
    const body = await draft(base, { body: 'Sent twice, stored once.' });
    const first = await postJson(`${base}/api/articles/${OPEN_ARTICLE}/comments`, body, { key });
    const second = await postJson(`${base}/api/articles/${OPEN_ARTICLE}/comments`, body, { key });
    assert.equal(first.status, 202);
    assert.equal(second.status, 202);
    assert.equal(second.headers.get('idempotent-replayed'), 'true');
    const a = await json(first, CommentResult);
    const b = await json(second, CommentResult);
    assert.deepEqual(b, a);
    const [row] = await env.db.query<{ n: number }>("select count(*)::int as n from comments where body = 'Sent twice, stored once.'");
    assert.equal(row?.n, 1);
    const other = await postJson(`${base}/api/articles/${OPEN_ARTICLE}/comments`, { ...body, body: 'Something else' }, { key });
    assert.equal(other.status, 409);
    assert.equal((await postJson(`${base}/api/articles/${OPEN_ARTICLE}/comments`, body, { key: 'bad key with spaces' })).status, 422);
  });

  it('concurrent posts with one Idempotency-Key store one comment', async () => {
    const key = `race-${Date.now()}`;
    const body = await draft(base, { body: 'Raced with one key.' });
    const answers = await Promise.all(Array.from({ length: 5 }, () => postJson(`${base}/api/articles/${OPEN_ARTICLE}/comments`, body, { key })));
    assert.deepEqual(answers.map((r) => r.status), [202, 202, 202, 202, 202]);
    const ids = new Set(await Promise.all(answers.map(async (r) => (await json(r, CommentResult)).comment.id)));
    assert.equal(ids.size, 1);
    const [row] = await env.db.query<{ n: number }>("select count(*)::int as n from comments where body = 'Raced with one key.'");
    assert.equal(row?.n, 1);
  });

  it('refuses a captcha solution used twice', async () => {
    const captcha = await solvedCaptcha(base);
    const first = await postJson(`${base}/api/articles/${OPEN_ARTICLE}/comments`, await draft(base, { captcha }));
    assert.equal(first.status, 202);
    const reused = await postJson(`${base}/api/articles/${OPEN_ARTICLE}/comments`, await draft(base, { captcha }));
    assert.equal(reused.status, 422);
    const { error } = await errorOf(reused);
    assert.equal(error.code, 'captcha_reused');
    assert.ok(error.fieldErrors?.captcha);
  });

  it('refuses an expired, a forged and a wrong captcha solution', async () => {
    const expired = await createChallenge({ algorithm: 'SHA-256', hmacKey: CAPTCHA_SECRET, maxnumber: 500, expires: new Date(Date.now() - 60_000) });
    const expiredRes = await postJson(
      `${base}/api/articles/${OPEN_ARTICLE}/comments`,
      await draft(base, { captcha: { kind: 'pow', payload: await solve({ ...expired, algorithm: 'SHA-256', maxnumber: 500 }) } }),
    );
    assert.equal(expiredRes.status, 422);
    assert.equal((await errorOf(expiredRes)).error.code, 'captcha_expired');

    const forged = await createChallenge({ algorithm: 'SHA-256', hmacKey: 'some-other-secret-123456', maxnumber: 500, expires: new Date(Date.now() + 60_000) });
    const forgedRes = await postJson(
      `${base}/api/articles/${OPEN_ARTICLE}/comments`,
      await draft(base, { captcha: { kind: 'pow', payload: await solve({ ...forged, algorithm: 'SHA-256', maxnumber: 500 }) } }),
    );
    assert.equal((await errorOf(forgedRes)).error.code, 'captcha_invalid');

    const good = await solvedCaptcha(base);
    assert.equal(good.kind, 'pow');
    const wrong = JSON.parse(Buffer.from(good.kind === 'pow' ? good.payload : '', 'base64').toString()) as { number: number };
    wrong.number += 1;
    const wrongRes = await postJson(
      `${base}/api/articles/${OPEN_ARTICLE}/comments`,
      await draft(base, { captcha: { kind: 'pow', payload: Buffer.from(JSON.stringify(wrong)).toString('base64') } }),
    );
    assert.equal(wrongRes.status, 422);
    const garbage = await postJson(`${base}/api/articles/${OPEN_ARTICLE}/comments`, await draft(base, { captcha: { kind: 'pow', payload: 'bm90IGpzb24=' } }));
    assert.equal(garbage.status, 422);
  });

  it('refuses a filled honeypot without saying why, and stores nothing', async () => {
    const body = `Honeypot ${Date.now()}`;
    const res = await postJson(`${base}/api/articles/${OPEN_ARTICLE}/comments`, await draft(base, { body, website: 'http://spam.example' }));
    assert.equal(res.status, 400);
    const text = await res.text();
    assert.doesNotMatch(text, /website|honeypot|bot|spam/i);
    const [row] = await env.db.query<{ n: number }>('select count(*)::int as n from comments where body = $1', [body]);
    assert.equal(row?.n, 0);
  });

  it('keeps only a hash of a generated admin token, and turns a stored plain one into its hash', async () => {
    await env.db.query("delete from settings where key like 'admin_token%'");
    await env.db.query("insert into settings (key, value) values ('admin_token', 'an-old-plain-token-0123456789')");
    const kept = await adminToken(env.db, undefined);
    assert.equal(kept.source, 'stored');
    assert.ok(isAdminToken('an-old-plain-token-0123456789', kept.hash), 'the old token still works');
    const values = (await env.db.query<{ key: string; value: string }>("select key, value from settings where key like 'admin_token%'"));
    assert.deepEqual(values.map((v) => v.key), ['admin_token_sha256']);
    assert.ok(!values.some((v) => v.value.includes('an-old-plain-token')), 'no plain token stored');
    await env.db.query("delete from settings where key like 'admin_token%'");
    const created = await adminToken(env.db, undefined);
    assert.equal(created.source, 'created');
    assert.ok(created.token && isAdminToken(created.token, created.hash) && !isAdminToken(`${created.token}x`, created.hash));
    assert.equal((await adminToken(env.db, undefined)).source, 'stored', 'a second start does not get it again');
    await env.db.query("delete from settings where key like 'admin_token%'");
  });

  it('admin routes need the token (401), check their input (422) and 404 unknown comments', async () => {
    for (const [method, path] of [
      ['GET', '/api/admin/comments'],
      ['POST', '/api/admin/comments/x/approve'],
      ['POST', '/api/admin/comments/x/reject'],
    ] as const) {
      const none = await fetch(`${base}${path}`, { method });
      assert.equal(none.status, 401, `${method} ${path}`);
      assert.match(none.headers.get('www-authenticate') ?? '', /Bearer/);
      assert.equal((await errorOf(none)).error.code, 'unauthorized');
      const wrong = await fetch(`${base}${path}`, { method, headers: { authorization: 'Bearer wrong-token' } });
      assert.equal(wrong.status, 401);
    }
    assert.equal((await fetch(`${base}/api/admin/comments?status=everything`, { headers: admin })).status, 422);
    assert.equal((await fetch(`${base}/api/admin/comments/no-such-id/approve`, { method: 'POST', headers: admin })).status, 404);
  });

  it('allows CORS for CORS_ORIGINS only', async () => {
    const preflight = await fetch(`${base}/api/articles/1001/comments`, {
      method: 'OPTIONS',
      headers: { origin: 'https://partner.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,idempotency-key' },
    });
    assert.equal(preflight.headers.get('access-control-allow-origin'), 'https://partner.example');
    assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /Idempotency-Key/i);
    const other = await fetch(`${base}/api/articles`, { headers: { origin: 'https://evil.example' } });
    assert.equal(other.headers.get('access-control-allow-origin'), null);
  });
});

describe(`moderation modes (${backend})`, () => {
  it('MODERATION=post publishes at once (201)', async () => {
    const post = await env.start({ moderation: 'post' });
    const res = await postJson(`${post.url}/api/articles/1006/comments`, await draft(post.url, { body: 'Published right away.' }));
    assert.equal(res.status, 201);
    const result = await json(res, CommentResult);
    assert.equal(result.status, 'published');
    const list = await json(await fetch(`${post.url}/api/articles/1006/comments`), CommentPage);
    assert.ok(list.items.some((c) => c.id === result.comment.id));
  });

  it('MODERATION=auto holds first comments and links, with the reason; publishes known commenters', async () => {
    const auto = await env.start({ moderation: 'auto' });
    const email = `auto-${Date.now()}@example.org`;
    const commenterKey = `key-of-this-browser-${Date.now()}`;
    const post = (d: Partial<CommentDraft>) => draft(auto.url, { email, commenterKey, ...d }).then((b) => postJson(`${auto.url}/api/articles/1007/comments`, b));
    const first = await post({ body: 'My first comment here.' });
    assert.equal(first.status, 202);
    const firstId = (await json(first, CommentResult)).comment.id;
    const held = (await moderationTab(auto.url)).find((c) => c.id === firstId);
    assert.equal(held?.holdCode, 'first_comment');
    assert.ok(held?.holdReason);
    await fetch(`${auto.url}/api/admin/comments/${firstId}/approve`, { method: 'POST', headers: admin });
    const second = await post({ body: 'Now I am known.' });
    assert.equal(second.status, 201);
    // Someone else writing with that address: without this browser's key, or with another, it is held.
    const impostor = await post({ body: 'Trust me, I am them.', commenterKey: undefined });
    assert.equal(impostor.status, 202, 'the email alone buys no trust');
    assert.equal((await post({ body: 'Still them, honest.', commenterKey: 'another-browser-key-000000' })).status, 202);
    assert.equal((await post({ body: 'Different case.', email: email.toUpperCase() })).status, 201, 'the owner, in any letter case');
    const link = await post({ body: 'See https://example.com/offer' });
    assert.equal(link.status, 202);
    const linkId = (await json(link, CommentResult)).comment.id;
    assert.equal((await moderationTab(auto.url)).find((c) => c.id === linkId)?.holdCode, 'links');
  });

  it('never stores the client address, only a keyed hash', async () => {
    const ip = '192.0.2.77';
    await postJson(`${base}/api/articles/1001/comments`, await draft(base), { ip });
    const rows = await env.db.query<{ client: string }>('select client from rate_events');
    assert.ok(rows.length > 0);
    assert.ok(rows.every((r) => !r.client.includes('192.0.2')));
    const dump = JSON.stringify(await env.db.query('select * from comments'));
    assert.ok(!dump.includes(ip));
  });
});

describe(`security-code captcha, CAPTCHA=code (${backend})`, () => {
  /** Reads the code back from the token with the shared secret (8^5 tries): what a person does by eye. */
  function readCode(token: string): string {
    const [nonce, expires] = token.split('.');
    for (let n = 0; n < CODE_ALPHABET.length ** CODE_LENGTH; n++) {
      let code = '';
      for (let i = 0, m = n; i < CODE_LENGTH; i++, m = Math.floor(m / CODE_ALPHABET.length)) code += CODE_ALPHABET[m % CODE_ALPHABET.length];
      if (codeToken(CAPTCHA_SECRET, code, Number(expires), nonce) === token) return code;
    }
    throw new Error('code not found');
  }
  const persian = (code: string) => code.replace(/\d/g, (d) => String.fromCharCode(0x06f0 + Number(d)));

  it('draws an image whose markup order and attributes say nothing about the digits', () => {
    for (let i = 0; i < 20; i++) {
      const svg = codeImage('23456');
      const paths = [...svg.matchAll(/<path ([^>]*)\/>/g)].map((m) => m[1]!);
      // Every stroke alike: the same attributes, noise included.
      assert.ok(paths.every((p) => /^d="[^"]+" stroke-width="[\d.]+"$/.test(p)), 'one kind of stroke');
      // The attack that read the old images: strokes in markup order, digit after digit. Now the digit
      // columns of the strokes, in markup order, are not in order.
      const columns = paths.map((p) => Math.round((Number(/d="M([\d.-]+)/.exec(p)?.[1]) - 14) / 32));
      assert.ok(columns.some((c, j) => j > 0 && c < columns[j - 1]!), `strokes shuffled: ${columns.join(',')}`);
    }
  });

  it('issues an image code and accepts it once, typed in any digits; refuses wrong, expired and pow answers', async () => {
    const code = await env.start({ captchaKind: 'code' });
    const challenge = await json(await fetch(`${code.url}/api/captcha`), CodeCaptcha);
    assert.match(challenge.image, /^data:image\/svg\+xml;base64,/);
    const svg = Buffer.from(challenge.image.split(',')[1] ?? '', 'base64').toString();
    assert.doesNotMatch(svg, /<text/, 'no text in the image markup');
    const answer = readCode(challenge.token);
    assert.doesNotMatch(svg, new RegExp(answer));

    const post = (captcha: CommentDraft['captcha']) =>
      draft(code.url, { captcha }).then((d) => postJson(`${code.url}/api/articles/1010/comments`, d));
    const wrongDigit = answer.replace(/^./, (d) => (d === '2' ? '3' : '2'));
    assert.equal((await post({ kind: 'code', token: challenge.token, code: wrongDigit })).status, 422);
    assert.equal((await post({ kind: 'code', token: challenge.token, code: ` ${persian(answer)} ` })).status, 202);
    const again = await post({ kind: 'code', token: challenge.token, code: answer });
    assert.equal((await errorOf(again)).error.code, 'captcha_reused');

    // Guessing: wrong answers count, and MAX_WRONG of them spend the token, the right code included.
    const guessed = await json(await fetch(`${code.url}/api/captcha`), CodeCaptcha);
    const right = readCode(guessed.token);
    const wrongs = CODE_ALPHABET.split('').filter((d) => d !== right[0]).slice(0, MAX_WRONG).map((d) => d + right.slice(1));
    for (const wrong of wrongs) assert.equal((await errorOf(await post({ kind: 'code', token: guessed.token, code: wrong }))).error.code, 'captcha_invalid');
    assert.equal((await errorOf(await post({ kind: 'code', token: guessed.token, code: right }))).error.code, 'captcha_reused', 'spent by guessing');

    const old = codeToken(CAPTCHA_SECRET, '23456', Math.floor(Date.now() / 1000) - 5);
    assert.equal((await errorOf(await post({ kind: 'code', token: old, code: '23456' }))).error.code, 'captcha_expired');
    const pow = await post({ kind: 'pow', payload: 'eyJ9' });
    assert.equal(pow.status, 422);
  });
});
