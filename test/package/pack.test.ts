// What `npm publish` would ship, and the two linters of package metadata: publint and
// @arethetypeswrong/cli (ESM only: the package has no CommonJS build, on purpose).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bin, repoRoot, run } from './support.js';

interface PackResult {
  size: number;
  unpackedSize: number;
  files: { path: string }[];
}

describe('package', () => {
  it('packs only what users need', () => {
    const result = run('npm', ['pack', '--dry-run', '--json'], repoRoot);
    assert.equal(result.code, 0, result.output);
    const [packed] = JSON.parse(result.output.slice(result.output.indexOf('['))) as PackResult[];
    const files = packed!.files.map((file) => file.path);
    const unexpected = files.filter((file) => !/^(package\.json|README\.md|LICENSE|dist\/.+)$/.test(file) || /\.(map|ts\.tmp|tsbuildinfo)$/.test(file) || /^dist\/.*\.test\./.test(file));
    assert.deepEqual(unexpected, []);
    for (const needed of ['dist/index.js', 'dist/react/index.js', 'dist/react/index.d.ts', 'dist/frameworks/jsx.d.ts', 'dist/frameworks/vue.d.ts', 'dist/frameworks/svelte.d.ts', 'dist/vscode.html-custom-data.json', 'dist/vscode.css-custom-data.json', 'dist/web-types.json', 'dist/custom-elements.json', 'dist/cdn/news-elements.js']) {
      assert.ok(files.includes(needed), `${needed} is not in the package`);
    }
    console.log(`npm pack: ${files.length} files, ${(packed!.size / 1024).toFixed(1)} KB packed, ${(packed!.unpackedSize / 1024).toFixed(1)} KB unpacked`);
  });

  it('passes publint --strict with no message', () => {
    const result = run(bin('publint'), ['--strict'], repoRoot);
    assert.equal(result.code, 0, result.output);
    assert.match(result.output, /All good!/, result.output);
  });

  it('passes @arethetypeswrong/cli (profile esm-only) with no problem', () => {
    const result = run(bin('attw'), ['--pack', '.', '--profile', 'esm-only', '--format', 'ascii'], repoRoot);
    assert.equal(result.code, 0, result.output);
    // Problems are listed before the table; the ignored resolutions (node10, CommonJS) are marked "(ignored)".
    const problems = result.output.split('\n').filter((line) => /(⚠️|❌|💀|🐛|🥴|❗️)/u.test(line) && !line.includes('(ignored'));
    assert.deepEqual(problems, []);
  });
});
