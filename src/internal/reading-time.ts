/**
 * Reading time from words counted with Intl.Segmenter in the text's own
 * language, so Arabic, Persian, Urdu, CJK and mixed-script bodies get a sane
 * estimate (a whitespace split counts a CJK paragraph as one word).
 */

// Words per minute of silent reading; Arabic-script reading is slower per word.
const WPM: Record<string, number> = { ar: 180, fa: 180, ur: 170 };
const DEFAULT_WPM = 230;

const segmenters = new Map<string, Intl.Segmenter>();

export function countWords(text: string, lang: string): number {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    try {
      segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
    } catch {
      segmenter = new Intl.Segmenter('en', { granularity: 'word' });
    }
    segmenters.set(lang, segmenter);
  }
  let words = 0;
  for (const segment of segmenter.segment(text)) if (segment.isWordLike) words++;
  return words;
}

/** Whole minutes, at least 1 for any text with words. */
export function readingMinutes(text: string, lang: string): number {
  const words = countWords(text, lang);
  if (words === 0) return 0;
  const wpm = WPM[lang.toLowerCase().split('-')[0] ?? ''] ?? DEFAULT_WPM;
  return Math.max(1, Math.round(words / wpm));
}
