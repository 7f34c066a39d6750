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

  it('the npm entries import in the browser', async () => {
    const sdk = await import(/* @vite-ignore */ `${'/dist/sdk/index.js'}`);
    expect(sdk.createNewsClient({ baseUrl: '/api' }).baseUrl).to.equal(new URL('/api', location.href).href);
  });
});
