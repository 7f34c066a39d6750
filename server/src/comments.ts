/**
 * Posting a comment: the rules (rate limit, honeypot, captcha, moderation) checked in the post's
 * transaction (repo/comments.ts: idempotency, rate events, the insert), and the keyed client hashes
 * the rate limits count by.
 */
import { createHash, createHmac, randomBytes, randomUUID } from 'node:crypto';
import type { FieldErrors } from '../../src/sdk/errors.js';
import type { CommentDraft, CommentResult } from '../../src/sdk/schemas.js';
import { checkAnswer } from './captcha.js';
import { checkCode } from './captcha-code.js';
import type { Moderation } from './config.js';
import type { Db, Queryable } from './db.js';
import { commentsOpen } from './repo/articles.js';
import * as comments from './repo/comments.js';
import { deleteSettingsWithPrefix, ensureSetting } from './repo/settings.js';

export const RATE = { burstSeconds: 10, hourly: 20, autoBurstWindowMinutes: 10, autoBurstCount: 3 } as const;

export type PostOutcome =
  | { kind: 'created'; status: 201 | 202; body: CommentResult; replayed: boolean }
  | { kind: 'error'; status: number; code: string; message: string; fieldErrors?: FieldErrors; retryAfter?: number };

/** Why a comment is held: the codes of src/sdk/admin.ts (the queue words them), and the detail in the site's words. */
export const holdReasons = {
  all: 'All comments are reviewed before publication (MODERATION=pre).',
  links: 'The comment contains a link.',
  first_comment: 'The first comment from this email address.',
  rule: `Burst: ${RATE.autoBurstCount} or more comments from one client within ${RATE.autoBurstWindowMinutes} minutes.`,
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
    await deleteSettingsWithPrefix(db, 'client_key:', [`client_key:${today}`, `client_key:${yesterday}`]);
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
  const { articleId, draft, idempotencyKey } = input;
  const idempotency = idempotencyKey === undefined ? undefined : { scope: `comment:${articleId}`, key: idempotencyKey, requestHash: requestHash(articleId, draft) };
  const result = await comments.postTransaction(
    deps.db,
    idempotency,
    (tx) => post(deps, input, tx),
    (outcome) => (outcome.kind === 'created' ? { status: outcome.status, body: JSON.stringify(outcome.body) } : undefined),
  );
  if (result.kind === 'ran') return result.value;
  if (result.kind === 'key_reused') {
    return { kind: 'error', status: 409, code: 'idempotency_key_reused', message: 'This Idempotency-Key was used for a different request.' };
  }
  return { kind: 'created', status: result.answer.status as 201 | 202, body: JSON.parse(result.answer.body) as CommentResult, replayed: true };
}

/** The checks, in order, then the insert: inside the post's transaction. */
async function post(deps: PostDeps, { articleId, draft, client }: PostInput, tx: Queryable): Promise<PostOutcome> {
  const open = await commentsOpen(tx, articleId);
  if (open === undefined) return { kind: 'error', status: 404, code: 'not_found', message: 'No such article.' };
  if (!open) return { kind: 'error', status: 409, code: 'comments_closed', message: 'Comments on this article are closed.' };
  // A reply to a reply hangs under the top-level comment (one level deep).
  const parentId = draft.parentId === undefined ? undefined : await comments.replyTarget(tx, draft.parentId, articleId);
  if (draft.parentId !== undefined && parentId === undefined) {
    return { kind: 'error', status: 422, code: 'invalid_fields', message: 'Some fields are not valid.', fieldErrors: { parentId: ['No such comment on this article.'] } };
  }

  const rate = await comments.lockCommentRate(tx, client, RATE.burstSeconds, RATE.autoBurstWindowMinutes);
  if (rate && (rate.recent > 0 || rate.hour >= RATE.hourly)) {
    const wait = rate.recent > 0 ? rate.waitRecent : rate.waitHour;
    return {
      kind: 'error',
      status: 429,
      code: 'rate_limited',
      message: 'Too many comments from this connection; try again later.',
      retryAfter: Math.max(1, Math.ceil(wait)),
    };
  }
  const countAttempt = () => comments.countCommentAttempt(tx, client[0]!);
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
  let holdCode: keyof typeof holdReasons | undefined;
  if (deps.moderation === 'pre') holdCode = 'all';
  else if (deps.moderation === 'auto') {
    if (LINK.test(draft.body) || LINK.test(draft.authorName)) holdCode = 'links';
    else if (rate && rate.burst >= RATE.autoBurstCount) holdCode = 'rule';
    // Known means: an approved comment with this email *and* this browser's key. The email is never
    // verified, so someone else's address alone must not skip the hold.
    else if (!commenterKey || !(await comments.isKnownCommenter(tx, draft.email, commenterKey))) holdCode = 'first_comment';
  }
  const status = holdCode === undefined ? 'approved' : 'pending';
  const comment = await comments.insertComment(tx, {
    id: randomUUID(),
    articleId,
    parentId,
    authorName: draft.authorName.trim(),
    email: draft.email.trim(),
    body: draft.body.trim(),
    status,
    holdCode,
    holdReason: holdCode === undefined ? undefined : holdReasons[holdCode],
    commenterKey,
  });
  const body: CommentResult = { status: status === 'approved' ? 'published' : 'pending', comment };
  return { kind: 'created', status: status === 'approved' ? 201 : 202, body, replayed: false };
}
