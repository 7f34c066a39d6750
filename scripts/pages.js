// What a page pays: the pages ../shared/BUDGETS.md budgets, and the JS files each downloads,
// read from the CDN build's chunk graph (dist/cdn/manifest.json).
// `npm run size` sums them statically; `npm run bench` loads the same pages in Chromium and counts
// what the browser fetched, so the two can be compared.
import { readFileSync } from 'node:fs';
import path from 'node:path';

const KB = 1024;

/**
 * The budgeted pages. `tags` are the elements on the page; `via` how it loads them; `locale` the
 * interface language (its translations are one more file outside English). `accepted`: a decision
 * to ship past the ceiling of ../shared/BUDGETS.md, up to `upTo`, for the reason given; the output
 * still says OVER, with the reason, on every run.
 */
export const pages = [
  {
    id: 'share-bar',
    name: 'page: share bar alone (loader)',
    tags: ['news-share-bar'],
    via: 'loader',
    ceiling: 14 * KB,
    aim: 11 * KB,
    accepted: {
      upTo: 14.3 * KB,
      why: "taking server-rendered HTML over (issue 25): Lit's internals exported from the runtime chunk to the hydration chunk, which shares lit instead of bringing a second copy (+0.1 KB), and the loader's look for server-rendered elements (+0.06 KB); the room-to-grow issue (28) takes this page under 12.5 KB",
    },
  },
  {
    id: 'comments',
    name: 'page: comments + form (loader)',
    tags: ['news-provider', 'news-comments', 'news-comment-form'],
    via: 'loader',
    ceiling: 32 * KB,
    aim: 26 * KB,
    // Past BUDGETS.md's ceiling on purpose, and said on every run: see `accepted` in size.js.
    accepted: {
      upTo: 34.3 * KB,
      why: 'replies: threads, the reply form and "show more" (list +1.1 KB, form +0.3 KB), the SDK\'s reply and count calls (+0.3 KB); taking server-rendered HTML over (+0.3 KB: the shared runtime\'s part, the form\'s server view first)',
    },
  },
  { id: 'latest', name: 'page: latest articles from the API (loader)', tags: ['news-provider', 'news-latest-articles'], via: 'loader', ceiling: 28 * KB, aim: 22 * KB },
  {
    // The demo's article page: every element rendered on the server, so the hydration support and no
    // DOMPurify (the article body is in the page already).
    id: 'article-page',
    name: 'page: demo article page, ar (bundle, server-rendered)',
    tags: ['news-provider', 'news-article', 'news-share-bar', 'news-comments', 'news-comment-form', 'news-latest-articles', 'news-language-switcher'],
    via: 'bundle',
    serverRendered: true,
    locale: 'ar',
    ceiling: 55 * KB,
    aim: 45 * KB,
  },
  {
    // The same page rendered in the browser (a site without server rendering): DOMPurify, no hydration support.
    id: 'article-page-client',
    name: 'page: article page rendered in the browser, ar (bundle)',
    tags: ['news-provider', 'news-article', 'news-share-bar', 'news-comments', 'news-comment-form', 'news-latest-articles', 'news-language-switcher'],
    via: 'bundle',
    locale: 'ar',
    ceiling: 55 * KB,
    aim: 45 * KB,
  },
];

/** dist/cdn/manifest.json, written by the build (rollup.config.js). */
export const readManifest = (cdnDir) => JSON.parse(readFileSync(path.join(cdnDir, 'manifest.json'), 'utf8'));

/** The files a page downloads (paths relative to dist/cdn). */
export function pageFiles(cdnDir, page) {
  const manifest = readManifest(cdnDir);
  const files = new Set();
  if (page.via === 'loader') {
    files.add('loader.js');
    for (const tag of page.serverRendered ? [...page.tags, 'hydrate'] : page.tags) {
      if (!manifest.elements[tag]) throw new Error(`${tag} is not in dist/cdn/manifest.json`);
      for (const file of manifest.elements[tag]) files.add(file);
    }
  } else {
    // A page rendered on the server needs the hydration support and not the sanitizer; one rendered in the browser the other way round.
    const skipped = page.serverRendered ? manifest.bundle.sanitizer : manifest.bundle.hydrate;
    const lazy = manifest.bundle.lazy.filter((file) => !skipped.includes(file));
    for (const file of [...manifest.bundle.files, ...(page.tags.includes('news-article') ? lazy : page.serverRendered ? manifest.bundle.hydrate : [])]) files.add(file);
  }
  if (page.locale && page.locale !== 'en') {
    const translations = (page.via === 'loader' ? manifest.translations : manifest.bundleTranslations)[page.locale];
    if (!translations) throw new Error(`no translations of ${page.locale} in dist/cdn/manifest.json`);
    files.add(translations);
  }
  return [...files];
}
