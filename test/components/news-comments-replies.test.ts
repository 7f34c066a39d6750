import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/comments/index.js';
import type { NewsComments } from '../../src/components/comments/news-comments.js';
import type { NewsCommentForm } from '../../src/components/comment-form/news-comment-form.js';
import { emit } from '../../src/events/emit.js';
import '../../src/events/news-comment-result.js';
import type { CommentDraft } from '../../src/sdk/schemas.js';
import { comment } from '../fixtures/data.js';
import { fakeClient } from '../support/fake-client.js';
import { powChallenge } from '../support/pow.js';
import { until } from '../support/until.js';

const root = (el: Element) => el.shadowRoot!;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const reply = (i: number, parent: string, extra = {}) => comment(100 + i, { parentId: parent, authorName: `Replier ${i}`, body: `Reply ${i}`, ...extra });

/** One comment with 5 replies: 3 come with it, 2 behind the cursor. */
function threadClient(posted: CommentDraft[] = []) {
  const replies = Array.from({ length: 5 }, (_, i) => reply(i + 1, 'c1'));
  return fakeClient({
    'GET /articles/4711/comments': () => ({
      items: [{ ...comment(1, { authorName: 'Ada' }), replyCount: 5, replies: replies.slice(0, 3), repliesCursor: 'r3' }, comment(2)],
      nextCursor: null,
    }),
    'GET /comments/c1/replies': (url) => {
      expect(url.searchParams.get('cursor')).to.equal('r3');
      return { items: replies.slice(3), nextCursor: null };
    },
    'GET /captcha': () => powChallenge(3),
    'POST /articles/4711/comments': async (_url, request) => {
      const draft = (await request.json()) as CommentDraft;
      posted.push(draft);
      return { status: 'pending', comment: comment(900, { authorName: draft.authorName, body: draft.body, parentId: draft.parentId }) };
    },
  });
}

async function shown(client = threadClient(), lang = 'en') {
  const el = await fixture<NewsComments>(html`<news-comments article-id="4711" lang=${lang} .client=${client}></news-comments>`);
  await until(() => !!root(el).querySelector('[part="replies"]'), 'the replies');
  return el;
}

const activeIn = (el: Element): Element | null => {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) {
    if (active === el) return active.shadowRoot.activeElement;
    active = active.shadowRoot.activeElement;
  }
  return active;
};

describe('<news-comments> replies', () => {
  afterEach(() => {
    fixtureCleanup();
    localStorage.clear();
  });

  it('shows replies under their comment, oldest first, each saying whom it answers, in its own direction', async () => {
    const el = await shown();
    const thread = root(el).querySelector('[data-id="c1"]')!;
    const replies = [...thread.querySelectorAll('[part~="reply"][data-id]')];
    expect(replies.map((r) => text(r.querySelector('[part="body"]')))).to.deep.equal(['Reply 1', 'Reply 2', 'Reply 3']);
    expect(text(replies[0]!.querySelector('[part="answering"]'))).to.equal('replying to Ada');
    expect(replies[0]!.querySelector('[part="answering"] bdi')!.textContent).to.equal('Ada');
    expect(replies[0]!.querySelector('[part="body"]')!.getAttribute('dir')).to.equal('auto');
    expect(text(root(el).querySelector('[part="heading"]'))).to.equal('7 comments');
    await expect(el).to.be.accessible();
  });

  it('"Show 2 more replies" fetches the rest through the cursor, then goes away', async () => {
    const el = await shown();
    const more = root(el).querySelector<HTMLButtonElement>('[part="more-replies"]')!;
    expect(text(more)).to.equal('Show 2 more replies');
    more.click();
    await until(() => root(el).querySelectorAll('[data-id="c1"] [part="replies"] > li').length === 5, 'all replies');
    await el.updateComplete;
    expect(root(el).querySelector('[part="more-replies"]')).to.equal(null);
  });

  it('Reply opens the form under the comment with the focus in it; Cancel and Escape close it and give the focus back', async () => {
    const el = await shown();
    const button = root(el).querySelector<HTMLButtonElement>('[data-id="c1"] > [part="reply"]')!;
    expect(button.getAttribute('aria-label')).to.equal('Reply to Ada');
    button.click();
    await until(() => !!root(el).querySelector('[data-id="c1"] news-comment-form'), 'the reply form');
    const form = root(el).querySelector<NewsCommentForm>('news-comment-form')!;
    await until(() => form.shadowRoot?.activeElement?.getAttribute('name') === 'authorName', 'the focus in the form');
    expect(form.parentId).to.equal('c1');
    expect(text(form.shadowRoot!.querySelector('[part="heading"]'))).to.equal('Reply to Ada');
    form.shadowRoot!.querySelector<HTMLButtonElement>('[part="cancel"]')!.click();
    await until(() => !root(el).querySelector('news-comment-form'), 'the form closed');
    expect(activeIn(el)).to.equal(button);

    button.click();
    await until(() => root(el).querySelector('news-comment-form')?.shadowRoot?.activeElement?.getAttribute('name') === 'authorName', 'the form again');
    await sendKeys({ press: 'Escape' });
    await until(() => !root(el).querySelector('news-comment-form'), 'closed by Escape');
    expect(activeIn(el)).to.equal(button);
  });

  it('a reply to a reply goes under the top-level comment, answering the reply\'s author', async () => {
    const el = await shown();
    root(el).querySelector<HTMLButtonElement>('[data-id="c101"] [part="reply"]')!.click();
    await until(() => !!root(el).querySelector('[data-id="c1"] news-comment-form'), 'the reply form');
    const form = root(el).querySelector<NewsCommentForm>('news-comment-form')!;
    expect(form.parentId).to.equal('c1');
    expect(form.replyTo).to.equal('Replier 1');
  });

  it('sends the reply with its parent; the pending reply appears in place for its author, with the focus on it', async () => {
    const posted: CommentDraft[] = [];
    const el = await shown(threadClient(posted));
    root(el).querySelector<HTMLButtonElement>('[data-id="c1"] > [part="reply"]')!.click();
    await until(() => !!root(el).querySelector('news-comment-form')?.shadowRoot?.querySelector('form'), 'the reply form');
    const form = root(el).querySelector<NewsCommentForm>('news-comment-form')!;
    for (const [name, value] of [['authorName', 'Lee'], ['email', 'lee@example.org'], ['body', 'I agree']] as const) {
      const input = form.shadowRoot!.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
      input.value = value;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    }
    await form.updateComplete;
    form.shadowRoot!.querySelector<HTMLFormElement>('form')!.requestSubmit();
    await until(() => !!root(el).querySelector('[data-id="c900"]'), 'the new reply', 8000);
    expect(posted[0]!.parentId).to.equal('c1');
    const mine = root(el).querySelector('[data-id="c900"]')!;
    expect(mine.closest('[data-id="c1"]')).to.not.equal(null);
    expect(text(mine.querySelector('[part="pending"]'))).to.contain('Awaiting moderation');
    await until(() => !root(el).querySelector('news-comment-form'), 'the form closed');
    expect(activeIn(el)).to.equal(mine);
  });

  it('shows a pending reply sent from another form on the page under its parent', async () => {
    const el = await shown();
    emit(document.body, 'news-comment-result', { status: 'pending', articleId: '4711', comment: comment(901, { parentId: 'c2', body: 'Elsewhere' }) });
    await el.updateComplete;
    const mine = root(el).querySelector('[data-id="c2"] [data-id="c901"]')!;
    expect(text(mine.querySelector('[part="body"]'))).to.equal('Elsewhere');
    expect(mine.querySelector('[part="pending"]')).to.not.equal(null);
  });

  it('offers no Reply where the back end takes no comments', async () => {
    const client = threadClient();
    Object.defineProperty(client, 'capabilities', { value: { ...client.capabilities, posting: false } });
    const el = await shown(client);
    expect(root(el).querySelector('[part="reply"]')).to.equal(null);
  });

  it('indents replies on the reading side: left in en, right in ar', async () => {
    const en = await shown();
    const ar = await shown(threadClient(), 'ar');
    const style = (el: NewsComments) => getComputedStyle(root(el).querySelector('[part="replies"]')!);
    expect(style(en).borderLeftWidth).to.equal('2px');
    expect(style(ar).borderRightWidth).to.equal('2px');
    expect(style(ar).borderLeftWidth).to.equal('0px');
  });
});
