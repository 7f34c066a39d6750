/**
 * Search-engine metadata from an article: schema.org JSON-LD and hreflang
 * links. Pure functions; the safe serializer is what a page should use to put
 * the JSON-LD inside a `<script type="application/ld+json">`.
 */
import type { Article, Translation } from './schemas.js';

export interface JsonLdOptions {
  /** The site that publishes the article. */
  publisher?: { name: string; url?: string; logo?: string };
  /** Base for relative URLs in the article (the site origin); defaults to leaving them as they are. */
  baseUrl?: string;
}

type JsonLd = Record<string, unknown>;

function absolute(url: string, base: string | undefined): string {
  if (!base) return url;
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}

/** schema.org NewsArticle and BreadcrumbList for an article, as a JSON-LD `@graph`. */
export function articleJsonLd(article: Article, options: JsonLdOptions = {}): JsonLd {
  const base = options.baseUrl;
  const url = absolute(article.url, base);
  const newsArticle: JsonLd = {
    '@type': 'NewsArticle',
    headline: article.title,
    inLanguage: article.lang,
    datePublished: article.publishedAt,
    dateModified: article.updatedAt ?? article.publishedAt,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    url,
    articleSection: article.section.name,
  };
  if (article.lead) newsArticle.description = article.lead;
  if (article.tags.length > 0) newsArticle.keywords = article.tags.join(', ');
  if (article.author) {
    newsArticle.author = [
      {
        '@type': 'Person',
        name: article.author.name,
        ...(article.author.url && { url: absolute(article.author.url, base) }),
      },
    ];
  }
  if (article.image) {
    newsArticle.image = [
      {
        '@type': 'ImageObject',
        url: absolute(article.image.src, base),
        width: article.image.width,
        height: article.image.height,
        ...(article.image.caption && { caption: article.image.caption }),
      },
    ];
  }
  if (options.publisher) {
    const { name, url: publisherUrl, logo } = options.publisher;
    newsArticle.publisher = {
      '@type': 'Organization',
      name,
      ...(publisherUrl && { url: absolute(publisherUrl, base) }),
      ...(logo && { logo: { '@type': 'ImageObject', url: absolute(logo, base) } }),
    };
  }
  const crumbs = [...article.section.path, article.title];
  const breadcrumbs: JsonLd = {
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((name, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name,
      ...(index === crumbs.length - 1 && { item: url }),
    })),
  };
  return { '@context': 'https://schema.org', '@graph': [newsArticle, breadcrumbs] };
}

const SCRIPT_UNSAFE: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * JSON for inside a `<script>` element: `<`, `>`, `&`, U+2028 and U+2029 are
 * escaped, so no title or tag can close the script or break the page.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => SCRIPT_UNSAFE[c] ?? c);
}

export interface HreflangLink {
  rel: 'alternate';
  hreflang: string;
  href: string;
}

/**
 * `<link rel="alternate" hreflang>` entries for a page and its translations.
 * The page itself is included (hreflang must be reciprocal: every language
 * version lists all of them, itself too). `xDefault` names the language whose
 * URL serves as `x-default`.
 */
export function hreflangLinks(
  source: Pick<Article, 'lang' | 'url' | 'translations'> | Translation[],
  options: { xDefault?: string; baseUrl?: string } = {},
): HreflangLink[] {
  const versions: Translation[] = Array.isArray(source)
    ? source
    : [{ lang: source.lang, url: source.url }, ...source.translations];
  const byLang = new Map<string, string>();
  for (const version of versions) {
    if (!byLang.has(version.lang)) byLang.set(version.lang, absolute(version.url, options.baseUrl));
  }
  const links: HreflangLink[] = [...byLang].map(([hreflang, href]) => ({ rel: 'alternate', hreflang, href }));
  const fallback = options.xDefault === undefined ? undefined : byLang.get(options.xDefault);
  if (fallback !== undefined) links.push({ rel: 'alternate', hreflang: 'x-default', href: fallback });
  return links;
}
