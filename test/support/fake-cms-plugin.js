// The fake WordPress and Ghost sites (test/fixtures/cms) next to the browser tests, as the reference
// server is (news-server-plugin.js): started with the dev server, as a child process on a free port,
// and stopped with it. Requests from the test page to /fake-cms/<site>/... are proxied to it, where
// <site> is `wp` (Polylang, anonymous comments), `wp-plain` (neither), `ghost-en` or `ghost-ar`.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const FAKE_CMS_PREFIX = '/fake-cms/';
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export function fakeCmsPlugin() {
  let child;
  let ready;
  function start() {
    if (ready) return ready;
    child = spawn(process.execPath, ['--import', 'tsx', 'test/support/fake-cms-main.ts'], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] });
    child.unref();
    ready = new Promise((resolve, reject) => {
      let out = '';
      child.stdout.setEncoding('utf8');
      child.stdout.on('data', (chunk) => {
        out += chunk;
        const match = /Fake CMS listening on (\S+)/.exec(out);
        if (match) resolve(match[1]);
      });
      child.once('exit', (code) => reject(new Error(`the fake CMS exited with ${code}`)));
    });
    ready.catch(() => {});
    return ready;
  }
  const stop = () => {
    child?.kill('SIGTERM');
    child = undefined;
  };
  process.once('exit', stop);

  async function middleware(ctx, next) {
    if (!ctx.path.startsWith(FAKE_CMS_PREFIX)) return next();
    let base;
    try {
      base = await start();
    } catch (error) {
      ctx.status = 502;
      ctx.body = { code: 'fake_cms_unavailable', message: error.message };
      return;
    }
    const chunks = [];
    for await (const chunk of ctx.req) chunks.push(chunk);
    const response = await fetch(`${base}/${ctx.url.slice(FAKE_CMS_PREFIX.length)}`, {
      method: ctx.method,
      headers: { 'content-type': ctx.get('content-type') || 'application/json', 'accept-version': ctx.get('accept-version') },
      body: ctx.method === 'GET' || ctx.method === 'HEAD' ? undefined : Buffer.concat(chunks),
    });
    ctx.status = response.status;
    for (const name of ['content-type', 'x-wp-total', 'x-wp-totalpages']) {
      const value = response.headers.get(name);
      if (value) ctx.set(name, value);
    }
    ctx.body = Buffer.from(await response.arrayBuffer());
  }

  return {
    name: 'fake-cms',
    middleware,
    serverStart() {
      start();
    },
    serverStop() {
      stop();
    },
  };
}
