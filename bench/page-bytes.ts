/**
 * What a page pays, measured: each page that ../shared/BUDGETS.md budgets
 * (scripts/pages.js) is loaded in Chromium from a local server that sends
 * dist/cdn compressed with gzip -9, as `npm run size` measures it, and the
 * encoded bytes of every script the browser actually fetched are summed.
 * Beside each figure, the static one of `npm run size` (from the chunk graph)
 * and how far apart the two are: they must agree within a few percent.
 *
 * The pages are minimal HTML: the loader (or the bundle) and the page's
 * elements, in the page's locale; the article page hands its element an
 * article so that the sanitizer and DOMPurify load, or, on the
 * server-rendered page, the article rendered by the build's news-elements/ssr
 * (so that the hydration support loads, and no DOMPurify). `/api` answers
 * 404: the elements show their error states, which fetch nothing more.
 */
import { createServer } from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Ssr from '../src/ssr/index.js';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { launchChromium } from './browser-runner.js';
import { metric, type Metric } from './harness.js';
import { pageFiles, pages, type BudgetedPage } from '../scripts/pages.js';

const CDN = 'dist/cdn';
const BUDGETS = '../shared/BUDGETS.md';
const ARTICLE = {
  id: '1',
  slug: 'a',
  lang: 'ar',
  title: 'عنوان',
  bodyHtml: '<p>نص المقال.</p>',
  section: { id: 'news', name: 'أخبار', path: ['أخبار'] },
  publishedAt: '2026-11-30T10:00:00+03:00',
  tags: [],
  viewCount: 1,
  translations: [],
  url: '/ar/news/1',
  commentsOpen: true,
};

/** The article as the build's news-elements/ssr renders it (dist/ssr, the same build as dist/cdn). */
async function serverRenderedArticle(lang: string): Promise<string> {
  const { renderElement } = (await import(pathToFileURL(path.resolve('dist/ssr/index.js')).href)) as typeof Ssr;
  return renderElement('news-article', { properties: { article: ARTICLE }, attributes: { 'article-id': '1' }, lang, url: 'http://127.0.0.1/page' });
}

async function html(page: BudgetedPage): Promise<string> {
  const lang = page.locale ?? 'en';
  const script = page.via === 'loader' ? '/cdn/loader.js' : '/cdn/news-elements.js';
  const article = page.serverRendered ? await serverRenderedArticle(lang) : undefined;
  const element = (tag: string) => (tag === 'news-provider' ? '' : tag === 'news-article' && article ? article : `<${tag} article-id="1"></${tag}>`);
  const body = page.tags.includes('news-provider') ? `<news-provider base-url="/api">${page.tags.map(element).join('')}</news-provider>` : page.tags.map(element).join('');
  const data = page.tags.includes('news-article') ? `<script type="module">document.querySelector('news-article').article = ${JSON.stringify(ARTICLE)};</script>` : '';
  return `<!doctype html><html lang="${lang}"><meta charset="utf-8"><title>${page.id}</title>${body}${data}<script type="module" src="${script}"></script></html>`;
}

async function serve(): Promise<{ origin: string; close(): Promise<void> }> {
  const cache = new Map<string, Buffer>();
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const page = pages.find((p) => path === `/page/${p.id}`);
    if (page) return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(await html(page));
    const file = /^\/cdn\/((?:elements\/|chunks\/)?[\w.-]+\.js)$/.exec(path)?.[1];
    if (!file) return void res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":{"code":"not_found","message":"no API here"}}');
    try {
      if (!cache.has(file)) cache.set(file, gzipSync(await readFile(`${CDN}/${file}`), { level: 9 }));
      res.writeHead(200, { 'content-type': 'text/javascript', 'content-encoding': 'gzip' }).end(cache.get(file));
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The page's elements defined and the network quiet; then the encoded bytes and names of the scripts fetched. */
async function load(origin: string, page: BudgetedPage): Promise<{ bytes: number; files: string[] }> {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext();
    const scripts: Promise<{ file: string; bytes: number }>[] = [];
    context.on('requestfinished', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.endsWith('.js')) scripts.push(request.sizes().then((s) => ({ file: path.replace('/cdn/', ''), bytes: s.responseBodySize })));
    });
    const tab = await context.newPage();
    await tab.goto(`${origin}/page/${page.id}`, { waitUntil: 'load' });
    await tab.waitForFunction((tags) => tags.every((tag) => customElements.get(tag)), page.tags, { timeout: 30_000 });
    await tab.waitForLoadState('networkidle');
    const fetched = await Promise.all(scripts);
    return { bytes: fetched.reduce((sum, s) => sum + s.bytes, 0), files: fetched.map((s) => s.file) };
  } finally {
    await browser.close();
  }
}

export async function pageBytesBenchmarks(): Promise<Metric[]> {
  const server = await serve();
  const rows: Metric[] = [];
  try {
    for (const page of pages) {
      const expected = pageFiles(CDN, page);
      const staticBytes = (await Promise.all(expected.map(async (f) => gzipSync(await readFile(`${CDN}/${f}`), { level: 9 }).length))).reduce((a, b) => a + b, 0);
      const { bytes, files } = await load(server.origin, page);
      const extra = files.filter((f) => !expected.includes(f));
      const missing = expected.filter((f) => !files.includes(f));
      const apart = ((100 * (bytes - staticBytes)) / staticBytes).toFixed(1);
      rows.push(
        metric(
          `${page.name.replace(/^page: /, 'page JS: ')}`,
          `scripts Chromium fetched, gzip -9 bodies: ${files.length} files; npm run size says ${(staticBytes / 1024).toFixed(2)} KB (${apart}% apart)${extra.length ? `; not in the chunk graph: ${extra.join(' ')}` : ''}${missing.length ? `; never fetched: ${missing.join(' ')}` : ''}${page.accepted ? `; past the ${page.ceiling / 1024} KB ceiling by decision, up to ${page.accepted.upTo / 1024} KB: ${page.accepted.why}` : ''}`,
          'bytes',
          [bytes],
          { atMost: page.accepted?.upTo ?? page.ceiling, goal: page.aim, judged: 'max', source: page.accepted ? 'scripts/pages.js, accepted past BUDGETS.md' : BUDGETS },
        ),
      );
    }
  } finally {
    await server.close();
  }
  return rows;
}
