/**
 * The build outputs load where users load them: the CDN bundle from a plain
 * HTML page, the npm entries as modules. Needs `npm run build` (npm test runs it).
 */
import { expect } from '@open-wc/testing';
import { until } from '../support/until.js';

function loadPage(src: string): Promise<HTMLIFrameElement> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    frame.src = src;
    frame.onload = () => resolve(frame);
    frame.onerror = reject;
    document.body.append(frame);
  });
}

describe('build outputs', () => {
  it('the CDN bundle registers the elements on a plain HTML page', async () => {
    const frame = await loadPage('/test/browser/cdn-page.html');
    const win = frame.contentWindow!;
    await until(() => !!win.customElements.get('news-provider'), 'news-provider to be defined');
    const provider = win.document.querySelector('news-provider')!;
    await until(() => !!provider.shadowRoot?.querySelector('[part="base"]'), 'the provider to render');
    expect(provider.shadowRoot!.querySelector('[part="base"]')!.getAttribute('dir')).to.equal('rtl');
    expect(win.getComputedStyle(win.document.getElementById('content')!).direction).to.equal('rtl');
    frame.remove();
  });

  it('the CDN bundle exports the SDK', async () => {
    const cdn = await import(/* @vite-ignore */ `${'/dist/cdn/news-elements.js'}`);
    expect(cdn.createNewsClient).to.be.a('function');
    expect(cdn.Article.safeParse({}).success).to.equal(false);
    expect(cdn.NewsHttpError).to.be.a('function');
  });

  it('a page with the loader and a share bar downloads the share bar and the runtime chunk, nothing else', async () => {
    const manifest = (await (await fetch('/dist/cdn/manifest.json')).json()) as { elements: Record<string, string[]> };
    const frame = await loadPage('/test/browser/loader-page.html');
    const win = frame.contentWindow!;
    await until(() => !!win.customElements.get('news-share-bar'), 'news-share-bar to be defined');
    const bar = win.document.querySelector('news-share-bar')!;
    await until(() => !!bar.shadowRoot?.querySelector('[part~="target"]'), 'the share bar to render');
    const scripts = win.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.endsWith('.js') && !path.startsWith('/__web-dev-server'))
      .map((path) => path.replace('/dist/cdn/', ''));
    const allowed = ['loader.js', ...manifest.elements['news-share-bar']!];
    expect([...new Set(scripts)].sort()).to.deep.equal([...allowed].sort());
    expect(scripts.some((s) => s.includes('sdk-')), 'no SDK chunk').to.equal(false);
    // Preloaded by the loader, one link per file.
    const links = [...win.document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((l) => l.href);
    expect(links.map((href) => new URL(href).pathname.replace('/dist/cdn/', '')).sort()).to.deep.equal([...manifest.elements['news-share-bar']!].sort());
    frame.remove();
  });

  it('the loader loads the tags of data-news-preload before they appear, and exports ready and discover', async () => {
    const frame = await loadPage('/test/browser/loader-preload-page.html');
    const win = frame.contentWindow!;
    await until(() => !!win.customElements.get('news-comments'), 'news-comments to be defined without being on the page');
    const loader = (await (win as unknown as { eval: (code: string) => Promise<{ ready: Promise<void>; discover: unknown }> }).eval(
      `import('/dist/cdn/loader.js')`,
    ));
    expect(loader.discover).to.be.a('function');
    await loader.ready;
    expect(win.customElements.get('news-share-bar'), 'nothing else').to.be.undefined;
    frame.remove();
  });

  it('the npm entries import in the browser', async () => {
    const sdk = await import(/* @vite-ignore */ `${'/dist/sdk/index.js'}`);
    expect(sdk.createNewsClient({ baseUrl: '/api' }).baseUrl).to.equal(new URL('/api', location.href).href);
  });

  it('while the page loads, elements connect one per task in document order, showing their own HTML until then', async () => {
    const frame = await loadPage('/test/browser/turns-page.html');
    const win = frame.contentWindow as Window & { inDefiningTask: Record<string, unknown>; renders: { id: string; task: number }[] };
    expect(win.inDefiningTask.readyState).to.not.equal('complete');
    expect(win.inDefiningTask.renderedNow, 'nothing rendered in the task that defined them').to.equal(0);
    expect(win.inDefiningTask.fallbackShown, 'the page HTML inside shows as is').to.equal(true);
    expect(win.inDefiningTask.emptyHostDisplay, 'an empty one has its :host styles while waiting').to.equal('block');
    await until(() => win.renders.length === 3, 'every bar to render');
    expect(win.renders.map((r) => r.id), 'document order; the bar removed before its turn never renders').to.deep.equal(['first', 'second', 'third']);
    const tasks = win.renders.map((r) => r.task);
    expect(new Set(tasks).size, `one task each: ${tasks.join(', ')}`).to.equal(3);
    frame.remove();
  });
});
