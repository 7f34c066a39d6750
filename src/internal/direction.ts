/**
 * Text direction from a locale. Uses `Intl.Locale` text info where the
 * engine has it, then the locale's likely script, then a list of
 * right-to-left languages.
 */
export type Direction = 'ltr' | 'rtl';

const RTL_SCRIPTS = new Set(['Adlm', 'Arab', 'Hebr', 'Mand', 'Mend', 'Nkoo', 'Rohg', 'Samr', 'Syrc', 'Thaa', 'Yezi']);
// Only for engines without Intl.Locale#maximize(); the script subtag decides everywhere else.
const RTL_LANGUAGES = new Set(['ar', 'ckb', 'dv', 'fa', 'he', 'ks', 'ps', 'sd', 'ug', 'ur', 'yi']);

interface TextInfoLocale extends Intl.Locale {
  getTextInfo?: () => { direction?: string };
  textInfo?: { direction?: string };
}

const cache = new Map<string, Direction>();

/** `rtl` for Arabic, Persian, Urdu, Hebrew and other right-to-left locales; `ltr` otherwise. */
export function directionOf(locale: string): Direction {
  const cached = cache.get(locale);
  if (cached) return cached;
  let dir: Direction = 'ltr';
  try {
    const intl = new Intl.Locale(locale) as TextInfoLocale;
    const info = intl.getTextInfo?.() ?? intl.textInfo;
    if (info?.direction === 'rtl' || info?.direction === 'ltr') {
      dir = info.direction;
    } else {
      const script = intl.script ?? intl.maximize().script;
      if (script) dir = RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
      else dir = RTL_LANGUAGES.has(intl.language) ? 'rtl' : 'ltr';
    }
  } catch {
    const language = locale.toLowerCase().split(/[-_]/)[0] ?? '';
    dir = RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr';
  }
  cache.set(locale, dir);
  return dir;
}
