/** Hand-written fast-check arbitraries of the contract's data, with hostile text mixed in. */
import fc from 'fast-check';
import type { Article } from '../../src/sdk/schemas.js';

const HOSTILE = [
  '</script><script>alert(1)</script>',
  '</SCRIPT >',
  '<!--',
  '-->',
  ']]>',
  '\u2028',
  '\u2029',
  '&amp;',
  '"\'`',
  '\\u003c',
  'مرحبا بالعالم',
  'سلام دنیا',
  'ہیلو ورلڈ',
  '😀👩🏽‍💻',
  '\u202e',
  '\u0000',
];

/** Text of any Unicode with hostile pieces, at most `max` characters, optionally never blank. */
export function text(max: number, nonBlank = false): fc.Arbitrary<string> {
  return fc
    .array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 20 }), fc.constantFrom(...HOSTILE)), { maxLength: 6 })
    .map((parts) => {
      // U+0000 is never valid text in the contract (schemas.ts refuses it): hostile, but not valid data.
      const joined = (nonBlank ? 'x' : '') + parts.join('').replaceAll('\u0000', '');
      return joined.slice(0, max);
    });
}

const lang = fc.constantFrom('en', 'ar', 'fa', 'ur', 'fa-IR', 'ur-PK', 'ar-EG', 'en-GB');
const relativeOrHttp = fc.oneof(
  fc.webPath().map((p) => (p.startsWith('/') ? p : `/${p}`)),
  fc.webUrl({ validSchemes: ['http', 'https'] }),
);
const isoDate = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true })
  .chain((d) =>
    fc.constantFrom('Z', '+04:30', '-05:00', '+05:00').map((offset) => d.toISOString().replace('Z', offset)),
  );
const id = fc.stringMatching(/^[a-z0-9-]{1,20}$/);
const section = fc.record({ id, name: text(300, true), path: fc.array(text(300, true), { maxLength: 4 }) });
const image = fc.record(
  {
    src: relativeOrHttp,
    alt: text(500),
    width: fc.integer({ min: 1, max: 5000 }),
    height: fc.integer({ min: 1, max: 5000 }),
    caption: text(1000),
  },
  { requiredKeys: ['src', 'alt', 'width', 'height'] },
);

export const article: fc.Arbitrary<Article> = fc.record(
  {
    id,
    slug: fc.stringMatching(/^[a-z0-9-]{1,40}$/),
    lang,
    title: text(300, true),
    lead: text(1000),
    bodyHtml: text(5000),
    section,
    author: fc.record({ name: text(100, true), url: relativeOrHttp }, { requiredKeys: ['name'] }),
    publishedAt: isoDate,
    updatedAt: isoDate,
    image,
    tags: fc.array(text(100, true), { maxLength: 5 }),
    viewCount: fc.nat(),
    translations: fc.array(fc.record({ lang, url: relativeOrHttp }), { maxLength: 3 }),
    url: relativeOrHttp,
    commentsOpen: fc.boolean(),
  },
  { requiredKeys: ['id', 'slug', 'lang', 'title', 'bodyHtml', 'section', 'publishedAt', 'tags', 'viewCount', 'translations', 'url', 'commentsOpen'] },
);

/** Any JSON value, or a valid article with one field replaced by any JSON value. */
export const responseBody: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue(),
  fc.tuple(article, fc.constantFrom('id', 'title', 'url', 'publishedAt', 'section', 'tags', 'viewCount', 'image'), fc.jsonValue()).map(
    ([valid, key, value]) => ({ ...valid, [key]: value }),
  ),
  article.map((valid) => ({ items: [valid], nextCursor: null })),
  article,
);
