import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/language-switcher/index.js';
import '../../src/components/provider/index.js';
import type { NewsLanguageSwitcher, SwitcherLanguage } from '../../src/components/language-switcher/news-language-switcher.js';
import { article, languages } from '../fixtures/data.js';
import { fakeClient, hang } from '../support/fake-client.js';
import { until } from '../support/until.js';
import { runConformanceSuite } from '../suites/element-conformance.js';

const LANGS: SwitcherLanguage[] = [
  { lang: 'en', url: '/en/news/1' },
  { lang: 'ur', url: '/ur/news/1' },
  { lang: 'fa', url: '/fa/news/1' },
  { lang: 'ar', url: '/ar/news/1' },
];

const links = (el: NewsLanguageSwitcher) => [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part~="link"]')];
const active = (el: NewsLanguageSwitcher) => el.shadowRoot!.activeElement as HTMLElement | null;

describe('<news-language-switcher>', () => {
  afterEach(() => fixtureCleanup());

  describe('rendering', () => {
    it('names each language in itself, with its own lang, dir and hreflang', async () => {
      const el = await fixture<NewsLanguageSwitcher>(html`<news-language-switcher lang="en" .languages=${LANGS}></news-language-switcher>`);
      expect(links(el).map((a) => a.textContent!.trim())).to.deep.equal(['English', 'اردو', 'فارسی', 'العربية']);
      expect(links(el).map((a) => [a.lang, a.querySelector('span')!.dir, a.hreflang])).to.deep.equal([
        ['en', 'ltr', 'en'],
        ['ur', 'rtl', 'ur'],
        ['fa', 'rtl', 'fa'],
        ['ar', 'rtl', 'ar'],
      ]);
      expect(el.shadowRoot!.querySelector('nav')!.getAttribute('aria-label')).to.equal('Languages');
    });

    it('marks the current language with aria-current', async () => {
      const el = await fixture<NewsLanguageSwitcher>(html`<news-language-switcher current="fa" .languages=${LANGS}></news-language-switcher>`);
      expect(links(el).filter((a) => a.getAttribute('aria-current') === 'true').map((a) => a.lang)).to.deep.equal(['fa']);
    });

    it('takes the current language from its locale by default, matching fa-IR to fa', async () => {
      const el = await fixture<NewsLanguageSwitcher>(html`<news-language-switcher lang="fa-IR" .languages=${LANGS}></news-language-switcher>`);
      expect(links(el).find((a) => a.getAttribute('aria-current'))!.lang).to.equal('fa');
    });

    it('hides the current language with hide-current', async () => {
      const el = await fixture<NewsLanguageSwitcher>(html`<news-language-switcher hide-current current="en" .languages=${LANGS}></news-language-switcher>`);
      expect(links(el).map((a) => a.lang)).to.deep.equal(['ur', 'fa', 'ar']);
    });

    it('builds the list from an article and its translations', async () => {
      const el = await fixture<NewsLanguageSwitcher>(html`<news-language-switcher .article=${article()}></news-language-switcher>`);
      expect(links(el).map((a) => [a.lang, a.getAttribute('href')])).to.deep.equal([
        ['en', '/en/news/4711'],
        ['fa', '/fa/news/4712'],
        ['ar', '/ar/news/4713'],
      ]);
      expect(links(el)[0]!.getAttribute('aria-current')).to.equal('true');
    });

    it('shows languages without a translation unlinked, or hides them with hide-missing', async () => {
      const el = await fixture<NewsLanguageSwitcher>(
        html`<news-language-switcher .languages=${LANGS} .article=${article()}></news-language-switcher>`,
      );
      const unavailable = el.shadowRoot!.querySelector('[part~="unavailable"]')!;
      expect(unavailable.textContent).to.equal('اردو');
      expect(links(el).map((a) => a.lang)).to.deep.equal(['en', 'fa', 'ar']);
      el.hideMissing = true;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~="unavailable"]')).to.equal(null);
    });

    it('refuses a javascript: URL', async () => {
      const el = await fixture<NewsLanguageSwitcher>(
        html`<news-language-switcher .languages=${[{ lang: 'ar', url: 'javascript:alert(1)' }, ...LANGS.slice(0, 1)]}></news-language-switcher>`,
      );
      expect(el.shadowRoot!.innerHTML).not.to.contain('javascript:');
    });

    it('never links an unsafe URL, not even the current language', async () => {
      for (const mode of ['links', 'menu'] as const) {
        const el = await fixture<NewsLanguageSwitcher>(
          html`<news-language-switcher mode=${mode} open current="ar" .languages=${[{ lang: 'ar', url: 'javascript:alert(1)' }, { lang: 'en', url: 'data:text/html,x' }, ...LANGS.slice(1, 2)]}></news-language-switcher>`,
        );
        const hrefs = [...el.shadowRoot!.querySelectorAll('[href]')].map((a) => a.getAttribute('href'));
        expect(hrefs, mode).to.deep.equal(['/ur/news/1']);
        const current = el.shadowRoot!.querySelector('[aria-current="true"]')!;
        expect(current.textContent!.trim(), 'the current language still shows').to.equal('العربية');
        expect(current.hasAttribute('href')).to.equal(false);
        await expect(el).to.be.accessible();
      }
    });

    it('loads languages from the provider\'s client, with loading and error states', async () => {
      let fail = true;
      const client = fakeClient({ 'GET /languages': () => (fail ? new Response('{}', { status: 500 }) : languages) });
      const root = await fixture(html`<news-provider .client=${client}><news-language-switcher current="en"></news-language-switcher></news-provider>`);
      const el = root.querySelector('news-language-switcher')!;
      await until(() => !!el.shadowRoot!.querySelector('[role="alert"]'), 'the error state');
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('Languages could not be loaded.');
      fail = false;
      el.shadowRoot!.querySelector<HTMLButtonElement>('.retry')!.click();
      await until(() => links(el).length === 4, 'the languages');
      expect(links(el).map((a) => a.getAttribute('href'))).to.deep.equal(['/en/', '/ur/', '/fa/', '/ar/']);
    });

    it('shows a loading status while languages load', async () => {
      const client = fakeClient({ 'GET /languages': (_url, request) => hang(request) });
      const el = await fixture<NewsLanguageSwitcher>(html`<news-language-switcher .client=${client}></news-language-switcher>`);
      await until(() => !!el.shadowRoot!.querySelector('[role="status"]'), 'the loading status');
      expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('Loading languages');
    });
  });

  describe('interface language', () => {
    afterEach(async () => {
      document.documentElement.lang = 'en';
      await until(() => document.documentElement.lang === 'en', 'reset');
    });

    it('switches its own strings when the page language changes at run time', async () => {
      const el = await fixture<NewsLanguageSwitcher>(html`<news-language-switcher .languages=${LANGS}></news-language-switcher>`);
      const label = () => el.shadowRoot!.querySelector('nav')!.getAttribute('aria-label');
      expect(label()).to.equal('Languages');
      document.documentElement.lang = 'fa';
      await until(() => label() === 'زبان‌ها', 'the Persian label');
      expect(el.shadowRoot!.querySelector('nav')!.getAttribute('dir')).to.equal('rtl');
      document.documentElement.lang = 'ur';
      await until(() => label() === 'زبانیں', 'the Urdu label');
    });
  });

  describe('events', () => {
    it('fires a cancelable news-language-change before navigating', async () => {
      const el = await fixture<NewsLanguageSwitcher>(html`<news-language-switcher current="en" .languages=${LANGS}></news-language-switcher>`);
      el.addEventListener('news-language-change', (e) => e.preventDefault());
      const event = oneEvent(el, 'news-language-change');
      const link = links(el)[2]!;
      const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
      link.dispatchEvent(click);
      const { detail } = await event;
      expect(detail).to.deep.equal({ lang: 'fa', url: '/fa/news/1' });
      expect(click.defaultPrevented, 'navigation stopped').to.equal(true);
    });
  });

  describe('keyboard', () => {
    it('menu: Enter opens, arrows move, Escape closes and returns focus', async () => {
      const el = await fixture<NewsLanguageSwitcher>(html`<news-language-switcher mode="menu" current="en" .languages=${LANGS}></news-language-switcher>`);
      const button = el.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="button"]')!;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      button.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(active(el)!.lang, 'focus on the current language').to.equal('en');
      await sendKeys({ press: 'ArrowDown' });
      expect(active(el)!.lang).to.equal('ur');
      await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ press: 'ArrowUp' });
      expect(active(el)!.lang, 'wraps around').to.equal('ar');
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(active(el)).to.equal(button);
    });

    it('menu: Tab leaves and closes it', async () => {
      const root = await fixture(html`<div>
        <news-language-switcher mode="menu" current="en" .languages=${LANGS}></news-language-switcher><button id="after">after</button>
      </div>`);
      const el = root.querySelector('news-language-switcher')!;
      el.shadowRoot!.querySelector<HTMLButtonElement>('button')!.click();
      await until(() => active(el)?.localName === 'a', 'focus in the menu');
      for (let i = 0; i < 4; i++) await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(document.activeElement!.id).to.equal('after');
      expect(el.shadowRoot!.querySelector('button')!.getAttribute('aria-expanded')).to.equal('false');
    });

    it('links: ArrowRight moves forward in LTR and backward in RTL', async () => {
      const ltr = await fixture<NewsLanguageSwitcher>(html`<news-language-switcher lang="en" .languages=${LANGS}></news-language-switcher>`);
      links(ltr)[1]!.focus();
      await sendKeys({ press: 'ArrowRight' });
      expect(active(ltr)!.lang).to.equal('fa');
      fixtureCleanup();
      const rtl = await fixture<NewsLanguageSwitcher>(html`<news-language-switcher lang="fa" .languages=${LANGS}></news-language-switcher>`);
      links(rtl)[1]!.focus();
      await sendKeys({ press: 'ArrowRight' });
      expect(active(rtl)!.lang).to.equal('en');
    });
  });

  describe('RTL', () => {
    it('lays the links out from the right in fa and from the left in en', async () => {
      for (const [lang, dir] of [
        ['en', 'ltr'],
        ['fa', 'rtl'],
        ['ur', 'rtl'],
      ] as const) {
        const el = await fixture<NewsLanguageSwitcher>(html`<news-language-switcher lang=${lang} .languages=${LANGS}></news-language-switcher>`);
        const [first, second] = links(el).map((a) => a.getBoundingClientRect());
        if (dir === 'ltr') expect(first!.left).to.be.lessThan(second!.left);
        else expect(first!.left).to.be.greaterThan(second!.left);
        fixtureCleanup();
      }
    });

    it('flips at run time when the locale changes from en to fa', async () => {
      const el = await fixture<NewsLanguageSwitcher>(html`<news-language-switcher lang="en" .languages=${LANGS}></news-language-switcher>`);
      const before = links(el).map((a) => a.getBoundingClientRect().left);
      el.lang = 'fa';
      await el.updateComplete;
      const after = links(el).map((a) => a.getBoundingClientRect().left);
      expect(before[0]).to.be.lessThan(before[1]!);
      expect(after[0]).to.be.greaterThan(after[1]!);
    });

    it('aligns every menu item to the menu\'s start edge, whatever the item\'s own direction', async () => {
      const el = await fixture<NewsLanguageSwitcher>(html`<news-language-switcher mode="menu" lang="fa" .languages=${LANGS}></news-language-switcher>`);
      el.shadowRoot!.querySelector<HTMLButtonElement>('button')!.click();
      await el.updateComplete;
      const rights = links(el).map((a) => Math.round(a.querySelector('span')!.getBoundingClientRect().right));
      expect(new Set(rights).size, `right edges ${rights.join(', ')}`).to.equal(1);
    });

    it('mirrors the menu: it opens from the inline start edge', async () => {
      for (const lang of ['en', 'ar']) {
        const el = await fixture<NewsLanguageSwitcher>(
          html`<div style="display:flex;justify-content:center"><news-language-switcher mode="menu" lang=${lang} .languages=${LANGS}></news-language-switcher></div>`,
        );
        const sw = el.querySelector('news-language-switcher')!;
        sw.shadowRoot!.querySelector<HTMLButtonElement>('button')!.click();
        await sw.updateComplete;
        const button = sw.shadowRoot!.querySelector('button')!.getBoundingClientRect();
        const menu = sw.shadowRoot!.querySelector('.menu')!.getBoundingClientRect();
        if (lang === 'en') expect(Math.round(menu.left)).to.equal(Math.round(button.left));
        else expect(Math.round(menu.right)).to.equal(Math.round(button.right));
        fixtureCleanup();
      }
    });
  });
});

runConformanceSuite({
  tag: 'news-language-switcher',
  render: (lang) => html`<news-language-switcher lang=${lang} .languages=${LANGS}></news-language-switcher>`,
});

runConformanceSuite({
  tag: 'news-language-switcher',
  render: (lang) => html`<news-language-switcher mode="menu" lang=${lang} .languages=${LANGS}></news-language-switcher>`,
});
