/**
 * Comments: the public lists, the moderation queue, and what posting one needs in its transaction
 * (the idempotency record of its answer, the client's rate-limit events, the insert).
 */
import type { Comment } from '../../../src/sdk/schemas.js';
import type { Db, Queryable, Row } from '../db.js';
import { pageOf, type PageRequest } from '../paging.js';
import type { CommentStatus, ModeratedComment } from '../schemas.js';
import { iso, str } from './rows.js';

const COMMENT_COLUMNS = 'id, article_id, parent_id, author_name, body, status, hold_code, hold_reason, created_at';

function toComment(row: Row): Comment {
  const parentId = str(row.parent_id);
  return {
    id: String(row.id),
    articleId: String(row.article_id),
    authorName: String(row.author_name),
    body: String(row.body),
    createdAt: iso(row.created_at),
    ...(parentId !== undefined && { parentId }),
  };
}

function toModerated(row: Row): ModeratedComment {
  const holdCode = str(row.hold_code);
  const holdReason = str(row.hold_reason);
  return {
    ...toComment(row),
    status: String(row.status) as CommentStatus,
    ...(holdCode !== undefined && { holdCode }),
    ...(holdReason !== undefined && { holdReason }),
  };
}

export interface CommentQuery extends PageRequest {
  newest: boolean;
}

async function listWhere<T extends Comment>(
  db: Queryable,
  filter: string,
  filterParams: unknown[],
  q: CommentQuery,
  map: (row: Row) => T,
): Promise<{ items: T[]; nextCursor: string | null }> {
  const params = [...filterParams];
  let where = filter;
  if (q.after) {
    params.push(q.after[0], q.after[1]);
    where += ` and (created_at, id) ${q.newest ? '<' : '>'} ($${params.length - 1}::timestamptz, $${params.length})`;
  }
  params.push(q.limit + 1);
  const dir = q.newest ? 'desc' : 'asc';
  const rows = await db.query(
    `select ${COMMENT_COLUMNS} from comments where ${where} order by created_at ${dir}, id ${dir} limit $${params.length}`,
    params,
  );
  return pageOf(rows.map(map), q.limit, (item) => [item.createdAt, item.id]);
}

/** An article's approved comments. */
export function listComments(db: Queryable, articleId: string, q: CommentQuery) {
  return listWhere(db, "article_id = $1 and status = 'approved'", [articleId], q, toComment);
}

export function listForModeration(db: Queryable, status: CommentStatus, q: CommentQuery) {
  return listWhere(db, 'status = $1', [status], q, toModerated);
}

export async function moderate(db: Queryable, id: string, status: 'approved' | 'rejected'): Promise<Comment | undefined> {
  const [row] = await db.query(
    `update comments set status = $2, moderated_at = now() where id = $1 returning ${COMMENT_COLUMNS}`,
    [id, status],
  );
  return row ? toComment(row) : undefined;
}

/** How many approved comments an article has, and when the last one was posted or moderated (for ETags). */
export async function commentsVersion(db: Queryable, articleId: string): Promise<string> {
  const [row] = await db.query<{ n: number; at: string | null }>(
    "select count(*)::int as n, max(coalesce(moderated_at, created_at))::text as at from comments where article_id = $1 and status = 'approved'",
    [articleId],
  );
  return `${row?.n ?? 0}-${row?.at ?? ''}`;
}

/** What an Idempotency-Key stands for: the request it first came with, by hash. */
export interface IdempotencyRequest {
  scope: string;
  key: string;
  requestHash: string;
}

/** The first answer to a key, kept to be replayed. */
export interface StoredAnswer {
  status: number;
  body: string;
}

export type Idempotent<T> = { kind: 'ran'; value: T } | { kind: 'replay'; answer: StoredAnswer } | { kind: 'key_reused' };

/**
 * Runs a post in one transaction, so that processes sharing the database behave as one. With an
 * idempotency key, the key is locked first (concurrent requests with it queue up), an answer stored
 * for it is replayed (or refused when it was for another request), and `run`'s answer, when
 * `answerOf` gives one, is stored before the commit: the comment and its answer are kept together.
 */
export async function postTransaction<T>(
  db: Db,
  idempotency: IdempotencyRequest | undefined,
  run: (tx: Queryable) => Promise<T>,
  answerOf: (value: T) => StoredAnswer | undefined,
): Promise<Idempotent<T>> {
  return db.transaction(async (tx): Promise<Idempotent<T>> => {
    if (idempotency) {
      const { scope, key, requestHash } = idempotency;
      await tx.query('select pg_advisory_xact_lock(hashtext($1))', [`idem:${scope}:${key}`]);
      const [stored] = await tx.query<{ request_hash: string; status: number; body: string }>(
        'select request_hash, status, body from idempotency_keys where scope = $1 and key = $2',
        [scope, key],
      );
      if (stored) return stored.request_hash === requestHash ? { kind: 'replay', answer: { status: stored.status, body: stored.body } } : { kind: 'key_reused' };
    }
    const value = await run(tx);
    const answer = idempotency && answerOf(value);
    if (idempotency && answer) {
      await tx.query('insert into idempotency_keys (scope, key, request_hash, status, body) values ($1, $2, $3, $4, $5)', [
        idempotency.scope,
        idempotency.key,
        idempotency.requestHash,
        answer.status,
        answer.body,
      ]);
    }
    return { kind: 'ran', value };
  });
}

/** Whether `id` is an approved comment on the article (a reply's parent must be). */
export async function isApprovedComment(tx: Queryable, id: string, articleId: string): Promise<boolean> {
  return (await tx.query("select 1 from comments where id = $1 and article_id = $2 and status = 'approved'", [id, articleId])).length > 0;
}

/** A client's comment attempts of the last hour, and the seconds until each limit lets it post again. */
export interface CommentRate {
  /** Attempts within `recentSeconds`. */
  recent: number;
  hour: number;
  /** Attempts within `burstMinutes`. */
  burst: number;
  waitRecent: number;
  waitHour: number;
}

/**
 * Counts the comment attempts of `client` (its hashes; see clientHashes) after taking its lock, which
 * holds other posts of the client until this transaction ends, so that they count this one.
 */
export async function lockCommentRate(tx: Queryable, client: string[], recentSeconds: number, burstMinutes: number): Promise<CommentRate | undefined> {
  await tx.query('select pg_advisory_xact_lock(hashtext($1))', [`rate:${client[0]}`]);
  const [rate] = await tx.query<{ recent: number; hour: number; burst: number; wait_recent: number | null; wait_hour: number | null }>(
    `select count(*) filter (where at > now() - make_interval(secs => $2))::int as recent,
            count(*)::int as hour,
            count(*) filter (where at > now() - make_interval(mins => $3))::int as burst,
            extract(epoch from (max(at) + make_interval(secs => $2) - now()))::float8 as wait_recent,
            extract(epoch from (min(at) + interval '1 hour' - now()))::float8 as wait_hour
     from rate_events where client = any($1::text[]) and action = 'comment' and at > now() - interval '1 hour'`,
    [client, recentSeconds, burstMinutes],
  );
  if (!rate) return undefined;
  return { recent: rate.recent, hour: rate.hour, burst: rate.burst, waitRecent: Number(rate.wait_recent), waitHour: Number(rate.wait_hour) };
}

/** Counts one comment attempt of the client (its current hash). */
export async function countCommentAttempt(tx: Queryable, client: string): Promise<void> {
  await tx.query("insert into rate_events (client, action) values ($1, 'comment')", [client]);
}

/** Whether a comment with this email and commenter key (hashed) was approved before. */
export async function isKnownCommenter(tx: Queryable, email: string, commenterKey: string): Promise<boolean> {
  const rows = await tx.query("select 1 from comments where lower(email) = lower($1) and commenter_key = $2 and status = 'approved' limit 1", [email, commenterKey]);
  return rows.length > 0;
}

export interface NewComment {
  id: string;
  articleId: string;
  parentId: string | undefined;
  authorName: string;
  email: string;
  body: string;
  status: 'approved' | 'pending';
  holdCode: string | undefined;
  holdReason: string | undefined;
  commenterKey: string | undefined;
}

/** Stores a comment (created now, to the millisecond, so that cursors of its time find it again). */
export async function insertComment(tx: Queryable, c: NewComment): Promise<Comment> {
  const [row] = await tx.query(
    `insert into comments (id, article_id, parent_id, author_name, email, body, status, hold_code, hold_reason, commenter_key, created_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, date_trunc('milliseconds', clock_timestamp()))
     returning id, article_id, parent_id, author_name, body, created_at`,
    [c.id, c.articleId, c.parentId ?? null, c.authorName, c.email, c.body, c.status, c.holdCode ?? null, c.holdReason ?? null, c.commenterKey ?? null],
  );
  if (!row) throw new Error('insert returned no row');
  return toComment(row);
}
