/**
 * The OpenAPI 3.1 document of the News API, generated from the same schemas
 * the client validates with. Node-side only (the build writes
 * dist/openapi.json; the server serves it): not exported from the SDK entry,
 * so browser bundles never carry it.
 */
import * as z from 'zod/mini';
import {
  AbsoluteUrl,
  Article,
  ArticleSummary,
  ArticleSummaryPage,
  Author,
  Captcha,
  CaptchaAnswer,
  CodeCaptcha,
  Comment,
  CommentCounts,
  CommentDraft,
  CommentPage,
  CommentResult,
  Count,
  DateTime,
  ErrorBody,
  Image,
  Language,
  LanguageTag,
  PositiveInt,
  PowCaptcha,
  Reply,
  ReplyPage,
  Section,
  Translation,
  Url,
  ViewCount,
  limits,
} from './schemas.js';
import { CommentStatus, ModeratedComment, ModerationPage, ModerationSummary } from './admin.js';

type Json = Record<string, unknown>;

const components = {
  Article,
  ArticleSummary,
  ArticleSummaryPage,
  Author,
  Captcha,
  CaptchaAnswer,
  CodeCaptcha,
  Comment,
  CommentCounts,
  CommentDraft,
  CommentPage,
  CommentResult,
  CommentStatus,
  ErrorBody,
  Image,
  Language,
  LanguageList: z.array(Language),
  ModeratedComment,
  ModerationPage,
  ModerationSummary,
  PowCaptcha,
  Reply,
  ReplyPage,
  Section,
  Translation,
  ViewCount,
} as const;

// Refinements have no JSON Schema form; say in words and formats what they check.
const refinements = new Map<unknown, Json>([
  [Url, { format: 'uri-reference', description: 'An http(s) URL or a relative reference' }],
  [AbsoluteUrl, { format: 'uri', description: 'An absolute http(s) URL' }],
  [LanguageTag, { description: 'A BCP 47 language tag', examples: ['en', 'fa-IR', 'ur'] }],
  [DateTime, { format: 'date-time', description: 'ISO 8601 with a Z or ±hh:mm offset' }],
  [Count, { type: 'integer', minimum: 0 }],
  [PositiveInt, { type: 'integer', minimum: 1 }],
  [Captcha, { discriminator: { propertyName: 'kind' } }],
  [CaptchaAnswer, { discriminator: { propertyName: 'kind' } }],
]);

function schemas(): Record<string, Json> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(components)) registry.add(schema, { id });
  const result = z.toJSONSchema(registry, {
    io: 'input',
    target: 'draft-2020-12',
    uri: (id) => `#/components/schemas/${id}`,
    override: (ctx) => {
      const extra = refinements.get(ctx.zodSchema);
      if (extra) Object.assign(ctx.jsonSchema, extra);
    },
  });
  const out: Record<string, Json> = {};
  for (const [id, schema] of Object.entries(result.schemas)) {
    const { $schema: _drop, $id: _id, ...rest } = schema as Json;
    out[id] = rest;
  }
  return out;
}

const ref = (id: keyof typeof components) => ({ $ref: `#/components/schemas/${id}` });
const body = (id: keyof typeof components, description: string, headers?: Json) => ({
  description,
  ...(headers && { headers }),
  content: { 'application/json': { schema: ref(id) } },
});
const error = (description: string, headers?: Json) => body('ErrorBody', description, headers);
const replayed = {
  'Idempotent-Replayed': { description: '"true" when this is the stored answer to an earlier request with the same Idempotency-Key', schema: { type: 'string' } },
};
const retryAfter = { 'Retry-After': { description: 'Seconds to wait before trying again', schema: { type: 'integer' } } };
const query = (name: string, description: string, schema: Json = { type: 'string' }) => ({ name, in: 'query', required: false, description, schema });
const path = (name: string, description: string) => ({ name, in: 'path', required: true, description, schema: { type: 'string' } });
const idParam = path('id', 'Article id');
const commentId = path('id', 'Comment id');
const pageQuery = [
  query('cursor', 'The nextCursor of the previous page'),
  query('limit', 'Page size', { type: 'integer', minimum: 1, maximum: limits.pageSize }),
];
const adminSecurity = [{ adminToken: [] }];
const notAdmin = error('Missing or wrong token');

/** approve, reject and restore: one decision from the status the moderator saw. */
const decision = (operationId: string, summary: string, to: string) => ({
  post: {
    operationId,
    summary,
    security: adminSecurity,
    parameters: [commentId],
    requestBody: {
      required: false,
      description: 'The status the moderator saw; without it (callers from before it), any other status changes',
      content: { 'application/json': { schema: { type: 'object', properties: { from: ref('CommentStatus') } } } },
    },
    responses: {
      200: body('ModeratedComment', `The comment, now ${to}`),
      400: error('A body that is not JSON'),
      401: notAdmin,
      404: error('No such comment'),
      409: error('The comment is not in the status `from` named: code `already_approved`, `already_rejected` or `already_pending` says which it is in'),
      422: error('`from` is not a status'),
    },
  },
});

/** Builds the OpenAPI 3.1 document; `serverUrl` is the API root (default `/api`). */
export function openApiDocument(serverUrl = '/api'): Json {
  return {
    openapi: '3.1.0',
    info: {
      title: 'News API',
      version: '1.0.0',
      description:
        'The News API that news-elements reads and writes. Every response is validated by the SDK with the same schemas. ' +
        'Errors have the shape `{ error: { code, message, fieldErrors? } }`.',
    },
    servers: [{ url: serverUrl }],
    components: {
      schemas: schemas(),
      securitySchemes: { adminToken: { type: 'http', scheme: 'bearer', description: 'The ADMIN_TOKEN of the server' } },
    },
    paths: {
      '/languages': {
        get: { operationId: 'listLanguages', summary: 'The languages of the site', responses: { 200: body('LanguageList', 'Languages') } },
      },
      '/articles': {
        get: {
          operationId: 'listArticles',
          summary: 'Article summaries, newest first',
          parameters: [
            query('lang', 'Only articles in this language'),
            query('section', 'Only articles of this section id'),
            query('limit', 'Page size', { type: 'integer', minimum: 1, maximum: limits.pageSize }),
            query('cursor', 'The nextCursor of the previous page'),
            query('exclude', 'Comma-separated article ids to leave out'),
          ],
          responses: { 200: body('ArticleSummaryPage', 'A page of summaries'), 422: error('Bad query parameter') },
        },
      },
      '/articles/{id}': {
        get: {
          operationId: 'getArticleById',
          summary: 'One article by id',
          parameters: [idParam],
          responses: { 200: body('Article', 'The article'), 404: error('No such article') },
        },
      },
      '/articles/by-slug/{slug}': {
        get: {
          operationId: 'getArticleBySlug',
          summary: 'One article by slug',
          parameters: [path('slug', 'Article slug'), query('lang', 'The language version to return')],
          responses: { 200: body('Article', 'The article'), 404: error('No such article') },
        },
      },
      '/articles/{id}/views': {
        post: {
          operationId: 'recordView',
          summary: 'Counts one view',
          parameters: [idParam],
          responses: { 200: body('ViewCount', 'The new view count'), 404: error('No such article') },
        },
      },
      '/articles/{id}/comments': {
        get: {
          operationId: 'listComments',
          summary: 'Approved top-level comments, oldest first by default, each with its reply count, first approved replies and the cursor of the rest',
          parameters: [idParam, ...pageQuery, query('order', 'Sort order', { type: 'string', enum: ['oldest', 'newest'] })],
          responses: { 200: body('CommentPage', 'A page of comments'), 404: error('No such article'), 422: error('Bad query parameter') },
        },
        post: {
          operationId: 'postComment',
          summary: 'Submits a comment',
          parameters: [
            idParam,
            {
              name: 'Idempotency-Key',
              in: 'header',
              required: false,
              description: 'The same key on every retry of one submission; a replay returns the first answer and stores nothing',
              schema: { type: 'string', maxLength: 200 },
            },
          ],
          requestBody: { required: true, content: { 'application/json': { schema: ref('CommentDraft') } } },
          responses: {
            201: body('CommentResult', 'Published', replayed),
            202: body('CommentResult', 'Held for moderation', replayed),
            400: error('Refused (the reason is not given, e.g. a filled honeypot) or a body that is not JSON'),
            404: error('No such article'),
            409: error('Comments are closed, or the Idempotency-Key was used with another body'),
            415: error('Not application/json'),
            413: error('Body too large (16 KB)'),
            422: error('Invalid fields; fieldErrors names them'),
            429: error('Too many comments', retryAfter),
          },
        },
      },
      '/captcha': {
        get: { operationId: 'getCaptcha', summary: 'A fresh, single-use challenge', responses: { 200: body('Captcha', 'A challenge') } },
      },
      '/comments/{id}/replies': {
        get: {
          operationId: 'listReplies',
          summary: "A top-level comment's approved replies, oldest first; its repliesCursor continues after those listed with it",
          parameters: [commentId, ...pageQuery],
          responses: {
            200: body('ReplyPage', 'A page of replies'),
            404: error('No such comment, not approved, or itself a reply'),
            422: error('Bad query parameter'),
          },
        },
      },
      '/comments/counts': {
        get: {
          operationId: 'commentCounts',
          summary: 'Approved comments per article, replies included (those under a parent readers do not see left out); unknown ids count 0',
          parameters: [{ name: 'ids', in: 'query', required: true, description: '1 to 100 article ids, comma-separated', schema: { type: 'string' } }],
          responses: { 200: body('CommentCounts', 'Counts by article id'), 422: error('No ids, more than 100, or one that is not an id') },
        },
      },
      '/admin/comments': {
        get: {
          operationId: 'listModerationQueue',
          summary: 'Comments by moderation status: pending oldest first, approved and rejected latest decision first',
          security: adminSecurity,
          parameters: [query('status', 'Moderation status (default pending)', { type: 'string', enum: ['pending', 'approved', 'rejected'] }), ...pageQuery],
          responses: { 200: body('ModerationPage', 'Comments with their status, article title and why they were held'), 401: notAdmin, 422: error('Bad query parameter') },
        },
      },
      '/admin/comments/summary': {
        get: {
          operationId: 'moderationSummary',
          summary: 'How many comments each status holds',
          security: adminSecurity,
          responses: { 200: body('ModerationSummary', 'Counts by status'), 401: notAdmin },
        },
      },
      '/admin/comments/{id}/approve': decision('approveComment', 'Publishes a comment', 'approved'),
      '/admin/comments/{id}/reject': decision('rejectComment', 'Rejects a comment', 'rejected'),
      '/admin/comments/{id}/restore': decision('restoreComment', 'Sends a decided comment back to the queue (undo)', 'pending'),
    },
  };
}
