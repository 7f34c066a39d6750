/**
 * The thin base class of every element: locale and direction resolution, and
 * re-rendering when a `lang` that the element depends on changes.
 */
import { isServer, LitElement, type ReactiveController } from 'lit';
import { property, state } from './decorators.js';
import { ContextRequest, newsContext, type NewsContextValue } from './context.js';
import type { NewsClient } from '../sdk/client.js';
import { directionOf, type Direction } from './direction.js';
import { syncPageLocale } from './localization.js';
import { serverRendering } from './server.js';
import { warnOnce } from './warn.js';

const DEFAULT_LOCALE = 'en';

/**
 * The locale of an element, first found wins: its own `lang`; the nearest
 * `<news-provider lang>`; the nearest ancestor `lang` (across shadow roots);
 * `<html lang>`; `en`.
 */
export function resolveLocale(element: HTMLElement, providerLang: string | undefined): string {
  // The property, not the attribute: during render Lit has not reflected a new `lang` yet.
  const own = element.lang;
  if (own) return own;
  if (providerLang) return providerLang;
  // A server render (src/ssr) has no tree (nor ShadowRoot) to walk: the locale it renders in stands for the page's.
  if (isServer) return serverRendering()?.lang ?? DEFAULT_LOCALE;
  let node: Node | null = element;
  while (node) {
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
  }
  return DEFAULT_LOCALE;
}

const connected = new Set<NewsElement>();
let observer: MutationObserver | undefined;

// A provider defined after its descendants connected announces itself; those without a provider ask again.
const onProvider = (event: Event) => {
  for (const el of connected) {
    if (!el['newsContext'] && event.composedPath().includes(el.parentNode as EventTarget)) el['requestContext']();
  }
};

// New interface strings are in use: every element renders again (what @localized() does per instance).
const onLocaleStatus = (event: Event) => {
  if ((event as CustomEvent<{ status: string }>).detail.status === 'ready') for (const el of connected) el.requestUpdate();
};

// One observer for the whole page: a `lang` changed anywhere re-resolves every element.
function watch(element: NewsElement): void {
  connected.add(element);
  if (observer) return;
  observer = new MutationObserver(() => {
    for (const el of connected) el.requestUpdate();
    void syncPageLocale();
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  document.addEventListener('context-provider', onProvider);
  window.addEventListener('lit-localize-status', onLocaleStatus);
}

function unwatch(element: NewsElement): void {
  connected.delete(element);
  if (connected.size === 0) {
    observer?.disconnect();
    observer = undefined;
    document.removeEventListener('context-provider', onProvider);
    window.removeEventListener('lit-localize-status', onLocaleStatus);
  }
}

/**
 * How connecting is scheduled, when something schedules it: the entries that register every element
 * at once install take-turns.ts here, so that their upgrades do not all run in one task. `defer`
 * returns true when it will call `connectNow()` later; `cancel` true when it dropped a pending one.
 */
export const connecting: { defer?: (element: NewsElement) => boolean; cancel?: (element: NewsElement) => boolean } = {};

export class NewsElement extends LitElement {
  /** What the nearest `<news-provider>` gives: its client and locale. */
  @state() protected newsContext: NewsContextValue | undefined;

  private _unsubscribe: (() => void) | undefined;
  /** Every controller, in the order added: server rendering runs their `hostUpdate()`, which Lit's SSR does not (see `serverUpdate`). */
  private _controllers: ReactiveController[] | undefined;
  /**
   * True from connecting until the end of the first update when the element's shadow root came
   * server-rendered (set by the hydration support, hydrate.ts): that update must render what the
   * server did (no client, no browser APIs), so that Lit attaches to its nodes; the update after it
   * renders the browser's view. A declaration only: pages without server rendering pay nothing.
   */
  protected declare serverRendered?: boolean;

  /** The element's own locale (BCP 47); when absent it follows its provider or page. */
  @property({ reflect: true }) override lang!: string;

  /** The resolved locale tag of this element. */
  get locale(): string {
    return resolveLocale(this, this.newsContext?.lang);
  }

  /** The API client the element talks to: its own `client` property, else its provider's. */
  protected get newsClient(): NewsClient | undefined {
    return (this as { client?: NewsClient }).client ?? this.newsContext?.client;
  }

  /** The text direction of the resolved locale. */
  get localeDir(): Direction {
    return directionOf(this.locale);
  }

  override addController(controller: ReactiveController): void {
    super.addController(controller);
    // Lazily: initializers run from LitElement's constructor, before this class's fields are set.
    (this._controllers ??= []).push(controller);
  }

  override connectedCallback(): void {
    if (this.hasUpdated || !connecting.defer?.(this)) this.connectNow();
  }

  /** What connectedCallback does, now or when a scheduler says (see `connecting`). */
  protected connectNow(): void {
    if (!this.isConnected) return;
    super.connectedCallback();
    watch(this);
    this.requestContext();
    // The page's interface locale may have changed while nothing was watching (e.g. <html lang> set before connecting).
    void syncPageLocale();
  }

  override disconnectedCallback(): void {
    // Removed before it connected: there is nothing to undo.
    if (connecting.cancel?.(this)) return;
    super.disconnectedCallback();
    unwatch(this);
    this._unsubscribe?.();
    this._unsubscribe = undefined;
    this.newsContext = undefined;
  }

  /**
   * Asks the nearest `<news-provider>` for its value through the context
   * protocol (the provider answers with @lit/context), and keeps it updated.
   * A small consumer of our own: @lit/context's would double its weight here.
   */
  protected requestContext(): void {
    this.dispatchEvent(
      new ContextRequest(newsContext, this, (value, unsubscribe) => {
        if (unsubscribe !== this._unsubscribe) this._unsubscribe?.();
        this._unsubscribe = unsubscribe;
        this.newsContext = value;
      }, true),
    );
  }
}

/**
 * Server rendering (src/ssr): what a browser update does between `willUpdate()` and `render()`,
 * which Lit's SSR leaves out: each controller's `hostUpdate()`, so that loaders start from the data
 * handed in. Returns the controllers, for the renderer to wait for the loads they started.
 */
export function serverUpdate(element: NewsElement): readonly ReactiveController[] {
  const controllers = element['_controllers'] ?? [];
  for (const controller of controllers) controller.hostUpdate?.();
  return controllers;
}

/**
 * Defines a tag, warning instead of throwing when it is already defined (a
 * page may load both the CDN bundle and the npm build).
 */
export function define(tag: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, constructor);
  } else if (existing !== constructor) {
    warnOnce('already-defined', `<${tag}> was already defined (two copies of news-elements?); keeping the first`);
  }
}
