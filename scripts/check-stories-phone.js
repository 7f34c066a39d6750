// Renders every story of the built Storybook at phone width (360 x 800 CSS px) in headless Chromium and
// fails when one scrolls sideways or has a box past the viewport's edges, or text cut off by overflow:
// hidden (the checks of test/support/phone-layout.ts, the ones the conformance suite runs).
// Usage: node scripts/check-stories-phone.js [storybook-static] [--width 360]
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.js';
import { serveStatic } from './static-server.js';

const args = process.argv.slice(2);
const widthIndex = args.indexOf('--width');
const width = widthIndex >= 0 ? Number(args[widthIndex + 1]) : 360;
const root = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--width') ?? 'storybook-static';

const index = JSON.parse(await readFile(join(root, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story');

// The same checks as the browser tests, bundled into a page script that defines window.__phoneLayoutProblems.
const bundled = await build({
  stdin: { contents: "import { phoneLayoutProblems } from './test/support/phone-layout.ts'; window.__phoneLayoutProblems = phoneLayoutProblems;", resolveDir: process.cwd(), loader: 'ts' },
  bundle: true,
  write: false,
  format: 'iife',
  target: 'es2022',
  logLevel: 'error',
});
const checker = bundled.outputFiles[0].text;

const server = await serveStatic(root);
const { base } = server;

const executablePath = await findChromium();
if (!executablePath) process.exit(1);
const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width, height: 800 } });
let failed = 0;
let checked = 0;
try {
  for (const story of stories) {
    await page.goto(`${base}iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'load' });
    // Storybook renders the story, then its elements load data (from in-memory clients) and render.
    await page.waitForFunction(() => document.querySelector('#storybook-root')?.children.length > 0, null, { timeout: 15000 }).catch(() => {});
    await page.waitForTimeout(300);
    const problems = await page.evaluate(`(() => {
      ${checker}
      const hosts = [...document.querySelectorAll('#storybook-root *')].filter((el) => el.localName.startsWith('news-'));
      // The outermost elements: a check of one covers the elements in its light DOM.
      const tops = hosts.filter((el) => !hosts.some((other) => other !== el && other.contains(el)));
      const all = tops.flatMap((el) => window.__phoneLayoutProblems(el));
      return [...new Set(all)];
    })()`);
    checked++;
    if (problems.length) {
      failed++;
      console.log(`✗ ${story.title} / ${story.name} (${story.id}):\n    ${problems.slice(0, 8).join('\n    ')}`);
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`stories at ${width} px: ${checked - failed} fit, ${failed} overflow`);
process.exit(failed || checked === 0 ? 1 : 0);
