import { msg } from '@lit/localize';
import { html, isServer, nothing } from 'lit';
import { property, state } from '../../internal/decorators.js';
import type { NewsClient } from '../../sdk/client.js';
import type { Article } from '../../sdk/schemas.js';
import { emit } from '../../events/emit.js';
import '../../events/news-article-load.js';
import '../../events/news-comment-submit.js';
import '../../events/news-comment-result.js';
import '../../events/news-reply-cancel.js';
import { ContextRequest, articleContext } from '../../internal/context.js';
import { onDocument } from '../../internal/document-events.js';
import { formatNumber } from '../../internal/format.js';
import { LazyRender, lazyPlaceholder } from '../../internal/lazy-render.js';
import { Loader } from '../../internal/loader.js';
import { NewsElement } from '../../internal/news-element.js';
import { CaptchaController, captchaView } from './captcha.js';
import { Countdown } from './countdown.js';
import { DraftKeeper } from './draft-keeper.js';
import { fieldsView } from './fields.js';
import { commenterKey } from './drafts.js';
import { outcomeOf, outcomeText, resendable, type Outcome } from './sending.js';
import { FIELDS, fieldProblem, problemText, type Field } from './validation.js';
import { styles } from './news-comment-form.styles.js';

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
 * - With `parent-id` it is a reply form: "Reply to …" (`reply-to`), its own
 *   draft, and Cancel (or Escape), which fires `news-reply-cancel` for the
 *   comment list that opened it. `<news-comments>` opens one under a comment.
 * - When the article's comments are closed (`closed`, the server's answer, or
 *   a `<news-article>` for the same article: the one around the form, asked
 *   through `articleContext`, or any on the page, heard through its
 *   `news-article-load` event), a message shows instead.
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
 * @csspart cancel - The Cancel button of a reply form.
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
 * @fires news-reply-cancel - A reply form was cancelled (Cancel or Escape; detail `{ articleId, parentId }`): whoever opened it closes it.
 * @fires news-error - The security check could not be loaded (detail `{ error, operation: 'load-captcha' }`).
 */
export class NewsCommentForm extends NewsElement {
  static override styles = styles;

  private readonly _lazy = new LazyRender(this);
  // A reply's draft is kept apart from the article's top-level one.
  private readonly _draft = new DraftKeeper(this, () => this.articleId && (this.parentId ? `${this.articleId}#${this.parentId}` : this.articleId));
  /** The saved draft is read when the form first shows, and again for another article or parent. */
  private readonly _restored = new Loader(this, {
    args: () => (this._lazy.ready ? ([this.articleId, this.parentId] as const) : undefined),
    task: () => this._draft.restore(),
    onComplete: (hasText) => {
      this._touched = new Set();
      this._serverErrors = {};
      this._outcome = this._draft.sent ? 'offline' : 'idle';
      this._captcha.reset(hasText);
    },
  });
  // After the draft's restore, which says whether the person had begun.
  private readonly _captcha = new CaptchaController(this, () => this.newsClient, () => !this.closed && this._posting);
  private readonly _wait = new Countdown(this);
  private _website = '';
  private _composing = false;

  @state() private _touched = new Set<Field>();
  /** Errors the server sent, per field, until the field changes. */
  @state() private _serverErrors: Partial<Record<Field, string>> = {};
  @state() private _outcome: Outcome = 'idle';

  /** The article the comment is for. */
  @property({ attribute: 'article-id' }) articleId?: string;

  /** The comment this one answers: the form becomes a reply form, with a Cancel button. */
  @property({ attribute: 'parent-id' }) parentId?: string;

  /** The name of the person answered, for the heading ("Reply to …"). */
  @property({ attribute: 'reply-to' }) replyTo?: string;

  /** The API client; defaults to the provider's. */
  @property({ attribute: false }) client?: NewsClient;

  /** Comments are closed: a message shows instead of the form. */
  @property({ type: Boolean, reflect: true }) closed = false;

  /** `lazy`: renders (and reads the saved draft) when near the viewport or once the page is idle, a heading and reserved space until then. */
  @property() loading: 'eager' | 'lazy' = 'eager';

  constructor() {
    super();
    onDocument(this, 'news-article-load', (event) => this._follow(event.detail.article));
    // The article around the form may have loaded before the form connected.
    this.addController({ hostConnected: () => this.dispatchEvent(new ContextRequest(articleContext, this, (article) => this._follow(article))) });
  }

  /** Focuses the first field still to fill (a reply form just opened takes the focus). */
  override focus(options?: FocusOptions): void {
    const empty = (['authorName', 'email', 'body'] as const).find((f) => !this._draft.fields[f].trim()) ?? 'body';
    const input = this._input(empty);
    if (input) input.focus(options);
    else super.focus(options);
  }

  protected override updated(): void {
    // The browser's own validation (reportValidity, the submit check) shows the same messages as the page.
    for (const field of FIELDS) this._input(field)?.setCustomValidity(this._error(field) ?? '');
  }

  /** False when the back end takes no comments from readers (a CMS without anonymous comments): its client says so. */
  private get _posting(): boolean {
    return this.newsClient?.capabilities?.posting !== false;
  }

  private _follow(article: Article | undefined): void {
    if (article && article.id === this.articleId) this.closed = !article.commentsOpen;
  }

  private _input(field: Field): HTMLInputElement | null {
    return this.renderRoot?.querySelector<HTMLInputElement>(`[name="${field}"]`) ?? null;
  }

  /** The message for a field, or undefined when it is fine. */
  private _error(field: Field): string | undefined {
    const server = this._serverErrors[field];
    if (server) return server;
    const problem =
      field === 'code'
        ? this._captcha.challenge?.kind === 'code' && !this._captcha.code.trim()
          ? 'missing'
          : undefined
        : fieldProblem(field, this._draft.fields[field], field === 'email' && !!this._input('email')?.validity.typeMismatch);
    return problem && problemText(field, problem, this.locale);
  }

  private _shown(field: Field): string | undefined {
    return this._touched.has(field) || this._serverErrors[field] ? this._error(field) : undefined;
  }

  private _onInput(field: Field, event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    if (field === 'code') this._captcha.code = value;
    else this._draft.set(field, value);
    if (this._serverErrors[field]) this._serverErrors = { ...this._serverErrors, [field]: undefined };
    this._captcha.start();
    this.requestUpdate();
  }

  private _touch(field: Field): void {
    this._touched = new Set(this._touched).add(field);
  }

  private _onKeydown = (event: KeyboardEvent) => {
    // keyCode 229: the key went to an input method (some browsers set it without isComposing).
    if (event.key === 'Enter' && (event.isComposing || event.keyCode === 229)) event.preventDefault();
    if (event.key === 'Escape' && this.parentId && !event.isComposing) this._cancel();
  };

  /** Closes a reply form: the list that opened it takes it away (the draft stays for next time). */
  private _cancel(): void {
    if (this.articleId && this.parentId) emit(this, 'news-reply-cancel', { articleId: this.articleId, parentId: this.parentId });
  }

  private _onInvalid = (event: Event) => {
    const input = event.target as HTMLInputElement;
    this._touch(input.name as Field);
    const first = FIELDS.map((f) => this._input(f)).find((el) => el && !el.validity.valid);
    if (first === input) input.focus();
  };

  private async _onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    if (this._composing || this._outcome === 'sending' || this._wait.running) return;
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
    const client = this.newsClient;
    const articleId = this.articleId;
    if (!client || !articleId || this.closed || !this._posting) return;
    const { authorName, email, body } = this._draft.fields;
    const fields = {
      authorName: authorName.trim(),
      email: email.trim(),
      body: body.trim(),
      ...(this._website && { website: this._website }),
      ...(this.parentId && { parentId: this.parentId }),
    };
    if (!emit(this, 'news-comment-submit', { articleId, authorName: fields.authorName, body: fields.body }, { cancelable: true })) return;

    this._outcome = 'sending';
    // The same text as the request whose answer never came: that request again, exactly.
    let draft = resendable(this._draft.sent, fields);
    if (!draft) {
      const captcha = await this._captcha.answer();
      if (!captcha) {
        this._outcome = 'idle';
        return;
      }
      draft = { ...fields, captcha, commenterKey: commenterKey() };
    }
    const idempotencyKey = this._draft.sending(draft);

    try {
      const result = await client.postComment(articleId, draft, { idempotencyKey });
      this._draft.accepted();
      this._touched = new Set();
      this._outcome = result.status;
      emit(this, 'news-comment-result', { status: result.status, articleId, comment: result.comment });
    } catch (error) {
      this._failed(error);
      emit(this, 'news-comment-result', { status: 'error', articleId, error: error as Error });
    } finally {
      // A fresh check for the next comment (or the next try), in the background.
      void this._captcha.prepare();
    }
  }

  private _failed(error: unknown): void {
    const reaction = outcomeOf(error);
    if (reaction.closed) this.closed = true;
    if (reaction.forgetSent) this._draft.forgetSent(!!reaction.forgetKey);
    if (reaction.waitSeconds) this._wait.start(reaction.waitSeconds);
    if (reaction.fields) {
      const errors: Partial<Record<Field, string>> = {};
      for (const field of reaction.fields) {
        errors[field] =
          field === 'code'
            ? msg('The security check failed or expired. A new one is being prepared: send again when it is ready.', { id: 'form.the-security-check-2' })
            : (this._error(field) ?? msg('The server did not accept this field.', { id: 'form.the-server-did' }));
      }
      this._serverErrors = errors;
      void this.updateComplete.then(() => this._focusFirstInvalid());
    }
    this._outcome = reaction.outcome;
  }

  private _focusFirstInvalid(): void {
    const field = FIELDS.find((f) => this._shown(f));
    const target = field === 'code' && this._captcha.challenge?.kind !== 'code' ? undefined : field;
    (target ? this._input(target) : this.renderRoot.querySelector<HTMLElement>('[part="submit"]'))?.focus();
  }

  protected override render() {
    if (!this._lazy.ready) return lazyPlaceholder(this.localeDir, msg('Leave a comment', { id: 'form.leave-a-comment' }));
    if (this.closed || !this._posting) {
      const why = this.closed
        ? msg('Comments on this article are closed.', { id: 'form.comments-on-this' })
        : msg('Comments cannot be posted on this site.', { id: 'form.comments-not-taken' });
      return html`<section part="base" dir=${this.localeDir}>
        <p part="closed" role="status">${why}</p>
      </section>`;
    }
    const sending = this._outcome === 'sending';
    const waiting = this._wait.running;
    const reply = !!this.parentId;
    // Rendered on a server, the form shows before its script runs: sending it then would only reload the page
    // (with the email in the address), so the button stays disabled and says why until the element takes over.
    // Taking a server-rendered form over, the first update renders what the server did (no draft, nothing
    // remembered, the note); the next one renders this browser's (see hydrate.ts): only the differences change.
    const scriptless = isServer || this.serverRendered;
    const status = scriptless
      ? msg('Sending a comment needs JavaScript: the form works once the page has loaded.', { id: 'form.needs-script' })
      : outcomeText(this._outcome, waiting ? this._wait.seconds : 0, this.locale);
    // "Remember me" is bound as the attribute (?checked), not the property: Lit's SSR writes any .checked as
    // checked="…", which checks the box even for false. The attribute sets the box until the person changes
    // it, and `remember` follows every change they make, so the two never disagree.
    const heading = !reply
      ? msg('Leave a comment', { id: 'form.leave-a-comment' })
      : this.replyTo
        ? msg(html`Reply to <bdi>${this.replyTo}</bdi>`, { id: 'form.reply-to' })
        : msg('Write a reply', { id: 'form.write-a-reply' });
    return html`<section part="base" dir=${this.localeDir} aria-labelledby="heading">
      <h2 part="heading" id="heading"><slot name="heading">${heading}</slot></h2>
      <form part="form" @submit=${this._onSubmit} @invalid=${{ handleEvent: this._onInvalid, capture: true }} @keydown=${this._onKeydown}
        @focusin=${() => this._captcha.start()} @compositionstart=${() => (this._composing = true)} @compositionend=${() => (this._composing = false)}>
        <p class="note">${msg('Fields marked * are required. Your email is never shown.', { id: 'form.fields-marked-are' })}</p>
        ${fieldsView(
          { values: scriptless ? { authorName: '', email: '', body: '' } : this._draft.fields, shown: (f) => this._shown(f), input: (f, e) => this._onInput(f, e), touch: (f) => this._touch(f) },
          this.locale,
        )}
        <div class="hp" inert>
          <label>Website <input name="website" tabindex="-1" autocomplete="off" @input=${(e: Event) => (this._website = (e.target as HTMLInputElement).value)} /></label>
        </div>
        ${this.newsClient?.capabilities?.captcha === false && !scriptless
          ? nothing
          : captchaView(this._captcha, this._shown('code'), { input: (e) => this._onInput('code', e), blur: () => this._touch('code') })}
        <label class="remember"><input type="checkbox" ?checked=${!scriptless && this._draft.remember} @change=${(e: Event) => this._draft.rememberMe((e.target as HTMLInputElement).checked)} />
          ${msg('Remember my name and email on this device', { id: 'form.remember-my-name' })}</label>
        <div class="actions">
          <button part="submit" type="submit" ?disabled=${scriptless} aria-disabled=${sending || waiting ? 'true' : 'false'}>
            ${sending ? msg('Sending…', { id: 'form.sending' }) : reply ? msg('Send reply', { id: 'form.send-reply' }) : msg('Send comment', { id: 'form.send-comment' })}
            ${waiting ? html`<span aria-hidden="true">(${formatNumber(this._wait.left, this.locale)})</span>` : nothing}
          </button>
          ${reply ? html`<button part="cancel" type="button" @click=${() => this._cancel()}>${msg('Cancel', { id: 'form.cancel' })}</button>` : nothing}
        </div>
        <p part="status" role="status">${status}</p>
        ${this._outcome === 'offline'
          ? html`<button part="retry" type="button" @click=${() => void this.send()}>${msg('Try again', { id: 'common.try-again' })}</button>`
          : nothing}
      </form>
    </section>`;
  }
}
