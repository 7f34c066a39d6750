/**
 * The demo of the CMS adapters: `/cms/wordpress/{en,ar}/` runs the elements on a fake WordPress site
 * (the one the adapter's tests use, test/fixtures/cms/wordpress.ts, served at `/fake-wp/wp-json/`)
 * through `wordpress({ baseUrl })` from the adapter's CDN file, with no News API involved: the page
 * creates the client and hands it to `<news-provider>`, the autoloader loads the elements.
 */
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Hono } from 'hono';
import { fakeWordPress, type FakeAnswer } from '../../test/fixtures/cms/wordpress.js';
import type { ApiContext } from './api.js';

const SLUGS = { en: 'council-plan', ar: 'خطة-المجلس' } as const;
const IDS = { en: '101', ar: '102' } as const;
// A picture for the fake media library: a bridge drawn in SVG.
const PICTURE = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 160 90"><rect width="160" height="90" fill="#9cc7e4"/><rect y="62" width="160" height="28" fill="#3a6f96"/><path d="M0 60 Q40 20 80 60 Q120 20 160 60 V66 H0Z" fill="#8a7f72"/></svg>`;

function demoPage(lang: 'en' | 'ar', nonce: string): string {
  const other = lang === 'en' ? 'ar' : 'en';
  return `<!doctype html>
<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>WordPress through the adapter</title>
<style>
:root { color-scheme: light dark; font-family: system-ui, "Noto Sans", "Noto Naskh Arabic", sans-serif; }
body { margin: 0 auto; max-width: 60rem; padding: 0 1rem; line-height: 1.6; }
header { border-block-end: 3px solid #b3261e; padding-block: .75rem; display: flex; justify-content: space-between; }
news-article:not(:defined) { display: block; min-block-size: 30rem; }
.after-body { display: grid; gap: 2rem; margin-block-start: 1.5rem; }
</style>
<link rel="modulepreload" href="/cms/wordpress/adapter.js">
</head>
<body>
<header><strong>${lang === 'en' ? 'A WordPress site, through news-elements' : 'موقع ووردبريس عبر news-elements'}</strong>
<a href="/cms/wordpress/${other}/" lang="${other}" hreflang="${other}">${other === 'ar' ? 'العربية' : 'English'}</a></header>
<news-provider lang="${lang}" id="provider">
<news-article slug="${SLUGS[lang]}">
<div slot="after-body" class="after-body">
<news-share-bar></news-share-bar>
<news-comments article-id="${IDS[lang]}"></news-comments>
<news-comment-form article-id="${IDS[lang]}"></news-comment-form>
</div>
</news-article>
<news-latest-articles limit="3" layout="list" exclude="${IDS[lang]}"></news-latest-articles>
</news-provider>
<script type="module" nonce="${nonce}">
import { createNewsClient, wordpress } from '/cms/wordpress/adapter.js';
document.getElementById('provider').client = createNewsClient({ source: wordpress({ baseUrl: '/fake-wp/', anonymousComments: true }) });
</script>
<script type="module" src="/cdn/loader.js"></script>
</body>
</html>
`;
}

/** The routes of the demo: the pages, the adapter's CDN file, and the fake WordPress site. */
export function cmsDemo(ctx: ApiContext): Hono {
  const app = new Hono();
  const sites = new Map<string, ReturnType<typeof fakeWordPress>>();

  app.get('/cms/wordpress/:lang{en|ar}/', (c) => {
    const nonce = randomBytes(16).toString('base64');
    return c.html(demoPage(c.req.param('lang') as 'en' | 'ar', nonce), 200, {
      'content-security-policy': `default-src 'self'; script-src 'self' 'nonce-${nonce}'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'`,
    });
  });

  app.get('/cms/wordpress/adapter.js', async (c) => {
    try {
      const body = await readFile(path.join(ctx.config.cdnDir, 'adapters', 'wordpress.js'), 'utf8');
      return c.body(body, 200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' });
    } catch {
      return c.text('// Not built yet: run `npm run build` at the repository root.\n', 404, { 'content-type': 'text/javascript' });
    }
  });

  app.get('/fake-wp/wp-content/uploads/*', (c) => c.body(PICTURE, 200, { 'content-type': 'image/svg+xml' }));

  app.all('/fake-wp/wp-json/*', async (c) => {
    const url = new URL(c.req.url);
    const origin = `${url.origin}/fake-wp/`;
    let site = sites.get(origin);
    if (!site) sites.set(origin, (site = fakeWordPress({ origin, polylang: true, anonymousComments: true })));
    const answer: FakeAnswer = site(c.req.method, new URL(url.pathname.replace(/^\/fake-wp/, '') + url.search, origin), await c.req.text());
    return c.json(answer.body as object, answer.status as 200, answer.headers);
  });

  return app;
}
