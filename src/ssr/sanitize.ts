/**
 * Article HTML on the server: the browser's own DOMPurify rules
 * (src/internal/sanitize.ts: allowlist, URL checks, rel, lazy images, iframe
 * hosts, table wrappers), on DOMPurify over jsdom, the server DOM DOMPurify
 * is tested with (it warns against lighter DOMs such as happy-dom: their
 * parsing differs from browsers' in ways that let scripts through). The
 * sanitized fragment is serialized by jsdom's spec parser's serializer and
 * rendered as is; nothing else reaches `unsafeHTML`.
 */
import createDOMPurify from 'dompurify';
import type * as Jsdom from 'jsdom';
import { html, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { configure, sanitizeWith, type SanitizeOptions } from '../internal/sanitize.js';

type JsdomModule = typeof Jsdom;

async function loadJsdom(): Promise<JsdomModule> {
  try {
    return await import('jsdom');
  } catch (error) {
    throw new Error('news-elements/ssr needs jsdom to sanitize article bodies: npm install jsdom', { cause: error });
  }
}

// Loaded with the entry: msg() and rendering are synchronous, and so must the sanitizer be.
const { JSDOM } = await loadJsdom();
const window = new JSDOM('').window;
const purify = configure(createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]));

/**
 * The sanitized body as markup to render, in its `<div part="body">` (as one piece of markup, with no
 * binding inside: a browser taking the article over keeps that node as it is), and its text (for the
 * reading time).
 */
export function articleBody(source: string, options: SanitizeOptions, { lang, dir }: { lang: string; dir: string }): { view: TemplateResult; text: string } {
  const body = sanitizeWith(purify, source, options, 'body');
  const wrapper = window.document.createElement('div');
  wrapper.setAttribute('part', 'body');
  wrapper.setAttribute('lang', lang);
  wrapper.setAttribute('dir', dir);
  wrapper.append(...body.childNodes);
  return { view: html`${unsafeHTML(wrapper.outerHTML)}`, text: wrapper.textContent ?? '' };
}
