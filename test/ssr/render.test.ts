// news-elements/ssr in Node: each element rendered from data handed in, to its own HTML with a
// declarative shadow root, in the language asked for, per call.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { collectResult, html, render, renderElement, withLocale } from '../../src/ssr/index.js';
import { article, comment, languages, summary } from '../fixtures/data.js';
import { fakeClient } from '../support/fake-client.js';
import { parse, text } from './support.js';

const PAGE = 'https://news.example.org/en/news/4711';

describe('news-elements/ssr', () => {
  describe('<news-article>', () => {
    it('renders headline, lead, meta, image and body into its shadow root, in the article\'s language', async () => {
      const markup = await renderElement('news-article', { properties: { article: article() }, url: PAGE });
      const { host, shadow } = parse(markup, 'news-article');
      assert.equal(host.getAttribute('lang'), 'en');
      assert.equal(shadow.querySelector('style') !== null, true, 'its styles come with it');
      const headline = shadow.querySelector('h1[part="headline"]');
      assert.equal(text(headline), 'City council opens the new public library');
      assert.equal(headline?.getAttribute('lang'), 'en');
      assert.match(text(shadow.querySelector('[part="lead"]')), /three years of building/);
      const meta = text(shadow.querySelector('[part="meta"]'));
      assert.match(meta, /By Sara Ahmadi/);
      assert.match(meta, /Published August 22, 2017/);
      assert.match(meta, /3,626 views/);
      assert.equal(shadow.querySelector('[part="image"] img')?.getAttribute('src'), '/images/library.jpg');
      const body = shadow.querySelector('[part="body"]');
      assert.equal(body?.getAttribute('lang'), 'en');
      assert.equal(body?.innerHTML.replace(/<!--[^]*?-->/g, ''), '<p>The library holds <strong>120,000</strong> books.</p><blockquote>“A place for everyone,” the mayor said.</blockquote>');
      assert.match(text(shadow.querySelector('.source')), /https:\/\/news\.example\.org\/en\/news\/4711/, 'the source address resolved against the page');
      assert.equal(shadow.querySelector('[part="base"]')?.getAttribute('aria-busy'), 'false', 'no loading state');
    });

    it('in Arabic: right to left, Arabic interface strings, Arabic dates; the English article stays ltr', async () => {
      const { host, shadow } = parse(await renderElement('news-article', { properties: { article: article() }, lang: 'ar' }), 'news-article');
      assert.equal(host.getAttribute('lang'), 'ar');
      assert.equal(shadow.querySelector('[part="base"]')?.getAttribute('dir'), 'rtl');
      const meta = text(shadow.querySelector('[part="meta"]'));
      assert.match(meta, /بقلم/, meta);
      assert.match(meta, /نُشر/);
      assert.match(meta, /أغسطس 2017/);
      assert.match(meta, /3,626 مشاهدة/);
      assert.equal(shadow.querySelector('[part="headline"]')?.getAttribute('dir'), 'ltr');
      assert.equal(shadow.querySelector('[part="body"]')?.getAttribute('dir'), 'ltr');
    });

    it('Persian numbers and calendar follow lang="fa"', async () => {
      const { shadow } = parse(await renderElement('news-article', { properties: { article: article() }, lang: 'fa' }), 'news-article');
      const meta = text(shadow.querySelector('[part="meta"]'));
      assert.match(meta, /۱۳۹۶/, meta);
      assert.match(meta, /۳٬۶۲۶/);
    });

    it('fetches by slug through a client handed in, and renders once the article is there', async () => {
      const client = fakeClient({ 'GET /articles/by-slug/[^/]+': () => article({ title: 'Fetched headline' }) }, { delayMs: 20 });
      const { shadow } = parse(await renderElement('news-article', { properties: { client }, attributes: { slug: 'city-council-opens-new-library', 'no-count': true } }), 'news-article');
      assert.equal(text(shadow.querySelector('[part="headline"]')), 'Fetched headline');
      assert.deepEqual(client.calls, ['GET /articles/by-slug/city-council-opens-new-library?lang=en']);
    });
  });

  describe('<news-share-bar>', () => {
    it('renders every network as a plain link to its share intent, working without script', async () => {
      const markup = await renderElement('news-share-bar', { attributes: { networks: 'x facebook email', title: 'A title' }, url: PAGE });
      const { shadow } = parse(markup, 'news-share-bar');
      const links = [...shadow.querySelectorAll('a[part~="target"]')].map((a) => a.getAttribute('href'));
      assert.deepEqual(links, [
        'https://x.com/intent/post?text=A%20title&url=https%3A%2F%2Fnews.example.org%2Fen%2Fnews%2F4711',
        'https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example.org%2Fen%2Fnews%2F4711',
        'mailto:?subject=A%20title&body=https%3A%2F%2Fnews.example.org%2Fen%2Fnews%2F4711',
      ]);
      assert.equal(text(shadow.querySelector('[part="label"]')), 'Share');
    });

    it('leaves out the native share button, which only a browser can offer', async () => {
      const { shadow } = parse(await renderElement('news-share-bar', { attributes: { url: PAGE, networks: 'native x' } }), 'news-share-bar');
      assert.equal(shadow.querySelector('[part~="native"]'), null);
      assert.ok(shadow.querySelector('[part~="x"]'));
    });

    it('refuses a relative url when it is given no page address to resolve it against', async () => {
      const { shadow } = parse(await renderElement('news-share-bar', { attributes: { url: '/en/news/4711' } }), 'news-share-bar');
      assert.equal(shadow.querySelector('a'), null);
      assert.match(text(shadow.querySelector('[part="error"]')), /cannot be shared/);
    });
  });

  describe('<news-latest-articles>', () => {
    it('lists the items handed in, each linking to its article', async () => {
      const { shadow } = parse(await renderElement('news-latest-articles', { properties: { items: [summary(1), summary(2)] }, lang: 'ar' }), 'news-latest-articles');
      assert.equal(text(shadow.querySelector('h2[part="heading"]')), 'أحدث المقالات');
      const links = [...shadow.querySelectorAll('a[part="link"]')].map((a) => [a.getAttribute('href'), text(a)]);
      assert.deepEqual(links, [
        ['/en/news/1001', 'Story number 1'],
        ['/en/news/1002', 'Story number 2'],
      ]);
      assert.equal(shadow.querySelector('[part="base"]')?.getAttribute('dir'), 'rtl');
    });
  });

  describe('<news-language-switcher>', () => {
    it('links to each language as a plain link, the current one marked', async () => {
      const list = languages.map((l) => ({ lang: l.lang, url: `/${l.lang}/` }));
      const { shadow } = parse(await renderElement('news-language-switcher', { properties: { languages: list }, attributes: { current: 'fa' }, lang: 'fa' }), 'news-language-switcher');
      const links = [...shadow.querySelectorAll('a[part~="link"]')];
      assert.deepEqual(links.map((a) => a.getAttribute('href')), ['/en/', '/ur/', '/fa/', '/ar/']);
      assert.deepEqual(links.map((a) => a.getAttribute('hreflang')), ['en', 'ur', 'fa', 'ar']);
      assert.equal(shadow.querySelector('[aria-current="true"]')?.getAttribute('href'), '/fa/');
      assert.equal(shadow.querySelector('nav')?.getAttribute('aria-label'), 'زبان‌ها');
    });
  });

  describe('<news-comments>', () => {
    it('lists the approved comments of the first page handed in, bodies as text', async () => {
      const page = { items: [comment(1), comment(2, { body: '<b>not bold</b> سلام' })], nextCursor: null };
      const { shadow } = parse(await renderElement('news-comments', { properties: { page }, attributes: { 'article-id': '4711' }, lang: 'ur' }), 'news-comments');
      assert.equal(text(shadow.querySelector('h2')), '2 تبصرے');
      const bodies = [...shadow.querySelectorAll('[part="body"]')];
      assert.deepEqual(bodies.map((b) => b.textContent), ['Comment 1: a thoughtful remark.', '<b>not bold</b> سلام']);
      assert.equal(shadow.querySelector('b'), null, 'comment text is never HTML');
      assert.equal(shadow.querySelector('section')?.getAttribute('dir'), 'rtl');
    });

    it('shows "Load more comments" when the page says more follow', async () => {
      const { shadow } = parse(await renderElement('news-comments', { properties: { page: { items: [comment(1)], nextCursor: 'next' } } }), 'news-comments');
      assert.equal(text(shadow.querySelector('[part="more"]')), 'Load more comments');
    });
  });

  describe('<news-comment-form>', () => {
    it('renders its fields, says that sending needs JavaScript, and keeps the button disabled', async () => {
      const { shadow } = parse(await renderElement('news-comment-form', { attributes: { 'article-id': '4711' } }), 'news-comment-form');
      assert.deepEqual([...shadow.querySelectorAll('[part="input"]')].map((i) => i.getAttribute('name')), ['authorName', 'email', 'body']);
      assert.match(text(shadow.querySelector('[part="status"]')), /needs JavaScript/);
      assert.equal(shadow.querySelector('[part="submit"]')?.hasAttribute('disabled'), true);
      assert.equal(shadow.querySelector<HTMLInputElement>('.remember input')?.hasAttribute('checked'), false, 'remember me is not ticked');
    });

    it('in Arabic', async () => {
      const { shadow } = parse(await renderElement('news-comment-form', { attributes: { 'article-id': '4711' }, lang: 'ar' }), 'news-comment-form');
      assert.equal(text(shadow.querySelector('h2')), 'اترك تعليقًا');
      assert.match(text(shadow.querySelector('[part="status"]')), /جافاسكربت/);
      assert.match(text(shadow.querySelector('[part="status"]')), /يحتاج/);
    });
  });

  describe('languages per call', () => {
    it('two renders running at the same time, in ar and en, each keep their own interface strings', async () => {
      // The Arabic one waits longer for its article, so the English one starts and finishes inside it.
      const slow = fakeClient({ 'GET /articles/by-slug/[^/]+': () => article() }, { delayMs: 60 });
      const fast = fakeClient({ 'GET /articles/by-slug/[^/]+': () => article() }, { delayMs: 5 });
      const order: string[] = [];
      const [ar, en] = await Promise.all([
        renderElement('news-article', { properties: { client: slow }, attributes: { slug: 's', 'no-count': true }, lang: 'ar' }).then((m) => (order.push('ar'), m)),
        renderElement('news-article', { properties: { client: fast }, attributes: { slug: 's', 'no-count': true }, lang: 'en' }).then((m) => (order.push('en'), m)),
      ]);
      assert.deepEqual(order, ['en', 'ar'], 'the renders overlapped');
      const arMeta = text(parse(ar, 'news-article').shadow.querySelector('[part="meta"]'));
      const enMeta = text(parse(en, 'news-article').shadow.querySelector('[part="meta"]'));
      assert.match(arMeta, /نُشر/, arMeta);
      assert.doesNotMatch(arMeta, /Published/);
      assert.match(enMeta, /Published/, enMeta);
      assert.doesNotMatch(enMeta, /نُشر/);
    });

    it('many concurrent renders in four languages never mix their strings', async () => {
      const langs = ['en', 'ar', 'fa', 'ur'] as const;
      const expected = { en: 'Share', ar: 'مشاركة', fa: 'اشتراک‌گذاری', ur: 'شیئر کریں' };
      const renders = Array.from({ length: 24 }, (_, i) => langs[i % 4]!).map(async (lang) => {
        const markup = await renderElement('news-share-bar', { attributes: { url: PAGE, networks: 'x' }, lang });
        return [lang, text(parse(markup, 'news-share-bar').shadow.querySelector('[part="label"]'))] as const;
      });
      for (const [lang, label] of await Promise.all(renders)) assert.equal(label, expected[lang], lang);
    });

    it('renders elements inside a host\'s own Lit template, in the locale of withLocale()', async () => {
      const markup = await withLocale('ar', () =>
        collectResult(render(html`<main><news-share-bar url=${PAGE} networks="x"></news-share-bar><news-comments .page=${{ items: [comment(1)], nextCursor: null }}></news-comments></main>`)),
      );
      assert.match(markup, /<news-share-bar[^>]*><template shadowroot="open" shadowrootmode="open">/);
      assert.match(markup, /مشاركة/);
      assert.match(markup, /<section part="base" dir="rtl"/, 'an element without lang takes the locale of the render');
      assert.match(markup, /<h2 part="heading">(<!--[^>]*-->)?[^<]*تعليق/, 'the comment count in Arabic');
    });
  });
});
