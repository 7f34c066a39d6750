/**
 * What server rendering (`news-elements/ssr`, src/ssr) gives the elements in
 * place of a browser's document while it renders them in Node: the address
 * of the page being rendered, and article HTML sanitized by the browser's own
 * rules over a server DOM. Elements read it only behind lit's `isServer`, so
 * browser builds leave those branches out; it stays unset in browsers.
 */
import type { TemplateResult } from 'lit';
import type { SanitizeOptions } from './sanitize.js';

export interface ServerRendering {
  /** The locale the render asked for: what an element without its own `lang` resolves to (`<html lang>` in a browser). */
  readonly lang: string | undefined;
  /** The page the element is rendered for (absolute), what `location.href` is in a browser; undefined when the host gave none. */
  readonly pageUrl: string | undefined;
  /** Article HTML through the same DOMPurify rules as in a browser, as a template of the sanitized markup, and its text (for the reading time). */
  articleBody(html: string, options: SanitizeOptions, attributes: { lang: string; dir: string }): { view: TemplateResult; text: string };
}

let current: () => ServerRendering | undefined = () => undefined;

/** The server rendering under way (per call: src/ssr keeps it in AsyncLocalStorage). */
export function serverRendering(): ServerRendering | undefined {
  return current();
}

/** Called once by src/ssr. */
export function provideServerRendering(get: () => ServerRendering | undefined): void {
  current = get;
}
