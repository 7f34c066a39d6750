import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import '../../src/components/article/index.js';
import '../../src/components/provider/index.js';
import type { NewsArticle } from '../../src/components/article/news-article.js';
import type { Article } from '../../src/sdk/schemas.js';
import { article } from '../fixtures/data.js';
import { fakeClient, hang } from '../support/fake-client.js';
import { until } from '../support/until.js';
import { runConformanceSuite, type TestLocale } from '../suites/element-conformance.js';

const root = (el: NewsArticle) => el.shadowRoot!;
const shown = (el: NewsArticle) => until(() => !!root(el).querySelector('[part="headline"]'), 'the article');
const q = <T extends Element = HTMLElement>(el: NewsArticle, s: string) => root(el).querySelector<T>(s)!;

const HOSTILE_BODY = `
<p id="kept">Safe <strong>text</strong> <a href="https://elsewhere.example/x">out</a> <a href="/in">in</a></p>
<script>window.__pwned = 'script'</script>
<img src="x" onerror="window.__pwned='onerror'" alt="">
<a href="javascript:window.__pwned='href'">js</a>
<a href="data:text/html,<script>alert(1)</script>">data</a>
<img srcset="javascript:alert(1) 1x, /ok.jpg 2x" src="/ok.jpg" alt="ok">
<form action="/x"><button formaction="javascript:alert(1)">go</button><input name="attributes"></form>
<svg><a xlink:href="javascript:alert(1)"><text>svg</text></a><script>window.__pwned='svg'</script></svg>
<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned='math'"></style></mglyph></table></mtext></math>
<style>body { display: none }</style>
<meta http-equiv="refresh" content="0;url=https://evil.example">
<iframe srcdoc="<script>parent.__pwned='srcdoc'</script>"></iframe>
<iframe src="https://www.youtube-nocookie.com/embed/x"></iframe>
<img name="getElementById" id="cookie" src="/ok.jpg" alt="clobber">
<div onclick="window.__pwned='click'" style="position:fixed;inset:0">overlay</div>
<blockquote><p>A <q>quoted</q> line</p></blockquote>
<table><caption>Results</caption><tr><td>1</td></tr></table>`;

describe('<news-article>', () => {
  afterEach(() => fixtureCleanup());

  describe('rendering', () => {
    it('renders every piece of a classic article page from data', async () => {
      const el = await fixture<NewsArticle>(html`<news-article lang="en" show-id .article=${article()}>
        <p slot="after-body">share here</p>
      </news-article>`);
      await shown(el);
      expect([...root(el).querySelectorAll('[part="breadcrumb"] li')].map((li) => li.textContent)).to.deep.equal(['News', 'Public']);
      expect(q(el, '[part="breadcrumb"]').getAttribute('aria-label')).to.equal('Breadcrumb');
      expect(q(el, 'h1[part="headline"]').textContent).to.equal(article().title);
      expect(q(el, '[part="lead"]').textContent).to.contain('three years');
      const meta = q(el, '[part="meta"]');
      expect(meta.textContent).to.contain('Article 4711');
      expect(meta.textContent).to.contain('3,626 views');
      expect(meta.textContent).to.match(/1 min read/);
      expect(q(el, 'a[rel="author"]').getAttribute('href')).to.equal('https://news.example.org/authors/sara');
      const times = [...meta.querySelectorAll('time')].map((t) => t.getAttribute('datetime'));
      expect(times).to.deep.equal(['2017-08-22T17:57:00+04:30', '2017-08-23T09:00:00+04:30']);
      const img = q<HTMLImageElement>(el, '[part="image"] img');
      expect([img.getAttribute('width'), img.getAttribute('height'), img.getAttribute('fetchpriority'), img.alt]).to.deep.equal(['1200', '675', 'high', 'The library at night']);
      expect(q(el, '[part="caption"]').textContent).to.equal('The new library');
      expect(q(el, '[part="body"]').textContent).to.contain('120,000');
      expect([...root(el).querySelectorAll('[part="tags"] li')].map((li) => li.textContent)).to.deep.equal(['library', 'city']);
      expect(root(el).querySelector<HTMLSlotElement>('slot[name="after-body"]')!.assignedElements()[0]!.textContent).to.equal('share here');
    });

    it('uses the heading level it is given', async () => {
      const el = await fixture<NewsArticle>(html`<news-article heading-level="3" .article=${article()}></news-article>`);
      await shown(el);
      expect(q(el, '[part="headline"]').localName).to.equal('h3');
    });

    it('shows a not-found state for a 404 and an error state that retries', async () => {
      let fail = true;
      const client = fakeClient({
        'GET /articles/by-slug/missing': () => new Response('{"error":{"code":"not_found","message":"No"}}', { status: 404 }),
        'GET /articles/by-slug/flaky': () => (fail ? new Response('{}', { status: 500 }) : article()),
        'POST /articles/.*/views': () => ({ viewCount: 1 }),
      });
      const missing = await fixture<NewsArticle>(html`<news-article slug="missing" .client=${client}></news-article>`);
      await until(() => !!q(missing, '[part="status"]'), 'not found');
      expect(q(missing, '[part="status"]').textContent).to.contain('This article was not found.');
      expect(q(missing, '[part="status"] button')).to.equal(null);
      const flaky = await fixture<NewsArticle>(html`<news-article slug="flaky" .client=${client}></news-article>`);
      await until(() => !!root(flaky).querySelector('[role="alert"] button'), 'the error state');
      fail = false;
      q(flaky, '[role="alert"] button').click();
      await shown(flaky);
    });

    it('reserves space with a skeleton while loading', async () => {
      const client = fakeClient({ 'GET /articles/.*': (_u, request) => hang(request) });
      const el = await fixture<NewsArticle>(html`<news-article article-id="1" .client=${client} style="inline-size:600px"></news-article>`);
      expect(q(el, '.skeleton').getBoundingClientRect().height).to.be.greaterThan(300);
      expect(q(el, '.skeleton .image').getBoundingClientRect().height, '16:9 image space').to.be.closeTo(600 * 9 / 16, 2);
      expect(q(el, 'article').getAttribute('aria-busy')).to.equal('true');
      expect(q(el, '[role="status"]').textContent).to.contain('Loading article');
    });

    it('shows the page’s own HTML of the article while loading, instead of the skeleton, and hides it once rendered', async () => {
      let answer: (value: unknown) => void = () => {};
      const client = fakeClient({ 'GET /articles/1': () => new Promise((resolve) => (answer = resolve)) });
      const el = await fixture<NewsArticle>(html`<news-article article-id="1" .client=${client}>
        <article><h1>Server headline</h1><p>Server body</p></article>
        <div slot="after-body">after</div>
      </news-article>`);
      const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot:not([name])')!;
      expect(slot.assignedElements().map((e) => e.localName)).to.deep.equal(['article']);
      expect(el.shadowRoot!.querySelector('.skeleton')).to.equal(null);
      expect(el.querySelector('h1')!.getBoundingClientRect().height, 'the fallback is visible').to.be.greaterThan(0);
      answer(article({ id: '1' }));
      await oneEvent(el, 'news-article-load');
      expect(el.shadowRoot!.querySelector('slot:not([name])')).to.equal(null);
      expect(el.querySelector('h1')!.getBoundingClientRect().height, 'the fallback is hidden').to.equal(0);
      expect(q(el, '[part="headline"]').textContent).to.equal(article().title);
    });

    it('shows an error, not a crash, for invalid article data', async () => {
      const bad = { ...article(), url: 'javascript:alert(1)' } as Article;
      const el = await fixture<NewsArticle>(html`<news-article .article=${bad}></news-article>`);
      await until(() => !!root(el).querySelector('[part="status"]'), 'the error state');
      expect(root(el).innerHTML).not.to.contain('javascript:');
    });

    it('once its chunks are loaded, shows data handed in as .article in the same update: no skeleton, errors still caught', async () => {
      const first = await fixture<NewsArticle>(html`<news-article no-count .article=${article({ id: 'warm-up' })}></news-article>`);
      await until(() => !!root(first).querySelector('[part="headline"]'), 'the first article');
      const el = document.createElement('news-article');
      el.noCount = true;
      let skeletons = 0;
      el.article = article({ id: 'a', title: 'First' });
      document.body.append(el);
      await el.updateComplete;
      expect(q(el, '[part="headline"]').textContent, 'rendered in its first update').to.equal('First');
      const observer = new MutationObserver(() => (skeletons += el.shadowRoot!.querySelector('.skeleton') ? 1 : 0));
      observer.observe(el.shadowRoot!, { subtree: true, childList: true });
      el.article = article({ id: 'b', title: 'Second' });
      await el.updateComplete;
      expect(q(el, '[part="headline"]').textContent).to.equal('Second');
      const errors: string[] = [];
      el.addEventListener('news-error', (e) => errors.push(e.detail.operation));
      el.article = { ...article(), url: 'javascript:alert(1)' } as Article;
      await el.updateComplete;
      observer.disconnect();
      expect(q(el, '[part="status"]').textContent).to.contain('could not be loaded');
      expect(errors).to.deep.equal(['load-article']);
      expect(skeletons).to.equal(0);
      el.remove();
    });
  });

  describe('safety', () => {
    beforeEach(() => delete (window as { __pwned?: string }).__pwned);

    it('renders a hostile body without running anything and keeps the safe content', async () => {
      const el = await fixture<NewsArticle>(html`<news-article .article=${article({ bodyHtml: HOSTILE_BODY })}></news-article>`);
      await shown(el);
      const body = q(el, '[part="body"]');
      body.querySelector<HTMLElement>('div')?.click();
      await new Promise((r) => setTimeout(r, 100));
      expect((window as { __pwned?: string }).__pwned).to.equal(undefined);
      expect(body.querySelector('#kept'), 'ids are not kept (no clobbering)').to.equal(null);
      expect(body.textContent).to.contain('Safe text');
      expect(body.querySelectorAll('script, style, form, input, button, meta, svg, math, iframe').length).to.equal(0);
      const markup = body.innerHTML;
      expect(markup).not.to.match(/javascript:|data:text|onerror|onclick|srcdoc|formaction|xlink/i);
      const links = [...body.querySelectorAll('a')];
      expect(links.filter((a) => a.hasAttribute('href')).every((a) => a.rel === 'noopener noreferrer')).to.equal(true);
      expect(links.find((a) => a.textContent === 'out')!.hasAttribute('data-external')).to.equal(true);
      expect(links.find((a) => a.textContent === 'in')!.hasAttribute('data-external')).to.equal(false);
      expect(body.querySelector('img[srcset]'), 'a srcset with a javascript: candidate is dropped').to.equal(null);
      expect([...body.querySelectorAll('img')].every((img) => img.loading === 'lazy')).to.equal(true);
      expect(body.querySelector('.table-scroll[role="region"][aria-label="Results"][tabindex="0"] table')).to.exist;
      expect(body.querySelector('blockquote q')!.textContent).to.equal('quoted');
    });

    it('keeps iframes only from the hosts it is told to allow, sandboxed', async () => {
      const el = await fixture<NewsArticle>(
        html`<news-article allow-iframes="www.youtube-nocookie.com" .article=${article({ bodyHtml: HOSTILE_BODY })}></news-article>`,
      );
      await shown(el);
      const frames = [...q(el, '[part="body"]').querySelectorAll('iframe')];
      expect(frames.map((f) => f.getAttribute('src'))).to.deep.equal(['https://www.youtube-nocookie.com/embed/x']);
      expect(frames[0]!.getAttribute('sandbox')).to.contain('allow-scripts');
    });

    it('writes JSON-LD that stays JSON and cannot close its script element', async () => {
      const title = '</script><script>window.__pwned="ld"</script> <!--<script>';
      const el = await fixture<NewsArticle>(
        html`<news-article emit-jsonld .article=${article({ title, tags: ['</script>', 'a\u2028b'] })}></news-article>`,
      );
      await until(() => !!el.querySelector('script[type="application/ld+json"]'), 'the JSON-LD');
      const script = el.querySelector('script[type="application/ld+json"]')!;
      expect(script.textContent).not.to.match(/<\/script|<!--/i);
      const data = JSON.parse(script.textContent!);
      expect(data['@graph'][0].headline).to.equal(title);
      expect(data['@graph'][0].author).to.deep.equal([{ '@type': 'Person', name: 'Sara Ahmadi', url: 'https://news.example.org/authors/sara' }]);
      expect((window as { __pwned?: string }).__pwned).to.equal(undefined);
    });

    it('works on a page that requires Trusted Types for scripts', async () => {
      const frame = document.createElement('iframe');
      frame.src = '/test/browser/trusted-types-page.html';
      document.body.append(frame);
      await until(() => frame.contentWindow?.document.body?.dataset.result !== undefined, 'the page to report', 8000);
      const { result, violations } = frame.contentWindow!.document.body.dataset;
      frame.remove();
      expect(violations).to.equal('0');
      expect(result).to.equal('rendered');
    });
  });

  describe('data and events', () => {
    it('shows only the last of quickly changing slugs', async () => {
      const client = fakeClient({
        'GET /articles/by-slug/slow': async () => {
          await new Promise((r) => setTimeout(r, 300));
          return article({ slug: 'slow', title: 'Slow story' });
        },
        'GET /articles/by-slug/fast': () => article({ slug: 'fast', title: 'Fast story' }),
        'POST /articles/.*/views': () => ({ viewCount: 1 }),
      });
      const el = await fixture<NewsArticle>(html`<news-article slug="slow" .client=${client}></news-article>`);
      el.slug = 'fast';
      await until(() => q(el, '[part="headline"]')?.textContent === 'Fast story', 'the fast story');
      await new Promise((r) => setTimeout(r, 400));
      expect(q(el, '[part="headline"]').textContent).to.equal('Fast story');
    });

    it('records a view once per article per page, not with no-count, and shows the new count', async () => {
      let views = 0;
      const client = fakeClient({
        'GET /articles/.*': () => article({ id: 'once' }),
        'POST /articles/once/views': () => ({ viewCount: 5000 + ++views }),
      });
      const el = await fixture<NewsArticle>(html`<news-article article-id="once" .client=${client}></news-article>`);
      await until(() => q(el, '[part="meta"]')?.textContent?.includes('5,001 views') ?? false, 'the new count');
      await fixture(html`<news-article article-id="once" .client=${client}></news-article>`);
      await new Promise((r) => setTimeout(r, 100));
      expect(views).to.equal(1);
      const quiet = fakeClient({ 'GET /articles/.*': () => article({ id: 'quiet' }), 'POST /articles/.*/views': () => ({ viewCount: ++views }) });
      await fixture(html`<news-article no-count article-id="quiet" .client=${quiet}></news-article>`);
      await new Promise((r) => setTimeout(r, 100));
      expect(quiet.calls.filter((c) => c.startsWith('POST'))).to.deep.equal([]);
    });

    it('fires news-article-load with the article', async () => {
      const el = document.createElement('news-article');
      const event = oneEvent(el, 'news-article-load');
      el.article = article();
      document.body.append(el);
      const { detail } = await event;
      expect(detail.article.id).to.equal('4711');
      el.remove();
    });
  });

  describe('RTL', () => {
    it('renders an Arabic article right to left inside English interface text', async () => {
      const el = await fixture<NewsArticle>(html`<news-article lang="en" style="inline-size:600px" .article=${article({ lang: 'ar', title: 'مجلس المدينة يفتتح المكتبة', bodyHtml: '<p>نص المقال</p>' })}></news-article>`);
      await shown(el);
      expect(q(el, 'article').getAttribute('dir')).to.equal('ltr');
      const headline = q(el, '[part="headline"]');
      expect(getComputedStyle(headline).direction).to.equal('rtl');
      expect(getComputedStyle(q(el, '[part="body"]')).direction).to.equal('rtl');
      expect(q(el, '[part="meta"]').textContent).to.contain('views');
    });

    it('mirrors the page in fa: the breadcrumb runs from the right', async () => {
      for (const lang of ['fa', 'ur', 'ar'] as const) {
        const el = await fixture<NewsArticle>(html`<news-article lang=${lang} style="inline-size:600px" .article=${article({ lang })}></news-article>`);
        await shown(el);
        const [first, second] = [...root(el).querySelectorAll('[part="breadcrumb"] li')].map((li) => li.getBoundingClientRect());
        expect(first!.left, lang).to.be.greaterThan(second!.left);
        const box = q(el, 'article').getBoundingClientRect();
        expect(Math.round(box.right - q(el, '[part="headline"]').getBoundingClientRect().right)).to.equal(0);
        fixtureCleanup();
      }
    });
  });
});

const LOCALIZED: Record<TestLocale, Partial<Article>> = {
  en: {},
  ar: { lang: 'ar', title: 'مجلس المدينة يفتتح المكتبة العامة الجديدة', bodyHtml: '<p>بعد ثلاث سنوات من البناء، تفتح المكتبة أبوابها.</p>' },
  fa: { lang: 'fa', title: 'شورای شهر کتابخانه عمومی جدید را افتتاح کرد', bodyHtml: '<p>پس از سه سال، کتابخانه درهایش را باز می‌کند.</p>' },
  ur: { lang: 'ur', title: 'سٹی کونسل نے نئی پبلک لائبریری کا افتتاح کر دیا', bodyHtml: '<p>تین سال کی تعمیر کے بعد لائبریری کھل گئی۔</p>' },
};

runConformanceSuite({
  tag: 'news-article',
  render: (lang) => html`<news-article lang=${lang} no-count .article=${article(LOCALIZED[lang])}></news-article>`,
  settle: (el) => until(() => !!el.shadowRoot!.querySelector('[part="headline"]'), 'the article'),
});
