import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from '../../internal/decorators.js';
import type { NewsClient } from '../../sdk/client.js';
import type { Article, Language } from '../../sdk/schemas.js';
import { isSafeUrl } from '../../sdk/url.js';
import { emit } from '../../events/emit.js';
import '../../events/news-language-change.js';
import '../../events/news-article-load.js';
import { ContextRequest, articleContext } from '../../internal/context.js';
import { directionOf } from '../../internal/direction.js';
import { onDocument } from '../../internal/document-events.js';
import { icon } from '../../internal/icons.js';
import { Loader } from '../../internal/loader.js';
import { NewsElement } from '../../internal/news-element.js';
import { reportError } from '../../internal/report-error.js';
import { statusView } from '../../internal/status-view.js';
import { warnOnce } from '../../internal/warn.js';
import { styles } from './news-language-switcher.styles.js';

/** One language the switcher offers. */
export interface SwitcherLanguage {
  /** BCP 47 tag. */
  lang: string;
  /** The page in that language (http(s) or relative). */
  url: string;
  /** Shown name; defaults to the language's own name for itself (اردو, فارسی, ...). */
  label?: string;
}

interface Entry extends SwitcherLanguage {
  label: string;
  /** Linked: a translation exists and its URL is http(s) or relative. */
  available: boolean;
  current: boolean;
}

const nativeNames = new Map<string, string>();
function nativeName(lang: string): string {
  let name = nativeNames.get(lang);
  if (name === undefined) {
    try {
      name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
    } catch {
      name = lang;
    }
    nativeNames.set(lang, name);
  }
  return name;
}

const sameLanguage = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
const primary = (tag: string) => tag.toLowerCase().split('-')[0];

/**
 * Links to the other language versions of a page, each named in its own
 * language (English, اردو, فارسی, العربية) and marked up with its own `lang`
 * and `dir`. Languages come from `.languages`, else from an article's
 * translations (`.article`, the `<news-article>` named by `for`, or the one
 * around the switcher), else from the client's `listLanguages()`. The
 * switcher asks that article what it shows through `articleContext` when it
 * connects, and hears what it shows later through its `news-article-load`.
 *
 * @tag news-language-switcher
 * @summary A list or menu of links to the page in other languages.
 *
 * @slot label - Replaces the visible label of the menu button (mode="menu").
 *
 * @csspart base - The wrapper (nav) carrying the locale's direction.
 * @csspart list - The list of languages.
 * @csspart item - Each language's list item.
 * @csspart link - Each language's link.
 * @csspart current - The current language's link or text.
 * @csspart unavailable - A language with no translation of this page.
 * @csspart button - The menu's disclosure button (mode="menu").
 * @csspart status - Loading, empty and error messages.
 *
 * @cssprop --news-color-accent - Colour of the current language marker.
 * @cssprop --news-color-text - Text colour.
 * @cssprop --news-color-muted - Colour of unavailable languages and messages.
 * @cssprop --news-color-surface - Background of the open menu.
 * @cssprop --news-color-border - Border of the open menu.
 * @cssprop --news-color-focus - Focus ring colour.
 * @cssprop --news-font-family - Font stack (per-script defaults otherwise).
 * @cssprop --news-radius - Corner radius of the menu.
 *
 * @fires news-language-change - Before leaving for another language (cancelable; detail `{ lang, url }`).
 * @fires news-error - Languages could not be loaded from the client (detail `{ error, operation }`).
 */
export class NewsLanguageSwitcher extends NewsElement {
  static override styles = styles;

  private readonly _languages = new Loader(this, {
    // Languages from the client only when nothing else gives them; again when the client changes.
    args: () => {
      const client = this.languages || this._article() ? undefined : this.newsClient;
      return client && ([client] as const);
    },
    task: ([client], signal) => client.listLanguages({ signal }),
    onError: reportError(this, 'load-languages'),
  });

  /** The article shown by the `<news-article>` named by `for` or around the switcher. */
  @state() private _followed: Article | undefined;
  @state() private _open = false;

  /** Languages as given (shown in this order). */
  @property({ attribute: false }) languages?: SwitcherLanguage[];

  /** An article whose translations give the languages. */
  @property({ attribute: false }) article?: Article;

  /** Id of a `<news-article>` whose translations give the languages. */
  @property({ attribute: 'for' }) for?: string;

  /** The API client; defaults to the provider's. Used only when neither languages nor an article are given. */
  @property({ attribute: false }) client?: NewsClient;

  /** Tag of the current language; defaults to the article's language, then the element's locale. */
  @property() current?: string;

  /** `links`: a row of links. `menu`: a button that opens the list. */
  @property({ reflect: true }) mode: 'links' | 'menu' = 'links';

  /** Leaves the current language out of the list. */
  @property({ type: Boolean, attribute: 'hide-current' }) hideCurrent = false;

  /** Leaves out languages that have no translation of the article (otherwise shown, not linked). */
  @property({ type: Boolean, attribute: 'hide-missing' }) hideMissing = false;

  /** Page address pattern for languages from `listLanguages()`; `{lang}` is replaced. */
  @property({ attribute: 'url-template' }) urlTemplate = '/{lang}/';

  constructor() {
    super();
    this.addController({ hostConnected: () => this._follow() });
    onDocument(this, 'news-article-load', ({ target, detail }) => {
      if (target instanceof Element && (this.for ? target.id === this.for : target.contains(this))) this._followed = detail.article;
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('mode') && this.mode !== 'menu') this._open = false;
    if (changed.has('for') && this.hasUpdated) this._follow();
  }

  /**
   * Asks the article named by `for` (or the one around the switcher) what it shows, through
   * `articleContext`; `news-article-load` brings what it shows later.
   */
  private _follow(): void {
    const target = this.for ? this.ownerDocument.getElementById(this.for) : this;
    this._followed = undefined;
    target?.dispatchEvent(new ContextRequest(articleContext, this, (article) => (this._followed = article)));
  }

  private _article(): Article | undefined {
    return this.article ?? this._followed;
  }

  private _entries(fetched: Language[] | undefined): Entry[] {
    const article = this._article();
    // The page itself and its translations: the same set the SDK's hreflangLinks() gives.
    const versions = article && [{ lang: article.lang, url: article.url }, ...article.translations];
    let list: SwitcherLanguage[];
    if (this.languages) list = this.languages;
    else if (fetched) list = fetched.map((l) => ({ lang: l.lang, label: l.nativeName, url: this.urlTemplate.replaceAll('{lang}', encodeURIComponent(l.lang)) }));
    else list = versions ?? [];

    const current = this.current || article?.lang || this.locale;
    const currentIndex = Math.max(
      list.findIndex((l) => sameLanguage(l.lang, current)),
      list.findIndex((l) => primary(l.lang) === primary(current)),
    );
    const entries = list.map((item, index): Entry => {
      const version = versions?.find((v) => sameLanguage(v.lang, item.lang));
      const url = version?.url ?? item.url;
      const safe = isSafeUrl(url);
      if (!safe) warnOnce('unsafe-url', `refused the link "${url}": only http(s) and relative URLs are linked`);
      return {
        lang: item.lang,
        label: item.label || nativeName(item.lang),
        url,
        current: index === currentIndex,
        available: safe && (!versions || !!version),
      };
    });
    return entries.filter((e) => !(this.hideCurrent && e.current) && !(this.hideMissing && !e.available && !e.current));
  }

  private _onLinkClick(event: MouseEvent, entry: Entry): void {
    if (entry.current) return;
    const allowed = emit(this, 'news-language-change', { lang: entry.lang, url: entry.url }, { cancelable: true });
    if (!allowed) event.preventDefault();
  }

  private _links(): HTMLElement[] {
    return [...(this.shadowRoot?.querySelectorAll<HTMLElement>('[part~="link"]') ?? [])];
  }

  private _onListKeydown = (event: KeyboardEvent) => {
    const links = this._links();
    const index = links.indexOf(this.shadowRoot?.activeElement as HTMLElement);
    const rtl = this.localeDir === 'rtl';
    const step: Record<string, number> =
      this.mode === 'menu'
        ? { ArrowDown: 1, ArrowUp: -1 }
        : { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1, ArrowDown: 1, ArrowUp: -1 };
    let next: number | undefined;
    if (event.key in step) next = (index + step[event.key]! + links.length) % links.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = links.length - 1;
    else if (event.key === 'Escape' && this.mode === 'menu' && this._open) {
      event.preventDefault();
      this._open = false;
      this.renderRoot.querySelector<HTMLElement>('[part~="button"]')?.focus();
      return;
    }
    if (next === undefined || links.length === 0) return;
    event.preventDefault();
    links[next]!.focus();
  };

  private _onFocusOut = (event: FocusEvent) => {
    // Tab leaving the open menu, or a click elsewhere on the page, closes it.
    if (this._open && !this.contains(event.relatedTarget as Node) && !this.shadowRoot?.contains(event.relatedTarget as Node)) {
      this._open = false;
    }
  };

  private async _toggle(): Promise<void> {
    this._open = !this._open;
    if (!this._open) return;
    await this.updateComplete;
    const links = this._links();
    (links.find((l) => l.getAttribute('aria-current')) ?? links[0])?.focus();
  }

  private _renderItem(entry: Entry) {
    const dir = directionOf(entry.lang);
    const parts = ['link', entry.current && 'current'].filter(Boolean).join(' ');
    if (entry.current && !entry.available) {
      // The page's own language with a URL we may not link (javascript:, data:): shown, never linked.
      return html`<li part="item">
        <span part="current" lang=${entry.lang} aria-current="true"><span dir=${dir}>${entry.label}</span></span>
      </li>`;
    }
    if (!entry.available) {
      return html`<li part="item">
        <span part="unavailable" lang=${entry.lang}><span dir=${dir}>${entry.label}</span></span
        ><span class="visually-hidden">${msg('(no translation)', { id: 'switcher.no-translation' })}</span>
      </li>`;
    }
    return html`<li part="item">
      <a
        part=${parts}
        href=${entry.url}
        hreflang=${entry.lang}
        lang=${entry.lang}
        aria-current=${entry.current ? 'true' : nothing}
        @click=${(event: MouseEvent) => this._onLinkClick(event, entry)}
        ><span dir=${dir}>${entry.label}</span></a
      >
    </li>`;
  }

  private _renderList(entries: Entry[]) {
    if (entries.length === 0) {
      return statusView(msg('No other languages available.', { id: 'switcher.no-other-languages' }));
    }
    const label = msg('Languages', { id: 'switcher.languages' });
    if (this.mode === 'links') {
      return html`<ul part="list" @keydown=${this._onListKeydown}>${entries.map((e) => this._renderItem(e))}</ul>`;
    }
    const current = entries.find((e) => e.current);
    const buttonLabel = current?.label ?? label;
    return html`<button
        part="button"
        type="button"
        aria-expanded=${this._open ? 'true' : 'false'}
        aria-controls="menu"
        aria-label=${msg(str`Language: ${buttonLabel}`, { id: 'switcher.language' })}
        @click=${() => this._toggle()}
      >
        ${icon('globe')}<slot name="label"><span lang=${current?.lang ?? nothing}>${buttonLabel}</span></slot>${icon('chevron-down', 14)}
      </button>
      <ul id="menu" part="list" class="menu" ?hidden=${!this._open} aria-label=${label} @keydown=${this._onListKeydown}>
        ${entries.map((e) => this._renderItem(e))}
      </ul>`;
  }

  protected override render() {
    const label = msg('Languages', { id: 'switcher.languages' });
    const needsFetch = !this.languages && !this._article();
    let content;
    if (needsFetch && !this.newsClient) {
      // Under a provider the client may still be on its way (the SDK loads lazily): only warn without one.
      if (!this.newsContext) warnOnce('no-client', 'no languages, article or client: set .languages, .article or <news-provider base-url>');
      content = this._renderList([]);
    } else if (needsFetch) {
      const { status, value } = this._languages;
      content =
        status === 'complete'
          ? this._renderList(this._entries(value))
          : status === 'error'
            ? statusView(msg('Languages could not be loaded.', { id: 'switcher.languages-could-not' }), () => this._languages.retry())
            : statusView(msg('Loading languages…', { id: 'switcher.loading-languages' }));
    } else {
      content = this._renderList(this._entries(undefined));
    }
    return html`<nav part="base" dir=${this.localeDir} aria-label=${label} @focusout=${this._onFocusOut}>${content}</nav>`;
  }
}
