/**
 * The fake CMS sites (test/fixtures/cms) as a process of their own, for the browser tests
 * (test/support/fake-cms-plugin.js) and by hand: `node --import tsx test/support/fake-cms-main.ts`.
 * Prints `Fake CMS listening on <url>` and serves until it is stopped.
 */
import { startFakeCms, standardSites } from './fake-cms.js';

const cms = await startFakeCms((origin) => standardSites(origin));
console.log(`Fake CMS listening on ${cms.origin}`);
// startFakeCms unrefs its server (right for tests in-process); here the server is the process.
setInterval(() => {}, 1 << 30);
