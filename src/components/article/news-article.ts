import { msg, str } from '@lit/localize';
import { html, isServer, nothing, type TemplateResult } from 'lit';
import { property } from '../../internal/decorators.js';
import type { NewsClient } from '../../sdk/client.js';
import type { Article } from '../../sdk/schemas.js';
import { isSafeUrl } from '../../sdk/url.js';
import { emit } from '../../events/emit.js';
import '../../events/news-article-load.js';
import { articleContext } from '../../internal/context.js';
import { ContextAnswer } from '../../internal/context-answer.js';
import { commentsText, minutesReadText, viewsText } from '../../internal/counts.js';
import { directionOf } from '../../internal/direction.js';
import { formatDate } from '../../internal/format.js';
import { hasFallback } from '../../internal/fallback.js';
import type * as SanitizeModule from '../../internal/sanitize.js';
import type * as ValidateModule from './article-validate.js';
import { heading } from '../../internal/heading.js';
import { Loader } from '../../internal/loader.js';
import { NewsElement } from '../../internal/news-element.js';
import { reportError } from '../../internal/report-error.js';
import { serverRendering } from '../../internal/server.js';
import { statusView } from '../../internal/status-view.js';
import { readingMinutes } from '../../sdk/reading-time.js';
import { styles } from './news-article.styles.js';

/**
 * What the lazy chunks give an article: the schema check of data handed in, and the sanitizer (our
 * rules and DOMPurify), which a server-rendered article does without: its body is in the page already.
 */
interface Chunks {
  validated: typeof ValidateModule.validated;
  sanitizeNow?: typeof SanitizeModule.sanitizeNow;
}
let validation: Promise<Chunks['validated']> | undefined;
let sanitizer: Promise<Chunks['sanitizeNow']> | undefined;
/** The chunks, once loaded: data handed in as `.article` is then shown in the same update. */
const loaded: Partial<Chunks> = {};

/** Loads the chunks once for every <news-article> of the page, validation and (unless `bodyless`) the sanitizer at once. */
function loadChunks(bodyless = false): Promise<Chunks> {
  validation ??= import('./article-validate.js').then(({ validated }) => (loaded.validated = validated));
  // In Node there is no window for the browser's DOMPurify: the server rendering's sanitizer does the body (see _prepare).
  if (!bodyless) sanitizer ??= import('../../internal/sanitize.js').then(async (module) => (isServer || (await module.loadSanitizer()), (loaded.sanitizeNow = module.sanitizeNow)));
  // A failed download is tried again by the next article (or the retry button).
  validation.catch(() => (validation = undefined));
  sanitizer?.catch(() => (sanitizer = undefined));
  return Promise.all([validation, bodyless ? undefined : sanitizer]).then(([validated, sanitizeNow]) => ({ validated, sanitizeNow }));
}

/** The article's body as the server rendered it, before the element's first update: kept, not sanitized again. */
const serverBody = (article: NewsArticle): HTMLElement | null | undefined => (article.hasUpdated ? undefined : article.shadowRoot?.querySelector<HTMLElement>('[part="body"]'));

interface Shown {
  article: Article;
  /** The sanitized body: a node in a browser, a template of the sanitized markup in a server render. */
  body: HTMLElement | TemplateResult;
  minutes: number;
}

// "Once per article per page view": shared by every <news-article> on the page.
const counted = new Set<string>();

const isNotFound = (error: unknown) => (error as { status?: number } | undefined)?.status === 404;

/** What relative URLs resolve against: the page's address (a server render's, when it was given one). */
const pageUrl = (): string | undefined => (isServer ? serverRendering()?.pageUrl : location.href);

/** An absolute address, or undefined when `url` is relative and there is no page to resolve it against. */
function absolute(url: string): string | undefined {
  try {
    return new URL(url, pageUrl()).href;
  } catch {
    return undefined;
  }
}

/**
 * A complete news article: breadcrumb, headline, lead, author, meta line
 * (id, dates, reading time, views unless the client says its back end counts
 * none), hero image with caption, the body
 * sanitized into DOM, and tags. Data comes from `.article`, or is fetched by
 * `slug` or `article-id` through the provider's or its own `.client`.
 * Headline and body take the article's language and direction, whatever the
 * page's. Elements that follow the article (a language switcher inside it
 * or naming it with `for`, the comment form around it) ask it what it shows
 * through `articleContext` (the context protocol) and hear changes through
 * `news-article-load`.
 *
 * @tag news-article
 * @summary A full news article, sanitized and localized.
 *
 * @slot - Shown while the article loads, instead of the skeleton: the same article as plain HTML
 *   (server-rendered, for readers without scripts and for crawlers). Hidden once the article renders.
 * @slot after-body - After the body and tags: a share bar, a comment form.
 * @slot aside - Beside the article on wide screens, below it on narrow ones: latest articles.
 *
 * @csspart base - The article wrapper, carrying the interface direction.
 * @csspart breadcrumb - The section path navigation.
 * @csspart headline - The headline.
 * @csspart lead - The lead paragraph.
 * @csspart meta - The line with id, dates, reading time, views and author.
 * @csspart comments - The comment count in the meta line (`show-comment-count`), a link to `#comments`.
 * @csspart image - The hero figure.
 * @csspart caption - The hero image caption.
 * @csspart body - The article body.
 * @csspart tags - The list of tags.
 * @csspart status - Loading, not-found and error messages.
 *
 * @cssprop --news-color-text - Text colour.
 * @cssprop --news-color-muted - Meta line and caption colour.
 * @cssprop --news-color-accent - Links, quote bar and breadcrumb accents.
 * @cssprop --news-color-surface - Background of tables and skeletons.
 * @cssprop --news-color-border - Rules and table borders.
 * @cssprop --news-font-family - Font stack (per-script defaults otherwise).
 * @cssprop --news-measure - Maximum line length of the text (default 70ch).
 * @cssprop --news-headline-size - Headline font size.
 *
 * @fires news-article-load - The article is shown (detail `{ article }`).
 * @fires news-error - Loading, validating or counting failed (detail `{ error, operation }`).
 */
export class NewsArticle extends NewsElement {
  static override styles = styles;

  private readonly _load = new Loader(this, {
    args: () => {
      const data = this.article;
      const client = data ? undefined : this.newsClient;
      const id = this.articleId;
      // A slug is per language: another lang is another article.
      const slug = id ? undefined : this.slug;
      if (!data && !(client && (id || slug))) return undefined;
      return [data, client, id, slug, slug && this.lang, this.allowIframes] as const;
    },
    task: ([data, client, id, slug, lang], signal) => {
      // Data handed in is checked with the SDK's schema, loaded on demand: at once when the chunks are here.
      const bodyless = !!serverBody(this);
      if (data && loaded.validated && (bodyless || loaded.sanitizeNow)) return this._prepare(loaded.validated(data), loaded.sanitizeNow);
      if (data) return loadChunks(bodyless).then(({ validated, sanitizeNow }) => this._prepare(validated(data), sanitizeNow));
      const ref = id ? { id } : { slug: slug!, ...(lang && { lang }) };
      // The article and the chunks load together.
      return Promise.all([client!.getArticle(ref, { signal }), loadChunks(bodyless)]).then(([article, { sanitizeNow }]) => this._prepare(article, sanitizeNow));
    },
    onError: (error) => {
      if (!isNotFound(error)) reportError(this, 'load-article')(error);
    },
  });
  /** The comment count (`show-comment-count`), once the article is shown. */
  private readonly _comments = new Loader(this, {
    args: () => {
      const client = this.showCommentCount && this.newsClient;
      const id = this._load.status === 'complete' ? this._load.value?.article.id : undefined;
      return client && id && client.capabilities?.comments !== false ? ([client, id] as const) : undefined;
    },
    task: ([client, id], signal) => client.commentCounts([id], { signal }).then((counts) => counts[id] ?? 0),
    onError: reportError(this, 'load-comment-count'),
  });
  /**
   * What this article shows, for elements that follow it (a switcher inside it or naming it with
   * `for`, the comment form around it); later changes also reach them as `news-article-load`.
   */
  private readonly _shown = new ContextAnswer<Article | undefined>(this, articleContext, undefined);
  private _viewCount: number | undefined;

  /** The article to show; no network. */
  @property({ attribute: false }) article?: Article;

  /** Slug of an article to fetch. */
  @property() slug?: string;

  /** Id of an article to fetch. */
  @property({ attribute: 'article-id' }) articleId?: string;

  /** The API client; defaults to the provider's. */
  @property({ attribute: false }) client?: NewsClient;

  /** Level of the headline, 1 to 6. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 1;

  /** Shows the article id in the meta line. */
  @property({ type: Boolean, attribute: 'show-id' }) showId = false;

  /** Shows how many comments the article has in the meta line, linking to `#comments` (give the comments that id). */
  @property({ type: Boolean, attribute: 'show-comment-count' }) showCommentCount = false;

  /** Does not count a view. */
  @property({ type: Boolean, attribute: 'no-count' }) noCount = false;

  /** Puts NewsArticle and BreadcrumbList JSON-LD in the element's light DOM. */
  @property({ type: Boolean, attribute: 'emit-jsonld' }) emitJsonld = false;

  /** Space-separated hosts whose iframes the body may keep (none by default). */
  @property({ attribute: 'allow-iframes' }) allowIframes = '';

  override connectedCallback(): void {
    super.connectedCallback();
    // Whatever the article comes from, it needs the chunks: they load while the data does.
    void loadChunks(!!serverBody(this)).catch(() => undefined);
  }

  /**
   * A server-rendered article is taken over in its first update, which must render what the server
   * did: the article, not its loading state. Its data is handed in (set before the element upgraded, Lit
   * applies it in that update); the update waits for the schema check.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.serverRendered && !loaded.validated) return loadChunks(true).then(() => super.scheduleUpdate(), () => super.scheduleUpdate());
    return super.scheduleUpdate();
  }

  protected override updated(): void {
    const shown = this._load.value?.article;
    if (this._load.status !== 'complete' || !shown || shown === this._shown.value) return;
    this._shown.set(shown);
    this._viewCount = undefined;
    emit(this, 'news-article-load', { article: shown });
    void this._count(shown);
    void this._jsonLd(shown);
  }

  /**
   * Resolves once the article is shown (or its error) when the data was handed in: only its chunks
   * stand between, never the network. For fetched articles it means what it always means in Lit.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.article && this._load.status === 'pending') {
      await this._load.settled;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /** The sanitized body as a node, and the reading time: the server's, else counted on the body's text. */
  private _prepare(article: Article, sanitize: Chunks['sanitizeNow']): Shown {
    const rendered = serverBody(this);
    if (rendered) return { article, body: rendered, minutes: article.readingMinutes ?? readingMinutes(rendered.textContent ?? '', article.lang) };
    const iframeHosts = this.allowIframes.split(/\s+/).filter(Boolean);
    const server = isServer ? serverRendering() : undefined;
    if (server) {
      // A server render has no page: links are told internal or external against the page it names, else the article's own address.
      const { view, text } = server.articleBody(article.bodyHtml, { iframeHosts, baseUrl: server.pageUrl ?? absolute(article.url) ?? 'about:blank' }, { lang: article.lang, dir: directionOf(article.lang) });
      return { article, body: view, minutes: article.readingMinutes ?? readingMinutes(text, article.lang) };
    }
    const body = document.createElement('div');
    body.append(sanitize!(article.bodyHtml, { iframeHosts, baseUrl: location.href }));
    return { article, body, minutes: article.readingMinutes ?? readingMinutes(body.textContent ?? '', article.lang) };
  }

  private async _count(article: Article): Promise<void> {
    const client = this.newsClient;
    // A back end that counts no views (a CMS adapter) says so; nothing to record.
    if (this.noCount || !client || client.capabilities?.views === false || counted.has(article.id)) return;
    counted.add(article.id);
    try {
      this._viewCount = (await client.recordView(article.id)).viewCount;
      this.requestUpdate();
    } catch (error) {
      reportError(this, 'record-view')(error);
    }
  }

  private async _jsonLd(article: Article): Promise<void> {
    const existing = this.querySelector(':scope > script[data-news-jsonld]');
    if (!this.emitJsonld) return existing?.remove();
    const { placeJsonLd } = await import('./article-jsonld.js');
    placeJsonLd(this, article);
  }

  private _headline(article: Article, dir: string): TemplateResult {
    return heading(this.headingLevel, 1, 'headline', article.title, { lang: article.lang, dir });
  }

  private _meta(article: Article, minutes: number): TemplateResult {
    const locale = this.locale;
    const updated = article.updatedAt && Date.parse(article.updatedAt) > Date.parse(article.publishedAt);
    const views = this._viewCount ?? article.viewCount;
    const author = article.author;
    const authorName = html`<bdi>${author?.name}</bdi>`;
    return html`<p part="meta">
      ${author
        ? html`<span class="author">${msg(html`By ${author.url && isSafeUrl(author.url) ? html`<a href=${author.url} rel="author">${authorName}</a>` : authorName}`, { id: 'article.by' })}</span>`
        : nothing}
      ${this.showId ? html`<span>${msg(str`Article ${article.id}`, { id: 'article.article' })}</span>` : nothing}
      <span>${msg('Published', { id: 'article.published' })} <time datetime=${article.publishedAt}>${formatDate(article.publishedAt, locale)}</time></span>
      ${updated
        ? html`<span>${msg('Updated', { id: 'article.updated' })} <time datetime=${article.updatedAt!}>${formatDate(article.updatedAt!, locale)}</time></span>`
        : nothing}
      ${minutes ? html`<span>${minutesReadText(minutes, locale)}</span>` : nothing}
      ${this.newsClient?.capabilities?.views === false ? nothing : html`<span>${viewsText(views, locale)}</span>`}
      ${this._comments.status === 'complete'
        ? html`<a part="comments" href="#comments">${commentsText(this._comments.value!, locale)}</a>`
        : // Until the count arrives, a hidden count of two digits holds its place: the line does not wrap later.
          this.showCommentCount && this.newsClient?.capabilities?.comments !== false && this._comments.status !== 'error'
          ? html`<span class="reserve" aria-hidden="true">${commentsText(88, locale)}</span>`
          : nothing}
    </p>`;
  }

  private _article({ article, body, minutes }: Shown): TemplateResult {
    const dir = directionOf(article.lang);
    const image = article.image && isSafeUrl(article.image.src) ? article.image : undefined;
    let bodyView: HTMLElement | TemplateResult;
    if (isServer) {
      // The server's body is markup (with its <div part="body">); a browser taking it over keeps that node.
      bodyView = body as TemplateResult;
    } else {
      bodyView = body as HTMLElement;
      if (bodyView.getAttribute('lang') !== article.lang) {
        bodyView.setAttribute('lang', article.lang);
        bodyView.setAttribute('dir', dir);
        bodyView.setAttribute('part', 'body');
      }
    }
    return html`
      ${article.section.path.length
        ? html`<nav part="breadcrumb" aria-label=${msg('Breadcrumb', { id: 'article.breadcrumb' })}>
            <ol lang=${article.lang} dir=${dir}>
              ${article.section.path.map((name) => html`<li>${name}</li>`)}
            </ol>
          </nav>`
        : nothing}
      <header>
        ${this._headline(article, dir)}
        ${article.lead ? html`<p part="lead" lang=${article.lang} dir=${dir}>${article.lead}</p>` : nothing}
        ${this._meta(article, minutes)}
      </header>
      ${image
        ? html`<figure part="image">
            <img
              src=${image.src}
              srcset=${image.srcset && isSafeUrl(image.src) ? image.srcset : nothing}
              sizes=${image.srcset ? '(min-width: 70ch) 70ch, 100vw' : nothing}
              alt=${image.alt}
              width=${image.width}
              height=${image.height}
              fetchpriority="high"
            />
            ${image.caption ? html`<figcaption part="caption" lang=${article.lang} dir=${dir}>${image.caption}</figcaption>` : nothing}
          </figure>`
        : nothing}
      ${bodyView}
      ${article.tags.length
        ? html`<ul part="tags" aria-label=${msg('Tags', { id: 'article.tags' })} lang=${article.lang}>
            ${article.tags.map((tag) => html`<li><bdi>${tag}</bdi></li>`)}
          </ul>`
        : nothing}
      <p class="source">${msg('Source:', { id: 'article.source' })} ${isSafeUrl(article.url) ? (absolute(article.url) ?? article.url) : nothing}</p>
      <slot name="after-body"></slot>`;
  }

  protected override render() {
    const { status, value, error } = this._load;
    let content: TemplateResult;
    if (status === 'complete' && value) content = this._article(value);
    else if (status === 'error' && isNotFound(error))
      content = statusView(msg('This article was not found.', { id: 'article.this-article-was' }));
    else if (status === 'error')
      // Data handed in as a property cannot be fetched again; a failed request can.
      content = statusView(msg('The article could not be loaded.', { id: 'article.the-article-could' }), this.article ? undefined : () => this._load.retry());
    else if (hasFallback(this))
      content = html`<slot></slot><span class="visually-hidden" role="status">${msg('Loading article…', { id: 'article.loading-article' })}</span>`;
    else
      content = html`<div class="skeleton" aria-hidden="true">
          <span style="inline-size:30%"></span><span style="block-size:2.2rem"></span><span style="block-size:2.2rem;inline-size:60%"></span>
          <span style="inline-size:50%"></span><span class="image"></span><span></span><span></span><span></span><span></span><span></span>
        </div>
        <span class="visually-hidden" role="status">${msg('Loading article…', { id: 'article.loading-article' })}</span>`;
    return html`<article part="base" dir=${this.localeDir} aria-busy=${status === 'pending'}>${content}</article>
      <slot name="aside"></slot>`;
  }
}
