/** The site's languages come from LANGUAGES: the API, the seed and the demo site follow it. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loadConfig } from '../src/config.js';
import type { RunningServer } from '../src/server.js';
import { backend, openTestEnv, type TestEnv } from './helpers.js';

let env: TestEnv;
let server: RunningServer;

before(async () => {
  env = await openTestEnv();
  // A fresh database: the seed writes only the configured languages' versions.
  server = await env.start({ languages: loadConfig({ LANGUAGES: 'en, ar' }).languages });
});

after(async () => {
  await env?.close();
});

describe('LANGUAGES', () => {
  it('defaults to English, Arabic, Persian and Urdu', () => {
    assert.deepEqual(loadConfig({}).languages, [
      { lang: 'en', name: 'English', nativeName: 'English', dir: 'ltr' },
      { lang: 'ar', name: 'Arabic', nativeName: 'العربية', dir: 'rtl' },
      { lang: 'fa', name: 'Persian', nativeName: 'فارسی', dir: 'rtl' },
      { lang: 'ur', name: 'Urdu', nativeName: 'اردو', dir: 'rtl' },
    ]);
  });

  it('takes known languages by code and others written out, and refuses what it cannot use', () => {
    assert.deepEqual(loadConfig({ LANGUAGES: 'fa,de:German:Deutsch:ltr' }).languages, [
      { lang: 'fa', name: 'Persian', nativeName: 'فارسی', dir: 'rtl' },
      { lang: 'de', name: 'German', nativeName: 'Deutsch', dir: 'ltr' },
    ]);
    for (const bad of ['de', 'EN', 'en-GB', 'en,en', ',', 'de:German:Deutsch:up']) {
      assert.throws(() => loadConfig({ LANGUAGES: bad }), /LANGUAGES/, bad);
    }
  });
});

describe(`a site in en and ar only (${backend})`, () => {
  it('lists only those in GET /api/languages', async () => {
    const res = await fetch(`${server.url}/api/languages`);
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), [
      { lang: 'en', name: 'English', nativeName: 'English', dir: 'ltr' },
      { lang: 'ar', name: 'Arabic', nativeName: 'العربية', dir: 'rtl' },
    ]);
  });

  it('seeds their versions only, with the ids they have in the full demo', async () => {
    const page = (await (await fetch(`${server.url}/api/articles?limit=100`)).json()) as { items: { id: string; lang: string }[] };
    assert.deepEqual([...new Set(page.items.map((a) => a.lang))].sort(), ['ar', 'en']);
    assert.equal(page.items.length, 12);
    assert.ok(page.items.some((a) => a.id === '1001') && page.items.some((a) => a.id === '1002'));
    const article = (await (await fetch(`${server.url}/api/articles/1001`)).json()) as { translations: { lang: string }[] };
    assert.deepEqual(article.translations.map((t) => t.lang), ['ar']);
  });

  it('serves front pages in those languages, links only them, and refuses the others', async () => {
    assert.equal((await fetch(`${server.url}/fa/`)).status, 404);
    const res = await fetch(`${server.url}/ar/`);
    assert.equal(res.status, 200);
    const html = await res.text();
    assert.match(html, /<html lang="ar" dir="rtl">/);
    assert.deepEqual([...html.matchAll(/<link rel="alternate" hreflang="(\w+)"/g)].map((m) => m[1]), ['en', 'ar']);
    assert.doesNotMatch(html, /hreflang="(fa|ur)"/);
  });
});
