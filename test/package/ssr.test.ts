// news-elements/ssr from the packed package, in Node as a host's server imports it: its own
// process (lit's Node build, no DOM), resolved through the exports map.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { consumerDir, run } from './support.js';

describe('news-elements/ssr from the package', () => {
  it('renders an article and a share bar with declarative shadow roots, in Arabic, with no browser global defined', () => {
    const script = `
      import { renderElement } from 'news-elements/ssr';
      const article = {
        id: '42', slug: 's', lang: 'en', title: 'Packed headline', bodyHtml: '<p>Body text</p><script>alert(1)</script>',
        section: { id: 'n', name: 'News', path: ['News'] }, publishedAt: '2026-11-01T10:00:00Z', tags: [], viewCount: 3,
        translations: [], url: 'https://news.example.org/en/42', commentsOpen: true,
      };
      const [a, s] = await Promise.all([
        renderElement('news-article', { properties: { article }, lang: 'ar' }),
        renderElement('news-share-bar', { attributes: { url: 'https://news.example.org/en/42', networks: 'x' }, lang: 'en' }),
      ]);
      const leaked = ['window', 'document', 'HTMLElement', 'localStorage'].filter((name) => name in globalThis);
      console.log(JSON.stringify({ a, s, leaked }));`;
    writeFileSync(path.join(consumerDir, 'ssr-render.mjs'), script);
    const result = run(process.execPath, ['ssr-render.mjs']);
    assert.equal(result.code, 0, result.output);
    const { a, s, leaked } = JSON.parse(result.output.trim().split('\n').at(-1) ?? '{}') as { a: string; s: string; leaked: string[] };
    assert.match(a, /^<news-article lang="ar"><template shadowroot="open" shadowrootmode="open">/);
    assert.match(a, /Packed headline/);
    assert.match(a, /<p>Body text<\/p>/);
    assert.doesNotMatch(a, /<script/);
    assert.match(a, /dir="rtl"/);
    assert.match(a, /نُشر/, 'Arabic interface strings');
    assert.match(s, /^<news-share-bar lang="en"[^>]*><template shadowroot="open" shadowrootmode="open">/);
    assert.match(s, /href="https:\/\/x\.com\/intent\/post\?[^"]*url=https%3A%2F%2Fnews\.example\.org%2Fen%2F42"/);
    assert.match(s, />Share</, 'English interface strings beside the Arabic render');
    assert.deepEqual(leaked, []);
  });
});
