/**
 * The comment form's three fields (name, email, comment) as native labelled
 * inputs: each with its error line (`aria-describedby`), the comment with its
 * character counter, email always left to right, the others in the
 * direction of what is typed.
 */
import { msg } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import { limits } from '../../sdk/limits.js';
import { counterView } from './counter.js';
import type { Fields } from './drafts.js';

/** What the fields read from and tell the form. */
export interface FieldsHost {
  values: Fields;
  /** The error shown under a field, if any. */
  shown(field: keyof Fields): string | undefined;
  input(field: keyof Fields, event: Event): void;
  touch(field: keyof Fields): void;
}

function field(h: FieldsHost, name: keyof Fields, label: string, control: TemplateResult, hint: TemplateResult | string = ''): TemplateResult {
  const error = h.shown(name);
  return html`<div part="field" class=${name}>
    <label part="label" for=${name}>${label}<span class="req" aria-hidden="true">*</span></label>
    ${control}
    <p part="error" id=${`${name}-error`} ?hidden=${!error}>${error}</p>
    ${hint}
  </div>`;
}

function line(h: FieldsHost, name: 'authorName' | 'email', type: string, autocomplete: string, max: number): TemplateResult {
  return html`<input part="input" id=${name} name=${name} type=${type} autocomplete=${autocomplete} required maxlength=${max}
    dir=${name === 'email' ? 'ltr' : 'auto'} .value=${h.values[name]} aria-invalid=${h.shown(name) ? 'true' : 'false'}
    aria-describedby=${`${name}-error`} @input=${(e: Event) => h.input(name, e)} @blur=${() => h.touch(name)} />`;
}

export function fieldsView(h: FieldsHost, locale: string): TemplateResult {
  return html`${field(h, 'authorName', msg('Name', { id: 'form.name' }), line(h, 'authorName', 'text', 'name', limits.name))}
    ${field(h, 'email', msg('Email', { id: 'form.email' }), line(h, 'email', 'email', 'email', limits.email))}
    ${field(
      h,
      'body',
      msg('Comment', { id: 'form.comment' }),
      html`<textarea part="input" id="body" name="body" required rows="6" maxlength=${limits.commentBody} dir="auto"
        .value=${h.values.body} aria-invalid=${h.shown('body') ? 'true' : 'false'} aria-describedby="body-error body-count"
        @input=${(e: Event) => h.input('body', e)} @blur=${() => h.touch('body')}></textarea>`,
      counterView(h.values.body.length, locale),
    )}`;
}
