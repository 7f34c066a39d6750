/**
 * Where the comment form keeps what a person typed: one draft per article in
 * localStorage (name, email, text, and the request that was sent when its
 * outcome is unknown), and optionally the name and email for the next
 * article. Storage that is blocked, full or holding junk never breaks the
 * form: every read checks its shape, every write may fail quietly.
 */
import type { CommentDraft } from '../../sdk/schemas.js';

export interface Fields {
  authorName: string;
  email: string;
  body: string;
}

export interface StoredDraft extends Fields {
  /** The Idempotency-Key of this draft, reused on every retry. */
  key?: string;
  /** The request last sent with that key when no answer came back: a retry resends it as is. */
  sent?: CommentDraft;
  savedAt: number;
}

const PREFIX = 'news-elements:comment-draft:';
const IDENTITY = 'news-elements:comment-identity';
/** Drafts older than this are dropped on load. */
const MAX_AGE_MS = 30 * 24 * 3600 * 1000;

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined; // SecurityError: storage blocked for this page
  }
}

function read(key: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(storage()?.getItem(key) ?? 'null');
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Writes or removes; false when the storage refused (blocked, full). */
function write(key: string, value: object | undefined): boolean {
  try {
    const s = storage();
    if (!s) return false;
    if (value === undefined) s.removeItem(key);
    else s.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');

export function loadDraft(articleId: string, now = Date.now()): StoredDraft | undefined {
  const v = read(PREFIX + articleId);
  if (!v || typeof v.savedAt !== 'number' || now - v.savedAt > MAX_AGE_MS) return undefined;
  const sent = v.sent && typeof v.sent === 'object' ? (v.sent as CommentDraft) : undefined;
  return {
    authorName: str(v.authorName),
    email: str(v.email),
    body: str(v.body),
    ...(typeof v.key === 'string' && { key: v.key }),
    ...(sent && { sent }),
    savedAt: v.savedAt,
  };
}

export function saveDraft(articleId: string, draft: Omit<StoredDraft, 'savedAt'>): boolean {
  const empty = !draft.authorName && !draft.email && !draft.body && !draft.sent;
  return write(PREFIX + articleId, empty ? undefined : { ...draft, savedAt: Date.now() });
}

export function clearDraft(articleId: string): void {
  write(PREFIX + articleId, undefined);
}

export function loadIdentity(): Pick<Fields, 'authorName' | 'email'> | undefined {
  const v = read(IDENTITY);
  return v ? { authorName: str(v.authorName), email: str(v.email) } : undefined;
}

let pageKey: string | undefined;

/**
 * This browser's commenter key (CommentDraft.commenterKey): kept with the remembered name and email,
 * so that trust earned with an email stays with the browser that earned it; one per page view when
 * nothing is remembered.
 */
export function commenterKey(): string {
  const stored = read(IDENTITY)?.key;
  if (typeof stored === 'string' && /^[\w-]{16,100}$/.test(stored)) return stored;
  return (pageKey ??= crypto.randomUUID());
}

/** Remembers name, email and the commenter key for the next article, or forgets them (undefined). */
export function saveIdentity(identity: Pick<Fields, 'authorName' | 'email'> | undefined): void {
  write(IDENTITY, identity && { authorName: identity.authorName, email: identity.email, key: commenterKey() });
}
