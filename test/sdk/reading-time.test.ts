import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { countWords, readingMinutes, textOfHtml } from '../../src/sdk/reading-time.js';

describe('reading time', () => {
  it('counts the words of languages written with spaces, punctuation excluded', () => {
    assert.equal(countWords('The mayor said: "A place for everyone."', 'en'), 7);
    assert.equal(countWords('شورای شهر کتابخانه عمومی جدید را افتتاح کرد.', 'fa'), 8);
    assert.equal(countWords('مجلس المدينة يفتتح المكتبة العامة الجديدة', 'ar'), 6);
  });

  it('does not let one CJK paragraph count as a single word', () => {
    assert.ok(countWords('图书馆周一开放，市长说这是每个人的地方。', 'zh') > 8);
  });

  it('gives minutes at the locale\'s pace, at least one', () => {
    const english = Array.from({ length: 460 }, () => 'word').join(' ');
    assert.equal(readingMinutes(english, 'en'), 2);
    const persian = Array.from({ length: 360 }, () => 'کتاب').join(' ');
    assert.equal(readingMinutes(persian, 'fa'), 2);
    assert.equal(readingMinutes('Short.', 'en'), 1);
    assert.equal(readingMinutes('   ', 'en'), 0);
  });

  it('counts a mixed-script body sanely', () => {
    const mixed = 'The council (شورای شهر) voted 12–3 in favour; 图书馆 opens Monday.';
    const words = countWords(mixed, 'en');
    assert.ok(words >= 10 && words <= 16, String(words));
  });

  it('does not let one CJK paragraph count as a single word, paragraph by paragraph', () => {
    assert.ok(countWords('图书馆周一开放。\n市长说这是每个人的地方。\n\n第三段。', 'zh-Hans') > 8);
  });

  it('counts Persian compounds joined by a zero-width non-joiner as one word', () => {
    assert.equal(countWords('کتاب‌خانه‌ها باز است', 'fa'), 3);
  });

  it('counts the words of article HTML, not its tags or attributes', () => {
    const html = '<p class="lead" data-x="one two three">Hello <b>world</b>.</p><script>var a = 1</script><ul><li>one&nbsp;item</li></ul><img alt="many words here">';
    assert.equal(countWords(textOfHtml(html), 'en'), 4);
    // A 200 KB body is counted by whitespace, not word segmentation.
    const body = '<p>word '.repeat(30_000);
    assert.equal(countWords(textOfHtml(body), 'en'), 30_000);
  });
});
