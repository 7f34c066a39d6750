import { msg, str } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import { limits } from '../../sdk/limits.js';
import { formatNumber } from '../../internal/format.js';

/** Remaining characters at which the counter speaks up. */
const STEPS = [0, 10, 25, 50, 100];

/**
 * The comment's character count: shown as "n / 5,000", and spoken only when
 * a step near the limit is crossed, not on every key.
 */
export function counterView(length: number, locale: string): TemplateResult {
  const left = limits.commentBody - length;
  const step = STEPS.find((s) => left <= s);
  return html`<p part="counter" id="body-count">
      <span aria-hidden="true">${formatNumber(length, locale)} / ${formatNumber(limits.commentBody, locale)}</span>
      <span class="visually-hidden">${msg(str`Up to ${formatNumber(limits.commentBody, locale)} characters.`, { id: 'form.up-to-characters' })}</span>
    </p>
    <p class="visually-hidden" aria-live="polite">
      ${step === undefined ? '' : left < 0 ? msg(str`${formatNumber(-left, locale)} characters too many.`, { id: 'form.characters-too-many' }) : msg(str`${formatNumber(step, locale)} characters left.`, { id: 'form.characters-left' })}
    </p>`;
}
