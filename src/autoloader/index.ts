/**
 * `dist/cdn/loader.js`, the autoloader: a page that uses a few elements loads
 * only those. It finds the registry's tags in the document (and in open shadow
 * roots, declarative ones included), watches for new ones, and imports each
 * element's file from `elements/<name>.js` beside it with every file that
 * element needs preloaded in one round trip.
 *
 * ```html
 * <script type="module" src=".../loader.js" data-news-preload="news-comments"></script>
 * ```
 *
 * Exports `discover(root)` for roots it cannot see (closed shadow roots,
 * detached trees) and `ready`, a promise for every discovered element defined
 * (a live binding: it is replaced whenever more elements are discovered).
 * Events on `document`: `news-autoload-complete` and `news-autoload-error`.
 */
import { createAutoloader, type AutoloadManifest } from './autoloader.js';

export type { AutoloadCompleteDetail, AutoloadErrorDetail } from './autoloader.js';

/** Written by the build (rollup.config.js) from the chunk graph: tag → files. */
declare const __NEWS_AUTOLOAD_MANIFEST__: AutoloadManifest;

const loader = createAutoloader({
  manifest: __NEWS_AUTOLOAD_MANIFEST__,
  base: import.meta.url,
  onReady: (next) => (ready = next),
});

/** Every discovered element defined. */
export let ready: Promise<void> = Promise.resolve();

/** Finds and loads the elements in a root the autoloader cannot see by itself. */
export const discover = (root: ParentNode): Promise<void> => loader.discover(root);

loader.start();
const scripts = [...document.querySelectorAll<HTMLScriptElement>('script[data-news-preload]')];
const own = scripts.find((script) => script.src === import.meta.url) ?? scripts[0];
const preload = own?.dataset.newsPreload?.split(/\s+/).filter(Boolean) ?? [];
if (preload.length) void loader.preload(preload);
void loader.discover(document);
