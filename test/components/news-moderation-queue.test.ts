import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/moderation-queue/index.js';
import type { NewsModerationQueue } from '../../src/components/moderation-queue/news-moderation-queue.js';
import type { ModeratedComment } from '../../src/sdk/admin.js';
import { moderated } from '../fixtures/data.js';
import { fakeAdminClient, fakeFetch, hang, json } from '../support/fake-client.js';
import { fakeQueue, queueClient } from '../support/fake-moderation.js';
import { until } from '../support/until.js';
import { runConformanceSuite, type TestLocale } from '../suites/element-conformance.js';

const root = (el: NewsModerationQueue) => el.shadowRoot!;
const q = <T extends Element = HTMLElement>(el: NewsModerationQueue, s: string) => root(el).querySelector<T>(s)!;
const all = <T extends Element = HTMLElement>(el: NewsModerationQueue, s: string) => [...root(el).querySelectorAll<T>(s)];
const bodies = (el: NewsModerationQueue) => all(el, '[part="body"]').map((p) => p.textContent);
const counts = (el: NewsModerationQueue) => all(el, '[part="count"]').map((c) => c.textContent);
const items = (el: NewsModerationQueue, n: number) => until(() => all(el, '[part="item"]').length === n, `${n} items`);
const button = (el: NewsModerationQueue, text: string, scope = '') =>
  all<HTMLButtonElement>(el, `${scope} button`).find((b) => b.textContent!.trim() === text)!;
const alertText = (el: NewsModerationQueue) => root(el).querySelector('[role="alert"]')?.textContent ?? '';
const toastText = (el: NewsModerationQueue) => root(el).querySelector('[part="toast"]')?.textContent ?? '';
const focusedId = (el: NewsModerationQueue) => (root(el).activeElement as HTMLElement | null)?.dataset.id;

const QUEUE = () => [
  moderated(1, { body: 'First: please check my link', holdCode: 'links' }),
  moderated(2, { body: 'Second comment', holdCode: 'rule', holdReason: 'banned word “spam”', parentId: 'c1' }),
  moderated(3, { body: 'Third comment', holdCode: 'mystery_code' }),
  moderated(4, { body: 'Already fine', status: 'approved', moderatedAt: '2026-11-01T12:00:00Z' }),
];

async function queue(comments: ModeratedComment[] = QUEUE(), overrides = {}) {
  const client = queueClient(comments, overrides);
  const el = await fixture<NewsModerationQueue>(html`<news-moderation-queue .client=${client}></news-moderation-queue>`);
  await until(() => counts(el).length === 3 && !q(el, '[part="panel"]').getAttribute('aria-busy')?.includes('true'), 'the queue');
  return { el, client };
}

const LOCALIZED: Record<TestLocale, Partial<ModeratedComment>> = {
  en: { body: 'A thoughtful remark.', articleTitle: 'City council opens the new library' },
  ar: { body: 'تعليق مدروس.', authorName: 'علي', articleTitle: 'المجلس البلدي يفتتح المكتبة' },
  fa: { body: 'نظری سنجیده.', authorName: 'علی', articleTitle: 'شورای شهر کتابخانه را افتتاح کرد' },
  ur: { body: 'ایک سنجیدہ رائے۔', authorName: 'علی', articleTitle: 'سٹی کونسل نے لائبریری کھول دی' },
};

describe('<news-moderation-queue>', () => {
  afterEach(() => {
    fixtureCleanup();
    sessionStorage.clear();
  });

  describe('rendering', () => {
    it('lists pending comments oldest first with article, author, time, text in its direction and why each was held', async () => {
      const { el } = await queue([moderated(2, { body: 'Later' }), moderated(1, { body: 'Earlier', holdCode: 'links' })]);
      expect(bodies(el)).to.deep.equal(['Earlier', 'Later']);
      const first = q(el, '[part="item"]');
      expect(first.querySelector('[part="article"]')!.textContent).to.equal('City council opens the new public library');
      expect(first.querySelector('bdi[part="author"]')!.textContent).to.equal('Ali');
      expect(first.querySelector('time')!.title).to.match(/2026/);
      expect(first.querySelector('[part="body"]')!.getAttribute('dir')).to.equal('auto');
      expect(first.querySelector('[part="reason"]')!.textContent).to.contain('Contains links');
    });

    it('words each hold code, shows a site rule\'s detail and unknown codes as given, and marks replies', async () => {
      const { el } = await queue();
      const reasons = all(el, '[part="reason"]').map((r) => r.textContent!.replace(/\s+/g, ' ').trim());
      expect(reasons).to.deep.equal(['Held: Contains links', 'Held: Matched a site rule: banned word “spam”', 'Held: mystery_code']);
      expect(all(el, '[part="item"]')[1]!.querySelector('[part="reply"]')!.textContent).to.contain('Reply');
      expect(all(el, '[part="item"]')[0]!.querySelector('[part="reply"]')).to.equal(null);
    });

    it('says there is nothing to moderate when the queue is empty', async () => {
      const { el } = await queue([]);
      expect(q(el, '[part="status"]').textContent).to.contain('Nothing to moderate.');
      expect(counts(el)).to.deep.equal(['0', '0', '0']);
    });

    it('shows an offline state with Try again when the server cannot be reached', async () => {
      let offline = true;
      const server = fakeQueue(QUEUE());
      const list = server.routes['GET /admin/comments']!;
      const client = fakeAdminClient({ ...server.routes, 'GET /admin/comments': (url, request) => (offline ? Promise.reject(new TypeError('Failed to fetch')) : list(url, request)) });
      const el = await fixture<NewsModerationQueue>(html`<news-moderation-queue .client=${client}></news-moderation-queue>`);
      await until(() => !!root(el).querySelector('[part="status"][role="alert"]'), 'the offline state');
      expect(q(el, '[part="status"]').textContent).to.contain('offline');
      offline = false;
      q<HTMLButtonElement>(el, '[part="status"] button').click();
      await items(el, 3);
    });

    it('shows a loading state while the first page is on its way', async () => {
      const client = queueClient([], { 'GET /admin/comments': (_u, r) => hang(r) });
      const el = await fixture<NewsModerationQueue>(html`<news-moderation-queue .client=${client}></news-moderation-queue>`);
      await el.updateComplete;
      expect(q(el, '[part="status"]').textContent).to.contain('Loading');
    });
  });

  describe('signing in', () => {
    const realFetch = window.fetch;
    afterEach(() => {
      window.fetch = realFetch;
    });

    it('asks for the token in a labelled field, keeps it in sessionStorage only, then loads the queue', async () => {
      const server = fakeQueue(QUEUE());
      const seen: string[] = [];
      window.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
        const request = new Request(input, init);
        seen.push(request.headers.get('authorization') ?? '');
        return fakeFetch(server.routes)(request);
      }) as typeof fetch;
      const el = await fixture<NewsModerationQueue>(html`<news-moderation-queue base-url="https://news.example.org/api"></news-moderation-queue>`);
      const input = q<HTMLInputElement>(el, 'input#token');
      expect(q(el, 'label[for="token"]').textContent).to.equal('Admin token');
      input.focus();
      await sendKeys({ type: 'secret-token-1' });
      expect(root(el).querySelector('[part="item"]'), 'typing "a" or "r" in the field is no shortcut').to.equal(null);
      await sendKeys({ press: 'Enter' });
      await items(el, 3);
      expect(seen.every((h) => h === 'Bearer secret-token-1')).to.equal(true);
      expect(Object.values({ ...sessionStorage })).to.include('secret-token-1');
      expect(Object.values({ ...localStorage })).not.to.include('secret-token-1');
      // A second element on the same API root (a reload) signs in from sessionStorage.
      const again = await fixture<NewsModerationQueue>(html`<news-moderation-queue base-url="https://news.example.org/api"></news-moderation-queue>`);
      await items(again, 3);
    });

    it('on a 401, forgets the token and asks for it again with a message', async () => {
      sessionStorage.setItem('news-moderation-token https://news.example.org/api', 'expired-token');
      window.fetch = fakeFetch({ '.*': () => json(401, { error: { code: 'unauthorized', message: 'Bad token' } }) });
      const el = await fixture<NewsModerationQueue>(html`<news-moderation-queue base-url="https://news.example.org/api"></news-moderation-queue>`);
      await until(() => !!root(el).querySelector('[part="sign-in"]'), 'the sign-in form');
      expect(alertText(el)).to.contain('did not accept the token');
      expect(sessionStorage.length).to.equal(0);
    });

    it('refuses what cannot be a token without asking the server', async () => {
      const el = await fixture<NewsModerationQueue>(html`<news-moderation-queue base-url="https://news.example.org/api"></news-moderation-queue>`);
      q<HTMLInputElement>(el, 'input#token').value = 'short';
      q<HTMLFormElement>(el, 'form').requestSubmit();
      await el.updateComplete;
      expect(alertText(el)).to.contain('not an admin token');
    });
  });

  describe('tabs', () => {
    it('shows counts in each tab and lists the approved ones in their tab, with Reject and Back to queue', async () => {
      const { el } = await queue();
      expect(counts(el)).to.deep.equal(['3', '1', '0']);
      expect(q(el, '[role="tab"][aria-selected="true"]').textContent).to.contain('Pending');
      q<HTMLButtonElement>(el, '#tab-approved').click();
      await until(() => bodies(el).join() === 'Already fine', 'the approved tab');
      expect(all(el, '[part~="action"]').map((b) => b.textContent!.trim())).to.deep.equal(['Reject', 'Back to queue']);
      expect(q(el, '[role="tabpanel"]').getAttribute('aria-labelledby')).to.equal('tab-approved');
    });

    it('moves between tabs with the arrow keys, forward to the right in LTR and to the left in RTL', async () => {
      const { el } = await queue();
      q(el, '#tab-pending').focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(root(el).activeElement!.id).to.equal('tab-approved');
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(root(el).activeElement!.id).to.equal('tab-rejected');
      await until(() => q(el, '[part="status"]')?.textContent!.includes('No rejected comments.'), 'the empty rejected tab');
      el.lang = 'ar';
      await el.updateComplete;
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(root(el).activeElement!.id, 'ArrowLeft goes forward in RTL (wrapping)').to.equal('tab-pending');
    });
  });

  describe('decisions', () => {
    it('approves one at once: it leaves the list, the counts move, focus goes to the next, and news-moderation follows', async () => {
      const { el, client } = await queue();
      const event = oneEvent(el, 'news-moderation');
      button(el, 'Approve', '[data-id="c1"]').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(bodies(el)).to.deep.equal(['Second comment', 'Third comment']);
      expect(counts(el)).to.deep.equal(['2', '2', '0']);
      const { detail } = await event;
      expect(detail).to.deep.equal({ action: 'approve', ids: ['c1'], status: 'approved' });
      expect(client.queue.comments.find((c) => c.id === 'c1')!.status).to.equal('approved');
      expect(client.calls).to.include('POST /admin/comments/c1/approve');
      await until(() => toastText(el).includes('Comment approved.'), 'the undo toast');
      expect(focusedId(el)).to.equal('c2');
    });

    it('rejects the selected ones together from the bulk bar', async () => {
      const { el, client } = await queue();
      all<HTMLInputElement>(el, '[part="select"]')[0]!.click();
      all<HTMLInputElement>(el, '[part="select"]')[2]!.click();
      await el.updateComplete;
      expect(q(el, '[part="bulk"]').textContent).to.contain('Selected: 2');
      const event = oneEvent(el, 'news-moderation');
      button(el, 'Reject selected').click();
      expect((await event).detail).to.deep.equal({ action: 'reject', ids: ['c1', 'c3'], status: 'rejected' });
      expect(bodies(el)).to.deep.equal(['Second comment']);
      expect(counts(el)).to.deep.equal(['1', '1', '2']);
      expect(root(el).querySelector('[part="bulk"]')).to.equal(null);
      expect(client.queue.comments.filter((c) => c.status === 'rejected').map((c) => c.id)).to.deep.equal(['c1', 'c3']);
      await until(() => toastText(el).includes('Comments rejected: 2'), 'the toast');
    });

    it('puts a comment back in place with an alert when the server refuses (500)', async () => {
      const { el } = await queue(QUEUE(), { 'POST /admin/comments/c2/approve': () => json(500, { error: { code: 'internal', message: 'boom' } }) });
      const errors: string[] = [];
      el.addEventListener('news-error', (e) => errors.push(e.detail.operation));
      button(el, 'Approve', '[data-id="c2"]').click();
      await el.updateComplete;
      expect(bodies(el), 'optimistic').to.not.include('Second comment');
      await until(() => bodies(el)[1] === 'Second comment', 'the rollback');
      expect(bodies(el)).to.deep.equal(['First: please check my link', 'Second comment', 'Third comment']);
      expect(counts(el)).to.deep.equal(['3', '1', '0']);
      expect(alertText(el)).to.contain('refused');
      expect(errors).to.deep.equal(['approve-comment']);
    });

    it('says "Already approved by someone else." when another moderator decided first (409), and fixes the counts', async () => {
      const { el, client } = await queue();
      client.queue.decideElsewhere('c1', 'approved');
      const events: unknown[] = [];
      el.addEventListener('news-moderation', (e) => events.push(e.detail));
      button(el, 'Reject', '[data-id="c1"]').click();
      await until(() => alertText(el).includes('Already approved by someone else.'), 'the conflict message');
      expect(bodies(el)).to.not.include('First: please check my link');
      await until(() => counts(el).join() === '2,2,0', 'the server\'s counts');
      expect(events).to.deep.equal([]);
      expect(client.queue.comments.find((c) => c.id === 'c1')!.status, 'nothing changed twice').to.equal('approved');
    });

    it('undoes within the toast\'s time through restore, from the status it was given', async () => {
      const { el, client } = await queue();
      button(el, 'Approve', '[data-id="c1"]').click();
      await until(() => !!button(el, 'Undo', '[part="toast"]'), 'the Undo button');
      const event = oneEvent(el, 'news-moderation');
      button(el, 'Undo', '[part="toast"]').click();
      expect((await event).detail).to.deep.equal({ action: 'restore', ids: ['c1'], status: 'pending' });
      expect(client.calls.at(-1)).to.equal('POST /admin/comments/c1/restore');
      expect(bodies(el)[0]).to.equal('First: please check my link');
      expect(counts(el)).to.deep.equal(['3', '1', '0']);
      expect(client.queue.comments.find((c) => c.id === 'c1')!.status).to.equal('pending');
    });

    it('loads more by cursor', async () => {
      const client = queueClient(Array.from({ length: 5 }, (_, i) => moderated(i + 1)));
      const el = await fixture<NewsModerationQueue>(html`<news-moderation-queue page-size="2" .client=${client}></news-moderation-queue>`);
      await items(el, 2);
      q<HTMLButtonElement>(el, '[part="more"]').click();
      await items(el, 4);
      q<HTMLButtonElement>(el, '[part="more"]').click();
      await items(el, 5);
      expect(root(el).querySelector('[part="more"]')).to.equal(null);
    });
  });

  describe('keyboard', () => {
    it('j/k and the arrows move between comments, x selects, a approves, r rejects, u undoes', async () => {
      const { el, client } = await queue();
      q(el, '[part="item"]').focus();
      await sendKeys({ press: 'j' });
      await el.updateComplete;
      expect(focusedId(el)).to.equal('c2');
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(focusedId(el)).to.equal('c3');
      await sendKeys({ press: 'k' });
      await el.updateComplete;
      expect(focusedId(el)).to.equal('c2');
      expect(all(el, '[part="item"]').map((li) => li.tabIndex)).to.deep.equal([-1, 0, -1]);
      await sendKeys({ press: 'x' });
      await el.updateComplete;
      expect(q(el, '[part="bulk"]').textContent).to.contain('Selected: 1');
      await sendKeys({ press: 'x' });
      await el.updateComplete;
      expect(root(el).querySelector('[part="bulk"]')).to.equal(null);
      await sendKeys({ press: 'a' });
      await until(() => client.queue.comments.find((c) => c.id === 'c2')!.status === 'approved', 'c2 approved');
      expect(focusedId(el)).to.equal('c3');
      await sendKeys({ press: 'r' });
      await until(() => client.queue.comments.find((c) => c.id === 'c3')!.status === 'rejected', 'c3 rejected');
      expect(focusedId(el), 'the one before, at the end of the list').to.equal('c1');
      await until(() => !!button(el, 'Undo', '[part="toast"]'), 'the Undo button');
      await sendKeys({ press: 'u' });
      await until(() => client.queue.comments.find((c) => c.id === 'c3')!.status === 'pending', 'c3 back in the queue');
      expect(bodies(el)).to.deep.equal(['First: please check my link', 'Third comment']);
    });

    it('j from a tab goes to the first comment', async () => {
      const { el } = await queue();
      q(el, '#tab-pending').focus();
      await sendKeys({ press: 'j' });
      await el.updateComplete;
      expect(focusedId(el)).to.equal('c1');
    });

    it('ignores shortcuts with Ctrl, Alt or Meta', async () => {
      const { el, client } = await queue();
      q(el, '[part="item"]').focus();
      await sendKeys({ press: 'Control+a' });
      await sendKeys({ press: 'Alt+r' });
      await el.updateComplete;
      expect(bodies(el)).to.have.length(3);
      expect(client.calls.filter((c) => c.startsWith('POST'))).to.deep.equal([]);
    });

    it('? opens a dialog listing the shortcuts, which ignores them; Escape closes it and focus returns', async () => {
      const { el, client } = await queue();
      const item = all(el, '[part="item"]')[1]!;
      item.focus();
      await sendKeys({ press: 'Shift+Slash' });
      await el.updateComplete;
      const dialog = q<HTMLDialogElement>(el, 'dialog');
      expect(dialog.open).to.equal(true);
      const text = dialog.textContent!;
      for (const what of ['Next comment', 'Previous comment', 'Approve', 'Reject', 'Select or unselect', 'Undo the last decision']) expect(text).to.contain(what);
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'a' });
      expect(client.calls.filter((c) => c.startsWith('POST')), 'no shortcut while the dialog is open').to.deep.equal([]);
      await sendKeys({ press: 'Escape' });
      await until(() => !dialog.open, 'the dialog to close');
      expect(root(el).activeElement).to.equal(item);
    });
  });

  runConformanceSuite({
    tag: 'news-moderation-queue',
    render: (lang) => html`<news-moderation-queue lang=${lang} .client=${queueClient([moderated(1, LOCALIZED[lang]), moderated(2, { ...LOCALIZED[lang], parentId: 'c1', holdCode: 'reported' })])}></news-moderation-queue>`,
    settle: (el) => until(() => el.shadowRoot!.querySelectorAll('[part="item"]').length === 2 && el.shadowRoot!.querySelectorAll('[part="count"]').length === 3, 'the queue'),
  });
});
