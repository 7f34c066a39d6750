/**
 * Starts the whole server: database (PGlite or PostgreSQL), migrations, seed,
 * secrets, the API under /api, the demo site, images and the CDN bundle.
 */
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { createApi } from './api.js';
import type { Config } from './config.js';
import { migrate, openPglite, openPostgres, type Db } from './db.js';
import { imageSvg } from './images.js';
import { seed } from './seed.js';
import { createSite } from './site.js';
import { ensureSetting } from './store.js';
import { sweep } from './comments.js';

export interface RunningServer {
  url: string;
  port: number;
  adminToken: string;
  /** True when the admin token came from the database rather than ADMIN_TOKEN. */
  adminTokenGenerated: boolean;
  db: Db;
  /** Milliseconds from the call to listening. */
  startupMs: number;
  close(): Promise<void>;
}

export interface StartOptions {
  /** An open database to use instead of opening one (the caller closes it). */
  db?: Db;
}

export async function openDatabase(config: Config): Promise<Db> {
  return config.databaseUrl ? openPostgres(config.databaseUrl, config.databaseSchema) : openPglite(config.dataDir);
}

export function createApp(ctx: Parameters<typeof createApi>[0]): Hono {
  const app = new Hono();
  const api = createApi(ctx);
  app.route('/api', api);

  app.get('/images/:file{[a-z\\d-]+\\.svg}', (c) => {
    const svg = imageSvg(c.req.param('file').replace(/\.svg$/, ''));
    if (svg === undefined) return c.text('Not found', 404);
    return c.body(svg, 200, {
      'content-type': 'image/svg+xml',
      'cache-control': 'public, max-age=86400',
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
      'x-content-type-options': 'nosniff',
    });
  });

  // Scripts go out compressed (gzip or deflate, as the browser asks): the demo bundle is 118 KB as is, 38 KB gzipped.
  for (const route of ['/news-elements.js', '/chunks/*', '/demo/*']) app.use(route, compress());

  // The library's CDN bundle, when it has been built (npm run build), at /news-elements.js; and the demo
  // pages' bundle (the CDN bundle plus the elements outside the published builds for now) at
  // /demo/news-elements.js, falling back to the CDN bundle when it is absent. Each with its lazy chunks.
  const { cdnDir, demoDir } = ctx.config;
  const script = { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' };
  const serveScripts = (prefix: string, dirs: string[], missing: string) => {
    const read = async (name: string) => {
      for (const dir of dirs) {
        try {
          return await readFile(path.join(dir, name), 'utf8');
        } catch {
          // not built there; try the next folder
        }
      }
      return undefined;
    };
    app.get(`${prefix}/news-elements.js`, async (c) => {
      const body = await read('news-elements.js');
      if (body === undefined) return c.text(`// ${missing} is not built yet: run \`npm run build\` at the repository root.\n`, 404, { 'content-type': script['content-type'] });
      return c.body(body, 200, script);
    });
    app.get(`${prefix}/chunks/:file{[\\w.-]+\\.js}`, async (c) => {
      const body = await read(path.join('chunks', c.req.param('file')));
      if (body === undefined) return c.text('Not found', 404);
      return c.body(body, 200, script);
    });
  };
  serveScripts('', [cdnDir], 'news-elements.js');
  serveScripts('/demo', [demoDir, cdnDir], 'The demo bundle');

  app.route('/', createSite(ctx));

  app.notFound((c) =>
    c.req.path.startsWith('/api/')
      ? c.json({ error: { code: 'not_found', message: 'No such route.' } }, 404)
      : c.html('<!doctype html><html lang="en"><meta charset="utf-8"><title>Not found</title><p>Page not found. <a href="/">Home</a></p></html>', 404),
  );
  app.onError((error, c) => {
    console.error('request failed', c.req.method, c.req.path, error);
    return c.req.path.startsWith('/api/')
      ? c.json({ error: { code: 'internal', message: 'Something went wrong on the server.' } }, 500)
      : c.text('Something went wrong on the server.', 500);
  });
  return app;
}

export async function startServer(config: Config, options: StartOptions = {}): Promise<RunningServer> {
  const started = performance.now();
  const ownsDb = options.db === undefined;
  const db = options.db ?? (await openDatabase(config));
  let server: Server | undefined;
  try {
    await migrate(db);
    if (config.seed) await seed(db);
    await sweep(db);
    // Rate-limit rows (keyed hashes of addresses) must not outlive their hour.
    const sweeper = setInterval(() => void sweep(db).catch((error: unknown) => console.error('sweep failed', error)), 10 * 60_000);
    sweeper.unref();
    const captchaSecret = config.captchaSecret ?? (await ensureSetting(db, 'captcha_secret', randomBytes(32).toString('hex')));
    const adminToken = config.adminToken ?? (await ensureSetting(db, 'admin_token', randomBytes(24).toString('base64url')));
    const app = createApp({ db, config, adminToken, captchaSecret });
    const listening = await new Promise<Server>((resolve, reject) => {
      const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve(s as Server)) as Server;
      s.once('error', reject);
    });
    server = listening;
    const port = (listening.address() as AddressInfo).port;
    const host = config.host.includes(':') ? `[${config.host}]` : config.host;
    let closing: Promise<void> | undefined;
    return {
      url: `http://${host}:${port}`,
      port,
      adminToken,
      adminTokenGenerated: config.adminToken === undefined,
      db,
      startupMs: Math.round(performance.now() - started),
      close() {
        closing ??= (async () => {
          clearInterval(sweeper);
          await new Promise<void>((resolve) => {
            const force = setTimeout(() => listening.closeAllConnections(), 5_000);
            force.unref();
            listening.close(() => {
              clearTimeout(force);
              resolve();
            });
            listening.closeIdleConnections();
          });
          if (ownsDb) await db.close();
        })();
        return closing;
      },
    };
  } catch (error) {
    server?.close();
    if (ownsDb) await db.close().catch(() => {});
    throw error;
  }
}
