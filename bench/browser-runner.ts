/**
 * Bundles a browser benchmark with esbuild, serves it on 127.0.0.1 and runs it
 * in Debian's Chromium (headless, the flags of ../shared/TOOLCHAIN.md).
 */
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import type { Row } from './harness.js';

/** Debian's Chromium (CHROME_PATH overrides it), headless, with the flags of ../shared/TOOLCHAIN.md. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export async function runInBrowser(entry: string, call: string): Promise<Row[]> {
  const dir = await mkdtemp(join(tmpdir(), 'news-bench-'));
  await build({
    entryPoints: { bench: entry },
    bundle: true,
    splitting: true,
    format: 'esm',
    outdir: dir,
    minify: true,
    conditions: ['production'],
    tsconfig: 'tsconfig.json',
    target: 'es2022',
    logLevel: 'error',
  });
  // Cross-origin isolated, so performance.now() has 5 µs resolution instead of 100 µs (the shortest rows last 1 to 3 ms).
  const isolation = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' };
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/') {
      res.writeHead(200, { 'content-type': 'text/html', ...isolation });
      return res.end(`<!doctype html><html lang="en"><body><script type="module">import * as bench from './bench.js'; window.bench = bench;</script></body></html>`);
    }
    try {
      const body = await readFile(join(dir, path.replace(/\.\./g, '')));
      res.writeHead(200, { 'content-type': 'text/javascript', ...isolation });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    page.on('crash', () => console.error('the benchmark page crashed'));
    page.on('pageerror', (error) => console.error('page error:', error.message));
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    await page.waitForFunction(() => 'bench' in window);
    if (!(await page.evaluate(() => crossOriginIsolated))) console.error('the benchmark page is not cross-origin isolated: timings are rounded to 0.1 ms');
    return (await page.evaluate(call)) as Row[];
  } finally {
    await browser.close();
    server.close();
    await rm(dir, { recursive: true, force: true });
  }
}
