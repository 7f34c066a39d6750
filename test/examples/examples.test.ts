// The example apps (examples/react, examples/vue), built as a user would: each installs its own
// dependencies from the registry, news-elements from the packed tarball (.pack/news-elements.tgz, what
// `npm publish` would ship), then type-checks (with its deliberate mistakes under @ts-expect-error /
// @vue-expect-error) and builds with Vite. The React app is then checked again on React 18.
// Run by .ci/run (`npm run test:examples`), not by `npm test`: it downloads and takes a minute or two.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const INSTALL_MS = 300_000;

function npm(example: string, args: string[]): void {
  const result = spawnSync('npm', args, { cwd: path.join(repoRoot, 'examples', example), encoding: 'utf8', timeout: INSTALL_MS, env: { ...process.env, NO_COLOR: '1' } });
  assert.equal(result.status, 0, `npm ${args.join(' ')} in examples/${example}:\n${result.stdout}${result.stderr}${result.error ?? ''}`);
}

if (!existsSync(path.join(repoRoot, '.pack', 'news-elements.tgz'))) {
  throw new Error('No .pack/news-elements.tgz: run `npm run build && node scripts/pack-consumer.js` first.');
}

for (const example of ['react', 'vue']) {
  describe(`examples/${example}`, { concurrency: false }, () => {
    it('installs its dependencies and the packed news-elements from scratch', { timeout: INSTALL_MS }, () => {
      rmSync(path.join(repoRoot, 'examples', example, 'node_modules'), { recursive: true, force: true });
      npm(example, ['install', '--no-audit', '--no-fund']);
    });
    it('type-checks, its deliberate mistakes included', { timeout: INSTALL_MS }, () => npm(example, ['run', 'typecheck']));
    it('builds with Vite', { timeout: INSTALL_MS }, () => npm(example, ['run', 'build']));
    if (example === 'react') {
      it('renders the wrappers on the server (renderToString in Node)', () => npm(example, ['run', 'ssr']));
      it('type-checks, builds and renders on the server with React 18 too', { timeout: INSTALL_MS }, () => {
        npm(example, ['install', '--no-save', '--no-audit', '--no-fund', 'react@18.3.1', 'react-dom@18.3.1', '@types/react@18.3.28', '@types/react-dom@18.3.7']);
        npm(example, ['run', 'typecheck']);
        npm(example, ['run', 'build']);
        npm(example, ['run', 'ssr']);
      });
    }
  });
}
