/**
 * Runs in Chromium (bundled by bench/browser-runner.ts): <news-article> against
 * a hand-written vanilla custom element doing the same work (shadow root with
 * the same stylesheet, DOMPurify.sanitize to a fragment, headline, dates and
 * view count, no reading time, as ../shared/BUDGETS.md describes it), and
 * bare innerHTML into an unstyled div for reference. Candidate and baselines alternate in one page.
 */
import createDOMPurify from 'dompurify';
import '../../src/components/article/index.js';
import { styles } from '../../src/components/article/news-article.styles.js';
import type { NewsArticle } from '../../src/components/article/news-article.js';
import type { Article } from '../../src/sdk/schemas.js';
import { article as sample } from '../../test/fixtures/data.js';
import { compareAsync } from '../harness.js';
import { stage } from './dom.js';

const PARAGRAPH =
  '<p>The council met on Tuesday to discuss the <a href="/budget">new budget</a>, which puts <strong>12 million</strong> into libraries and <em>parks</em>. ' +
  'Residents asked about opening hours; the mayor said, <q>We will publish them next week</q>.</p>';
const EXTRA = '<ul><li>One item of the list</li><li>Another item</li></ul><blockquote><p>A quotation from a resident.</p></blockquote>';

export function body(bytes: number): string {
  let html = '';
  for (let i = 0; html.length < bytes; i++) html += i % 5 === 4 ? EXTRA : PARAGRAPH;
  return html;
}

const purify = createDOMPurify(window);
const dateTime = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeStyle: 'short' });
const TAGS = ['p', 'a', 'strong', 'em', 'q', 'ul', 'li', 'blockquote', 'h2', 'img', 'figure', 'figcaption'];

/** The vanilla baseline: what one would write by hand for the same output. */
class VanillaArticle extends HTMLElement {
  article?: Article;
  connectedCallback() {
    this.render();
  }
  render() {
    const a = this.article!;
    let root = this.shadowRoot;
    if (!root) {
      // The same stylesheet as <news-article>: the comparison is about the element, not about CSS.
      root = this.attachShadow({ mode: 'open' });
      root.adoptedStyleSheets = styles.map((s) => s.styleSheet!);
    }
    const el = (tag: string, text?: string, attrs: Record<string, string> = {}) => {
      const node = document.createElement(tag);
      if (text !== undefined) node.textContent = text;
      for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
      return node;
    };
    const wrapper = el('article', undefined, { part: 'base', dir: 'ltr' });
    const crumbs = el('nav', undefined, { 'aria-label': 'Breadcrumb' });
    const ol = el('ol');
    for (const name of a.section.path) ol.append(el('li', name));
    crumbs.append(ol);
    const header = el('header');
    header.append(el('h1', a.title, { part: 'headline', lang: a.lang }), el('p', a.lead ?? '', { part: 'lead' }));
    // The meta line a careful hand-written element would show: author, dates, views; no reading time (BUDGETS.md).
    const bodyNode = el('div', undefined, { part: 'body', lang: a.lang });
    bodyNode.append(purify.sanitize(a.bodyHtml, { ALLOWED_TAGS: TAGS, RETURN_DOM_FRAGMENT: true }));
    for (const link of bodyNode.querySelectorAll('a')) link.setAttribute('rel', 'noopener noreferrer');
    const meta = el('p', undefined, { part: 'meta' });
    const author = el('span', 'By ', { class: 'author' });
    const link = el('a', undefined, { href: a.author!.url!, rel: 'author' });
    link.append(el('bdi', a.author!.name));
    author.append(link);
    const time = (label: string, iso: string) => {
      const span = el('span', `${label} `);
      span.append(el('time', dateTime.format(new Date(iso)), { datetime: iso }));
      return span;
    };
    meta.append(author, time('Published', a.publishedAt), time('Updated', a.updatedAt!), el('span', `${a.viewCount.toLocaleString('en')} views`));
    header.append(meta);
    const figure = el('figure', undefined, { part: 'image' });
    const image = a.image!;
    figure.append(
      el('img', undefined, { src: image.src, alt: image.alt, width: String(image.width), height: String(image.height), fetchpriority: 'high' }),
      el('figcaption', image.caption ?? '', { part: 'caption' }),
    );
    const tags = el('ul', undefined, { part: 'tags' });
    for (const tag of a.tags) tags.append(el('li', tag));
    wrapper.append(crumbs, header, figure, bodyNode, tags, el('p', `Source: ${new URL(a.url, location.href).href}`, { class: 'source' }));
    root.replaceChildren(wrapper);
  }
}
customElements.define('vanilla-article', VanillaArticle);

function loaded(el: NewsArticle): Promise<void> {
  return new Promise((resolve) => el.addEventListener('news-article-load', () => resolve(), { once: true }));
}

export type Runner = () => Promise<void>;

export function cases(bytes: number): Record<string, { candidate: Runner; baseline: Runner; reference: Runner; warmCandidate: Runner; warmBaseline: Runner }> {
  // With the reading time the server stores with each article: the element shows it, counts nothing.
  const articles = [0, 1].map((i) => sample({ id: `bench-${bytes}-${i}`, bodyHtml: body(bytes), title: `Benchmark article ${i}`, readingMinutes: Math.round(bytes / 1400) }));
  // Each runner alternates between two articles on its own, so a warm re-render always gets new data.
  const counters = new Map<string, number>();
  const next = (who = 'shared') => {
    const n = counters.get(who) ?? 0;
    counters.set(who, n + 1);
    return articles[n % 2]!;
  };
  const mine = document.createElement('news-article') as NewsArticle;
  mine.noCount = true;
  const theirs = document.createElement('vanilla-article') as VanillaArticle;
  return {
    [`${bytes / 1000} KB body`]: {
      async candidate() {
        const el = document.createElement('news-article') as NewsArticle;
        el.noCount = true;
        el.article = next();
        const done = loaded(el);
        stage.replaceChildren(el);
        await done;
        void el.shadowRoot!.firstElementChild!.getBoundingClientRect();
      },
      async baseline() {
        const el = document.createElement('vanilla-article') as VanillaArticle;
        el.article = next();
        stage.replaceChildren(el);
        void el.shadowRoot!.firstElementChild!.getBoundingClientRect();
      },
      async reference() {
        const div = document.createElement('div');
        div.innerHTML = next().bodyHtml;
        stage.replaceChildren(div);
        void div.getBoundingClientRect();
      },
      async warmCandidate() {
        if (!mine.isConnected) stage.replaceChildren(mine);
        const done = loaded(mine);
        mine.article = next('mine');
        await done;
        void mine.shadowRoot!.firstElementChild!.getBoundingClientRect();
      },
      async warmBaseline() {
        theirs.article = next('theirs');
        if (theirs.isConnected) theirs.render();
        else stage.replaceChildren(theirs);
        void theirs.shadowRoot!.firstElementChild!.getBoundingClientRect();
      },
    },
  };
}

/** Entry point called by the runner. */
export async function runArticleBench(samples = 15, warmup = 3) {
  const results = [];
  for (const bytes of [20_000, 200_000]) {
    for (const [name, c] of Object.entries(cases(bytes))) {
      const article = '<news-article>';
      results.push(await compareAsync(`${article} ${name}, first render`, [article, c.candidate], ['vanilla element', c.baseline], { samples, warmup }));
      results.push(await compareAsync(`${article} ${name}, warm`, [article, c.warmCandidate], ['vanilla element', c.warmBaseline], { samples, warmup }));
      results.push(await compareAsync(`${article} ${name}, vs innerHTML`, [article, c.candidate], ['div.innerHTML (unsanitized)', c.reference], { samples, warmup }));
    }
  }
  return results;
}
