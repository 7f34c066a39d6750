/**
 * The server's numbers for the root table: runs server/bench/api.ts (what
 * `npm run bench -w server` runs: the server on loopback, autocannon per
 * route) as a child process and reads the JSON lines it prints. PGlite
 * always, on the running server at `pgliteServer` when given (one started by
 * bench/news-server.ts), else on one api.ts starts; PostgreSQL too, on a
 * server of its own, when DATABASE_URL is set.
 */
import { spawn } from 'node:child_process';
import type { Throughput } from './harness.js';

const NAMES: Record<string, string> = {
  list: 'GET /api/articles',
  'list-304': 'GET /api/articles, If-None-Match (304)',
  article: 'GET one article',
  'article-304': 'GET one article, If-None-Match (304)',
  views: 'POST views, one reader (counted once)',
  counts: 'GET /api/comments/counts, 12 ids',
  page: 'GET an article page, every element rendered on the server',
};

function runOnce(env: NodeJS.ProcessEnv): Promise<Throughput[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/bench/api.ts'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`server/bench/api.ts exited with ${code}:\n${out}`));
      const lines = out.split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as Record<string, unknown>);
      resolve(
        lines
          .filter((r) => typeof r.route === 'string')
          .map((r) => ({
            kind: 'throughput',
            name: `server ${NAMES[r.route as string] ?? (r.route as string)} (${r.backend as string})`,
            backend: r.backend as string,
            method: r.method as string,
            path: r.path as string,
            requestsPerSecond: r.requestsPerSecond as number,
            p50Ms: r.p50Ms as number,
            p99Ms: r.p99Ms as number,
            seconds: r.seconds as number,
            connections: r.connections as number,
            non2xx: r.non2xx as number,
            errors: r.errors as number,
          })),
      );
    });
  });
}

/** `seconds` of autocannon per route and backend. */
export async function serverBenchmarks(seconds: number, pgliteServer?: string): Promise<Throughput[]> {
  const { DATABASE_URL, BENCH_SERVER_URL: _ignored, ...withoutPostgres } = process.env;
  const env = { ...withoutPostgres, BENCH_SECONDS: String(seconds) };
  const rows = await runOnce(pgliteServer ? { ...env, BENCH_SERVER_URL: pgliteServer } : env);
  if (DATABASE_URL) rows.push(...(await runOnce({ ...env, DATABASE_URL })));
  return rows;
}
