/**
 * End to end: <news-comment-form> and <news-comments> against the real
 * reference server (server/), which test/support/news-server-plugin.js starts
 * with a fresh seeded database (MODERATION=auto, TRUST_PROXY=1) and proxies
 * under /e2e-api/. Every test speaks from an address of its own
 * (X-Forwarded-For), so the server's per-client rate limits (one comment per
 * 10 s, 20 an hour) never tie tests together. The captcha is the server's
 * real proof of work at its default difficulty.
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../src/components/comment-form/index.js';
import '../../src/components/comments/index.js';
import type { NewsCommentForm } from '../../src/components/comment-form/news-comment-form.js';
import { solvePow } from '../../src/components/comment-form/pow.js';
import { commenterKey } from '../../src/components/comment-form/drafts.js';
import type { NewsComments } from '../../src/components/comments/news-comments.js';
import { createNewsClient, type NewsClient, type NewsClientOptions } from '../../src/sdk/client.js';
import type { Comment } from '../../src/sdk/schemas.js';
import { until } from '../support/until.js';

const API = '/e2e-api';
/** The same token as E2E_ADMIN_TOKEN in test/support/news-server-plugin.js (a test server's, not a secret). */
const ADMIN_TOKEN = 'e2e-admin-token-not-a-secret';
/** Proof of work at 100,000 in headless Chromium, on a loaded machine: allow plenty. */
const POW_MS = 60_000;
const TEST_MS = 120_000;

const PUBLISHED = 'Thank you. Your comment is published.';
const OFFLINE = 'Your comment could not be sent. It is kept here.';
const CLOSED = 'Comments on this article are closed.';

/** A returning commenter: the server publishes at once only for an email with an approved comment (MODERATION=auto). */
const REGULAR = { authorName: 'Rana Haddad', email: 'rana.e2e@example.org' };

let lastOctet = 0;
/** A fake client address, unique in this run: 10.0.<random>.<counter>. */
function uniqueIp(): string {
  lastOctet = (lastOctet % 254) + 1;
  return `10.0.${Math.floor(Math.random() * 256)}.${lastOctet}`;
}

function e2eClient(ip: string, options: Partial<NewsClientOptions> = {}): NewsClient {
  return createNewsClient({ baseUrl: API, ...options, headers: { 'x-forwarded-for': ip, ...options.headers } });
}

/** A unique marker, so a test finds its own comment among those of other tests. */
const tag = () => `e2e-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

const root = (el: Element) => el.shadowRoot!;
const $ = <T extends Element = HTMLInputElement>(el: Element, selector: string) => root(el).querySelector<T>(selector)!;
const statusText = (el: NewsCommentForm) => ($(el, '[part="status"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();
const draftKey = (articleId: string) => `news-elements:comment-draft:${articleId}`;

function type(el: NewsCommentForm, name: string, value: string) {
  const input = $<HTMLInputElement | HTMLTextAreaElement>(el, `[name="${name}"]`);
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

async function fill(el: NewsCommentForm, body: string, who = REGULAR) {
  type(el, 'authorName', who.authorName);
  type(el, 'email', who.email);
  type(el, 'body', body);
  await el.updateComplete;
}

const solved = (el: NewsCommentForm) =>
  until(() => $(el, '[part="captcha"]')?.dataset.state === 'done', 'the proof of work from the server', POW_MS);

async function submit(el: NewsCommentForm) {
  $<HTMLFormElement>(el, 'form').requestSubmit();
  await el.updateComplete;
}

const bodiesIn = (list: NewsComments) => [...root(list).querySelectorAll('[part="comment"]')].map((li) => li.querySelector('[part="body"]')!.textContent);
const loaded = (list: NewsComments) =>
  until(() => root(list).querySelector('[part="base"]')?.getAttribute('aria-busy') === 'false', 'the comments to load', 15_000);

/** The approved comments of an article with this body, newest first, straight from the server. */
async function onServer(client: NewsClient, articleId: string, body: string): Promise<Comment[]> {
  const page = await client.listComments(articleId, { order: 'newest' });
  return page.items.filter((c) => c.body === body);
}

async function admin(path: string, init: RequestInit = {}): Promise<Response> {
  const response = await fetch(`${API}/admin/${path}`, { ...init, headers: { authorization: `Bearer ${ADMIN_TOKEN}`, ...init.headers } });
  if (!response.ok) throw new Error(`admin ${path}: ${response.status} ${await response.text()}`);
  return response;
}

describe('comments end to end (real server)', function () {
  this.timeout(TEST_MS);

  let openId: string;
  let closedId: string | undefined;

  before(async function () {
    this.timeout(180_000); // the first request waits for the server to migrate and seed
    const client = e2eClient(uniqueIp());
    const first = await client.listArticles({ lang: 'en', limit: 1 });
    expect(first.items.length, 'a seeded English article').to.equal(1);
    // The first article if its comments are open, else another; and one whose comments are closed, if the seed has it.
    for await (const summary of client.articles({ lang: 'en' })) {
      const article = await client.getArticle({ id: summary.id });
      if (article.commentsOpen) openId ??= article.id;
      else closedId ??= article.id;
      if (openId && closedId) break;
    }
    expect(openId, 'a seeded article with open comments').to.be.a('string');

    // Make REGULAR a known commenter: a first comment is held (first_comment), an admin approves it.
    const challenge = await client.getCaptcha();
    if (challenge.kind !== 'pow') throw new Error(`the server issues a ${challenge.kind} captcha, not a proof of work`);
    const payload = await solvePow(challenge);
    // With the commenter key the form of this page sends: the email earns trust only together with it.
    const result = await client.postComment(openId, { ...REGULAR, body: `My first comment here (${tag()}).`, captcha: { kind: 'pow', payload }, commenterKey: commenterKey() });
    expect(result.status, 'a first comment is held for moderation').to.equal('pending');
    await admin(`comments/${result.comment.id}/approve`, { method: 'POST' });
  });

  beforeEach(() => localStorage.clear());
  afterEach(() => {
    fixtureCleanup();
    localStorage.clear();
  });

  it('publishes a comment written in the form; the list on the page and a freshly loaded list show it', async () => {
    const client = e2eClient(uniqueIp());
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <news-comments article-id=${openId} order="newest" .client=${client}></news-comments>
      <news-comment-form article-id=${openId} .client=${client}></news-comment-form>
    </div>`);
    const list = wrapper.querySelector('news-comments')!;
    const form = wrapper.querySelector('news-comment-form')!;
    await loaded(list);
    const body = `Longer opening hours are overdue. ${tag()}`;
    await fill(form, body);
    await solved(form);
    await submit(form);
    await until(() => statusText(form) === PUBLISHED, `"${PUBLISHED}" (status now: "${statusText(form)}")`, 15_000);
    expect($<HTMLTextAreaElement>(form, '#body').value).to.equal('');
    expect(localStorage.getItem(draftKey(openId))).to.equal(null);

    await until(() => bodiesIn(list).includes(body), 'the comment in the list on the page');
    const shown = [...root(list).querySelectorAll('[part="comment"]')].find((li) => li.querySelector('[part="body"]')!.textContent === body)!;
    expect(shown.querySelector('[part="pending"]'), 'published, not pending').to.equal(null);
    expect(shown.querySelector('[part="author"]')!.textContent).to.equal(REGULAR.authorName);

    const fresh = await fixture<NewsComments>(html`<news-comments article-id=${openId} order="newest" .client=${e2eClient(uniqueIp())}></news-comments>`);
    await until(() => bodiesIn(fresh).includes(body), 'the comment in a freshly loaded list', 15_000);
    expect(await onServer(client, openId, body)).to.have.length(1);
  });

  it('stores HTML and script in a comment as text and shows it as text: nothing runs', async () => {
    const w = window as Window & { __pwned?: number };
    delete w.__pwned;
    const client = e2eClient(uniqueIp());
    const form = await fixture<NewsCommentForm>(html`<news-comment-form article-id=${openId} .client=${client}></news-comment-form>`);
    const marker = tag();
    const body = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script> ${marker}`;
    await fill(form, body);
    await solved(form);
    await submit(form);
    await until(() => statusText(form) === PUBLISHED, `"${PUBLISHED}" (status now: "${statusText(form)}")`, 15_000);

    const [stored] = await onServer(client, openId, body);
    expect(stored?.body, 'stored as sent').to.equal(body);

    const list = await fixture<NewsComments>(html`<news-comments article-id=${openId} order="newest" .client=${e2eClient(uniqueIp())}></news-comments>`);
    await until(() => bodiesIn(list).includes(body), 'the comment in the list', 15_000);
    const p = [...root(list).querySelectorAll('[part="body"]')].find((el) => el.textContent === body)!;
    expect(p.children.length, 'no elements made from the text').to.equal(0);
    expect(root(list).querySelector('img, script')).to.equal(null);
    await new Promise((r) => setTimeout(r, 300)); // time for an image error or a script, had one been made
    expect(w.__pwned).to.equal(undefined);
  });

  it('keeps a draft through a failed POST and a reload, then stores it exactly once', async () => {
    const ip = uniqueIp();
    let failed = 0;
    const offline = e2eClient(ip, {
      retries: 0, // the form's own retry is under test, not the SDK's
      fetch: async (input: RequestInfo | URL, init?: RequestInit) => {
        const request = new Request(input, init);
        if (request.method === 'POST' && failed++ === 0) throw new TypeError('Failed to fetch');
        return fetch(request);
      },
    });
    const body = `Written on a train, sent later. ${tag()}`;
    const form = await fixture<NewsCommentForm>(html`<news-comment-form article-id=${openId} .client=${offline}></news-comment-form>`);
    await fill(form, body);
    await solved(form);
    await submit(form);
    await until(() => statusText(form).startsWith(OFFLINE), `the offline state (status now: "${statusText(form)}")`, 15_000);
    expect(failed).to.equal(1);
    expect($<HTMLTextAreaElement>(form, '#body').value).to.equal(body);
    expect(JSON.parse(localStorage.getItem(draftKey(openId))!).body).to.equal(body);

    // A reload: the element goes, a new one comes for the same article; localStorage stays.
    fixtureCleanup();
    const online = e2eClient(ip);
    const again = await fixture<NewsCommentForm>(html`<news-comment-form article-id=${openId} .client=${online}></news-comment-form>`);
    expect($(again, '#authorName').value).to.equal(REGULAR.authorName);
    // Not asked to remember: the email stayed off the device, so the person types it again.
    expect($(again, '#email').value).to.equal('');
    expect($<HTMLTextAreaElement>(again, '#body').value).to.equal(body);
    expect(statusText(again)).to.contain(OFFLINE);
    expect(await onServer(online, openId, body), 'nothing reached the server yet').to.have.length(0);

    type(again, 'email', REGULAR.email);
    await again.updateComplete;
    await submit(again);
    await until(() => statusText(again) === PUBLISHED, `"${PUBLISHED}" (status now: "${statusText(again)}")`, 15_000);
    expect(await onServer(online, openId, body)).to.have.length(1);
    expect(localStorage.getItem(draftKey(openId))).to.equal(null);
  });

  it('stores a comment once when its answer was lost and the person retries (same Idempotency-Key)', async () => {
    const posts: { key: string | null; status: number; replayed: string | null }[] = [];
    let lost = 0;
    const client = e2eClient(uniqueIp(), {
      retries: 0,
      fetch: async (input: RequestInfo | URL, init?: RequestInit) => {
        const request = new Request(input, init);
        const response = await fetch(request);
        if (request.method !== 'POST') return response;
        posts.push({ key: request.headers.get('idempotency-key'), status: response.status, replayed: response.headers.get('idempotent-replayed') });
        if (lost++ === 0) {
          await response.arrayBuffer(); // the server has answered; the answer never arrives
          throw new TypeError('Failed to fetch (the connection dropped before the answer)');
        }
        return response;
      },
    });
    const body = `Sent through a tunnel. ${tag()}`;
    const form = await fixture<NewsCommentForm>(html`<news-comment-form article-id=${openId} .client=${client}></news-comment-form>`);
    await fill(form, body);
    await solved(form);
    await submit(form);
    await until(() => statusText(form).startsWith(OFFLINE), `the offline state (status now: "${statusText(form)}")`, 15_000);
    expect(posts[0]!.status, 'the first POST reached the server and was stored').to.equal(201);
    expect(await onServer(client, openId, body)).to.have.length(1);

    $<HTMLButtonElement>(form, '[part="retry"]').click();
    await until(() => statusText(form) === PUBLISHED, `"${PUBLISHED}" after the retry (status now: "${statusText(form)}")`, 15_000);
    expect(posts).to.have.length(2);
    expect(posts[1]!.key).to.equal(posts[0]!.key);
    expect(posts[1]!.status).to.equal(201);
    expect(posts[1]!.replayed, 'the server replayed its stored answer').to.equal('true');
    expect(await onServer(client, openId, body)).to.have.length(1);
  });

  it('turns into the closed message when the server says the article is closed to comments', async function () {
    if (!closedId) this.skip(); // the seed has no article with closed comments: nothing to test against
    const client = e2eClient(uniqueIp());
    expect((await client.getArticle({ id: closedId! })).commentsOpen).to.equal(false);
    const form = await fixture<NewsCommentForm>(html`<news-comment-form article-id=${closedId!} .client=${client}></news-comment-form>`);
    expect(form.closed, 'the form does not know yet').to.equal(false);
    await fill(form, `Too late? ${tag()}`);
    await solved(form);
    await submit(form);
    await until(() => form.closed, 'the closed state from the server', 15_000);
    await form.updateComplete;
    expect($(form, '[part="closed"]').textContent).to.equal(CLOSED);
    expect(root(form).querySelector('form')).to.equal(null);
  });
});
