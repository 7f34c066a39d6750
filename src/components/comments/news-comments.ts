import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from '../../internal/decorators.js';
import type { NewsClient } from '../../sdk/client.js';
import type { Comment, Page, Reply } from '../../sdk/schemas.js';
import type { NewsCommentResultDetail } from '../../events/news-comment-result.js';
import '../../events/news-reply-cancel.js';
import { commentsText } from '../../internal/counts.js';
import { onDocument } from '../../internal/document-events.js';
import { LazyRender, lazyPlaceholder } from '../../internal/lazy-render.js';
import { Loader } from '../../internal/loader.js';
import { NewsElement } from '../../internal/news-element.js';
import { unseen } from '../../internal/paging.js';
import { reportError } from '../../internal/report-error.js';
import { statusView } from '../../internal/status-view.js';
import { threadView, type Shown, type Thread } from './thread.js';
import { styles } from './news-comments.styles.js';

const threadOf = (c: Shown): Thread => ({ ...c, shownReplies: c.replies ?? [], hidden: Math.max(0, (c.replyCount ?? 0) - (c.replies?.length ?? 0)) });

/**
 * The approved comments of an article, a page at a time (at most 50 per
 * page, through cursors). The first page may be handed in as `.page` (server
 * rendering, static pages): it is shown as given, and "load more" fetches the
 * pages after it. Bodies are plain text, each in its own direction
 * (`dir="auto"`); names are isolated. A comment the reader just posted that
 * awaits moderation (a `news-comment-result` with status `pending` for this
 * article) is shown to them, marked as pending; a published one appears at
 * once.
 *
 * Replies are one level deep, oldest first, under their comment, each saying
 * whom it answers; "Show N more replies" fetches the rest. Reply opens a
 * `<news-comment-form>` under the comment (loaded on first use), with the
 * focus in it; Cancel or Escape closes it and gives the focus back to the
 * Reply button. A reply the reader sent appears in place, marked while it
 * awaits moderation.
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
 * @csspart reply - Each comment's Reply button (`reply` is also on each reply's list item, with `comment`).
 * @csspart replies - The list of replies under a comment.
 * @csspart answering - "replying to …" on a reply.
 * @csspart more-replies - The "Show N more replies" button.
 * @csspart form - The reply form (a `<news-comment-form>`).
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
      if (!this._lazy.ready) return undefined;
      // A first page handed in is shown as given, in the same update; only the pages after it are fetched.
      if (this.page) return [undefined, this.articleId, this.order, this.page] as const;
      const client = this.articleId && this._listed ? this.newsClient : undefined;
      return client && ([client, this.articleId, this.order, undefined] as const);
    },
    task: ([client, id, order, page], signal) => page ?? client!.listComments(id!, { order }, { signal }),
    // Taken in the turn the page arrives: no render of an empty "complete" state.
    onComplete: (page) => {
      this._more.reset();
      this._items = [];
      this._replying = undefined;
      this._take(page);
    },
    onError: reportError(this, 'load-comments'),
  });
  private readonly _more = new Loader<Page<Comment>>(this, {
    onComplete: (page) => this._take(page),
    onError: reportError(this, 'load-comments'),
  });
  private readonly _replies = new Loader<void>(this, { onError: reportError(this, 'load-replies') });
  /** Where each thread's further replies continue. */
  private readonly _cursors = new Map<string, string | null | undefined>();
  /** The Reply button that opened the form, to take the focus back. */
  private _opener: HTMLElement | undefined;

  @state() private _items: Thread[] = [];
  @state() private _next: string | null = null;
  /** The thread whose reply form is open, and whom it answers. */
  @state() private _replying: { id: string; to: string } | undefined;
  @state() private _loadingReplies: string | undefined;

  /** The article whose comments are shown. */
  @property({ attribute: 'article-id' }) articleId?: string;

  /** `oldest` first (default) or `newest` first. */
  @property() order: 'oldest' | 'newest' = 'oldest';

  /** The API client; defaults to the provider's. */
  @property({ attribute: false }) client?: NewsClient;

  /** The first page of approved comments, as given (a server render, a static page): no request for it; "load more" fetches the pages after it through the client. */
  @property({ attribute: false }) page?: Page<Comment>;

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
    for (const c of page.items) this._cursors.set(c.id, c.repliesCursor);
    this._items = [...this._items, ...unseen(page.items, this._items).map(threadOf)];
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

  /** Shows the rest of a thread's replies, a page at a time. */
  private _moreReplies(thread: Thread): void {
    const client = this.newsClient;
    if (!client || this._replies.status === 'pending') return;
    this._loadingReplies = thread.id;
    void this._replies.run(async (signal) => {
      try {
        const cursor = this._cursors.get(thread.id);
        const page = await client.listReplies(thread.id, { ...(cursor && { cursor }) }, { signal });
        this._cursors.set(thread.id, page.nextCursor);
        this._update(thread.id, (t) => {
          const replies = [...t.shownReplies, ...unseen(page.items, t.shownReplies)];
          return { ...t, shownReplies: replies, hidden: page.nextCursor ? Math.max(1, t.hidden - page.items.length) : 0 };
        });
      } finally {
        this._loadingReplies = undefined;
      }
    });
  }

  private _update(id: string, change: (thread: Thread) => Thread): void {
    this._items = this._items.map((t) => (t.id === id ? change(t) : t));
  }

  /** Opens the reply form under a thread, answering the comment or one of its replies; the focus goes into it. */
  private async _openReply(thread: Thread, to: Shown<Comment | Reply>, button: HTMLElement): Promise<void> {
    this._opener = button;
    this._replying = { id: thread.id, to: to.authorName };
    await import('../comment-form/index.js');
    await this.updateComplete;
    const form = this.renderRoot.querySelector('news-comment-form');
    await form?.updateComplete;
    form?.focus();
  }

  private async _closeReply(focus: HTMLElement | undefined): Promise<void> {
    this._replying = undefined;
    await this.updateComplete;
    focus?.focus();
  }

  /** A comment the reader just sent for this article: shown at once (marked when it awaits moderation). */
  private _onResult({ status, articleId, comment }: NewsCommentResultDetail): void {
    if (articleId !== this.articleId || !comment || status === 'error') return;
    const shown = { ...comment, pending: status === 'pending' };
    const parent = comment.parentId;
    if (parent) {
      this._update(parent, (t) => (t.shownReplies.some((r) => r.id === comment.id) ? t : { ...t, shownReplies: [...t.shownReplies, shown] }));
      // Sent from the form under that thread: it closes, and the focus goes to the new reply.
      if (this._replying?.id === parent) {
        void this._closeReply(undefined).then(() => this.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(comment.id)}"]`)?.focus());
      }
      return;
    }
    if (this._items.some((c) => c.id === comment.id)) return;
    // Newest first puts it on top; oldest first at the end, where the thread continues.
    this._items = this.order === 'newest' ? [threadOf(shown), ...this._items] : [...this._items, threadOf(shown)];
  }

  protected override render() {
    if (!this._lazy.ready) return lazyPlaceholder(this.localeDir, msg('Comments', { id: 'comments.comments' }));
    const locale = this.locale;
    const { status } = this._first;
    const complete = status === 'complete';
    // What a previous article or order showed stays out of sight while the new one loads.
    const items = complete ? this._items : [];
    const next = complete ? this._next : null;
    const posting = this.newsClient?.capabilities?.posting !== false;
    const replying = this._replying;
    let body: TemplateResult | typeof nothing = nothing;
    if (!this._listed) body = statusView(msg('Comments are not available on this site.', { id: 'comments.not-available' }));
    else if (status === 'error') body = statusView(msg('The comments could not be loaded.', { id: 'comments.the-comments-could' }), () => this._first.retry());
    else if (!complete) body = statusView(msg('Loading comments…', { id: 'comments.loading-comments' }));
    else if (items.length === 0) body = statusView(msg('No comments yet.', { id: 'comments.no-comments-yet' }));
    const actions = {
      ...(posting && { reply: (t: Thread, to: Shown<Comment | Reply>, button: HTMLElement) => void this._openReply(t, to, button) }),
      more: (t: Thread) => this._moreReplies(t),
      ...(this._loadingReplies && { loading: this._loadingReplies }),
      form: (t: Thread) =>
        replying?.id === t.id
          ? html`<news-comment-form part="form" article-id=${this.articleId!} parent-id=${t.id} reply-to=${replying.to} .client=${this.client}
              @news-reply-cancel=${() => this._closeReply(this._opener)}></news-comment-form>`
          : nothing,
    };
    const count = items.reduce((n, t) => n + (t.pending ? 0 : 1) + t.shownReplies.filter((r) => !r.pending).length + t.hidden, 0);
    return html`<section part="base" dir=${this.localeDir} aria-busy=${status === 'pending' || this._more.status === 'pending'}>
      <h2 part="heading">${complete && !next ? commentsText(count, locale) : msg('Comments', { id: 'comments.comments' })}</h2>
      ${body}
      ${items.length ? html`<ol part="list">${items.map((t) => threadView(t, locale, actions))}</ol>` : nothing}
      ${next
        ? html`<button part="more" type="button" aria-busy=${this._more.status === 'pending'} @click=${() => this.loadMore()}>
            ${this._more.status === 'error' ? msg('Try again', { id: 'common.try-again' }) : msg('Load more comments', { id: 'comments.load-more-comments' })}
          </button>`
        : nothing}
    </section>`;
  }
}
