/**
 * How a thread reads: a top-level comment, its replies (one level deep,
 * oldest first), "show N more replies", and the reply form when open. Each
 * reply says whom it answers; every text keeps its own direction.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { Comment, Reply } from '../../sdk/schemas.js';
import { moreRepliesText } from '../../internal/counts.js';
import { formatDate, formatRelative } from '../../internal/format.js';

/** A comment as the list shows it: the reader's own pending one is marked. */
export type Shown<T extends Comment | Reply = Comment> = T & { pending?: boolean };

/** A top-level comment with the replies shown under it, and where the rest continue. */
export interface Thread extends Shown {
  shownReplies: Shown<Reply>[];
  /** Replies not shown yet (from the server's count). */
  hidden: number;
}

/** What a thread's buttons do. */
export interface ThreadActions {
  /** Opens the reply form under `thread`, answering `to` (the comment or one of its replies). */
  reply?: (thread: Thread, to: Shown<Comment | Reply>, button: HTMLElement) => void;
  more: (thread: Thread) => void;
  /** The thread whose replies are loading, if any. */
  loading?: string;
  /** The reply form, when open under this thread. */
  form?: (thread: Thread) => TemplateResult | typeof nothing;
}

function entry(c: Shown<Comment | Reply>, locale: string, answering: string | undefined, thread: Thread, on: ThreadActions): TemplateResult {
  return html`<p class="meta">
      <bdi part="author">${c.authorName}</bdi>
      ${answering ? html`<span part="answering">${msg(html`replying to <bdi>${answering}</bdi>`, { id: 'comments.replying-to' })}</span>` : nothing}
      <time part="date" datetime=${c.createdAt} title=${formatDate(c.createdAt, locale)}>${formatRelative(c.createdAt, locale)}</time>
      ${c.pending ? html`<span part="pending">${msg('Awaiting moderation: only you can see this comment.', { id: 'comments.awaiting-moderation-only' })}</span>` : nothing}
    </p>
    <p part="body" dir="auto">${c.body}</p>
    ${on.reply && !c.pending
      ? html`<button part="reply" type="button" aria-label=${msg(str`Reply to ${c.authorName}`, { id: 'comments.reply-to' })}
          @click=${(e: Event) => on.reply!(thread, c, e.currentTarget as HTMLElement)}>${msg('Reply', { id: 'comments.reply' })}</button>`
      : nothing}`;
}

export function threadView(thread: Thread, locale: string, on: ThreadActions): TemplateResult {
  const { shownReplies: replies, hidden } = thread;
  return html`<li part="comment" class=${thread.pending ? 'pending' : ''} data-id=${thread.id}>
    ${entry(thread, locale, undefined, thread, on)}
    ${replies.length
      ? html`<ol part="replies">
          ${replies.map(
            (r) => html`<li part="comment reply" class=${r.pending ? 'pending' : ''} data-id=${r.id} tabindex="-1">
              ${entry(r, locale, thread.authorName, thread, on)}
            </li>`,
          )}
        </ol>`
      : nothing}
    ${hidden > 0
      ? html`<button part="more-replies" type="button" aria-busy=${on.loading === thread.id} @click=${() => on.more(thread)}>
          ${moreRepliesText(hidden, locale)}
        </button>`
      : nothing}
    ${on.form?.(thread) ?? nothing}
  </li>`;
}
