import { html, type PropertyValues } from 'lit';
import { property } from '../../internal/decorators.js';
import type { NewsClient } from '../../sdk/client.js';
import { newsContext, type NewsContextValue } from '../../internal/context.js';
import { ContextAnswer } from '../../internal/context-answer.js';
import { NewsElement } from '../../internal/news-element.js';
import { syncPageLocale } from '../../internal/localization.js';
import { reportError } from '../../internal/report-error.js';
import { styles } from './news-provider.styles.js';

/**
 * Gives the elements inside it an API client and a locale. Optional: every
 * element also accepts `.client` and `lang` directly.
 *
 * When two providers are nested, an element uses the nearest one. The page's
 * interface strings follow the first `<news-provider lang>` in the document
 * (see the README on locales).
 *
 * @tag news-provider
 * @summary Provides a News API client and a locale to descendant news elements.
 *
 * @slot - The page content that uses the client and locale.
 *
 * @csspart base - The wrapper that carries the locale's direction around the slotted content.
 *
 * @cssprop --news-font-family - Font stack inherited by the news elements inside.
 *
 * @fires news-error - The client could not be created from `base-url` (detail: `{ error, operation }`).
 */
export class NewsProvider extends NewsElement {
  static override styles = styles;

  private readonly _provided = new ContextAnswer<NewsContextValue>(this, newsContext, { client: undefined, lang: undefined });

  /** The API root the client talks to, e.g. `https://news.example.org/api` or `/api`. */
  @property({ attribute: 'base-url' }) baseUrl?: string;

  /** A ready client; takes precedence over `base-url`. */
  @property({ attribute: false }) client?: NewsClient;

  private _clientFromUrl: NewsClient | undefined;
  private _clientRun = 0;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    void syncPageLocale();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('baseUrl') || changed.has('lang')) void this._createClient();
    this._provide();
    if (changed.has('lang')) void syncPageLocale();
  }

  private _provide(): void {
    const client = this.client ?? this._clientFromUrl;
    // Only a provider's own lang is passed down; without one, descendants resolve from the page.
    const lang = this.lang || undefined;
    const { value } = this._provided;
    if (client !== value.client || lang !== value.lang) this._provided.set({ client, lang });
  }

  // The SDK loads on demand, so a page that hands clients in directly never pays for it here.
  private async _createClient(): Promise<void> {
    const run = ++this._clientRun;
    const baseUrl = this.baseUrl;
    const lang = this.lang || undefined;
    let client: NewsClient | undefined;
    if (baseUrl) {
      try {
        const { createNewsClient } = await import('../../sdk/client.js');
        client = createNewsClient({ baseUrl, lang });
      } catch (error) {
        if (run === this._clientRun) reportError(this, 'create-client')(error);
      }
    }
    if (run !== this._clientRun) return;
    this._clientFromUrl = client;
    this._provide();
  }

  protected override render() {
    return html`<div part="base" dir=${this.localeDir}><slot></slot></div>`;
  }
}
