import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/comment-form/index.js';
import type { NewsCommentForm } from '../src/components/comment-form/news-comment-form.js';
import { clearDraft } from '../src/components/comment-form/drafts.js';
import type { CodeCaptcha, CommentDraft } from '../src/sdk/schemas.js';
import { comment } from '../test/fixtures/data.js';
import { powChallenge } from '../test/support/pow.js';
import { fakeClient, hang, json, type Route } from '../test/support/fake-client.js';

// ---- The server ----------------------------------------------------------

/** A proof of work that takes a moment (about 1,000 hashes). */
const quickPow: Route = () => powChallenge(1_000);

/** Digits drawn in an SVG, the way an image-code captcha looks. */
const CODE_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="180" height="64" viewBox="0 0 180 64">
<rect width="180" height="64" fill="#f3efe6"/>
<path d="M0 42 C40 12 100 62 180 20" stroke="#a39679" stroke-width="2" fill="none"/>
<path d="M0 18 C50 40 120 4 180 46" stroke="#c4b89c" stroke-width="1.5" fill="none"/>
${[...'40721']
  .map((digit, i) => {
    const x = 20 + i * 32;
    const angle = [-12, 9, -6, 14, -9][i];
    return `<text x="${x}" y="${i % 2 ? 40 : 46}" transform="rotate(${angle} ${x} 40)" font-family="Georgia, serif" font-size="36" font-weight="700" fill="#3a3226">${digit}</text>`;
  })
  .join('')}
</svg>`;
const imageCode: Route = (): CodeCaptcha => ({
  kind: 'code',
  token: 'story-token',
  image: `data:image/svg+xml;base64,${btoa(CODE_SVG)}`,
  width: 180,
  height: 64,
  length: 5,
});

/** The server's answer to a comment: 201 published or 202 pending, echoing the comment. */
const accepted =
  (status: 'published' | 'pending'): Route =>
  async (_url, request) => {
    const draft = (await request.json()) as CommentDraft;
    return json(status === 'published' ? 201 : 202, { status, comment: comment(90, { articleId: '4711', authorName: draft.authorName, body: draft.body }) });
  };

/** A client whose captcha and comment route answer as given. */
const client = (post: Route = accepted('published'), captcha: Route = quickPow) =>
  fakeClient({ 'GET /captcha': captcha, 'POST /articles/4711/comments': post }, { timeoutMs: 600_000 });

// ---- Driving the form into a state ---------------------------------------

type Drive = (el: NewsCommentForm) => Promise<void>;

const inside = <T extends Element = HTMLInputElement>(el: NewsCommentForm, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;

/** Types a value the way a person does: the value, then an input event. */
function type(el: NewsCommentForm, name: string, value: string): void {
  const input = inside<HTMLInputElement | HTMLTextAreaElement>(el, `[name="${name}"]`);
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

/** Waits (up to 10 s) until `check` holds. */
async function until(check: () => boolean): Promise<void> {
  for (const end = Date.now() + 10_000; !check() && Date.now() < end; ) await new Promise((r) => setTimeout(r, 20));
}

const captchaIs = (el: NewsCommentForm, state: string) => () => inside(el, '[part="captcha"]').dataset.state === state;

const fill: Drive = async (el) => {
  type(el, 'authorName', 'Sara');
  type(el, 'email', 'sara@example.org');
  type(el, 'body', 'Will the children’s floor be open on weekends too? The old branch closed at six.');
  await el.updateComplete;
};

const submit = (el: NewsCommentForm) => inside<HTMLFormElement>(el, 'form').requestSubmit();

/** Filled in, with the security check done. */
const filled: Drive = async (el) => {
  await fill(el);
  await until(captchaIs(el, 'done'));
};

/** Filled in, security check done, and sent. */
const sent: Drive = async (el) => {
  await filled(el);
  submit(el);
};

/**
 * A fresh `<news-comment-form article-id="4711">` (no draft left over from
 * another story), driven by `drive` once it has rendered.
 */
function commentForm(options: { lang?: string; client?: ReturnType<typeof client>; closed?: boolean; drive?: Drive } = {}): NewsCommentForm {
  clearDraft('4711');
  const el = document.createElement('news-comment-form');
  el.articleId = '4711';
  el.client = options.client ?? client();
  if (options.lang) el.lang = options.lang;
  el.closed = options.closed ?? false;
  const { drive } = options;
  if (drive) void el.updateComplete.then(() => drive(el));
  return el;
}

// ---- Stories --------------------------------------------------------------

/**
 * Write a comment: labelled native fields, a security check solved in the
 * background once the person starts writing (or an image code), and a status
 * line for what became of the comment. The draft survives failures.
 */
const meta: Meta<{ lang: string }> = {
  title: 'Elements/news-comment-form',
  component: 'news-comment-form',
  args: { lang: '' },
  argTypes: { lang: { control: 'select', options: ['', 'en', 'ar', 'fa', 'ur'] } },
  render: ({ lang }) => commentForm({ lang }),
};
export default meta;

type Story = StoryObj<{ lang: string }>;

export const English: Story = { args: { lang: 'en' } };
export const Arabic: Story = { args: { lang: 'ar' }, globals: { locale: 'ar' } };
export const Persian: Story = { args: { lang: 'fa' }, globals: { locale: 'fa' } };
export const Urdu: Story = { args: { lang: 'ur' }, globals: { locale: 'ur' } };

/** Fields filled in and the security check done: ready to send. */
export const Filled: Story = { render: () => commentForm({ drive: filled }) };

/**
 * Sent empty: every field shows its error, and the first takes the focus (which
 * would scroll the docs page to it, so the story is left off that page).
 */
export const Invalid: Story = { tags: ['!autodocs'], render: () => commentForm({ drive: async (el) => submit(el) }) };

/**
 * The proof of work is still being solved (a long one, minutes of hashing): the
 * progress bar shows. Left off the docs page, which would hash along with it.
 */
export const SolvingCaptcha: Story = {
  tags: ['!autodocs'],
  render: () => commentForm({ client: client(undefined, () => powChallenge(29_990_000, 30_000_000)), drive: fill }),
};

/** The server chose an image code: the person types the digits (40721). */
export const ImageCaptcha: Story = {
  render: () =>
    commentForm({
      client: client(undefined, imageCode),
      drive: async (el) => {
        await fill(el);
        await until(captchaIs(el, 'code'));
      },
    }),
};

/** Sent, and the server has not answered yet. */
export const Submitting: Story = { render: () => commentForm({ client: client((_url, request) => hang(request)), drive: sent }) };

/** The server holds the comment for moderation (202). */
export const Pending: Story = { render: () => commentForm({ client: client(accepted('pending')), drive: sent }) };

/** The server published the comment (201): the text is cleared, name and email stay. */
export const Published: Story = { render: () => commentForm({ client: client(accepted('published')), drive: sent }) };

/** Too many comments (429, Retry-After: 42): the send button waits. */
export const RateLimited: Story = {
  render: () => commentForm({ client: client(() => json(429, { error: { code: 'rate_limited', message: '' } }, { 'retry-after': '42' })), drive: sent }),
};

/** The request failed on the network: the comment is kept, with a retry. */
export const Offline: Story = {
  render: () => commentForm({ client: client(() => Promise.reject(new TypeError('Failed to fetch'))), drive: sent }),
};

/** Comments on the article are closed. */
export const Closed: Story = { render: () => commentForm({ closed: true }) };

/** A reply form, as `<news-comments>` opens it under a comment: whom it answers, Send reply and Cancel. */
export const Reply: Story = {
  args: { lang: '' },
  render: ({ lang }) => {
    const el = commentForm({ ...(lang && { lang }) });
    el.parentId = 'c1';
    el.replyTo = lang === 'ar' ? 'علي' : lang === 'fa' ? 'علی' : lang === 'ur' ? 'علی' : 'Ali';
    return el;
  },
};
export const ReplyArabic: Story = { ...Reply, args: { lang: 'ar' }, globals: { locale: 'ar' } };

/** On a back end that takes no comments from readers (a CMS adapter's client says so). */
export const NotTaken: Story = {
  render: () => {
    const c = client();
    Object.defineProperty(c, 'capabilities', { value: { ...c.capabilities, posting: false } });
    return commentForm({ client: c });
  },
};

/** In a dark colour scheme, with text in the fields and an error showing. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  render: () =>
    commentForm({
      drive: async (el) => {
        await filled(el);
        type(el, 'email', 'sara@');
        inside(el, '#email').dispatchEvent(new FocusEvent('blur'));
      },
    }),
};

/** `loading="lazy"` far below the fold: a heading and reserved space until it comes near the viewport (scroll down) or the page is idle. */
export const Lazy: Story = {
  render: () => {
    const el = commentForm();
    el.loading = 'lazy';
    return html`<p>Scroll down: the form renders when it comes near.</p>
      <div style="block-size: 150vh"></div>
      ${el}`;
  },
};
