/**
 * news-elements/sdk/adapters/wordpress: the SDK's client over a WordPress site's REST API
 * (`/wp-json/wp/v2`), so the elements show a site's own posts without the News API:
 *
 *   const client = createNewsClient({ source: wordpress({ baseUrl: 'https://example.org' }) });
 *
 * Posts become `Article`s and `ArticleSummary`s (validated by the same schemas), paging by
 * `page` and `X-WP-TotalPages` becomes the cursor, categories with their parents the section path,
 * Polylang's or WPML's languages and translations are used when the site exposes them. DOM-free.
 */
import type { CallOptions, ListArticlesParams, ListCommentsParams, NewsClient, NewsSource } from '../client.js';
import type { EngineOptions } from '../http.js';
import {
  Article,
  ArticleSummary,
  CommentDraft,
  CommentResult,
  Comment as CommentSchema,
  Language as LanguageSchema,
  limits,
  isSafeUrl,
  type Comment,
  type Image,
  type Language,
  type Translation,
} from '../schemas.js';
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
  localChallenge,
  num,
  obj,
  optionFailure,
  pageOf,
  positive,
  rootUnder,
  str,
  unavailable,
  utcDate,
  withCode,
  type Json,
} from './shared.js';
import { countBatcher } from '../batch.js';
import { NewsHttpError, NewsValidationError, issuesOf } from '../errors.js';

export interface WordPressOptions {
  /** The site's address (`https://example.org`) or its REST root (`https://example.org/wp-json`). */
  baseUrl: string | URL;
  /**
   * The site's language (Settings › General › Site Language), used when no Polylang or WPML field
   * says a post's language. Default: the client's `lang`, else `en`.
   */
  lang?: string;
  /**
   * True when the site takes comments from anonymous readers over REST (its
   * `rest_allow_anonymous_comments` filter returns true; WordPress's default is false). When false,
   * `postComment` rejects with code `comments_unavailable` without a request, `capabilities.posting`
   * is false and `Article.commentsOpen` is false. Default false.
   */
  anonymousComments?: boolean;
}

interface Category {
  name: string;
  slug: string;
  parent: number;
}

/**
 * The cursor of the page after `page`: from X-WP-TotalPages, or, where a proxy dropped that header,
 * whether this page came full.
 */
function nextCursor(headers: Headers, page: number, returned: number, perPage: number): string | null {
  const totalPages = num(Number(headers.get('x-wp-totalpages') ?? NaN));
  const more = totalPages === undefined ? returned === perPage : page < totalPages;
  return more ? String(page + 1) : null;
}

const SummaryPage = z.object({ items: z.array(ArticleSummary), nextCursor: z.nullable(z.string()) });
const CommentList = z.array(CommentSchema);
const LanguageList = z.array(LanguageSchema);
const EMBED_ARTICLE = 'author,wp:featuredmedia,wp:term';
const EMBED_SUMMARY = 'wp:featuredmedia';
/** Fields WordPress names in a 400 `rest_invalid_param` → the draft's fields. */
const DRAFT_FIELDS: Record<string, string> = { author_name: 'authorName', author_email: 'email', content: 'body', parent: 'parentId' };

const decodeSlug = (slug: string) => {
  try {
    return decodeURIComponent(slug);
  } catch {
    return slug;
  }
};

/** The `rendered` text of a WordPress `{ rendered }` field. */
const rendered = (value: unknown) => str(obj(value)?.rendered);

/** An embedded object, unless WordPress embedded an error in its place (a deleted author, private media). */
const embedded = (post: Json, name: string): Json | undefined => {
  const first = obj(arr(obj(post._embedded)?.[name])[0]);
  return first && first.code === undefined ? first : undefined;
};

/** A featured media item as the contract's Image: sizes as srcset, alt text, caption. */
function imageOf(media: Json | undefined): Image | undefined {
  const src = str(media?.source_url);
  const details = obj(media?.media_details);
  const width = positive(details?.width);
  const height = positive(details?.height);
  if (!media || !src || !isSafeUrl(src) || !width || !height) return undefined;
  const candidates = new Map<number, string>();
  for (const size of Object.values(obj(details?.sizes) ?? {})) {
    const url = str(obj(size)?.source_url);
    const w = positive(obj(size)?.width);
    if (url && w && isSafeUrl(url) && !/[\s,]/.test(url)) candidates.set(w, url);
  }
  if (!/[\s,]/.test(src)) candidates.set(width, src);
  const srcset = [...candidates].sort(([a], [b]) => a - b).map(([w, url]) => `${url} ${w}w`).join(', ');
  const caption = clip(htmlToText(rendered(media.caption)), limits.caption);
  return {
    src,
    alt: clip(str(media.alt_text) ?? '', limits.alt),
    width,
    height,
    ...(candidates.size > 1 && srcset.length <= limits.url * 8 && { srcset }),
    ...(caption && { caption }),
  };
}

/**
 * Creates the WordPress source of `createNewsClient({ source: wordpress({ baseUrl }) })`. Throws a
 * TypeError on bad options.
 */
export function wordpress(options: WordPressOptions): NewsSource {
  const fail = optionFailure('wordpress');
  if (typeof options !== 'object' || options === null) fail('options must be an object');
  const root = rootUnder(checkBaseUrl(options.baseUrl, fail), 'wp-json/');
  const siteLang = checkLang(options.lang, 'lang', fail);
  if (options.anonymousComments !== undefined && typeof options.anonymousComments !== 'boolean') fail('anonymousComments must be a boolean');
  const anonymousComments = options.anonymousComments ?? false;
  return { baseUrl: root, connect: (engine, lang) => wordpressClient(engine, siteLang ?? lang ?? 'en', anonymousComments) };
}

/** A WordPress error body (`{ code, message, data: { status, params } }`) as the SDK's typed error. */
function wordpressError(error: NewsHttpError): NewsHttpError {
  const body = obj(error.body);
  const code = str(body?.code);
  if (!code) return error;
  if (/^rest_(post|comment)_invalid_(id|post_id)$|^rest_no_route$/.test(code)) return withCode(error, 'not_found', { status: 404 });
  if (code === 'rest_comment_login_required') return withCode(error, 'comments_unavailable');
  if (code === 'rest_comment_closed') return withCode(error, 'comments_closed');
  // "You are posting comments too quickly": WordPress's flood rule is a rate limit, as the reference server's 429.
  if (code === 'comment_flood') return withCode(error, 'rate_limited', { status: 429, message: htmlToText(str(body?.message)) });
  // Its messages come with HTML entities (you&#8217;ve): said as text.
  if (code === 'comment_duplicate') return withCode(error, 'comment_duplicate', { message: htmlToText(str(body?.message)) });
  const params = obj(obj(body?.data)?.params);
  if (code === 'rest_invalid_param' && params) {
    const fieldErrors: Record<string, string[]> = {};
    for (const [name, message] of Object.entries(params)) fieldErrors[DRAFT_FIELDS[name] ?? name] = [clip(String(message), 1_000)];
    return withCode(error, 'invalid_comment', { status: 422, fieldErrors });
  }
  return withCode(error, clip(code, 100));
}

function wordpressClient(engine: EngineOptions, siteLang: string, anonymousComments: boolean): NewsClient {
  const request = cmsRequester(engine, wordpressError);
  const counts = countBatcher(async (ids) => {
    const totals = await Promise.all(
      ids.map(async (id) => {
        if (!/^\d+$/.test(id)) return [id, 0] as const;
        const { headers } = await request({ path: 'wp/v2/comments', query: { post: id, per_page: 1 }, what: 'comment count' });
        return [id, Math.max(0, Number(headers.get('x-wp-total')) || 0)] as const;
      }),
    );
    return Object.fromEntries(totals);
  });
  const categories = new Map<number, Category>();
  let multilingual = false;

  /** Loads the categories of these ids and all their parents, a level per request, into the cache. */
  async function loadCategories(ids: number[], signal: AbortSignal | undefined): Promise<void> {
    let missing = [...new Set(ids)].filter((id) => !categories.has(id));
    for (let depth = 0; missing.length > 0 && depth < 10; depth++) {
      const { body } = await request({
        path: 'wp/v2/categories',
        query: { include: missing.slice(0, 100).join(','), per_page: 100, _fields: 'id,name,slug,parent' },
        what: 'categories',
        signal,
      });
      for (const item of arr(body)) {
        const term = obj(item);
        const id = positive(term?.id);
        if (id) categories.set(id, { name: htmlToText(str(term?.name)), slug: decodeSlug(str(term?.slug) ?? String(id)), parent: positive(term?.parent) ?? 0 });
      }
      // Ids WordPress did not return stay unknown: never asked again in this loop.
      const asked = new Set(missing);
      missing = [...new Set([...asked].map((id) => categories.get(id)?.parent ?? 0))].filter((id) => id > 0 && !categories.has(id) && !asked.has(id));
    }
  }

  const firstCategory = (post: Json) => arr(post.categories).map(positive).find((id) => id !== undefined);

  /** The section of a post: its first category, with the names of its parents from the root. */
  function sectionOf(post: Json) {
    const leafId = firstCategory(post);
    const leaf = leafId === undefined ? undefined : categories.get(leafId);
    if (!leaf) return { id: 'uncategorized', name: 'Uncategorized', path: [] };
    const path: string[] = [];
    const seen = new Set<number>();
    for (let id: number | undefined = leafId; id && !seen.has(id) && path.length < 10; id = categories.get(id)?.parent) {
      seen.add(id);
      const category = categories.get(id);
      if (!category) break;
      path.unshift(clip(category.name || category.slug, limits.title));
    }
    return { id: clip(leaf.slug, limits.id), name: clip(leaf.name || leaf.slug, limits.title), path: path.filter(Boolean) };
  }

  /** A post's language: Polylang's `lang`, WPML's `wpml_current_locale`, else the site's. */
  function langOf(post: Json): string {
    const tag = languageTagOf(post.lang) ?? languageTagOf(post.wpml_current_locale);
    if (tag) multilingual = true;
    return tag ?? siteLang;
  }

  /**
   * A post's title; an untitled post (common on real sites: asides, quick notes) gets its first words,
   * else its date in the site's language, so that it is never dropped from a list nor refused.
   */
  function titleOf(post: Json, lead: string, lang: string): string {
    const own = htmlToText(rendered(post.title));
    if (own) return own;
    const words = (lead || htmlToText(rendered(post.content))).split(/\s+/).filter(Boolean);
    if (words.length) return words.length > 10 ? `${words.slice(0, 10).join(' ')}…` : words.join(' ');
    const date = utcDate(post.date_gmt) ?? utcDate(post.modified_gmt);
    return date ? new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(date)) : `#${String(post.id)}`;
  }

  function summaryOf(post: Json) {
    const lead = htmlToText(rendered(post.excerpt)).replace(/\s*\[…\]$/, '…');
    const image = imageOf(embedded(post, 'wp:featuredmedia'));
    const lang = langOf(post);
    return {
      id: String(post.id),
      slug: clip(decodeSlug(str(post.slug) ?? String(post.id)), limits.slug),
      lang,
      title: clip(titleOf(post, lead, lang), limits.title),
      ...(lead && { lead: clip(lead, limits.lead) }),
      url: str(post.link) ?? '',
      publishedAt: utcDate(post.date_gmt) ?? utcDate(post.modified_gmt) ?? '',
      ...(image && { image }),
      section: sectionOf(post),
    };
  }

  /** Polylang's translations (ids: one request for their links) or WPML's (links given). */
  async function translationsOf(post: Json, lang: string, signal: AbortSignal | undefined): Promise<Translation[]> {
    const translation = (tag: string | undefined, url: string | undefined, title: string): Translation[] =>
      tag && tag !== lang && url ? [{ lang: tag, url, ...(title && { title: clip(title, limits.title) }) }] : [];
    const wpml = arr(post.wpml_translations).map(obj);
    if (wpml.length) return wpml.flatMap((t) => translation(languageTagOf(t?.locale), str(t?.href), htmlToText(str(t?.post_title))));
    const ids = Object.entries(obj(post.translations) ?? {})
      .filter(([code, id]) => languageTagOf(code) !== lang && positive(id) && id !== post.id)
      .map(([, id]) => id as number);
    if (!ids.length) return [];
    const { body } = await request({
      path: 'wp/v2/posts',
      query: { include: ids.slice(0, 50).join(','), per_page: 50, _fields: 'id,link,title,lang' },
      what: 'translations',
      signal,
    });
    return arr(body)
      .map(obj)
      .flatMap((t) => translation(languageTagOf(t?.lang), str(t?.link), htmlToText(rendered(t?.title))));
  }

  async function articleOf(post: Json, url: string, signal: AbortSignal | undefined): Promise<Article> {
    await loadCategories([firstCategory(post) ?? 0].filter(Boolean), signal);
    const summary = summaryOf(post);
    const author = embedded(post, 'author');
    const authorName = clip(htmlToText(str(author?.name)), limits.name);
    const authorUrl = str(author?.link);
    const terms = arr(obj(post._embedded)?.['wp:term']).flatMap(arr).map(obj);
    const tags = terms
      .filter((term) => term?.taxonomy === 'post_tag')
      .map((term) => clip(htmlToText(str(term?.name)), limits.tag))
      .filter(Boolean)
      .slice(0, limits.tags);
    const updatedAt = utcDate(post.modified_gmt);
    const value = {
      ...summary,
      bodyHtml: rendered(post.content) ?? '',
      ...(authorName && { author: { name: authorName, ...(authorUrl && isSafeUrl(authorUrl) && { url: authorUrl }) } }),
      ...(updatedAt && { updatedAt }),
      tags,
      viewCount: 0,
      translations: await translationsOf(post, summary.lang, signal),
      commentsOpen: post.comment_status === 'open' && anonymousComments,
    };
    return checked(Article, value, 'article', url);
  }

  function commentOf(item: unknown): Comment | undefined {
    const c = obj(item);
    const createdAt = utcDate(c?.date_gmt);
    const body = clip(htmlToText(rendered(c?.content), true), limits.commentBody);
    if (!c || !createdAt || !body) return undefined;
    const parent = positive(c.parent);
    return {
      id: String(c.id),
      articleId: String(c.post),
      authorName: clip(htmlToText(str(c.author_name)) || 'Anonymous', limits.name),
      body,
      createdAt,
      ...(parent && { parentId: String(parent) }),
    };
  }

  async function listArticles(params: ListArticlesParams = {}, call: CallOptions = {}) {
    const page = pageOf(params.cursor);
    const perPage = params.limit === undefined ? 10 : Math.min(Math.max(1, Math.trunc(params.limit)), limits.pageSize);
    let category: number | undefined;
    if (params.section) {
      const { body } = await request({ path: 'wp/v2/categories', query: { slug: params.section, _fields: 'id' }, what: 'categories', signal: call.signal });
      category = positive(obj(arr(body)[0])?.id) ?? positive(Number(params.section));
      if (!category) return { items: [], nextCursor: null };
    }
    let answer;
    try {
      answer = await request({
        path: 'wp/v2/posts',
        query: {
          _embed: EMBED_SUMMARY,
          per_page: perPage,
          page,
          lang: params.lang,
          categories: category,
          exclude: idList(params.exclude).filter((id) => /^\d+$/.test(id)).join(',') || undefined,
        },
        what: 'page of articles',
        signal: call.signal,
      });
    } catch (error) {
      // A page past the last (the posts changed since the cursor was made): an empty last page.
      if ((error as NewsHttpError).code === 'rest_post_invalid_page_number') return { items: [], nextCursor: null };
      throw error;
    }
    const posts = arr(answer.body).map(obj).filter((post): post is Json => !!post);
    await loadCategories(posts.map(firstCategory).filter((id): id is number => id !== undefined), call.signal);
    const items = [];
    for (const post of posts) {
      // One post the contract cannot hold (no date, a title too odd) is left out, not the whole page.
      const item = ArticleSummary.safeParse(summaryOf(post));
      if (item.success) items.push(item.data);
    }
    return checked(SummaryPage, { items, nextCursor: nextCursor(answer.headers, page, posts.length, perPage) }, 'page of articles', answer.url);
  }

  return {
    baseUrl: engine.baseUrl.href,
    lang: siteLang,
    capabilities: {
      comments: true,
      posting: anonymousComments,
      captcha: false,
      views: false,
      /** True once the site has shown Polylang's or WPML's languages. */
      get languages() {
        return multilingual;
      },
    },

    async getArticle(ref, call = {}) {
      if ('id' in ref) {
        if (!/^\d+$/.test(ref.id)) throw unavailableArticle(ref.id);
        const { body, url } = await request({ path: `wp/v2/posts/${ref.id}`, query: { _embed: EMBED_ARTICLE }, what: 'article', signal: call.signal });
        return articleOf(obj(body) ?? {}, url, call.signal);
      }
      const { body, url } = await request({
        path: 'wp/v2/posts',
        query: { slug: ref.slug, _embed: EMBED_ARTICLE, lang: ref.lang },
        what: 'article',
        signal: call.signal,
      });
      const post = obj(arr(body)[0]);
      if (!post) throw unavailableArticle(ref.slug);
      return articleOf(post, url, call.signal);
    },

    listArticles,
    articles: iterate(listArticles),

    /**
     * Top-level comments with their replies. WordPress threads replies to any depth; ours are one
     * level deep, so a reply to a reply goes under its top-level comment. Replies come with their
     * thread when they are on the same page of 100 (WordPress has no reply counts to ask for).
     */
    async listComments(articleId, params: ListCommentsParams = {}, call: CallOptions = {}) {
      const page = pageOf(params.cursor);
      if (!/^\d+$/.test(articleId)) return { items: [], nextCursor: null };
      const { body, headers, url } = await request({
        path: 'wp/v2/comments',
        query: { post: articleId, per_page: limits.pageSize, page, order: params.order === 'newest' ? 'desc' : 'asc', orderby: 'date_gmt' },
        what: 'page of comments',
        signal: call.signal,
      });
      const all = arr(body).map(commentOf).filter((c): c is Comment => !!c);
      const byId = new Map(all.map((c) => [c.id, c]));
      const rootOf = (c: Comment): Comment => {
        for (let hops = 0, parent = c.parentId && byId.get(c.parentId); parent && hops < 50; hops++, parent = parent.parentId && byId.get(parent.parentId)) c = parent;
        return c;
      };
      const threads = new Map<string, Comment[]>();
      for (const c of all) {
        const root = rootOf(c);
        if (root !== c) threads.set(root.id, [...(threads.get(root.id) ?? []), { ...c, parentId: root.id }]);
      }
      // Oldest first under each comment, whatever the order of the list.
      const items = all
        .filter((c) => rootOf(c) === c)
        .map((c) => {
          const replies = (threads.get(c.id) ?? []).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
          return { ...c, replyCount: replies.length, replies, repliesCursor: null };
        });
      return { items: checked(CommentList, items, 'page of comments', url), nextCursor: nextCursor(headers, page, arr(body).length, limits.pageSize) };
    },

    /** The direct replies of a comment, oldest first, a page of 100 at a time. */
    async listReplies(commentId, params = {}, call: CallOptions = {}) {
      const page = pageOf(params.cursor);
      if (!/^\d+$/.test(commentId)) return { items: [], nextCursor: null };
      const { body, headers, url } = await request({
        path: 'wp/v2/comments',
        query: { parent: commentId, per_page: limits.pageSize, page, order: 'asc', orderby: 'date_gmt' },
        what: 'page of replies',
        signal: call.signal,
      });
      const items = arr(body)
        .map(commentOf)
        .filter((c): c is Comment => !!c)
        .map((c) => ({ ...c, parentId: commentId }));
      return { items: checked(CommentList, items, 'page of replies', url), nextCursor: nextCursor(headers, page, arr(body).length, limits.pageSize) };
    },

    /** WordPress has no batch of counts: one small request per post (its X-WP-Total), made together. */
    commentCounts: (ids, call = {}) => counts(ids, call.signal),

    async postComment(articleId, draft, call = {}) {
      const valid = CommentDraft.safeParse(draft);
      if (!valid.success) throw new NewsValidationError('comment draft', issuesOf(valid.error), { cause: valid.error });
      if (!anonymousComments) throw unavailable('postComment', 'this WordPress site takes no anonymous comments over its REST API');
      const { authorName, email, body, parentId } = valid.data;
      const answer = await request({
        method: 'POST',
        path: 'wp/v2/comments',
        body: { post: Number(articleId), author_name: authorName, author_email: email, content: body, ...(parentId && { parent: Number(parentId) }) },
        what: 'comment result',
        signal: call.signal,
      });
      const comment = commentOf(answer.body);
      const status = obj(answer.body)?.status === 'approved' ? 'published' : 'pending';
      return checked(CommentResult, { status, comment }, 'comment result', answer.url);
    },

    /** WordPress checks no captcha: a challenge made here, solved at once, never sent. */
    getCaptcha: () => localChallenge(),

    /** WordPress counts no views: does nothing and says 0 (`capabilities.views` is false). */
    recordView: async () => ({ viewCount: 0 }),

    async listLanguages(call = {}) {
      try {
        const { body } = await request({ path: 'pll/v1/languages', what: 'language list', signal: call.signal });
        const languages = arr(body)
          .map(obj)
          .filter((l) => l && l.active !== false)
          .map((l) => {
            const tag = languageTagOf(l?.slug) ?? languageTagOf(l?.locale);
            return tag && languageOf(tag, str(l?.name), typeof l?.is_rtl === 'boolean' ? l.is_rtl : undefined);
          })
          .filter((l): l is Language => !!l);
        if (languages.length) {
          multilingual = true;
          return checked(LanguageList, languages, 'language list');
        }
      } catch (error) {
        if ((error as NewsHttpError).status !== 404) throw error;
      }
      // WPML has no languages route: the languages of the newest post and its translations.
      const { body } = await request({
        path: 'wp/v2/posts',
        query: { per_page: 1, _fields: 'id,wpml_current_locale,wpml_translations' },
        what: 'language list',
        signal: call.signal,
      });
      const post = obj(arr(body)[0]);
      const tags = [post?.wpml_current_locale, ...arr(post?.wpml_translations).map((t) => obj(t)?.locale)].map(languageTagOf).filter((t): t is string => !!t);
      if (tags.length) multilingual = true;
      return checked(LanguageList, [...new Set(tags.length ? tags : [siteLang])].map((tag) => languageOf(tag)), 'language list');
    },
  };
}

/** The 404 of a post that is not there (WordPress answers an unknown slug with an empty list). */
function unavailableArticle(ref: string): NewsHttpError {
  return new NewsHttpError({ status: 404, code: 'not_found', serverMessage: `no published post "${ref.slice(0, 200)}"` });
}
