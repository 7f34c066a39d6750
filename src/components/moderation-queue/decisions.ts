/**
 * What the moderation queue decides and says around a decision: where each
 * action sends a comment, what undoes it, what a failed request means, and
 * the moderator's wording of hold reasons, conflicts and outcomes.
 */
import { msg, str } from '@lit/localize';
import type { CommentStatus, ModeratedComment } from '../../sdk/admin.js';
import type { NewsHttpError } from '../../sdk/errors.js';
import { formatNumber } from '../../internal/format.js';

export type Action = 'approve' | 'reject' | 'restore';

/** The status an action gives a comment. */
export const TARGET: Record<Action, CommentStatus> = { approve: 'approved', reject: 'rejected', restore: 'pending' };

/** The action that brings a comment back to a status: what "Undo" calls (from the pending tab, `restore`). */
export const BACK: Record<CommentStatus, Action> = { pending: 'restore', approved: 'approve', rejected: 'reject' };

/** What a failed request means for the queue. */
export interface Failure {
  kind: 'signed-out' | 'offline' | 'conflict' | 'refused';
  /** The status another moderator gave the comment (a 409 `already_<status>`). */
  status?: CommentStatus;
}

/**
 * Errors are recognised by name, not instanceof: the error classes stay out of
 * the element's file, and a client from another copy of the SDK is recognised too.
 */
export function failureOf(error: unknown): Failure {
  const name = (error as Error | undefined)?.name;
  if (name === 'NewsNetworkError' || name === 'NewsTimeoutError') return { kind: 'offline' };
  if (name !== 'NewsHttpError') return { kind: 'refused' };
  const http = error as NewsHttpError;
  if (http.status === 401) return { kind: 'signed-out' };
  const status = /^already_(pending|approved|rejected)$/.exec(http.code)?.[1] as CommentStatus | undefined;
  return http.status === 409 && status ? { kind: 'conflict', status } : { kind: 'refused' };
}

export function tabText(status: CommentStatus): string {
  return status === 'pending'
    ? msg('Pending', { id: 'moderation.pending' })
    : status === 'approved'
      ? msg('Approved', { id: 'moderation.approved' })
      : msg('Rejected', { id: 'moderation.rejected' });
}

export function emptyText(status: CommentStatus): string {
  return status === 'pending'
    ? msg('Nothing to moderate.', { id: 'moderation.nothing-to-moderate' })
    : status === 'approved'
      ? msg('No approved comments.', { id: 'moderation.no-approved' })
      : msg('No rejected comments.', { id: 'moderation.no-rejected' });
}

/** Why a comment was held, worded per code; unknown codes as given, and the site's own detail after it. */
/** Why a comment was held, in the moderator's language (the site's own detail, `holdReason`, is shown apart, in its own direction). */
export function holdText({ holdCode }: Pick<ModeratedComment, 'holdCode'>): string | undefined {
  const codes: Record<string, () => string> = {
    first_comment: () => msg('First comment from this person', { id: 'moderation.hold-first-comment' }),
    links: () => msg('Contains links', { id: 'moderation.hold-links' }),
    rule: () => msg('Matched a site rule', { id: 'moderation.hold-rule' }),
    all: () => msg('Every comment is held for review', { id: 'moderation.hold-all' }),
    reported: () => msg('Reported by readers', { id: 'moderation.hold-reported' }),
  };
  return holdCode && (Object.hasOwn(codes, holdCode) ? codes[holdCode]!() : holdCode);
}

/** What the queue tells the moderator in its alert; worded when shown, as the locale's strings may arrive later. */
export type Notice = Exclude<Failure['kind'], 'conflict'> | 'not-a-token' | 'token-refused' | `already-${CommentStatus}`;

export function noticeOf({ kind, status }: Failure): Notice {
  return kind === 'conflict' ? `already-${status!}` : kind;
}

export function noticeText(notice: Notice): string {
  switch (notice) {
    // Another moderator decided first (a 409).
    case 'already-approved':
      return msg('Already approved by someone else.', { id: 'moderation.already-approved' });
    case 'already-rejected':
      return msg('Already rejected by someone else.', { id: 'moderation.already-rejected' });
    case 'already-pending':
      return msg('Already sent back to the queue by someone else.', { id: 'moderation.already-pending' });
    case 'offline':
      return msg('The server could not be reached: nothing was changed.', { id: 'moderation.action-offline' });
    case 'refused':
      return msg('The server refused the change: the comment is back in the list.', { id: 'moderation.action-refused' });
    case 'signed-out':
      return msg('The server did not accept the admin token.', { id: 'moderation.client-refused' });
    case 'not-a-token':
      return msg('That is not an admin token.', { id: 'moderation.not-a-token' });
    case 'token-refused':
      return msg('The server did not accept the token. Enter it again.', { id: 'moderation.token-refused' });
  }
}

/** What the undo toast says after a decision on `count` comments. */
export function doneText(action: Action, count: number, locale: string): string {
  const n = formatNumber(count, locale);
  if (action === 'approve') return count === 1 ? msg('Comment approved.', { id: 'moderation.approved-one' }) : msg(str`Comments approved: ${n}`, { id: 'moderation.approved-many' });
  if (action === 'reject') return count === 1 ? msg('Comment rejected.', { id: 'moderation.rejected-one' }) : msg(str`Comments rejected: ${n}`, { id: 'moderation.rejected-many' });
  return count === 1 ? msg('Comment sent back to the queue.', { id: 'moderation.restored-one' }) : msg(str`Sent back to the queue: ${n}`, { id: 'moderation.restored-many' });
}
