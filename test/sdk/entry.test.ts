// The built SDK entry loads in plain Node 20, with no DOM globals.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const entry = new URL('../../dist/sdk/index.js', import.meta.url);

describe('dist/sdk/index.js in Node', () => {
  it('imports and validates without any DOM global', () => {
    assert.ok(existsSync(entry), 'dist/sdk/index.js exists (npm test builds it first)');
    const script = `
      if (typeof window !== 'undefined' || typeof document !== 'undefined') throw new Error('DOM globals present');
      const sdk = await import(${JSON.stringify(entry.href)});
      const client = sdk.createNewsClient({ baseUrl: 'http://127.0.0.1:9/api' });
      const ok = sdk.Language.safeParse({ lang: 'ur', name: 'Urdu', nativeName: 'اردو', dir: 'rtl' }).success;
      console.log(JSON.stringify({ baseUrl: client.baseUrl, ok, names: ['NewsError', 'NewsHttpError'].every((n) => n in sdk) }));
    `;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    assert.deepEqual(JSON.parse(out), { baseUrl: 'http://127.0.0.1:9/api', ok: true, names: true });
  });
});
