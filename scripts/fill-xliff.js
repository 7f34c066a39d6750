// Fills the <target> of every unit in xliff/<lang>.xlf from xliff/translations.json,
// which maps a message to its ar, fa and ur text ({0}, {1}, ... stand for the
// placeholders of the English source, in order). A message is keyed by its explicit
// id when it has one (plural categories: `count.views.few`), else by its English
// source with placeholders as {0}, {1} (`Language: {0}`): lit-localize's generated
// ids are hashes, and a translator reads the English anyway. Runs after `lit-localize extract`
// (npm run localize:extract does both). A unit without a translation keeps no
// target, and test/sdk/translations.test.ts fails on it.
import { readFileSync, writeFileSync } from 'node:fs';

const translations = JSON.parse(readFileSync('xliff/translations.json', 'utf8'));
const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const UNIT = /<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>(?:\s*<target>[\s\S]*?<\/target>)?\s*<\/trans-unit>/g;

for (const lang of ['ar', 'fa', 'ur']) {
  const file = `xliff/${lang}.xlf`;
  const text = readFileSync(file, 'utf8').replace(UNIT, (unit, id, source) => {
    const placeholders = source.match(/<x [^>]*\/>/g) ?? [];
    const english = placeholders
      .reduce((t, ph, i) => t.replace(ph, `{${i}}`), source)
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
    const entry = (translations[id] ?? translations[english])?.[lang];
    if (entry === undefined) return unit;
    const target = placeholders.reduce((t, ph, i) => t.replaceAll(`{${i}}`, ph), escape(entry));
    return `<trans-unit id="${id}">\n  <source>${source}</source>\n  <target>${target}</target>\n</trans-unit>`;
  });
  writeFileSync(file, text);
}
console.log('xliff targets filled from xliff/translations.json');
