import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { baseStyles } from '../../src/internal/styles.js';
import { MIRRORED, icon, type IconName } from '../../src/internal/icons.js';

class IconSample extends LitElement {
  static override styles = baseStyles;
  static override properties = { dir: {} };
  override render() {
    return html`<div dir=${this.dir || 'ltr'}>${(['arrow-end', 'chevron-end', 'check', 'globe', 'chevron-down'] as IconName[]).map((n) => html`<span data-name=${n}>${icon(n)}</span>`)}</div>`;
  }
}
customElements.define('icon-sample', IconSample);

const transformOf = (el: Element, name: string) => getComputedStyle(el.shadowRoot!.querySelector(`[data-name="${name}"] svg`)!).transform;

describe('icon mirroring table', () => {
  afterEach(() => fixtureCleanup());

  it('mirrors arrows and chevrons along the reading direction in RTL, never check marks or the globe', async () => {
    const rtl = await fixture(html`<icon-sample dir="rtl"></icon-sample>`);
    expect(transformOf(rtl, 'arrow-end')).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    expect(transformOf(rtl, 'chevron-end')).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    expect(transformOf(rtl, 'check')).to.equal('none');
    expect(transformOf(rtl, 'globe')).to.equal('none');
    expect(transformOf(rtl, 'chevron-down'), 'a vertical chevron does not point along the line').to.equal('none');
  });

  it('mirrors nothing in LTR', async () => {
    const ltr = await fixture(html`<icon-sample dir="ltr"></icon-sample>`);
    for (const name of MIRRORED) expect(transformOf(ltr, name)).to.equal('none');
  });

  it('hides icons from assistive technology', () => {
    expect(icon('check').strings.join('')).to.contain('aria-hidden="true"');
  });
});
