/**
 * Posting a comment: idempotency, rate limit, honeypot, captcha, moderation
 * and the insert, in one transaction, so that processes sharing a database
 * behave as one (advisory locks order concurrent posts per client and key).
 */
import { createHash, createHmac, randomBytes, randomUUID } from 'node:crypto';
import type { CommentDraft, CommentResult } from '../../src/sdk/schemas.js';
import { checkAnswer } from './captcha.js';
import { checkCode } from './captcha-code.js';
import type { Moderation } from './config.js';
import type { Db, Queryable } from './db.js';
import { ensureSetting, toComment } from './store.js';

export const RATE = { burstSeconds: 10, hourly: 20, autoBurstWindowMinutes: 10, autoBurstCount: 3 } as const;

export type PostOutcome =
  | { kind: 'created'; status: 201 | 202; body: CommentResult; replayed: boolean }
  | { kind: 'error'; status: number; code: string; message: string; fieldErrors?: Record<string, string[]>; retryAfter?: number };

const hold = {
  premoderation: 'All comments are reviewed before publication (MODERATION=pre).',
  link: 'The comment contains a link.',
  first_comment: 'The first comment from this email address.',
  burst: `${RATE.autoBurstCount} or more comments from one client within ${RATE.autoBurstWindowMinutes} minutes.`,
} as const;

const LINK = /(https?:\/\/|www\.|\b[a-z\d-]+\.(com|net|org|io|ru|xyz|info|biz)\b)/i;

const dayKeys = new Map<string, string>();

/**
 * What stands for one client in the rate limits: an IPv4 address, or an IPv6 /64 (one household or
 * device gets a whole /64 and can pick any address in it). IPv4-mapped IPv6 is IPv4.
 */
export function clientKey(address: string): string {
  const mapped = /^::ffff:(\d{1,3}(\.\d{1,3}){3})$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (!address.includes(':')) return address;
  const zoneless = address.split('%')[0]!.toLowerCase();
  const [head = '', tail = ''] = zoneless.split('::');
  const left = head ? head.split(':') : [];
  const right = zoneless.includes('::') ? (tail ? tail.split(':') : []) : [];
  const groups = zoneless.includes('::') ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right] : left;
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}

async function keyOf(db: Queryable, day: string): Promise<string> {
  let key = dayKeys.get(day);
  if (!key) {
    key = await ensureSetting(db, `client_key:${day}`, randomBytes(32).toString('hex'));
    dayKeys.set(day, key);
  }
  return key;
}

/**
 * The keyed hashes that stand for a client in the rate-limit table: today's first (what is written),
 * then yesterday's, so that the counters of the last hour carry over midnight. The key is random per
 * UTC day, shared through the database, and deleted once two days old: older hashes can no longer be
 * tied to an address. The address itself is never stored.
 */
export async function clientHashes(db: Queryable, address: string, now = new Date()): Promise<string[]> {
  const today = now.toISOString().slice(0, 10);
  const yesterday = new Date(now.getTime() - 86_400_000).toISOString().slice(0, 10);
  if (!dayKeys.has(today)) {
    await db.query("delete from settings where key like 'client_key:%' and key not in ($1, $2)", [`client_key:${today}`, `client_key:${yesterday}`]);
    for (const day of dayKeys.keys()) if (day !== today && day !== yesterday) dayKeys.delete(day);
  }
  const client = clientKey(address);
  return Promise.all([today, yesterday].map(async (day) => createHmac('sha256', await keyOf(db, day)).update(client).digest('base64url')));
}

export interface PostDeps {
  db: Db;
  moderation: Moderation;
  captchaSecret: string;
  captchaKind: 'pow' | 'code';
}

export interface PostInput {
  articleId: string;
  draft: CommentDraft;
  /** The client's hashes (clientHashes): rows are written with the first, counted with all. */
  client: string[];
  idempotencyKey: string | undefined;
}

function requestHash(articleId: string, draft: CommentDraft): string {
  return createHash('sha256').update(JSON.stringify([articleId, draft])).digest('hex');
}

export async function postComment(deps: PostDeps, input: PostInput): Promise<PostOutcome> {
  const { db } = deps;
  const { articleId, draft, client, idempotencyKey } = input;
  const scope = `comment:${articleId}`;
  const hash = requestHash(articleId, draft);
  const outcome = await db.transaction(async (tx): Promise<PostOutcome> => {
    if (idempotencyKey !== undefined) {
      await tx.query('select pg_advisory_xact_lock(hashtext($1))', [`idem:${scope}:${idempotencyKey}`]);
      const [stored] = await tx.query<{ request_hash: string; status: number; body: string }>(
        'select request_hash, status, body from idempotency_keys where scope = $1 and key = $2',
        [scope, idempotencyKey],
      );
      if (stored) {
        if (stored.request_hash !== hash) {
          return { kind: 'error', status: 409, code: 'idempotency_key_reused', message: 'This Idempotency-Key was used for a different request.' };
        }
        return { kind: 'created', status: stored.status as 201 | 202, body: JSON.parse(stored.body) as CommentResult, replayed: true };
      }
    }
    const [article] = await tx.query<{ comments_open: boolean }>('select comments_open from articles where id = $1', [articleId]);
    if (!article) return { kind: 'error', status: 404, code: 'not_found', message: 'No such article.' };
    if (!article.comments_open) return { kind: 'error', status: 409, code: 'comments_closed', message: 'Comments on this article are closed.' };
    if (draft.parentId !== undefined) {
      const [parent] = await tx.query("select 1 from comments where id = $1 and article_id = $2 and status = 'approved'", [draft.parentId, articleId]);
      if (!parent) return { kind: 'error', status: 422, code: 'invalid_fields', message: 'Some fields are not valid.', fieldErrors: { parentId: ['No such comment on this article.'] } };
    }

    await tx.query('select pg_advisory_xact_lock(hashtext($1))', [`rate:${client[0]}`]);
    const [rate] = await tx.query<{ recent: number; hour: number; burst: number; wait_recent: number | null; wait_hour: number | null }>(
      `select count(*) filter (where at > now() - make_interval(secs => $2))::int as recent,
              count(*)::int as hour,
              count(*) filter (where at > now() - make_interval(mins => $3))::int as burst,
              extract(epoch from (max(at) + make_interval(secs => $2) - now()))::float8 as wait_recent,
              extract(epoch from (min(at) + interval '1 hour' - now()))::float8 as wait_hour
       from rate_events where client = any($1::text[]) and action = 'comment' and at > now() - interval '1 hour'`,
      [client, RATE.burstSeconds, RATE.autoBurstWindowMinutes],
    );
    if (rate && (rate.recent > 0 || rate.hour >= RATE.hourly)) {
      const wait = rate.recent > 0 ? Number(rate.wait_recent) : Number(rate.wait_hour);
      return {
        kind: 'error',
        status: 429,
        code: 'rate_limited',
        message: 'Too many comments from this connection; try again later.',
        retryAfter: Math.max(1, Math.ceil(wait)),
      };
    }
    const countAttempt = () => tx.query("insert into rate_events (client, action) values ($1, 'comment')", [client[0]]);
    if (draft.website !== undefined && draft.website.trim() !== '') {
      await countAttempt(); // bots that fill the hidden field count against the limit too
      return { kind: 'error', status: 400, code: 'comment_refused', message: 'The comment could not be accepted.' };
    }

    const answer = draft.captcha;
    if (answer.kind !== deps.captchaKind) {
      const words = 'This security check is not the one this server uses; please reload it.';
      return { kind: 'error', status: 422, code: 'captcha_invalid', message: words, fieldErrors: { captcha: [words] } };
    }
    const verdict =
      answer.kind === 'pow'
        ? await checkAnswer(tx, deps.captchaSecret, answer.payload)
        : await checkCode(tx, deps.captchaSecret, answer.token, answer.code);
    if (verdict !== 'ok') {
      const words = verdict === 'expired' ? 'The security check expired; please try again.' : verdict === 'reused' ? 'This security check was already used; please try again.' : 'The security check failed; please try again.';
      return { kind: 'error', status: 422, code: `captcha_${verdict}`, message: words, fieldErrors: { captcha: [words] } };
    }

    await countAttempt();

    const commenterKey = draft.commenterKey && createHash('sha256').update(draft.commenterKey).digest('base64url');
    let holdCode: keyof typeof hold | undefined;
    if (deps.moderation === 'pre') holdCode = 'premoderation';
    else if (deps.moderation === 'auto') {
      if (LINK.test(draft.body) || LINK.test(draft.authorName)) holdCode = 'link';
      else if (rate && rate.burst >= RATE.autoBurstCount) holdCode = 'burst';
      else {
        // Known means: an approved comment with this email *and* this browser's key. The email is never
        // verified, so someone else's address alone must not skip the hold.
        const [known] = commenterKey
          ? await tx.query("select 1 from comments where lower(email) = lower($1) and commenter_key = $2 and status = 'approved' limit 1", [draft.email, commenterKey])
          : [];
        if (!known) holdCode = 'first_comment';
      }
    }
    const status = holdCode === undefined ? 'approved' : 'pending';
    const [row] = await tx.query(
      `insert into comments (id, article_id, parent_id, author_name, email, body, status, hold_code, hold_reason, commenter_key, created_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, date_trunc('milliseconds', clock_timestamp()))
       returning id, article_id, parent_id, author_name, body, created_at`,
      [
        randomUUID(),
        articleId,
        draft.parentId ?? null,
        draft.authorName.trim(),
        draft.email.trim(),
        draft.body.trim(),
        status,
        holdCode ?? null,
        holdCode === undefined ? null : hold[holdCode],
        commenterKey ?? null,
      ],
    );
    if (!row) throw new Error('insert returned no row');
    const body: CommentResult = { status: status === 'approved' ? 'published' : 'pending', comment: toComment(row) };
    const code = status === 'approved' ? 201 : 202;
    if (idempotencyKey !== undefined) {
      await tx.query('insert into idempotency_keys (scope, key, request_hash, status, body) values ($1, $2, $3, $4, $5)', [
        scope,
        idempotencyKey,
        hash,
        code,
        JSON.stringify(body),
      ]);
    }
    return { kind: 'created', status: code, body, replayed: false };
  });
  return outcome;
}

/** Deletes what has outlived its use: rate events past the hour, old idempotency answers, expired captchas. */
export async function sweep(db: Queryable): Promise<void> {
  await db.query("delete from rate_events where at < now() - interval '1 hour'");
  await db.query("delete from idempotency_keys where created_at < now() - interval '24 hours'");
  await db.query('delete from captcha_used where expires_at < now()');
  await db.query('delete from captcha_wrong where expires_at < now()');
  await db.query("delete from view_events where at < now() - interval '1 day'");
}
