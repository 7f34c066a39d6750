/**
 * Reading time of an article's text, DOM-free: the server computes it when it
 * stores an article (`Article.readingMinutes`), and `<news-article>` counts
 * it itself only for data that lacks it.
 *
 * Words are whitespace-separated tokens with a letter or digit in them, for
 * every script that puts spaces between words (Latin, Arabic, Persian, Urdu,
 * Cyrillic, ...): a millisecond or two for a 200 KB body. Only languages
 * written without spaces (Chinese, Japanese, Thai, ...) go through
 * Intl.Segmenter, a paragraph at a time (its word iteration slows down
 * sharply on long strings in some engines).
 */

// Words per minute of silent reading; Arabic-script reading is slower per word.
const WPM: Record<string, number> = { ar: 180, fa: 180, ur: 170 };
const DEFAULT_WPM = 230;
const WITHOUT_SPACES = new Set(['zh', 'ja', 'th', 'lo', 'km', 'my', 'bo', 'dz']);
const TOKEN = /\S*[\p{L}\p{N}]\S*/gu;

const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(lang: string): Intl.Segmenter {
  let found = segmenters.get(lang);
  if (!found) {
    try {
      found = new Intl.Segmenter(lang, { granularity: 'word' });
    } catch {
      found = new Intl.Segmenter('en', { granularity: 'word' });
    }
    segmenters.set(lang, found);
  }
  return found;
}

const languageOf = (lang: string) => lang.toLowerCase().split(/[-_]/)[0] ?? '';

export function countWords(text: string, lang: string): number {
  if (!WITHOUT_SPACES.has(languageOf(lang))) return text.match(TOKEN)?.length ?? 0;
  let words = 0;
  for (const paragraph of text.split(/\n+/)) {
    for (const segment of segmenter(lang).segment(paragraph)) if (segment.isWordLike) words++;
  }
  return words;
}

/** Whole minutes, at least 1 for any text with words. */
export function readingMinutes(text: string, lang: string): number {
  const words = countWords(text, lang);
  if (words === 0) return 0;
  return Math.max(1, Math.round(words / (WPM[languageOf(lang)] ?? DEFAULT_WPM)));
}

/** The text of article HTML, for counting (tags out, a few entities decoded; nothing is rendered from it). */
export function textOfHtml(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<\/(p|div|li|h[1-6]|blockquote|tr|figcaption)\s*>|<br\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/&[a-z]+;|&#\d+;|&#x[\da-f]+;/gi, 'x');
}
