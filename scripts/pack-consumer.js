// Packs the package as `npm publish` would (`npm pack`) into .pack/news-elements.tgz, and unpacks it as
// an installed dependency of a scratch app, .pack/consumer/node_modules/news-elements. The tests in
// test/package resolve `news-elements` from there: only the packed files, through the `exports` map.
// The scratch app sits inside the repository, so `lit`, `react`, `vite` and the rest resolve from the
// repository's own node_modules. The example apps (examples/) install the tarball.
import { execFileSync } from 'node:child_process';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';

if (process.argv.includes('--if-missing')) {
  const { existsSync } = await import('node:fs');
  if (existsSync('.pack/consumer/node_modules/news-elements/package.json')) process.exit(0);
}
rmSync('.pack', { recursive: true, force: true });
mkdirSync('.pack/consumer/node_modules/news-elements', { recursive: true });
const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', '.pack'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }));
renameSync(`.pack/${packed.filename}`, '.pack/news-elements.tgz');
execFileSync('tar', ['-xzf', '.pack/news-elements.tgz', '-C', '.pack/consumer/node_modules/news-elements', '--strip-components=1']);
writeFileSync('.pack/consumer/package.json', `${JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2)}\n`);
console.log(`packed news-elements ${packed.version}: ${packed.entryCount} files, ${(packed.size / 1024).toFixed(1)} KB (${(packed.unpackedSize / 1024).toFixed(1)} KB unpacked) -> .pack/consumer`);
