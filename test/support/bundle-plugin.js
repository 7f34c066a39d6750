// Serves each React test file (test/react/*.test.tsx) as one esbuild bundle: React and ReactDOM are
// CommonJS, which the test runner's dev server does not convert, and bundling is what a React app
// does anyway. `news-elements/react` resolves to the built package (dist/, through `exports`), so
// run `npm run build` first. Everything else in test/ is served file by file as before.
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export function bundlePlugin({ include = /^\/test\/react\/.+\.test\.tsx$/ } = {}) {
  return {
    name: 'news-bundle-react-tests',
    async serve(context) {
      if (!include.test(context.path)) return undefined;
      const result = await build({
        entryPoints: [path.join(repoRoot, context.path)],
        bundle: true,
        write: false,
        format: 'esm',
        platform: 'browser',
        target: 'es2022',
        jsx: 'automatic',
        conditions: ['development', 'browser'],
        define: { 'process.env.NODE_ENV': '"development"' },
        sourcemap: 'inline',
        logLevel: 'silent',
      });
      return { body: result.outputFiles[0].text, type: 'js' };
    },
  };
}
