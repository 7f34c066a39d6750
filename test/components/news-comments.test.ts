import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/comments/index.js';
import type { NewsComments } from '../../src/components/comments/news-comments.js';
import { emit } from '../../src/events/emit.js';
import '../../src/events/news-comment-result.js';
import { comment } from '../fixtures/data.js';
import { fakeClient, hang, type FakeClient } from '../support/fake-client.js';
import { until } from '../support/until.js';
import { runConformanceSuite, type TestLocale } from '../suites/element-conformance.js';

const root = (el: NewsComments) => el.shadowRoot!;
const bodies = (el: NewsComments) => [...root(el).querySelectorAll('[part="body"]')].map((p) => p.textContent);
const loaded = async (el: NewsComments) => {
  await until(() => el.getAttribute('aria-busy') === null && !root(el).querySelector('section[aria-busy="true"]') && !root(el).textContent!.includes('Loading comments'), 'the comments');
  await el.updateComplete;
};

function pagedClient(total: number, pageSize = 50) {
  const all = Array.from({ length: total }, (_, i) => comment(i + 1));
  return fakeClient({
    'GET /articles/4711/comments': (url) => {
      const order = url.searchParams.get('order') ?? 'oldest';
      const list = order === 'newest' ? [...all].reverse() : all;
      const start = Number(url.searchParams.get('cursor') ?? 0);
      const next = start + pageSize < list.length ? String(start + pageSize) : null;
      return { items: list.slice(start, start + pageSize), nextCursor: next };
    },
  });
}

describe('<news-comments>', () => {
  afterEach(() => fixtureCleanup());

  describe('rendering', () => {
    it('shows each comment with author, relative time, full date on hover and text body in its own direction', async () => {
      const client = pagedClient(3);
      const el = await fixture<NewsComments>(html`<news-comments article-id="4711" .client=${client}></news-comments>`);
      await loaded(el);
      expect(bodies(el)).to.deep.equal(['Comment 1: a thoughtful remark.', 'Comment 2: a thoughtful remark.', 'Comment 3: a thoughtful remark.']);
      const first = root(el).querySelector('[part="comment"]')!;
      expect(first.querySelector('bdi[part="author"]')!.textContent).to.equal('Ali');
      const time = first.querySelector('time')!;
      expect(time.getAttribute('datetime')).to.equal('2026-11-01T10:00:00Z');
      expect(time.title).to.match(/2026/);
      expect(first.querySelector('[part="body"]')!.getAttribute('dir')).to.equal('auto');
      expect(root(el).querySelector('[part="heading"]')!.textContent).to.equal('3 comments');
    });

    it('goes from loading straight to the comments, never through "No comments yet."', async () => {
      const el = document.createElement('news-comments');
      el.client = pagedClient(3);
      const seen: string[] = [];
      document.body.append(el);
      await el.updateComplete;
      const observer = new MutationObserver(() => seen.push(el.shadowRoot!.textContent!.replace(/\s+/g, ' ')));
      observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
      el.articleId = '4711';
      await loaded(el);
      observer.disconnect();
      el.remove();
      expect(seen.some((t) => t.includes('No comments yet')), seen.join(' | ')).to.equal(false);
      expect(seen.at(-1)).to.contain('Comment 3');
    });

    it('shows HTML and script in a comment as text', async () => {
      const client = fakeClient({
        'GET /articles/4711/comments': () => ({ items: [comment(1, { body: '<img src=x onerror="window.__pwnedComment=1"><script>alert(1)</script>' })], nextCursor: null }),
      });
      const el = await fixture<NewsComments>(html`<news-comments article-id="4711" .client=${client}></news-comments>`);
      await loaded(el);
      expect(root(el).querySelector('[part="body"] img, [part="body"] script')).to.equal(null);
      expect(bodies(el)[0]).to.contain('<script>');
      expect((window as { __pwnedComment?: number }).__pwnedComment).to.equal(undefined);
    });

    it('pages through cursors at 50 a page without duplicates, then shows the count', async () => {
      const el = await fixture<NewsComments>(html`<news-comments article-id="4711" .client=${pagedClient(120)}></news-comments>`);
      await loaded(el);
      expect(bodies(el).length).to.equal(50);
      expect(root(el).querySelector('[part="heading"]')!.textContent).to.equal('Comments');
      await el.loadMore();
      await el.loadMore();
      await el.updateComplete;
      const all = bodies(el);
      expect(all.length).to.equal(120);
      expect(new Set(all).size).to.equal(120);
      expect(root(el).querySelector('[part="more"]')).to.equal(null);
      expect(root(el).querySelector('[part="heading"]')!.textContent).to.equal('120 comments');
    });

    it('shows a first page handed in as .page at once, without a request, and fetches the pages after it', async () => {
      const client = pagedClient(60);
      const page = { items: Array.from({ length: 50 }, (_, i) => comment(i + 1)), nextCursor: '50' };
      const el = await fixture<NewsComments>(html`<news-comments article-id="4711" .client=${client} .page=${page}></news-comments>`);
      expect(bodies(el).length, 'in the first update').to.equal(50);
      expect(client.calls).to.deep.equal([]);
      await el.loadMore();
      await el.updateComplete;
      expect(bodies(el).length).to.equal(60);
      expect(client.calls).to.deep.equal(['GET /articles/4711/comments?cursor=50&order=oldest']);
    });

    it('shows only the last article\'s comments when the article changes while pages load', async () => {
      const client = fakeClient({
        'GET /articles/a/comments': () => ({ items: [comment(1, { articleId: 'a', body: 'On A' })], nextCursor: null }),
        'GET /articles/b/comments': async () => {
          await new Promise((r) => setTimeout(r, 200));
          return { items: [comment(2, { articleId: 'b', body: 'On B' })], nextCursor: null };
        },
        'GET /articles/c/comments': async () => {
          await new Promise((r) => setTimeout(r, 50));
          return { items: [comment(3, { articleId: 'c', body: 'On C' })], nextCursor: null };
        },
      });
      const el = await fixture<NewsComments>(html`<news-comments article-id="a" .client=${client}></news-comments>`);
      await until(() => bodies(el).length === 1, 'article a');
      el.articleId = 'b';
      await el.updateComplete;
      el.articleId = 'c';
      await until(() => bodies(el).includes('On C'), 'article c');
      await new Promise((r) => setTimeout(r, 300));
      expect(bodies(el)).to.deep.equal(['On C']);
    });

    it('lists newest first with order="newest"', async () => {
      const el = await fixture<NewsComments>(html`<news-comments order="newest" article-id="4711" .client=${pagedClient(3)}></news-comments>`);
      await loaded(el);
      expect(bodies(el)[0]).to.contain('Comment 3');
    });

    it('has loading, empty and error states, and retries', async () => {
      const waiting = await fixture<NewsComments>(html`<news-comments article-id="4711" .client=${fakeClient({ 'GET /articles/4711/comments': (_u, r) => hang(r) })}></news-comments>`);
      expect(root(waiting).querySelector('[part="status"]')!.textContent).to.contain('Loading comments');
      const empty = await fixture<NewsComments>(html`<news-comments article-id="4711" .client=${pagedClient(0)}></news-comments>`);
      await loaded(empty);
      expect(root(empty).querySelector('[part="status"]')!.textContent).to.contain('No comments yet.');
      let fail = true;
      const flaky = fakeClient({ 'GET /articles/4711/comments': () => (fail ? new Response('{}', { status: 500 }) : { items: [comment(1)], nextCursor: null }) });
      const el = await fixture<NewsComments>(html`<news-comments article-id="4711" .client=${flaky}></news-comments>`);
      await until(() => !!root(el).querySelector('[role="alert"] button'), 'the error state');
      fail = false;
      root(el).querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
      await until(() => bodies(el).length === 1, 'the comment after retry');
    });
  });

  describe('loading="lazy"', () => {
    /** Holds back requestIdleCallback for one test, so that only the viewport can reveal the element. */
    let idle: (() => void)[] = [];
    const realIdle = window.requestIdleCallback;
    beforeEach(() => {
      idle = [];
      window.requestIdleCallback = ((callback: () => void) => idle.push(callback)) as typeof window.requestIdleCallback;
    });
    afterEach(() => {
      window.requestIdleCallback = realIdle;
    });
    /** A lazy list four screens below the top. */
    async function belowTheFold(client: FakeClient): Promise<NewsComments> {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <div style="block-size: 400vh"></div>
        <news-comments loading="lazy" article-id="4711" .client=${client}></news-comments>
      </div>`);
      const el = wrapper.querySelector('news-comments')!;
      await el.updateComplete;
      return el;
    }

    it('below the fold: a heading and reserved space, no request, until it comes near the viewport', async () => {
      const client = pagedClient(3);
      const el = await belowTheFold(client);
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
      expect(client.calls, 'nothing fetched').to.deep.equal([]);
      expect(root(el).querySelector('h2')!.textContent).to.equal('Comments');
      expect(root(el).querySelector<HTMLElement>('.placeholder')!.getBoundingClientRect().height).to.be.greaterThan(100);
      await expect(el).to.be.accessible();
      el.scrollIntoView();
      await until(() => bodies(el).length === 3, 'the comments once near');
      expect(client.calls).to.have.length(1);
    });

    it('renders once the page is idle, so that keyboard users tabbing down find it', async () => {
      const client = pagedClient(2);
      const el = await belowTheFold(client);
      expect(client.calls).to.deep.equal([]);
      idle.forEach((callback) => callback());
      await until(() => bodies(el).length === 2, 'the comments after idle');
    });
  });

  describe('events', () => {
    it('shows a just-posted comment awaiting moderation to its author only, marked as pending; a published one plainly', async () => {
      const el = await fixture<NewsComments>(html`<news-comments article-id="4711" .client=${pagedClient(1)}></news-comments>`);
      await loaded(el);
      emit(document.body, 'news-comment-result', { status: 'pending', articleId: '4711', comment: comment(9, { body: 'Mine, waiting' }) });
      emit(document.body, 'news-comment-result', { status: 'published', articleId: 'other', comment: comment(10, { articleId: 'other', body: 'Elsewhere' }) });
      emit(document.body, 'news-comment-result', { status: 'published', articleId: '4711', comment: comment(11, { body: 'Mine, live' }) });
      await el.updateComplete;
      expect(bodies(el)).to.deep.equal(['Comment 1: a thoughtful remark.', 'Mine, waiting', 'Mine, live']);
      const pending = root(el).querySelectorAll('[part="comment"]')[1]!;
      expect(pending.querySelector('[part="pending"]')!.textContent).to.contain('Awaiting moderation');
      expect(root(el).querySelector('[part="heading"]')!.textContent, 'the count leaves out the pending one').to.equal('2 comments');
    });
  });

  describe('keyboard', () => {
    it('loads more from the keyboard', async () => {
      const el = await fixture<NewsComments>(html`<news-comments article-id="4711" .client=${pagedClient(60)}></news-comments>`);
      await loaded(el);
      root(el).querySelector<HTMLButtonElement>('[part="more"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => bodies(el).length === 60, 'the second page');
    });
  });

  describe('RTL', () => {
    it('aligns comments to the right in fa and lets each body take its own direction', async () => {
      const client = fakeClient({
        'GET /articles/4711/comments': () => ({ items: [comment(1, { authorName: 'مریم', body: 'نظر من درباره این خبر' }), comment(2, { body: 'An English reply' })], nextCursor: null }),
      });
      const el = await fixture<NewsComments>(html`<news-comments lang="fa" article-id="4711" style="inline-size:500px" .client=${client}></news-comments>`);
      await loaded(el);
      const [persian, english] = [...root(el).querySelectorAll<HTMLElement>('[part="body"]')];
      expect(getComputedStyle(persian!).direction).to.equal('rtl');
      expect(getComputedStyle(english!).direction).to.equal('ltr');
      const section = root(el).querySelector('section')!.getBoundingClientRect();
      const author = root(el).querySelector('[part="author"]')!.getBoundingClientRect();
      expect(Math.round(section.right - author.right)).to.equal(0);
      expect(root(el).querySelector('[part="heading"]')!.textContent, 'the count in Persian digits').to.match(/^۲ /);
    });
  });
});

const LOCALE_COMMENTS: Record<TestLocale, string> = { en: 'A fair point.', ar: 'نقطة وجيهة.', fa: 'نکته درستی است.', ur: 'اچھی بات ہے۔' };

runConformanceSuite({
  tag: 'news-comments',
  render: (lang) =>
    html`<news-comments lang=${lang} article-id="4711" .client=${fakeClient({ 'GET /articles/4711/comments': () => ({ items: [comment(1, { body: LOCALE_COMMENTS[lang] })], nextCursor: null }) })}></news-comments>`,
  settle: (el) => until(() => !!el.shadowRoot!.querySelector('[part="list"]'), 'the comments'),
});
