// Every interface string has a translation in ar, fa and ur, with the source's placeholders.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import ts from 'typescript';

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

  // The CDN builds leave out @lit/localize's runtime id hashing (rollup.config.js): a msg() without an
  // explicit id would render its English text in every locale there.
  it('every msg() call has an explicit id', () => {
    const missing: string[] = [];
    const files = readdirSync(new URL('../../src', import.meta.url), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts') && !f.startsWith('locales'));
    for (const file of files) {
      const source = readFileSync(new URL(`../../src/${file}`, import.meta.url), 'utf8');
      const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node): void => {
        if (ts.isCallExpression(node) && node.expression.getText() === 'msg') {
          const options = node.arguments[1];
          const hasId = !!options && ts.isObjectLiteralExpression(options) && options.properties.some((p) => p.name?.getText() === 'id');
          if (!hasId) missing.push(`src/${file}:${tree.getLineAndCharacterOfPosition(node.pos).line + 1}`);
        }
        ts.forEachChild(node, visit);
      };
      visit(tree);
    }
    assert.ok(files.length > 20, 'found the sources');
    assert.deepEqual(missing, [], 'msg() calls without { id }');
  });
});
