import { msg } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from '../../internal/decorators.js';
import type { NewsClient } from '../../sdk/client.js';
import type { ArticleSummary, Page } from '../../sdk/schemas.js';
import { isSafeUrl } from '../../sdk/url.js';
import { directionOf } from '../../internal/direction.js';
import { commentsText } from '../../internal/counts.js';
import { formatDate, formatNumber, formatRelative, isRecent } from '../../internal/format.js';
import { hasFallback } from '../../internal/fallback.js';
import { heading } from '../../internal/heading.js';
import { Loader } from '../../internal/loader.js';
import { NewsElement } from '../../internal/news-element.js';
import { unseen } from '../../internal/paging.js';
import { reportError } from '../../internal/report-error.js';
import { statusView } from '../../internal/status-view.js';
import { warnOnce } from '../../internal/warn.js';
import { styles } from './news-latest-articles.styles.js';

type Articles = Page<ArticleSummary>;

// Relative dates ("3 hours ago") read well for a week; older ones are shown as dates.
const RECENT_MS = 7 * 24 * 3600_000;

/**
 * The latest articles of a site or section, as a list of titles with dates,
 * image cards, or a numbered compact list for sidebars. Data comes from
 * `.items` as given, or from `client.listArticles()` through the provider or
 * `.client`, with `exclude` keeping the current article out. While loading,
 * placeholders hold exactly the space of `limit` items, so nothing shifts
 * when the data arrives. "Load more" follows the page's cursor;
 * `refresh-interval` adds newer articles at the top without moving what the
 * reader is looking at. Titles take their article's language and direction.
 *
 * @tag news-latest-articles
 * @summary The latest articles: list, cards or compact, with paging and refresh.
 *
 * @slot - Shown while the first page loads, instead of the placeholders: the same list as plain
 *   HTML (server-rendered, for readers without scripts and for crawlers). Hidden once the list renders.
 *
 * @csspart base - The section wrapper, carrying the interface direction.
 * @csspart heading - The heading.
 * @csspart list - The list of articles (and of placeholders while loading).
 * @csspart item - Each article's list item.
 * @csspart link - Each article's link (its title).
 * @csspart image - Each card's image (layout="cards").
 * @csspart section - Each card's section name (layout="cards").
 * @csspart lead - Each card's lead (layout="cards").
 * @csspart date - Each article's date.
 * @csspart comments - Each article's comment count (`show-comment-counts`), a link to its comments.
 * @csspart number - Each article's number (layout="compact").
 * @csspart more - The "Load more" button.
 * @csspart status - Empty and error messages.
 *
 * @cssprop --news-color-text - Text colour.
 * @cssprop --news-color-muted - Dates, sections and numbers.
 * @cssprop --news-color-accent - Link hover and numbers.
 * @cssprop --news-color-surface - Card background.
 * @cssprop --news-color-border - Rules, card borders and placeholders.
 * @cssprop --news-color-focus - Focus ring colour.
 * @cssprop --news-font-family - Font stack (per-script defaults otherwise).
 * @cssprop --news-radius - Corner radius of cards.
 * @cssprop --news-card-min-size - Smallest inline size of a card (default 14rem).
 *
 * @fires news-error - Loading a page or the comment counts failed (detail `{ error, operation }`).
 */
export class NewsLatestArticles extends NewsElement {
  static override styles = styles;

  private readonly _first = new Loader(this, {
    args: () => {
      const client = this.items ? undefined : this.newsClient;
      // A first page handed in is shown as given, in the same update; "load more" and refresh go through the client.
      const page = this.items ? undefined : this.page;
      return (client || page) && ([client, this.locale, this.section, this._rows, this.exclude, page] as const);
    },
    task: ([client, , , , , page], signal) => page ?? client!.listArticles(this._params(), { signal }),
    onComplete: (page) => {
      this._more.reset();
      this._fresh.reset();
      this._list = unseen(page.items, [], this._excluded);
      this._next = page.nextCursor;
      this._added = false;
    },
    onError: reportError(this, 'load-articles'),
  });
  private readonly _more = new Loader<Articles>(this, {
    onComplete: (page) => {
      const added = unseen(page.items, this._list, this._excluded);
      this._list = [...this._list, ...added];
      this._next = page.nextCursor;
      this._focusId = added[0]?.id;
    },
    onError: reportError(this, 'load-more-articles'),
  });
  private readonly _fresh = new Loader<Articles>(this, {
    onComplete: (page) => {
      const added = unseen(page.items, this._list, this._excluded);
      if (!added.length) return;
      this._anchor = this._visible();
      this._list = [...added, ...this._list];
      this._added = true;
    },
    onError: reportError(this, 'refresh-articles'),
  });
  /** Comment counts of the shown articles (`show-comment-counts`): one batched request for the list. */
  private readonly _counts = new Loader(this, {
    args: () => {
      const client = this.showCommentCounts && this.newsClient;
      const ids = (this.items ?? this._list).map((a) => a.id).join(' ');
      return client && client.capabilities?.comments !== false && ids ? ([client, ids] as const) : undefined;
    },
    task: ([client, ids], signal) => client.commentCounts(ids.split(' '), { signal }),
    onError: reportError(this, 'load-comment-counts'),
  });
  private _timer: ReturnType<typeof setInterval> | undefined;
  private _focusId: string | undefined;
  private _anchor: { id: string; top: number } | undefined;

  @state() private _list: ArticleSummary[] = [];
  @state() private _next: string | null = null;
  @state() private _added = false;

  /** Articles to show as given; no network. */
  @property({ attribute: false }) items?: ArticleSummary[];

  /** The first page of articles, as given (a server render): no request for it; "load more" and refresh fetch through the client. */
  @property({ attribute: false }) page?: Page<ArticleSummary>;

  /** The API client; defaults to the provider's. */
  @property({ attribute: false }) client?: NewsClient;

  /** How many articles to fetch per page (and placeholders to show while loading). */
  @property({ type: Number }) limit = 5;

  /** Id(s) of articles to leave out, e.g. the one being read; space- or comma-separated. */
  @property() exclude = '';

  /** Section id to list; all sections when empty. */
  @property() section = '';

  /** `list`: titles with dates. `cards`: image, section, title, lead, date. `compact`: numbered titles. */
  @property({ reflect: true }) layout: 'list' | 'cards' | 'compact' = 'list';

  /** Heading text; a localized "Latest Articles" by default, none when empty. */
  @property() heading?: string;

  /** Level of the heading, 1 to 6. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Shows each article's comment count (list and cards), linking to its comments (`#comments`). */
  @property({ type: Boolean, attribute: 'show-comment-counts' }) showCommentCounts = false;

  /** Seconds between checks for newer articles; 0 (default) never checks. */
  @property({ type: Number, attribute: 'refresh-interval' }) refreshInterval = 0;

  private get _rows(): number {
    return Math.min(50, Math.max(1, Math.trunc(this.limit) || 5));
  }

  private get _excluded(): string[] {
    return this.exclude.split(/[\s,]+/).filter(Boolean);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._schedule();
    // A load cut short by a disconnect starts again.
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this._timer);
    this._timer = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('refreshInterval')) this._schedule();
  }

  protected override updated(): void {
    if (this._focusId) {
      this.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(this._focusId)}"] a`)?.focus();
      this._focusId = undefined;
    }
    const anchor = this._anchor;
    this._anchor = undefined;
    const item = anchor && this._item(anchor.id);
    // Newer articles went in above what the reader was looking at: scroll by as much as they took.
    if (item) window.scrollBy(0, item.getBoundingClientRect().top - anchor.top);
  }

  private _params() {
    return { lang: this.locale, limit: this._rows, ...(this.section && { section: this.section }), ...(this.exclude && { exclude: this._excluded }) };
  }

  private _schedule(): void {
    clearInterval(this._timer);
    this._timer = undefined;
    if (this.refreshInterval > 0 && this.isConnected) {
      this._timer = setInterval(() => this.refresh(), this.refreshInterval * 1000);
    }
  }

  private _item(id: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"]`);
  }

  /** The first item in the viewport, and where it is. */
  private _visible(): { id: string; top: number } | undefined {
    for (const item of this.renderRoot.querySelectorAll<HTMLElement>('[data-id]')) {
      const { top, bottom } = item.getBoundingClientRect();
      if (bottom > 0 && top < innerHeight) return { id: item.dataset.id!, top };
    }
    return undefined;
  }

  /** Loads the next page (what the "Load more" button does). */
  loadMore(): Promise<void> {
    const client = this.newsClient;
    const cursor = this._next;
    if (!client || !cursor || this._more.status === 'pending') return Promise.resolve();
    return this._more.run((signal) => client.listArticles({ ...this._params(), cursor }, { signal }));
  }

  /** Checks for newer articles now and adds them at the top. */
  refresh(): Promise<void> {
    const client = this.newsClient;
    if (!client || this._first.status !== 'complete' || this._fresh.status === 'pending') return Promise.resolve();
    return this._fresh.run((signal) => client.listArticles(this._params(), { signal }));
  }

  private _headingNode(): TemplateResult | typeof nothing {
    const text = this.heading ?? msg('Latest Articles', { id: 'latest.latest-articles' });
    return text ? heading(this.headingLevel, 2, 'heading', text) : nothing;
  }

  private _renderItem(article: ArticleSummary, index: number, locale: string): TemplateResult {
    const { id, lang, title, lead, image, section, publishedAt: iso } = article;
    const dir = directionOf(lang);
    const href = isSafeUrl(article.url) ? article.url : nothing;
    // One flat template per layout: a card costs Lit two template instances instead of seven.
    if (this.layout === 'compact') {
      return html`<li part="item" data-id=${id}><span part="number" aria-hidden="true">${formatNumber(index + 1, locale)}</span>
        <a part="link" class="title" href=${href} lang=${lang} dir=${dir}>${title}</a></li>`;
    }
    const date = isRecent(iso, RECENT_MS) ? formatRelative(iso, locale) : formatDate(iso, locale, 'short-date');
    const full = formatDate(iso, locale, 'datetime');
    const n = this._counts.value?.[id];
    const count = n === undefined || !href ? nothing : html`<a part="comments" href=${`${article.url}#comments`}>${commentsText(n, locale)}</a>`;
    if (this.layout !== 'cards') {
      return html`<li part="item" data-id=${id}><a part="link" class="title" href=${href} lang=${lang} dir=${dir}>${title}</a>
        <span class="line"><time part="date" datetime=${iso} title=${full}>${date}</time>${count}</span></li>`;
    }
    const img =
      image && isSafeUrl(image.src)
        ? html`<img part="image" src=${image.src} alt=${image.alt} width=${image.width} height=${image.height} loading="lazy" decoding="async" />`
        : nothing;
    return html`<li part="item" data-id=${id}><div class="image">${img}</div>
      <span part="section" class="line" lang=${lang} dir=${dir}>${section.name}</span>
      <a part="link" class="title" href=${href} lang=${lang} dir=${dir}>${title}</a>
      <p part="lead" class="lead" lang=${lang} dir=${dir}>${lead}</p>
      <span class="line"><time part="date" datetime=${iso} title=${full}>${date}</time>${count}</span></li>`;
  }

  private _placeholders(): TemplateResult[] {
    const cards = this.layout === 'cards';
    const compact = this.layout === 'compact';
    // The same boxes as an item, empty: the list keeps its size when the data arrives.
    return Array.from(
      { length: this._rows },
      () => html`<li class="placeholder">
        ${cards ? html`<div class="image"></div><span class="line"></span>` : nothing}${compact ? html`<span part="number"></span>` : nothing}
        <span class="title"></span>${cards ? html`<span class="lead"></span>` : nothing}${compact ? nothing : html`<span class="line"></span>`}
      </li>`,
    );
  }

  protected override render() {
    const fetched = !this.items;
    const { status } = this._first;
    // Under a provider the client may still be on its way (the SDK loads lazily): only warn without one
    // (and without a first page handed in, which a server render shows with no client).
    if (fetched && !this.page && !this.newsClient && !this.newsContext) warnOnce('no-client', 'no items and no client: set .items, .client or wrap in <news-provider base-url>');
    const list = this.items ?? this._list;
    const loading = fetched && status !== 'complete' && status !== 'error';
    if (loading && hasFallback(this)) return html`<div part="base" dir=${this.localeDir} aria-busy="true"><slot></slot></div>`;
    const busy = loading || this._more.status === 'pending';
    const locale = this.locale;
    const content = loading ? this._placeholders() : list.map((a, i) => this._renderItem(a, i, locale));
    let body: TemplateResult;
    if (fetched && status === 'error') body = statusView(msg('The articles could not be loaded.', { id: 'latest.the-articles-could' }), () => this._first.retry());
    else if (!loading && list.length === 0) body = statusView(msg('No articles yet.', { id: 'latest.no-articles-yet' }));
    // Newest first: an ordered list in every layout (compact shows the numbers).
    else body = html`<ol part="list" aria-busy=${busy}>${content}</ol>`;
    return html`<section part="base" dir=${this.localeDir} aria-label=${this.heading || msg('Latest Articles', { id: 'latest.latest-articles' })}>
      ${this._headingNode()} ${body}
      ${fetched
        ? html`<div class="more">
            ${this._next && !loading
              ? html`<button part="more" type="button" aria-busy=${this._more.status === 'pending'} @click=${() => this.loadMore()}>
                  ${this._more.status === 'error' ? msg('Try again', { id: 'common.try-again' }) : msg('Load more', { id: 'latest.load-more' })}
                </button>`
              : nothing}
          </div>`
        : nothing}
      <span class="visually-hidden" role="status">${loading ? msg('Loading articles…', { id: 'latest.loading-articles' }) : this._added ? msg('Newer articles were added.', { id: 'latest.newer-articles-were' }) : ''}</span>
    </section>`;
  }
}
