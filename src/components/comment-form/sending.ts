/**
 * What the comment form decides around a send, as pure functions (tested in
 * Node): whether a draft is the request already sent (to resend exactly), and
 * what an error means for the person and for the kept draft.
 */
import { msg, str } from '@lit/localize';
import type { NewsHttpError, NewsValidationError } from '../../sdk/errors.js';
import { formatNumber } from '../../internal/format.js';
import type { CommentDraft } from '../../sdk/schemas.js';
import type { Field } from './validation.js';

/** What the last submission came to; `idle` before any. */
export type Outcome = 'idle' | 'sending' | 'published' | 'pending' | 'received' | 'limited' | 'offline' | 'invalid' | 'refused';

/** What the form does about a failed send. */
export interface Reaction {
  outcome: Outcome;
  /** The article's comments are closed: show the closed message. */
  closed?: boolean;
  /** The kept request was not stored (or was, under another text): the next send is a new request. */
  forgetSent?: boolean;
  /** Also drop the Idempotency-Key: the next send must not replay the first answer. */
  forgetKey?: boolean;
  /** Seconds to wait before sending again. */
  waitSeconds?: number;
  /** Fields the server refused; `code` stands for the security check. */
  fields?: Field[];
}

type Fieldwise = Pick<CommentDraft, 'authorName' | 'email' | 'body'>;

/**
 * The request kept from a send whose answer never came, when the fields still
 * hold its text: resent as is (same key, same captcha), so the server replays
 * its first answer if it had stored it. A kept request without the email
 * (not remembered on this device) takes it from the field.
 */
export function resendable(sent: CommentDraft | undefined, fields: Fieldwise): CommentDraft | undefined {
  if (!sent || sent.authorName !== fields.authorName || sent.body !== fields.body || (sent.email && sent.email !== fields.email)) return undefined;
  return { ...sent, email: fields.email };
}

/**
 * What a failed send means. Errors are recognised by name, not instanceof:
 * the error classes stay out of the form's bundle, and a client from another
 * copy of the SDK (CDN and npm builds on one page) is recognised too.
 */
export function outcomeOf(error: unknown): Reaction {
  const name = (error as Error | undefined)?.name;
  const http = name === 'NewsHttpError' ? (error as NewsHttpError) : undefined;
  const invalid = name === 'NewsValidationError' ? (error as NewsValidationError) : undefined;
  if (http?.code === 'comments_closed') return { outcome: 'idle', closed: true };
  // The first version of this draft reached the server after all (its answer was lost); the text was
  // edited since. The edited text stays: sending it again makes a new comment.
  if (http?.code === 'idempotency_key_reused') return { outcome: 'received', forgetSent: true, forgetKey: true };
  // An answer that says the comment was not stored: the next send is a new request (same key is fine).
  const refused = !!http && http.status < 500 && http.status !== 408;
  const forgetSent = refused || !!invalid;
  if (http?.status === 429) return { outcome: 'limited', forgetSent, waitSeconds: http.retryAfter ?? 30 };
  const names = [...Object.keys((http?.status === 422 && http.fieldErrors) || {}), ...(invalid && !invalid.request ? invalid.issues.map((i) => String(i.path[0])) : [])];
  const fields = [...new Set(names.map((n): Field | undefined => (n === 'captcha' ? 'code' : n === 'authorName' || n === 'email' || n === 'body' ? n : undefined)))].filter(
    (f): f is Field => !!f,
  );
  if (names.length) return { outcome: 'invalid', forgetSent, fields };
  return { outcome: refused ? 'refused' : 'offline', forgetSent };
}

/** What the person reads about an outcome (`waitSeconds` while a wait runs, else 0). */
export function outcomeText(outcome: Outcome, waitSeconds: number, locale: string): string {
  switch (outcome) {
    case 'sending':
      return msg('Sending your comment…', { id: 'form.sending-your-comment' });
    case 'published':
      return msg('Thank you. Your comment is published.', { id: 'form.thank-you-your-2' });
    case 'pending':
      return msg('Thank you. Your comment awaits moderation.', { id: 'form.thank-you-your' });
    case 'received':
      return msg('An earlier version of this comment had already reached us. Send again to post this text as a new comment.', { id: 'form.an-earlier-version' });
    case 'limited':
      return waitSeconds
        ? msg(str`Too many comments in a short time. Try again in ${formatNumber(waitSeconds, locale)} seconds.`, { id: 'form.too-many-comments' })
        : msg('You can send your comment again now.', { id: 'form.you-can-send' });
    case 'offline':
      return msg('Your comment could not be sent. It is kept here.', { id: 'form.your-comment-could' });
    case 'invalid':
      return msg('Some fields need your attention.', { id: 'form.some-fields-need' });
    case 'refused':
      return msg('Your comment could not be accepted.', { id: 'form.your-comment-could-2' });
    default:
      return '';
  }
}
