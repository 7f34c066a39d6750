import type { Context } from '@lit/context';
import type { NewsClient } from '../sdk/client.js';

/** What `<news-provider>` gives its descendants. */
export interface NewsContextValue {
  /** The API client, when the provider has one. */
  client: NewsClient | undefined;
  /** The provider's locale, when it has a `lang`. */
  lang: string | undefined;
}

// Symbol.for: a page may load two builds (CDN and npm); both must find the same provider.
// A context is its key (what @lit/context's createContext returns); typed here without importing
// @lit/context, whose provider half only <news-provider> needs.
export const newsContext = Symbol.for('news-elements.context') as Context<symbol, NewsContextValue>;

/**
 * The context protocol's request (https://github.com/webcomponents-cg/community-protocols):
 * what @lit/context's ContextRequestEvent is, without importing its consumer.
 */
export class NewsContextRequest extends Event {
  readonly context = newsContext;
  constructor(
    readonly contextTarget: Element,
    readonly callback: (value: NewsContextValue, unsubscribe?: () => void) => void,
    readonly subscribe = true,
  ) {
    super('context-request', { bubbles: true, composed: true });
  }
}
