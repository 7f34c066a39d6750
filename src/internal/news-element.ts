/**
 * The thin base class of every element: locale and direction resolution, and
 * re-rendering when a `lang` that the element depends on changes.
 */
import { LitElement } from 'lit';
import { property, state } from './decorators.js';
import { NewsContextRequest, type NewsContextValue } from './context.js';
import { directionOf, type Direction } from './direction.js';
import { hasFallback } from './fallback.js';
import { syncPageLocale } from './localization.js';
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
 * While the page loads, elements connect one per task, in document order: each one's upgrade and
 * first render (and the layout it causes) is a task of its own instead of one long task for all,
 * so the page answers input in between. An element with server-rendered content inside keeps
 * showing it until its turn. Once the page has loaded, elements connect at once.
 */
const waiting: NewsElement[] = [];
const channel = typeof MessageChannel === 'function' ? new MessageChannel() : undefined;
const nextTask = (run: () => void) => {
  const scheduler = (globalThis as { scheduler?: { postTask?: (task: () => void) => unknown } }).scheduler;
  if (scheduler?.postTask) scheduler.postTask(run);
  else if (channel) {
    // Unlike timers, message tasks are not throttled in background tabs.
    channel.port1.onmessage = run;
    channel.port2.postMessage(null);
  } else setTimeout(run);
};
function takeTurns(): void {
  // Document order, whatever order the tags were defined in: the page fills in from the top.
  waiting.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  const element = waiting.shift();
  element?.['connectNow']();
  if (waiting.length) nextTask(takeTurns);
}

export class NewsElement extends LitElement {
  /** What the nearest `<news-provider>` gives: its client and locale. */
  @state() protected newsContext: NewsContextValue | undefined;

  private _unsubscribe: (() => void) | undefined;
  private _waitingSlot: HTMLSlotElement | undefined;

  /** The element's own locale (BCP 47); when absent it follows its provider or page. */
  @property({ reflect: true }) override lang!: string;

  /** The resolved locale tag of this element. */
  get locale(): string {
    return resolveLocale(this, this.newsContext?.lang);
  }

  /** The text direction of the resolved locale. */
  get localeDir(): Direction {
    return directionOf(this.locale);
  }

  override connectedCallback(): void {
    if (document.readyState === 'complete' || this.hasUpdated) return this.connectNow();
    if (waiting.includes(this)) return;
    // Until its turn, an element with the page's own HTML inside shows that HTML as is; an empty one
    // gets its shadow root (and so its :host styles, the space it reserves) at once.
    if (!hasFallback(this) && !(this as { renderRoot?: unknown }).renderRoot) {
      const root = this.createRenderRoot();
      root.append((this._waitingSlot = document.createElement('slot')));
      (this as { renderRoot: HTMLElement | DocumentFragment }).renderRoot = root;
    }
    if (waiting.push(this) === 1) nextTask(takeTurns);
  }

  private connectNow(): void {
    if (!this.isConnected) return;
    this._waitingSlot?.remove();
    this._waitingSlot = undefined;
    super.connectedCallback();
    watch(this);
    this.requestContext();
    // The page's interface locale may have changed while nothing was watching (e.g. <html lang> set before connecting).
    void syncPageLocale();
  }

  override disconnectedCallback(): void {
    const turn = waiting.indexOf(this);
    // Removed before its turn: it never connected, so there is nothing to undo.
    if (turn >= 0) return void waiting.splice(turn, 1);
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
      new NewsContextRequest(this, (value, unsubscribe) => {
        if (unsubscribe !== this._unsubscribe) this._unsubscribe?.();
        this._unsubscribe = unsubscribe;
        this.newsContext = value;
      }),
    );
  }
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
