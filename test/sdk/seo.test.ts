import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { articleJsonLd, hreflangLinks, serializeJsonLd } from '../../src/sdk/index.js';
import { article } from '../fixtures/data.js';

describe('articleJsonLd', () => {
  const ld = articleJsonLd(article(), { baseUrl: 'https://news.example.org', publisher: { name: 'Example News', logo: '/logo.png' } }) as {
    '@graph': [Record<string, unknown>, { itemListElement: { name: string; position: number; item?: string }[] }];
  };
  const [news, crumbs] = ld['@graph'];

  it('describes the article as a schema.org NewsArticle with absolute URLs', () => {
    assert.equal(news['@type'], 'NewsArticle');
    assert.equal(news.headline, article().title);
    assert.equal(news.datePublished, '2017-08-22T17:57:00+04:30');
    assert.equal(news.dateModified, '2017-08-23T09:00:00+04:30');
    assert.deepEqual(news.mainEntityOfPage, { '@type': 'WebPage', '@id': 'https://news.example.org/en/news/4711' });
    assert.deepEqual(news.author, [{ '@type': 'Person', name: 'Sara Ahmadi', url: 'https://news.example.org/authors/sara' }]);
    assert.equal((news.image as { url: string }[])[0]!.url, 'https://news.example.org/images/library.jpg');
    assert.deepEqual((news.publisher as { logo: unknown }).logo, { '@type': 'ImageObject', url: 'https://news.example.org/logo.png' });
  });

  it('adds a BreadcrumbList from the section path ending at the article', () => {
    assert.deepEqual(
      crumbs.itemListElement.map((c) => [c.position, c.name]),
      [
        [1, 'News'],
        [2, 'Public'],
        [3, article().title],
      ],
    );
    assert.equal(crumbs.itemListElement[2]!.item, 'https://news.example.org/en/news/4711');
  });
});

describe('serializeJsonLd', () => {
  it('escapes what could end a script element or break the page', () => {
    const out = serializeJsonLd({ title: '</script><script>alert(1)</script> & \u2028\u2029' });
    assert.equal(out, '{"title":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e \\u0026 \\u2028\\u2029"}');
    assert.deepEqual(JSON.parse(out), { title: '</script><script>alert(1)</script> & \u2028\u2029' });
  });
});

describe('hreflangLinks', () => {
  it('lists the page itself and every translation, with x-default', () => {
    assert.deepEqual(hreflangLinks(article(), { xDefault: 'en', baseUrl: 'https://news.example.org' }), [
      { rel: 'alternate', hreflang: 'en', href: 'https://news.example.org/en/news/4711' },
      { rel: 'alternate', hreflang: 'fa', href: 'https://news.example.org/fa/news/4712' },
      { rel: 'alternate', hreflang: 'ar', href: 'https://news.example.org/ar/news/4713' },
      { rel: 'alternate', hreflang: 'x-default', href: 'https://news.example.org/en/news/4711' },
    ]);
  });

  it('is reciprocal: every language version yields the same set', () => {
    const versions = [
      { lang: 'en', url: '/en/1' },
      { lang: 'fa', url: '/fa/1' },
      { lang: 'ur', url: '/ur/1' },
    ];
    const sets = versions.map((self) =>
      hreflangLinks({ lang: self.lang, url: self.url, translations: versions.filter((v) => v !== self) })
        .map((l) => `${l.hreflang} ${l.href}`)
        .sort(),
    );
    assert.deepEqual(sets[0], sets[1]);
    assert.deepEqual(sets[1], sets[2]);
  });
});
