/**
 * The comment form's security check as a reactive controller: fetches the
 * server's captcha when the person starts writing and, for a proof of work,
 * solves it in the background with progress; an image code waits for the
 * person's answer. After every send a fresh one is prepared.
 */
import { msg } from '@lit/localize';
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { limits } from '../../sdk/limits.js';
import type { NewsClient } from '../../sdk/client.js';
import type { CaptchaAnswer, CodeCaptcha } from '../../sdk/schemas.js';
import { normalizeDigits } from '../../internal/format.js';
import { Loader } from '../../internal/loader.js';
import { reportError } from '../../internal/report-error.js';

/** A solved proof of work, or an image code waiting for the person. */
export type Challenge = Extract<CaptchaAnswer, { kind: 'pow' }> | CodeCaptcha;

export class CaptchaController implements ReactiveController {
  /** Share of the proof of work done, 0 to 1. */
  progress = 0;
  /** What the person typed for an image code. */
  code = '';
  /** True once the person began: the captcha is solved only for people who write. */
  started = false;
  private readonly _loader: Loader<Challenge>;

  constructor(
    private readonly _host: ReactiveControllerHost & EventTarget,
    /** The client to ask, read at each preparation (it may arrive late, through a provider). */
    private readonly _client: () => NewsClient | undefined,
    /** False while no comment can be written (comments closed): nothing is prepared. */
    private readonly _wanted: () => boolean,
  ) {
    this._loader = new Loader(_host, { onError: reportError(_host, 'load-captcha') });
    _host.addController(this);
  }

  hostUpdate(): void {
    if (!this._wanted()) {
      if (this._loader.status === 'pending') this._loader.reset();
      return;
    }
    // A check cut short by a disconnect, or for a client that arrived later, starts again.
    if (this._loader.status === 'idle' && this.started && this._client()) void this.prepare();
  }

  get status() {
    return this._loader.status;
  }

  /** The challenge, once fetched (and solved, for a proof of work). */
  get challenge(): Challenge | undefined {
    return this._loader.status === 'complete' ? this._loader.value : undefined;
  }

  /** Fetches a new captcha and, for a proof of work, solves it; replaces the one at hand. */
  prepare(): Promise<void> {
    const client = this._client();
    if (!client || !this._wanted()) return Promise.resolve();
    this.started = true;
    this.progress = 0;
    this.code = '';
    return this._loader.run(async (signal) => {
      // The solver comes with the first challenge: readers who never write a comment never download it.
      const [captcha, { solvePow }] = await Promise.all([client.getCaptcha({ signal }), import('./pow.js')]);
      if (captcha.kind === 'code') return captcha;
      const payload = await solvePow(captcha, {
        signal,
        onProgress: (share) => {
          this.progress = share;
          this._host.requestUpdate();
        },
      });
      return { kind: 'pow', payload };
    });
  }

  /** The person began writing: prepares a check unless one is ready or on its way. */
  start(): void {
    if (!this.started || this._loader.status === 'idle') void this.prepare();
  }

  /**
   * The answer to send: waits for a check still being prepared (starting one when there is
   * none); undefined when none could be had.
   */
  async answer(): Promise<CaptchaAnswer | undefined> {
    if (this._loader.status !== 'complete' && this._loader.status !== 'pending') void this.prepare();
    while (this._loader.status === 'pending') await this._loader.settled;
    const challenge = this.challenge;
    if (!challenge) return undefined;
    return challenge.kind === 'pow' ? challenge : { kind: 'code', token: challenge.token, code: normalizeDigits(this.code.trim()) };
  }

  /** Forgets the check at hand and that the person began (another article's draft). */
  reset(started: boolean): void {
    this._loader.reset();
    this.started = started;
  }
}

/** What the form's field events do, for the image code's input. */
export interface CodeInputHandlers {
  input: (event: Event) => void;
  blur: () => void;
}

/** The security check's part of the form: its state, the image code's field, and its error message. */
export function captchaView(captcha: CaptchaController, error: string | undefined, on: CodeInputHandlers): TemplateResult {
  const { status, challenge } = captcha;
  const renew = () => void captcha.prepare();
  let body: TemplateResult;
  if (status === 'error') {
    body = html`<p>${msg('The security check could not be loaded.', { id: 'form.the-security-check' })}
      <button type="button" @click=${renew}>${msg('Try again', { id: 'common.try-again' })}</button></p>`;
  } else if (challenge?.kind === 'code') {
    body = html`<label part="label" for="code">${msg('Security code', { id: 'form.security-code' })}<span class="req" aria-hidden="true">*</span></label>
      <div class="code">
        <img src=${challenge.image} width=${challenge.width} height=${challenge.height} alt=${msg('Security code image: type the characters you see.', { id: 'form.security-code-image' })} />
        <input part="input" id="code" name="code" required autocomplete="off" autocapitalize="off" spellcheck="false" dir="ltr"
          maxlength=${challenge.length ?? limits.captchaCode} .value=${captcha.code} aria-invalid=${error ? 'true' : 'false'} aria-describedby="code-error"
          @input=${on.input} @blur=${on.blur} />
        <button type="button" @click=${renew}>${msg('New code', { id: 'form.new-code' })}</button>
      </div>`;
  } else if (challenge) {
    body = html`<p>${msg('Security check done.', { id: 'form.security-check-done' })}</p>`;
  } else if (status === 'pending') {
    body = html`<p>${msg('Running the security check…', { id: 'form.running-the-security' })}</p>
      <progress part="progress" max="100" .value=${Math.round(captcha.progress * 100)} aria-label=${msg('Security check', { id: 'form.security-check' })}></progress>`;
  } else {
    body = html`<p>${msg('The security check runs by itself when you start writing.', { id: 'form.the-security-check-3' })}</p>`;
  }
  const shown = challenge ? (challenge.kind === 'code' ? 'code' : 'done') : status === 'pending' ? 'solving' : status;
  return html`<div part="captcha" data-state=${shown} aria-busy=${status === 'pending'}>
    ${body}
    <p part="error" id="code-error" ?hidden=${!error}>${error}</p>
  </div>`;
}
