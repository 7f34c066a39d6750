// `sideEffects` in package.json lets a bundler drop what an app never imports: an app that uses the SDK
// alone ships no lit, and one that uses one React wrapper ships one element.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { build } from 'vite';
import { consumerDir } from './support.js';

/** Bundles one entry of the scratch app with Vite for production (an app: what it does not use is dropped), and returns the JavaScript. */
async function bundle(name: string, source: string, external: string[] = []): Promise<string> {
  const input = path.join(consumerDir, `${name}.js`);
  writeFileSync(input, source);
  const output = await build({
    root: consumerDir,
    configFile: false,
    logLevel: 'silent',
    build: { write: false, minify: true, modulePreload: false, rollupOptions: { input, external } },
  });
  return (Array.isArray(output) ? output : [output])
    .flatMap((o) => ('output' in o ? o.output : []))
    .map((chunk) => (chunk.type === 'chunk' ? chunk.code : ''))
    .join('\n');
}

// Strings that survive minification: every lit build registers its version on globalThis.
const LIT_MARKERS = ['litElementVersions', 'litHtmlVersions', 'reactiveElementVersions'];

describe('sideEffects', () => {
  it('an app that imports only the SDK has no lit code and no element', async () => {
    const code = await bundle('sdk-only', `import { createNewsClient } from 'news-elements/sdk';\nconsole.log(createNewsClient({ baseUrl: '/api' }));\n`);
    assert.ok(code.includes('/api') && code.includes('retries'), 'the SDK is in the bundle');
    for (const marker of LIT_MARKERS) assert.ok(!code.includes(marker), `lit code (${marker}) in an SDK-only bundle`);
    assert.ok(!/news-(article|share-bar|provider)/.test(code), 'an element in an SDK-only bundle');
  });

  it('an app that uses one React wrapper has that element and no other', async () => {
    const code = await bundle('one-wrapper', `import { NewsShareBar } from 'news-elements/react';\nconsole.log(NewsShareBar);\n`, ['react', '@lit/react']);
    assert.ok(code.includes('news-share-bar'), 'the share bar is in the bundle');
    for (const tag of ['news-article', 'news-comment-form', 'news-comments', 'news-latest-articles', 'news-language-switcher', 'news-provider']) {
      assert.ok(!code.includes(`"${tag}"`) && !code.includes(`'${tag}'`), `<${tag}> is in a bundle that uses only the share bar`);
    }
  });

  it('an app that imports one element file has that element and no other', async () => {
    const code = await bundle('one-element', `import 'news-elements/elements/share-bar';\n`);
    assert.ok(code.includes('news-share-bar'));
    assert.ok(LIT_MARKERS.some((marker) => code.includes(marker)), 'the markers find lit where it is');
    assert.ok(!code.includes('news-comment-form'), '<news-comment-form> is in a bundle that imports only the share bar');
  });
});
