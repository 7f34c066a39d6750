// Runs the real reference server (server/) next to the browser tests, for the
// end-to-end tests in test/e2e. Started when the test runner's dev server
// starts (without holding it up: it needs a few seconds to migrate and seed a
// fresh database), on a free port, with a fresh PGlite folder that is removed
// when the run ends. Requests from the test page to /e2e-api/... are proxied
// to the server's /api/... (method, headers, body, status and response
// headers as they are), once the server is ready. When it could not start,
// they answer 502 with its output (in the API's error shape, so the SDK's
// error message carries it), and the tests fail saying why.
//
// Usage in web-test-runner.config.js:
//   const newsServer = newsServerPlugin();
//   export default { plugins: [..., newsServer], middleware: [newsServer.middleware] };
// (dev-server plugins cannot answer with a status other than 200, hence the middleware.)
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The admin token the e2e tests use to approve comments (test/e2e/*.ts has the same). Not a secret. */
export const E2E_ADMIN_TOKEN = 'e2e-admin-token-not-a-secret';
export const E2E_PREFIX = '/e2e-api/';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const READY_LINE = /News server listening on (https?:\/\/\S+)/;
/** Output kept for error messages (the tail). */
const KEEP_CHARS = 16_000;
/** Headers that belong to one connection, not to the request or answer (RFC 9110, 7.6.1), and lengths fetch recomputes. */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'host',
  'content-length',
  'expect',
]);

/**
 * @param {{ readyTimeoutMs?: number, env?: Record<string, string> }} [options]
 */
export function newsServerPlugin(options = {}) {
  const readyTimeoutMs = options.readyTimeoutMs ?? 120_000;
  /** @type {import('node:child_process').ChildProcess | undefined} */
  let child;
  /** @type {string | undefined} */
  let dataDir;
  /** @type {Promise<string> | undefined} */
  let ready;
  let stdout = '';
  let stderr = '';
  let exited = false;
  /** Set when we stop the server ourselves: its exit is then no failure to report. */
  let stopping = false;
  let startedAt = 0;
  let startupMs;

  const tail = (text) => (text.length > KEEP_CHARS ? `…${text.slice(-KEEP_CHARS)}` : text);

  function start(logger) {
    if (ready) return;
    dataDir = mkdtempSync(path.join(tmpdir(), 'news-e2e-'));
    const env = { ...process.env };
    // Settings from the developer's shell must not change what the tests meet.
    for (const name of ['DATABASE_URL', 'DATABASE_SCHEMA', 'CORS_ORIGINS', 'CAPTCHA', 'CAPTCHA_MAXNUMBER', 'CAPTCHA_SECRET', 'CAPTCHA_TTL']) {
      delete env[name];
    }
    Object.assign(env, {
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      MODERATION: 'auto',
      TRUST_PROXY: '1',
      ADMIN_TOKEN: E2E_ADMIN_TOKEN,
      SEED: '1',
      ...options.env,
    });
    startedAt = Date.now();
    const proc = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
      cwd: repoRoot,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = proc;
    ready = new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the news server did not start within ${readyTimeoutMs} ms`)), readyTimeoutMs);
      timer.unref();
      proc.stdout.setEncoding('utf8');
      proc.stderr.setEncoding('utf8');
      proc.stdout.on('data', (chunk) => {
        stdout = tail(stdout + chunk);
        const match = READY_LINE.exec(stdout);
        if (match) {
          clearTimeout(timer);
          startupMs ??= Date.now() - startedAt;
          resolve(match[1].replace(/\/$/, ''));
        }
      });
      proc.stderr.on('data', (chunk) => {
        stderr = tail(stderr + chunk);
      });
      proc.once('error', (error) => {
        clearTimeout(timer);
        reject(new Error(`the news server could not be spawned: ${error.message}`));
      });
      proc.once('exit', (code, signal) => {
        exited = true;
        clearTimeout(timer);
        reject(new Error(`the news server exited (${signal ?? `code ${code}`}) before it was ready`));
      });
    });
    ready.then(
      (url) => logger?.debug?.(`news server for e2e tests: ${url} (ready after ${startupMs} ms)`),
      (error) => {
        if (!stopping) logger?.error?.(`news server for e2e tests: ${error.message}\n${stderr}`);
      },
    );
    // Never keep the test runner alive on its own; serverStop and the exit hook end it.
    proc.unref();
    proc.stdout.unref?.();
    proc.stderr.unref?.();
  }

  /** Stops the child (SIGTERM, then SIGKILL after 5 s) and removes the data folder. */
  async function stop() {
    stopping = true;
    const proc = child;
    child = undefined;
    if (proc && !exited && proc.exitCode === null && proc.signalCode === null) {
      const gone = new Promise((resolve) => proc.once('exit', resolve));
      proc.kill('SIGTERM');
      const timer = setTimeout(() => proc.kill('SIGKILL'), 5_000);
      await gone;
      clearTimeout(timer);
    }
    if (dataDir) {
      const dir = dataDir;
      dataDir = undefined;
      await rm(dir, { recursive: true, force: true, maxRetries: 3 });
    }
  }

  /** On a process exit that skipped serverStop: only synchronous work is possible here. */
  function stopNow() {
    stopping = true;
    if (child && !exited) child.kill('SIGKILL');
    child = undefined;
    if (dataDir) {
      try {
        rmSync(dataDir, { recursive: true, force: true, maxRetries: 3 });
      } catch {
        // best effort: a folder in the temp directory
      }
      dataDir = undefined;
    }
  }
  process.once('exit', stopNow);

  async function readBody(req) {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    return Buffer.concat(chunks);
  }

  /**
   * 502 in the API's error shape, so the SDK's error message carries the reason and the end of the
   * server's stderr (the shape allows 2,000 characters); the whole output is in `stderr`/`stdout`.
   */
  function badGateway(ctx, reason) {
    const room = 1_900 - reason.length;
    const end = stderr.trim().slice(-Math.max(room, 200));
    ctx.status = 502;
    ctx.set('cache-control', 'no-store');
    ctx.body = {
      error: {
        code: 'e2e_server_unavailable',
        message: `e2e proxy: ${reason}. The news server's stderr ends with: ${end || '(nothing)'}`.slice(0, 2_000),
      },
      stderr,
      stdout,
    };
  }

  /** Koa middleware: /e2e-api/* -> the news server's /api/*. */
  async function middleware(ctx, next) {
    if (!ctx.path.startsWith(E2E_PREFIX)) return next();
    if (!ready) start();
    let base;
    try {
      base = await ready;
    } catch (error) {
      return badGateway(ctx, error.message);
    }
    const target = `${base}/api/${ctx.url.slice(E2E_PREFIX.length)}`;
    const headers = new Headers();
    for (const [name, value] of Object.entries(ctx.req.headers)) {
      if (value === undefined || HOP_BY_HOP.has(name) || name.startsWith('proxy-')) continue;
      for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one);
    }
    const hasBody = ctx.method !== 'GET' && ctx.method !== 'HEAD';
    let response;
    try {
      response = await fetch(target, {
        method: ctx.method,
        headers,
        body: hasBody ? await readBody(ctx.req) : undefined,
        redirect: 'manual',
      });
    } catch (error) {
      return badGateway(ctx, `${ctx.method} ${target} failed: ${error.cause?.message ?? error.message}${exited ? ' (the server has exited)' : ''}`);
    }
    const body = Buffer.from(await response.arrayBuffer());
    ctx.status = response.status;
    for (const [name, value] of response.headers) {
      // fetch has decoded the body already: its encoding and length no longer apply.
      if (HOP_BY_HOP.has(name) || name === 'content-encoding' || name === 'set-cookie') continue;
      ctx.set(name, value);
    }
    const cookies = response.headers.getSetCookie();
    if (cookies.length > 0) ctx.set('set-cookie', cookies);
    ctx.body = body;
  }

  return {
    name: 'news-server',
    middleware,
    serverStart({ logger }) {
      start(logger); // not awaited: the browsers start while the server seeds
    },
    serverStop() {
      return stop();
    },
  };
}
