/**
 * `/admin`: the moderation page. It holds `<news-moderation-queue>`, loaded by the autoloader like
 * the front pages' elements; the element asks for the admin token itself and keeps it in
 * sessionStorage, so the page carries nothing secret and nothing per reader. Never indexed, never
 * cached. `?lang=` picks one of the site's languages (the default otherwise).
 */
import { Hono } from 'hono';
import type { ApiContext } from './api.js';
import { esc, loaderScript, newNonce, sendPage } from './html.js';
import { languageOf, wordsOf } from './site.js';

const titles: Record<string, { title: string; noscript: string }> = {
  en: { title: 'Comment moderation', noscript: 'The moderation queue needs JavaScript.' },
  ar: { title: 'الإشراف على التعليقات', noscript: 'تحتاج قائمة الإشراف إلى جافاسكربت.' },
  fa: { title: 'بررسی نظرها', noscript: 'صف بررسی به جاوااسکریپت نیاز دارد.' },
  ur: { title: 'تبصروں کی نگرانی', noscript: 'نگرانی کی قطار کے لیے جاوا اسکرپٹ درکار ہے۔' },
};

const STYLE = `
:root { color-scheme: light dark; font-family: system-ui, "Noto Sans", "Noto Naskh Arabic", sans-serif; }
:root:lang(ur) { font-family: "Noto Nastaliq Urdu", "Noto Naskh Arabic", system-ui, sans-serif; }
body { margin: 0 auto; max-width: 60rem; padding: 0 1rem; line-height: 1.6; }
header { border-block-end: 3px solid #b3261e; padding-block: .75rem; display: flex; flex-wrap: wrap; gap: 1rem; align-items: baseline; justify-content: space-between; }
header a { color: inherit; font-weight: 700; font-size: 1.4rem; text-decoration: none; }
h1 { font-size: 1.6rem; }
news-moderation-queue { display: block; min-block-size: 20rem; }
`;

export function adminPage(ctx: ApiContext): Hono {
  const { languages, cdnDir } = ctx.config;
  const defaultLang = languages[0]?.lang ?? 'en';
  const page = new Hono();
  page.get('/admin', (c) => {
    const asked = c.req.query('lang');
    const lang = languages.some((l) => l.lang === asked) ? asked! : defaultLang;
    const { title, noscript } = titles[lang] ?? titles.en!;
    const script = loaderScript(cdnDir, lang, ['news-moderation-queue']);
    const nonce = newNonce();
    const html = `<!doctype html>
<html lang="${lang}" dir="${languageOf(languages, lang).dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${esc(title)} — ${esc(wordsOf(lang).site ?? '')}</title>
<style>${STYLE}</style>
${[script.src, ...script.preload].map((href) => `<link rel="modulepreload" href="${esc(href)}">`).join('\n')}
</head>
<body>
<header><a href="/${lang}/">${esc(wordsOf(lang).site ?? '')}</a></header>
<main>
<h1>${esc(title)}</h1>
<news-moderation-queue base-url="/api" lang="${lang}"><noscript>${esc(noscript)}</noscript></news-moderation-queue>
</main>
<script type="module" src="${esc(script.src)}"></script>
</body>
</html>
`;
    return sendPage(c, nonce, html, { 'cache-control': 'no-store', 'x-robots-tag': 'noindex, nofollow', 'referrer-policy': 'no-referrer' });
  });
  return page;
}
