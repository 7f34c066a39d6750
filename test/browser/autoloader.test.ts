/**
 * The autoloader's engine against stand-in elements (test/fixtures/autoload):
 * what it finds, what it imports and preloads, and how it fails and retries.
 */
import { expect } from '@open-wc/testing';
import { createAutoloader, type Autoloader, type AutoloadErrorDetail } from '../../src/autoloader/autoloader.js';
import { until } from '../support/until.js';

const base = new URL('/test/fixtures/autoload/', location.href).href;
const manifestFor = (...letters: string[]) =>
  Object.fromEntries(letters.map((l) => [`news-fixture-${l}`, [`fixture-${l}.js`, 'shared.js']]));

/** A loader whose imports are counted (and can be made to fail), stopped after each test. */
let loader: Autoloader | undefined;
const imported: string[] = [];
let failNext = 0;
function autoloader(...letters: string[]): Autoloader {
  loader = createAutoloader({
    // `hydrate`: the hydration support, a stand-in module here.
    manifest: { ...manifestFor(...letters), hydrate: ['shared.js'] },
    base,
    importModule: (url) => {
      imported.push(url);
      if (failNext > 0) {
        failNext--;
        return Promise.reject(new TypeError(`Failed to fetch dynamically imported module: ${url}`));
      }
      return import(/* @vite-ignore */ url);
    },
  });
  return loader;
}

const host = () => document.getElementById('host')!;
const preloads = () => [...document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((l) => l.href);
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/** Captures console.warn for one test. */
let warnings: string[] = [];
const realWarn = console.warn;

describe('autoloader', () => {
  beforeEach(() => {
    document.body.insertAdjacentHTML('beforeend', '<div id="host"></div>');
    imported.length = 0;
    failNext = 0;
    warnings = [];
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  });
  afterEach(() => {
    console.warn = realWarn;
    loader?.stop();
    host().remove();
  });

  it('imports the hydration support first, and only, when an element arrives with a shadow root (server-rendered)', async () => {
    const links = new Set(document.querySelectorAll('link[rel="modulepreload"]'));
    host().innerHTML = '<news-fixture-i></news-fixture-i>';
    await autoloader('i').discover(document);
    expect(imported.some((url) => url.endsWith('/shared.js')), 'no hydration support for a page rendered in the browser').to.equal(false);
    loader!.stop();
    imported.length = 0;
    host().innerHTML = '<news-fixture-j></news-fixture-j>';
    host().querySelector('news-fixture-j')!.attachShadow({ mode: 'open' }).innerHTML = '<p>rendered on the server</p>';
    await autoloader('j').discover(document);
    expect(imported.map((url) => url.replace(/.*\//, ''))).to.deep.equal(['shared.js', 'fixture-j.js']);
    // The preloads of this test's two loaders go; the next tests count their own.
    for (const link of document.querySelectorAll('link[rel="modulepreload"]')) if (!links.has(link)) link.remove();
  });

  it('loads the tags already in the document, each file preloaded once', async () => {
    host().innerHTML = '<news-fixture-a></news-fixture-a><news-fixture-a></news-fixture-a><p><news-fixture-b></news-fixture-b></p>';
    const l = autoloader('a', 'b', 'h');
    await l.discover(document);
    expect(customElements.get('news-fixture-a')).to.exist;
    expect(customElements.get('news-fixture-b')).to.exist;
    expect(customElements.get('news-fixture-h'), 'a tag not on the page is not loaded').to.be.undefined;
    expect(imported).to.deep.equal([`${base}fixture-a.js`, `${base}fixture-b.js`]);
    expect(preloads().filter((href) => href === `${base}shared.js`)).to.have.length(1);
    expect(preloads()).to.include(`${base}fixture-a.js`);
  });

  it('loads each tag once, even when discovered again or already defined', async () => {
    host().innerHTML = '<news-fixture-a></news-fixture-a>';
    const l = autoloader('a');
    await Promise.all([l.discover(document), l.discover(host())]);
    await l.discover(document);
    expect(imported, 'news-fixture-a was defined by the previous test').to.deep.equal([]);
    host().innerHTML = '<news-fixture-c></news-fixture-c>';
    const l2 = autoloader('c');
    await Promise.all([l2.discover(document), l2.discover(host()), l2.discover(document)]);
    expect(imported).to.deep.equal([`${base}fixture-c.js`]);
  });

  it('finds a tag added later, batched per frame, and resolves ready', async () => {
    const l = autoloader('d');
    l.start();
    const complete = new Promise<CustomEvent>((resolve) => document.addEventListener('news-autoload-complete', (e) => resolve(e as CustomEvent), { once: true }));
    host().append(document.createElement('news-fixture-d'), document.createElement('news-fixture-d'));
    expect(imported, 'nothing before the frame').to.deep.equal([]);
    await until(() => imported.length > 0, 'the import');
    await l.ready;
    expect(customElements.get('news-fixture-d')).to.exist;
    expect(imported).to.have.length(1);
    expect((await complete).detail.tags).to.include('news-fixture-d');
  });

  it('finds tags in open shadow roots, declarative ones included, and watches them', async () => {
    const l = autoloader('e', 'f', 'g');
    l.start();
    const outer = document.createElement('div');
    outer.attachShadow({ mode: 'open' }).innerHTML = '<span><news-fixture-e></news-fixture-e></span>';
    host().append(outer);
    const declarative = document.createElement('div');
    declarative.setHTMLUnsafe('<section><template shadowrootmode="open"><news-fixture-f></news-fixture-f></template></section>');
    expect(declarative.querySelector('section')!.shadowRoot, 'the template became a shadow root').to.exist;
    host().append(declarative);
    await until(() => !!customElements.get('news-fixture-e') && !!customElements.get('news-fixture-f'), 'both shadow-root tags');
    // A tag added later inside a shadow root it has seen.
    outer.shadowRoot!.append(document.createElement('news-fixture-g'));
    await until(() => !!customElements.get('news-fixture-g'), 'the tag added inside the shadow root');
  });

  it('discover(root) reaches a closed shadow root', async () => {
    const l = autoloader('h');
    l.start();
    // eslint-disable-next-line wc/no-closed-shadow-root -- what discover(root) is for
    const closed = document.createElement('div').attachShadow({ mode: 'closed' });
    closed.innerHTML = '<news-fixture-h></news-fixture-h>';
    host().append(closed.host);
    await nextFrame();
    expect(imported, 'invisible to the observer').to.deep.equal([]);
    await l.discover(closed);
    expect(customElements.get('news-fixture-h')).to.exist;
  });

  it('leaves an unknown news-* tag alone, with one warning', async () => {
    host().innerHTML = '<news-foo></news-foo><news-foo></news-foo>';
    const l = autoloader('a');
    await l.discover(document);
    await l.discover(host());
    expect(imported).to.deep.equal([]);
    expect(warnings.filter((w) => w.includes('<news-foo>'))).to.have.length(1);
  });

  describe('a failed import', () => {
    // A fresh tag each time (the page keeps definitions between tests), defined by the fake import.
    let n = 0;
    function freshLoader() {
      // A tag name never defined before, pointing at a fixture file that defines another tag.
      const name = `news-retry-${++n}`;
      const file = `retry-${n}.js`;
      loader = createAutoloader({
        manifest: { [name]: [file] },
        base,
        importModule: (url) => {
          imported.push(url);
          if (failNext > 0) {
            failNext--;
            return Promise.reject(new TypeError(`Failed to fetch ${url}`));
          }
          customElements.define(name, class extends HTMLElement {});
          return Promise.resolve();
        },
      });
      return { l: loader, name, url: `${base}${file}` };
    }

    it('warns with tag and URL, fires news-autoload-error, rejects ready, and retries on the next discovery', async () => {
      const { l, name, url } = freshLoader();
      host().innerHTML = `<${name}></${name}>`;
      failNext = 1;
      const error = new Promise<CustomEvent<AutoloadErrorDetail>>((resolve) =>
        document.addEventListener('news-autoload-error', (e) => resolve(e as CustomEvent<AutoloadErrorDetail>), { once: true }),
      );
      let rejected: unknown;
      await l.discover(document).catch((e: unknown) => (rejected = e));
      const { detail } = await error;
      expect(detail.tag).to.equal(name);
      expect(detail.url).to.equal(url);
      expect(rejected, 'ready rejected').to.be.an('error');
      expect(String((rejected as Error).message)).to.include(name);
      expect(warnings.some((w) => w.includes(`<${name}>`) && w.includes(url))).to.equal(true);
      expect(customElements.get(name)).to.be.undefined;
      // Found again: tried again, with another URL (browsers keep a failed import's result).
      await l.discover(document);
      expect(customElements.get(name)).to.exist;
      expect(imported).to.deep.equal([url, `${url}?retry=1`]);
      await l.ready;
    });

    it('retries when the browser comes back online', async () => {
      const { l, name } = freshLoader();
      l.start();
      host().innerHTML = `<${name}></${name}>`;
      failNext = 1;
      await l.discover(document).catch(() => undefined);
      expect(customElements.get(name)).to.be.undefined;
      window.dispatchEvent(new Event('online'));
      await until(() => !!customElements.get(name), 'the retry after online');
      expect(imported).to.have.length(2);
    });

    it('reports a real 404 as an error, not a crash', async () => {
      loader = createAutoloader({ manifest: { 'news-missing': ['does-not-exist.js'] }, base });
      host().innerHTML = '<news-missing></news-missing>';
      const error = new Promise<CustomEvent<AutoloadErrorDetail>>((resolve) =>
        document.addEventListener('news-autoload-error', (e) => resolve(e as CustomEvent<AutoloadErrorDetail>), { once: true }),
      );
      await loader.discover(document).catch(() => undefined);
      expect((await error).detail.url).to.equal(`${base}does-not-exist.js`);
    });
  });
});
