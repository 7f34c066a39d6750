/**
 * Urdu in Nastaliq: the shared styles prefer Nastaliq faces for :lang(ur) with
 * a line height tall enough that no glyph of a headline or paragraph leaves
 * its line box (Nastaliq's ascenders and descenders clip with normal line
 * heights). Glyph ink is measured with canvas text metrics in the font the
 * text resolves to.
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { LitElement, css } from 'lit';
import { baseStyles } from '../../src/internal/styles.js';

class NastaliqSample extends LitElement {
  static override styles = [baseStyles, css`h2 { font-size: 2rem; margin: 0; } p { font-size: 1rem; margin: 0; }`];
  override render() {
    return html`<div lang="ur" dir="rtl">
      <h2>سٹی کونسل نے نئی پبلک لائبریری کا افتتاح کر دیا، گھنٹوں قطاریں لگیں</h2>
      <p>تین سال کی تعمیر کے بعد لائبریری پیر کو اپنے دروازے کھول دے گی۔ میئر نے کہا: ”یہ سب کے لیے ایک جگہ ہے“۔ ۲۰۱۷ میں منصوبہ شروع ہوا تھا۔</p>
    </div>`;
  }
}
customElements.define('nastaliq-sample', NastaliqSample);

/** Ink of the text's glyphs against the CSS line box of one line, in px. */
function lineFit(el: HTMLElement) {
  const style = getComputedStyle(el);
  const fontSize = parseFloat(style.fontSize);
  const lineHeight = parseFloat(style.lineHeight);
  const ctx = document.createElement('canvas').getContext('2d')!;
  ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  const m = ctx.measureText(el.textContent!);
  // CSS centres the font's content area (ascent + descent) in the line box: half-leading on each side.
  const halfLeading = (lineHeight - (m.fontBoundingBoxAscent + m.fontBoundingBoxDescent)) / 2;
  const baseline = halfLeading + m.fontBoundingBoxAscent;
  return {
    fontSize,
    lineHeight,
    ascent: m.fontBoundingBoxAscent,
    descent: m.fontBoundingBoxDescent,
    inkAscent: m.actualBoundingBoxAscent,
    inkDescent: m.actualBoundingBoxDescent,
    inkTop: baseline - m.actualBoundingBoxAscent,
    inkBottom: baseline + m.actualBoundingBoxDescent,
  };
}

describe('Urdu in Nastaliq', () => {
  afterEach(() => fixtureCleanup());

  it('prefers Nastaliq faces for :lang(ur) with a line height of at least 2.2', async () => {
    const el = await fixture<NastaliqSample>(html`<nastaliq-sample></nastaliq-sample>`);
    const p = el.shadowRoot!.querySelector('p')!;
    const style = getComputedStyle(p);
    expect(style.fontFamily.split(',')[0]!.replace(/["']/g, '').trim()).to.equal('Noto Nastaliq Urdu');
    expect(parseFloat(style.lineHeight) / parseFloat(style.fontSize)).to.be.at.least(2.2);
    expect(style.direction).to.equal('rtl');
  });

  it('keeps every glyph of a headline and a paragraph inside its line box', async () => {
    const el = await fixture<NastaliqSample>(html`<nastaliq-sample></nastaliq-sample>`);
    await document.fonts.ready;
    const fits = ['h2', 'p'].map((selector) => ({ selector, ...lineFit(el.shadowRoot!.querySelector<HTMLElement>(selector)!) }));
    for (const fit of fits) {
      expect(fit.inkTop, `${fit.selector}: ink above the line box (${JSON.stringify(fits)})`).to.be.at.least(0);
      expect(fit.inkBottom, `${fit.selector}: ink below the line box (${JSON.stringify(fits)})`).to.be.at.most(fit.lineHeight);
    }
  });

  it('would clip with a normal line height (the check can fail)', async () => {
    const el = await fixture<NastaliqSample>(html`<nastaliq-sample style="--news-line-height-nastaliq: 1.2; --news-line-height-nastaliq-heading: 1.2"></nastaliq-sample>`);
    await document.fonts.ready;
    const fits = ['h2', 'p'].map((s) => lineFit(el.shadowRoot!.querySelector<HTMLElement>(s)!));
    const clipped = fits.some((f) => f.inkTop < 0 || f.inkBottom > f.lineHeight);
    const nastaliqInstalled = document.fonts.check('16px "Noto Nastaliq Urdu"', 'اردو');
    if (nastaliqInstalled) expect(clipped, JSON.stringify(fits)).to.equal(true);
  });
});
