/**
 * `createNewsClient()`: the typed client of the News API. Options are checked
 * once here; every response is validated with the schemas before it is returned.
 */
import { countBatcher } from './batch.js';
import { NewsValidationError, issuesOf } from './errors.js';
import { InflightGets, send, type EngineOptions, type FetchLike, type Hooks, type RequestSpec } from './http.js';
import {
  Article,
  ArticleSummaryPage,
  Captcha,
  CommentDraft,
  CommentCounts,
  CommentPage,
  ReplyPage,
  CommentResult,
  Language,
  ViewCount,
  limits,
  type ArticleSummary,
  type Comment,
  type Reply,
  type Page,
} from './schemas.js';
import * as z from 'zod/mini';

/** The settings every client takes, whatever its back end. */
export interface NewsClientSettings {
  /** Default language for list and get calls. */
  lang?: string;
  /** A fetch implementation (defaults to the global `fetch`). */
  fetch?: typeof fetch;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
  /** Per-attempt timeout in ms (default 10,000). */
  timeoutMs?: number;
  /** Retries of GETs and of POSTs with an Idempotency-Key (default 2). */
  retries?: number;
  /** Longest Retry-After honoured, in ms (default 60,000). */
  maxRetryAfterMs?: number;
  /** Request and response hooks; `conditionalRequests()` gives the ones that revalidate with If-None-Match. */
  hooks?: Hooks;
}

/** Options of `createNewsClient` for the News API. */
export interface NewsClientOptions extends NewsClientSettings {
  /** The API root, e.g. `https://news.example.org/api`, or `/api` in a browser. */
  baseUrl: string | URL;
}

/**
 * Options of `createNewsClient` for another back end: `wordpress({ baseUrl })` from
 * `news-elements/sdk/adapters/wordpress`, `ghost({ baseUrl, key })` from `news-elements/sdk/adapters/ghost`.
 */
export interface NewsSourceOptions extends NewsClientSettings {
  source: NewsSource;
}

/**
 * What a back end offers. `false` means the matching method rejects with a typed error
 * (`NewsHttpError` with code `comments_unavailable`) or, for views, is a no-op: an element reads this
 * rather than guessing from the back end's kind.
 */
export interface NewsCapabilities {
  /** `listComments` lists comments. */
  readonly comments: boolean;
  /** `postComment` can store a comment from an anonymous reader. */
  readonly posting: boolean;
  /** `getCaptcha` gives a challenge the back end checks (false: any answer does, it is not sent). */
  readonly captcha: boolean;
  /** `recordView` counts views, and `Article.viewCount` is a count. */
  readonly views: boolean;
  /** Articles come in several languages with translations (false: the site's one language). */
  readonly languages: boolean;
}

/** A back end other than the News API, as the adapters in `news-elements/sdk/adapters/*` give it. */
export interface NewsSource {
  /** The back end's root URL, checked as `baseUrl` is. */
  readonly baseUrl: string | URL;
  /** Builds the client over the checked request settings and the default language. */
  connect(engine: EngineOptions, lang: string | undefined): NewsClient;
}

export interface CallOptions {
  signal?: AbortSignal;
}

export type ArticleRef = { id: string } | { slug: string; lang?: string };

export interface ListArticlesParams {
  lang?: string;
  section?: string;
  limit?: number;
  cursor?: string;
  /** Article ids to leave out (e.g. the one being read). */
  exclude?: string | string[];
}

export interface ListRepliesParams {
  /** The cursor a comment's `repliesCursor` (or the previous page) gave. */
  cursor?: string;
}

export interface ListCommentsParams {
  cursor?: string;
  order?: 'oldest' | 'newest';
}

export interface PostCommentOptions extends CallOptions {
  /**
   * The key that makes retries safe. Pass the same key when a person retries
   * the same draft; one is generated when omitted.
   */
  idempotencyKey?: string;
}

export interface NewsClient {
  readonly baseUrl: string;
  readonly lang: string | undefined;
  /** What the back end offers (comments, posting, captcha, views, languages). */
  readonly capabilities: NewsCapabilities;
  getArticle(ref: ArticleRef, options?: CallOptions): Promise<Article>;
  listArticles(params?: ListArticlesParams, options?: CallOptions): Promise<Page<ArticleSummary>>;
  articles(params?: Omit<ListArticlesParams, 'cursor'>, options?: CallOptions): AsyncIterable<ArticleSummary>;
  listComments(articleId: string, params?: ListCommentsParams, options?: CallOptions): Promise<Page<Comment>>;
  /** A top-level comment's approved replies after those listed with it, oldest first. */
  listReplies(commentId: string, params?: ListRepliesParams, options?: CallOptions): Promise<Page<Reply>>;
  /**
   * How many approved comments each article has. Calls made within one frame (16 ms) go out as
   * one request (up to 100 ids each); ids the back end does not know count 0.
   */
  commentCounts(articleIds: readonly string[], options?: CallOptions): Promise<Record<string, number>>;
  postComment(articleId: string, draft: CommentDraft, options?: PostCommentOptions): Promise<CommentResult>;
  getCaptcha(options?: CallOptions): Promise<Captcha>;
  recordView(articleId: string, options?: CallOptions): Promise<{ viewCount: number }>;
  listLanguages(options?: CallOptions): Promise<Language[]>;
}

const LanguageList = z.array(Language);

function fail(message: string): never {
  throw new TypeError(`createNewsClient: ${message}`);
}

function resolveBaseUrl(baseUrl: string | URL): URL {
  const here = (globalThis as { location?: { href?: string } }).location?.href;
  let url: URL;
  try {
    url = new URL(baseUrl, here);
  } catch {
    fail(`baseUrl "${String(baseUrl)}" is not a valid URL${here ? '' : ' (relative URLs need a browser page)'}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') fail(`baseUrl must be http(s), got "${url.protocol}"`);
  return url;
}

function checkCount(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    fail(`${name} must be an integer from ${min} to ${max}, got ${String(value)}`);
  }
  return value;
}

const segment = (value: string) => encodeURIComponent(value);

function newIdempotencyKey(): string {
  return globalThis.crypto.randomUUID();
}

/** The request engine's settings from a client's options, checked (a TypeError names the bad one). */
export function engineOf(base: string | URL, options: NewsClientSettings): EngineOptions {
  const fetchImpl = options.fetch ?? globalThis.fetch;
  if (typeof fetchImpl !== 'function') fail('no fetch available; pass options.fetch');
  return {
    baseUrl: resolveBaseUrl(base),
    fetch: ((request: Request) => fetchImpl(request)) as FetchLike,
    headers: { ...options.headers },
    timeoutMs: checkCount('timeoutMs', options.timeoutMs ?? 10_000, 1, 600_000),
    retries: checkCount('retries', options.retries ?? 2, 0, 10),
    maxRetryAfterMs: checkCount('maxRetryAfterMs', options.maxRetryAfterMs ?? 60_000, 0, 3_600_000),
    backoffMs: 300,
    hooks: options.hooks ?? {},
  };
}

/**
 * Creates a client of the News API, or of another back end given as `source`. Throws a TypeError on
 * bad options.
 */
export function createNewsClient(options: NewsClientOptions | NewsSourceOptions): NewsClient {
  if (typeof options !== 'object' || options === null) fail('options must be an object');
  const { source } = options as Partial<NewsSourceOptions>;
  const engine = engineOf(source ? source.baseUrl : (options as NewsClientOptions).baseUrl, options);
  const baseUrl = engine.baseUrl;
  const defaultLang = options.lang;
  if (source) return source.connect(engine, defaultLang);
  const inflight = new InflightGets();

  function get<T>(spec: Omit<RequestSpec<T>, 'method'>, call: CallOptions = {}): Promise<T> {
    const key = JSON.stringify([spec.path, spec.query ?? {}]);
    return inflight.run(key, call.signal, (signal) => send(engine, { ...spec, method: 'GET', signal }));
  }

  function listArticles(params: ListArticlesParams = {}, call?: CallOptions) {
    const exclude = Array.isArray(params.exclude) ? params.exclude.join(',') : params.exclude;
    const limit = params.limit === undefined ? undefined : Math.min(Math.max(1, Math.trunc(params.limit)), limits.pageSize);
    return get(
      {
        path: 'articles',
        query: { lang: params.lang ?? defaultLang, section: params.section, limit, cursor: params.cursor, exclude },
        schema: ArticleSummaryPage,
        what: 'page of articles',
      },
      call,
    );
  }

  const counts = countBatcher((ids) =>
    get({ path: 'comments/counts', query: { ids: ids.join(',') }, schema: CommentCounts, what: 'comment counts' }).then((r) => r.counts),
  );

  return {
    baseUrl: baseUrl.href,
    lang: defaultLang,
    capabilities: { comments: true, posting: true, captcha: true, views: true, languages: true },

    getArticle(ref, call) {
      if ('id' in ref) {
        return get({ path: `articles/${segment(ref.id)}`, schema: Article, what: 'article' }, call);
      }
      return get(
        {
          path: `articles/by-slug/${segment(ref.slug)}`,
          query: { lang: ref.lang ?? defaultLang },
          schema: Article,
          what: 'article',
        },
        call,
      );
    },

    listArticles,

    articles(params = {}, call) {
      return {
        async *[Symbol.asyncIterator]() {
          let cursor: string | undefined;
          const seen = new Set<string | undefined>();
          do {
            const page = await listArticles({ ...params, ...(cursor !== undefined && { cursor }) }, call);
            for (const item of page.items) yield item;
            cursor = page.nextCursor ?? undefined;
            if (seen.has(cursor)) return; // a server loop would never end
            seen.add(cursor);
          } while (cursor !== undefined);
        },
      };
    },

    listComments(articleId, params = {}, call) {
      return get(
        {
          path: `articles/${segment(articleId)}/comments`,
          query: { cursor: params.cursor, order: params.order },
          schema: CommentPage,
          what: 'page of comments',
        },
        call,
      );
    },

    async postComment(articleId, draft, call = {}) {
      const checked = CommentDraft.safeParse(draft);
      if (!checked.success) {
        throw new NewsValidationError('comment draft', issuesOf(checked.error), { cause: checked.error });
      }
      return send(engine, {
        method: 'POST',
        path: `articles/${segment(articleId)}/comments`,
        body: checked.data,
        schema: CommentResult,
        what: 'comment result',
        signal: call.signal,
        idempotencyKey: call.idempotencyKey ?? newIdempotencyKey(),
      });
    },

    getCaptcha(call = {}) {
      // Never shared: every caller needs a challenge of its own.
      return send(engine, { method: 'GET', path: 'captcha', schema: Captcha, what: 'captcha', signal: call.signal });
    },

    recordView(articleId, call = {}) {
      return send(engine, {
        method: 'POST',
        path: `articles/${segment(articleId)}/views`,
        body: {},
        schema: ViewCount,
        what: 'view count',
        signal: call.signal,
      });
    },

    listReplies(commentId, params = {}, call) {
      return get({ path: `comments/${segment(commentId)}/replies`, query: { cursor: params.cursor }, schema: ReplyPage, what: 'page of replies' }, call);
    },

    commentCounts: (ids, call = {}) => counts(ids, call.signal),

    listLanguages(call) {
      return get({ path: 'languages', schema: LanguageList, what: 'language list' }, call);
    },
  };
}
