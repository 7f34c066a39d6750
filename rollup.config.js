// Build outputs (see DESIGN.md):
//   dist/index.js, dist/sdk/index.js, dist/elements/<name>.js  npm build, dependencies external
//   dist/cdn/news-elements.js                                   self-contained, minified, lazy chunks beside it
//   dist/demo/news-elements.js                                  the same plus every element, for the demo site only
// Declarations come from `tsc -p tsconfig.build.json`; custom-elements.json from `cem analyze`.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import minifyLiterals from 'rollup-plugin-minify-template-literals';

/**
 * Elements in the build outputs (dist/elements/<name>.js, the npm entry, the CDN bundle).
 * An element joins when every budget of ../shared/BUDGETS.md holds with it (`npm run size`);
 * until then it lives in src/, tests and Storybook only.
 */
export const elements = ['provider', 'language-switcher'];

const onwarn = (warning, warn) => {
  // zod's ESM build uses top-level `this` and has circular imports; both are harmless.
  if (warning.code === 'THIS_IS_UNDEFINED' || warning.code === 'CIRCULAR_DEPENDENCY') return;
  warn(warning);
};

const ts = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', sourceMap: false });
// Whitespace and comments out of html`` and css`` templates: the elements' CSS is most of their own weight.
const literals = () => minifyLiterals({ include: ['src/**/*.ts'] });
const isBare = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0');

export default [
  {
    input: {
      index: 'src/index.ts',
      'sdk/index': 'src/sdk/index.ts',
      ...Object.fromEntries(elements.map((name) => [`elements/${name}`, `src/components/${name}/index.ts`])),
    },
    external: isBare,
    plugins: [ts(), literals()],
    onwarn,
    // Lazy chunks (translations) may import from the entry itself instead of forcing a facade chunk.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
    },
  },
  cdnLike({ 'news-elements': 'src/cdn.ts' }, 'dist/cdn'),
  // The demo site's bundle (not published): the CDN entry plus the elements waiting on the budget decision.
  cdnLike({ 'news-elements': 'server/demo/elements.ts' }, 'dist/demo'),
];

function cdnLike(input, dir) {
  return {
    input,
    plugins: [
      nodeResolve({ exportConditions: ['production', 'browser', 'module', 'import', 'default'] }),
      ts(),
      literals(),
      terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
    ],
    onwarn,
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir,
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
    },
  };
}
