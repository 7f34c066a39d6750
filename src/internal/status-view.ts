/**
 * The loading, empty and error line every element that loads data shows,
 * with a "Try again" button when there is something to retry.
 */
import { msg } from '@lit/localize';
import { css, html, nothing, type TemplateResult } from 'lit';

/**
 * `<div part="status">` with the message; an error (given `retry`) is an
 * alert with a "Try again" button, anything else a polite status.
 */
export function statusView(message: string, retry?: () => unknown): TemplateResult {
  return html`<div part="status" role=${retry ? 'alert' : 'status'}>
    <p class="status-message">${message}</p>
    ${retry ? html`<button type="button" class="retry" @click=${retry}>${msg('Try again', { id: 'common.try-again' })}</button>` : nothing}
  </div>`;
}

/**
 * Layout of `statusView()` and of the elements' buttons; each element adds its own look (border,
 * colour). Class selectors only: an article's body, thousands of elements in the same shadow root,
 * is never matched against them.
 */
export const statusStyles = css`
  .status-message {
    margin: 0;
  }
  .retry {
    margin-block-start: 0.5rem;
  }
  button {
    font: inherit;
    min-block-size: 24px;
    padding: 0.25rem 0.75rem;
    cursor: pointer;
  }
`;
