/**
 * The autoloader's engine: finds the registry's tags in a document and its
 * open shadow roots, and imports each element's CDN file once, after adding
 * `<link rel="modulepreload">` for every file that element needs so the
 * browser fetches them in one round trip. Standalone on purpose: it imports
 * nothing, so `loader.js` stays about a kilobyte and pulls in no shared chunk.
 */

/** Tag → the files it needs, relative to the loader; the first is the one to import. `hydrate`: Lit's hydration support. */
export type AutoloadManifest = Readonly<Record<string, readonly string[]>>;

/** Detail of `news-autoload-error` (on `document`): which tag failed to load from where. */
export interface AutoloadErrorDetail {
  tag: string;
  url: string;
  error: unknown;
}

/** Detail of `news-autoload-complete` (on `document`): every discovered element is defined. */
export interface AutoloadCompleteDetail {
  tags: string[];
}

export interface AutoloaderOptions {
  manifest: AutoloadManifest;
  /** The URL the manifest's paths are relative to (the loader's own). */
  base: string;
  /** Imports a module; tests replace it to simulate failures. */
  importModule?: (url: string) => Promise<unknown>;
  /** Told each time `ready` is replaced by a promise that covers more elements. */
  onReady?: (ready: Promise<void>) => void;
}

export interface Autoloader {
  /** Looks for tags in `root` (and the open shadow roots inside it) and loads them. */
  discover(root: ParentNode): Promise<void>;
  /** Loads tags before they appear in the page. */
  preload(tags: Iterable<string>): Promise<void>;
  /** Every discovered element defined; rejects while one of them failed to load. */
  readonly ready: Promise<void>;
  /** Watches the document for new tags: one MutationObserver, batched per frame. */
  start(): void;
  stop(): void;
}

const warn = (message: string, ...rest: unknown[]) => console.warn(`[news-elements:autoload] ${message}`, ...rest);

export function createAutoloader({ manifest, base, importModule = (url) => import(/* @vite-ignore */ url), onReady }: AutoloaderOptions): Autoloader {
  /** A tag's load in flight or done; a failed one is removed, so that it is tried again. */
  const loads = new Map<string, Promise<unknown>>();
  const failures = new Map<string, unknown>();
  const tries = new Map<string, number>();
  const discovered = new Set<string>();
  /** Preloaded URLs, observed shadow roots and the unknown tags already warned about. */
  const seen = new Set<unknown>();
  const queue = new Set<Node>();
  let observer: MutationObserver | undefined;
  let ready: Promise<void> = Promise.resolve();
  /** Lit's hydration support, imported before any element once one arrives server-rendered (a declarative shadow root). */
  let hydration: Promise<unknown> | undefined;

  const emit = (type: string, detail: unknown) => document.dispatchEvent(new CustomEvent(type, { detail }));

  /** Adds `<link rel="modulepreload">` for each of `files` (relative to `base`) not preloaded yet; returns their URLs. */
  function preloadFiles(files: readonly string[]): string[] {
    const urls = files.map((file) => new URL(file, base).href);
    for (const href of urls) {
      if (seen.has(href)) continue;
      seen.add(href);
      document.head.append(Object.assign(document.createElement('link'), { rel: 'modulepreload', href }));
    }
    return urls;
  }

  function load(tag: string): void {
    discovered.add(tag);
    if (loads.has(tag) || customElements.get(tag)) return;
    const files = preloadFiles(manifest[tag]!);
    const attempt = tries.get(tag) ?? 0;
    tries.set(tag, attempt + 1);
    // Browsers keep a failed import's result for its URL: a retry asks for another one.
    const url = files[0] + (attempt ? `?retry=${attempt}` : '');
    loads.set(
      tag,
      // Without the support (not needed, or it failed to load) a server-rendered element renders again.
      Promise.resolve(hydration?.catch(() => (hydration = undefined)))
        .then(() => importModule(url))
        .then(() => customElements.whenDefined(tag))
        .then(
          () => failures.delete(tag),
          (error: unknown) => {
            loads.delete(tag);
            failures.set(tag, error);
            warn(`<${tag}> failed to load from ${url}; retried when found again or online`, error);
            emit('news-autoload-error', { tag, url, error } satisfies AutoloadErrorDetail);
          },
        ),
    );
  }

  /** Loads `tags`, then replaces `ready` with a promise over every tag discovered so far. */
  function loadAll(tags: Iterable<string>): Promise<void> {
    for (const tag of tags) {
      if (manifest[tag]) load(tag);
      // Never by prefix: someone else's news-* tag is left alone.
      else if (!seen.has(tag)) {
        seen.add(tag);
        warn(`<${tag}> is not ours; left alone`);
      }
    }
    const next: Promise<void> = Promise.all([...discovered].map((tag) => loads.get(tag))).then(() => {
      const failed = [...discovered].filter((tag) => failures.has(tag));
      if (failed.length) throw new Error(`could not load ${failed.join(' ')}`, { cause: failures.get(failed[0]!) });
      if (next === ready) emit('news-autoload-complete', { tags: [...discovered] } satisfies AutoloadCompleteDetail);
    });
    // `ready` may have no reader: a failure is reported by the error event, not as an unhandled rejection.
    next.catch(() => undefined);
    ready = next;
    onReady?.(next);
    return next;
  }

  /** The news-* tags in `root`, in one walk over its elements and into open shadow roots (declarative ones included), which selectors and the document's observer do not see. */
  function find(root: Node, found = new Set<string>()): Set<string> {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
    for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
      const { localName: name, shadowRoot } = node as Element;
      if (name?.startsWith('news-') && !customElements.get(name)) {
        found.add(name);
        // Its shadow root came with the page: hydration support goes first, so that Lit keeps that root.
        if (shadowRoot && manifest.hydrate && !hydration) hydration = importModule(preloadFiles(manifest.hydrate)[0]!);
      }
      if (shadowRoot && !seen.has(shadowRoot)) {
        seen.add(shadowRoot);
        observer?.observe(shadowRoot, { childList: true, subtree: true });
        find(shadowRoot, found);
      }
    }
    return found;
  }

  const flush = () => {
    const found = new Set<string>();
    for (const root of queue) find(root, found);
    queue.clear();
    void loadAll(found);
  };

  const retry = () => void loadAll(failures.keys());

  return {
    get ready() {
      return ready;
    },
    discover: (root) => loadAll(find(root as Node)),
    preload: loadAll,
    start() {
      observer ??= new MutationObserver((records) => {
        const idle = !queue.size;
        for (const record of records) record.addedNodes.forEach((node) => queue.add(node));
        // Once per frame; a hidden tab runs no frames, so there a timer does it.
        if (idle && queue.size) (document.hidden ? setTimeout : requestAnimationFrame)(flush);
      });
      // The root element, not <body>: libraries that swap <body> (Turbo) would orphan the observer.
      observer.observe(document.documentElement, { childList: true, subtree: true });
      addEventListener('online', retry);
    },
    stop() {
      observer?.disconnect();
      observer = undefined;
      removeEventListener('online', retry);
    },
  };
}
