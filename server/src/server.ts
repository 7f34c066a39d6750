/**
 * Starts the whole server: database (PGlite or PostgreSQL), migrations, seed,
 * secrets, the API under /api, the demo site, images and the CDN files.
 */
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { adminPage } from './admin-page.js';
import { createApi } from './api.js';
import { adminToken, type AdminToken } from './admin-token.js';
import type { Config } from './config.js';
import { openPglite, openPostgres, type Db } from './db.js';
import { migrate } from './migrations.js';
import { imageSvg } from './images.js';
import { sanitizeStoredArticles } from './sanitize.js';
import { seed } from './seed.js';
import { createSite } from './site.js';
import { ensureSetting } from './repo/settings.js';
import { sweep, sweepInBackground } from './repo/sweep.js';
import { fail } from './respond.js';

export interface RunningServer {
  url: string;
  port: number;
  /** Where the admin token came from; the token itself only when this start generated it. */
  adminToken: AdminToken;
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

  // The library's CDN files (npm run build: dist/cdn) under /cdn/: news-elements.js, loader.js,
  // elements/<name>.js, chunks/*.js and manifest.json, compressed as the browser asks. Chunk names
  // carry a content hash, so they may be cached for good; the rest is revalidated.
  app.use('/cdn/*', compress());
  const { cdnDir } = ctx.config;
  const types: Record<string, string> = { js: 'text/javascript; charset=utf-8', json: 'application/json' };
  const serveCdn = (folder: '' | 'elements' | 'chunks') =>
    app.get(`/cdn/${folder ? `${folder}/` : ''}:file{[\\w.-]+\\.(?:js|json)}`, async (c) => {
      const file = c.req.param('file') ?? '';
      const type = types[file.slice(file.lastIndexOf('.') + 1)] ?? 'text/plain';
      let body: string;
      try {
        body = await readFile(path.join(cdnDir, folder, file), 'utf8');
      } catch {
        const hint = file === 'news-elements.js' || file === 'loader.js' ? ' The CDN files are not built yet: run `npm run build` at the repository root.' : '';
        return c.text(`// Not found.${hint}\n`, 404, { 'content-type': type });
      }
      const cache = folder === 'chunks' ? 'public, max-age=31536000, immutable' : 'no-cache';
      return c.body(body, 200, { 'content-type': type, 'cache-control': cache, 'x-content-type-options': 'nosniff' });
    });
  for (const folder of ['', 'elements', 'chunks'] as const) serveCdn(folder);

  app.route('/', adminPage(ctx));
  app.route('/', createSite(ctx));

  app.notFound((c) =>
    c.req.path.startsWith('/api/')
      ? fail(c, 404, 'not_found', 'No such route.')
      : c.html('<!doctype html><html lang="en"><meta charset="utf-8"><title>Not found</title><p>Page not found. <a href="/">Home</a></p></html>', 404),
  );
  app.onError((error, c) => {
    console.error('request failed', c.req.method, c.req.path, error);
    return c.req.path.startsWith('/api/')
      ? fail(c, 500, 'internal', 'Something went wrong on the server.')
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
    if (config.seed) await seed(db, config.languages.map((l) => l.lang));
    await sanitizeStoredArticles(db);
    await sweep(db);
    // Rate-limit rows (keyed hashes of addresses) must not outlive their hour.
    const sweeper = setInterval(() => sweepInBackground(db), 10 * 60_000);
    sweeper.unref();
    const captchaSecret = config.captchaSecret ?? (await ensureSetting(db, 'captcha_secret', randomBytes(32).toString('hex')));
    const admin = await adminToken(db, config.adminToken);
    const app = createApp({ db, config, adminTokenHash: admin.hash, captchaSecret });
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
      adminToken: admin,
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
