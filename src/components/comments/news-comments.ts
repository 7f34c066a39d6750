import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from '../../internal/decorators.js';
import type { NewsClient } from '../../sdk/client.js';
import type { Comment, Page } from '../../sdk/schemas.js';
import { emit } from '../../events/emit.js';
import '../../events/news-error.js';
import type { NewsCommentResultDetail } from '../../events/news-comment-result.js';
import { commentsText } from '../../internal/counts.js';
import { formatDate, formatRelative } from '../../internal/format.js';
import { LazyRender } from '../../internal/lazy-render.js';
import { Loader } from '../../internal/loader.js';
import { NewsElement } from '../../internal/news-element.js';
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

  private readonly _onError = (error: unknown) => emit(this, 'news-error', { error: error as Error, operation: 'load-comments' });
  private readonly _lazy = new LazyRender(this);
  private readonly _first = new Loader<Page<Comment>>(this, this._onError);
  private readonly _more = new Loader<Page<Comment>>(this, this._onError);
  private _key = '';

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

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('news-comment-result', this._onResult);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('news-comment-result', this._onResult);
  }

  private get _client(): NewsClient | undefined {
    return this.client ?? this.newsContext?.client;
  }

  protected override willUpdate(): void {
    if (!this._lazy.ready) return;
    const client = this._client;
    const key = client && this.articleId ? `${this.articleId}|${this.order}` : '';
    if (key !== this._key || (key && this._first.status === 'idle')) {
      this._key = key;
      this._items = [];
      this._next = null;
      this._more.reset();
      if (!key) return this._first.reset();
      const id = this.articleId!;
      const order = this.order;
      void this._first.run(async (signal) => {
        const page = await client!.listComments(id, { order, signal });
        // Taken in the same turn as the run completes (no render of an empty "complete" state), unless a
        // newer run for another article or order aborted this one.
        if (!signal.aborted) this._take(page);
        return page;
      });
    }
  }

  /** Adds a page, skipping comments already shown (a comment posted while paging may come twice). */
  private _take(page: Page<Comment> | undefined): void {
    if (!page) return;
    const seen = new Set(this._items.map((c) => c.id));
    this._items = [...this._items, ...page.items.filter((c) => !seen.has(c.id))];
    this._next = page.nextCursor;
  }

  /** Loads the next page. */
  async loadMore(): Promise<void> {
    const client = this._client;
    const cursor = this._next;
    const id = this.articleId;
    if (!client || !cursor || !id || this._more.status === 'pending') return;
    await this._more.run((signal) => client.listComments(id, { order: this.order, cursor, signal }));
    if (this._more.status === 'complete') this._take(this._more.value);
  }

  private _onResult = (event: CustomEvent<NewsCommentResultDetail>) => {
    const { status, articleId, comment } = event.detail;
    if (articleId !== this.articleId || !comment || status === 'error' || this._items.some((c) => c.id === comment.id)) return;
    const shown: Shown = { ...comment, pending: status === 'pending' };
    // Newest first puts it on top; oldest first at the end, where the thread continues.
    this._items = this.order === 'newest' ? [shown, ...this._items] : [...this._items, shown];
  };

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

  private _status(text: string, retry?: () => void): TemplateResult {
    return html`<p part="status" role=${retry ? 'alert' : 'status'}>
      ${text} ${retry ? html`<button type="button" @click=${retry}>${msg('Try again', { id: 'common.try-again' })}</button>` : nothing}
    </p>`;
  }

  protected override render() {
    if (!this._lazy.ready) {
      return html`<section part="base" dir=${this.localeDir}>
        <h2 part="heading">${msg('Comments', { id: 'comments.comments' })}</h2>
        <div class="placeholder"></div>
      </section>`;
    }
    const locale = this.locale;
    const { status } = this._first;
    const complete = status === 'complete';
    const count = this._items.filter((c) => !c.pending).length;
    let body: TemplateResult | typeof nothing = nothing;
    if (status === 'error') body = this._status(msg('The comments could not be loaded.', { id: 'comments.the-comments-could' }), () => void this._first.retry());
    else if (!complete && this._items.length === 0) body = this._status(msg('Loading comments…', { id: 'comments.loading-comments' }));
    else if (this._items.length === 0) body = this._status(msg('No comments yet.', { id: 'comments.no-comments-yet' }));
    return html`<section part="base" dir=${this.localeDir} aria-busy=${status === 'pending' || this._more.status === 'pending'}>
      <h2 part="heading">${complete && !this._next ? commentsText(count, locale) : msg('Comments', { id: 'comments.comments' })}</h2>
      ${body}
      ${this._items.length ? html`<ol part="list">${this._items.map((c) => this._comment(c, locale))}</ol>` : nothing}
      ${this._next
        ? html`<button part="more" type="button" aria-busy=${this._more.status === 'pending'} @click=${() => this.loadMore()}>
            ${this._more.status === 'error' ? msg('Try again', { id: 'common.try-again' }) : msg('Load more comments', { id: 'comments.load-more-comments' })}
          </button>`
        : nothing}
    </section>`;
  }
}
