/**
 * Server-rendered elements taken over in the browser: the HTML that
 * news-elements/ssr renders (a declarative shadow root, from the test
 * runner's Node process) is parsed, every node of its shadow roots marked,
 * then the elements connect with the same data. Lit hydrates them: every
 * marked node is still there once they have updated, and what only a browser
 * can do (send a comment, the share sheet) arrives without rebuilding the rest.
 *
 * Both sides come from the build (`npm run build`), as on a real site: the
 * npm entry here, which loads the hydration support by itself when an element
 * arrives with a shadow root, and dist/ssr in the test runner's Node process.
 * Lit matches a server's template to the browser's by a digest of its
 * strings, so the two must come from the same build.
 */
import { expect, fixtureCleanup } from '@open-wc/testing';
import '../../dist/index.js';
import { article, comment, summary } from '../fixtures/data.js';
import { until } from '../support/until.js';

interface Case {
  tag: string;
  properties?: Record<string, unknown>;
  attributes?: Record<string, string | boolean>;
  /** What the rendered element shows, in its shadow root's text. */
  shows: string | RegExp;
}

const LANGUAGES = [
  { lang: 'en', url: '/en/news/1' },
  { lang: 'ar', url: '/ar/news/1' },
  { lang: 'fa', url: '/fa/news/1' },
  { lang: 'ur', url: '/ur/news/1' },
];

const cases = (lang: 'en' | 'ar'): Case[] => [
  {
    tag: 'news-article',
    properties: { article: article(lang === 'ar' ? { lang: 'ar', title: 'افتتاح المكتبة العامة الجديدة', bodyHtml: '<p>تضم المكتبة <strong>120,000</strong> كتاب.</p>' } : {}) },
    attributes: { 'no-count': true },
    shows: lang === 'ar' ? 'تضم المكتبة' : 'The library holds',
  },
  { tag: 'news-share-bar', attributes: { url: 'https://news.example.org/en/news/4711', title: 'A title', networks: 'native copy x facebook email mastodon' }, shows: 'Facebook' },
  { tag: 'news-latest-articles', properties: { items: [summary(1), summary(2), summary(3)] }, shows: 'Story number 2' },
  { tag: 'news-language-switcher', properties: { languages: LANGUAGES }, attributes: { current: lang }, shows: 'فارسی' },
  { tag: 'news-comments', properties: { page: { items: [comment(1), comment(2, { body: 'سلام، مقالهٔ خوبی بود.' })], nextCursor: null } }, attributes: { 'article-id': '4711' }, shows: 'مقالهٔ خوبی' },
  { tag: 'news-comment-form', attributes: { 'article-id': '4711' }, shows: lang === 'ar' ? /./ : 'Leave a comment' },
];

async function serverRender(tag: string, options: object): Promise<HTMLElement> {
  const res = await fetch('/ssr', { method: 'POST', body: JSON.stringify({ tag, options }) });
  const text = await res.text();
  if (!res.ok) throw new Error(text);
  // Parsed into a template, where nothing is upgraded: the declarative shadow root is attached, with
  // Lit's marker comments (Document.parseHTMLUnsafe drops the comments of shadow roots in Chromium).
  const template = document.createElement('template');
  template.setHTMLUnsafe(text);
  return template.content.firstElementChild as HTMLElement;
}

function nodesOf(root: ShadowRoot): Node[] {
  const nodes: Node[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node);
  return nodes;
}

describe('server-rendered elements taken over (hydration)', () => {
  let container: HTMLElement;
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => {
    container.remove();
    document.documentElement.lang = '';
    fixtureCleanup();
  });

  for (const lang of ['en', 'ar'] as const) {
    for (const { tag, properties, attributes, shows } of cases(lang)) {
      it(`<${tag}> in ${lang}: keeps every node of its server-rendered shadow root`, async () => {
        document.documentElement.lang = lang;
        const rendered = await serverRender(tag, { properties, attributes, lang, url: 'https://news.example.org/page' });
        const root = rendered.shadowRoot!;
        expect(root, 'a declarative shadow root').to.exist;
        // The one thing meant to go: the form's "needs JavaScript" line, once its script runs.
        const meantToGo = new Set(nodesOf(root).filter((node) => node.parentElement?.matches('[part="status"]')));
        const marked = nodesOf(root).filter((node) => !meantToGo.has(node));
        expect(marked.length).to.be.greaterThan(3);
        const errors: unknown[] = [];
        const onError = (event: ErrorEvent | PromiseRejectionEvent) => errors.push('reason' in event ? event.reason : event.error);
        window.addEventListener('error', onError);
        window.addEventListener('unhandledrejection', onError);
        try {
          const el = document.adoptNode(rendered);
          container.append(el);
          Object.assign(el, properties);
          await until(() => (el as HTMLElement & { hasUpdated: boolean }).hasUpdated, 'the first update');
          await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
          await new Promise((resolve) => setTimeout(resolve, 50));
          expect(errors.map(String)).to.deep.equal([]);
          expect(el.shadowRoot).to.equal(root);
          const lost = marked.filter((node) => !node.isConnected || node.getRootNode() !== root);
          const describe = (node: Node) => (node instanceof Element ? node.outerHTML.slice(0, 80) : `text "${node.textContent}"`);
          expect(lost.map(describe)).to.deep.equal([]);
          // Nothing rendered a second time beside them: new nodes only where the browser shows more (the share sheet).
          const added = nodesOf(root).filter((node) => !marked.includes(node) && !(node instanceof Text && !node.data.trim()));
          expect(added.filter((node) => !(node instanceof Element && node.closest('[part~="native"]')) && !node.parentElement?.closest('[part~="native"]')).map(describe)).to.deep.equal([]);
          expect(root.textContent).to.match(typeof shows === 'string' ? new RegExp(shows) : shows);
        } finally {
          window.removeEventListener('error', onError);
          window.removeEventListener('unhandledrejection', onError);
        }
      });
    }
  }

  it('<news-comment-form>: the server keeps its button disabled and says why; taken over, it can send', async () => {
    const rendered = await serverRender('news-comment-form', { attributes: { 'article-id': '4711' }, lang: 'en' });
    const button = rendered.shadowRoot!.querySelector('[part="submit"]')!;
    expect(button.hasAttribute('disabled')).to.equal(true);
    expect(rendered.shadowRoot!.textContent).to.contain('needs JavaScript');
    const el = document.adoptNode(rendered);
    container.append(el);
    await until(() => !button.hasAttribute('disabled'), 'the button enabled');
    expect(el.shadowRoot!.querySelector('[part="submit"]')).to.equal(button);
    expect(el.shadowRoot!.textContent).not.to.contain('needs JavaScript');
  });
});
