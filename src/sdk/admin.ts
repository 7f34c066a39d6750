/**
 * `createNewsAdminClient()`: the typed client of the News API's moderation
 * routes (`/admin/*`, behind the admin token), validated like the reader's
 * client. DOM-free. What `<news-moderation-queue>` and a CMS plugin's admin
 * screen use.
 *
 * Every decision names the status the moderator saw (`from`): when another
 * moderator acted first, the server answers 409 with the code
 * `already_approved`, `already_rejected` or `already_pending` (a
 * `NewsHttpError`), and nothing changes twice.
 */
import { engineOf, type CallOptions, type NewsClientSettings } from './client.js';
import { send } from './http.js';
import { Comment, Count, Id, Page } from './schemas.js';
import * as z from 'zod/mini';

export const CommentStatus = z.literal(['pending', 'approved', 'rejected']);
export type CommentStatus = z.infer<typeof CommentStatus>;

/**
 * Why a comment was held for moderation, as a code the queue words in the
 * moderator's language: `first_comment` (no earlier approved comment from this
 * commenter), `links`, `rule` (a site rule; `holdReason` says which), `all`
 * (every comment is held), `reported`.
 */
export const HoldCode = z.string().check(z.maxLength(100));

/** A comment as moderators see it: its status, its article's title, and why it was held. */
// The shape spread rather than z.extend(): extend's code would land in the SDK chunk every reader page loads.
export const ModeratedComment = z.object({
  ...Comment.shape,
  status: CommentStatus,
  articleTitle: z.string().check(z.minLength(1), z.maxLength(300)),
  holdCode: z.optional(HoldCode),
  /** The rule or detail, in the site's words (not translated). */
  holdReason: z.optional(z.string().check(z.maxLength(1_000))),
  /** When it was last approved, rejected or sent back to the queue. */
  moderatedAt: z.optional(z.string().check(z.maxLength(40))),
});
export type ModeratedComment = z.infer<typeof ModeratedComment>;

export const ModerationPage = Page(ModeratedComment);

/** How many comments each tab of the queue holds. */
export const ModerationSummary = z.object({ pending: Count, approved: Count, rejected: Count });
export type ModerationSummary = z.infer<typeof ModerationSummary>;

export interface NewsAdminClientOptions extends NewsClientSettings {
  /** The API root, e.g. `https://news.example.org/api`, or `/api` in a browser. */
  baseUrl: string | URL;
  /** The admin token the server printed at its first start. */
  token: string;
}

export interface ListModerationParams {
  /** Which tab: `pending` (default; oldest first), `approved` or `rejected` (latest decision first). */
  status?: CommentStatus;
  cursor?: string;
  /** Page size, 1 to 100 (default 50). */
  limit?: number;
}

export interface DecisionOptions extends CallOptions {
  /** The status the moderator saw; a comment found in another one answers 409 `already_<status>`. */
  from: CommentStatus;
}

export interface NewsAdminClient {
  readonly baseUrl: string;
  listComments(params?: ListModerationParams, options?: CallOptions): Promise<Page<ModeratedComment>>;
  summary(options?: CallOptions): Promise<ModerationSummary>;
  approve(commentId: string, options: DecisionOptions): Promise<ModeratedComment>;
  reject(commentId: string, options: DecisionOptions): Promise<ModeratedComment>;
  /** Sends a decided comment back to the queue (what "undo" does). */
  restore(commentId: string, options: DecisionOptions): Promise<ModeratedComment>;
}

/** Creates the moderation client. Throws a TypeError on bad options. */
export function createNewsAdminClient(options: NewsAdminClientOptions): NewsAdminClient {
  if (typeof options !== 'object' || options === null) throw new TypeError('createNewsAdminClient: options must be an object');
  const token = options.token;
  if (typeof token !== 'string' || !/^[\x21-\x7e]{8,200}$/.test(token)) {
    throw new TypeError('createNewsAdminClient: token must be the admin token (8 to 200 visible ASCII characters)');
  }
  const engine = engineOf(options.baseUrl, { ...options, headers: { ...options.headers, authorization: `Bearer ${token}` } });
  const path = (id: string, action: string) => `admin/comments/${encodeURIComponent(Id.parse(id))}/${action}`;
  const decide = (action: string) => (id: string, call: DecisionOptions) =>
    send(engine, {
      method: 'POST',
      path: path(id, action),
      body: { from: CommentStatus.parse(call.from) },
      schema: ModeratedComment,
      what: 'moderated comment',
      signal: call.signal,
    });

  return {
    baseUrl: engine.baseUrl.href,
    listComments(params = {}, call = {}) {
      const limit = params.limit === undefined ? undefined : Math.min(Math.max(1, Math.trunc(params.limit)), 100);
      return send(engine, {
        method: 'GET',
        path: 'admin/comments',
        query: { status: params.status, cursor: params.cursor, limit },
        schema: ModerationPage,
        what: 'moderation page',
        signal: call.signal,
      });
    },
    summary(call = {}) {
      return send(engine, { method: 'GET', path: 'admin/comments/summary', schema: ModerationSummary, what: 'moderation summary', signal: call.signal });
    },
    approve: decide('approve'),
    reject: decide('reject'),
    restore: decide('restore'),
  };
}
