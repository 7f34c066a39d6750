import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/components/latest-articles/index.js';
import '../../src/components/article/index.js';
import type { NewsLatestArticles } from '../../src/components/latest-articles/news-latest-articles.js';
import type { NewsArticle } from '../../src/components/article/news-article.js';
import { article, summary } from '../fixtures/data.js';
import { fakeClient } from '../support/fake-client.js';
import { until } from '../support/until.js';

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

function countingClient() {
  return fakeClient({
    'GET /articles': () => ({ items: [summary(1), summary(2), summary(3)], nextCursor: null }),
    'GET /articles/.+': () => article(),
    'POST /articles/.+/views': () => ({ viewCount: 1 }),
    'GET /comments/counts': (url) => ({
      counts: Object.fromEntries(url.searchParams.get('ids')!.split(',').map((id, i) => [id, [0, 1, 12][i % 3]!])),
    }),
  });
}

describe('comment counts', () => {
  afterEach(() => fixtureCleanup());

  it('<news-latest-articles show-comment-counts>: one request for the list, each count worded and linked to the comments', async () => {
    const client = countingClient();
    const el = await fixture<NewsLatestArticles>(html`<news-latest-articles show-comment-counts .client=${client}></news-latest-articles>`);
    await until(() => el.shadowRoot!.querySelectorAll('[part="comments"]').length === 3, 'the counts');
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="comments"]')];
    expect(links.map(text)).to.deep.equal(['0 comments', '1 comment', '12 comments']);
    expect(links[0]!.getAttribute('href')).to.equal('/en/news/1001#comments');
    expect(client.calls.filter((c) => c.startsWith('GET /comments/counts'))).to.deep.equal(['GET /comments/counts?ids=1001%2C1002%2C1003']);
    await expect(el).to.be.accessible();
  });

  it('words counts with the locale\'s plural rules and digits', async () => {
    const el = await fixture<NewsLatestArticles>(html`<news-latest-articles lang="fa" show-comment-counts .client=${countingClient()}></news-latest-articles>`);
    await until(() => el.shadowRoot!.querySelectorAll('[part="comments"]').length === 3, 'the counts');
    expect(text(el.shadowRoot!.querySelectorAll('[part="comments"]')[2])).to.contain('۱۲');
  });

  it('asks nothing without the attribute', async () => {
    const client = countingClient();
    const el = await fixture<NewsLatestArticles>(html`<news-latest-articles .client=${client}></news-latest-articles>`);
    await until(() => el.shadowRoot!.querySelectorAll('[part="item"]').length === 3, 'the list');
    await new Promise((r) => setTimeout(r, 50));
    expect(el.shadowRoot!.querySelector('[part="comments"]')).to.equal(null);
    expect(client.calls.some((c) => c.startsWith('GET /comments/counts'))).to.equal(false);
  });

  it('<news-article show-comment-count> shows the count in its meta line, linked to #comments', async () => {
    const client = countingClient();
    const page = await fixture<HTMLElement>(html`<div>
      <news-article article-id="4711" show-comment-count no-count .client=${client}></news-article>
      <news-latest-articles show-comment-counts .client=${client}></news-latest-articles>
    </div>`);
    const el = page.querySelector<NewsArticle>('news-article')!;
    await until(() => !!el.shadowRoot!.querySelector('[part="comments"]'), 'the count');
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="meta"] [part="comments"]')!;
    expect(link.getAttribute('href')).to.equal('#comments');
    expect(text(link)).to.match(/^\d+ comments?$/);
  });

  it('<news-article show-comment-count> holds the count\'s place while it loads: nothing below it moves when it arrives (ar, 320 to 412 px)', async () => {
    const widths = Array.from({ length: 24 }, (_, i) => 320 + i * 4);
    try {
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const client = fakeClient({
        'POST /articles/.+/views': () => ({ viewCount: 1 }),
        'GET /comments/counts': async () => {
          await gate;
          return { counts: { '4711': 12 } };
        },
      });
      const shown = article({ id: '4711', lang: 'ar', author: { name: 'سارة أحمد' }, updatedAt: '2026-12-07T10:00:00+03:00', readingMinutes: 12 });
      const el = await fixture<NewsArticle>(html`<news-article lang="ar" show-comment-count .client=${client} .article=${shown}></news-article>`);
      await until(() => !!el.shadowRoot!.querySelector('[part="body"]'), 'the article');
      const body = el.shadowRoot!.querySelector('[part="body"]')!;
      // Where the body starts at each phone width: the count must not wrap the meta line at any of them.
      const bodyTops = async () => {
        const tops: number[] = [];
        for (const width of widths) {
          await setViewport({ width, height: 800 });
          tops.push(body.getBoundingClientRect().top);
        }
        return tops;
      };
      const before = await bodyTops();
      release();
      await until(() => !!el.shadowRoot!.querySelector('[part="comments"]'), 'the count');
      await el.updateComplete;
      expect(await bodyTops()).to.deep.equal(before);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
