/**
 * Interface-string localization (@lit/localize, runtime mode). One active
 * locale per page: the first `<news-provider lang>` in the document, else
 * `<html lang>`, else English. Translations load lazily, one chunk per locale.
 */
import { configureLocalization } from '@lit/localize';
import { isServer } from 'lit';
import { sourceLocale, targetLocales } from '../locales/locale-codes.js';

export type SupportedLocale = typeof sourceLocale | (typeof targetLocales)[number];
export const supportedLocales: readonly SupportedLocale[] = [sourceLocale, ...targetLocales];

const loaders = {
  ar: () => import('../locales/ar.js'),
  fa: () => import('../locales/fa.js'),
  ur: () => import('../locales/ur.js'),
} satisfies Record<(typeof targetLocales)[number], () => Promise<unknown>>;

// In Node there is no page: interface strings follow each render's own locale, which news-elements/ssr
// sets up with @lit/localize's reentrant mode (msg() can be configured only once per process, so not here).
const { getLocale, setLocale } = isServer
  ? { getLocale: () => sourceLocale as SupportedLocale, setLocale: () => Promise.resolve() }
  : configureLocalization({
      sourceLocale,
      targetLocales,
      loadLocale: (locale) => loaders[locale as keyof typeof loaders]() as ReturnType<typeof loaders.ar>,
    });

export { getLocale };

/** The supported interface locale for a BCP 47 tag: `fa-IR` → `fa`, `de` → `en`. */
export function interfaceLocale(tag: string | undefined): SupportedLocale {
  const language = (tag ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return (supportedLocales as readonly string[]).includes(language) ? (language as SupportedLocale) : sourceLocale;
}

/** The page's interface locale tag, from the first provider with a `lang` or `<html lang>`. */
export function pageLocaleTag(doc: Document = document): string {
  const provider = doc.querySelector('news-provider[lang]');
  return provider?.getAttribute('lang') || doc.documentElement.lang || sourceLocale;
}

/** Loads and activates the page's interface locale; resolves when its strings are in use. */
export async function syncPageLocale(doc?: Document): Promise<void> {
  // No page in Node: a server render's strings follow its own locale (see above).
  if (isServer) return;
  doc ??= document;
  const next = interfaceLocale(pageLocaleTag(doc));
  if (next !== getLocale()) await setLocale(next);
}
