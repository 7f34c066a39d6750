import { expect } from '@open-wc/testing';
import { formatDate, formatNumber, formatRelative, intlLocale, normalizeDigits, pluralCategory } from '../../src/internal/format.js';
import { commentsText, minutesReadText, viewsText } from '../../src/internal/counts.js';
import { getLocale } from '../../src/internal/localization.js';

import * as localization from '../../src/internal/localization.js';

const SAMPLE = '2017-08-22T17:57:00+04:30';
const tehran = { timeZone: 'Asia/Tehran' };

async function useInterfaceLocale(tag: string) {
  document.documentElement.lang = tag;
  await localization.syncPageLocale();
  expect(getLocale()).to.equal(tag);
}

describe('internal/format', () => {
  after(() => useInterfaceLocale('en'));

  describe('dates and numbers per locale (22 August 2017 17:57, 3626)', () => {
    it('en', () => {
      expect(formatDate(SAMPLE, 'en', 'datetime', tehran)).to.equal('August 22, 2017 at 5:57 PM');
      expect(formatNumber(3626, 'en')).to.equal('3,626');
    });
    it('fa: Persian calendar and Persian digits', () => {
      expect(formatDate(SAMPLE, 'fa', 'date', tehran)).to.equal('۳۱ مرداد ۱۳۹۶');
      expect(formatNumber(3626, 'fa')).to.equal('۳٬۶۲۶');
    });
    it('fa with Gregorian and Latin digits forced', () => {
      expect(formatDate(SAMPLE, 'fa', 'date', { ...tehran, gregorian: true, latinDigits: true })).to.match(/22.*2017/);
      expect(formatNumber(3626, 'fa', { latinDigits: true })).to.match(/^3.626$/);
    });
    it('ar-EG: Arabic-Indic digits; ar: Latin digits as CLDR has it', () => {
      expect(formatNumber(3626, 'ar-EG')).to.equal('٣٬٦٢٦');
      expect(formatDate(SAMPLE, 'ar-EG', 'date', tehran)).to.contain('٢٠١٧');
      expect(formatNumber(3626, 'ar')).to.equal('3,626');
    });
    it('ur', () => {
      expect(formatDate(SAMPLE, 'ur', 'date', tehran)).to.contain('اگست');
      expect(formatNumber(3626, 'ur')).to.equal('3,626');
    });
    it('returns an empty string for a value that is not a date', () => {
      expect(formatDate('2017-02-30T10:00:00Z', 'en')).to.be.a('string');
      expect(formatDate('not a date', 'en')).to.equal('');
      expect(formatRelative('nope', 'en')).to.equal('');
    });
    it('falls back to en for an unusable tag', () => {
      expect(intlLocale('???')).to.equal('en');
      expect(formatNumber(5, '???')).to.equal('5');
    });
  });

  describe('relative times', () => {
    const now = Date.parse('2026-11-25T12:00:00Z');
    it('says "3 hours ago" in each locale', () => {
      expect(formatRelative('2026-11-25T09:00:00Z', 'en', now)).to.equal('3 hours ago');
      expect(formatRelative('2026-11-25T09:00:00Z', 'fa', now)).to.equal('۳ ساعت پیش');
      expect(formatRelative('2026-11-25T09:00:00Z', 'ar', now)).to.equal('قبل 3 ساعات');
      expect(formatRelative('2026-11-25T09:00:00Z', 'ur', now)).to.equal('3 گھنٹے پہلے');
    });
    it('uses words for yesterday', () => {
      expect(formatRelative('2026-11-24T11:00:00Z', 'en', now)).to.equal('yesterday');
    });
  });

  describe('plurals', () => {
    it('covers all six Arabic categories', () => {
      const cases: [number, Intl.LDMLPluralRule][] = [
        [0, 'zero'],
        [1, 'one'],
        [2, 'two'],
        [3, 'few'],
        [11, 'many'],
        [100, 'other'],
      ];
      for (const [n, category] of cases) expect(pluralCategory(n, 'ar'), String(n)).to.equal(category);
    });

    it('picks the Arabic message of each category', async () => {
      await useInterfaceLocale('ar');
      expect(viewsText(2, 'ar')).to.equal('2 مشاهدتان');
      expect(viewsText(3, 'ar')).to.equal('3 مشاهدات');
      expect(viewsText(11, 'ar')).to.equal('11 مشاهدة');
      expect(commentsText(0, 'ar')).to.equal('0 تعليق');
      expect(commentsText(1, 'ar')).to.equal('1 تعليق');
      expect(commentsText(2, 'ar')).to.equal('2 تعليقان');
      expect(commentsText(5, 'ar')).to.equal('5 تعليقات');
      expect(commentsText(11, 'ar')).to.equal('11 تعليقًا');
      expect(commentsText(100, 'ar')).to.equal('100 تعليق');
      expect(viewsText(3626, 'ar-EG')).to.equal('٣٬٦٢٦ مشاهدة');
    });

    it('uses English, Persian and Urdu forms', async () => {
      await useInterfaceLocale('en');
      expect(viewsText(1, 'en')).to.equal('1 view');
      expect(viewsText(3626, 'en')).to.equal('3,626 views');
      expect(minutesReadText(5, 'en')).to.equal('5 min read');
      await useInterfaceLocale('fa');
      expect(viewsText(3626, 'fa')).to.equal('۳٬۶۲۶ بازدید');
      expect(minutesReadText(5, 'fa')).to.equal('۵ دقیقه مطالعه');
      await useInterfaceLocale('ur');
      expect(commentsText(1, 'ur')).to.equal('1 تبصرہ');
      expect(commentsText(3, 'ur')).to.equal('3 تبصرے');
      expect(viewsText(3626, 'ur')).to.equal('3,626 بار دیکھا گیا');
    });
  });

  describe('digits typed by people', () => {
    it('normalizes Arabic-Indic and Persian digits to 0-9', () => {
      expect(normalizeDigits('٠١٢٣٤٥٦٧٨٩')).to.equal('0123456789');
      expect(normalizeDigits('۰۱۲۳۴۵۶۷۸۹')).to.equal('0123456789');
      expect(normalizeDigits('a۴b٤c4')).to.equal('a4b4c4');
    });
  });
});
