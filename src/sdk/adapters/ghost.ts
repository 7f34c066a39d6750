/**
 * news-elements/sdk/adapters/ghost: the SDK's client over a Ghost site's Content API
 * (`/ghost/api/content`, the key in the query), so the elements show a Ghost site's posts:
 *
 *   const client = createNewsClient({ source: ghost({ baseUrl: 'https://demo.ghost.io', key }) });
 *
 * Posts (with `include=authors,tags`) become `Article`s and `ArticleSummary`s, validated by the same
 * schemas; `meta.pagination` becomes the cursor; the primary tag is the section. Ghost has no public
 * comment API: the comment methods reject with code `comments_unavailable`, and `capabilities` says
 * so. DOM-free.
 */
import type { CallOptions, ListArticlesParams, NewsClient, NewsSource } from '../client.js';
import { NewsHttpError } from '../errors.js';
import type { EngineOptions } from '../http.js';
import { Article, ArticleSummary, Language as LanguageSchema, limits, isSafeUrl, type Image } from '../schemas.js';
import * as z from 'zod/mini';
import {
  arr,
  checkBaseUrl,
  checkLang,
  checked,
  clip,
  cmsRequester,
  htmlToText,
  idList,
  iterate,
  languageOf,
  languageTagOf,
  num,
  obj,
  optionFailure,
  pageOf,
  positive,
  rootUnder,
  str,
  unavailable,
  withCode,
  type Json,
} from './shared.js';

export interface GhostOptions {
  /** The site's address as Ghost Admin › Integrations shows it with the key (`https://demo.ghost.io`). */
  baseUrl: string | URL;
  /** The Content API key (public, read-only) from a custom integration. */
  key: string;
  /** The site's language; default: its `locale` (or older `lang`) setting, else the client's `lang`, else `en`. */
  lang?: string;
  /**
   * The size given to feature images. The Content API does not say an image's size, and the elements
   * use it only to reserve the image's space before it loads; default 1600 × 900 (16:9).
   */
  featureImageSize?: { width: number; height: number };
}

const SummaryPage = z.object({ items: z.array(ArticleSummary), nextCursor: z.nullable(z.string()) });
const LanguageList = z.array(LanguageSchema);
const SLUG = /^[\p{L}\p{N}_-]{1,191}$/u;
const GHOST_ID = /^[a-f\d]{24}$/i;

/**
 * Creates the Ghost source of `createNewsClient({ source: ghost({ baseUrl, key }) })`. Throws a
 * TypeError on bad options.
 */
export function ghost(options: GhostOptions): NewsSource {
  const fail = optionFailure('ghost');
  if (typeof options !== 'object' || options === null) fail('options must be an object');
  const root = rootUnder(checkBaseUrl(options.baseUrl, fail), 'ghost/api/content/');
  if (typeof options.key !== 'string' || !/^[\w-]{8,200}$/.test(options.key)) fail('key must be the Content API key (letters and digits)');
  const lang = checkLang(options.lang, 'lang', fail);
  const size = options.featureImageSize ?? { width: 1600, height: 900 };
  if (typeof size !== 'object' || size === null || !positive(size.width) || !positive(size.height)) {
    fail('featureImageSize must be { width, height } in whole pixels');
  }
  return { baseUrl: root, connect: (engine, clientLang) => ghostClient(engine, options.key, lang, clientLang ?? 'en', size) };
}

/** A Ghost error body (`{ errors: [{ type, message }] }`) as the SDK's typed error. */
function ghostError(error: NewsHttpError): NewsHttpError {
  const first = obj(arr(obj(error.body)?.errors)[0]);
  const type = str(first?.type);
  if (!type) return error;
  const code = type === 'NotFoundError' ? 'not_found' : type.replace(/Error$/, '').replace(/(?<=[a-z])(?=[A-Z])/g, '_').toLowerCase() || 'ghost_error';
  return withCode(error, clip(code, 100), { message: first?.message });
}

function ghostClient(
  base: EngineOptions,
  key: string,
  fixedLang: string | undefined,
  fallbackLang: string,
  size: { width: number; height: number },
): NewsClient {
  const engine: EngineOptions = { ...base, headers: { ...base.headers, 'accept-version': 'v5.0' } };
  const request = cmsRequester(engine, ghostError);
  let settingsLang: Promise<string> | undefined;

  /** The site's one language: the option, else Ghost's settings (asked once), else the client's. */
  function siteLang(signal: AbortSignal | undefined): Promise<string> {
    if (fixedLang) return Promise.resolve(fixedLang);
    settingsLang ??= request({ path: 'settings/', query: { key }, what: 'settings', signal }).then(
      ({ body }) => {
        const settings = obj(obj(body)?.settings);
        return languageTagOf(settings?.locale) ?? languageTagOf(settings?.lang) ?? fallbackLang;
      },
      (error: unknown) => {
        settingsLang = undefined; // asked again next time
        throw error;
      },
    );
    return settingsLang;
  }

  function imageOf(post: Json): Image | undefined {
    const src = str(post.feature_image);
    if (!src || !isSafeUrl(src)) return undefined;
    const caption = clip(htmlToText(str(post.feature_image_caption)), limits.caption);
    return { src, alt: clip(str(post.feature_image_alt) ?? '', limits.alt), width: size.width, height: size.height, ...(caption && { caption }) };
  }

  function summaryOf(post: Json, lang: string) {
    const tag = obj(post.primary_tag);
    const tagName = clip(str(tag?.name)?.trim() ?? '', limits.title);
    const lead = clip((str(post.custom_excerpt) || str(post.excerpt) || '').replace(/\s+/g, ' ').trim(), limits.lead);
    const image = imageOf(post);
    return {
      id: String(post.id),
      slug: clip(str(post.slug) ?? String(post.id), limits.slug),
      lang,
      title: clip(str(post.title)?.trim() ?? '', limits.title),
      ...(lead && { lead }),
      url: str(post.url) ?? '',
      publishedAt: str(post.published_at) ?? '',
      ...(image && { image }),
      section: tagName ? { id: clip(str(tag?.slug) ?? tagName, limits.id), name: tagName, path: [tagName] } : { id: 'uncategorized', name: 'Uncategorized', path: [] },
    };
  }

  function articleOf(post: Json, lang: string, url: string): Article {
    const author = obj(post.primary_author) ?? obj(arr(post.authors)[0]);
    const authorName = clip(str(author?.name)?.trim() ?? '', limits.name);
    const authorUrl = str(author?.url);
    const readingMinutes = num(post.reading_time);
    const value = {
      ...summaryOf(post, lang),
      bodyHtml: str(post.html) ?? '',
      ...(authorName && { author: { name: authorName, ...(authorUrl && isSafeUrl(authorUrl) && { url: authorUrl }) } }),
      ...(str(post.updated_at) && { updatedAt: str(post.updated_at) }),
      tags: arr(post.tags)
        .map(obj)
        .filter((tag) => tag?.visibility !== 'internal')
        .map((tag) => clip(str(tag?.name)?.trim() ?? '', limits.tag))
        .filter(Boolean)
        .slice(0, limits.tags),
      viewCount: 0,
      ...(readingMinutes !== undefined && readingMinutes >= 0 && { readingMinutes: Math.round(readingMinutes) }),
      translations: [],
      commentsOpen: false,
    };
    return checked(Article, value, 'article', url);
  }

  async function listArticles(params: ListArticlesParams = {}, call: CallOptions = {}) {
    const page = pageOf(params.cursor);
    const limit = params.limit === undefined ? 15 : Math.min(Math.max(1, Math.trunc(params.limit)), limits.pageSize);
    if (params.section && !SLUG.test(params.section)) return { items: [], nextCursor: null };
    const exclude = idList(params.exclude).filter((id) => GHOST_ID.test(id));
    const filter = [params.section && `tag:${params.section}`, exclude.length && `id:-[${exclude.join(',')}]`].filter(Boolean).join('+');
    const [answer, lang] = await Promise.all([
      request({
        path: 'posts/',
        query: { key, include: 'authors,tags', limit, page, filter: filter || undefined },
        what: 'page of articles',
        signal: call.signal,
      }),
      siteLang(call.signal),
    ]);
    const items = [];
    for (const post of arr(obj(answer.body)?.posts).map(obj)) {
      const item = post && ArticleSummary.safeParse(summaryOf(post, lang));
      if (item?.success) items.push(item.data);
    }
    const next = positive(obj(obj(obj(answer.body)?.meta)?.pagination)?.next);
    return checked(SummaryPage, { items, nextCursor: next ? String(next) : null }, 'page of articles', answer.url);
  }

  const noComments = (method: string) => Promise.reject(unavailable(method, 'Ghost has no public comment API'));

  return {
    baseUrl: engine.baseUrl.href,
    lang: fixedLang,
    capabilities: { comments: false, posting: false, captcha: false, views: false, languages: false },

    async getArticle(ref, call = {}) {
      const path = 'id' in ref ? `posts/${encodeURIComponent(ref.id)}/` : `posts/slug/${encodeURIComponent(ref.slug)}/`;
      const [answer, lang] = await Promise.all([
        request({ path, query: { key, include: 'authors,tags' }, what: 'article', signal: call.signal }),
        siteLang(call.signal),
      ]);
      const post = obj(arr(obj(answer.body)?.posts)[0]);
      if (!post) throw new NewsHttpError({ status: 404, code: 'not_found', body: answer.body, request: { method: 'GET', url: answer.url } });
      return articleOf(post, lang, answer.url);
    },

    listArticles,
    articles: iterate(listArticles),

    /** Ghost has no public comment API: rejects with code `comments_unavailable`. */
    listComments: () => noComments('listComments'),
    /** Ghost has no public comment API: rejects with code `comments_unavailable`. */
    listReplies: () => noComments('listReplies'),
    /** Ghost has no public comment API: rejects with code `comments_unavailable`. */
    commentCounts: () => noComments('commentCounts'),
    /** Ghost has no public comment API: rejects with code `comments_unavailable`. */
    postComment: () => noComments('postComment'),
    /** Ghost has no public comment API, hence nothing to check: rejects with code `comments_unavailable`. */
    getCaptcha: () => noComments('getCaptcha'),
    /** Ghost counts no views through the Content API: does nothing and says 0 (`capabilities.views` is false). */
    recordView: async () => ({ viewCount: 0 }),

    /** The site's one language. */
    async listLanguages(call = {}) {
      return checked(LanguageList, [languageOf(await siteLang(call.signal))], 'language list');
    },
  };
}
