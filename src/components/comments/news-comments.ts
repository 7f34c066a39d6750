import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from '../../internal/decorators.js';
import type { NewsClient } from '../../sdk/client.js';
import type { Comment, Page } from '../../sdk/schemas.js';
import type { NewsCommentResultDetail } from '../../events/news-comment-result.js';
import { commentsText } from '../../internal/counts.js';
import { formatDate, formatRelative } from '../../internal/format.js';
import { onDocument } from '../../internal/document-events.js';
import { LazyRender, lazyPlaceholder } from '../../internal/lazy-render.js';
import { Loader } from '../../internal/loader.js';
import { NewsElement } from '../../internal/news-element.js';
import { unseen } from '../../internal/paging.js';
import { reportError } from '../../internal/report-error.js';
import { statusView } from '../../internal/status-view.js';
import { styles } from './news-comments.styles.js';

interface Shown extends Comment {
  pending?: boolean;
}

/**
 * The approved comments of an article, a page at a time (at most 50 per
 * page, through cursors). Bodies are plain text, each in its own direction
 * (`dir="auto"`); names are isolated. A comment the reader just posted that
 * awaits moderation (a `news-comment-result` with status `pending` for this
 * article) is shown to them, marked as pending; a published one appears at
 * once.
 *
 * Follows the page's comment forms through `news-comment-result` events on
 * the document (any form for the same `article-id`, wherever it sits).
 *
 * @tag news-comments
 * @summary The comments of an article, oldest or newest first.
 *
 * @csspart base - The section, carrying the locale's direction.
 * @csspart heading - The heading with the count.
 * @csspart list - The list of comments.
 * @csspart comment - Each comment.
 * @csspart author - The author's name.
 * @csspart date - The time of the comment.
 * @csspart body - The comment text.
 * @csspart pending - The mark on a comment awaiting moderation.
 * @csspart more - The "load more" button.
 * @csspart status - Loading, empty and error messages.
 *
 * @cssprop --news-lazy-size - Space reserved while `loading="lazy"` waits (default 12rem).
 * @cssprop --news-color-text - Text colour.
 * @cssprop --news-color-muted - Date and message colour.
 * @cssprop --news-color-border - Rules between comments.
 * @cssprop --news-color-accent - Pending mark.
 * @cssprop --news-font-family - Font stack (per-script defaults otherwise).
 *
 * @fires news-error - Comments could not be loaded (detail `{ error, operation }`).
 */
export class NewsComments extends NewsElement {
  static override styles = styles;

  private readonly _lazy = new LazyRender(this);
  private readonly _first = new Loader(this, {
    // Nothing loads before a lazy list is near the viewport.
    args: () => {
      const client = this._lazy.ready && this.articleId && this._listed ? this.newsClient : undefined;
      return client && ([client, this.articleId!, this.order] as const);
    },
    task: ([client, id, order], signal) => client.listComments(id, { order }, { signal }),
    // Taken in the turn the page arrives: no render of an empty "complete" state.
    onComplete: (page) => {
      this._more.reset();
      this._items = [];
      this._take(page);
    },
    onError: reportError(this, 'load-comments'),
  });
  private readonly _more = new Loader<Page<Comment>>(this, {
    onComplete: (page) => this._take(page),
    onError: reportError(this, 'load-comments'),
  });

  @state() private _items: Shown[] = [];
  @state() private _next: string | null = null;

  /** The article whose comments are shown. */
  @property({ attribute: 'article-id' }) articleId?: string;

  /** `oldest` first (default) or `newest` first. */
  @property() order: 'oldest' | 'newest' = 'oldest';

  /** The API client; defaults to the provider's. */
  @property({ attribute: false }) client?: NewsClient;

  /** `lazy`: loads and renders when near the viewport or once the page is idle, a heading and reserved space until then. */
  @property() loading: 'eager' | 'lazy' = 'eager';

  constructor() {
    super();
    onDocument(this, 'news-comment-result', (event) => this._onResult(event.detail));
  }

  /** False when the back end has no comments to list (a CMS without a comment API): its client says so. */
  private get _listed(): boolean {
    return this.newsClient?.capabilities?.comments !== false;
  }

  /** Adds a page, skipping comments already shown (a comment posted while paging may come twice). */
  private _take(page: Page<Comment>): void {
    this._items = [...this._items, ...unseen(page.items, this._items)];
    this._next = page.nextCursor;
  }

  /** Loads the next page. */
  async loadMore(): Promise<void> {
    const client = this.newsClient;
    const cursor = this._next;
    const id = this.articleId;
    if (!client || !cursor || !id || this._more.status === 'pending') return;
    await this._more.run((signal) => client.listComments(id, { order: this.order, cursor }, { signal }));
  }

  /** A comment the reader just sent for this article: shown at once (marked when it awaits moderation). */
  private _onResult({ status, articleId, comment }: NewsCommentResultDetail): void {
    if (articleId !== this.articleId || !comment || status === 'error' || this._items.some((c) => c.id === comment.id)) return;
    const shown: Shown = { ...comment, pending: status === 'pending' };
    // Newest first puts it on top; oldest first at the end, where the thread continues.
    this._items = this.order === 'newest' ? [shown, ...this._items] : [...this._items, shown];
  }

  private _comment(c: Shown, locale: string): TemplateResult {
    return html`<li part="comment" class=${c.pending ? 'pending' : ''}>
      <p class="meta">
        <bdi part="author">${c.authorName}</bdi>
        <time part="date" datetime=${c.createdAt} title=${formatDate(c.createdAt, locale)}>${formatRelative(c.createdAt, locale)}</time>
        ${c.pending ? html`<span part="pending">${msg('Awaiting moderation: only you can see this comment.', { id: 'comments.awaiting-moderation-only' })}</span>` : nothing}
      </p>
      <p part="body" dir="auto">${c.body}</p>
    </li>`;
  }

  protected override render() {
    if (!this._lazy.ready) return lazyPlaceholder(this.localeDir, msg('Comments', { id: 'comments.comments' }));
    const locale = this.locale;
    const { status } = this._first;
    const complete = status === 'complete';
    // What a previous article or order showed stays out of sight while the new one loads.
    const items = complete ? this._items : [];
    const next = complete ? this._next : null;
    let body: TemplateResult | typeof nothing = nothing;
    if (!this._listed) body = statusView(msg('Comments are not available on this site.', { id: 'comments.not-available' }));
    else if (status === 'error') body = statusView(msg('The comments could not be loaded.', { id: 'comments.the-comments-could' }), () => this._first.retry());
    else if (!complete) body = statusView(msg('Loading comments…', { id: 'comments.loading-comments' }));
    else if (items.length === 0) body = statusView(msg('No comments yet.', { id: 'comments.no-comments-yet' }));
    return html`<section part="base" dir=${this.localeDir} aria-busy=${status === 'pending' || this._more.status === 'pending'}>
      <h2 part="heading">${complete && !next ? commentsText(items.filter((c) => !c.pending).length, locale) : msg('Comments', { id: 'comments.comments' })}</h2>
      ${body}
      ${items.length ? html`<ol part="list">${items.map((c) => this._comment(c, locale))}</ol>` : nothing}
      ${next
        ? html`<button part="more" type="button" aria-busy=${this._more.status === 'pending'} @click=${() => this.loadMore()}>
            ${this._more.status === 'error' ? msg('Try again', { id: 'common.try-again' }) : msg('Load more comments', { id: 'comments.load-more-comments' })}
          </button>`
        : nothing}
    </section>`;
  }
}
