// Measures one element straight from src, in memory (writes nothing): minified +
// gzip -9, bundled with lit and everything it imports, lazy chunks apart. For
// quick checks while working; `npm run size` is the real gate on dist/.
// Usage: node --import tsx scripts/measure-element.js share-bar
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import minifyLiterals from 'rollup-plugin-minify-template-literals';
import { gzipSync } from 'node:zlib';

const name = process.argv[2];
if (!name) {
  console.error('usage: node scripts/measure-element.js <element folder name, e.g. share-bar>');
  process.exit(2);
}
const build = await rollup({
  input: `src/components/${name}/index.ts`,
  plugins: [
    nodeResolve({ exportConditions: ['production', 'browser', 'module', 'import', 'default'], extensions: ['.ts', '.js'] }),
    esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
    minifyLiterals({ include: ['src/**/*.ts'] }),
    terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
  ],
  onwarn: () => {},
  preserveEntrySignatures: 'allow-extension',
});
const { output } = await build.generate({ format: 'es' });
for (const chunk of output.filter((o) => o.type === 'chunk')) {
  const bytes = gzipSync(chunk.code, { level: 9 }).length;
  console.log(`${chunk.isEntry ? 'entry' : 'lazy '} ${chunk.fileName.padEnd(40)} ${(bytes / 1024).toFixed(2)} KB gz (${bytes} B)`);
}
