/**
 * Counted phrases ("3,626 views", "5 min read", "3 comments"), one message
 * per plural category. @lit/localize has no ICU plurals, so every category
 * is its own msg() and `Intl.PluralRules` of the interface locale picks one:
 * Arabic uses all six (zero, one, two, few, many, other); English, Persian
 * and Urdu use one and other. The number itself is formatted in the
 * element's locale (Persian digits in fa).
 */
import { msg, str } from '@lit/localize';
import { getLocale } from './localization.js';
import { formatNumber, plural, type FormatOptions } from './format.js';

export function viewsText(count: number, locale: string, options?: FormatOptions): string {
  const n = formatNumber(count, locale, options);
  return plural(count, getLocale(), {
    zero: () => msg(str`${n} views`, { id: 'count.views.zero' }),
    one: () => msg(str`${n} view`, { id: 'count.views.one' }),
    two: () => msg(str`${n} views`, { id: 'count.views.two' }),
    few: () => msg(str`${n} views`, { id: 'count.views.few' }),
    many: () => msg(str`${n} views`, { id: 'count.views.many' }),
    other: () => msg(str`${n} views`, { id: 'count.views.other' }),
  });
}

export function commentsText(count: number, locale: string, options?: FormatOptions): string {
  const n = formatNumber(count, locale, options);
  return plural(count, getLocale(), {
    zero: () => msg(str`${n} comments`, { id: 'count.comments.zero' }),
    one: () => msg(str`${n} comment`, { id: 'count.comments.one' }),
    two: () => msg(str`${n} comments`, { id: 'count.comments.two' }),
    few: () => msg(str`${n} comments`, { id: 'count.comments.few' }),
    many: () => msg(str`${n} comments`, { id: 'count.comments.many' }),
    other: () => msg(str`${n} comments`, { id: 'count.comments.other' }),
  });
}

export function minutesReadText(count: number, locale: string, options?: FormatOptions): string {
  const n = formatNumber(count, locale, options);
  return plural(count, getLocale(), {
    zero: () => msg(str`${n} min read`, { id: 'count.minutes-read.zero' }),
    one: () => msg(str`${n} min read`, { id: 'count.minutes-read.one' }),
    two: () => msg(str`${n} min read`, { id: 'count.minutes-read.two' }),
    few: () => msg(str`${n} min read`, { id: 'count.minutes-read.few' }),
    many: () => msg(str`${n} min read`, { id: 'count.minutes-read.many' }),
    other: () => msg(str`${n} min read`, { id: 'count.minutes-read.other' }),
  });
}

/** "Show 3 more replies", under a comment whose other replies are not shown yet. */
export function moreRepliesText(count: number, locale: string, options?: FormatOptions): string {
  const n = formatNumber(count, locale, options);
  return plural(count, getLocale(), {
    zero: () => msg(str`Show ${n} more replies`, { id: 'count.more-replies.zero' }),
    one: () => msg(str`Show ${n} more reply`, { id: 'count.more-replies.one' }),
    two: () => msg(str`Show ${n} more replies`, { id: 'count.more-replies.two' }),
    few: () => msg(str`Show ${n} more replies`, { id: 'count.more-replies.few' }),
    many: () => msg(str`Show ${n} more replies`, { id: 'count.more-replies.many' }),
    other: () => msg(str`Show ${n} more replies`, { id: 'count.more-replies.other' }),
  });
}
