import { expect } from '@open-wc/testing';
import { loadSanitizer, sanitizeNow } from '../../src/internal/sanitize.js';

/** Sanitizes into a detached div and returns it, for querying. */
function clean(html: string, options: Parameters<typeof sanitizeNow>[1] = {}): HTMLDivElement {
  const div = document.createElement('div');
  div.append(sanitizeNow(html, { baseUrl: 'https://news.example.org/en/news/1', ...options }));
  return div;
}

describe('internal/sanitize: the article body configuration', () => {
  before(() => loadSanitizer());

  it('keeps the article tags and drops scripts, styles, forms and event handlers', () => {
    const div = clean(
      '<h2>T</h2><p onclick="x()">a <strong>b</strong></p><script>alert(1)</script><style>p{}</style><form><input></form><img src="/a.jpg" alt="A" onerror="x()">',
    );
    expect(div.querySelector('h2')?.textContent).to.equal('T');
    expect(div.querySelector('strong')).to.exist;
    expect(div.querySelector('script, style, form, input')).to.equal(null);
    expect(div.querySelector('[onclick], [onerror]')).to.equal(null);
  });

  it('refuses javascript: and data: URLs, keeps http(s) and relative ones', () => {
    const div = clean('<a href="javascript:alert(1)">x</a><a href="data:text/html,x">y</a><a href="/en/news/2">z</a><a href="https://other.example/">w</a>');
    const hrefs = [...div.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.deep.equal([null, null, '/en/news/2', 'https://other.example/']);
  });

  it('gives links rel="noopener noreferrer" and marks those leaving the site', () => {
    const [internal, external] = [...clean('<a href="/en/news/2">in</a><a href="https://other.example/">out</a>').querySelectorAll('a')];
    expect(internal!.rel).to.equal('noopener noreferrer');
    expect(internal!.hasAttribute('data-external')).to.equal(false);
    expect(external!.hasAttribute('data-external')).to.equal(true);
  });

  it('drops data- and aria- attributes the page did not write', () => {
    const p = clean('<p data-track="1" aria-hidden="true" id="x" class="lead">t</p>').querySelector('p')!;
    expect(p.hasAttribute('data-track')).to.equal(false);
    expect(p.hasAttribute('aria-hidden')).to.equal(false);
  });

  it('loads images lazily', () => {
    const img = clean('<img src="/a.jpg" alt="A">').querySelector('img')!;
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(img.getAttribute('decoding')).to.equal('async');
  });

  it('keeps iframes only over https from allowed hosts, sandboxed', () => {
    const html = '<iframe src="https://www.youtube-nocookie.com/embed/x"></iframe><iframe src="https://evil.example/x"></iframe><iframe src="http://www.youtube-nocookie.com/embed/y"></iframe>';
    expect(clean(html).querySelectorAll('iframe').length, 'none by default').to.equal(0);
    const kept = clean(html, { iframeHosts: ['www.youtube-nocookie.com'] }).querySelectorAll('iframe');
    expect(kept.length).to.equal(1);
    expect(kept[0]!.getAttribute('sandbox')).to.equal('allow-scripts allow-same-origin allow-presentation allow-popups');
    expect(kept[0]!.getAttribute('loading')).to.equal('lazy');
  });

  it('wraps tables in a focusable scrolling region named by the caption', () => {
    const wrapper = clean('<table><caption>Results</caption><tr><td>1</td></tr></table>').querySelector<HTMLElement>('.table-scroll')!;
    expect(wrapper.tabIndex).to.equal(0);
    expect(wrapper.getAttribute('role')).to.equal('region');
    expect(wrapper.getAttribute('aria-label')).to.equal('Results');
    expect(wrapper.querySelector('table')).to.exist;
  });

  it('forgets the options of one call in the next', () => {
    clean('<p>x</p>', { iframeHosts: ['a.example'] });
    expect(clean('<iframe src="https://a.example/x"></iframe>').querySelector('iframe')).to.equal(null);
  });
});
