/**
 * The demo site's pages as a reader gets them: rendered on the server by
 * news-elements/ssr, readable in a browser with JavaScript off, and taken
 * over by the elements without a node of theirs replaced when it is on.
 * Against the real reference server (a fresh seeded database), in Chromium,
 * with the built CDN files and SSR entry (`npm run build`).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../bench/browser-runner.js';
import { startNewsServer, type NewsServer } from '../../bench/news-server.js';

let server: NewsServer;
let browser: Browser;

before(async () => {
  [server, browser] = await Promise.all([startNewsServer(), launchChromium()]);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function api<T>(path: string): Promise<T> {
  const res = await fetch(`${server.url}/api${path}`);
  assert.equal(res.status, 200, path);
  return (await res.json()) as T;
}

interface Shown {
  headline: string;
  body: string;
  meta: string;
  image: boolean;
  shareLinks: string[];
  languageLinks: string[];
  comments: string[];
  latestLinks: string[];
}

/**
 * What a reader sees of each element, read from their (declarative) shadow roots. Page code is a string:
 * the test runner's TypeScript transform would add helpers (`__name`) the page does not have.
 */
const SHOWN = `(() => {
  const root = (selector) => document.querySelector(selector)?.shadowRoot;
  const texts = (r, s) => [...(r?.querySelectorAll(s) ?? [])].map((n) => n.textContent?.trim() ?? '');
  const hrefs = (r, s) => [...(r?.querySelectorAll(s) ?? [])].map((a) => a.getAttribute('href') ?? '');
  const story = root('news-article');
  return {
    headline: story?.querySelector('[part="headline"]')?.textContent ?? '',
    body: story?.querySelector('[part="body"]')?.textContent ?? '',
    meta: story?.querySelector('[part="meta"]')?.textContent ?? '',
    image: !!story?.querySelector('[part="image"] img[src]'),
    shareLinks: hrefs(root('news-share-bar'), 'a[href]'),
    languageLinks: hrefs(root('news-language-switcher'), 'a[href]'),
    comments: texts(root('news-comments'), '[part="body"]'),
    latestLinks: hrefs(root('news-latest-articles'), 'a[href]'),
  };
})()`;
const shown = (page: Page) => page.evaluate(SHOWN) as Promise<Shown>;

/**
 * Marks every node of every server-rendered shadow root; returns how many elements have one. What is
 * meant to change is left out: the form's "needs JavaScript" line, and the comment count's reserved
 * place once the count is in.
 */
const MARK = `(() => {
  const meant = (node) => !!(node instanceof Element ? node : node.parentElement)?.closest('.reserve, [part="status"]');
  const marks = new Map();
  for (const el of document.querySelectorAll('*')) {
    if (!el.localName.startsWith('news-') || !el.shadowRoot) continue;
    const nodes = [];
    const walker = document.createTreeWalker(el.shadowRoot, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) if (!meant(node)) nodes.push(node);
    marks.set(el, nodes);
  }
  window.__marks = marks;
  return marks.size;
})()`;

/** Once every marked element is defined and updated: the marked nodes no longer in their shadow root. */
const LOST = `(async () => {
  const marks = window.__marks;
  await Promise.all([...marks.keys()].map((el) => customElements.whenDefined(el.localName)));
  await Promise.all([...marks.keys()].map((el) => el.updateComplete));
  await new Promise((resolve) => setTimeout(resolve, 300));
  return [...marks].flatMap(([el, nodes]) =>
    nodes
      .filter((node) => !node.isConnected || node.getRootNode() !== el.shadowRoot)
      .map((node) => el.localName + ': ' + (node instanceof Element ? node.outerHTML.slice(0, 60) : node.textContent)),
  );
})()`;

describe('demo pages rendered on the server', () => {
  for (const lang of ['en', 'ar']) {
    it(`the ${lang} article page is readable with JavaScript off: article, share links, languages, comments, latest`, async () => {
      const { items } = await api<{ items: { id: string; url: string }[] }>(`/articles?lang=${lang}&limit=1`);
      const summary = items[0]!;
      const article = await api<{ title: string; bodyHtml: string }>(`/articles/${summary.id}`);
      const comments = await api<{ items: { body: string }[] }>(`/articles/${summary.id}/comments`);
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
      try {
        const page = await context.newPage();
        await page.goto(`${server.url}${summary.url}`);
        const seen = await shown(page);
        assert.equal(seen.headline, article.title);
        const firstWords = article.bodyHtml.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 40);
        assert.ok(seen.body.replace(/\s+/g, ' ').includes(firstWords), `the body inside <news-article>'s shadow root: ${seen.body.slice(0, 80)}`);
        assert.ok(seen.meta.length > 10, 'the meta line');
        assert.ok(seen.image, 'the image');
        assert.ok(seen.shareLinks.some((href) => href.startsWith('https://x.com/intent/')), `plain share links: ${seen.shareLinks.join(' ')}`);
        assert.ok(seen.languageLinks.length >= 2, 'links to the other languages');
        for (const href of seen.languageLinks) assert.equal((await fetch(new URL(href, server.url))).status, 200, href);
        assert.ok(comments.items.length > 0, 'the seed has approved comments here');
        for (const c of comments.items) assert.ok(seen.comments.includes(c.body.trim()), `the comment "${c.body.slice(0, 30)}" listed`);
        assert.ok(seen.latestLinks.some((href) => href.startsWith(`/${lang}/news/`)), 'the latest list links to articles');
        assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 360, 'no sideways scroll at 360 px');
      } finally {
        await context.close();
      }
    });
  }

  it('the front page lists the latest articles with JavaScript off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}/fa/`);
      const seen = await shown(page);
      assert.ok(seen.latestLinks.filter((href) => href.startsWith('/fa/news/')).length >= 3, seen.latestLinks.join(' '));
    } finally {
      await context.close();
    }
  });

  for (const path of ['/en/news/1001', '/ar/', '/ur/news/1004']) {
    it(`${path}: the elements take the server's shadow roots over without replacing a node, count one view`, async () => {
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(error.message));
        page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
        const views: string[] = [];
        page.on('request', (request) => request.method() === 'POST' && /\/views$/.test(request.url()) && views.push(request.url()));
        // The scripts wait until every node of the server's rendering is marked.
        let release!: () => void;
        const marked = new Promise<void>((resolve) => (release = resolve));
        await page.route('**/cdn/**', async (route) => {
          await marked;
          await route.continue();
        });
        await page.goto(`${server.url}${path}`, { waitUntil: 'commit' });
        await page.waitForFunction("document.readyState !== 'loading'");
        const count = (await page.evaluate(MARK)) as number;
        assert.ok(count >= 2, `server-rendered elements: ${count}`);
        release();
        await page.waitForLoadState('networkidle');
        const lost = (await page.evaluate(LOST)) as string[];
        assert.deepEqual(lost, []);
        assert.deepEqual(errors, []);
        assert.equal(views.length, path.includes('/news/') ? 1 : 0, `views recorded: ${views.join(' ')}`);
      } finally {
        await context.close();
      }
    });
  }
});
