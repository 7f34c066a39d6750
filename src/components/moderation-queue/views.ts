/**
 * The pieces of the queue's view: the tabs with their counts, a held comment
 * with its actions, and the bar of what is selected.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { CommentStatus, ModeratedComment, ModerationSummary } from '../../sdk/admin.js';
import { formatDate, formatNumber, formatRelative } from '../../internal/format.js';
import type { Direction } from '../../internal/direction.js';
import type { LoadStatus } from '../../internal/loader.js';
import { statusView } from '../../internal/status-view.js';
import { doneText, emptyText, holdText, noticeText, tabText, type Action, type Failure, type Notice } from './decisions.js';
import { tabStep } from './keyboard.js';
import type { Taken } from './queue.js';

export const TABS: readonly CommentStatus[] = ['pending', 'approved', 'rejected'];

/**
 * A real tablist: one tab in the tab order, the others reached with the arrow keys (which follow the
 * layout: ArrowLeft goes forward in RTL), Home and End. `choose` gets `focus` true from the keyboard.
 */
export function tabsView(tab: CommentStatus, counts: ModerationSummary | undefined, locale: string, dir: Direction, choose: (status: CommentStatus, focus: boolean) => void): TemplateResult {
  const onKey = (event: KeyboardEvent) => {
    const next = tabStep(event.key, TABS.indexOf(tab), TABS.length, dir);
    if (next === undefined) return;
    event.preventDefault();
    choose(TABS[next]!, true);
  };
  return html`<div part="tabs" role="tablist" aria-label=${msg('Comments by status', { id: 'moderation.tabs' })} @keydown=${onKey}>
    ${TABS.map(
      (status) => html`<button part="tab" role="tab" type="button" id="tab-${status}" aria-controls="panel" aria-selected=${status === tab} tabindex=${status === tab ? 0 : -1} @click=${() => choose(status, false)}>
        ${tabText(status)}${counts ? html` <span part="count">${formatNumber(counts[status], locale)}</span>` : nothing}
      </button>`,
    )}
  </div>`;
}

export interface ItemContext {
  tab: CommentStatus;
  locale: string;
  activeId: string | undefined;
  /** The selected comments of the list. */
  selected: readonly string[];
  decide: (action: Action, ids: readonly string[]) => void;
  toggle: (id: string) => void;
}

/** The two actions a tab offers: approve and reject in the queue; the other decision and "Back to queue" elsewhere. */
function actions(tab: CommentStatus): Action[] {
  return tab === 'pending' ? ['approve', 'reject'] : tab === 'approved' ? ['reject', 'restore'] : ['approve', 'restore'];
}

export function actionText(action: Action): string {
  return action === 'approve' ? msg('Approve', { id: 'moderation.approve' }) : action === 'reject' ? msg('Reject', { id: 'moderation.reject' }) : msg('Back to queue', { id: 'moderation.back-to-queue' });
}

export function itemView(c: ModeratedComment, { tab, locale, activeId, selected, decide, toggle }: ItemContext): TemplateResult {
  const reason = holdText(c);
  const chosen = selected.includes(c.id);
  return html`<li part="item" data-id=${c.id} tabindex=${c.id === activeId ? 0 : -1} class=${chosen ? 'selected' : ''}>
    <input part="select" type="checkbox" .checked=${chosen} aria-label=${msg(str`Select the comment by ${c.authorName}`, { id: 'moderation.select-comment' })} @change=${() => toggle(c.id)} />
    <div class="content">
      <p part="article" dir="auto">${c.articleTitle}</p>
      <p class="meta">
        <bdi part="author">${c.authorName}</bdi>
        <time part="date" datetime=${c.createdAt} title=${formatDate(c.createdAt, locale)}>${formatRelative(c.createdAt, locale)}</time>
        ${c.parentId ? html`<span part="reply">${msg('Reply to another comment', { id: 'moderation.reply' })}</span>` : nothing}
      </p>
      <p part="body" dir="auto">${c.body}</p>
      ${reason || c.holdReason
        ? html`<p part="reason">${msg('Held:', { id: 'moderation.held' })} ${reason}${reason && c.holdReason ? ': ' : ''}${c.holdReason ? html`<bdi dir="auto">${c.holdReason}</bdi>` : nothing}</p>`
        : nothing}
      <div part="actions">
        ${actions(tab).map((action) => html`<button type="button" part="action ${action}" @click=${() => decide(action, [c.id])}>${actionText(action)}</button>`)}
      </div>
    </div>
  </li>`;
}

/** "Selected: 3" with the decisions that apply to all of them, and Clear. */
export function bulkView({ tab, selected, locale, decide }: ItemContext, clear: () => void): TemplateResult {
  return html`<div part="bulk" role="group" aria-label=${msg('Selected comments', { id: 'moderation.selected-comments' })}>
    <span>${msg(str`Selected: ${formatNumber(selected.length, locale)}`, { id: 'moderation.selected-count' })}</span>
    ${actions(tab).map(
      (action) => html`<button type="button" part="bulk-action ${action}" @click=${() => decide(action, selected)}>
        ${action === 'approve'
          ? msg('Approve selected', { id: 'moderation.approve-selected' })
          : action === 'reject'
            ? msg('Reject selected', { id: 'moderation.reject-selected' })
            : msg('Send selected back to queue', { id: 'moderation.restore-selected' })}
      </button>`,
    )}
    <button type="button" part="bulk-action clear" @click=${clear}>${msg('Clear', { id: 'moderation.clear' })}</button>
  </div>`;
}

/** The loading, empty, offline and error line of a tab. */
export function statusLine(tab: CommentStatus, status: LoadStatus, failure: Failure | undefined, retry: () => void): TemplateResult {
  if (failure?.kind === 'offline') return statusView(msg('You seem to be offline: the server could not be reached.', { id: 'moderation.offline' }), retry);
  if (failure) return statusView(failure.kind === 'signed-out' ? noticeText('signed-out') : msg('The comments could not be loaded.', { id: 'moderation.load-failed' }), retry);
  return statusView(status === 'complete' ? emptyText(tab) : msg('Loading comments…', { id: 'moderation.loading' }));
}

/** The last decision, while it can be undone. */
export interface Decided {
  action: Action;
  from: CommentStatus;
  taken: Taken;
}

/** The alert (conflicts, refusals, why the token is asked for again) and the toast with Undo, at the bottom of the window. */
export function noticesView(alert: Notice[], toast: Decided | 'undone' | undefined, locale: string, close: () => void, undo: () => void): TemplateResult {
  return html`<div class="notices">
    <div role="alert">
      ${alert.length
        ? html`<p part="message">
            ${alert.map(noticeText).join(' ')}
            <button type="button" @click=${close}>${msg('Close', { id: 'moderation.close' })}</button>
          </p>`
        : nothing}
    </div>
    <div role="status">
      ${toast === 'undone'
        ? html`<p part="toast">${msg('Undone.', { id: 'moderation.undone' })}</p>`
        : toast
          ? html`<p part="toast">
              ${doneText(toast.action, toast.taken.length, locale)}
              <button type="button" @click=${undo}>${msg('Undo', { id: 'moderation.undo' })}</button>
            </p>`
          : nothing}
    </div>
  </div>`;
}
