/**
 * The demo news site: a front page per language and article pages at
 * /{lang}/news/{id}, server-rendered, laid out like a classic news article
 * page. Every block is one of the library's elements, loaded from the
 * published CDN files (dist/cdn, served at /cdn/): front pages through the
 * autoloader, which loads only the elements they use, article pages through
 * the bundle with every element. Each element holds the same content as plain
 * HTML: readers without scripts, and search engines, get that; with scripts
 * the element's shadow root replaces it.
 * Everything from a request or from comments is escaped.
 */
import { Hono } from 'hono';
import type { Article, ArticleSummary, Comment, Language, Reply } from '../../src/sdk/schemas.js';
import { articleJsonLd, hreflangLinks, serializeJsonLd } from '../../src/sdk/seo.js';
import type { ApiContext } from './api.js';
import { cmsDemo } from './cms-demo.js';
import { bundleScript, esc, loaderScript, newNonce, sendPage, type Script } from './html.js';
import { getArticle, listArticles } from './repo/articles.js';
import { listComments } from './repo/comments.js';

/** The site's own words; a configured language without its words here gets the English ones. */
const words: Record<string, Record<string, string>> = {
  en: {
    site: 'The Daily Lantern', latest: 'Latest Articles', comments: 'Comments', noComments: 'No comments yet.',
    views: 'views', share: 'Share', id: 'Article', published: 'Published', updated: 'Updated', closed: 'Comments are closed for this article.',
    home: 'Home', languages: 'Languages', more: 'More articles',
  },
  ar: {
    site: 'الفانوس اليومي', latest: 'آخر المقالات', comments: 'التعليقات', noComments: 'لا توجد تعليقات بعد.',
    views: 'مشاهدة', share: 'مشاركة', id: 'المقال', published: 'نُشر', updated: 'حُدّث', closed: 'التعليقات مغلقة على هذا المقال.',
    home: 'الرئيسية', languages: 'اللغات', more: 'مزيد من المقالات',
  },
  fa: {
    site: 'فانوس روز', latest: 'تازه‌ترین مطالب', comments: 'نظرها', noComments: 'هنوز نظری ثبت نشده است.',
    views: 'بازدید', share: 'هم‌رسانی', id: 'مطلب', published: 'انتشار', updated: 'به‌روزرسانی', closed: 'امکان ثبت نظر برای این مطلب بسته است.',
    home: 'صفحه نخست', languages: 'زبان‌ها', more: 'مطالب بیشتر',
  },
  ur: {
    site: 'روزنامہ لالٹین', latest: 'تازہ ترین مضامین', comments: 'تبصرے', noComments: 'ابھی کوئی تبصرہ نہیں۔',
    views: 'بار دیکھا گیا', share: 'شیئر کریں', id: 'مضمون', published: 'شائع شدہ', updated: 'تازہ کاری', closed: 'اس مضمون پر تبصرے بند ہیں۔',
    home: 'صفحۂ اول', languages: 'زبانیں', more: 'مزید مضامین',
  },
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
body:lang(ur) h1 { line-height: 2; }
header.site { border-block-end: 3px solid var(--accent); padding-block: .75rem; display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; justify-content: space-between; }
header.site .name { font-size: 1.8rem; font-weight: 700; color: inherit; text-decoration: none; }
/* The switcher's links as plain HTML until it renders, laid out as it lays them out (no shift). */
.langs { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1rem; font-family: system-ui, sans-serif; }
.langs a { display: inline-flex; align-items: center; min-block-size: 24px; padding: .125rem .25rem; color: inherit; }
.langs a:lang(ar), .langs a:lang(fa) { font-family: 'Noto Naskh Arabic', 'Noto Sans Arabic', Vazirmatn, Tahoma, sans-serif; }
.langs:lang(ur), .langs a:lang(ur) { line-height: 2.6; }
.langs a:lang(ur) { font-family: 'Noto Nastaliq Urdu', 'Jameel Noori Nastaleeq', 'Awami Nastaliq', 'Noto Naskh Arabic', system-ui, sans-serif; }
.meta, .date { color: GrayText; font-size: .9rem; }
nav.breadcrumb ol { list-style: none; padding: 0; margin: 0 0 .75rem; display: flex; flex-wrap: wrap; gap: .25rem; font-size: .875rem; color: GrayText; }
nav.breadcrumb li + li::before { content: "»"; margin-inline-end: .25rem; }
nav.breadcrumb:dir(rtl) li + li::before { content: "«"; }
/* <news-article>'s page HTML, laid out as the element lays out its rendering (no jump when it takes over). */
news-article > article { max-inline-size: 70ch; overflow-wrap: anywhere; }
news-article > article h1 { font-size: clamp(1.6rem, 4vi, 2.4rem); line-height: 1.2; margin: 0 0 .75rem; }
news-article > article .lead { font-size: 1.2em; margin: 0 0 .75rem; }
news-article > article .meta { display: flex; flex-wrap: wrap; gap: .25rem 1rem; margin: 0 0 1.25rem; font-size: .875rem; }
news-article > article figure { margin: 0 0 1.25rem; }
news-article > article figcaption { margin-block-start: .375rem; font-size: .875rem; }
main { display: grid; gap: 2rem; grid-template-columns: minmax(0, 3fr) minmax(0, 1fr); }
main.front { grid-template-columns: 1fr; }
@media (max-width: 50rem) { main { grid-template-columns: 1fr; } }
article img, .card img { max-width: 100%; height: auto; }
article blockquote { margin-inline: 0; padding-inline-start: 1rem; border-inline-start: 4px solid var(--accent); }
article figure { margin-inline: 0; }
figcaption { font-size: .9rem; color: GrayText; }
.share a { margin-inline-end: .75rem; }
.after-body { display: grid; grid-template-columns: minmax(0, 1fr); gap: 2rem; margin-block-start: 1.5rem; }
/* flow-root: the margins of their server-rendered content stay inside, as their own rendering's do. */
news-article, news-latest-articles { display: flow-root; }
.comments li { margin-block-end: 1rem; }
.comments .replies { list-style: none; margin-block-start: .5rem; padding-inline-start: 1rem; border-inline-start: 2px solid GrayText; }
.comments p { white-space: pre-line; }
.cards { list-style: none; padding: 0; display: grid; gap: 1.5rem; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); }
.latest ol { padding-inline-start: 1.2rem; }
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
  switcher: { lang: string; url: string }[];
  /** The module script that loads the elements, and what to preload beside it. */
  script: Script;
}

/** A link to the page in another language, named in that language. */
const languageLink = ({ lang, dir, nativeName }: Language, url: string) => `<a href="${esc(url)}" lang="${lang}" hreflang="${lang}" dir="${dir}">${esc(nativeName)}</a>`;

function page({ nonce, lang, languages, title, head = '', body, switcher, script }: Shell): string {
  const w = wordsOf(lang);
  const footerLinks = languages.map((l) => languageLink(l, switcher.find((s) => s.lang === l.lang)?.url ?? `/${l.lang}/`)).join('\n');
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
  <news-language-switcher current="${lang}" hide-current id="language-switcher"><ul class="langs">${switcher
    .filter((s) => s.lang !== lang)
    .map((s) => `<li>${languageLink(languageOf(languages, s.lang), s.url)}</li>`)
    .join('')}</ul></news-language-switcher>
  <script type="application/json" id="language-list">${serializeJsonLd(switcher.map((s) => ({ ...s, label: languageOf(languages, s.lang).nativeName })))}</script>
</header>
${body}
<footer class="site"><span>${esc(w.languages ?? '')}:</span>
${footerLinks}
</footer>
</news-provider>
<script type="module" nonce="${nonce}">
const list = JSON.parse(document.getElementById('language-list').textContent);
document.getElementById('language-switcher').languages = list;
</script>
<!-- Last, so the elements upgrade with the data the inline scripts above handed them: no loading state, no second request. -->
<script type="module" src="${esc(script.src)}"></script>
</body>
</html>
`;
}

function card(item: ArticleSummary, lang: string): string {
  const img = item.image
    ? `<img src="${esc(item.image.src)}" alt="${esc(item.image.alt)}" width="${item.image.width}" height="${item.image.height}" loading="lazy">`
    : '';
  return `<li class="card"><a href="${esc(item.url)}">${img}<h3>${esc(item.title)}</h3></a>
  <p class="meta">${esc(item.section.path.join(' » '))} · <time datetime="${esc(item.publishedAt)}">${esc(dateTime(lang, item.publishedAt))}</time></p>
  ${item.lead ? `<p>${esc(item.lead)}</p>` : ''}</li>`;
}

function latestList(items: ArticleSummary[], lang: string): string {
  const w = wordsOf(lang);
  return `<aside class="latest"><h2>${esc(w.latest ?? '')}</h2><ol>
${items.map((i) => `<li><a href="${esc(i.url)}">${esc(i.title)}</a> <span class="meta"><time datetime="${esc(i.publishedAt)}">${esc(dateTime(lang, i.publishedAt))}</time></span></li>`).join('\n')}
</ol></aside>`;
}

function shareLinks(article: Article, absoluteUrl: string, lang: string): string {
  const u = encodeURIComponent(absoluteUrl);
  const t = encodeURIComponent(article.title);
  const links = [
    ['X', `https://x.com/intent/post?url=${u}&text=${t}`],
    ['Facebook', `https://www.facebook.com/sharer/sharer.php?u=${u}`],
    ['WhatsApp', `https://wa.me/?text=${t}%20${u}`],
    ['Telegram', `https://t.me/share/url?url=${u}&text=${t}`],
  ];
  return `<p class="share"><strong>${esc(wordsOf(lang).share ?? '')}:</strong> ${links
    .map(([name, href]) => `<a href="${esc(href ?? '')}" rel="noopener noreferrer" target="_blank">${esc(name ?? '')}</a>`)
    .join(' ')}</p>`;
}

function commentItem(c: Comment | Reply, lang: string): string {
  return `<li><strong dir="auto">${esc(c.authorName)}</strong> <span class="meta"><time datetime="${esc(c.createdAt)}">${esc(dateTime(lang, c.createdAt))}</time></span><p dir="auto">${esc(c.body)}</p>`;
}

/** Top-level comments with the replies listed with them (the elements load the rest). */
function commentList(comments: Comment[], lang: string): string {
  const w = wordsOf(lang);
  if (comments.length === 0) return `<p>${esc(w.noComments ?? '')}</p>`;
  return `<ol class="comments">${comments
    .map((c) => {
      const replies = c.replies ?? [];
      return `${commentItem(c, lang)}${replies.length > 0 ? `<ol class="replies">${replies.map((r) => `${commentItem(r, lang)}</li>`).join('')}</ol>` : ''}</li>`;
    })
    .join('\n')}</ol>`;
}

export function createSite(ctx: ApiContext): Hono {
  const { db } = ctx;
  const { languages } = ctx.config;
  const languageOrder = languages.map((l) => l.lang);
  const defaultLang = languageOrder[0] ?? 'en';
  const isLang = (value: string) => languageOrder.includes(value);
  const site = new Hono();
  const allLanguages = languageOrder.map((l) => ({ lang: l, url: `/${l}/` }));

  async function front(lang: string, nonce: string): Promise<string> {
    const w = wordsOf(lang);
    const { items } = await listArticles(db, { lang, limit: 12, after: undefined, exclude: [] });
    return page({
      nonce,
      languages,
      script: loaderScript(ctx.config.cdnDir, lang, ['news-provider', 'news-latest-articles', 'news-language-switcher']),
      lang,
      title: w.site ?? '',
      switcher: allLanguages,
      head: languageOrder.map((l) => `<link rel="alternate" hreflang="${l}" href="/${l}/">`).join('\n'),
      body: `<main class="front"><news-latest-articles layout="cards" limit="12" heading-level="1" show-comment-counts>
<section><h1>${esc(w.latest ?? '')}</h1><ul class="cards">${items.map((i) => card(i, lang)).join('\n')}</ul></section>
</news-latest-articles></main>`,
    });
  }

  site.get('/', async (c) => {
    const nonce = newNonce();
    return sendPage(c, nonce, await front(defaultLang, nonce));
  });
  site.get('/:lang{[a-z]{2}}/', async (c) => {
    const lang = c.req.param('lang');
    if (!isLang(lang)) return c.notFound();
    const nonce = newNonce();
    return sendPage(c, nonce, await front(lang, nonce));
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
    // Links that leave the page (canonical, hreflang, JSON-LD, what is shared) name PUBLIC_URL: behind a
    // TLS proxy the request says http, and the Host header is the client's to write.
    const origin = ctx.config.publicUrl ?? new URL(c.req.url).origin;
    const absoluteUrl = new URL(article.url, origin).href;
    const [{ items: latest }, { items: comments }] = await Promise.all([
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
    const img = article.image;
    // The article's data for <news-article> (no second request); serializeJsonLd escapes what could end the script.
    const body = `<main>
<div>
<news-article id="story" show-comment-count>
<article lang="${esc(article.lang)}">
<nav class="breadcrumb" aria-label="Breadcrumb"><ol>${article.section.path.map((p) => `<li>${esc(p)}</li>`).join('')}</ol></nav>
<header><h1>${esc(article.title)}</h1>
${article.lead ? `<p class="lead">${esc(article.lead)}</p>` : ''}
<p class="meta">${article.author ? `<span>${esc(article.author.name)}</span>` : ''}<span>${esc(w.published ?? '')} <time datetime="${esc(article.publishedAt)}">${esc(dateTime(lang, article.publishedAt))}</time></span>${
      article.updatedAt && Date.parse(article.updatedAt) > Date.parse(article.publishedAt)
        ? `<span>${esc(w.updated ?? '')} <time datetime="${esc(article.updatedAt)}">${esc(dateTime(lang, article.updatedAt))}</time></span>`
        : ''
    }<span>${esc(new Intl.NumberFormat(lang).format(article.viewCount))} ${esc(w.views ?? '')}</span></p></header>
${img ? `<figure><img src="${esc(img.src)}" alt="${esc(img.alt)}" width="${img.width}" height="${img.height}" fetchpriority="high">${img.caption ? `<figcaption>${esc(img.caption)}</figcaption>` : ''}</figure>` : ''}
<div class="body">
${article.bodyHtml}
</div>
</article>
${shareLinks(article, absoluteUrl, lang)}
<section class="comments-section"><h2>${esc(w.comments ?? '')}</h2>
${commentList(comments, lang)}
${article.commentsOpen ? '' : `<p class="meta">${esc(w.closed ?? '')}</p>`}
</section>
<div slot="after-body" class="after-body">
<news-share-bar></news-share-bar>
<news-comments id="comments" article-id="${esc(article.id)}" loading="lazy"></news-comments>
<news-comment-form article-id="${esc(article.id)}" loading="lazy"${article.commentsOpen ? '' : ' closed'}></news-comment-form>
</div>
</news-article>
</div>
<news-latest-articles exclude="${esc(article.id)}" limit="6" layout="list" id="latest">
${latestList(latest, lang)}
</news-latest-articles>
</main>
<script type="application/json" id="article-data">${serializeJsonLd(article)}</script>
<script type="application/json" id="latest-data">${serializeJsonLd(latest)}</script>
<script type="module" nonce="${nonce}">
// The elements render the data the page already has (the article element still records the view).
const data = (id) => JSON.parse(document.getElementById(id).textContent);
document.getElementById('story').article = data('article-data');
document.getElementById('latest').items = data('latest-data');
</script>`;
    return sendPage(c, nonce, page({ nonce, lang, languages, title: `${article.title} — ${w.site ?? ''}`, head, body, switcher: versions, script: bundleScript(ctx.config.cdnDir, lang) }));
  });

  // The CMS adapters' demo: the elements on a fake WordPress site, /cms/wordpress/{en,ar}/.
  site.route('/', cmsDemo(ctx));

  return site;
}
