// Browser tests: TypeScript through esbuild, in a Chromium found by scripts/find-chromium.js
// (CHROME_PATH, a system Chromium on PATH, or Playwright's own), driven by playwright-core.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { summaryReporter } from './test/support/summary-reporter.js';
import { defaultReporter } from '@web/test-runner';
import { newsServerPlugin } from './test/support/news-server-plugin.js';
import { fakeCmsPlugin } from './test/support/fake-cms-plugin.js';
import { bundlePlugin } from './test/support/bundle-plugin.js';
import { ssrMiddleware } from './test/support/ssr-plugin.js';
import { CHROMIUM_ARGS, findChromium } from './scripts/find-chromium.js';

const executablePath = await findChromium();
// findChromium said what to install, in one line.
if (!executablePath) process.exit(1);

// The real reference server, for test/e2e: /e2e-api/* is proxied to its /api/*.
const newsServer = newsServerPlugin();
// Fake WordPress and Ghost sites, for the CMS adapters: /fake-cms/<site>/* is proxied to them.
const fakeCms = fakeCmsPlugin();

export default {
  files: ['test/components/**/*.test.ts', 'test/internal/**/*.test.ts', 'test/browser/**/*.test.ts', 'test/e2e/**/*.test.ts', 'test/react/**/*.test.tsx'],
  nodeResolve: { exportConditions: ['development', 'browser'] },
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 300000,
  plugins: [bundlePlugin(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), newsServer, fakeCms],
  // A plugin's serve hook always answers 200, so the proxy is a middleware (it waits for the server itself).
  middleware: [newsServer.middleware, fakeCms.middleware, ssrMiddleware()],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath,
        headless: true,
        args: CHROMIUM_ARGS,
      },
    }),
  ],
  reporters: [defaultReporter(), summaryReporter()],
};
