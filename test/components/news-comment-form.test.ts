import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/comment-form/index.js';
import '../../src/components/comments/index.js';
import type { NewsCommentForm } from '../../src/components/comment-form/news-comment-form.js';
import type { NewsComments } from '../../src/components/comments/news-comments.js';
import { solvePow } from '../../src/components/comment-form/pow.js';
import { emit } from '../../src/events/emit.js';
import '../../src/events/news-article-load.js';
import type { NewsCommentResultDetail } from '../../src/events/news-comment-result.js';
import type { CodeCaptcha, CommentDraft } from '../../src/sdk/schemas.js';
import { article, comment } from '../fixtures/data.js';
import { fakeClient, hang, json, type Route } from '../support/fake-client.js';
import { checkPayload, powChallenge } from '../support/pow.js';
import { until } from '../support/until.js';
import { runConformanceSuite } from '../suites/element-conformance.js';

const root = (el: NewsCommentForm) => el.shadowRoot!;
const $ = <T extends Element = HTMLInputElement>(el: NewsCommentForm, selector: string) => root(el).querySelector<T>(selector)!;
const statusText = (el: NewsCommentForm) => $(el, '[part="status"]').textContent!.replace(/\s+/g, ' ').trim();
const DRAFT_KEY = 'news-elements:comment-draft:4711';

interface Posted {
  draft: CommentDraft;
  key: string | null;
}

/** A client whose captcha is a real proof of work and whose comment route answers with `answer`. */
function formClient(answer: Route = (_url, req) => published(req), captcha?: Route) {
  const posted: Posted[] = [];
  let n = 0;
  const client = fakeClient({
    'GET /captcha': captcha ?? (() => powChallenge(100 + n++)),
    'POST /articles/4711/comments': async (url, req) => {
      posted.push({ draft: (await req.clone().json()) as CommentDraft, key: req.headers.get('idempotency-key') });
      return answer(url, req);
    },
  });
  return Object.assign(client, { posted });
}

async function published(req: Request, status = 'published') {
  const draft = (await req.json()) as CommentDraft;
  const body = { status, comment: comment(90, { authorName: draft.authorName, body: draft.body }) };
  return new Response(JSON.stringify(body), { status: status === 'published' ? 201 : 202, headers: { 'content-type': 'application/json' } });
}

function type(el: NewsCommentForm, name: string, value: string) {
  const input = $<HTMLInputElement | HTMLTextAreaElement>(el, `[name="${name}"]`);
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

async function fill(el: NewsCommentForm, body = 'A fine article.') {
  type(el, 'authorName', 'Sara');
  type(el, 'email', 'sara@example.org');
  type(el, 'body', body);
  await el.updateComplete;
}

const statusOf = (el: NewsCommentForm) => $(el, '[part="captcha"]').dataset.state;
const solved = (el: NewsCommentForm) => until(() => statusOf(el) === 'done', 'the security check');

async function submit(el: NewsCommentForm) {
  $<HTMLFormElement>(el, 'form').requestSubmit();
  await el.updateComplete;
}

const form = (client: ReturnType<typeof formClient>, attrs = html``) =>
  fixture<NewsCommentForm>(html`<news-comment-form article-id="4711" .client=${client}>${attrs}</news-comment-form>`);

describe('<news-comment-form>', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    fixtureCleanup();
    localStorage.clear();
  });

  describe('fields', () => {
    it('is a native form with labelled, required fields the browser can autofill', async () => {
      const el = await form(formClient());
      const f = $<HTMLFormElement>(el, 'form');
      const name = $(el, '#authorName');
      const email = $(el, '#email');
      const body = $<HTMLTextAreaElement>(el, '#body');
      expect([...f.elements].includes(name) && [...f.elements].includes(email) && [...f.elements].includes(body)).to.equal(true);
      expect(name.autocomplete).to.equal('name');
      expect(email.autocomplete).to.equal('email');
      expect(email.type).to.equal('email');
      expect(email.getAttribute('dir')).to.equal('ltr');
      expect(name.getAttribute('dir')).to.equal('auto');
      for (const input of [name, email, body]) {
        expect(input.required).to.equal(true);
        expect(root(el).querySelector(`label[for="${input.id}"]`)!.textContent).to.match(/\*$/);
        expect(input.labels![0]!.querySelector('.req')!.getAttribute('aria-hidden')).to.equal('true');
      }
      expect(f.noValidate).to.equal(false);
    });

    it('shows a localized error on blur, with aria-invalid and aria-describedby, and the same message in native validation', async () => {
      const el = await form(formClient());
      const name = $(el, '#authorName');
      name.focus();
      name.blur();
      await el.updateComplete;
      expect(name.getAttribute('aria-invalid')).to.equal('true');
      const error = $(el, `#${name.getAttribute('aria-describedby')}`);
      expect(error.textContent).to.equal('Enter your name.');
      expect(error.hidden).to.equal(false);
      expect(name.validationMessage).to.equal('Enter your name.');
      // The email is not shown as wrong before the person has been there.
      expect($(el, '#email').getAttribute('aria-invalid')).to.equal('false');
      type(el, 'email', 'not-an-email');
      $(el, '#email').dispatchEvent(new FocusEvent('blur'));
      await el.updateComplete;
      expect($(el, '#email-error').textContent).to.equal('Enter an email address like name@example.com.');
    });

    it('checks every field on submit, sends nothing and moves focus to the first invalid one', async () => {
      const client = formClient();
      const el = await form(client);
      type(el, 'authorName', 'Sara');
      await el.updateComplete;
      await submit(el);
      await el.updateComplete;
      expect(root(el).activeElement).to.equal($(el, '#email'));
      expect($(el, '#email').getAttribute('aria-invalid')).to.equal('true');
      expect($(el, '#body-error').textContent).to.equal('Write your comment.');
      expect(client.posted.length).to.equal(0);
    });

    it('counts characters and speaks only near the limit', async () => {
      const el = await form(formClient());
      type(el, 'body', 'Hello');
      await el.updateComplete;
      expect($(el, '[part="counter"]').textContent).to.contain('5 / 5,000');
      const live = root(el).querySelector('[aria-live="polite"]')!;
      expect(live.textContent!.trim()).to.equal('');
      type(el, 'body', 'x'.repeat(4_960));
      await el.updateComplete;
      expect(live.textContent!.trim()).to.equal('50 characters left.');
      expect($(el, '#body').getAttribute('aria-describedby')).to.contain('body-count');
    });

    it('keeps the honeypot away from people and assistive technology, and sends what a bot puts there', async () => {
      const client = formClient();
      const el = await form(client);
      const trap = $(el, '[name="website"]');
      expect(trap.closest('[inert]')).to.exist;
      expect(trap.tabIndex).to.equal(-1);
      expect(trap.closest<HTMLElement>('.hp')!.getBoundingClientRect().width).to.be.at.most(1);
      trap.value = 'http://spam.example';
      trap.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await fill(el);
      await solved(el);
      await submit(el);
      await until(() => client.posted.length === 1, 'the post');
      expect(client.posted[0]!.draft.website).to.equal('http://spam.example');
    });
  });

  describe('security check', () => {
    it('solves the proof of work in the background once the person starts, with progress shown and nothing to type', async () => {
      const client = formClient();
      const el = await form(client);
      await new Promise((r) => setTimeout(r, 50));
      expect(client.calls.filter((c) => c === 'GET /captcha').length, 'no captcha before the person starts').to.equal(0);
      $(el, '#authorName').focus();
      await until(() => client.calls.includes('GET /captcha'), 'the captcha request');
      await solved(el);
      expect(root(el).querySelector('[part="captcha"] input')).to.equal(null);
    });

    it('solves without long tasks: the page keeps painting and running timers', async () => {
      const seen: number[] = [];
      const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => seen.push(e.duration)));
      observer.observe({ type: 'longtask' });
      const challenge = await powChallenge(150_000, 200_000);
      let ticks = 0;
      const timer = setInterval(() => ticks++, 20);
      let progressSeen = false;
      const started = performance.now();
      const payload = await solvePow(challenge, { onProgress: (share) => (progressSeen ||= share > 0 && share < 1) });
      const took = performance.now() - started;
      clearInterval(timer);
      await new Promise((r) => setTimeout(r, 100)); // long-task entries arrive after the task
      observer.takeRecords().forEach((e) => seen.push(e.duration));
      observer.disconnect();
      expect(await checkPayload(payload)).to.equal(150_000);
      expect(progressSeen).to.equal(true);
      // Without yielding, the whole solve is one task of seconds and the timer never fires.
      expect(seen.filter((d) => d > 250), `long tasks: ${seen.map(Math.round).join(', ')} ms`).to.deep.equal([]);
      expect(ticks, `timer ticks during ${Math.round(took)} ms of solving`).to.be.greaterThan(took / 20 / 4);
    });

    it('stops solving when aborted, and refuses a challenge with no solution in range', async () => {
      const controller = new AbortController();
      const solving = solvePow(await powChallenge(5_000_000, 5_000_000), { signal: controller.signal });
      controller.abort();
      let caught: unknown;
      await solving.catch((e: unknown) => (caught = e));
      expect((caught as Error).name).to.equal('AbortError');
      const impossible = { ...(await powChallenge(10, 10)), maxnumber: 5 };
      await solvePow(impossible).then(
        () => expect.fail('solved an impossible challenge'),
        (e: Error) => expect(e.message).to.match(/No number/),
      );
    });

    it('shows an image code with a field and a "new code" button, and accepts Arabic-Indic and Persian digits', async () => {
      let n = 0;
      const code = (): CodeCaptcha => ({ kind: 'code', token: `token-${++n}`, image: 'data:image/png;base64,iVBORw0KGgo=', width: 180, height: 64, length: 5 });
      const client = formClient(undefined, code);
      const el = await form(client);
      await fill(el);
      await until(() => statusOf(el) === 'code', 'the image code');
      const img = $<HTMLImageElement>(el, '[part="captcha"] img');
      expect(img.alt).to.match(/Security code/);
      expect(img.getAttribute('width')).to.equal('180');
      expect($(el, '#code').labels![0]!.textContent).to.contain('Security code');
      [...root(el).querySelectorAll<HTMLButtonElement>('[part="captcha"] button')].find((b) => b.textContent!.includes('New code'))!.click();
      await until(() => client.calls.filter((c) => c === 'GET /captcha').length === 2, 'a new code');
      await until(() => statusOf(el) === 'code', 'the new image');
      type(el, 'code', '۱۲٣٤٥');
      await el.updateComplete;
      await submit(el);
      await until(() => client.posted.length === 1, 'the post');
      expect(client.posted[0]!.draft.captcha).to.deep.equal({ kind: 'code', token: 'token-2', code: '12345' });
    });

    it('shows an error with a retry when the captcha cannot be loaded', async () => {
      let fail = true;
      const client = formClient(undefined, () => (fail ? json(503, { error: { code: 'unavailable', message: '' } }) : powChallenge(7)));
      const el = await form(client);
      $(el, '#authorName').focus();
      await until(() => statusOf(el) === 'error', 'the captcha error');
      expect($(el, '[part="captcha"]').textContent).to.contain('could not be loaded');
      fail = false;
      $<HTMLButtonElement>(el, '[part="captcha"] button').click();
      await solved(el);
    });
  });

  describe('submitting', () => {
    it('sends the draft with one Idempotency-Key, announces "published", clears the text and fetches a fresh captcha', async () => {
      const client = formClient();
      const el = await form(client);
      const results: NewsCommentResultDetail[] = [];
      el.addEventListener('news-comment-result', (e) => results.push(e.detail));
      await fill(el);
      await solved(el);
      await submit(el);
      expect($(el, '[part="submit"]').getAttribute('aria-disabled')).to.equal('true');
      await until(() => results.length === 1, 'the result');
      await el.updateComplete;
      expect(statusText(el)).to.equal('Thank you. Your comment is published.');
      expect($(el, '[part="status"]').getAttribute('role')).to.equal('status');
      const { draft, key } = client.posted[0]!;
      expect(draft).to.include({ authorName: 'Sara', email: 'sara@example.org', body: 'A fine article.' });
      expect(await checkPayload((draft.captcha as { payload: string }).payload)).to.equal(100);
      expect(key).to.match(/^[\da-f-]{36}$/);
      expect(results[0]!.status).to.equal('published');
      expect($<HTMLTextAreaElement>(el, '#body').value).to.equal('');
      expect($(el, '#authorName').value).to.equal('Sara');
      expect(localStorage.getItem(DRAFT_KEY)).to.equal(null);
      await until(() => client.calls.filter((c) => c === 'GET /captcha').length === 2, 'a fresh captcha');
      // A second comment works without a reload, with a new key and the new captcha.
      await solved(el);
      type(el, 'body', 'And a second thought.');
      await el.updateComplete;
      await submit(el);
      await until(() => client.posted.length === 2, 'the second post');
      expect(client.posted[1]!.key).not.to.equal(key);
      expect(await checkPayload((client.posted[1]!.draft.captcha as { payload: string }).payload)).to.equal(101);
    });

    it('announces moderation, and a <news-comments> for the article shows the comment to its author as pending', async () => {
      const client = formClient((_url, req) => published(req, 'pending'));
      const list = fakeClient({ 'GET /articles/4711/comments': () => ({ items: [comment(1)], nextCursor: null }) });
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <news-comments article-id="4711" .client=${list}></news-comments>
        <news-comment-form article-id="4711" .client=${client}></news-comment-form>
      </div>`);
      const el = wrapper.querySelector('news-comment-form')!;
      const comments = wrapper.querySelector<NewsComments>('news-comments')!;
      await fill(el);
      await solved(el);
      await submit(el);
      await until(() => statusText(el) === 'Thank you. Your comment awaits moderation.', 'the pending message');
      await until(() => !!comments.shadowRoot!.querySelector('[part="pending"]'), 'the pending comment in the list');
    });

    it('maps the server\'s 422 field errors onto the fields and focuses the first', async () => {
      const client = formClient(() => json(422, { error: { code: 'invalid_fields', message: 'Some fields are not valid.', fieldErrors: { email: ['Not valid.'] } } }));
      const el = await form(client);
      await fill(el);
      await solved(el);
      await submit(el);
      await until(() => statusText(el) === 'Some fields need your attention.', 'the invalid state');
      await until(() => root(el).activeElement === $(el, '#email'), 'focus on the email');
      expect($(el, '#email').getAttribute('aria-invalid')).to.equal('true');
      expect($(el, '#email-error').textContent).to.equal('The server did not accept this field.');
      expect($<HTMLTextAreaElement>(el, '#body').value).to.equal('A fine article.');
      // Editing the field clears the server's verdict.
      type(el, 'email', 'sara@example.com');
      await el.updateComplete;
      expect($(el, '#email').getAttribute('aria-invalid')).to.equal('false');
    });

    it('says how long to wait when rate limited (Retry-After) and holds the send button until then', async () => {
      const client = formClient(() => json(429, { error: { code: 'rate_limited', message: '' } }, { 'retry-after': '42' }));
      const el = await form(client);
      await fill(el);
      await solved(el);
      await submit(el);
      await until(() => statusText(el).includes('Try again in 42 seconds'), 'the rate-limit message');
      expect($(el, '[part="submit"]').getAttribute('aria-disabled')).to.equal('true');
      expect($(el, '[part="submit"]').textContent).to.match(/\(42\)/);
      // The button counts down; the announced message stays as it was.
      await until(() => /\(41\)/.test($(el, '[part="submit"]').textContent!), 'the countdown', 2500);
      expect(statusText(el)).to.contain('42 seconds');
      await submit(el);
      expect(client.posted.length).to.equal(1);
      expect($<HTMLTextAreaElement>(el, '#body').value).to.equal('A fine article.');
    });

    /** A form whose first send fails for want of a network; `up()` brings the network back. */
    async function sentWhileOffline() {
      let down = true;
      const client = formClient((_url, req) => (down ? Promise.reject(new TypeError('Failed to fetch')) : published(req)));
      const el = await form(client);
      await fill(el);
      await solved(el);
      await submit(el);
      await until(() => statusText(el).startsWith('Your comment could not be sent. It is kept here.'), 'the offline state');
      return { client, el, up: () => (down = false) };
    }

    it('keeps the draft after a network failure and retries the same request with the same key and captcha', async () => {
      const { client, el, up } = await sentWhileOffline();
      expect($<HTMLTextAreaElement>(el, '#body').value).to.equal('A fine article.');
      expect(JSON.parse(localStorage.getItem(DRAFT_KEY)!).body).to.equal('A fine article.');
      up();
      await solved(el); // the fresh captcha fetched after the failure
      $<HTMLButtonElement>(el, '[part="retry"]').click();
      await until(() => statusText(el) === 'Thank you. Your comment is published.', 'the retry');
      expect(client.posted.length).to.equal(2);
      expect(client.posted[1]!.key).to.equal(client.posted[0]!.key);
      expect(client.posted[1]!.draft).to.deep.equal(client.posted[0]!.draft);
      expect(localStorage.getItem(DRAFT_KEY)).to.equal(null);
    });

    it('keeps the email on the device only when asked to remember, and still resends the same request after a reload', async () => {
      const { client, up } = await sentWhileOffline();
      const stored = () => JSON.parse(localStorage.getItem(DRAFT_KEY)!) as { email: string; sent?: { email: string } };
      expect(stored().email, 'not remembered: no email in the draft').to.equal('');
      expect(stored().sent?.email, 'nor in the request kept for a resend').to.equal('');
      expect(localStorage.getItem(DRAFT_KEY)).not.to.contain('sara@example.org');
      // A reload: the email is typed again, and the retry is the same request with the same key.
      fixtureCleanup();
      const again = await form(client);
      expect($(again, '#email').value).to.equal('');
      type(again, 'email', 'sara@example.org');
      await again.updateComplete;
      up();
      await submit(again);
      await until(() => statusText(again) === 'Thank you. Your comment is published.', 'the resend');
      expect(client.posted[1]!.key).to.equal(client.posted[0]!.key);
      expect(client.posted[1]!.draft).to.deep.equal(client.posted[0]!.draft);
      // Asked to remember: the email is kept.
      await fill(again, 'Another thought');
      $(again, '.remember input').click();
      await again.updateComplete;
      expect(stored().email).to.equal('sara@example.org');
    });

    it('keeps edited text when the server says an earlier version already arrived (idempotency key reused)', async () => {
      let calls = 0;
      const client = formClient(() =>
        ++calls === 1 ? Promise.reject(new TypeError('offline')) : json(409, { error: { code: 'idempotency_key_reused', message: '' } }),
      );
      const el = await form(client);
      await fill(el);
      await solved(el);
      await submit(el);
      await until(() => statusText(el).startsWith('Your comment could not be sent'), 'the offline state');
      await solved(el);
      type(el, 'body', 'A fine article, edited.');
      await el.updateComplete;
      await submit(el);
      await until(() => statusText(el).startsWith('An earlier version'), 'the received message');
      expect($<HTMLTextAreaElement>(el, '#body').value).to.equal('A fine article, edited.');
    });

    it('lets a listener cancel news-comment-submit: nothing is sent', async () => {
      const client = formClient();
      const el = await form(client);
      el.addEventListener('news-comment-submit', (e) => {
        expect(e.detail).to.deep.equal({ articleId: '4711', authorName: 'Sara', body: 'A fine article.' });
        e.preventDefault();
      });
      await fill(el);
      await solved(el);
      await submit(el);
      await new Promise((r) => setTimeout(r, 50));
      expect(client.posted.length).to.equal(0);
    });

    it('never submits on Enter while an input method is composing', async () => {
      const client = formClient();
      const el = await form(client);
      await fill(el);
      await solved(el);
      const name = $(el, '#authorName');
      const composingEnter = new KeyboardEvent('keydown', { key: 'Enter', isComposing: true, bubbles: true, composed: true, cancelable: true });
      name.dispatchEvent(composingEnter);
      expect(composingEnter.defaultPrevented).to.equal(true);
      const plainEnter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true });
      name.dispatchEvent(plainEnter);
      expect(plainEnter.defaultPrevented).to.equal(false);
      name.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true, composed: true }));
      await submit(el);
      await new Promise((r) => setTimeout(r, 50));
      expect(client.posted.length).to.equal(0);
      name.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, composed: true }));
      await submit(el);
      await until(() => client.posted.length === 1, 'the post after composing');
    });

    it('can be completed with the keyboard alone', async () => {
      const client = formClient();
      const el = await form(client);
      $(el, '#authorName').focus();
      await sendKeys({ type: 'Sara' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'sara@example.org' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'Typed with keys.' });
      await solved(el);
      await sendKeys({ press: 'Tab' }); // the remember checkbox
      await sendKeys({ press: 'Tab' }); // the send button
      expect(root(el).activeElement).to.equal($(el, '[part="submit"]'));
      await sendKeys({ press: 'Enter' });
      await until(() => client.posted.length === 1, 'the post');
      expect(client.posted[0]!.draft.body).to.equal('Typed with keys.');
    });
  });

  describe('drafts', () => {
    it('restores the draft after a reload, per article', async () => {
      const el = await form(formClient());
      await fill(el, 'Half a thought');
      fixtureCleanup();
      const again = await form(formClient());
      expect($(again, '#authorName').value).to.equal('Sara');
      expect($<HTMLTextAreaElement>(again, '#body').value).to.equal('Half a thought');
      const other = await fixture<NewsCommentForm>(html`<news-comment-form article-id="9999" .client=${formClient()}></news-comment-form>`);
      expect($<HTMLTextAreaElement>(other, '#body').value).to.equal('');
      expect($(other, '#authorName').value).to.equal('');
    });

    it('remembers name and email for the next article only when asked', async () => {
      const el = await form(formClient());
      await fill(el);
      const remember = $(el, '.remember input');
      remember.click();
      await el.updateComplete;
      const next = await fixture<NewsCommentForm>(html`<news-comment-form article-id="9999" .client=${formClient()}></news-comment-form>`);
      expect($(next, '#authorName').value).to.equal('Sara');
      expect($(next, '#email').value).to.equal('sara@example.org');
      expect($<HTMLTextAreaElement>(next, '#body').value).to.equal('');
      $(next, '.remember input').click();
      expect(localStorage.getItem('news-elements:comment-identity')).to.equal(null);
    });

    it('sends this browser\'s commenter key, kept on the device only with the remembered name and email', async () => {
      localStorage.removeItem('news-elements:comment-identity');
      const client = formClient();
      const el = await form(client);
      await fill(el);
      await solved(el);
      await submit(el);
      await until(() => client.posted.length === 1, 'the post');
      const key = client.posted[0]!.draft.commenterKey!;
      expect(key).to.match(/^[\w-]{16,100}$/);
      expect(localStorage.getItem('news-elements:comment-identity'), 'nothing remembered').to.equal(null);
      $(el, '.remember input').click();
      await el.updateComplete;
      expect(JSON.parse(localStorage.getItem('news-elements:comment-identity')!).key, 'the same key, remembered').to.equal(key);
      $(el, '.remember input').click();
      expect(localStorage.getItem('news-elements:comment-identity')).to.equal(null);
    });

    it('keeps working when storage is blocked or full', async () => {
      const original = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
      const setItem = Storage.prototype.setItem;
      try {
        Object.defineProperty(window, 'localStorage', { configurable: true, get: () => { throw new DOMException('blocked', 'SecurityError'); } });
        const client = formClient();
        const el = await form(client);
        await fill(el);
        await solved(el);
        await submit(el);
        await until(() => client.posted.length === 1, 'the post with storage blocked');
        Object.defineProperty(window, 'localStorage', original);
        Storage.prototype.setItem = () => {
          throw new DOMException('full', 'QuotaExceededError');
        };
        const full = await fixture<NewsCommentForm>(html`<news-comment-form article-id="4712" .client=${formClient()}></news-comment-form>`);
        await fill(full);
        expect($<HTMLTextAreaElement>(full, '#body').value).to.equal('A fine article.');
      } finally {
        Object.defineProperty(window, 'localStorage', original);
        Storage.prototype.setItem = setItem;
      }
    });

    it('ignores junk in storage', async () => {
      localStorage.setItem(DRAFT_KEY, '{"authorName": 5, "savedAt": "x"');
      const el = await form(formClient());
      expect($(el, '#authorName').value).to.equal('');
      localStorage.setItem(DRAFT_KEY, JSON.stringify({ authorName: ['x'], body: 'kept', savedAt: Date.now() }));
      const again = await fixture<NewsCommentForm>(html`<news-comment-form article-id="4711" .client=${formClient()}></news-comment-form>`);
      expect($(again, '#authorName').value).to.equal('');
      expect($<HTMLTextAreaElement>(again, '#body').value).to.equal('kept');
    });
  });

  describe('loading="lazy"', () => {
    it('below the fold: a heading and reserved space, draft unread, until it comes near the viewport; then the draft is back', async () => {
      localStorage.setItem(DRAFT_KEY, JSON.stringify({ authorName: 'Sara', email: 'sara@example.org', body: 'Kept for later', savedAt: Date.now() }));
      const realIdle = window.requestIdleCallback;
      window.requestIdleCallback = (() => 0) as typeof window.requestIdleCallback;
      try {
        const wrapper = await fixture<HTMLDivElement>(html`<div>
          <div style="block-size: 400vh"></div>
          <news-comment-form loading="lazy" article-id="4711" .client=${formClient()}></news-comment-form>
        </div>`);
        const el = wrapper.querySelector('news-comment-form')!;
        await el.updateComplete;
        expect(root(el).querySelector('form'), 'no form yet').to.equal(null);
        expect(root(el).querySelector('h2')!.textContent).to.equal('Leave a comment');
        expect(root(el).querySelector<HTMLElement>('.placeholder')!.getBoundingClientRect().height).to.be.greaterThan(300);
        el.scrollIntoView();
        await until(() => !!root(el).querySelector('form'), 'the form once near');
        await el.updateComplete;
        expect($<HTMLTextAreaElement>(el, '#body').value).to.equal('Kept for later');
      } finally {
        window.requestIdleCallback = realIdle;
        localStorage.removeItem(DRAFT_KEY);
      }
    });
  });

  describe('closed comments', () => {
    it('shows a message instead of the form when closed, from the attribute, the article or the server', async () => {
      const closed = await fixture<NewsCommentForm>(html`<news-comment-form article-id="4711" closed .client=${formClient()}></news-comment-form>`);
      expect(root(closed).querySelector('form')).to.equal(null);
      expect($(closed, '[part="closed"]').textContent).to.equal('Comments on this article are closed.');

      const el = await form(formClient(() => json(409, { error: { code: 'comments_closed', message: '' } })));
      emit(document.body, 'news-article-load', { article: article({ id: '4711', commentsOpen: false }) });
      await el.updateComplete;
      expect(el.closed).to.equal(true);
      emit(document.body, 'news-article-load', { article: article({ id: '4711', commentsOpen: true }) });
      await el.updateComplete;
      expect(el.closed).to.equal(false);
      await fill(el);
      await solved(el);
      await submit(el);
      await until(() => el.closed, 'the closed state from the server');
    });
  });

  describe('RTL', () => {
    it('lays out right to left in Arabic, with email kept left to right and messages in Arabic', async () => {
      const el = await fixture<NewsCommentForm>(html`<news-comment-form lang="ar" article-id="4711" .client=${formClient()}></news-comment-form>`);
      const base = $(el, '[part="base"]');
      expect(base.getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle($(el, '#email')).direction).to.equal('ltr');
      const name = $(el, '#authorName');
      const label = name.labels![0]!;
      expect(label.getBoundingClientRect().right).to.be.closeTo(name.getBoundingClientRect().right, 2);
      const submitButton = $(el, '[part="submit"]');
      expect(submitButton.getBoundingClientRect().right).to.be.closeTo($(el, 'form').getBoundingClientRect().right, 2);
    });
  });
});

runConformanceSuite({
  tag: 'news-comment-form',
  render: (lang) => html`<news-comment-form lang=${lang} article-id="4711" .client=${formClient(undefined, (_url, req) => hang(req))}></news-comment-form>`,
});

runConformanceSuite({
  tag: 'news-comment-form',
  render: (lang) => html`<news-comment-form lang=${lang} article-id="4711" .client=${formClient()}></news-comment-form>`,
  settle: async (el) => {
    const form = el as NewsCommentForm;
    await fill(form, 'نظر من');
    form.shadowRoot!.querySelector<HTMLInputElement>('#email')!.dispatchEvent(new FocusEvent('blur'));
    type(form, 'email', 'x');
    await solved(form);
  },
});
