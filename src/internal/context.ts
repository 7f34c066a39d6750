import type { Context } from '@lit/context';
import type { NewsClient } from '../sdk/client.js';
import type { Article } from '../sdk/schemas.js';

/** What `<news-provider>` gives its descendants. */
export interface NewsContextValue {
  /** The API client, when the provider has one. */
  client: NewsClient | undefined;
  /** The provider's locale, when it has a `lang`. */
  lang: string | undefined;
}

// Symbol.for: a page may load two builds (CDN and npm); both must find the same provider.
// A context is its key (what @lit/context's createContext returns); typed here without importing
// @lit/context, whose provider half only the providing elements need.
export const newsContext = Symbol.for('news-elements.context') as Context<symbol, NewsContextValue>;

/**
 * The article a `<news-article>` shows (undefined until it is shown). Elements
 * that follow an article ask it for this: the language switcher (its
 * translations), the comment form (whether comments are open).
 */
export const articleContext = Symbol.for('news-elements.article') as Context<symbol, Article | undefined>;

/**
 * The context protocol's request (https://github.com/webcomponents-cg/community-protocols):
 * what @lit/context's ContextRequestEvent is, without importing its consumer.
 * Dispatched from the asking element, it reaches the nearest provider above;
 * dispatched on a provider element itself, it asks that one.
 */
export class ContextRequest<T> extends Event {
  constructor(
    readonly context: Context<symbol, T>,
    readonly contextTarget: Element,
    readonly callback: (value: T, unsubscribe?: () => void) => void,
    readonly subscribe = false,
  ) {
    super('context-request', { bubbles: true, composed: true });
  }
}
