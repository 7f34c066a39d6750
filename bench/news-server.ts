/**
 * One reference server for the benchmarks that need it (the article page in
 * Chromium, then autocannon through server/bench/api.ts): started the way the
 * server tests and server/bench/api.ts start it (`spawnServer`, i.e.
 * `node --import tsx server/src/main.ts` on port 0), in a fresh temporary
 * DATA_DIR with the seed on and always on PGlite. The tests' own settings
 * (small proof-of-work, trusted proxy header) are put back to `npm start`'s
 * defaults, so the demo page is served as a reader would get it.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { spawnServer } from '../server/test/helpers.js';

export interface NewsServer {
  /** e.g. http://127.0.0.1:41234, no trailing slash. */
  url: string;
  /** Milliseconds from spawn to "listening". */
  startMs: number;
  close(): Promise<void>;
}

export async function startNewsServer(): Promise<NewsServer> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'news-bench-server-'));
  const started = performance.now();
  // Empty values mean "unset" to server/src/config.ts; DATABASE_URL empty keeps this server on PGlite.
  const server = await spawnServer({ DATA_DIR: dataDir, SEED: '1', DATABASE_URL: '', CAPTCHA_MAXNUMBER: '', TRUST_PROXY: '' }).catch(async (error: unknown) => {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  });
  const startMs = Math.round(performance.now() - started);
  return {
    url: server.url.replace(/\/$/, ''),
    startMs,
    async close() {
      server.child.kill('SIGTERM');
      await server.exited;
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
