/**
 * The News API under /api (see ../shared/DESIGN.md, "HTTP API"). Every
 * request is checked and every response validated with the SDK's schemas;
 * errors have one shape, `{ error: { code, message, fieldErrors? } }`
 * (respond.ts). Data comes from repo/.
 */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { getConnInfo } from '@hono/node-server/conninfo';
import * as z from 'zod/mini';
import {
  Article,
  ArticleSummaryPage,
  Captcha,
  CommentCounts,
  CommentDraft,
  CommentPage,
  CommentResult,
  Id,
  Language,
  LanguageTag,
  ReplyPage,
  ViewCount,
  limits,
} from '../../src/sdk/schemas.js';
import { CommentStatus, ModeratedComment, ModerationPage, ModerationSummary } from '../../src/sdk/admin.js';
import { openApiDocument } from '../../src/sdk/openapi.js';
import { newChallenge } from './captcha.js';
import { newCodeChallenge } from './captcha-code.js';
import { createHash } from 'node:crypto';
import { isAdminToken } from './admin-token.js';
import { clientHashes, postComment } from './comments.js';
import type { Config } from './config.js';
import type { Db } from './db.js';
import { fieldErrorsOf } from './field-errors.js';
import { pageParams, pageRequest } from './paging.js';
import * as articles from './repo/articles.js';
import * as comments from './repo/comments.js';
import { sweepInBackground } from './repo/sweep.js';
import { recordView } from './repo/views.js';
import { fail, invalid, reply } from './respond.js';

export interface ApiContext {
  db: Db;
  config: Config;
  /** SHA-256 of the admin token (see admin-token.ts). */
  adminTokenHash: string;
  captchaSecret: string;
}

export const BODY_LIMIT = 16 * 1024;
const COMMENT_PAGE = 50;

const LanguageList = z.array(Language);

const ListQuery = z.object({
  lang: z.optional(LanguageTag),
  section: z.optional(Id),
  ...pageParams,
  exclude: z.optional(z.string().check(z.maxLength(limits.id * 50))),
});
const CommentsQuery = z.object({
  cursor: pageParams.cursor,
  order: z.optional(z.literal(['oldest', 'newest'])),
  limit: pageParams.limit,
});
const ModerationQuery = z.object({
  status: z.optional(CommentStatus),
  ...pageParams,
});
const RepliesQuery = z.object(pageParams);
/** Ids of the articles a page lists, comma-separated: as many as one page of a list. */
const CountsQuery = z.object({ ids: z.string().check(z.minLength(1), z.maxLength((limits.id + 1) * limits.pageSize)) });
const DecisionBody = z.object({ from: z.optional(CommentStatus) });
const SlugQuery = z.object({ lang: z.optional(LanguageTag) });
const IdempotencyKey = z.string().check(z.regex(/^[\x21-\x7e]{1,200}$/));

/** How long shared caches (a CDN) may serve public answers, and serve them stale while they revalidate. */
const PUBLIC_CACHE = 'public, max-age=30, stale-while-revalidate=300';
const COMMENTS_CACHE = 'public, max-age=0, must-revalidate, s-maxage=5';

/**
 * Marks a public answer cacheable with `etag` (built from versions, not from the body) and answers
 * If-None-Match with a 304 at once: undefined means "build the body". Per-reader answers never come
 * here and stay `no-store`.
 */
function notModified(c: Context, etag: string, cacheControl = PUBLIC_CACHE): Response | undefined {
  c.header('ETag', etag);
  c.header('Cache-Control', cacheControl);
  const asked = c.req.header('if-none-match');
  if (!asked) return undefined;
  const tags = asked.split(',').map((t) => t.trim().replace(/^W\//, ''));
  if (!tags.includes('*') && !tags.includes(etag.replace(/^W\//, ''))) return undefined;
  return c.body(null, 304);
}

const tagOf = (...parts: (string | number | undefined)[]) => `W/"${createHash('sha256').update(parts.join('|')).digest('base64url').slice(0, 22)}"`;

/**
 * The client's address: the socket's, or, behind `trustProxy` proxies of your own, the entry of
 * X-Forwarded-For that the outermost of them wrote. Each proxy appends the address it received the
 * request from, so with a CDN and a load balancer (2) the client is the second entry from the end;
 * whatever the client itself sent is further left and never read.
 */
function clientAddress(c: Context, trustProxy: number): string {
  if (trustProxy > 0) {
    const hops = (c.req.header('x-forwarded-for') ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');
    const client = hops.at(-trustProxy) ?? hops[0];
    if (client) return client;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

export function createApi(ctx: ApiContext): Hono {
  const { db, config } = ctx;
  const api = new Hono();

  if (config.corsOrigins.length > 0) {
    const any = config.corsOrigins.includes('*');
    api.use(
      '*',
      cors({
        origin: any ? '*' : (origin) => (config.corsOrigins.includes(origin) ? origin : null),
        allowMethods: ['GET', 'POST', 'OPTIONS'],
        allowHeaders: ['Content-Type', 'Idempotency-Key', 'Authorization'],
        exposeHeaders: ['Retry-After', 'Idempotent-Replayed', 'ETag'],
        maxAge: 600,
      }),
    );
  }
  api.use('*', async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-store');
  });
  api.use(
    '*',
    bodyLimit({
      maxSize: BODY_LIMIT,
      onError: (c) => fail(c, 413, 'payload_too_large', `The request body is larger than ${BODY_LIMIT / 1024} KB.`),
    }),
  );

  // A NUL (%00) anywhere in the URL is never a name, id or parameter of ours, and PostgreSQL refuses it
  // in text: a 400 here, before any route passes it to a query.
  api.use('*', async (c, next) => {
    let url: string;
    try {
      const { pathname, search } = new URL(c.req.url);
      url = decodeURIComponent(pathname + search);
    } catch {
      return fail(c, 400, 'invalid_url', 'The address is not validly encoded.');
    }
    if (url.includes('\u0000')) return fail(c, 400, 'invalid_url', 'The address contains a NUL character (%00).');
    await next();
  });

  const openApi = JSON.stringify(openApiDocument('/api'));
  const openApiTag = tagOf('openapi', openApi);
  api.get('/openapi.json', (c) => notModified(c, openApiTag, 'public, max-age=300') ?? c.body(openApi, 200, { 'content-type': 'application/json; charset=utf-8' }));

  const { languages } = config;
  const languageOrder = languages.map((l) => l.lang);
  const languagesTag = tagOf('languages', JSON.stringify(languages));
  api.get('/languages', (c) => notModified(c, languagesTag, 'public, max-age=300, stale-while-revalidate=3600') ?? reply(c, LanguageList, languages));

  api.get('/articles', async (c) => {
    const q = ListQuery.safeParse(c.req.query());
    if (!q.success) return invalid(c, fieldErrorsOf(q.error.issues));
    // A list changes only when the stored articles do (summaries carry no view counts).
    const cached = notModified(c, tagOf('list', await articles.catalogVersion(db), new URL(c.req.url).search));
    if (cached) return cached;
    const paging = pageRequest(q.data, 10);
    if ('fieldErrors' in paging) return invalid(c, paging.fieldErrors);
    const exclude = (q.data.exclude ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');
    const page = await articles.listArticles(db, { lang: q.data.lang, section: q.data.section, ...paging, exclude });
    return reply(c, ArticleSummaryPage, page);
  });

  api.get('/articles/by-slug/:slug', async (c) => {
    const q = SlugQuery.safeParse(c.req.query());
    if (!q.success) return invalid(c, fieldErrorsOf(q.error.issues));
    const slug = c.req.param('slug');
    const article = slug.length <= limits.slug ? await articles.getArticleBySlug(db, slug, q.data.lang, languageOrder) : undefined;
    if (!article) return fail(c, 404, 'not_found', 'No such article.');
    // Which version the slug picks is known only once it is found: the 304 saves the bytes, not the query.
    return notModified(c, tagOf('article', await articles.catalogVersion(db), article.id, article.viewCount)) ?? reply(c, Article, article);
  });

  api.get('/articles/:id', async (c) => {
    const id = Id.safeParse(c.req.param('id'));
    const views = id.success ? await articles.articleViewCount(db, id.data) : undefined;
    if (!id.success || views === undefined) return fail(c, 404, 'not_found', 'No such article.');
    const cached = notModified(c, tagOf('article', await articles.catalogVersion(db), id.data, views));
    if (cached) return cached;
    const article = await articles.getArticle(db, id.data, languageOrder);
    return article ? reply(c, Article, article) : fail(c, 404, 'not_found', 'No such article.');
  });

  api.post('/articles/:id/views', async (c) => {
    const id = Id.safeParse(c.req.param('id'));
    if (!id.success) return fail(c, 404, 'not_found', 'No such article.');
    const [client] = await clientHashes(db, clientAddress(c, config.trustProxy));
    const outcome = await recordView(db, id.data, client!);
    if (!outcome) return fail(c, 404, 'not_found', 'No such article.');
    if ('retryAfter' in outcome) {
      c.header('Retry-After', String(outcome.retryAfter));
      return fail(c, 429, 'rate_limited', 'Too many views from this connection; try again later.');
    }
    if (Math.random() < 0.01) sweepInBackground(db);
    return reply(c, ViewCount, { viewCount: outcome.viewCount });
  });

  api.get('/articles/:id/comments', async (c) => {
    const id = Id.safeParse(c.req.param('id'));
    if (!id.success || !(await articles.articleExists(db, id.data))) return fail(c, 404, 'not_found', 'No such article.');
    const q = CommentsQuery.safeParse(c.req.query());
    if (!q.success) return invalid(c, fieldErrorsOf(q.error.issues));
    const paging = pageRequest(q.data, COMMENT_PAGE);
    if ('fieldErrors' in paging) return invalid(c, paging.fieldErrors);
    // Browsers revalidate every time (a reader who just posted reloads and expects the comment);
    // shared caches may hold the list a few seconds.
    const cached = notModified(c, tagOf('comments', id.data, await comments.commentsVersion(db, id.data), new URL(c.req.url).search), COMMENTS_CACHE);
    if (cached) return cached;
    const page = await comments.listComments(db, id.data, { ...paging, newest: q.data.order === 'newest' });
    return reply(c, CommentPage, page);
  });

  api.get('/comments/counts', async (c) => {
    const q = CountsQuery.safeParse(c.req.query());
    if (!q.success) return invalid(c, { ids: ['1 to 100 article ids, comma-separated.'] });
    const ids = [...new Set(q.data.ids.split(','))];
    if (ids.length > limits.pageSize || !ids.every((id) => Id.safeParse(id).success)) return invalid(c, { ids: ['1 to 100 article ids, comma-separated.'] });
    // One query gives the counts and their versions: the 304 saves the bytes, not the query.
    const found = await comments.commentCounts(db, ids);
    const cached = notModified(c, tagOf('counts', ...ids.map((id) => `${id}:${found.get(id)?.n ?? 0}:${found.get(id)?.at ?? ''}`)), COMMENTS_CACHE);
    return cached ?? reply(c, CommentCounts, { counts: Object.fromEntries(ids.map((id) => [id, found.get(id)?.n ?? 0])) });
  });

  api.get('/comments/:id/replies', async (c) => {
    const id = Id.safeParse(c.req.param('id'));
    const version = id.success ? await comments.repliesVersion(db, id.data) : undefined;
    if (!id.success || version === undefined) return fail(c, 404, 'not_found', 'No such comment.');
    const q = RepliesQuery.safeParse(c.req.query());
    if (!q.success) return invalid(c, fieldErrorsOf(q.error.issues));
    const paging = pageRequest(q.data, COMMENT_PAGE);
    if ('fieldErrors' in paging) return invalid(c, paging.fieldErrors);
    const cached = notModified(c, tagOf('replies', id.data, version, new URL(c.req.url).search), COMMENTS_CACHE);
    return cached ?? reply(c, ReplyPage, await comments.listReplies(db, id.data, paging));
  });

  api.post('/articles/:id/comments', async (c) => {
    const id = Id.safeParse(c.req.param('id'));
    if (!id.success) return fail(c, 404, 'not_found', 'No such article.');
    if (!/^application\/json\b/i.test(c.req.header('content-type') ?? '')) {
      return fail(c, 415, 'unsupported_media_type', 'Send the comment as application/json.');
    }
    let json: unknown;
    try {
      json = JSON.parse(await c.req.text());
    } catch {
      return fail(c, 400, 'invalid_json', 'The request body is not valid JSON.');
    }
    const draft = CommentDraft.safeParse(json);
    if (!draft.success) return invalid(c, fieldErrorsOf(draft.error.issues));
    const keyHeader = c.req.header('idempotency-key');
    const key = keyHeader === undefined ? undefined : IdempotencyKey.safeParse(keyHeader);
    if (key && !key.success) return invalid(c, { 'Idempotency-Key': ['1 to 200 visible ASCII characters.'] });
    const client = await clientHashes(db, clientAddress(c, config.trustProxy));
    const outcome = await postComment(
      { db, moderation: config.moderation, captchaSecret: ctx.captchaSecret, captchaKind: config.captchaKind },
      { articleId: id.data, draft: draft.data, client, idempotencyKey: key?.data },
    );
    if (outcome.kind === 'error') {
      if (outcome.retryAfter !== undefined) c.header('Retry-After', String(outcome.retryAfter));
      return fail(c, outcome.status, outcome.code, outcome.message, outcome.fieldErrors);
    }
    if (Math.random() < 0.05) sweepInBackground(db);
    return reply(c, CommentResult, outcome.body, outcome.status, outcome.replayed ? { 'Idempotent-Replayed': 'true' } : {});
  });

  api.get('/captcha', async (c) => {
    const challenge =
      config.captchaKind === 'code'
        ? newCodeChallenge(ctx.captchaSecret, config.captchaTtlSeconds)
        : await newChallenge(ctx.captchaSecret, config.captchaMaxNumber, config.captchaTtlSeconds);
    return reply(c, Captcha, challenge);
  });

  // Moderation, behind the admin token.
  api.use('/admin/*', async (c, next) => {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '');
    if (!match?.[1] || !isAdminToken(match[1], ctx.adminTokenHash)) {
      c.header('WWW-Authenticate', 'Bearer realm="news-admin"');
      return fail(c, 401, 'unauthorized', 'An admin token is required.');
    }
    await next();
  });

  api.get('/admin/comments', async (c) => {
    const q = ModerationQuery.safeParse(c.req.query());
    if (!q.success) return invalid(c, fieldErrorsOf(q.error.issues));
    const paging = pageRequest(q.data, COMMENT_PAGE);
    if ('fieldErrors' in paging) return invalid(c, paging.fieldErrors);
    return reply(c, ModerationPage, await comments.listForModeration(db, q.data.status ?? 'pending', paging));
  });

  api.get('/admin/comments/summary', async (c) => reply(c, ModerationSummary, await comments.moderationSummary(db)));

  for (const [action, to] of [
    ['approve', 'approved'],
    ['reject', 'rejected'],
    ['restore', 'pending'],
  ] as const) {
    api.post(`/admin/comments/:id/${action}`, async (c) => {
      const id = Id.safeParse(c.req.param('id'));
      if (!id.success) return fail(c, 404, 'not_found', 'No such comment.');
      // `{ from }`: the status the moderator saw. Callers from before it send no body.
      const text = await c.req.text();
      let json: unknown = {};
      try {
        if (text.trim() !== '') json = JSON.parse(text);
      } catch {
        return fail(c, 400, 'invalid_json', 'The request body is not valid JSON.');
      }
      const body = DecisionBody.safeParse(json);
      if (!body.success) return invalid(c, fieldErrorsOf(body.error.issues));
      const from = body.data.from;
      const decision = await comments.decide(db, id.data, to, from);
      if (decision.kind === 'missing') return fail(c, 404, 'not_found', 'No such comment.');
      // Without `from`, asking for the status a comment has is no conflict (what callers before it relied on).
      if (decision.kind === 'changed' || (from === undefined && decision.comment.status === to)) return reply(c, ModeratedComment, decision.comment);
      const now = decision.comment.status;
      return fail(c, 409, `already_${now}`, `The comment is ${now} already (another moderator may have acted on it).`);
    });
  }

  api.notFound((c) => fail(c, 404, 'not_found', 'No such route.'));
  api.onError((error, c) => {
    console.error('request failed', c.req.method, c.req.path, error);
    return fail(c, 500, 'internal', 'Something went wrong on the server.');
  });
  return api;
}
