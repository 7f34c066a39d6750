// Finds a Chromium for the browser tests, the benchmarks and screenshots, first found wins:
//   1. CHROME_PATH;
//   2. a system Chromium or Chrome on PATH (chromium, chromium-browser, google-chrome, google-chrome-stable);
//   3. Playwright's own Chromium, installed with `npx playwright-core install chromium` when absent.
// When none can be had it says what to install, in one line, and returns undefined.
import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import path from 'node:path';

export const NO_CHROMIUM = 'No Chromium found: install chromium (apt-get install chromium) or set CHROME_PATH';
const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

const isExecutable = (file) => {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    const file = path.join(dir, name);
    if (isExecutable(file)) return file;
  }
  return undefined;
}

async function playwrightChromium() {
  const { chromium } = await import('playwright-core');
  const managed = () => {
    const file = chromium.executablePath();
    return file && existsSync(file) ? file : undefined;
  };
  if (managed()) return managed();
  try {
    // Downloads from Playwright's CDN: fails where only the package registries are reachable.
    execFileSync(process.execPath, [path.resolve('node_modules/playwright-core/cli.js'), 'install', 'chromium'], { stdio: 'ignore', timeout: 300_000 });
  } catch {
    return undefined;
  }
  return managed();
}

/** The path of a Chromium binary, or undefined (after printing NO_CHROMIUM) when there is none. */
export async function findChromium({ quiet = false } = {}) {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    if (!quiet) console.error(`CHROME_PATH=${fromEnv} is not an executable file`);
    return undefined;
  }
  for (const name of SYSTEM_NAMES) {
    const file = onPath(name);
    if (file) return file;
  }
  const managed = await playwrightChromium();
  if (managed) return managed;
  if (!quiet) console.error(NO_CHROMIUM);
  return undefined;
}

/** The flags every headless run here uses (../shared/TOOLCHAIN.md): no sandbox, no GPU, no background traffic. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

// `node scripts/find-chromium.js` prints the path, or the one line, and exits non-zero.
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const found = await findChromium();
  if (!found) process.exit(1);
  console.log(found);
}
