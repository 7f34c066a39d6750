/**
 * news-elements/react in Chromium, with React 19: the article page through the wrappers, against the
 * real reference server (test/support/news-server-plugin.js, under /e2e-api). Bundled by
 * test/support/bundle-plugin.js from the built package.
 */
import { expect } from '@open-wc/testing';
import { act, createElement, useRef, useState, type RefObject } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { NewsArticle, NewsCommentForm, NewsComments, NewsLatestArticles, NewsProvider, NewsShareBar, type NewsShareDetail, type ShareTarget } from 'news-elements/react';
import type { NewsShareBar as NewsShareBarElement } from 'news-elements';
import type { ArticleSummary } from 'news-elements/sdk';
import { until } from '../support/until.js';

// Renders go through act(); what the elements do afterwards (loads, events) is awaited by polling, as a
// person would see it, so React is told this is not a unit-test environment that wraps everything.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;

interface PageProps {
  articleId: string;
  onShare: (detail: NewsShareDetail) => void;
  barRef: RefObject<NewsShareBarElement | null>;
}

function ArticlePage({ articleId, onShare, barRef }: PageProps) {
  const [headline, setHeadline] = useState('');
  return (
    <NewsProvider baseUrl="/e2e-api" lang="en">
      <p id="headline">{headline}</p>
      <NewsArticle articleId={articleId} onNewsArticleLoad={(e) => setHeadline(e.detail.article.title)}>
        <NewsShareBar
          ref={barRef}
          slot="after-body"
          networks="copy x email"
          onNewsShare={(e) => {
            // The detail is typed: the network is a ShareTarget.
            const network: ShareTarget = e.detail.network;
            onShare({ network, url: e.detail.url });
            e.preventDefault();
          }}
        />
        <NewsComments slot="after-body" articleId={articleId} />
        <NewsCommentForm slot="after-body" articleId={articleId} />
      </NewsArticle>
      <NewsLatestArticles limit={3} exclude={articleId} layout="compact" />
    </NewsProvider>
  );
}

function Holder(props: Omit<PageProps, 'barRef'> & { onBar: (bar: NewsShareBarElement | null) => void }) {
  const barRef = useRef<NewsShareBarElement>(null);
  props.onBar(barRef.current);
  return <ArticlePage articleId={props.articleId} onShare={props.onShare} barRef={barRef} />;
}

const shadow = (el: Element | null | undefined) => el?.shadowRoot ?? null;
const shareTarget = (bar: Element, name: string) => shadow(bar)?.querySelector<HTMLElement>(`[part~="target"][part~="${name}"]`) ?? null;

describe('news-elements/react', () => {
  let container: HTMLElement;
  let root: Root;
  let latest: ArticleSummary;

  before(async function () {
    // The server migrates and seeds a fresh database on its first start: allow it the time.
    this.timeout(120_000);
    const response = await fetch('/e2e-api/articles?lang=en&limit=1');
    expect(response.status).to.equal(200);
    latest = ((await response.json()) as { items: ArticleSummary[] }).items[0]!;
  });

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });

  afterEach(() => {
    act(() => root.unmount());
    container.remove();
  });

  it('renders the article page through the wrappers and hands a typed news-share event to onNewsShare', async function () {
    this.timeout(60_000);
    const shares: NewsShareDetail[] = [];
    const bar = useRefOutside<NewsShareBarElement>();
    await act(async () => root.render(createElement(ArticlePage, { articleId: latest.id, onShare: (d) => shares.push(d), barRef: bar })));

    await until(() => container.querySelector('#headline')?.textContent === latest.title, 'onNewsArticleLoad with the headline', 20_000);
    const article = container.querySelector('news-article')!;
    expect(shadow(article)?.textContent).to.include(latest.title);
    await until(() => (shadow(container.querySelector('news-latest-articles'))?.querySelectorAll('a').length ?? 0) > 0, 'the latest articles', 20_000);
    expect(shadow(container.querySelector('news-comment-form'))).to.exist;

    // `ref` is the element itself, with its properties set by the wrapper.
    expect(bar.current).to.be.instanceOf(customElements.get('news-share-bar')!);
    expect(bar.current!.networks).to.equal('copy x email');

    await until(() => shareTarget(bar.current!, 'x') !== null, 'the share targets');
    shareTarget(bar.current!, 'x')!.click();
    expect(shares).to.have.length(1);
    expect(shares[0]!.network).to.equal('x');
    expect(shares[0]!.url).to.be.a('string');
  });

  it('swaps the event handler on a new render without adding a second listener', async () => {
    const first: string[] = [];
    const second: string[] = [];
    let bar: NewsShareBarElement | null = null;
    const render = (list: string[]) =>
      act(async () => root.render(createElement(Holder, { articleId: latest.id, onShare: (d) => list.push(d.network), onBar: (b) => (bar = b ?? bar) })));
    await render(first);
    await render(second);
    await until(() => bar !== null && shareTarget(bar, 'email') !== null, 'the share bar');
    shareTarget(bar!, 'email')!.click();
    expect(first).to.deep.equal([]);
    expect(second).to.deep.equal(['email']);
  });
});

/** A ref object made outside a component (a test holds it). */
function useRefOutside<T>(): { current: T | null } {
  return { current: null };
}
