/**
 * Dates, times, relative times and numbers through `Intl`, in an element's
 * resolved locale with that locale's own defaults (CLDR): Persian calendar
 * and Persian digits in `fa`; Arabic-Indic digits where the region uses them
 * (`ar-EG`, `ar-SA`, `ur-IN`); Latin digits in plain `ar` and `ur`, as CLDR
 * has it. `latinDigits` and `gregorian` force the other choice.
 *
 * 22 August 2017 17:57 (Asia/Tehran) and 3626:
 *   en     August 22, 2017 at 5:57 PM      3,626
 *   ar     22 أغسطس 2017 في 5:57 م          3,626
 *   ar-EG  ٢٢ أغسطس ٢٠١٧ في ٥:٥٧ م          ٣٬٦٢٦
 *   fa     ۳۱ مرداد ۱۳۹۶ ساعت ۱۷:۵۷           ۳٬۶۲۶
 *   ur     22 اگست، 2017 کو 5:57 PM         3,626
 */

export interface FormatOptions {
  /** Always use 0-9 (the `-u-nu-latn` extension). */
  latinDigits?: boolean;
  /** Always use the Gregorian calendar (the `-u-ca-gregory` extension). */
  gregorian?: boolean;
  /** IANA time zone for dates; defaults to the reader's. */
  timeZone?: string;
}

export type DateStyle = 'date' | 'datetime' | 'time' | 'short-date';

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat | Intl.PluralRules>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat | Intl.PluralRules>(
  key: string,
  create: () => T,
): T {
  let value = cache.get(key) as T | undefined;
  if (!value) {
    value = create();
    cache.set(key, value);
  }
  return value;
}

const tags = new Map<string, string>();

/** The locale with the forced calendar / numbering extensions; falls back to `en` when the tag is unusable. */
export function intlLocale(locale: string, options: FormatOptions = {}): string {
  const extensions = (options.gregorian ? '-ca-gregory' : '') + (options.latinDigits ? '-nu-latn' : '');
  const key = locale + extensions;
  let tag = tags.get(key);
  if (tag === undefined) {
    try {
      tag = Intl.getCanonicalLocales(locale)[0] ?? 'en';
    } catch {
      tag = 'en';
    }
    // A tag that already has -u- extensions keeps its own (rare in data; never from our elements).
    if (extensions && !tag.includes('-u-')) tag = `${tag}-u${extensions}`;
    tags.set(key, tag);
  }
  return tag;
}

const DATE_STYLES: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  date: { dateStyle: 'long' },
  'short-date': { dateStyle: 'medium' },
  datetime: { dateStyle: 'long', timeStyle: 'short' },
  time: { timeStyle: 'short' },
};

function toDate(value: string | number | Date): Date | undefined {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** A date and/or time for people; an empty string when the value is not a date. */
export function formatDate(value: string | number | Date, locale: string, style: DateStyle = 'datetime', options: FormatOptions = {}): string {
  const date = toDate(value);
  if (!date) return '';
  const tag = intlLocale(locale, options);
  const key = `d|${tag}|${style}|${options.timeZone ?? ''}`;
  return cached(key, () => new Intl.DateTimeFormat(tag, { ...DATE_STYLES[style], ...(options.timeZone && { timeZone: options.timeZone }) })).format(date);
}

/** A number with the locale's digits and grouping. */
export function formatNumber(value: number, locale: string, options: FormatOptions = {}): string {
  const tag = intlLocale(locale, options);
  return cached(`n|${tag}`, () => new Intl.NumberFormat(tag)).format(value);
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/** "3 hours ago", "yesterday", "in 2 days"; an empty string when the value is not a date. */
export function formatRelative(value: string | number | Date, locale: string, now: number = Date.now(), options: FormatOptions = {}): string {
  const date = toDate(value);
  if (!date) return '';
  const seconds = Math.round((date.getTime() - now) / 1000);
  const tag = intlLocale(locale, options);
  const format = cached(`r|${tag}`, () => new Intl.RelativeTimeFormat(tag, { numeric: 'auto' }));
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size || unit === 'second') return format.format(Math.trunc(seconds / size), unit);
  }
  return '';
}

/** True when the date lies within `maxAgeMs` before `now` (relative times read well only for recent dates). */
export function isRecent(value: string | number | Date, maxAgeMs: number, now: number = Date.now()): boolean {
  const date = toDate(value);
  return !!date && now - date.getTime() >= -60_000 && now - date.getTime() < maxAgeMs;
}

/** The plural category of `count` in `locale`: zero, one, two, few, many or other. */
export function pluralCategory(count: number, locale: string): Intl.LDMLPluralRule {
  const tag = intlLocale(locale);
  return cached(`p|${tag}`, () => new Intl.PluralRules(tag)).select(count);
}

/** One message per plural category; `other` is required, the rest fall back to it. */
export type PluralMessages = Partial<Record<Intl.LDMLPluralRule, () => string>> & { other: () => string };

/**
 * Picks the message for `count` by `Intl.PluralRules` (@lit/localize has no
 * ICU plurals). Arabic has six categories; English, Persian and Urdu two.
 */
export function plural(count: number, locale: string, messages: PluralMessages): string {
  const message = messages[pluralCategory(count, locale)] ?? messages.other;
  return message();
}

const DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;

/** Arabic-Indic (٠–٩) and Persian (۰–۹) digits typed by people, as 0–9. */
export function normalizeDigits(value: string): string {
  return value.replace(DIGITS, (d) => String(d.charCodeAt(0) & 0xf));
}
