// Bundles an element straight from src, in memory, the way the build would ship it
// (esbuild, minified template literals, lit and everything it imports, terser).
// Used by scripts/measure-element.js and by `npm run size` for the elements that
// are not build outputs yet.
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import minifyLiterals from 'rollup-plugin-minify-template-literals';

/** The chunks of `src/components/<name>/index.ts` bundled: the entry first, then its lazy chunks. */
export async function bundleElementFromSrc(name) {
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
  await build.close();
  const chunks = output.filter((o) => o.type === 'chunk');
  return [...chunks.filter((c) => c.isEntry), ...chunks.filter((c) => !c.isEntry)];
}
