/**
 * Per-render state in Node: the interface locale and the page's address of
 * each render, kept in AsyncLocalStorage so that renders running at the same
 * time (an Arabic page and an English one) never see each other's.
 *
 * Interface strings use @lit/localize's reentrant mode: `msg()` asks for the
 * locale at every call instead of holding one active locale per page. That
 * is what `configureSsrLocalization` of @lit/localize-tools does in ~20
 * lines; those tools would bring TypeScript, parse5 and xmldom into every
 * host's production dependencies, so the same few lines live here.
 */
// Node's types for the declarations build, whose tsconfig includes no global types (this entry alone runs in Node).
/// <reference types="node" />
import { AsyncLocalStorage } from 'node:async_hooks';
import { configureReentrantLocalization } from '@lit/localize/init/reentrant.js';
import { sourceLocale, targetLocales } from '../locales/locale-codes.js';
import { templates as ar } from '../locales/ar.js';
import { templates as fa } from '../locales/fa.js';
import { templates as ur } from '../locales/ur.js';
import { interfaceLocale, type SupportedLocale } from '../internal/localization.js';

export interface RenderState {
  /** The locale asked for (BCP 47): elements without a `lang` of their own take it, as from `<html lang>`. */
  readonly lang: string;
  /** The interface locale of the strings (`fa-IR` asks for `fa`). */
  readonly locale: SupportedLocale;
  /** The page the elements are rendered for (absolute), when the host gave it. */
  readonly url: string | undefined;
  /** Hears what an element could not do (its `news-error` events), when the host asked. */
  readonly onError: ((error: unknown, where: ErrorPlace) => void) | undefined;
}

/** Where an error happened: the element, and its operation (`load-article`, ...). */
export interface ErrorPlace {
  tagName: string;
  operation: string;
}

const storage = new AsyncLocalStorage<RenderState>();
// Every translation at hand: msg() is synchronous, and a server renders every language sooner or later.
const translations = { ar, fa, ur } satisfies Record<(typeof targetLocales)[number], unknown>;

configureReentrantLocalization({
  sourceLocale,
  targetLocales: [...targetLocales],
  getLocale: () => storage.getStore()?.locale ?? sourceLocale,
  loadLocaleSync: (locale) => ({ templates: translations[locale as keyof typeof translations] }),
});

/** The state of the render under way, if any. */
export function renderState(): RenderState | undefined {
  return storage.getStore();
}

/** Checks a page address given by the host: absolute http(s), or a TypeError that names it. */
export function pageAddress(url: string | URL | undefined): string | undefined {
  if (url === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new TypeError(`news-elements/ssr: url must be an absolute http(s) address, got ${JSON.stringify(String(url))}`);
  }
  if (!/^https?:$/.test(parsed.protocol)) throw new TypeError(`news-elements/ssr: url must be http(s), got ${JSON.stringify(parsed.href)}`);
  return parsed.href;
}

/** Runs `fn` with the interface strings of `lang`, the page's address and an error listener. */
export function runWith<T>(lang: string, url: string | undefined, onError: RenderState['onError'], fn: () => T): T {
  return storage.run({ lang, locale: interfaceLocale(lang), url, onError }, fn);
}
