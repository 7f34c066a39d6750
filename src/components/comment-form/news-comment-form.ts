import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from '../../internal/decorators.js';
import type { NewsClient } from '../../sdk/client.js';
import type { NewsHttpError, NewsValidationError } from '../../sdk/errors.js';
import { emailPattern, limits } from '../../sdk/limits.js';
import type { CaptchaAnswer, CodeCaptcha, CommentDraft } from '../../sdk/schemas.js';
import { emit } from '../../events/emit.js';
import '../../events/news-error.js';
import type { NewsArticleLoadDetail } from '../../events/news-article-load.js';
import '../../events/news-comment-submit.js';
import '../../events/news-comment-result.js';
import { formatNumber, normalizeDigits } from '../../internal/format.js';
import { LazyRender } from '../../internal/lazy-render.js';
import { Loader } from '../../internal/loader.js';
import { NewsElement } from '../../internal/news-element.js';
import { clearDraft, commenterKey, loadDraft, loadIdentity, saveDraft, saveIdentity, type Fields } from './drafts.js';
import { solvePow } from './pow.js';
import { styles } from './news-comment-form.styles.js';

type Field = keyof Fields | 'code';
/** What the last submission came to; `idle` before any. */
type Outcome = 'idle' | 'sending' | 'published' | 'pending' | 'received' | 'limited' | 'offline' | 'invalid' | 'refused';
/** A solved proof of work, or an image code waiting for the person. */
type Challenge = Extract<CaptchaAnswer, { kind: 'pow' }> | CodeCaptcha;

const FIELDS: Field[] = ['authorName', 'email', 'body', 'code'];
/** Remaining characters at which the counter speaks up. */
const STEPS = [0, 10, 25, 50, 100];

/**
 * The comment form: name, email, comment and a security check, as a native
 * `<form>` with real inputs, so the browser's autofill and validation work.
 *
 * - The security check is the server's captcha: a proof of work solved in
 *   the background once the person starts writing (progress shown, nothing to
 *   type), or an image code with a field and a "new code" button. After every
 *   submission a fresh one is prepared, so a second comment needs no reload.
 * - Fields are checked against the contract's limits on blur and on submit,
 *   with localized messages the browser's own validation shows too; the
 *   server's field errors land on the same fields.
 * - The draft stays in localStorage per article while typing and is cleared
 *   only when the server accepted it. A retry after a failure resends the
 *   same request with the same Idempotency-Key, so it is never stored twice.
 * - Enter while an input method is composing never submits.
 * - When the article's comments are closed (`closed`, a `<news-article>` for
 *   the same article, or the server's answer), a message shows instead.
 *
 * @tag news-comment-form
 * @summary Write a comment: labelled fields, background captcha, drafts that survive failures.
 *
 * @slot heading - Replaces the "Leave a comment" heading.
 *
 * @csspart base - The section, carrying the locale's direction.
 * @csspart heading - The heading.
 * @csspart form - The form.
 * @csspart field - Each label and input pair.
 * @csspart label - Each label.
 * @csspart input - Each input and the textarea.
 * @csspart error - A field's error message.
 * @csspart counter - The comment's character count.
 * @csspart captcha - The security check.
 * @csspart progress - The proof-of-work progress bar.
 * @csspart submit - The send button.
 * @csspart status - What became of the submission.
 * @csspart retry - The "try again" button after a failed send.
 * @csspart closed - The message shown when comments are closed.
 *
 * @cssprop --news-lazy-size - Space reserved while `loading="lazy"` waits (default 36rem).
 * @cssprop --news-color-text - Text colour.
 * @cssprop --news-color-muted - Hints and counter.
 * @cssprop --news-color-border - Input borders.
 * @cssprop --news-color-accent - Required marks and errors.
 * @cssprop --news-color-surface - Input background.
 * @cssprop --news-color-focus - Focus ring.
 * @cssprop --news-radius - Corner radius.
 * @cssprop --news-font-family - Font stack (per-script defaults otherwise).
 *
 * @fires news-comment-submit - Before sending; cancelable (detail `{ articleId, authorName, body }`).
 * @fires news-comment-result - What became of it: `published`, `pending` (with the comment) or `error` (with the error).
 * @fires news-error - The security check could not be loaded (detail `{ error, operation: 'load-captcha' }`).
 */
export class NewsCommentForm extends NewsElement {
  static override styles = styles;

  /** The article the comment is for. */
  @property({ attribute: 'article-id' }) articleId?: string;

  /** The API client; defaults to the provider's. */
  @property({ attribute: false }) client?: NewsClient;

  /** Comments are closed: a message shows instead of the form. */
  @property({ type: Boolean, reflect: true }) closed = false;

  /** `lazy`: renders (and reads the saved draft) when near the viewport or once the page is idle, a heading and reserved space until then. */
  @property() loading: 'eager' | 'lazy' = 'eager';

  @state() private _fields: Fields = { authorName: '', email: '', body: '' };
  @state() private _code = '';
  @state() private _touched = new Set<Field>();
  /** Errors the server sent, per field, until the field changes. */
  @state() private _serverErrors: Partial<Record<Field, string>> = {};
  @state() private _outcome: Outcome = 'idle';
  @state() private _retryAt = 0;
  /** The wait the server asked for, in seconds, as announced. */
  private _wait = 0;
  @state() private _progress = 0;
  @state() private _remember = false;

  private readonly _lazy = new LazyRender(this);
  private readonly _captcha = new Loader<Challenge>(this, (error) =>
    emit(this, 'news-error', { error: error as Error, operation: 'load-captcha' }),
  );
  private _website = '';
  private _key: string | undefined;
  private _sent: CommentDraft | undefined;
  private _composing = false;
  private _loadedFor: string | undefined;
  private _timer: ReturnType<typeof setInterval> | undefined;
  /** True once the person began: the captcha is solved only for people who write. */
  private _started = false;
  private _captchaRun: Promise<void> = Promise.resolve();

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('news-article-load', this._onArticle);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('news-article-load', this._onArticle);
    clearInterval(this._timer);
  }

  private get _client(): NewsClient | undefined {
    return this.client ?? this.newsContext?.client;
  }

  private _onArticle = (event: CustomEvent<NewsArticleLoadDetail>) => {
    const { article } = event.detail;
    if (article.id === this.articleId) this.closed = !article.commentsOpen;
  };

  protected override willUpdate(): void {
    if (!this._lazy.ready) return;
    if (this.articleId !== this._loadedFor) {
      this._loadedFor = this.articleId;
      this._restore();
    }
    if (this.closed) {
      if (this._captcha.status === 'pending') this._captcha.reset();
      return;
    }
    // A captcha cut short by a disconnect, or for a client that arrived later, starts again.
    if (this._captcha.status === 'idle' && this._started && this._client) this._prepareCaptcha();
  }

  protected override updated(): void {
    // The browser's own validation (reportValidity, the submit check) shows the same messages as the page.
    for (const field of FIELDS) {
      const input = this.renderRoot.querySelector<HTMLInputElement>(`[name="${field}"]`);
      input?.setCustomValidity(this._error(field) ?? '');
    }
  }

  private _restore(): void {
    const id = this.articleId;
    const draft = id ? loadDraft(id) : undefined;
    const identity = loadIdentity();
    this._remember = !!identity;
    const from = draft ?? identity;
    this._fields = { authorName: from?.authorName ?? '', email: from?.email ?? '', body: draft?.body ?? '' };
    this._key = draft?.key;
    this._sent = draft?.sent;
    this._touched = new Set();
    this._serverErrors = {};
    this._outcome = this._sent ? 'offline' : 'idle';
    this._captcha.reset();
    this._started = !!draft?.body;
  }

  private _save(): void {
    const id = this.articleId;
    if (!id) return;
    // The email stays on this device only when the reader asked to be remembered; a request kept for
    // an exact resend then lacks it too, and takes it from the field again.
    const email = this._remember ? this._fields.email : '';
    const sent = this._sent && { ...this._sent, email };
    saveDraft(id, { ...this._fields, email, ...(this._key && { key: this._key }), ...(sent && { sent }) });
    if (this._remember) saveIdentity(this._fields);
  }

  /** Fetches a captcha and, for proof of work, solves it. */
  private _prepareCaptcha(): Promise<void> {
    const client = this._client;
    if (!client || this.closed) return Promise.resolve();
    this._started = true;
    this._progress = 0;
    this._code = '';
    return (this._captchaRun = this._captcha.run(async (signal) => {
      const captcha = await client.getCaptcha({ signal });
      if (captcha.kind === 'code') return captcha;
      const payload = await solvePow(captcha, { signal, onProgress: (share) => (this._progress = share) });
      return { kind: 'pow', payload };
    }));
  }

  private _start = () => {
    if (!this._started || this._captcha.status === 'idle') {
      this._started = true;
      void this._prepareCaptcha();
    }
  };

  /** The message for a field, or undefined when it is fine. */
  private _error(field: Field): string | undefined {
    const server = this._serverErrors[field];
    if (server) return server;
    if (field === 'code') {
      return this._captcha.value?.kind === 'code' && !this._code.trim() ? msg('Enter the security code.', { id: 'form.enter-the-security' }) : undefined;
    }
    const value = this._fields[field];
    if (!value.trim()) {
      return field === 'authorName' ? msg('Enter your name.', { id: 'form.enter-your-name' }) : field === 'email' ? msg('Enter your email address.', { id: 'form.enter-your-email' }) : msg('Write your comment.', { id: 'form.write-your-comment' });
    }
    if (field === 'email' && (!emailPattern.test(value) || value.length > limits.email || this.renderRoot?.querySelector<HTMLInputElement>('#email')?.validity.typeMismatch)) {
      return msg(str`Enter an email address like ${'name@example.com'}.`, { id: 'form.enter-an-email' });
    }
    const max = field === 'body' ? limits.commentBody : limits.name;
    if (value.length > max) return msg(str`Shorten this to ${formatNumber(max, this.locale)} characters or fewer.`, { id: 'form.shorten-this-to' });
    return undefined;
  }

  private _shown(field: Field): string | undefined {
    return this._touched.has(field) || this._serverErrors[field] ? this._error(field) : undefined;
  }

  private _onInput(field: Field, event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    if (field === 'code') this._code = value;
    else this._fields = { ...this._fields, [field]: value };
    if (this._serverErrors[field]) this._serverErrors = { ...this._serverErrors, [field]: undefined };
    this._save();
    this._start();
  }

  private _touch(field: Field): void {
    this._touched = new Set(this._touched).add(field);
  }

  private _onKeydown = (event: KeyboardEvent) => {
    // keyCode 229: the key went to an input method (some browsers set it without isComposing).
    if (event.key === 'Enter' && (event.isComposing || event.keyCode === 229)) event.preventDefault();
  };

  private _onInvalid = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const field = input.name as Field;
    this._touch(field);
    const first = FIELDS.map((f) => this.renderRoot.querySelector<HTMLInputElement>(`[name="${f}"]`)).find((el) => el && !el.validity.valid);
    if (first === input) input.focus();
  };

  private async _onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    if (this._composing || this._outcome === 'sending' || Date.now() < this._retryAt) return;
    this._touched = new Set(FIELDS);
    await this.updateComplete;
    if (!form.reportValidity()) return;
    await this.send();
  }

  /**
   * Sends the comment as it stands (what the send button does once the fields
   * are valid). Waits for the security check when it is still being solved.
   */
  async send(): Promise<void> {
    const client = this._client;
    const articleId = this.articleId;
    if (!client || !articleId || this.closed) return;
    const { authorName, email, body } = this._fields;
    const fields = { authorName: authorName.trim(), email: email.trim(), body: body.trim(), ...(this._website && { website: this._website }) };
    if (!emit(this, 'news-comment-submit', { articleId, authorName: fields.authorName, body: fields.body }, { cancelable: true })) return;

    this._outcome = 'sending';
    // The same text as the request whose answer never came: resend that request exactly (same key, same
    // captcha), so the server replays its first answer if it had stored it. Otherwise a new request.
    const sent = this._sent;
    let draft: CommentDraft;
    if (sent && sent.authorName === fields.authorName && (sent.email === fields.email || !sent.email) && sent.body === fields.body) {
      draft = { ...sent, email: fields.email };
    } else {
      if (this._captcha.status !== 'complete') {
        if (this._captcha.status !== 'pending') void this._prepareCaptcha();
        while (this._captcha.status === 'pending') await this._captchaRun;
      }
      const challenge = this._captcha.value;
      if (this._captcha.status !== 'complete' || !challenge) {
        this._outcome = 'idle';
        return;
      }
      const captcha: CaptchaAnswer =
        challenge.kind === 'pow' ? challenge : { kind: 'code', token: challenge.token, code: normalizeDigits(this._code.trim()) };
      draft = { ...fields, captcha, commenterKey: commenterKey() };
    }
    this._key ??= crypto.randomUUID();
    this._sent = draft;
    this._save();

    try {
      const result = await client.postComment(articleId, draft, { idempotencyKey: this._key });
      this._accepted();
      this._outcome = result.status;
      emit(this, 'news-comment-result', { status: result.status, articleId, comment: result.comment });
    } catch (error) {
      this._failed(error);
      emit(this, 'news-comment-result', { status: 'error', articleId, error: error as Error });
    } finally {
      // A fresh check for the next comment (or the next try), in the background.
      void this._prepareCaptcha();
    }
  }

  /** The server has the comment: forget the draft, keep name and email in the fields. */
  private _accepted(): void {
    if (this.articleId) clearDraft(this.articleId);
    this._key = undefined;
    this._sent = undefined;
    this._fields = { ...this._fields, body: '' };
    this._touched = new Set();
    if (this._remember) saveIdentity(this._fields);
  }

  private _failed(error: unknown): void {
    // By name, not instanceof: the error classes stay out of this element's bundle, and a client from
    // another copy of the SDK (CDN and npm builds on one page) is recognised too.
    const name = (error as Error | undefined)?.name;
    const http = name === 'NewsHttpError' ? (error as NewsHttpError) : undefined;
    const invalid = name === 'NewsValidationError' ? (error as NewsValidationError) : undefined;
    if (http?.code === 'comments_closed') {
      this.closed = true;
      this._outcome = 'idle';
      return;
    }
    if (http?.code === 'idempotency_key_reused') {
      // The first version of this draft reached the server after all (its answer was lost); the text
      // was edited since. Keep the edited text: sending it again makes a new comment.
      this._key = undefined;
      this._sent = undefined;
      this._save();
      this._outcome = 'received';
      return;
    }
    // An answer that says the comment was not stored: the next send is a new request (same key is fine).
    const refused = http && http.status < 500 && http.status !== 408;
    if (refused || invalid) {
      this._sent = undefined;
      this._save();
    }
    if (http?.status === 429) {
      this._outcome = 'limited';
      this._wait = http.retryAfter ?? 30;
      this._retryAt = Date.now() + this._wait * 1000;
      // The send button counts down (outside the live region, so nothing is announced every second).
      clearInterval(this._timer);
      this._timer = setInterval(() => {
        if (Date.now() < this._retryAt) return this.requestUpdate();
        clearInterval(this._timer);
        this._retryAt = 0;
      }, 1000);
      return;
    }
    const fieldErrors = http?.status === 422 ? http.fieldErrors : undefined;
    const paths = invalid && !invalid.request ? invalid.issues.map((i) => String(i.path[0])) : [];
    const bad = [...Object.keys(fieldErrors ?? {}), ...paths];
    if (bad.length) {
      const errors: Partial<Record<Field, string>> = {};
      for (const name of bad) {
        if (name === 'captcha') errors.code = msg('The security check failed or expired. A new one is being prepared: send again when it is ready.', { id: 'form.the-security-check-2' });
        else if (name === 'authorName' || name === 'email' || name === 'body') errors[name] = this._error(name) ?? msg('The server did not accept this field.', { id: 'form.the-server-did' });
      }
      this._serverErrors = errors;
      this._outcome = 'invalid';
      void this.updateComplete.then(() => this._focusFirstInvalid());
      return;
    }
    this._outcome = refused ? 'refused' : 'offline';
  }

  private _focusFirstInvalid(): void {
    const field = FIELDS.find((f) => this._shown(f));
    const target = field === 'code' && this._captcha.value?.kind !== 'code' ? 'submit' : field;
    this.renderRoot.querySelector<HTMLElement>(target === 'submit' ? '[part="submit"]' : `[name="${target}"]`)?.focus();
  }

  private _onRemember(event: Event): void {
    this._remember = (event.target as HTMLInputElement).checked;
    saveIdentity(this._remember ? this._fields : undefined);
    this._save();
  }

  private _field(field: keyof Fields, label: string, input: TemplateResult, hint?: TemplateResult): TemplateResult {
    const error = this._shown(field);
    return html`<div part="field" class=${field}>
      <label part="label" for=${field}>${label}<span class="req" aria-hidden="true">*</span></label>
      ${input}
      <p part="error" id=${`${field}-error`} ?hidden=${!error}>${error}</p>
      ${hint ?? nothing}
    </div>`;
  }

  private _input(field: 'authorName' | 'email', type: string, autocomplete: string, max: number): TemplateResult {
    const error = this._shown(field);
    return html`<input part="input" id=${field} name=${field} type=${type} autocomplete=${autocomplete} required maxlength=${max}
      dir=${field === 'email' ? 'ltr' : 'auto'} .value=${this._fields[field]} aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${`${field}-error`} @input=${(e: Event) => this._onInput(field, e)} @blur=${() => this._touch(field)} />`;
  }

  private _counter(): TemplateResult {
    const locale = this.locale;
    const length = this._fields.body.length;
    const left = limits.commentBody - length;
    // Spoken only when a step near the limit is crossed, not on every key.
    const step = STEPS.find((s) => left <= s);
    return html`<p part="counter" id="body-count">
      <span aria-hidden="true">${formatNumber(length, locale)} / ${formatNumber(limits.commentBody, locale)}</span>
      <span class="visually-hidden">${msg(str`Up to ${formatNumber(limits.commentBody, locale)} characters.`, { id: 'form.up-to-characters' })}</span>
    </p>
    <p class="visually-hidden" aria-live="polite">
      ${step === undefined ? '' : left < 0 ? msg(str`${formatNumber(-left, locale)} characters too many.`, { id: 'form.characters-too-many' }) : msg(str`${formatNumber(step, locale)} characters left.`, { id: 'form.characters-left' })}
    </p>`;
  }

  private _captchaView(): TemplateResult {
    const { status, value } = this._captcha;
    const error = this._shown('code');
    let body: TemplateResult;
    if (status === 'error') {
      body = html`<p>${msg('The security check could not be loaded.', { id: 'form.the-security-check' })}
        <button type="button" @click=${() => void this._prepareCaptcha()}>${msg('Try again', { id: 'common.try-again' })}</button></p>`;
    } else if (status === 'complete' && value?.kind === 'code') {
      body = html`<label part="label" for="code">${msg('Security code', { id: 'form.security-code' })}<span class="req" aria-hidden="true">*</span></label>
        <div class="code">
          <img src=${value.image} width=${value.width} height=${value.height} alt=${msg('Security code image: type the characters you see.', { id: 'form.security-code-image' })} />
          <input part="input" id="code" name="code" required autocomplete="off" autocapitalize="off" spellcheck="false" dir="ltr"
            maxlength=${value.length ?? limits.captchaCode} .value=${this._code} aria-invalid=${error ? 'true' : 'false'} aria-describedby="code-error"
            @input=${(e: Event) => this._onInput('code', e)} @blur=${() => this._touch('code')} />
          <button type="button" @click=${() => void this._prepareCaptcha()}>${msg('New code', { id: 'form.new-code' })}</button>
        </div>`;
    } else if (status === 'complete') {
      body = html`<p>${msg('Security check done.', { id: 'form.security-check-done' })}</p>`;
    } else if (status === 'pending') {
      body = html`<p>${msg('Running the security check…', { id: 'form.running-the-security' })}</p>
        <progress part="progress" max="100" .value=${Math.round(this._progress * 100)} aria-label=${msg('Security check', { id: 'form.security-check' })}></progress>`;
    } else {
      body = html`<p>${msg('The security check runs by itself when you start writing.', { id: 'form.the-security-check-3' })}</p>`;
    }
    const shown = status === 'complete' ? (value?.kind === 'code' ? 'code' : 'done') : status === 'pending' ? 'solving' : status;
    return html`<div part="captcha" data-state=${shown} aria-busy=${status === 'pending'}>
      ${body}
      <p part="error" id="code-error" ?hidden=${!error}>${error}</p>
    </div>`;
  }

  private _status(): string {
    const locale = this.locale;
    switch (this._outcome) {
      case 'sending':
        return msg('Sending your comment…', { id: 'form.sending-your-comment' });
      case 'published':
        return msg('Thank you. Your comment is published.', { id: 'form.thank-you-your-2' });
      case 'pending':
        return msg('Thank you. Your comment awaits moderation.', { id: 'form.thank-you-your' });
      case 'received':
        return msg('An earlier version of this comment had already reached us. Send again to post this text as a new comment.', { id: 'form.an-earlier-version' });
      case 'limited': {
        return this._retryAt
          ? msg(str`Too many comments in a short time. Try again in ${formatNumber(this._wait, locale)} seconds.`, { id: 'form.too-many-comments' })
          : msg('You can send your comment again now.', { id: 'form.you-can-send' });
      }
      case 'offline':
        return msg('Your comment could not be sent. It is kept here.', { id: 'form.your-comment-could' });
      case 'invalid':
        return msg('Some fields need your attention.', { id: 'form.some-fields-need' });
      case 'refused':
        return msg('Your comment could not be accepted.', { id: 'form.your-comment-could-2' });
      default:
        return '';
    }
  }

  protected override render() {
    if (!this._lazy.ready) {
      return html`<section part="base" dir=${this.localeDir}>
        <h2 part="heading">${msg('Leave a comment', { id: 'form.leave-a-comment' })}</h2>
        <div class="placeholder"></div>
      </section>`;
    }
    if (this.closed) {
      return html`<section part="base" dir=${this.localeDir}>
        <p part="closed" role="status">${msg('Comments on this article are closed.', { id: 'form.comments-on-this' })}</p>
      </section>`;
    }
    const sending = this._outcome === 'sending';
    const waiting = Date.now() < this._retryAt;
    return html`<section part="base" dir=${this.localeDir} aria-labelledby="heading">
      <h2 part="heading" id="heading"><slot name="heading">${msg('Leave a comment', { id: 'form.leave-a-comment' })}</slot></h2>
      <form part="form" @submit=${this._onSubmit} @invalid=${{ handleEvent: this._onInvalid, capture: true }} @keydown=${this._onKeydown}
        @focusin=${this._start} @compositionstart=${() => (this._composing = true)} @compositionend=${() => (this._composing = false)}>
        <p class="note">${msg('Fields marked * are required. Your email is never shown.', { id: 'form.fields-marked-are' })}</p>
        ${this._field('authorName', msg('Name', { id: 'form.name' }), this._input('authorName', 'text', 'name', limits.name))}
        ${this._field('email', msg('Email', { id: 'form.email' }), this._input('email', 'email', 'email', limits.email))}
        ${this._field(
          'body',
          msg('Comment', { id: 'form.comment' }),
          html`<textarea part="input" id="body" name="body" required rows="6" maxlength=${limits.commentBody} dir="auto"
            .value=${this._fields.body} aria-invalid=${this._shown('body') ? 'true' : 'false'} aria-describedby="body-error body-count"
            @input=${(e: Event) => this._onInput('body', e)} @blur=${() => this._touch('body')}></textarea>`,
          this._counter(),
        )}
        <div class="hp" inert>
          <label>Website <input name="website" tabindex="-1" autocomplete="off" @input=${(e: Event) => (this._website = (e.target as HTMLInputElement).value)} /></label>
        </div>
        ${this._captchaView()}
        <label class="remember"><input type="checkbox" .checked=${this._remember} @change=${this._onRemember} />
          ${msg('Remember my name and email on this device', { id: 'form.remember-my-name' })}</label>
        <button part="submit" type="submit" aria-disabled=${sending || waiting ? 'true' : 'false'}>
          ${sending ? msg('Sending…', { id: 'form.sending' }) : msg('Send comment', { id: 'form.send-comment' })}
          ${waiting ? html`<span aria-hidden="true">(${formatNumber(Math.ceil((this._retryAt - Date.now()) / 1000), this.locale)})</span>` : nothing}
        </button>
        <p part="status" role="status">${this._status()}</p>
        ${this._outcome === 'offline'
          ? html`<button part="retry" type="button" @click=${() => void this.send()}>${msg('Try again', { id: 'common.try-again' })}</button>`
          : nothing}
      </form>
    </section>`;
  }
}
