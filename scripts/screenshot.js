// Screenshots pages of a static folder in headless Chromium, to look at what we built.
// Usage: node scripts/screenshot.js <dir> <out-dir> <path> [<path> ...]
//   e.g. node scripts/screenshot.js storybook-static shots "iframe.html?id=elements-news-provider--arabic&globals=locale:ar"
import { chromium } from 'playwright-core';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { serveStatic } from './static-server.js';

const [root, outDir, ...paths] = process.argv.slice(2);
const server = await serveStatic(root);
const { base } = server;

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
await mkdir(outDir, { recursive: true });
const page = await browser.newPage({ viewport: { width: 900, height: 500 } });
page.on('pageerror', (error) => console.error('page error:', error.message));
for (const [index, path] of paths.entries()) {
  await page.goto(base + path, { waitUntil: 'networkidle' });
  await page.waitForTimeout(500);
  const file = join(outDir, `${index}-${path.replace(/[^a-z0-9]+/gi, '_').slice(0, 80)}.png`);
  await page.screenshot({ path: file, fullPage: true });
  console.log(file);
}
await browser.close();
server.close();
