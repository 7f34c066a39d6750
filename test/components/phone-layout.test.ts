/**
 * What people and article bodies put in front of a phone: long words and
 * URLs, wide tables, embeds, pre blocks and big images, a comment form in
 * the article's slot. Each element fits 320 px with nothing cut off, in en
 * and ar (the conformance suite checks every element's usual content; these
 * are the hard cases).
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/components/article/index.js';
import '../../src/components/comments/index.js';
import '../../src/components/comment-form/index.js';
import '../../src/components/latest-articles/index.js';
import '../../src/components/share-bar/index.js';
import '../../src/components/moderation-queue/index.js';
import { article, comment, summary } from '../fixtures/data.js';
import { fakeClient, hang } from '../support/fake-client.js';
import { phoneLayoutProblems } from '../support/phone-layout.js';
import { until } from '../support/until.js';

const LONG_URL = `https://news.example.org/${'very-long-path-segment-'.repeat(8)}end?utm=${'x'.repeat(40)}`;
const LONG_WORD = 'Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenversicherung';
const WIDE_BODY = `
<p>See ${LONG_URL} and ${LONG_WORD}.</p>
<p><a href="${LONG_URL}">${LONG_URL}</a></p>
<table><tr>${Array.from({ length: 12 }, (_, i) => `<th>Column heading ${i + 1}</th>`).join('')}</tr>
<tr>${Array.from({ length: 12 }, (_, i) => `<td>${(i + 1) * 1234567}</td>`).join('')}</tr></table>
<pre>${'const line = "a line of code that does not wrap on its own";'.repeat(3)}</pre>
<p><img src="/stories/assets/library.svg" width="1200" height="675" alt="A wide image"></p>
<iframe src="https://www.youtube-nocookie.com/embed/x" width="560" height="315" title="A video"></iframe>`;

const commentsClient = (lang: string) =>
  fakeClient({
    'GET /articles/4711/comments': () => ({
      items: [comment(1, { authorName: LONG_WORD, body: `${LONG_URL}\n${LONG_WORD}${LONG_WORD}` }), comment(2, { body: lang === 'ar' ? `انظر ${LONG_URL}` : 'Short.' })],
      nextCursor: null,
    }),
  });

const cases: { name: string; render: (lang: 'en' | 'ar') => TemplateResult; settle: (el: HTMLElement) => Promise<void> }[] = [
  {
    name: '<news-article> with long URLs, a wide table, a pre block, a big image and an embed',
    render: (lang) =>
      html`<news-article lang=${lang} no-count allow-iframes="www.youtube-nocookie.com" .article=${article({ lang, title: `${LONG_WORD} ${LONG_WORD}`, bodyHtml: WIDE_BODY })}></news-article>`,
    settle: (el) => until(() => !!el.shadowRoot!.querySelector('[part="body"] table'), 'the body'),
  },
  {
    name: '<news-article> with a comment form and a share bar in its after-body slot',
    render: (lang) =>
      html`<news-article lang=${lang} no-count .article=${article({ lang })}
        ><div slot="after-body" style="display: grid; gap: 1rem">
          <news-share-bar networks="native copy email x facebook linkedin whatsapp telegram reddit bluesky mastodon threads" url="https://news.example/a"></news-share-bar>
          <news-comment-form article-id="4711" .client=${fakeClient({ 'GET /captcha': (_u, r) => hang(r) })}></news-comment-form></div
      ></news-article>`,
    settle: async (el) => {
      await until(() => !!el.querySelector('news-comment-form')?.shadowRoot?.querySelector('form'), 'the form');
    },
  },
  {
    name: '<news-comments> with a long URL, a long word and a long name',
    render: (lang) => html`<news-comments lang=${lang} article-id="4711" .client=${commentsClient(lang)}></news-comments>`,
    settle: (el) => until(() => el.shadowRoot!.querySelectorAll('[part="body"]').length === 2, 'the comments'),
  },
  {
    name: '<news-latest-articles> cards with a long word in a title',
    render: (lang) => html`<news-latest-articles lang=${lang} layout="cards" .items=${[summary(1, { lang, title: `${LONG_WORD} ${LONG_URL}` }), summary(2, { lang })]}></news-latest-articles>`,
    settle: (el) => until(() => el.shadowRoot!.querySelectorAll('[part="item"]').length === 2, 'the items'),
  },
  {
    // A password input's default width (20 characters) was the minimum of the sign-in grid's column.
    name: '<news-moderation-queue> signed out, its sign-in form',
    render: (lang) => html`<news-moderation-queue lang=${lang} base-url="https://news.example.org/api"></news-moderation-queue>`,
    settle: (el) => until(() => !!el.shadowRoot!.querySelector('[part="sign-in"]'), 'the sign-in form'),
  },
];

describe('phone layout with hard content', () => {
  after(() => setViewport({ width: 800, height: 600 }));
  afterEach(() => fixtureCleanup());

  for (const { name, render, settle } of cases) {
    for (const lang of ['en', 'ar'] as const) {
      it(`${name} fits 320 px in ${lang}`, async () => {
        await setViewport({ width: 320, height: 700 });
        const wrapper = await fixture<HTMLElement>(html`<div style="display: grid">${render(lang)}</div>`);
        const el = wrapper.firstElementChild as HTMLElement;
        await settle(el);
        await new Promise((resolve) => requestAnimationFrame(resolve));
        expect(phoneLayoutProblems(el)).to.deep.equal([]);
      });
    }
  }

  it('a wide table scrolls inside its own box, not the page', async () => {
    await setViewport({ width: 320, height: 700 });
    const el = await fixture<HTMLElement>(html`<news-article no-count .article=${article({ bodyHtml: WIDE_BODY })}></news-article>`);
    await until(() => !!el.shadowRoot!.querySelector('[part="body"] table'), 'the body');
    const scroller = el.shadowRoot!.querySelector<HTMLElement>('.table-scroll')!;
    expect(scroller.scrollWidth, 'the table is wider than the phone').to.be.greaterThan(scroller.clientWidth);
    expect(scroller.getBoundingClientRect().right).to.be.at.most(320);
    expect(document.documentElement.scrollWidth).to.equal(document.documentElement.clientWidth);
  });
});
