// Browser tests: TypeScript through esbuild, in Debian's Chromium (CHROME_PATH
// or /usr/bin/chromium) driven by playwright-core; no browser download.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { existsSync } from 'node:fs';
import { summaryReporter } from './test/support/summary-reporter.js';
import { defaultReporter } from '@web/test-runner';
import { newsServerPlugin } from './test/support/news-server-plugin.js';
import { fakeCmsPlugin } from './test/support/fake-cms-plugin.js';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(
    `No Chromium at ${executablePath}. Install Debian's package with \`apt-get install -y chromium\`, ` +
      'or point CHROME_PATH at a Chromium or Chrome binary.',
  );
  process.exit(1);
}

// The real reference server, for test/e2e: /e2e-api/* is proxied to its /api/*.
const newsServer = newsServerPlugin();
// Fake WordPress and Ghost sites, for the CMS adapters: /fake-cms/<site>/* is proxied to them.
const fakeCms = fakeCmsPlugin();

export default {
  files: ['test/components/**/*.test.ts', 'test/internal/**/*.test.ts', 'test/browser/**/*.test.ts', 'test/e2e/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development', 'browser'] },
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 300000,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), newsServer, fakeCms],
  // A plugin's serve hook always answers 200, so the proxy is a middleware (it waits for the server itself).
  middleware: [newsServer.middleware, fakeCms.middleware],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      },
    }),
  ],
  reporters: [defaultReporter(), summaryReporter()],
};
