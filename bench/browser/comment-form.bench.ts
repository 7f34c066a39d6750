/**
 * Runs in Chromium (bundled by bench/browser-runner.ts): first render of
 * <news-comment-form> against a hand-written vanilla custom element building
 * the same markup (shadow root with the same stylesheets, the labelled
 * fields, counter, captcha note, checkbox, submit button and status region,
 * with the same listeners). The form asks for its captcha only on focus; its
 * client here never answers and the benchmark fails if the form asked, so
 * only rendering is measured.
 */
import '../../src/components/comment-form/index.js';
import { NewsCommentForm } from '../../src/components/comment-form/news-comment-form.js';
import { loadDraft, loadIdentity } from '../../src/components/comment-form/drafts.js';
import type { NewsClient } from '../../src/sdk/client.js';
import { limits } from '../../src/sdk/limits.js';
import { compareAsync } from '../harness.js';
import { node, sheets, stage } from './dom.js';

const ARTICLE = '4711';
let captchaRequests = 0;
/** A client that never answers; the benchmark fails if the form asked it for a captcha (it would time proof of work). */
const noCaptcha = {
  getCaptcha: () => {
    captchaRequests++;
    return new Promise(() => {});
  },
} as unknown as NewsClient;

const number = new Intl.NumberFormat('en');
const noop = () => {};

/** What one would write by hand for the same form. */
class VanillaCommentForm extends HTMLElement {
  articleId = '';
  connectedCallback() {
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = sheets(NewsCommentForm.styles!);
    // The element restores a draft (or the remembered name and email) for its article; so does this one.
    const draft = loadDraft(this.articleId);
    const identity = loadIdentity();
    const section = node('section', { part: 'base', dir: 'ltr', 'aria-labelledby': 'heading' });
    const heading = node('h2', { part: 'heading', id: 'heading' });
    heading.append(node('slot', { name: 'heading' }, 'Leave a comment'));
    const form = node('form', { part: 'form' });
    form.addEventListener('submit', noop);
    form.addEventListener('invalid', noop, { capture: true });
    for (const type of ['keydown', 'focusin', 'compositionstart', 'compositionend']) form.addEventListener(type, noop);
    form.append(node('p', { class: 'note' }, 'Fields marked * are required. Your email is never shown.'));

    const field = (name: string, label: string, input: HTMLElement, ...after: HTMLElement[]) => {
      const div = node('div', { part: 'field', class: name });
      const labelNode = node('label', { part: 'label', for: name }, label);
      labelNode.append(node('span', { class: 'req', 'aria-hidden': 'true' }, '*'));
      input.addEventListener('input', noop);
      input.addEventListener('blur', noop);
      div.append(labelNode, input, ...after, node('p', { part: 'error', id: `${name}-error`, hidden: '' }));
      form.append(div);
    };
    const input = (name: string, type: string, autocomplete: string, max: number, dir: string, value = '') => {
      const el = node('input', { part: 'input', id: name, name, type, autocomplete, required: '', maxlength: String(max), dir, 'aria-invalid': 'false', 'aria-describedby': `${name}-error` }) as HTMLInputElement;
      el.value = value;
      return el;
    };
    field('authorName', 'Name', input('authorName', 'text', 'name', limits.name, 'auto', (draft ?? identity)?.authorName));
    field('email', 'Email', input('email', 'email', 'email', limits.email, 'ltr', (draft ?? identity)?.email));
    const body = node('textarea', { part: 'input', id: 'body', name: 'body', required: '', rows: '6', maxlength: String(limits.commentBody), dir: 'auto', 'aria-invalid': 'false', 'aria-describedby': 'body-error body-count' }) as HTMLTextAreaElement;
    body.value = draft?.body ?? '';
    const counter = node('p', { part: 'counter', id: 'body-count' });
    counter.append(
      node('span', { 'aria-hidden': 'true' }, `${number.format(body.value.length)} / ${number.format(limits.commentBody)}`),
      node('span', { class: 'visually-hidden' }, `Up to ${number.format(limits.commentBody)} characters.`),
    );
    field('body', 'Comment', body, counter, node('p', { class: 'visually-hidden', 'aria-live': 'polite' }));

    const trap = node('div', { class: 'hp', inert: '' });
    const trapLabel = node('label', {}, 'Website ');
    const website = node('input', { name: 'website', tabindex: '-1', autocomplete: 'off' });
    website.addEventListener('input', noop);
    trapLabel.append(website);
    trap.append(trapLabel);
    const captcha = node('div', { part: 'captcha', 'data-state': 'idle', 'aria-busy': 'false' });
    captcha.append(node('p', {}, 'The security check runs by itself when you start writing.'), node('p', { part: 'error', id: 'code-error', hidden: '' }));
    const remember = node('label', { class: 'remember' });
    const checkbox = node('input', { type: 'checkbox' }) as HTMLInputElement;
    checkbox.checked = !!identity;
    checkbox.addEventListener('change', noop);
    remember.append(checkbox, ' Remember my name and email on this device');
    form.append(
      trap,
      captcha,
      remember,
      node('button', { part: 'submit', type: 'submit', 'aria-disabled': 'false' }, 'Send comment'),
      node('p', { part: 'status', role: 'status' }),
    );
    section.append(heading, form);
    root.append(section);
  }
}
customElements.define('vanilla-comment-form', VanillaCommentForm);

async function commentForm() {
  const el = document.createElement('news-comment-form');
  el.client = noCaptcha;
  el.articleId = ARTICLE;
  stage.replaceChildren(el);
  await el.updateComplete;
  void el.shadowRoot!.firstElementChild!.getBoundingClientRect();
  if (captchaRequests) throw new Error('<news-comment-form> asked for a captcha without focus: this would time proof of work, not rendering');
}

async function commentFormVanilla() {
  const el = document.createElement('vanilla-comment-form') as VanillaCommentForm;
  el.articleId = ARTICLE;
  stage.replaceChildren(el);
  void el.shadowRoot!.firstElementChild!.getBoundingClientRect();
}

export async function runCommentFormBench(samples = 21, warmup = 5) {
  // No draft and no remembered identity: the empty form a new reader sees.
  localStorage.clear();
  return [
    await compareAsync('<news-comment-form> first render', ['<news-comment-form>', commentForm], ['vanilla custom element', commentFormVanilla], { samples, warmup }),
  ];
}
