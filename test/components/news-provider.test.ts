import { expect, fixture, html, oneEvent, fixtureCleanup } from '@open-wc/testing';
import '../../src/components/provider/index.js';
import '../support/probe-element.js';
import type { NewsProvider } from '../../src/components/provider/news-provider.js';
import type { NewsTestProbe } from '../support/probe-element.js';
import { createNewsClient } from '../../src/sdk/client.js';
import { getLocale } from '../../src/internal/localization.js';
import { runConformanceSuite } from '../suites/element-conformance.js';
import { until } from '../support/until.js';

const SAMPLE_TEXT = { en: 'Latest news', ar: 'آخر الأخبار', fa: 'آخرین اخبار', ur: 'تازہ ترین خبریں' } as const;

function probeIn(root: Element): NewsTestProbe {
  return root.querySelector('news-test-probe')!;
}

// What the probe sees of its provider (protected in the class).
function contextOf(probe: NewsTestProbe) {
  return (probe as unknown as { newsContext?: { client?: unknown; lang?: string } }).newsContext;
}

describe('<news-provider>', () => {
  afterEach(() => {
    fixtureCleanup();
    document.documentElement.lang = 'en';
  });

  describe('client', () => {
    it('gives descendants a client created from base-url', async () => {
      const el = await fixture<NewsProvider>(html`<news-provider base-url="/api"><news-test-probe></news-test-probe></news-provider>`);
      const probe = probeIn(el);
      await until(() => !!contextOf(probe)?.client, 'the client to be provided');
      const client = contextOf(probe)?.client as { baseUrl: string } | undefined;
      expect(client?.baseUrl).to.equal(new URL('/api', location.href).href);
    });

    it('prefers a client set as the .client property', async () => {
      const client = createNewsClient({ baseUrl: 'https://news.example.org/api' });
      const el = await fixture<NewsProvider>(
        html`<news-provider base-url="/api" .client=${client}><news-test-probe></news-test-probe></news-provider>`,
      );
      expect(contextOf(probeIn(el))?.client).to.equal(client);
    });

    it('reaches elements that connected before the provider was defined', async () => {
      const root = await fixture(html`<late-news-provider lang="fa"><news-test-probe></news-test-probe></late-news-provider>`);
      const probe = probeIn(root);
      expect(contextOf(probe), 'no provider yet').to.equal(undefined);
      const { NewsProvider } = await import('../../src/components/provider/news-provider.js');
      customElements.define('late-news-provider', class extends NewsProvider {});
      await until(() => contextOf(probe)?.lang === 'fa', 'the late provider to answer');
      expect(probe.locale).to.equal('fa');
    });

    it('fires news-error and keeps its content when base-url is not a usable URL', async () => {
      const el = document.createElement('news-provider');
      el.innerHTML = '<p>Host content</p>';
      document.body.append(el);
      const event = oneEvent(el, 'news-error');
      el.baseUrl = 'javascript:alert(1)';
      const { detail } = await event;
      expect(detail.operation).to.equal('create-client');
      expect(detail.error).to.be.instanceOf(TypeError);
      expect(detail.error.message).to.match(/baseUrl must be http\(s\)/);
      expect(el.textContent).to.contain('Host content');
      el.remove();
    });
  });

  describe('locale', () => {
    it('resolves an element\'s own lang first', async () => {
      const el = await fixture(html`<news-provider lang="fa"><news-test-probe lang="ur"></news-test-probe></news-provider>`);
      expect(probeIn(el).locale).to.equal('ur');
    });

    it('passes its lang even when another lang attribute sits between them', async () => {
      const el = await fixture(html`<news-provider lang="ar"><div lang="en"><news-test-probe></news-test-probe></div></news-provider>`);
      expect(probeIn(el).locale).to.equal('ar');
      expect(probeIn(el).localeDir).to.equal('rtl');
    });

    it('falls back to the nearest ancestor lang, then <html lang>, then en', async () => {
      const inDiv = await fixture(html`<div lang="fa"><news-test-probe></news-test-probe></div>`);
      expect(probeIn(inDiv).locale).to.equal('fa');
      const bare = await fixture<NewsTestProbe>(html`<news-test-probe></news-test-probe>`);
      document.documentElement.lang = 'ur';
      await bare.updateComplete;
      expect(bare.locale).to.equal('ur');
      document.documentElement.removeAttribute('lang');
      expect(bare.locale).to.equal('en');
    });

    it('uses the nearest of two nested providers', async () => {
      const el = await fixture(
        html`<news-provider lang="ar"><news-provider lang="fa"><news-test-probe></news-test-probe></news-provider></news-provider>`,
      );
      expect(probeIn(el).locale).to.equal('fa');
    });

    it('re-renders descendants when its lang changes at run time', async () => {
      const el = await fixture<NewsProvider>(html`<news-provider lang="en"><news-test-probe></news-test-probe></news-provider>`);
      const probe = probeIn(el);
      el.lang = 'fa';
      await el.updateComplete;
      await probe.updateComplete;
      expect(probe.shadowRoot!.textContent).to.equal('fa');
      expect(probe.shadowRoot!.querySelector('[dir]')!.getAttribute('dir')).to.equal('rtl');
    });

    it('re-renders elements when an ancestor lang changes at run time', async () => {
      const wrapper = await fixture(html`<div lang="en"><news-test-probe></news-test-probe></div>`);
      const probe = probeIn(wrapper);
      wrapper.setAttribute('lang', 'ar');
      await new Promise((resolve) => setTimeout(resolve, 0));
      await probe.updateComplete;
      expect(probe.shadowRoot!.textContent).to.equal('ar');
    });

    it('sets the page interface locale from the first provider with a lang', async () => {
      await fixture(html`<news-provider lang="ur-PK"><p>x</p></news-provider>`);
      await until(() => getLocale() === 'ur', 'the page locale to become ur');
    });
  });

  describe('RTL', () => {
    it('lays slotted content out right to left in ar, fa and ur', async () => {
      for (const lang of ['ar', 'fa', 'ur']) {
        const el = await fixture<NewsProvider>(
          html`<news-provider lang=${lang} style="display:block;inline-size:400px"><span>${SAMPLE_TEXT.ar}</span></news-provider>`,
        );
        const span = el.querySelector('span')!;
        const box = el.getBoundingClientRect();
        const text = span.getBoundingClientRect();
        expect(getComputedStyle(span).direction).to.equal('rtl');
        // Start-aligned text sits against the right edge in RTL.
        expect(Math.round(box.right - text.right)).to.equal(0);
        fixtureCleanup();
      }
    });
  });
});

runConformanceSuite({
  tag: 'news-provider',
  render: (lang) => html`<news-provider lang=${lang} base-url="/api"><p>${SAMPLE_TEXT[lang]}</p></news-provider>`,
});
