// Every path of the `exports` map resolves, from the packed package, the four ways users resolve it:
// Node's ESM loader, a bundler (Vite), and TypeScript's `bundler` and `node16` resolution.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { build } from 'vite';
import { consumerDir, fixture, installedPackage, run, typecheck } from './support.js';

const pkg = JSON.parse(readFileSync(path.join(installedPackage, 'package.json'), 'utf8')) as {
  exports: Record<string, string | Record<string, string>>;
};
const elementNames = ['provider', 'article', 'share-bar', 'comment-form', 'comments', 'latest-articles', 'language-switcher', 'moderation-queue'];
/** Each export path, with the `elements/*` pattern spelled out. */
const specifiers = Object.keys(pkg.exports).flatMap((key) =>
  key === './elements/*' ? elementNames.map((name) => `news-elements/elements/${name}`) : [`news-elements${key.slice(1)}`],
);
const isJson = (specifier: string) => specifier.endsWith('.json');
/** Browser scripts for `<script type="module">` (lit's browser build inside): resolved in Node, not run. */
const browserOnly = new Set(['news-elements/cdn', 'news-elements/cdn/loader']);
/** Server rendering (node:async_hooks, jsdom): imported in Node, never bundled for a browser. */
const nodeOnly = new Set(['news-elements/ssr']);

describe('exports', () => {
  it('names every element of the registry under elements/*', () => {
    const registry = readFileSync(path.join(consumerDir, '..', '..', 'src', 'elements.ts'), 'utf8');
    const names = [...registry.matchAll(/components\/([a-z-]+)\/index\.js/g)].map((m) => m[1]);
    assert.deepEqual(names, elementNames);
  });

  it('resolves every path in Node ESM, and imports each one meant for Node without a DOM', () => {
    // A child process from the scratch app: Node resolves `news-elements` from its node_modules, with
    // the `node` condition (lit's server build), as an app's server code would.
    const script = `
      const failures = [];
      const browserOnly = ${JSON.stringify([...browserOnly])};
      for (const specifier of ${JSON.stringify(specifiers)}) {
        try {
          import.meta.resolve(specifier);
          if (!specifier.endsWith('.json') && !browserOnly.includes(specifier)) await import(specifier);
        } catch (error) { failures.push(specifier + ': ' + error.message); }
      }
      console.log(JSON.stringify(failures));`;
    writeFileSync(path.join(consumerDir, 'resolve-all.mjs'), script);
    const result = run(process.execPath, ['resolve-all.mjs']);
    assert.equal(result.code, 0, result.output);
    assert.deepEqual(JSON.parse(result.output.trim().split('\n').at(-1) ?? 'null'), []);
  });

  it('resolves every path in a bundler (Vite)', async () => {
    const entry = specifiers.filter((specifier) => !nodeOnly.has(specifier)).map((specifier, i) => (isJson(specifier) ? `import j${i} from '${specifier}';\nconsole.log(j${i});` : `import * as m${i} from '${specifier}';\nconsole.log(m${i});`)).join('\n');
    writeFileSync(path.join(consumerDir, 'all-exports.js'), `${entry}\n`);
    const output = await build({
      root: consumerDir,
      configFile: false,
      logLevel: 'silent',
      build: { write: false, minify: false, rollupOptions: { input: path.join(consumerDir, 'all-exports.js'), external: ['react', '@lit/react'] } },
    });
    const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => ('output' in o ? o.output : []));
    assert.ok(chunks.some((chunk) => chunk.type === 'chunk' && chunk.code.includes('news-share-bar')));
  });

  for (const resolution of ['bundler', 'node16'] as const) {
    it(`gives types to every typed path with TypeScript's ${resolution} resolution`, () => {
      const result = typecheck([fixture('exports.ts', `exports-${resolution}`)], resolution);
      assert.equal(result.code, 0, result.output);
    });
  }
});
