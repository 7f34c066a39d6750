// The elements on WordPress and Ghost content, through the SDK's adapters and <news-provider>, in
// Chromium, in en and ar. The fake CMS sites run beside the test runner (test/support/fake-cms-plugin.js).
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../src/components/provider/index.js';
import '../../src/components/article/index.js';
import '../../src/components/latest-articles/index.js';
import '../../src/components/comments/index.js';
import '../../src/components/comment-form/index.js';
import type { NewsProvider } from '../../src/components/provider/news-provider.js';
import type { NewsCommentForm } from '../../src/components/comment-form/news-comment-form.js';
import { createNewsClient, type NewsClient } from '../../src/sdk/client.js';
import { wordpress } from '../../src/sdk/adapters/wordpress.js';
import { ghost } from '../../src/sdk/adapters/ghost.js';
import { until } from '../support/until.js';
import type { NewsCommentResultDetail } from '../../src/events/news-comment-result.js';

const GHOST_KEY = '22444f78447824223cefc48062';
const wpClient = (site = 'wp', anonymousComments = true) =>
  createNewsClient({ source: wordpress({ baseUrl: `/fake-cms/${site}/`, anonymousComments }), retries: 0 });
const ghostClient = (site: string) => createNewsClient({ source: ghost({ baseUrl: `/fake-cms/${site}/`, key: GHOST_KEY }), retries: 0 });

const shadow = (host: Element | null, selector: string) => host?.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;
const inside = (page: NewsProvider, tag: string) => page.querySelector(tag)!;

async function page(client: NewsClient, lang: string, slug: string, articleId: string): Promise<NewsProvider> {
  const el = await fixture<NewsProvider>(html`<news-provider lang=${lang} .client=${client}>
    <news-article slug=${slug}></news-article>
    <news-latest-articles limit="3"></news-latest-articles>
    <news-comments article-id=${articleId}></news-comments>
    <news-comment-form article-id=${articleId}></news-comment-form>
  </news-provider>`);
  await until(() => !!shadow(inside(el, 'news-article'), '[part="headline"]'), 'the article', 8000);
  await until(() => (shadow(inside(el, 'news-latest-articles'), '[part="base"]')?.textContent ?? '').length > 40, 'the latest articles', 8000);
  return el;
}

const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('CMS adapters in the elements', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    fixtureCleanup();
    localStorage.clear();
  });

  for (const lang of ['en', 'ar'] as const) {
    describe(`WordPress, ${lang}`, () => {
      it('renders a post: decoded headline, breadcrumb with parents, image, tags, no view count; lists and comments', async () => {
        const slug = lang === 'en' ? 'council-plan' : 'خطة-المجلس';
        const el = await page(wpClient(), lang, slug, lang === 'en' ? '101' : '102');
        const article = inside(el, 'news-article');
        const headline = shadow(article, '[part="headline"]')!;
        expect(headline.textContent).to.equal(lang === 'en' ? 'The council’s plan: roads & bridges “first”' : 'خطة المجلس: الطرق & الجسور “أولاً”');
        expect(headline.dir).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
        expect(shadow(article, '[part="base"]')!.dir).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
        const crumbs = [...article.shadowRoot!.querySelectorAll('[part="breadcrumb"] li')].map(text);
        expect(crumbs).to.deep.equal(lang === 'en' ? ['News', 'Local & Regional', 'Public'] : ['أخبار']);
        expect(shadow(article, '[part="image"] img')!.getAttribute('alt')).to.equal('A stone bridge over a river');
        expect(shadow(article, '[part="image"] img')!.getAttribute('srcset')).to.match(/150w.*1600w/);
        expect(text(shadow(article, '[part="caption"]'))).to.equal('The old bridge & the river.');
        // Sanitized by the element: the post's <script> is gone, the quote stays.
        expect(shadow(article, '[part="body"] script')).to.equal(null);
        expect(shadow(article, '[part="body"] blockquote')).to.not.equal(null);
        expect(text(shadow(article, '[part="meta"]'))).to.not.match(/views|مشاهدة/);

        const latest = text(shadow(inside(el, 'news-latest-articles'), '[part="base"]'));
        expect(latest).to.contain(lang === 'en' ? 'The council’s plan' : 'خطة المجلس');

        if (lang === 'en') {
          const comments = inside(el, 'news-comments');
          await until(() => text(shadow(comments, '[part="base"]')).includes('Second paragraph'), 'the comments', 8000);
          expect(text(shadow(comments, '[part="base"]'))).to.contain('Sam & Alex');
        }
      });
    });

    describe(`Ghost, ${lang}`, () => {
      it('renders a post: headline, section from the primary tag, feature image, reading time; comments unavailable', async () => {
        const el = await page(ghostClient(`ghost-${lang}`), lang, 'welcome', '5b7ada404f87d200b5b1f9c8');
        const article = inside(el, 'news-article');
        const headline = shadow(article, '[part="headline"]')!;
        expect(headline.textContent).to.equal(lang === 'en' ? 'Welcome to Ghost & friends' : 'مرحباً بكم في غوست');
        expect(headline.lang).to.equal(lang);
        expect(headline.dir).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
        expect([...article.shadowRoot!.querySelectorAll('[part="breadcrumb"] li')].map(text)).to.deep.equal([lang === 'en' ? 'News' : 'أخبار']);
        expect(shadow(article, '[part="image"] img')!.getAttribute('alt')).to.equal(lang === 'en' ? 'The Ghost logo' : 'شعار غوست');
        expect(text(shadow(article, '[part="caption"]'))).to.equal('Photo by Unsplash & friends');
        expect(text(shadow(article, '[part="meta"]'))).to.match(lang === 'en' ? /3 min read/ : /3/);
        expect(shadow(article, '[part="body"] script')).to.equal(null);

        // The article says commentsOpen: false, so the form says comments are closed. The client says
        // Ghost lists no comments (capabilities.comments false): the list says so and asks nothing.
        const form = inside(el, 'news-comment-form');
        await until(() => !!shadow(form, '[part="closed"]'), 'the closed form', 8000);
        const comments = inside(el, 'news-comments');
        const unavailable = lang === 'en' ? 'Comments are not available on this site.' : 'التعليقات غير متاحة على هذا الموقع.';
        await until(() => text(shadow(comments, '[part="status"]')) === unavailable, 'the comments status', 8000);
        expect(shadow(comments, '[part="status"]')!.getAttribute('role')).to.equal('status');
        expect(shadow(comments, '[part="status"] button')).to.equal(null);
      });
    });
  }

  describe('what the back end lacks, said by its client', () => {
    for (const [name, client] of [
      ['Ghost', () => ghostClient('ghost-en')],
      ['WordPress without anonymous comments', () => wpClient('wp', false)],
    ] as const) {
      it(`${name}: the form says comments cannot be posted here, and fetches no security check`, async () => {
        const c = client();
        let captchas = 0;
        const getCaptcha = c.getCaptcha.bind(c);
        c.getCaptcha = (options) => (captchas++, getCaptcha(options));
        const wrapper = await fixture(html`<news-provider lang="en" .client=${c}><news-comment-form article-id="101"></news-comment-form></news-provider>`);
        const form = wrapper.querySelector('news-comment-form')!;
        await until(() => !!shadow(form, '[part="closed"]'), 'the message', 8000);
        expect(text(shadow(form, '[part="closed"]'))).to.equal('Comments cannot be posted on this site.');
        expect(shadow(form, 'form')).to.equal(null);
        expect(captchas).to.equal(0);
        await expect(form).to.be.accessible();
      });
    }
  });

  describe('posting comments', () => {
    /** Fills and sends the form; resolves with the news-comment-result it fires. */
    const send = async (form: Element) => {
      const root = form.shadowRoot!;
      await until(() => !!root.querySelector('form'), 'the form', 8000);
      for (const [name, value] of [['authorName', 'Lee'], ['email', 'lee@example.org'], ['body', 'Good news']] as const) {
        const input = root.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
        input.value = value;
        input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      }
      // WordPress checks no captcha (capabilities.captcha false): the form shows none.
      expect(shadow(form, '[part="captcha"]')).to.equal(null);
      // As after a person's typing: the form has rendered (and set the inputs' validity) before the send.
      await (form as NewsCommentForm).updateComplete;
      const result = new Promise<NewsCommentResultDetail>((resolve) =>
        form.addEventListener('news-comment-result', (event) => resolve((event as CustomEvent<NewsCommentResultDetail>).detail), { once: true }),
      );
      root.querySelector<HTMLFormElement>('form')!.requestSubmit();
      return result;
    };

    it('a WordPress site that takes anonymous comments: the form says the comment awaits moderation', async () => {
      const el = await page(wpClient(), 'en', 'council-plan', '101');
      const form = inside(el, 'news-comment-form');
      const result = await send(form);
      expect(result.status).to.equal('pending');
      await until(() => text(shadow(form, '[part="status"]')).length > 0, 'the pending message');
      expect(text(shadow(form, '[part="status"]'))).to.match(/awaits moderation|بانتظار/);
    });

    it('a WordPress site that refuses them: a typed error the form shows as a refusal, no crash', async () => {
      const client = wpClient('wp-plain', true);
      const wrapper = await fixture(html`<news-provider lang="en" .client=${client}><news-comment-form article-id="101"></news-comment-form></news-provider>`);
      const form = wrapper.querySelector('news-comment-form')!;
      const result = await send(form);
      expect(result.status).to.equal('error');
      expect((result.error as { code?: string }).code).to.equal('comments_unavailable');
      await until(() => text(shadow(form, '[part="status"]')).length > 0, 'the refusal');
      expect(shadow(form, '[part="retry"]')).to.equal(null); // a refusal, not a network failure to retry
    });
  });
});
