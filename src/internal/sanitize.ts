/**
 * Article HTML to a safe DOM fragment, through one DOMPurify instance of our
 * own (never the page's global one, whose hooks and settings we do not
 * control). DOMPurify loads lazily: a page without an article body never
 * downloads it.
 *
 * An allowlist of tags and attributes; every URL must be http(s) or relative;
 * links get rel="noopener noreferrer" and external ones are marked; images
 * load lazily; iframes survive only from hosts the caller allows (none by
 * default), sandboxed; tables get a scrolling, focusable wrapper.
 */
import type { DOMPurify } from 'dompurify';
import { ARTICLE_ATTRS, ARTICLE_TAGS, isSafeAttribute } from '../sdk/html-allowlist.js';

export interface SanitizeOptions {
  /** Hosts whose iframes are kept (e.g. `www.youtube-nocookie.com`); none by default. */
  iframeHosts?: readonly string[];
  /** The page the article is read on, to tell external links from internal ones. */
  baseUrl?: string;
}

let purifier: Promise<DOMPurify> | undefined;
/** The instance, once loaded: lets a caller with the data at hand sanitize in the same task. */
let loaded: DOMPurify | undefined;
let current: SanitizeOptions & { origin?: string } = {};

/** Our rules on a DOMPurify instance: the browser's (over `window`) and the server's (src/ssr, over a server DOM). */
export function configure(purify: DOMPurify): DOMPurify {
  // URLs are checked as DOMPurify meets each attribute: no lookups on elements without one.
  purify.addHook('uponSanitizeAttribute', (_node, data) => {
    const name = data.attrName;
    if (!isSafeAttribute(name, data.attrValue)) {
      data.keepAttr = false;
    }
  });
  purify.addHook('afterSanitizeAttributes', (node) => {
    const el = node as Element;
    switch (el.localName) {
      case 'a': {
        const href = el.getAttribute('href');
        if (href === null) break;
        el.setAttribute('rel', 'noopener noreferrer');
        let origin = current.origin;
        try {
          origin = new URL(href, current.baseUrl ?? document.baseURI).origin;
        } catch {
          // an unparsable relative reference stays internal
        }
        if (origin !== current.origin) el.setAttribute('data-external', '');
        break;
      }
      case 'img':
        el.setAttribute('loading', 'lazy');
        el.setAttribute('decoding', 'async');
        break;
      case 'iframe': {
        let host = '';
        try {
          host = new URL(el.getAttribute('src') ?? '', current.baseUrl ?? document.baseURI).hostname;
        } catch {
          host = '';
        }
        if (!current.iframeHosts?.includes(host) || !/^https:/i.test(el.getAttribute('src') ?? '')) {
          el.remove();
          break;
        }
        el.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-presentation allow-popups');
        el.setAttribute('loading', 'lazy');
        el.setAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
        break;
      }
    }
  });
  return purify;
}

/** Loads (once) the library's own DOMPurify instance. */
export function loadSanitizer(): Promise<DOMPurify> {
  purifier ??= import('dompurify').then(({ default: createDOMPurify }) => (loaded = configure(createDOMPurify(window))));
  return purifier;
}

/** Sanitizes article HTML into a fragment of the current document, in the same task; only once `loadSanitizer()` has resolved. */
export function sanitizeNow(html: string, options: SanitizeOptions = {}): DocumentFragment {
  return sanitizeWith(loaded!, html, options);
}

/**
 * Sanitizes with a configured instance (see `configure`), into a fragment of that instance's document,
 * or (`into: 'body'`) into the body element DOMPurify parsed it in: the same nodes, without moving each
 * into a fragment (which doubles the time on a server DOM; src/ssr serializes the body instead).
 */
export function sanitizeWith(purify: DOMPurify, html: string, options?: SanitizeOptions): DocumentFragment;
export function sanitizeWith(purify: DOMPurify, html: string, options: SanitizeOptions, into: 'body'): HTMLElement;
export function sanitizeWith(purify: DOMPurify, html: string, options: SanitizeOptions = {}, into: 'fragment' | 'body' = 'fragment'): DocumentFragment | HTMLElement {
  current = { ...options, origin: new URL(options.baseUrl ?? document.baseURI).origin };
  try {
    const config = {
      ALLOWED_TAGS: ARTICLE_TAGS,
      ALLOWED_ATTR: ARTICLE_ATTRS,
      ALLOW_DATA_ATTR: false,
      ALLOW_ARIA_ATTR: false,
      SANITIZE_NAMED_PROPS: true,
    };
    const fragment = into === 'body' ? (purify.sanitize(html, { ...config, RETURN_DOM: true }) as HTMLElement) : purify.sanitize(html, { ...config, RETURN_DOM_FRAGMENT: true });
    for (const table of fragment.querySelectorAll('table')) {
      // The table's own document: the page's in a browser, the server DOM's in Node.
      const wrapper = table.ownerDocument.createElement('div');
      wrapper.className = 'table-scroll';
      // Focusable so keyboard users can scroll a wide table; named by its caption when it has one.
      wrapper.tabIndex = 0;
      const caption = table.querySelector('caption')?.textContent?.trim();
      if (caption) {
        wrapper.setAttribute('role', 'region');
        wrapper.setAttribute('aria-label', caption);
      }
      table.replaceWith(wrapper);
      wrapper.append(table);
    }
    return fragment;
  } finally {
    current = {};
  }
}
