import { expect } from '@open-wc/testing';
import { countWords, readingMinutes } from '../../src/internal/reading-time.js';

describe('reading time', () => {
  it('counts words per language with Intl.Segmenter, punctuation and spaces excluded', () => {
    expect(countWords('The mayor said: "A place for everyone."', 'en')).to.equal(7);
    expect(countWords('شورای شهر کتابخانه عمومی جدید را افتتاح کرد.', 'fa')).to.equal(8);
    expect(countWords('مجلس المدينة يفتتح المكتبة العامة الجديدة', 'ar')).to.equal(6);
  });

  it('does not let one CJK paragraph count as a single word', () => {
    expect(countWords('图书馆周一开放，市长说这是每个人的地方。', 'zh')).to.be.greaterThan(8);
  });

  it('gives minutes at the locale\'s pace, at least one', () => {
    const english = Array.from({ length: 460 }, () => 'word').join(' ');
    expect(readingMinutes(english, 'en')).to.equal(2);
    const persian = Array.from({ length: 360 }, () => 'کتاب').join(' ');
    expect(readingMinutes(persian, 'fa')).to.equal(2);
    expect(readingMinutes('Short.', 'en')).to.equal(1);
    expect(readingMinutes('   ', 'en')).to.equal(0);
  });

  it('counts a mixed-script body sanely', () => {
    const mixed = 'The council (شورای شهر) voted 12–3 in favour; 图书馆 opens Monday.';
    const words = countWords(mixed, 'en');
    expect(words).to.be.within(10, 16);
  });
});
