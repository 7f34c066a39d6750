/**
 * End to end, against the real reference server (test/support/news-server-plugin.js, MODERATION=auto):
 * a reader posts a first comment, which is held; a moderator signs in to <news-moderation-queue> (the
 * element /admin serves) and approves it with the keyboard alone; the comment appears for readers;
 * another reader replies under it; and the comment count on the front page has gone up.
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/comment-form/index.js';
import '../../src/components/comments/index.js';
import '../../src/components/latest-articles/index.js';
import '../../src/components/moderation-queue/index.js';
import type { NewsCommentForm } from '../../src/components/comment-form/news-comment-form.js';
import type { NewsComments } from '../../src/components/comments/news-comments.js';
import type { NewsLatestArticles } from '../../src/components/latest-articles/news-latest-articles.js';
import { createNewsClient, type NewsClient } from '../../src/sdk/client.js';
import type { NewsCommentResultDetail } from '../../src/events/news-comment-result.js';
import { until } from '../support/until.js';

const API = '/e2e-api';
/** The same token as E2E_ADMIN_TOKEN in test/support/news-server-plugin.js (a test server's, not a secret). */
const ADMIN_TOKEN = 'e2e-admin-token-not-a-secret';
const POW_MS = 60_000;

let lastOctet = 100;
/** A fake client address of its own, so the server's per-client rate limits never tie tests together. */
function reader(): NewsClient {
  lastOctet = lastOctet >= 250 ? 101 : lastOctet + 1;
  return createNewsClient({ baseUrl: API, headers: { 'x-forwarded-for': `10.9.${Math.floor(Math.random() * 256)}.${lastOctet}` } });
}

const root = (el: Element) => el.shadowRoot!;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const tag = () => `e2e-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/** Fills and sends a comment form; resolves with what became of it. */
async function post(form: NewsCommentForm, who: { authorName: string; email: string }, body: string): Promise<NewsCommentResultDetail> {
  await until(() => !!root(form).querySelector('form'), 'the form');
  for (const [name, value] of [['authorName', who.authorName], ['email', who.email], ['body', body]] as const) {
    const input = root(form).querySelector<HTMLInputElement>(`[name="${name}"]`)!;
    input.value = value;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  }
  await form.updateComplete;
  await until(() => root(form).querySelector<HTMLElement>('[part="captcha"]')?.dataset.state === 'done', 'the proof of work', POW_MS);
  const result = new Promise<NewsCommentResultDetail>((resolve) =>
    form.addEventListener('news-comment-result', (event) => resolve(event.detail), { once: true }),
  );
  root(form).querySelector<HTMLFormElement>('form')!.requestSubmit();
  return result;
}

/** The focused element, through shadow roots. */
function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

describe('moderation end to end (real server)', function () {
  this.timeout(240_000);
  let articleId: string;
  let articleUrl: string;

  before(async function () {
    this.timeout(180_000); // the first request waits for the server to migrate and seed
    const client = reader();
    // The last of the front page's articles with open comments: the other end-to-end file posts on the first.
    const { items } = await client.listArticles({ lang: 'en', limit: 12 });
    for (const summary of items) {
      if ((await client.getArticle({ id: summary.id })).commentsOpen) {
        articleId = summary.id;
        articleUrl = summary.url;
      }
    }
    expect(articleId, 'a seeded article with open comments').to.be.a('string');
  });

  afterEach(() => {
    fixtureCleanup();
    localStorage.clear();
    sessionStorage.clear();
  });

  it('a held comment, approved with the keyboard in the queue, appears for readers, gets a reply, and counts on the front page', async () => {
    const front = reader();
    const countOf = async () => {
      const latest = await fixture<NewsLatestArticles>(html`<news-latest-articles limit="12" show-comment-counts .client=${front}></news-latest-articles>`);
      const item = () => [...root(latest).querySelectorAll('[part="item"]')].find((li) => li.querySelector('a')?.getAttribute('href') === articleUrl);
      await until(() => !!item()?.querySelector('[part="comments"]'), 'the count on the front page', 15_000);
      const count = Number(text(item()!.querySelector('[part="comments"]')).replace(/\D/g, ''));
      latest.remove();
      return count;
    };
    const before = await countOf();

    // 1. A first-time reader posts: held for moderation (first comment).
    const body = `A first comment, for the moderators. ${tag()}`;
    const form = await fixture<NewsCommentForm>(html`<news-comment-form article-id=${articleId} .client=${reader()}></news-comment-form>`);
    const sent = await post(form, { authorName: 'Nadia First', email: `${tag()}@example.org` }, body);
    expect(sent.status).to.equal('pending');
    form.remove();

    // 2. The moderator signs in and approves it with the keyboard alone.
    const queue = await fixture<HTMLElement>(html`<news-moderation-queue base-url=${API}></news-moderation-queue>`);
    await until(() => !!root(queue).querySelector('input[name="token"]'), 'the sign-in');
    root(queue).querySelector<HTMLInputElement>('input[name="token"]')!.focus();
    await sendKeys({ type: ADMIN_TOKEN });
    await sendKeys({ press: 'Enter' });
    const mine = () => [...root(queue).querySelectorAll<HTMLElement>('[part~="item"]')].find((li) => text(li).includes(body));
    await until(() => !!mine(), 'the held comment in the queue', 15_000);
    expect(text(mine()!)).to.match(/first comment/i);
    // Pending is oldest first: j moves down the queue to the newest held comment.
    root(queue).querySelector<HTMLElement>('[part~="item"]')!.focus();
    for (let i = 0; i < 50 && focused() !== mine(); i++) await sendKeys({ press: 'j' });
    expect(focused()).to.equal(mine());
    await sendKeys({ press: 'a' });
    await until(() => !mine(), 'the comment to leave the pending tab');

    // 3. Readers see it; another reader replies under it (held too: a first comment), shown to them in place.
    const list = await fixture<NewsComments>(html`<news-comments article-id=${articleId} order="newest" .client=${reader()}></news-comments>`);
    const thread = () => [...root(list).querySelectorAll<HTMLElement>('[part="list"] > li')].find((li) => text(li.querySelector('[part="body"]')).includes(body));
    await until(() => !!thread(), 'the approved comment for readers', 15_000);
    thread()!.querySelector<HTMLButtonElement>('[part="reply"]')!.click();
    await until(() => !!root(list).querySelector('news-comment-form'), 'the reply form');
    const replyForm = root(list).querySelector<NewsCommentForm>('news-comment-form')!;
    const replyBody = `Welcome, Nadia. ${tag()}`;
    const replied = await post(replyForm, { authorName: 'Omar Second', email: `${tag()}@example.org` }, replyBody);
    expect(replied.status).to.equal('pending');
    expect(replied.comment!.parentId).to.equal(thread()!.dataset.id);
    await until(() => text(thread()!.querySelector('[part="replies"]')).includes(replyBody), 'the reply under the comment');

    // 4. The front page counts the approved comment (the held reply not yet; tests running beside
    //    this one may add comments of their own, never take any away).
    expect(await countOf()).to.be.at.least(before + 1);
  });
});
