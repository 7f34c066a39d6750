/**
 * The first <news-article> of a page, as a new user writes it: data handed in,
 * `await el.updateComplete`, and the article is there. A file of its own, so
 * that no earlier test has loaded the article's lazy chunks in this page.
 */
import { expect, fixtureCleanup } from '@open-wc/testing';
import '../../src/components/article/index.js';
import type { NewsArticle } from '../../src/components/article/news-article.js';
import { article } from '../fixtures/data.js';

describe('<news-article> on first use', () => {
  afterEach(() => fixtureCleanup());

  it('resolves updateComplete once the article handed in is shown, its chunks loaded on the way', async () => {
    const el = document.createElement('news-article') as NewsArticle;
    el.noCount = true;
    el.article = article({ title: 'First of the page' });
    document.body.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="headline"]')?.textContent).to.equal('First of the page');
    expect(el.shadowRoot!.querySelector('[part="body"]')?.textContent).to.contain('120,000');
    expect(el.shadowRoot!.querySelector('.skeleton')).to.equal(null);
    el.remove();
  });

  it('does the same for data handed in after it is connected', async () => {
    const el = document.createElement('news-article') as NewsArticle;
    el.noCount = true;
    document.body.append(el);
    await el.updateComplete;
    el.article = article({ title: 'Handed in later' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="headline"]')?.textContent).to.equal('Handed in later');
    el.remove();
  });

  it('uses the reading time the data carries instead of counting', async () => {
    const el = document.createElement('news-article') as NewsArticle;
    el.noCount = true;
    el.lang = 'en';
    el.article = article({ readingMinutes: 7 });
    document.body.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="meta"]')?.textContent).to.match(/7 min read/);
    el.remove();
  });
});
