// Every interface string has a translation in ar, fa and ur, with the source's placeholders.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const UNIT = /<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>(?:\s*<target>([\s\S]*?)<\/target>)?/g;

describe('translations', () => {
  for (const lang of ['ar', 'fa', 'ur']) {
    it(`${lang}: every source string has a translation with the same placeholders`, () => {
      const xliff = readFileSync(new URL(`../../xliff/${lang}.xlf`, import.meta.url), 'utf8');
      const units = [...xliff.matchAll(UNIT)];
      assert.ok(units.length > 0, 'the file has units (run npm run localize:extract)');
      const missing = units.filter(([, , , target]) => !target?.trim()).map(([, id]) => id);
      assert.deepEqual(missing, [], `untranslated in ${lang}`);
      for (const [, id, source, target] of units) {
        const placeholders = (s: string) => (s.match(/<x id="(\d+)"/g) ?? []).sort();
        assert.deepEqual(placeholders(target!), placeholders(source!), `placeholders of ${id} in ${lang}`);
        assert.doesNotMatch(target!.replace(/<x [^>]*\/>/g, ""), /[A-Za-z]{4,}/, `${id} in ${lang} still reads as English: ${target}`);
      }
    });
  }
});
