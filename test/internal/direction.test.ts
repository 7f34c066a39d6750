import { expect } from '@open-wc/testing';
import { directionOf } from '../../src/internal/direction.js';

describe('directionOf', () => {
  for (const lang of ['ar', 'fa', 'ur', 'he', 'ps', 'sd', 'ckb', 'ug', 'yi', 'dv', 'ar-EG', 'fa-IR', 'ur-PK', 'az-Arab']) {
    it(`is rtl for ${lang}`, () => expect(directionOf(lang)).to.equal('rtl'));
  }
  for (const lang of ['en', 'fr', 'de-CH', 'tr', 'hi', 'zh-Hant', 'sd-Deva']) {
    it(`is ltr for ${lang}`, () => expect(directionOf(lang)).to.equal('ltr'));
  }
  it('does not throw on a malformed tag', () => expect(directionOf('not a tag!')).to.equal('ltr'));
});
