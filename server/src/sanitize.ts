/**
 * Article HTML is sanitized when it is stored, with the elements' own library (DOMPurify, here on
 * jsdom) and allowlist (src/sdk/html-allowlist.ts): the demo site puts bodies into its pages as
 * HTML, and articles will come from CMSs and feeds. The elements sanitize again when they render;
 * this keeps the server's own pages, and every other reader of the API, safe too.
 */
import createDOMPurify, { type DOMPurify } from 'dompurify';
import { JSDOM } from 'jsdom';
import { ARTICLE_ATTRS, ARTICLE_TAGS, isSafeAttribute } from '../../src/sdk/html-allowlist.js';
import type { Queryable } from './db.js';
import { articleBodies, bumpCatalogVersion, setArticleBody } from './repo/articles.js';
import { ensureSetting, getSetting } from './repo/settings.js';

let purify: DOMPurify | undefined;

function purifier(): DOMPurify {
  if (purify) return purify;
  const instance = createDOMPurify(new JSDOM('').window as unknown as Window & typeof globalThis);
  instance.addHook('uponSanitizeAttribute', (_node, data) => {
    if (!isSafeAttribute(data.attrName, data.attrValue)) data.keepAttr = false;
  });
  instance.addHook('afterSanitizeAttributes', (node) => {
    const el = node as Element;
    if (el.localName === 'a' && el.hasAttribute('href')) el.setAttribute('rel', 'noopener noreferrer');
    // Embeds only over https, sandboxed; which hosts may show is the page's choice (`allow-iframes`).
    if (el.localName === 'iframe') {
      if (!/^https:\/\//i.test(el.getAttribute('src') ?? '')) el.remove();
      else el.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-presentation allow-popups');
    }
  });
  return (purify = instance);
}

export function sanitizeArticleHtml(html: string): string {
  return purifier().sanitize(html, { ALLOWED_TAGS: ARTICLE_TAGS, ALLOWED_ATTR: ARTICLE_ATTRS, ALLOW_DATA_ATTR: false, ALLOW_ARIA_ATTR: false });
}

/**
 * Sanitizes the bodies stored before the server did it on storing, once per database (a setting
 * remembers it). Running it twice changes nothing: sanitized HTML comes out the same.
 */
export async function sanitizeStoredArticles(db: Queryable): Promise<number> {
  if (await getSetting(db, 'articles_sanitized')) return 0;
  let changed = 0;
  for (const row of await articleBodies(db)) {
    const clean = sanitizeArticleHtml(String(row.body_html));
    if (clean === row.body_html) continue;
    await setArticleBody(db, row.id, clean);
    changed++;
  }
  if (changed > 0) await bumpCatalogVersion(db);
  await ensureSetting(db, 'articles_sanitized', '1');
  return changed;
}
