import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/components/share-bar/index.js';
import '../../src/components/provider/index.js';
import type { NewsShareBar } from '../../src/components/share-bar/news-share-bar.js';
import { intentUrl, mastodonHost } from '../../src/components/share-bar/share-intents.js';
import { until } from '../support/until.js';
import { runConformanceSuite } from '../suites/element-conformance.js';

const ALL = 'native copy email x facebook linkedin whatsapp telegram reddit bluesky mastodon threads vk pinterest print';
const MASTODON_KEY = 'news-elements:mastodon';

// Hostile and non-Latin input: Arabic, Persian and Urdu, emoji, spaces, ampersands, plus signs, quotes, markup, # and ?.
const PAGE = 'https://news.example/ar/أخبار/1?a=1&b=2#top';
const SHARED = new URL(PAGE).href;
const TITLE = 'سلام & خوش‌آمدید 🎉 a+b=c #1 ?x "q" <b>';
const TEXT = 'یہ ایک خبر ہے & more\nline';
const IMAGE = 'https://cdn.news.example/img/صورة-1.jpg';

const shadow = (el: NewsShareBar) => el.shadowRoot!;
const targets = (el: NewsShareBar) => [...shadow(el).querySelectorAll<HTMLElement>('[part~="target"]')];
const target = (el: NewsShareBar, name: string) => shadow(el).querySelector<HTMLElement>(`[part~="target"][part~="${name}"]`);
const link = (el: NewsShareBar, name: string) => target(el, name) as HTMLAnchorElement;
const names = (el: NewsShareBar) => targets(el).map((t) => t.getAttribute('part')!.split(' ')[1]);
const accessibleName = (t: HTMLElement) => t.getAttribute('aria-label') ?? t.textContent!.trim();
const status = (el: NewsShareBar) => shadow(el).querySelector('[role="status"]')!.textContent!.trim();
const params = (href: string) => Object.fromEntries(new URL(href).searchParams);

/** Replaces navigator members (share, canShare, clipboard) for one test. */
const mocked: string[] = [];
function mockNavigator(members: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(members)) {
    Object.defineProperty(navigator, key, { value, configurable: true });
    mocked.push(key);
  }
}

function fakeClipboard(result: 'allow' | 'deny') {
  const written: string[] = [];
  const clipboard = {
    writeText: (text: string) => {
      written.push(text);
      return result === 'allow' ? Promise.resolve() : Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
    },
  };
  mockNavigator({ clipboard });
  return written;
}

/** Stops links from leaving the test page, after the element has had its say; records whether it prevented the default. */
let navigationPrevented: boolean[] = [];
const stopNavigation = (event: Event) => {
  if (!event.composedPath().some((node) => node instanceof HTMLAnchorElement)) return;
  navigationPrevented.push(event.defaultPrevented);
  event.preventDefault();
};

describe('<news-share-bar>', () => {
  beforeEach(() => {
    navigationPrevented = [];
    document.addEventListener('click', stopNavigation);
    localStorage.removeItem(MASTODON_KEY);
  });
  afterEach(() => {
    fixtureCleanup();
    document.removeEventListener('click', stopNavigation);
    for (const key of mocked.splice(0)) Reflect.deleteProperty(navigator, key);
    localStorage.removeItem(MASTODON_KEY);
  });

  describe('rendering', () => {
    it('shows the default targets in order, leaving out native share where the browser cannot share', async () => {
      mockNavigator({ canShare: undefined });
      const el = await fixture<NewsShareBar>(html`<news-share-bar url="https://news.example/a"></news-share-bar>`);
      expect(names(el)).to.deep.equal(['copy', 'x', 'facebook', 'whatsapp', 'telegram', 'email']);
      expect(shadow(el).querySelector('[part="label"]')!.textContent!.trim()).to.equal('Share');
    });

    it('renders every target of `networks`, in the given order, each network as a real link opening in a new tab', async () => {
      mockNavigator({ canShare: () => true });
      const el = await fixture<NewsShareBar>(html`<news-share-bar networks=${ALL} url=${PAGE} image=${IMAGE}></news-share-bar>`);
      expect(names(el)).to.deep.equal(ALL.split(' '));
      expect(names(el).length).to.be.at.least(14);
      for (const name of ALL.split(' ')) {
        const t = target(el, name)!;
        if (['native', 'copy', 'print'].includes(name)) {
          expect(t.localName, name).to.equal('button');
          expect(t.getAttribute('type')).to.equal('button');
        } else {
          expect(t.localName, name).to.equal('a');
          expect(t.getAttribute('target'), name).to.equal('_blank');
          expect(t.getAttribute('rel'), name).to.equal('noopener noreferrer');
          expect(t.getAttribute('href'), name).to.match(name === 'email' ? /^mailto:\?/ : /^https:\/\//);
        }
        expect(t.querySelector('svg')!.getAttribute('aria-hidden'), name).to.equal('true');
      }
    });

    it('builds each network\'s intent with only the parameters it honours, correctly encoded', async () => {
      mockNavigator({ canShare: undefined });
      const el = await fixture<NewsShareBar>(
        html`<news-share-bar networks=${ALL} url=${PAGE} title=${TITLE} text=${TEXT} image=${IMAGE}></news-share-bar>`,
      );
      const both = `${TITLE} ${SHARED}`;
      const expected: Record<string, [string, Record<string, string>]> = {
        x: ['https://x.com/intent/post', { text: TITLE, url: SHARED }],
        facebook: ['https://www.facebook.com/sharer/sharer.php', { u: SHARED }],
        linkedin: ['https://www.linkedin.com/sharing/share-offsite/', { url: SHARED }],
        whatsapp: ['https://wa.me/', { text: both }],
        telegram: ['https://t.me/share/url', { url: SHARED, text: TITLE }],
        reddit: ['https://www.reddit.com/submit', { url: SHARED, title: TITLE }],
        bluesky: ['https://bsky.app/intent/compose', { text: both }],
        mastodon: ['https://mastodon.social/share', { text: both }],
        threads: ['https://www.threads.net/intent/post', { text: TITLE, url: SHARED }],
        vk: ['https://vk.com/share.php', { url: SHARED, title: TITLE }],
        pinterest: ['https://www.pinterest.com/pin/create/button/', { url: SHARED, media: new URL(IMAGE).href, description: TITLE }],
        email: ['mailto:', { subject: TITLE, body: `${TEXT}\n\n${SHARED}` }],
      };
      for (const [name, [address, query]] of Object.entries(expected)) {
        const href = link(el, name).getAttribute('href')!;
        const parsed = new URL(href);
        expect(parsed.origin === 'null' ? parsed.protocol : parsed.origin + parsed.pathname, name).to.equal(address);
        expect(params(href), name).to.deep.equal(query);
        // Spaces as %20, never "+": mail clients show a "+" literally.
        expect(href, name).not.to.match(/[ +<>"]/);
      }
    });

    it('survives a lone surrogate in the title', async () => {
      const el = await fixture<NewsShareBar>(html`<news-share-bar networks="x" url="https://news.example/a" title=${'broken \uD800 title'}></news-share-bar>`);
      expect(params(link(el, 'x').href).text).to.equal('broken \uFFFD title');
    });

    for (const unsafe of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'ftp://files.example/a',
      '//',
    ]) {
      it(`refuses ${JSON.stringify(unsafe)} with a visible error and no link`, async () => {
        const el = await fixture<NewsShareBar>(html`<news-share-bar networks=${ALL} url=${unsafe}></news-share-bar>`);
        const alert = shadow(el).querySelector('[role="alert"]')!;
        expect(alert.textContent!.trim()).to.equal('This link cannot be shared.');
        expect(alert.getBoundingClientRect().height, 'visible').to.be.greaterThan(0);
        expect(targets(el)).to.have.length(0);
        expect(shadow(el).querySelectorAll('a, button')).to.have.length(0);
        expect(shadow(el).innerHTML.toLowerCase()).not.to.match(/javascript|data:|vbscript|ftp:/);
      });
    }

    it('recovers from the error state when a safe url is set', async () => {
      const el = await fixture<NewsShareBar>(html`<news-share-bar networks="x" url="javascript:alert(1)"></news-share-bar>`);
      el.url = 'https://news.example/ok';
      await el.updateComplete;
      expect(shadow(el).querySelector('[role="alert"]')).to.equal(null);
      expect(params(link(el, 'x').href).url).to.equal('https://news.example/ok');
    });

    it('resolves a relative url against the page', async () => {
      const el = await fixture<NewsShareBar>(html`<news-share-bar networks="linkedin" url="/news/1?x=1"></news-share-bar>`);
      expect(params(link(el, 'linkedin').href).url).to.equal(`${location.origin}/news/1?x=1`);
    });

    it('defaults to the canonical link, then location.href, and to the document title and description', async () => {
      const canonical = Object.assign(document.createElement('link'), { rel: 'canonical', href: 'https://news.example/canonical/1' });
      const description = Object.assign(document.createElement('meta'), { name: 'description', content: 'خلاصه خبر' });
      const oldTitle = document.title;
      document.head.append(canonical, description);
      document.title = 'عنوان الصفحة';
      try {
        const el = await fixture<NewsShareBar>(html`<news-share-bar networks="telegram email"></news-share-bar>`);
        expect(params(link(el, 'telegram').href)).to.deep.equal({ url: 'https://news.example/canonical/1', text: 'عنوان الصفحة' });
        expect(params(link(el, 'email').href).body).to.equal('خلاصه خبر\n\nhttps://news.example/canonical/1');
        canonical.remove();
        el.requestUpdate();
        await el.updateComplete;
        expect(params(link(el, 'telegram').href).url).to.equal(location.href);
      } finally {
        canonical.remove();
        description.remove();
        document.title = oldTitle;
      }
    });

    it('adds UTM parameters to the shared url only, per target', async () => {
      const copied = fakeClipboard('allow');
      const before = location.href;
      const el = await fixture<NewsShareBar>(
        html`<news-share-bar networks="copy x email" utm-campaign="spring sale" url="https://news.example/a?id=1#top"></news-share-bar>`,
      );
      expect(params(link(el, 'x').href).url).to.equal('https://news.example/a?id=1&utm_source=x&utm_medium=social&utm_campaign=spring%20sale#top');
      expect(params(link(el, 'email').href).body).to.contain('utm_source=email&utm_medium=email');
      target(el, 'copy')!.click();
      await until(() => copied.length === 1, 'the copy');
      expect(copied[0]).to.equal('https://news.example/a?id=1&utm_source=copy&utm_medium=social&utm_campaign=spring%20sale#top');
      expect(el.url).to.equal('https://news.example/a?id=1#top');
      expect(location.href).to.equal(before);
    });

    it('shows Pinterest only when a safe image is given', async () => {
      const el = await fixture<NewsShareBar>(html`<news-share-bar networks="pinterest x" url="https://news.example/a"></news-share-bar>`);
      expect(names(el)).to.deep.equal(['x']);
      el.image = 'javascript:alert(1)';
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['x']);
      el.image = '/img/1.jpg';
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['pinterest', 'x']);
      expect(params(link(el, 'pinterest').href).media).to.equal(`${location.origin}/img/1.jpg`);
    });

    it('skips an unknown network with one warning', async () => {
      const warnings: string[] = [];
      const original = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
      try {
        const el = await fixture<NewsShareBar>(html`<news-share-bar networks="x myspace  telegram" url="https://news.example/a"></news-share-bar>`);
        expect(names(el)).to.deep.equal(['x', 'telegram']);
      } finally {
        console.warn = original;
      }
      expect(warnings.filter((w) => w.includes('myspace'))).to.have.length(1);
    });

    it('lays the targets out in a column with layout="vertical", and in a row by default', async () => {
      const row = await fixture<NewsShareBar>(html`<news-share-bar networks="x telegram" url="https://news.example/a"></news-share-bar>`);
      const [a, b] = targets(row).map((t) => t.getBoundingClientRect());
      expect(Math.round(a!.top)).to.equal(Math.round(b!.top));
      row.layout = 'vertical';
      await row.updateComplete;
      const [c, d] = targets(row).map((t) => t.getBoundingClientRect());
      expect(d!.top).to.be.at.least(c!.bottom);
      expect(Math.round(c!.left)).to.equal(Math.round(d!.left));
    });

    it('shows names by default and icons alone with icons-only, keeping the names for assistive technology', async () => {
      const el = await fixture<NewsShareBar>(html`<news-share-bar networks="telegram" url="https://news.example/a"></news-share-bar>`);
      const text = () => shadow(el).querySelector<HTMLElement>('[part="text"]')!;
      expect(text().getBoundingClientRect().width).to.be.greaterThan(20);
      const wide = target(el, 'telegram')!.getBoundingClientRect().width;
      el.iconsOnly = true;
      await el.updateComplete;
      expect(text().getBoundingClientRect().width).to.be.at.most(1);
      expect(target(el, 'telegram')!.getBoundingClientRect().width).to.be.lessThan(wide);
      expect(accessibleName(target(el, 'telegram')!)).to.equal('Share on Telegram');
      expect(target(el, 'telegram')!.title, 'tooltip').to.equal('Share on Telegram');
    });

    it('grows its targets with size', async () => {
      const heights: number[] = [];
      for (const size of ['small', 'medium', 'large'] as const) {
        const el = await fixture<NewsShareBar>(html`<news-share-bar icons-only size=${size} networks="x" url="https://news.example/a"></news-share-bar>`);
        heights.push(target(el, 'x')!.getBoundingClientRect().height);
        fixtureCleanup();
      }
      expect(heights[0]).to.be.lessThan(heights[1]!);
      expect(heights[1]).to.be.lessThan(heights[2]!);
    });

    it('is hidden in print', async () => {
      const el = await fixture<NewsShareBar>(html`<news-share-bar url="https://news.example/a"></news-share-bar>`);
      try {
        await emulateMedia({ media: 'print' });
        expect(getComputedStyle(el).display).to.equal('none');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
      expect(getComputedStyle(el).display).to.equal('block');
    });
  });

  describe('native share', () => {
    it('asks canShare with the actual data and shows the target only when it accepts', async () => {
      const asked: ShareData[] = [];
      mockNavigator({ canShare: (data: ShareData) => (asked.push(data), false) });
      const el = await fixture<NewsShareBar>(
        html`<news-share-bar networks="native copy" url="https://news.example/a" title="T" text="D" utm-campaign="c"></news-share-bar>`,
      );
      expect(names(el)).to.deep.equal(['copy']);
      expect(asked.at(-1)).to.deep.equal({ url: 'https://news.example/a?utm_source=native&utm_medium=social&utm_campaign=c', title: 'T', text: 'D' });
      mockNavigator({ canShare: () => true });
      el.requestUpdate();
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['native', 'copy']);
    });

    it('shares the page through the share sheet', async () => {
      const shared: ShareData[] = [];
      const copied = fakeClipboard('allow');
      mockNavigator({ canShare: () => true, share: (data: ShareData) => (shared.push(data), Promise.resolve()) });
      const el = await fixture<NewsShareBar>(html`<news-share-bar networks="native" url="https://news.example/a" title="T" text="D"></news-share-bar>`);
      target(el, 'native')!.click();
      await until(() => shared.length === 1, 'the share sheet');
      expect(shared[0]).to.deep.equal({ url: 'https://news.example/a', title: 'T', text: 'D' });
      await el.updateComplete;
      expect(copied).to.deep.equal([]);
    });

    it('treats a cancelled share sheet (AbortError) as no error: nothing copied, nothing shown', async () => {
      let calls = 0;
      const copied = fakeClipboard('allow');
      mockNavigator({ canShare: () => true, share: () => (calls++, Promise.reject(new DOMException('Share canceled', 'AbortError'))) });
      const el = await fixture<NewsShareBar>(html`<news-share-bar networks="native copy" url="https://news.example/a"></news-share-bar>`);
      target(el, 'native')!.click();
      await until(() => calls === 1, 'the share call');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(copied).to.deep.equal([]);
      expect(status(el)).to.equal('');
      expect(shadow(el).querySelector('[part="fallback"], [role="alert"]')).to.equal(null);
    });

    it('falls back to copying the link on NotAllowedError', async () => {
      const copied = fakeClipboard('allow');
      mockNavigator({ canShare: () => true, share: () => Promise.reject(new DOMException('Must be handling a user gesture', 'NotAllowedError')) });
      const el = await fixture<NewsShareBar>(html`<news-share-bar networks="native copy" url="https://news.example/a"></news-share-bar>`);
      target(el, 'native')!.click();
      await until(() => status(el) === 'Link copied', 'the copy announcement');
      expect(copied).to.deep.equal(['https://news.example/a']);
    });
  });

  describe('copy link', () => {
    it('copies the url and announces "Link copied" in a status region', async () => {
      const copied = fakeClipboard('allow');
      const el = await fixture<NewsShareBar>(html`<news-share-bar networks="copy" url="https://news.example/a"></news-share-bar>`);
      expect(status(el)).to.equal('');
      target(el, 'copy')!.click();
      await until(() => status(el) === 'Link copied', 'the announcement');
      expect(copied).to.deep.equal(['https://news.example/a']);
      expect(target(el, 'copy')!.getAttribute('part')).to.contain('copied');
      expect(target(el, 'copy')!.textContent!.trim()).to.equal('Link copied');
    });

    for (const [title, setup] of [
      ['denied', () => fakeClipboard('deny')],
      ['missing (insecure page)', () => mockNavigator({ clipboard: undefined })],
    ] as const) {
      it(`offers the link selected in a field when the clipboard is ${title}`, async () => {
        setup();
        const el = await fixture<NewsShareBar>(html`<news-share-bar networks="copy" url="https://news.example/a?b=1"></news-share-bar>`);
        target(el, 'copy')!.click();
        await until(() => !!shadow(el).querySelector('[part="fallback"] input'), 'the fallback field');
        const input = shadow(el).querySelector<HTMLInputElement>('[part="fallback"] input')!;
        expect(input.value).to.equal('https://news.example/a?b=1');
        expect(input.readOnly).to.equal(true);
        expect(shadow(el).activeElement).to.equal(input);
        expect([input.selectionStart, input.selectionEnd]).to.deep.equal([0, input.value.length]);
        expect(status(el)).to.equal('');
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('mastodon', () => {
    it('asks once for the person\'s server, points the link there and remembers it', async () => {
      const asked: string[] = [];
      const originalPrompt = window.prompt;
      window.prompt = (message?: string) => (asked.push(message ?? ''), 'https://Social.Example/@me');
      try {
        const el = await fixture<NewsShareBar>(html`<news-share-bar networks="mastodon" url="https://news.example/a" title="T"></news-share-bar>`);
        link(el, 'mastodon').click();
        expect(asked).to.deep.equal(['Your Mastodon server, for example mastodon.social']);
        expect(navigationPrevented).to.deep.equal([false]);
        expect(link(el, 'mastodon').href).to.equal(`https://social.example/share?text=T%20${encodeURIComponent('https://news.example/a')}`);
        expect(localStorage.getItem(MASTODON_KEY)).to.equal('social.example');
        fixtureCleanup();
        const again = await fixture<NewsShareBar>(html`<news-share-bar networks="mastodon" url="https://news.example/b"></news-share-bar>`);
        expect(new URL(link(again, 'mastodon').href).host).to.equal('social.example');
        link(again, 'mastodon').click();
        expect(asked, 'not asked again').to.have.length(1);
      } finally {
        window.prompt = originalPrompt;
      }
    });

    for (const answer of [null, 'not a server', 'javascript:alert(1)']) {
      it(`stays on the page when the answer is ${JSON.stringify(answer)}`, async () => {
        const originalPrompt = window.prompt;
        window.prompt = () => answer;
        try {
          const el = await fixture<NewsShareBar>(html`<news-share-bar networks="mastodon" url="https://news.example/a"></news-share-bar>`);
          link(el, 'mastodon').click();
          expect(navigationPrevented).to.deep.equal([true]);
          expect(localStorage.getItem(MASTODON_KEY)).to.equal(null);
          expect(link(el, 'mastodon').getAttribute('href')).to.match(/^https:\/\/mastodon\.social\/share\?/);
        } finally {
          window.prompt = originalPrompt;
        }
      });
    }

    it('reads a server from what people type', () => {
      expect(mastodonHost('mastodon.social')).to.equal('mastodon.social');
      expect(mastodonHost(' https://Fosstodon.org/@me ')).to.equal('fosstodon.org');
      expect(mastodonHost('@me@social.example:8443')).to.equal('social.example:8443');
      expect(mastodonHost('me@social.example')).to.equal('social.example');
      expect(mastodonHost('localhost')).to.equal(undefined);
      expect(mastodonHost('evil.example/x"><script>')).to.equal('evil.example');
      expect(mastodonHost('a b.example')).to.equal(undefined);
      expect(intentUrl('mastodon', { url: 'https://n.example/', title: '', text: '', mastodon: 'm.example' })).to.equal(
        'https://m.example/share?text=https%3A%2F%2Fn.example%2F',
      );
    });
  });

  describe('events', () => {
    it('fires news-share before following a link; cancelling it keeps the page', async () => {
      const el = await fixture<NewsShareBar>(html`<news-share-bar networks="x telegram" url="https://news.example/a"></news-share-bar>`);
      const event = oneEvent(el, 'news-share');
      link(el, 'telegram').click();
      const { detail, cancelable, bubbles, composed } = await event;
      expect(detail).to.deep.equal({ network: 'telegram', url: 'https://news.example/a' });
      expect([cancelable, bubbles, composed]).to.deep.equal([true, true, true]);
      expect(navigationPrevented, 'not cancelled: the link is followed').to.deep.equal([false]);

      el.addEventListener('news-share', (e) => e.preventDefault());
      link(el, 'x').click();
      expect(navigationPrevented, 'cancelled: the link is not followed').to.deep.equal([false, true]);
    });

    it('cancelling news-share stops copy, share and print', async () => {
      const copied = fakeClipboard('allow');
      let shared = 0;
      let printed = 0;
      mockNavigator({ canShare: () => true, share: () => (shared++, Promise.resolve()) });
      const originalPrint = window.print;
      window.print = () => void printed++;
      try {
        const el = await fixture<NewsShareBar>(html`<news-share-bar networks="native copy print" url="https://news.example/a"></news-share-bar>`);
        const seen: string[] = [];
        el.addEventListener('news-share', (e) => (seen.push(e.detail.network), e.preventDefault()));
        for (const name of ['native', 'copy', 'print']) target(el, name)!.click();
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(seen).to.deep.equal(['native', 'copy', 'print']);
        expect([copied.length, shared, printed]).to.deep.equal([0, 0, 0]);
        fixtureCleanup();
        const free = await fixture<NewsShareBar>(html`<news-share-bar networks="print" url="https://news.example/a"></news-share-bar>`);
        target(free, 'print')!.click();
        expect(printed).to.equal(1);
      } finally {
        window.print = originalPrint;
      }
    });
  });

  describe('keyboard', () => {
    it('Tab visits the targets in order', async () => {
      const root = await fixture(html`<div>
        <button id="before">before</button><news-share-bar networks="copy x telegram email" url="https://news.example/a"></news-share-bar>
      </div>`);
      const el = root.querySelector('news-share-bar')!;
      root.querySelector<HTMLButtonElement>('#before')!.focus();
      const visited: string[] = [];
      for (let i = 0; i < 4; i++) {
        await sendKeys({ press: 'Tab' });
        visited.push(shadow(el).activeElement!.getAttribute('part')!.split(' ')[1]!);
      }
      expect(visited).to.deep.equal(['copy', 'x', 'telegram', 'email']);
    });

    it('Enter and Space copy; Enter on a link fires news-share', async () => {
      const copied = fakeClipboard('allow');
      const el = await fixture<NewsShareBar>(html`<news-share-bar networks="copy telegram" url="https://news.example/a"></news-share-bar>`);
      target(el, 'copy')!.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => copied.length === 1, 'the copy by Enter');
      await sendKeys({ press: 'Space' });
      await until(() => copied.length === 2, 'the copy by Space');
      const event = oneEvent(el, 'news-share');
      target(el, 'telegram')!.focus();
      await sendKeys({ press: 'Enter' });
      expect((await event).detail.network).to.equal('telegram');
      expect(navigationPrevented).to.deep.equal([false]);
    });
  });

  describe('accessibility', () => {
    it('names every target ("Share on Telegram") and labels the group', async () => {
      mockNavigator({ canShare: () => true });
      const el = await fixture<NewsShareBar>(html`<news-share-bar networks=${ALL} url="https://news.example/a" image="/i.jpg"></news-share-bar>`);
      expect(targets(el).map(accessibleName)).to.deep.equal([
        'More ways to share',
        'Copy link',
        'Share by email',
        'Share on X',
        'Share on Facebook',
        'Share on LinkedIn',
        'Share on WhatsApp',
        'Share on Telegram',
        'Share on Reddit',
        'Share on Bluesky',
        'Share on Mastodon',
        'Share on Threads',
        'Share on VK',
        'Share on Pinterest',
        'Print',
      ]);
      const group = shadow(el).querySelector('[role="group"]')!;
      expect(shadow(el).getElementById(group.getAttribute('aria-labelledby')!)!.textContent!.trim()).to.equal('Share');
    });

    it('names the targets in Arabic, Persian and Urdu', async () => {
      const expected = {
        ar: ['المشاركة على Telegram', 'نسخ الرابط', 'المشاركة عبر البريد الإلكتروني'],
        fa: ['اشتراک‌گذاری در Telegram', 'کپی پیوند', 'اشتراک‌گذاری با ایمیل'],
        ur: ['Telegram پر شیئر کریں', 'لنک کاپی کریں', 'ای میل کے ذریعے شیئر کریں'],
      };
      for (const [lang, want] of Object.entries(expected)) {
        const root = await fixture(html`<news-provider lang=${lang}><news-share-bar networks="telegram copy email" url="https://news.example/a"></news-share-bar></news-provider>`);
        const el = root.querySelector('news-share-bar')!;
        await until(() => accessibleName(targets(el)[0]!) === want[0], `${lang} names`);
        expect(targets(el).map(accessibleName)).to.deep.equal(want);
        fixtureCleanup();
      }
      const el = await fixture<NewsShareBar>(html`<news-share-bar networks="telegram" url="https://news.example/a"></news-share-bar>`);
      await until(() => accessibleName(targets(el)[0]!) === 'Share on Telegram', 'English again');
    });

    it('gives every target at least 24×24 CSS px, even small and icons-only', async () => {
      const el = await fixture<NewsShareBar>(html`<news-share-bar size="small" icons-only networks=${ALL} url="https://news.example/a" image="/i.jpg"></news-share-bar>`);
      for (const t of targets(el)) {
        const { width, height } = t.getBoundingClientRect();
        expect(width, t.getAttribute('part')!).to.be.at.least(24);
        expect(height, t.getAttribute('part')!).to.be.at.least(24);
      }
    });

    it('is accessible icons-only and vertical, and in its error state', async () => {
      for (const tpl of [
        html`<news-share-bar icons-only networks=${ALL} url="https://news.example/a" image="/i.jpg"></news-share-bar>`,
        html`<news-share-bar layout="vertical" size="large" networks=${ALL} url="https://news.example/a"></news-share-bar>`,
        html`<news-share-bar url="javascript:alert(1)"></news-share-bar>`,
      ]) {
        const el = await fixture<NewsShareBar>(tpl);
        await expect(el).to.be.accessible();
        fixtureCleanup();
      }
    });
  });

  describe('RTL', () => {
    it('mirrors the order: the first target sits at the right in ar, fa and ur, at the left in en', async () => {
      for (const lang of ['en', 'ar', 'fa', 'ur']) {
        const el = await fixture<NewsShareBar>(html`<news-share-bar lang=${lang} networks="copy x telegram" url="https://news.example/a"></news-share-bar>`);
        const [label, first, second] = [shadow(el).querySelector('[part="label"]')!, ...targets(el)].map((n) => n.getBoundingClientRect());
        if (lang === 'en') {
          expect(label!.right, lang).to.be.at.most(first!.left);
          expect(first!.right, lang).to.be.at.most(second!.left);
        } else {
          expect(label!.left, lang).to.be.at.least(first!.right);
          expect(first!.left, lang).to.be.at.least(second!.right);
        }
        fixtureCleanup();
      }
    });

    it('flips at run time when the locale changes from en to ar', async () => {
      const el = await fixture<NewsShareBar>(html`<news-share-bar lang="en" networks="x telegram" url="https://news.example/a"></news-share-bar>`);
      const before = targets(el).map((t) => t.getBoundingClientRect().left);
      el.lang = 'ar';
      await el.updateComplete;
      const after = targets(el).map((t) => t.getBoundingClientRect().left);
      expect(before[0]).to.be.lessThan(before[1]!);
      expect(after[0]).to.be.greaterThan(after[1]!);
    });

    it('aligns a vertical bar to the right edge in rtl', async () => {
      const el = await fixture<NewsShareBar>(
        html`<news-share-bar lang="fa" layout="vertical" networks="x telegram" url="https://news.example/a" style="inline-size:20rem"></news-share-bar>`,
      );
      const host = el.getBoundingClientRect();
      const [first] = targets(el).map((t) => t.getBoundingClientRect());
      const icon = target(el, 'x')!.querySelector('svg')!.getBoundingClientRect();
      expect(Math.round(first!.right)).to.equal(Math.round(host.right));
      expect(icon.right, 'icon at the start (right) of the target').to.be.greaterThan(first!.right - 24);
    });

    it('does not mirror the icons (brand marks keep their shape)', async () => {
      const el = await fixture<NewsShareBar>(html`<news-share-bar lang="ar" networks=${ALL} url="https://news.example/a" image="/i.jpg"></news-share-bar>`);
      for (const svg of shadow(el).querySelectorAll('svg')) expect(getComputedStyle(svg).transform).to.equal('none');
    });
  });

  describe('privacy', () => {
    it('loads nothing from another origin while rendering and clicking every target', async () => {
      performance.clearResourceTimings();
      fakeClipboard('allow');
      mockNavigator({ canShare: () => true, share: () => Promise.resolve() });
      const originalPrint = window.print;
      const originalPrompt = window.prompt;
      window.print = () => {};
      window.prompt = () => 'social.example';
      try {
        const el = await fixture<NewsShareBar>(html`<news-share-bar networks=${ALL} url="https://news.example/a" image="https://cdn.news.example/i.jpg"></news-share-bar>`);
        for (const t of targets(el)) t.click();
        await new Promise((resolve) => setTimeout(resolve, 200));
        expect(navigationPrevented.length, 'every link was clicked').to.equal(12);
        const foreign = performance
          .getEntriesByType('resource')
          .map((entry) => entry.name)
          .filter((url) => new URL(url).origin !== location.origin);
        expect(foreign).to.deep.equal([]);
        expect(shadow(el).querySelectorAll('img, script, iframe, link')).to.have.length(0);
        expect(document.cookie).to.equal('');
      } finally {
        window.print = originalPrint;
        window.prompt = originalPrompt;
      }
    });
  });
});

runConformanceSuite({
  tag: 'news-share-bar',
  render: (lang) => html`<news-share-bar lang=${lang} networks=${ALL} url="https://news.example/a" title="T" image="/i.jpg"></news-share-bar>`,
});

runConformanceSuite({
  tag: 'news-share-bar',
  render: (lang) => html`<news-share-bar lang=${lang} icons-only layout="vertical" url="https://news.example/a"></news-share-bar>`,
});
