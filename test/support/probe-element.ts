/** A minimal NewsElement for tests: renders its resolved locale and whether it sees a client. */
import { html } from 'lit';
import { NewsElement, define } from '../../src/internal/news-element.js';

export class NewsTestProbe extends NewsElement {
  override render() {
    return html`<span part="base" dir=${this.localeDir}>${this.locale}</span>`;
  }
}
define('news-test-probe', NewsTestProbe);

declare global {
  interface HTMLElementTagNameMap {
    'news-test-probe': NewsTestProbe;
  }
}
