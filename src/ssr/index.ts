/**
 * news-elements/ssr: the elements rendered in Node, from their own templates,
 * to HTML with a declarative shadow root, readable before any script runs.
 *
 *   import { renderElement } from 'news-elements/ssr';
 *   const markup = await renderElement('news-article', { properties: { article }, lang: 'ar', url: pageUrl });
 *
 * Built on @lit-labs/ssr; article bodies are sanitized with the browser's
 * own rules on DOMPurify over jsdom. Both are optional peer dependencies of
 * the package: only a server that imports this entry installs them.
 *
 * Importing it registers every element with Lit's server registry (the
 * `customElements` lit's Node build puts on `globalThis`); no other browser
 * global (window, document, HTMLElement, ...) is defined.
 */
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { LitElementRenderer, render as litRender, type RenderInfo, type RenderResult } from '@lit-labs/ssr';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { provideServerRendering } from '../internal/server.js';
import { elementTags, type NewsTagName } from './tags.js';
import { pageAddress, renderState, runWith, type ErrorPlace } from './context.js';
import { articleBody } from './sanitize.js';
import { NewsElementRenderer } from './renderer.js';
import '../elements.js';

export { html } from 'lit';
export { collectResult, NewsElementRenderer };
export { elementTags, type NewsTagName };
export type { ErrorPlace, RenderResult };

provideServerRendering(() => {
  const state = renderState();
  return { lang: state?.lang, pageUrl: state?.url, articleBody };
});

/** Attribute values: a string or number as text, `true` as an empty attribute, `false`, `null` and `undefined` leave it out. */
export type AttributeValue = string | number | boolean | null | undefined;

export interface LocaleOptions {
  /**
   * The address of the page being rendered (absolute http(s)): what relative URLs resolve against, and
   * what the share bar shares when it is given no `url`; `location.href` in a browser.
   */
  url?: string | URL;
  /**
   * Hears what an element could not do (invalid data handed in, a failed fetch): the element renders its
   * error state, and this gets the error (a `NewsValidationError` for invalid article data) to log.
   */
  onError?: (error: unknown, where: ErrorPlace) => void;
}

export interface RenderElementOptions extends LocaleOptions {
  /** Properties to set, by property name: `{ article }`, `{ items }`, `{ languages }`, `{ page }`. */
  properties?: Readonly<Record<string, unknown>>;
  /** Attributes to set, by name (escaped in the output): `{ 'article-id': '42', networks: 'x email' }`. */
  attributes?: Readonly<Record<string, AttributeValue>>;
  /** The element's locale (BCP 47): its interface strings, direction, dates and numbers. Default: `attributes.lang`, else `en`. */
  lang?: string;
  /**
   * The element's light DOM, as HTML, placed after its shadow root: slotted content (`<div
   * slot="after-body">` of an article), or other elements rendered with `renderElement`. Markup of the
   * host's own, written as is: escape what comes from elsewhere.
   */
  children?: string;
}

/** An element that could not be rendered at all (its template threw); `cause` is what it threw. */
export class NewsRenderError extends Error {
  override readonly name = 'NewsRenderError';
  constructor(
    readonly tagName: string,
    options: { cause: unknown },
  ) {
    super(`news-elements/ssr: <${tagName}> could not be rendered: ${options.cause instanceof Error ? options.cause.message : String(options.cause)}`, options);
  }
}

/** Lit SSR options that render our elements (ours first, Lit's own for other Lit elements): for @lit-labs/ssr's `render`. */
export const renderInfo: Readonly<Partial<RenderInfo>> = { elementRenderers: [NewsElementRenderer, LitElementRenderer] };

/**
 * Renders a Lit template with our elements in it, to be collected (`collectResult`) or streamed
 * (@lit-labs/ssr's `RenderResultReadable`). Call it inside `withLocale()`, which sets the language.
 */
export function render(value: unknown): RenderResult {
  return litRender(value, renderInfo);
}

/**
 * Runs `fn` with interface strings in `lang` for every element rendered in it, synchronously or after
 * awaits; concurrent calls each keep their own. Elements without a `lang` of their own take this one
 * (direction, dates and numbers), as they would take `<html lang>` in a browser.
 *
 *   const markup = await withLocale('fa', () => collectResult(render(html`<news-share-bar url=${url}></news-share-bar>`)));
 */
export function withLocale<T>(lang: string, fn: () => T, options: LocaleOptions = {}): T {
  return runWith(lang, pageAddress(options.url), options.onError, fn);
}

const ATTRIBUTE_NAME = /^[a-z][a-z0-9_.:-]*$/i;
const PROPERTY_NAME = /^[a-z_$][\w$]*$/i;

interface ElementClass {
  elementProperties: Map<PropertyKey, unknown>;
}

/**
 * The complete HTML of one element: its open tag with its attributes, a `<template shadowrootmode="open">`
 * holding what it renders, and its close tag. Properties and attributes are set as a browser would
 * before the element's first update; the data must be handed in (`article`, `items`, `languages`,
 * `page`), or a `client` given to fetch it, which the render then waits for.
 *
 * Throws a TypeError for a tag that is not one of the elements, an unknown property or a malformed
 * attribute name. Invalid data does not throw: the element renders its error state, as in a browser.
 */
export async function renderElement(tagName: NewsTagName, options: RenderElementOptions = {}): Promise<string> {
  if (!elementTags.includes(tagName)) {
    throw new TypeError(`news-elements/ssr: unknown element ${JSON.stringify(tagName)}; expected one of ${elementTags.join(', ')}`);
  }
  const own = options.attributes?.lang;
  const lang = options.lang ?? (typeof own === 'string' && own ? own : 'en');
  const ctor = customElements.get(tagName) as unknown as ElementClass;
  // The tag and the names are checked; every value goes through a binding, which Lit escapes.
  const values: unknown[] = [unsafeStatic(`<${tagName}`)];
  const attributes: Record<string, AttributeValue> = { lang, ...options.attributes };
  for (const [name, value] of Object.entries(attributes)) {
    if (!ATTRIBUTE_NAME.test(name)) throw new TypeError(`news-elements/ssr: ${JSON.stringify(name)} is not an attribute name`);
    if (value === false || value === null || value === undefined) continue;
    values.push(unsafeStatic(` ${name}=`), value === true ? '' : String(value));
  }
  for (const [name, value] of Object.entries(options.properties ?? {})) {
    if (!PROPERTY_NAME.test(name) || !ctor.elementProperties.has(name)) {
      throw new TypeError(`news-elements/ssr: <${tagName}> has no property ${JSON.stringify(name)}`);
    }
    values.push(unsafeStatic(` .${name}=`), value);
  }
  values.push(unsafeStatic(`></${tagName}>`));
  const strings = new Array<string>(values.length + 1).fill('') as unknown as TemplateStringsArray;
  const template = staticHtml(strings, ...values);
  let output: string;
  try {
    output = await withLocale(lang, () => collectResult(render(template)), options);
  } catch (error) {
    if (error instanceof TypeError && error.message.startsWith('news-elements/ssr:')) throw error;
    throw new NewsRenderError(tagName, { cause: error });
  }
  const markup = ownMarkup(output, tagName);
  return options.children ? `${markup.slice(0, -(tagName.length + 3))}${options.children}</${tagName}>` : markup;
}

/**
 * The element alone: without the markers of the one-element template around it (a host page does not
 * hydrate that template; the markers inside the shadow root, which the element's hydration reads, stay),
 * and without the blanks the attribute bindings left in the open tag.
 */
function ownMarkup(output: string, tagName: string): string {
  const start = output.indexOf(`<${tagName}`);
  const end = output.lastIndexOf(`</${tagName}>`) + tagName.length + 3;
  return output.slice(start, end).replace(new RegExp(`^<${tagName}\\s+`), `<${tagName} `).replace(new RegExp(`^<${tagName} >`), `<${tagName}>`);
}
