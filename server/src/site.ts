/**
 * The demo news site: a front page per language and article pages at
 * /{lang}/news/{id}, laid out like a classic news article page. Every block
 * is one of the library's elements, rendered on the server from the
 * elements' own templates (news-elements/ssr, a declarative shadow root):
 * readers without scripts and search engines get the article, its comments,
 * share links and the latest list as the browser will show them. The
 * elements then load from the published CDN files (dist/cdn, served at
 * /cdn/): front pages through the autoloader, article pages through the
 * bundle, and take that rendering over (hydration) without rendering it
 * again. This file writes only the page around them.
 * Everything from a request or from comments is escaped.
 */
import { Hono } from 'hono';
import type { Language } from '../../src/sdk/schemas.js';
import { articleJsonLd, hreflangLinks, serializeJsonLd } from '../../src/sdk/seo.js';
import type { ApiContext } from './api.js';
import { cmsDemo } from './cms-demo.js';
import { bundleScript, esc, loaderScript, newNonce, sendPage, type Script } from './html.js';
import { serverRenderer } from './render.js';
import { getArticle, listArticles } from './repo/articles.js';
import { listComments } from './repo/comments.js';

/** The site's own words; a configured language without its words here gets the English ones. */
const words: Record<string, Record<string, string>> = {
  en: { site: 'The Daily Lantern', languages: 'Languages' },
  ar: { site: 'الفانوس اليومي', languages: 'اللغات' },
  fa: { site: 'فانوس روز', languages: 'زبان‌ها' },
  ur: { site: 'روزنامہ لالٹین', languages: 'زبانیں' },
};

export const wordsOf = (lang: string) => words[lang] ?? words.en!;

/** A language of the site's, or, for a version in a language it does not list, what can be said of it. */
export const languageOf = (languages: readonly Language[], lang: string): Language =>
  languages.find((l) => l.lang === lang) ?? { lang, name: lang, nativeName: lang, dir: 'ltr' };

function dateTime(lang: string, value: string, withTime = true): string {
  return new Intl.DateTimeFormat(lang, withTime ? { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' } : { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(value));
}

const STYLE = `
:root { color-scheme: light dark; --accent: #b3261e; font-family: system-ui, "Noto Sans", "Noto Naskh Arabic", sans-serif; }
body { margin: 0 auto; max-width: 72rem; padding: 0 1rem; line-height: 1.6; }
:root:lang(ur) { font-family: "Noto Nastaliq Urdu", "Noto Naskh Arabic", system-ui, sans-serif; }
body:lang(ur) { line-height: 2.4; }
header.site { border-block-end: 3px solid var(--accent); padding-block: .75rem; display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; justify-content: space-between; }
header.site .name { font-size: 1.8rem; font-weight: 700; color: inherit; text-decoration: none; }
.date { color: GrayText; font-size: .9rem; }
main { display: grid; gap: 2rem; grid-template-columns: minmax(0, 3fr) minmax(0, 1fr); margin-block-start: 1rem; }
main.front { grid-template-columns: minmax(0, 1fr); }
@media (max-width: 50rem) { main { grid-template-columns: minmax(0, 1fr); } }
.after-body { display: grid; grid-template-columns: minmax(0, 1fr); gap: 2rem; margin-block-start: 1.5rem; }
footer.site { border-block-start: 1px solid GrayText; margin-block: 2rem; padding-block: 1rem; display: flex; gap: 1rem; flex-wrap: wrap; }
`;

interface Shell {
  /** The CSP nonce of this response's inline scripts. */
  nonce: string;
  lang: string;
  /** The site's languages (LANGUAGES). */
  languages: readonly Language[];
  title: string;
  head?: string;
  body: string;
  /** Data for the elements, by element id: what the server rendered them with, handed to them again before they upgrade. */
  data: Record<string, Record<string, unknown>>;
  switcher: { lang: string; url: string }[];
  /** The module script that loads the elements, and what to preload beside it. */
  script: Script;
  ssr: Ssr;
  /** The page's absolute address (PUBLIC_URL or the request's). */
  url: string;
}

type Ssr = Awaited<ReturnType<typeof serverRenderer>>;

/** A link to the page in another language, named in that language. */
const languageLink = ({ lang, dir, nativeName }: Language, url: string) => `<a href="${esc(url)}" lang="${lang}" hreflang="${lang}" dir="${dir}">${esc(nativeName)}</a>`;

async function page({ nonce, lang, languages, title, head = '', body, data, switcher, script, ssr, url }: Shell): Promise<string> {
  const w = wordsOf(lang);
  const footerLinks = languages.map((l) => languageLink(l, switcher.find((s) => s.lang === l.lang)?.url ?? `/${l.lang}/`)).join('\n');
  const versions = switcher.map((s) => ({ ...s, label: languageOf(languages, s.lang).nativeName }));
  const languageSwitcher = await ssr.renderElement('news-language-switcher', {
    properties: { languages: versions },
    attributes: { id: 'language-switcher', current: lang, 'hide-current': true },
    lang,
    url,
  });
  const handed = { 'language-switcher': { languages: versions }, ...data };
  return `<!doctype html>
<html lang="${lang}" dir="${languageOf(languages, lang).dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${STYLE}</style>
${head}
${[script.src, ...script.preload].map((href) => `<link rel="modulepreload" href="${esc(href)}">`).join('\n')}
</head>
<body>
<news-provider base-url="/api" lang="${lang}">
<header class="site">
  <a class="name" href="/${lang}/">${esc(w.site ?? '')}</a>
  <span class="date">${esc(dateTime(lang, new Date().toISOString(), false))}</span>
  ${languageSwitcher}
</header>
${body}
<footer class="site"><span>${esc(w.languages ?? '')}:</span>
${footerLinks}
</footer>
</news-provider>
<script type="application/json" id="element-data">${serializeJsonLd(handed)}</script>
<script type="module" nonce="${nonce}">
// Each element gets the data the server rendered it with, before it upgrades: it takes the server's
// rendering over as it is (no loading state, no second request).
for (const [id, properties] of Object.entries(JSON.parse(document.getElementById('element-data').textContent))) {
  Object.assign(document.getElementById(id), properties);
}
</script>
<!-- Last, so the elements upgrade with the data the inline script above handed them. -->
<script type="module" src="${esc(script.src)}"></script>
</body>
</html>
`;
}

export function createSite(ctx: ApiContext): Hono {
  const { db } = ctx;
  const { languages, cdnDir } = ctx.config;
  const languageOrder = languages.map((l) => l.lang);
  const defaultLang = languageOrder[0] ?? 'en';
  const isLang = (value: string) => languageOrder.includes(value);
  const site = new Hono();
  const allLanguages = languageOrder.map((l) => ({ lang: l, url: `/${l}/` }));
  // Links that leave the page (canonical, hreflang, JSON-LD, what is shared) name PUBLIC_URL: behind a
  // TLS proxy the request says http, and the Host header is the client's to write.
  const originOf = (requestUrl: string) => ctx.config.publicUrl ?? new URL(requestUrl).origin;

  async function front(lang: string, nonce: string, requestUrl: string): Promise<string> {
    const w = wordsOf(lang);
    const ssr = await serverRenderer(cdnDir);
    const url = new URL(`/${lang}/`, originOf(requestUrl)).href;
    const latest = await listArticles(db, { lang, limit: 12, after: undefined, exclude: [] });
    const list = await ssr.renderElement('news-latest-articles', {
      properties: { page: latest },
      attributes: { id: 'front-latest', layout: 'cards', limit: 12, 'heading-level': 1, 'show-comment-counts': true },
      lang,
      url,
    });
    return page({
      nonce,
      languages,
      script: loaderScript(cdnDir, lang, ['news-provider', 'news-latest-articles', 'news-language-switcher'], { serverRendered: true }),
      lang,
      title: w.site ?? '',
      switcher: allLanguages,
      head: languageOrder.map((l) => `<link rel="alternate" hreflang="${l}" href="/${l}/">`).join('\n'),
      body: `<main class="front">${list}</main>`,
      data: { 'front-latest': { page: latest } },
      ssr,
      url,
    });
  }

  site.get('/', async (c) => {
    const nonce = newNonce();
    return sendPage(c, nonce, await front(defaultLang, nonce, c.req.url));
  });
  site.get('/:lang{[a-z]{2}}/', async (c) => {
    const lang = c.req.param('lang');
    if (!isLang(lang)) return c.notFound();
    const nonce = newNonce();
    return sendPage(c, nonce, await front(lang, nonce, c.req.url));
  });
  site.get('/:lang{[a-z]{2}}', (c) => c.redirect(`/${c.req.param('lang')}/`, 301));

  site.get('/:lang{[a-z]{2}}/news/:id{[\\w-]{1,100}}', async (c) => {
    const lang = c.req.param('lang');
    const id = c.req.param('id');
    if (!isLang(lang)) return c.notFound();
    const article = await getArticle(db, id, languageOrder);
    if (!article) return c.notFound();
    if (article.lang !== lang) return c.redirect(article.url, 301);
    const w = wordsOf(lang);
    const nonce = newNonce();
    const origin = originOf(c.req.url);
    const absoluteUrl = new URL(article.url, origin).href;
    const [ssr, { items: latest }, comments] = await Promise.all([
      serverRenderer(cdnDir),
      listArticles(db, { lang, limit: 6, after: undefined, exclude: [article.id] }),
      listComments(db, article.id, { limit: 50, after: undefined, newest: false }),
    ]);
    const versions = [{ lang: article.lang, url: article.url }, ...article.translations.map((t) => ({ lang: t.lang, url: t.url }))];
    const head = [
      `<link rel="canonical" href="${esc(absoluteUrl)}">`,
      ...hreflangLinks(article, { xDefault: defaultLang, baseUrl: origin }).map((l) => `<link rel="alternate" hreflang="${esc(l.hreflang)}" href="${esc(l.href)}">`),
      `<meta name="description" content="${esc(article.lead ?? '')}">`,
      `<script type="application/ld+json">${serializeJsonLd(articleJsonLd(article, { baseUrl: origin, publisher: { name: w.site ?? '', url: '/' } }))}</script>`,
    ].join('\n');
    const common = { lang, url: absoluteUrl };
    const [shareBar, commentList, commentForm, latestList] = await Promise.all([
      ssr.renderElement('news-share-bar', { attributes: { url: absoluteUrl, title: article.title }, ...common }),
      ssr.renderElement('news-comments', { properties: { page: comments }, attributes: { id: 'comments', 'article-id': article.id }, ...common }),
      ssr.renderElement('news-comment-form', { attributes: { 'article-id': article.id, closed: !article.commentsOpen }, ...common }),
      ssr.renderElement('news-latest-articles', { properties: { items: latest }, attributes: { id: 'latest', exclude: article.id, limit: 6, layout: 'list' }, ...common }),
    ]);
    const story = await ssr.renderElement('news-article', {
      properties: { article },
      attributes: { id: 'story', 'show-comment-count': true },
      ...common,
      children: `\n<div slot="after-body" class="after-body">\n${shareBar}\n${commentList}\n${commentForm}\n</div>\n`,
    });
    return sendPage(
      c,
      nonce,
      await page({
        nonce,
        lang,
        languages,
        title: `${article.title} — ${w.site ?? ''}`,
        head,
        body: `<main>\n<div>\n${story}\n</div>\n${latestList}\n</main>`,
        data: { story: { article }, comments: { page: comments }, latest: { items: latest } },
        switcher: versions,
        script: bundleScript(cdnDir, lang, { serverRendered: true }),
        ssr,
        url: absoluteUrl,
      }),
    );
  });

  // The CMS adapters' demo: the elements on a fake WordPress site, /cms/wordpress/{en,ar}/.
  site.route('/', cmsDemo(ctx));

  return site;
}
