// news-elements/ssr: what it never outputs (unsanitized article HTML, unescaped attributes), how it
// fails (clear TypeErrors, the element's own error state), what it leaves in Node's global scope,
// and how long a long article takes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { performance } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';
import { elementTags, NewsRenderError, renderElement, type NewsTagName } from '../../src/ssr/index.js';
import { isNewsValidationError } from '../../src/sdk/errors.js';
import type { Article } from '../../src/sdk/schemas.js';
import { article } from '../fixtures/data.js';
import { parse, text } from './support.js';

// The last two payloads take what follows them with them (DOMPurify drops a noscript that hides a closing
// tag, with the rest; an open <style> takes the rest as its text): they come last.
const HOSTILE = [
  '<p>Before</p>',
  '<script>alert(1)</script>',
  '<img src="x" onerror="alert(2)" alt="x">',
  '<a href="javascript:alert(3)">js link</a>',
  '<a href="JaVaScRiPt:alert(4)">mixed case</a>',
  '<a href="https://elsewhere.example/">external</a> <a href="/en/other">internal</a>',
  '<iframe src="https://evil.example/"></iframe>',
  '<svg><script>alert(5)</script><a xlink:href="javascript:alert(6)">svg</a></svg>',
  '<form action="https://evil.example/"><input name="q"></form>',
  '<div style="background:url(javascript:alert(8))" onclick="alert(9)">styled</div>',
  '<table><caption>Results</caption><tr><td>1</td></tr></table>',
  '<p>After</p>',
  '<noscript><p title="</noscript><img src=x onerror=alert(10)>"></noscript>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(7)>',
].join('');

describe('news-elements/ssr safety', () => {
  it('sanitizes a hostile article body with the browser\'s rules: no script, handler, javascript: URL or form', async () => {
    const markup = await renderElement('news-article', { properties: { article: article({ bodyHtml: HOSTILE }) }, url: 'https://news.example.org/en/news/4711' });
    const body = markup.slice(markup.indexOf('part="body"'));
    assert.doesNotMatch(body, /<script/i);
    assert.doesNotMatch(body, /\son[a-z]+=/i, 'an event handler attribute');
    assert.doesNotMatch(body, /javascript:/i);
    assert.doesNotMatch(body, /<(iframe|form|input|style|math|svg|noscript)\b/i);
    assert.doesNotMatch(body, /alert\(/);
    const { shadow } = parse(markup, 'news-article');
    const part = shadow.querySelector('[part="body"]')!;
    assert.match(text(part), /^Before.*After$/, 'the harmless text stays');
    for (const link of part.querySelectorAll('a[href]')) assert.equal(link.getAttribute('rel'), 'noopener noreferrer');
    assert.ok(part.querySelector('a[href="https://elsewhere.example/"][data-external]'), 'a link to another site is marked external');
    assert.ok(part.querySelector('a[href="/en/other"]:not([data-external])'), 'a link within the page\'s site is not');
    const wrapper = part.querySelector('.table-scroll');
    assert.equal(wrapper?.getAttribute('role'), 'region', 'tables get their scrolling wrapper, named by the caption');
    assert.equal(wrapper?.getAttribute('aria-label'), 'Results');
  });

  it('keeps an iframe only from a host the element allows, sandboxed', async () => {
    const bodyHtml = '<iframe src="https://www.youtube-nocookie.com/embed/x"></iframe><iframe src="https://evil.example/"></iframe>';
    const { shadow } = parse(await renderElement('news-article', { properties: { article: article({ bodyHtml }) }, attributes: { 'allow-iframes': 'www.youtube-nocookie.com' } }), 'news-article');
    const frames = [...shadow.querySelectorAll('iframe')];
    assert.deepEqual(frames.map((f) => f.getAttribute('src')), ['https://www.youtube-nocookie.com/embed/x']);
    assert.equal(frames[0]!.getAttribute('sandbox'), 'allow-scripts allow-same-origin allow-presentation allow-popups');
  });

  it('escapes attribute values and text from the data', async () => {
    const markup = await renderElement('news-share-bar', {
      attributes: { url: 'https://news.example.org/?a=1&b="2"', title: '"><script>alert(1)</script>', networks: 'x' },
    });
    assert.doesNotMatch(markup, /<script>alert/);
    const { host, shadow } = parse(markup, 'news-share-bar');
    assert.equal(host.getAttribute('title'), '"><script>alert(1)</script>', 'the attribute reads back as given');
    assert.equal(host.getAttribute('url'), 'https://news.example.org/?a=1&b="2"');
    assert.equal(shadow.querySelector('script'), null);
    const headline = '<img src=x onerror=alert(1)>';
    const { shadow: articleShadow } = parse(await renderElement('news-article', { properties: { article: article({ title: headline }) } }), 'news-article');
    assert.equal(text(articleShadow.querySelector('[part="headline"]')), headline, 'the headline is text');
    assert.equal(articleShadow.querySelector('[part="headline"] img'), null);
  });

  it('throws a clear TypeError for an unknown tag, property or attribute name, or a bad page address', async () => {
    await assert.rejects(renderElement('news-nothing' as NewsTagName), { name: 'TypeError', message: /unknown element "news-nothing"; expected one of news-provider, news-article/ });
    await assert.rejects(renderElement('news-article', { properties: { artcle: article() } }), { name: 'TypeError', message: /<news-article> has no property "artcle"/ });
    await assert.rejects(renderElement('news-article', { attributes: { 'a b': 'x' } }), { name: 'TypeError', message: /"a b" is not an attribute name/ });
    await assert.rejects(renderElement('news-article', { attributes: { '"><script>': 'x' } }), TypeError);
    await assert.rejects(renderElement('news-share-bar', { url: '/relative' }), { name: 'TypeError', message: /url must be an absolute http\(s\) address/ });
    await assert.rejects(renderElement('news-share-bar', { url: 'javascript:alert(1)' }), { name: 'TypeError', message: /url must be http\(s\)/ });
  });

  it('renders the article\'s error state for invalid data, and hands the validation error to onError', async () => {
    const errors: unknown[] = [];
    const places: unknown[] = [];
    const invalid = { ...article(), title: 42, bodyHtml: undefined };
    const markup = await renderElement('news-article', { properties: { article: invalid }, onError: (error, where) => (errors.push(error), places.push(where)) });
    const { shadow } = parse(markup, 'news-article');
    assert.equal(text(shadow.querySelector('[part="status"]')), 'The article could not be loaded.');
    assert.equal(shadow.querySelector('[part="body"]'), null);
    assert.equal(errors.length, 1);
    assert.ok(isNewsValidationError(errors[0]), String(errors[0]));
    assert.deepEqual(places, [{ tagName: 'news-article', operation: 'load-article' }]);
  });

  it('wraps what an element throws while rendering in a NewsRenderError naming it', async () => {
    // Items are shown as given, unchecked: a list that is no list makes the template throw.
    const error = await renderElement('news-latest-articles', { properties: { items: 5 } }).then(
      () => undefined,
      (e: unknown) => e,
    );
    assert.ok(error instanceof NewsRenderError, String(error));
    assert.equal(error.name, 'NewsRenderError');
    assert.equal(error.tagName, 'news-latest-articles');
    assert.match(error.message, /^news-elements\/ssr: <news-latest-articles> could not be rendered: /);
    assert.ok(error.cause instanceof TypeError);
  });

  it('renders every element of the registry, and nothing else', async () => {
    const registry = readFileSync(new URL('../../src/elements.ts', import.meta.url), 'utf8');
    assert.deepEqual([...elementTags], [...registry.matchAll(/components\/([a-z-]+)\/index\.js/g)].map((m) => `news-${m[1]}`));
    for (const tag of elementTags) {
      const markup = await renderElement(tag);
      parse(markup, tag);
    }
  });

  it('defines no browser global in Node: no window, document, HTMLElement or storage', async () => {
    await renderElement('news-article', { properties: { article: article() } });
    await renderElement('news-comment-form', { attributes: { 'article-id': '1' } });
    const leaked = ['window', 'document', 'HTMLElement', 'Element', 'Node', 'ShadowRoot', 'MutationObserver', 'IntersectionObserver', 'localStorage', 'sessionStorage', 'matchMedia', 'location', 'requestAnimationFrame'].filter(
      (name) => name in globalThis,
    );
    assert.deepEqual(leaked, []);
    // Lit's Node build puts its server registry there itself (@lit-labs/ssr-dom-shim), and no more.
    assert.equal(typeof customElements.get('news-article'), 'function');
  });

  it('renders an article with a 200 KB body (time printed, not asserted)', async (t) => {
    const paragraph = '<p>The council met on <strong>Monday</strong> and <a href="/en/news/1">voted</a> on the budget for the new library, which opens next week. </p>';
    const bodyHtml = paragraph.repeat(Math.ceil(200_000 / paragraph.length));
    const time = async (data: Article) => {
      const times: number[] = [];
      let markup = '';
      for (let i = 0; i < 5; i++) {
        const start = performance.now();
        markup = await renderElement('news-article', { properties: { article: data }, lang: 'ar' });
        times.push(performance.now() - start);
      }
      return { first: times[0]!, median: [...times].sort((a, b) => a - b)[2]!, markup };
    };
    const short = await time(article());
    const long = await time(article({ bodyHtml }));
    assert.ok(long.markup.includes('voted'));
    const line =
      `renderElement('news-article') with a ${(bodyHtml.length / 1024).toFixed(0)} KB body (${long.markup.split('<a ').length - 1} links): ` +
      `first ${long.first.toFixed(0)} ms, median of 5 ${long.median.toFixed(0)} ms, output ${(long.markup.length / 1024).toFixed(0)} KB; ` +
      `with the fixture's 0.1 KB body: median ${short.median.toFixed(1)} ms`;
    t.diagnostic(line);
    console.log(line);
  });
});
