/**
 * Comments: the public lists, the moderation queue, and what posting one needs in its transaction
 * (the idempotency record of its answer, the client's rate-limit events, the insert).
 */
import type { Comment, Page, Reply } from '../../../src/sdk/schemas.js';
import type { CommentStatus, ModeratedComment, ModerationSummary } from '../../../src/sdk/admin.js';
import type { Db, Queryable, Row } from '../db.js';
import { encodeCursor, pageOf, type PageRequest } from '../paging.js';
import { iso, str } from './rows.js';

/** How many replies come with each comment of an article's list; `listReplies` gives the rest. */
export const REPLIES_SHOWN = 3;

const COLUMNS = 'c.id, c.article_id, c.parent_id, c.author_name, c.body, c.created_at';
const MODERATED_COLUMNS = `${COLUMNS}, c.status, c.hold_code, c.hold_reason, c.moderated_at, a.title as article_title`;
const MODERATED_FROM = 'comments c join articles a on a.id = c.article_id';
/** When a comment was decided: approved at once (no moderator) counts from its posting. */
const DECIDED_AT = 'coalesce(c.moderated_at, c.created_at)';
/** Now, to the millisecond: stored times are cursors, and a cursor carries milliseconds. */
const NOW_MS = "date_trunc('milliseconds', clock_timestamp())";

function toComment(row: Row): Reply {
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
  const moderatedAt = str(row.moderated_at);
  return {
    ...toComment(row),
    status: String(row.status) as CommentStatus,
    articleTitle: String(row.article_title),
    ...(holdCode !== undefined && { holdCode }),
    ...(holdReason !== undefined && { holdReason }),
    ...(moderatedAt !== undefined && { moderatedAt: iso(row.moderated_at) }),
  };
}

interface ListSpec {
  columns: string;
  /** The from-clause; the comments table is `c`. */
  from: string;
  /** The filter, with `$1`... for `params`. */
  where: string;
  params: unknown[];
  /** The sort key (a timestamptz expression); ties are broken by id. */
  sortKey: string;
  newest: boolean;
}

/** One page of a list, in the order of its sort key and id, after the request's cursor. */
async function listPage<T>(db: Queryable, spec: ListSpec, q: PageRequest, map: (row: Row) => T): Promise<Page<T>> {
  const params = [...spec.params];
  let where = spec.where;
  const cmp = spec.newest ? '<' : '>';
  if (q.after) {
    params.push(q.after[0], q.after[1]);
    where += ` and (${spec.sortKey}, c.id) ${cmp} ($${params.length - 1}::timestamptz, $${params.length})`;
  }
  params.push(q.limit + 1);
  const dir = spec.newest ? 'desc' : 'asc';
  const rows = await db.query(
    `select ${spec.columns}, ${spec.sortKey} as sort_key from ${spec.from} where ${where} order by ${spec.sortKey} ${dir}, c.id ${dir} limit $${params.length}`,
    params,
  );
  const page = pageOf(rows, q.limit, (row) => [iso(row.sort_key), String(row.id)]);
  return { items: page.items.map(map), nextCursor: page.nextCursor };
}

export interface CommentQuery extends PageRequest {
  newest: boolean;
}

type Thread = Required<Pick<Comment, 'replyCount' | 'replies' | 'repliesCursor'>>;

/** The first approved replies of each comment, oldest first, with their count: one query for a whole page. */
async function threadsOf(db: Queryable, ids: string[]): Promise<Map<string, Thread>> {
  const threads = new Map<string, Thread>(ids.map((id) => [id, { replyCount: 0, replies: [], repliesCursor: null }]));
  if (ids.length === 0) return threads;
  const rows = await db.query(
    `select * from (
       select ${COLUMNS}, row_number() over (partition by c.parent_id order by c.created_at, c.id) as n,
              count(*) over (partition by c.parent_id)::int as total
       from comments c where c.parent_id = any($1::text[]) and c.status = 'approved'
     ) r where n <= $2 order by parent_id, n`,
    [ids, REPLIES_SHOWN],
  );
  for (const row of rows) {
    const thread = threads.get(String(row.parent_id));
    if (!thread) continue;
    const reply = toComment(row);
    thread.replies.push(reply);
    thread.replyCount = Number(row.total);
    if (thread.replyCount > REPLIES_SHOWN && thread.replies.length === REPLIES_SHOWN) thread.repliesCursor = encodeCursor(reply.createdAt, reply.id);
  }
  return threads;
}

/** An article's approved top-level comments, each with its first approved replies. */
export async function listComments(db: Queryable, articleId: string, q: CommentQuery): Promise<Page<Comment>> {
  const page = await listPage(
    db,
    { columns: COLUMNS, from: 'comments c', where: "c.article_id = $1 and c.status = 'approved' and c.parent_id is null", params: [articleId], sortKey: 'c.created_at', newest: q.newest },
    q,
    toComment,
  );
  const threads = await threadsOf(db, page.items.map((c) => c.id));
  return { items: page.items.map((c) => ({ ...c, ...threads.get(c.id) })), nextCursor: page.nextCursor };
}

/** The approved replies of an approved top-level comment, oldest first. */
export function listReplies(db: Queryable, commentId: string, q: PageRequest): Promise<Page<Reply>> {
  return listPage(
    db,
    { columns: COLUMNS, from: 'comments c', where: "c.parent_id = $1 and c.status = 'approved'", params: [commentId], sortKey: 'c.created_at', newest: false },
    q,
    toComment,
  );
}

/**
 * The version of a comment's replies as readers see them (for ETags), or undefined when readers do not
 * see the comment: it does not exist, is not approved, or is itself a reply.
 */
export async function repliesVersion(db: Queryable, commentId: string): Promise<string | undefined> {
  const [row] = await db.query<{ n: number; at: string | null }>(
    `select count(r.id)::int as n, max(coalesce(r.moderated_at, r.created_at))::text as at
     from comments p left join comments r on r.parent_id = p.id and r.status = 'approved'
     where p.id = $1 and p.status = 'approved' and p.parent_id is null group by p.id`,
    [commentId],
  );
  return row ? `${row.n}-${row.at ?? ''}` : undefined;
}

/** How many approved comments an article has, and when the last one was posted or moderated (for ETags). */
export async function commentsVersion(db: Queryable, articleId: string): Promise<string> {
  const [row] = await db.query<{ n: number; at: string | null }>(
    "select count(*)::int as n, max(coalesce(moderated_at, created_at))::text as at from comments where article_id = $1 and status = 'approved'",
    [articleId],
  );
  return `${row?.n ?? 0}-${row?.at ?? ''}`;
}

/** What readers see per article: its approved comments (replies under a parent readers do not see left out), and when the last of them changed. */
export interface ArticleCount {
  n: number;
  at: string;
}

export async function commentCounts(db: Queryable, articleIds: string[]): Promise<Map<string, ArticleCount>> {
  const rows = await db.query<{ article_id: string; n: number; at: string }>(
    `select c.article_id, count(*)::int as n, max(coalesce(c.moderated_at, c.created_at))::text as at
     from comments c left join comments p on p.id = c.parent_id
     where c.article_id = any($1::text[]) and c.status = 'approved' and (c.parent_id is null or p.status = 'approved')
     group by c.article_id`,
    [articleIds],
  );
  return new Map(rows.map((r) => [String(r.article_id), { n: Number(r.n), at: String(r.at) }]));
}

/** The moderation queue's tabs: pending oldest first (the longest waiting on top), decided ones latest decision first. */
export function listForModeration(db: Queryable, status: CommentStatus, q: PageRequest): Promise<Page<ModeratedComment>> {
  const pending = status === 'pending';
  return listPage(
    db,
    {
      columns: MODERATED_COLUMNS,
      from: MODERATED_FROM,
      where: 'c.status = $1',
      params: [status],
      sortKey: pending ? 'c.created_at' : DECIDED_AT,
      newest: !pending,
    },
    q,
    toModerated,
  );
}

export async function moderationSummary(db: Queryable): Promise<ModerationSummary> {
  const [row] = await db.query<ModerationSummary>(
    `select count(*) filter (where status = 'pending')::int as pending,
            count(*) filter (where status = 'approved')::int as approved,
            count(*) filter (where status = 'rejected')::int as rejected
     from comments`,
  );
  return { pending: Number(row?.pending ?? 0), approved: Number(row?.approved ?? 0), rejected: Number(row?.rejected ?? 0) };
}

export type Decision =
  | { kind: 'changed'; comment: ModeratedComment }
  /** Nothing changed: the comment is in another status than the one the moderator saw (or already in the one asked for). */
  | { kind: 'unchanged'; comment: ModeratedComment }
  | { kind: 'missing' };

/**
 * Moves a comment to `to`, only from `from` when given (any other status otherwise), in one statement:
 * of two moderators acting on one comment at once, one changes it and the other is told it changed.
 */
export async function decide(db: Queryable, id: string, to: CommentStatus, from: CommentStatus | undefined): Promise<Decision> {
  const [row] = await db.query(
    `update comments c set status = $2, moderated_at = ${NOW_MS}
     from articles a
     where a.id = c.article_id and c.id = $1 and c.status <> $2 and ($3::text is null or c.status = $3::text)
     returning ${MODERATED_COLUMNS}`,
    [id, to, from ?? null],
  );
  if (row) return { kind: 'changed', comment: toModerated(row) };
  const [current] = await db.query(`select ${MODERATED_COLUMNS} from ${MODERATED_FROM} where c.id = $1`, [id]);
  return current ? { kind: 'unchanged', comment: toModerated(current) } : { kind: 'missing' };
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

/**
 * The top-level comment a reply to `parentId` hangs under (replies are one level deep), when readers see
 * the parent on this article: it is approved, and so is its own parent if it is a reply.
 */
export async function replyTarget(tx: Queryable, parentId: string, articleId: string): Promise<string | undefined> {
  const [row] = await tx.query<{ top: string }>(
    `select coalesce(p.parent_id, p.id) as top from comments p left join comments t on t.id = p.parent_id
     where p.id = $1 and p.article_id = $2 and p.status = 'approved' and (p.parent_id is null or t.status = 'approved')`,
    [parentId, articleId],
  );
  return row ? String(row.top) : undefined;
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
  status: CommentStatus;
  holdCode: string | undefined;
  holdReason: string | undefined;
  commenterKey: string | undefined;
  /** Now when not given (the seed writes comments of the past). */
  createdAt?: Date;
  moderatedAt?: Date;
}

/** Stores a comment (created now, to the millisecond, so that cursors of its time find it again). */
export async function insertComment(tx: Queryable, c: NewComment): Promise<Comment> {
  const [row] = await tx.query(
    `insert into comments (id, article_id, parent_id, author_name, email, body, status, hold_code, hold_reason, commenter_key, created_at, moderated_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, coalesce($11::timestamptz, ${NOW_MS}), $12::timestamptz)
     returning id, article_id, parent_id, author_name, body, created_at`,
    [
      c.id,
      c.articleId,
      c.parentId ?? null,
      c.authorName,
      c.email,
      c.body,
      c.status,
      c.holdCode ?? null,
      c.holdReason ?? null,
      c.commenterKey ?? null,
      c.createdAt?.toISOString() ?? null,
      c.moderatedAt?.toISOString() ?? null,
    ],
  );
  if (!row) throw new Error('insert returned no row');
  return toComment(row);
}
