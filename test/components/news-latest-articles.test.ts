import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/latest-articles/index.js';
import '../../src/components/provider/index.js';
import type { NewsLatestArticles } from '../../src/components/latest-articles/news-latest-articles.js';
import type { ArticleSummary } from '../../src/sdk/schemas.js';
import { summary } from '../fixtures/data.js';
import { fakeClient, type Route } from '../support/fake-client.js';
import { until } from '../support/until.js';
import { runConformanceSuite, type TestLocale } from '../suites/element-conformance.js';

type Layout = NewsLatestArticles['layout'];

const root = (el: NewsLatestArticles) => el.shadowRoot!;
const q = <T extends Element = HTMLElement>(el: NewsLatestArticles, s: string) => root(el).querySelector<T>(s)!;
const titles = (el: NewsLatestArticles) => [...root(el).querySelectorAll('[part="link"]')].map((a) => a.textContent);
const shown = (el: NewsLatestArticles, count = 1) =>
  until(() => root(el).querySelectorAll('[part="item"]').length >= count, `${count} items`);

const IMAGE = { src: '/stories/assets/library.svg', alt: 'The library', width: 1200, height: 675 };
const withImage = (i: number, overrides: Partial<ArticleSummary> = {}) =>
  summary(i, { image: IMAGE, lead: `The lead of story ${i}.`, ...overrides });

/** A server of `pool`, newest first, paged by an index cursor, honouring `limit` and `exclude`. */
function paged(pool: ArticleSummary[]): Route {
  return (url) => {
    const start = Number(url.searchParams.get('cursor') ?? 0);
    const limit = Number(url.searchParams.get('limit') ?? 5);
    const excluded = (url.searchParams.get('exclude') ?? '').split(',');
    const items = pool.filter((a) => !excluded.includes(a.id)).slice(start, start + limit);
    return { items, nextCursor: start + limit < pool.length ? String(start + limit) : null };
  };
}

const pool = (n: number) => Array.from({ length: n }, (_, i) => withImage(i + 1));

// Short and very long titles and leads, with and without images: the items still take the placeholders' space.
const LONG = 'The council votes on the budget for the new library, the bridge and the schools of the old town';
const VARIED = Array.from({ length: 8 }, (_, i) =>
  summary(i + 1, {
    title: i % 2 ? LONG : 'Rain',
    ...(i % 3 ? { image: IMAGE, lead: LONG.repeat(i % 3) } : {}),
  }),
);

describe('<news-latest-articles>', () => {
  afterEach(() => fixtureCleanup());

  describe('rendering', () => {
    it('lists titles with dates as real links, under a localized default heading', async () => {
      const now = Date.now();
      const items = [
        summary(1, { publishedAt: new Date(now - 3 * 3600_000).toISOString() }),
        summary(2, { publishedAt: '2017-08-22T17:57:00+04:30' }),
      ];
      const el = await fixture<NewsLatestArticles>(html`<news-latest-articles lang="en" .items=${items}></news-latest-articles>`);
      await shown(el, 2);
      expect(q(el, 'h2[part="heading"]').textContent).to.equal('Latest Articles');
      expect(q(el, 'section').getAttribute('aria-label')).to.equal('Latest Articles');
      expect(titles(el)).to.deep.equal(['Story number 1', 'Story number 2']);
      const links = [...root(el).querySelectorAll<HTMLAnchorElement>('a[part="link"]')];
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['/en/news/1001', '/en/news/1002']);
      const times = [...root(el).querySelectorAll('time')];
      expect(times.map((t) => t.getAttribute('datetime'))).to.deep.equal([items[0]!.publishedAt, '2017-08-22T17:57:00+04:30']);
      expect(times[0]!.textContent, 'recent: relative').to.equal('3 hours ago');
      expect(times[1]!.textContent, 'older: the date').to.equal('Aug 22, 2017');
      expect(times[1]!.getAttribute('title'), 'the full date and time').to.match(/August 22, 2017 at/);
      expect(root(el).querySelector('img, [part="number"], [part="lead"]')).to.equal(null);
    });

    it('shows cards with a lazy image of known size, section, title, lead and date', async () => {
      const el = await fixture<NewsLatestArticles>(html`<news-latest-articles layout="cards" .items=${[withImage(1), summary(2)]}></news-latest-articles>`);
      await shown(el, 2);
      const img = q<HTMLImageElement>(el, '[part="item"] img[part="image"]');
      expect([img.loading, img.getAttribute('width'), img.getAttribute('height'), img.alt]).to.deep.equal(['lazy', '1200', '675', 'The library']);
      const [first, second] = [...root(el).querySelectorAll<HTMLElement>('[part="item"]')];
      expect(first!.querySelector('[part="section"]')!.textContent).to.equal('Public');
      expect(first!.querySelector('[part="lead"]')!.textContent).to.equal('The lead of story 1.');
      expect(first!.querySelector('time')).to.exist;
      expect(second!.querySelector('img'), 'no image: no img, same box').to.equal(null);
      expect(second!.getBoundingClientRect().height).to.be.closeTo(first!.getBoundingClientRect().height, 0.5);
    });

    it('numbers the compact list in the locale’s digits', async () => {
      const el = await fixture<NewsLatestArticles>(html`<news-latest-articles layout="compact" lang="fa" .items=${[summary(1), summary(2)]}></news-latest-articles>`);
      await shown(el, 2);
      expect(q(el, '[part="list"]').localName).to.equal('ol');
      expect([...root(el).querySelectorAll('[part="number"]')].map((n) => n.textContent)).to.deep.equal(['۱', '۲']);
      expect(root(el).querySelector('time'), 'no dates in compact').to.equal(null);
    });

    it('takes heading text and level from attributes, and can leave the heading out', async () => {
      const el = await fixture<NewsLatestArticles>(html`<news-latest-articles heading="More from Public" heading-level="3" .items=${[summary(1)]}></news-latest-articles>`);
      expect(q(el, 'h3[part="heading"]').textContent).to.equal('More from Public');
      expect(q(el, 'section').getAttribute('aria-label')).to.equal('More from Public');
      el.heading = '';
      await el.updateComplete;
      expect(root(el).querySelector('[part="heading"]')).to.equal(null);
      expect(q(el, 'section').getAttribute('aria-label')).to.equal('Latest Articles');
    });

    it('isolates titles in their own language and direction, and links no unsafe URL', async () => {
      const items = [summary(1, { lang: 'fa', title: 'کتابخانه باز شد' }), { ...summary(2), url: 'javascript:alert(1)' }];
      const el = await fixture<NewsLatestArticles>(html`<news-latest-articles lang="en" .items=${items}></news-latest-articles>`);
      await shown(el, 2);
      const [fa, unsafe] = [...root(el).querySelectorAll<HTMLElement>('[part="link"]')];
      expect([fa!.lang, fa!.dir, getComputedStyle(fa!).direction]).to.deep.equal(['fa', 'rtl', 'rtl']);
      expect(unsafe!.hasAttribute('href')).to.equal(false);
      expect(root(el).innerHTML).not.to.contain('javascript:');
    });
  });

  describe('fallback', () => {
    it('shows the page’s own HTML list while the first page loads, then its own list', async () => {
      let answer: (value: unknown) => void = () => {};
      const client = fakeClient({ 'GET /articles': () => new Promise((resolve) => (answer = resolve)) });
      const el = await fixture<NewsLatestArticles>(html`<news-latest-articles .client=${client}><ol><li><a href="/a">Server item</a></li></ol></news-latest-articles>`);
      const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot:not([name])')!;
      expect(slot.assignedElements().map((e) => e.localName)).to.deep.equal(['ol']);
      expect(el.shadowRoot!.querySelector('.placeholder')).to.equal(null);
      answer({ items: [summary(1)], nextCursor: null });
      await until(() => !!el.shadowRoot!.querySelector('[part="item"]'), 'the list');
      expect(el.shadowRoot!.querySelector('slot:not([name])')).to.equal(null);
      expect(el.querySelector('ol')!.getBoundingClientRect().height, 'the fallback is hidden').to.equal(0);
    });
  });

  describe('data', () => {
    it('fetches with its lang, section, limit and exclude, and keeps the excluded article out', async () => {
      // A back end that ignores `exclude`: the element still leaves the current article out.
      const client = fakeClient({ 'GET /articles': () => ({ items: [summary(1), summary(2), summary(3)], nextCursor: null }) });
      const el = await fixture<NewsLatestArticles>(
        html`<news-latest-articles lang="ar" section="public" limit="3" exclude="1002" .client=${client}></news-latest-articles>`,
      );
      await shown(el, 2);
      const query = new URLSearchParams(client.calls[0]!.split('?')[1]);
      expect(Object.fromEntries(query)).to.deep.equal({ lang: 'ar', section: 'public', limit: '3', exclude: '1002' });
      expect(titles(el)).to.deep.equal(['Story number 1', 'Story number 3']);
    });

    it('gets its client and locale from the provider', async () => {
      const client = fakeClient({ 'GET /articles': paged(pool(3)) });
      const provider = await fixture(html`<news-provider lang="fa" .client=${client}><news-latest-articles></news-latest-articles></news-provider>`);
      const el = provider.querySelector('news-latest-articles')!;
      await shown(el, 3);
      expect(client.calls[0]).to.contain('lang=fa');
      expect(q(el, 'section').dir).to.equal('rtl');
    });

    it('fetches again when its inputs change, and shows only the last answer', async () => {
      const client = fakeClient({
        'GET /articles': async (url) => {
          if (url.searchParams.get('section') === 'slow') await new Promise((r) => setTimeout(r, 200));
          return { items: [summary(1, { title: `From ${url.searchParams.get('section')}` })], nextCursor: null };
        },
      });
      const el = await fixture<NewsLatestArticles>(html`<news-latest-articles section="slow" .client=${client}></news-latest-articles>`);
      el.section = 'fast';
      await until(() => titles(el)[0] === 'From fast', 'the fast section');
      await new Promise((r) => setTimeout(r, 300));
      expect(titles(el)).to.deep.equal(['From fast']);
    });

    it('aborts its request when removed, and loads again when put back', async () => {
      let first = true;
      const client = fakeClient({
        'GET /articles': (url, request) => {
          if (!first) return paged(pool(2))(url, request);
          first = false;
          return new Promise((_, reject) => request.signal.addEventListener('abort', () => reject(request.signal.reason)));
        },
      });
      const el = await fixture<NewsLatestArticles>(html`<news-latest-articles .client=${client}></news-latest-articles>`);
      const parent = el.parentElement!;
      el.remove();
      await new Promise((r) => setTimeout(r, 20));
      parent.append(el);
      await shown(el, 2);
      expect(client.calls.length).to.equal(2);
    });

    it('shows "No articles yet" for an empty page', async () => {
      const client = fakeClient({ 'GET /articles': () => ({ items: [], nextCursor: null }) });
      const el = await fixture<NewsLatestArticles>(html`<news-latest-articles .client=${client}></news-latest-articles>`);
      await until(() => !!root(el).querySelector('[part="status"]'), 'the empty state');
      expect(q(el, '[part="status"]').textContent!.trim()).to.equal('No articles yet.');
      expect(q(el, '[part="status"]').getAttribute('role')).to.equal('status');
      expect(root(el).querySelector('[part="more"]')).to.equal(null);
    });

    it('shows an error with a retry that works, and fires news-error', async () => {
      let fail = true;
      const client = fakeClient({ 'GET /articles': (url) => (fail ? new Response('{}', { status: 503 }) : paged(pool(2))(url, new Request(url))) });
      const el = document.createElement('news-latest-articles');
      el.client = client;
      const error = oneEvent(el, 'news-error');
      document.body.append(el);
      const { detail } = await error;
      expect(detail.operation).to.equal('load-articles');
      await until(() => !!root(el).querySelector('[role="alert"] button'), 'the error state');
      expect(q(el, '[role="alert"]').textContent).to.contain('The articles could not be loaded.');
      fail = false;
      q(el, '[role="alert"] button').click();
      await shown(el, 2);
      el.remove();
    });
  });

  describe('paging', () => {
    it('loads more by cursor without duplicates, busy while loading, focus on the first new item', async () => {
      // The second page overlaps the first (a new article was published in between): 1003 comes twice.
      let release: () => void = () => {};
      const gate = new Promise<void>((r) => (release = r));
      const client = fakeClient({
        'GET /articles': async (url) => {
          if (!url.searchParams.get('cursor')) return { items: [summary(1), summary(2), summary(3)], nextCursor: 'p2' };
          await gate;
          return { items: [summary(3), summary(4), summary(5)], nextCursor: null };
        },
      });
      const el = await fixture<NewsLatestArticles>(html`<news-latest-articles limit="3" .client=${client}></news-latest-articles>`);
      await shown(el, 3);
      const more = q<HTMLButtonElement>(el, 'button[part="more"]');
      expect(more.textContent!.trim()).to.equal('Load more');
      more.click();
      await until(() => q(el, '[part="list"]').getAttribute('aria-busy') === 'true', 'the busy list');
      expect(q(el, '[part="more"]').getAttribute('aria-busy')).to.equal('true');
      release();
      await shown(el, 5);
      expect(titles(el)).to.deep.equal([1, 2, 3, 4, 5].map((i) => `Story number ${i}`));
      expect(client.calls[1]).to.contain('cursor=p2');
      expect(q(el, '[part="list"]').getAttribute('aria-busy')).to.equal('false');
      expect(root(el).activeElement?.textContent).to.equal('Story number 4');
      expect(root(el).querySelector('[part="more"]'), 'no more pages').to.equal(null);
    });

    it('shows a first page handed in as .page with no request, then loads the next page through the client', async () => {
      const client = fakeClient({ 'GET /articles': () => ({ items: [summary(4), summary(5)], nextCursor: null }) });
      const page = { items: [summary(1), summary(2), summary(3)], nextCursor: 'p2' };
      const el = await fixture<NewsLatestArticles>(html`<news-latest-articles limit="3" .client=${client} .page=${page}></news-latest-articles>`);
      expect(titles(el), 'in the first update').to.deep.equal([1, 2, 3].map((i) => `Story number ${i}`));
      expect(client.calls).to.deep.equal([]);
      q<HTMLButtonElement>(el, 'button[part="more"]').click();
      await shown(el, 5);
      expect(client.calls).to.have.length(1);
      expect(client.calls[0]).to.contain('cursor=p2');
    });

    it('follows every cursor to the end of a long list, each article once', async () => {
      const client = fakeClient({ 'GET /articles': paged(pool(12)) });
      const el = await fixture<NewsLatestArticles>(html`<news-latest-articles limit="5" exclude="1007" .client=${client}></news-latest-articles>`);
      await shown(el, 5);
      for (const count of [10, 11]) {
        await el.loadMore();
        await shown(el, count);
      }
      const ids = [...root(el).querySelectorAll<HTMLElement>('[part="item"]')].map((li) => li.dataset.id);
      expect(ids).to.deep.equal(pool(12).map((a) => a.id).filter((id) => id !== '1007'));
    });
  });

  describe('layout shift', () => {
    for (const layout of ['list', 'cards', 'compact'] as Layout[]) {
      it(`reserves exactly the space of limit items while loading: no layout shift (${layout})`, async () => {
        let release: () => void = () => {};
        const gate = new Promise<void>((r) => (release = r));
        const client = fakeClient({
          'GET /articles': async (url) => {
            await gate;
            return paged(VARIED)(url, new Request(url));
          },
        });
        let shift = 0;
        const observer = new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!entry.hadRecentInput) shift += entry.value;
          }
        });
        observer.observe({ type: 'layout-shift' });
        const wrapper = await fixture<HTMLElement>(html`<div style="inline-size:720px">
          <news-latest-articles layout=${layout} limit="4" .client=${client}></news-latest-articles>
          <p id="after">What follows the list</p>
        </div>`);
        const el = wrapper.querySelector('news-latest-articles')!;
        await el.updateComplete;
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
        const before = [el.getBoundingClientRect().height, wrapper.querySelector('#after')!.getBoundingClientRect().top];
        expect(root(el).querySelectorAll('li.placeholder').length).to.equal(4);
        expect(q(el, '[part="list"]').getAttribute('aria-busy')).to.equal('true');
        release();
        await shown(el, 4);
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100)));
        observer.disconnect();
        const after = [el.getBoundingClientRect().height, wrapper.querySelector('#after')!.getBoundingClientRect().top];
        expect(after).to.deep.equal(before);
        expect(shift).to.equal(0);
      });
    }
  });

  describe('refresh', () => {
    it('adds newer articles at the top without moving what the reader is looking at', async () => {
      let latest = pool(6).slice(2);
      const client = fakeClient({ 'GET /articles': () => ({ items: latest.slice(0, 4), nextCursor: null }) });
      const wrapper = await fixture<HTMLElement>(html`<div>
        <div style="block-size:1500px"></div>
        <news-latest-articles refresh-interval="0.2" limit="4" .client=${client}></news-latest-articles>
        <div style="block-size:3000px"></div>
      </div>`);
      const el = wrapper.querySelector('news-latest-articles')!;
      await shown(el, 4);
      const third = () => el.shadowRoot!.querySelector('[data-id="1005"]')!.getBoundingClientRect().top;
      window.scrollTo(0, window.scrollY + third() - 40);
      const top = third();
      expect(top).to.be.closeTo(40, 1);
      latest = pool(6);
      await until(() => titles(el).length === 6, 'the newer articles');
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      expect(titles(el).slice(0, 2)).to.deep.equal(['Story number 1', 'Story number 2']);
      expect(third()).to.be.closeTo(top, 1);
      expect(q(el, '[role="status"]').textContent).to.equal('Newer articles were added.');
      const calls = client.calls.length;
      el.remove();
      await new Promise((r) => setTimeout(r, 500));
      expect(client.calls.length, 'no refresh after disconnect').to.equal(calls);
      window.scrollTo(0, 0);
    });
  });

  describe('keyboard', () => {
    it('reaches each article link and the load-more button with Tab, and loads with Enter', async () => {
      const client = fakeClient({ 'GET /articles': paged(pool(4)) });
      const el = await fixture<NewsLatestArticles>(html`<news-latest-articles limit="2" .client=${client}></news-latest-articles>`);
      await shown(el, 2);
      q(el, '[part="link"]').focus();
      expect(root(el).activeElement?.textContent).to.equal('Story number 1');
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement?.textContent).to.equal('Story number 2');
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement?.getAttribute('part')).to.equal('more');
      await sendKeys({ press: 'Enter' });
      await shown(el, 4);
      await until(() => root(el).activeElement?.textContent === 'Story number 3', 'focus on the first new item');
    });
  });

  describe('RTL', () => {
    for (const lang of ['ar', 'fa', 'ur'] as const) {
      it(`runs from the right in ${lang}: heading, titles and numbers start at the right edge`, async () => {
        const items = [summary(1, { lang, title: 'عنوان' }), summary(2, { lang, title: 'عنوان دوم' })];
        const ltr = await fixture<NewsLatestArticles>(html`<news-latest-articles lang="en" layout="compact" style="inline-size:500px" .items=${items}></news-latest-articles>`);
        const rtl = await fixture<NewsLatestArticles>(html`<news-latest-articles lang=${lang} layout="compact" style="inline-size:500px" .items=${items}></news-latest-articles>`);
        for (const [el, dir] of [[ltr, 'ltr'], [rtl, 'rtl']] as const) {
          const base = q(el, 'section').getBoundingClientRect();
          const heading = q(el, '[part="heading"]');
          const range = document.createRange();
          range.selectNodeContents(heading);
          const text = range.getBoundingClientRect();
          const number = q(el, '[part="number"]').getBoundingClientRect();
          const link = q(el, '[part="link"]').getBoundingClientRect();
          if (dir === 'rtl') {
            expect(Math.round(base.right - text.right), `${lang} heading`).to.equal(0);
            expect(number.left, `${lang} number right of title`).to.be.greaterThan(link.left);
            expect(Math.round(base.right - number.right)).to.equal(0);
          } else {
            expect(Math.round(text.left - base.left)).to.equal(0);
            expect(number.left).to.be.lessThan(link.left);
          }
        }
      });
    }
  });
});

const LOCALIZED: Record<TestLocale, Partial<ArticleSummary>[]> = {
  en: [{}, {}],
  ar: [{ lang: 'ar', title: 'مجلس المدينة يفتتح المكتبة', section: { id: 'p', name: 'عام', path: ['عام'] } }, { lang: 'ar', title: 'أمطار غزيرة في الشمال' }],
  fa: [{ lang: 'fa', title: 'شورای شهر کتابخانه را افتتاح کرد', section: { id: 'p', name: 'عمومی', path: ['عمومی'] } }, { lang: 'fa', title: 'باران شدید در شمال' }],
  ur: [{ lang: 'ur', title: 'سٹی کونسل نے لائبریری کھول دی', section: { id: 'p', name: 'عوامی', path: ['عوامی'] } }, { lang: 'ur', title: 'شمال میں شدید بارش' }],
};

for (const layout of ['list', 'cards', 'compact'] as Layout[]) {
  runConformanceSuite({
    tag: 'news-latest-articles',
    render: (lang) => html`<news-latest-articles lang=${lang} layout=${layout} .items=${LOCALIZED[lang].map((o, i) => withImage(i + 1, o))}></news-latest-articles>`,
    settle: (el) => until(() => !!el.shadowRoot!.querySelector('[part="item"]'), `the ${layout} items`),
  });
}
