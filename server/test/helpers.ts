/** Shared by the server tests: a real server on 127.0.0.1, port 0, in a temporary DATA_DIR. */
import { spawn, type ChildProcess } from 'node:child_process';
import { after, before } from 'node:test';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { solveChallenge } from 'altcha-lib/v1';
import type { CommentDraft, PowCaptcha } from '../../src/sdk/schemas.js';
import { PowCaptcha as PowCaptchaSchema } from '../../src/sdk/schemas.js';
import { loadConfig, type Config } from '../src/config.js';
import type { Db } from '../src/db.js';
import { openDatabase, startServer, type RunningServer } from '../src/server.js';

export const ADMIN_TOKEN = 'test-admin-token-0123456789';
export const CAPTCHA_SECRET = 'test-captcha-secret-0123456789';

/** The back end under test: PostgreSQL when DATABASE_URL is set, else PGlite. */
export const backend = process.env.DATABASE_URL ? 'postgres' : 'pglite';

export interface TestEnv {
  dataDir: string;
  db: Db;
  config: Config;
  /** Starts one more server on the same database (e.g. another moderation mode). */
  start(overrides?: Partial<Config>): Promise<RunningServer>;
  close(): Promise<void>;
}

/** Opens the database once for a test file; servers started from it share it. */
export async function openTestEnv(): Promise<TestEnv> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'news-server-test-'));
  const schema = process.env.DATABASE_URL ? `test_${process.pid}_${Date.now().toString(36)}` : undefined;
  const config = loadConfig(
    { DATA_DIR: dataDir, ...(process.env.DATABASE_URL && { DATABASE_URL: process.env.DATABASE_URL, DATABASE_SCHEMA: schema }) },
    {
      port: 0,
      host: '127.0.0.1',
      adminToken: ADMIN_TOKEN,
      captchaSecret: CAPTCHA_SECRET,
      captchaMaxNumber: 2_000,
      trustProxy: 1,
    },
  );
  const db = await openDatabase(config);
  const servers: RunningServer[] = [];
  return {
    dataDir,
    db,
    config,
    async start(overrides = {}) {
      const server = await startServer({ ...config, ...overrides }, { db });
      servers.push(server);
      return server;
    },
    async close() {
      await Promise.all(servers.map((s) => s.close()));
      if (schema) await db.query(`drop schema if exists ${schema} cascade`).catch(() => {});
      await db.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * A test file's server: opens the test database and starts a server on it before the file's tests,
 * hands both to `ready`, and closes them after.
 */
export function serverPerFile(ready: (env: TestEnv, server: RunningServer) => void, overrides: Partial<Config> = {}): void {
  let env: TestEnv | undefined;
  before(async () => {
    env = await openTestEnv();
    ready(env, await env.start(overrides));
  });
  after(async () => {
    await env?.close();
  });
}

let nextIp = 1;
/** A distinct client address per call (sent as X-Forwarded-For; the test servers trust it). */
export function freshIp(): string {
  const n = nextIp++;
  return `10.${process.pid % 250}.${Math.floor(n / 250)}.${n % 250}`;
}

export async function getCaptcha(base: string): Promise<PowCaptcha> {
  const res = await fetch(`${base}/api/captcha`);
  return PowCaptchaSchema.parse(await res.json());
}

/** Solves a proof-of-work challenge the way the browser widget does, and encodes the answer. */
export async function solve(challenge: Pick<PowCaptcha, 'algorithm' | 'challenge' | 'salt' | 'signature' | 'maxnumber'>): Promise<string> {
  const solution = await solveChallenge(challenge.challenge, challenge.salt, challenge.algorithm, challenge.maxnumber).promise;
  if (!solution) throw new Error('captcha not solved');
  const payload = { algorithm: challenge.algorithm, challenge: challenge.challenge, number: solution.number, salt: challenge.salt, signature: challenge.signature };
  return Buffer.from(JSON.stringify(payload)).toString('base64');
}

export async function solvedCaptcha(base: string): Promise<CommentDraft['captcha']> {
  return { kind: 'pow', payload: await solve(await getCaptcha(base)) };
}

export async function draft(base: string, overrides: Partial<CommentDraft> = {}): Promise<CommentDraft> {
  return {
    authorName: 'Test Reader',
    email: 'reader@example.org',
    body: 'A thoughtful comment.',
    ...overrides,
    captcha: overrides.captcha ?? (await solvedCaptcha(base)),
  };
}

export interface PostOptions {
  ip?: string;
  key?: string;
  headers?: Record<string, string>;
}

export function postJson(url: string, body: unknown, options: PostOptions = {}): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': options.ip ?? freshIp(),
      ...(options.key !== undefined && { 'idempotency-key': options.key }),
      ...options.headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };

const children = new Set<ChildProcess>();

export interface Spawned {
  child: ChildProcess;
  url: string;
  /** The admin token, when this start generated (and printed) it. */
  token: string | undefined;
  output: () => string;
  exited: Promise<number | null>;
}

/**
 * Starts `src/main.ts` (what `npm start` runs) as its own process on port 0
 * and resolves once it prints its URL and admin token.
 */
export function spawnServer(extraEnv: Record<string, string>): Promise<Spawned> {
  const main = path.resolve(import.meta.dirname, '..', 'src', 'main.ts');
  const child = spawn(process.execPath, ['--import', 'tsx', main], {
    cwd: path.resolve(import.meta.dirname, '..', '..'),
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      ADMIN_TOKEN: '',
      TRUST_PROXY: '1',
      CAPTCHA_MAXNUMBER: '2000',
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let out = '';
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      children.delete(child);
      resolve(code);
    }),
  );
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in time:\n${out}`)), 120_000);
    const check = () => {
      const url = /listening on (http:\/\/\S+)/.exec(out)?.[1];
      // The token is printed only by the start that generated it.
      const token = /Admin token \(generated now[^:]*: (\S+)/.exec(out)?.[1];
      if (url && /Admin token/.test(out)) {
        clearTimeout(timer);
        child.stdout?.off('data', check);
        resolve({ child, url, token, output: () => out, exited });
      }
    };
    child.stdout?.on('data', check);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}) before listening:\n${out}`));
    });
  });
}

/** Kills the servers a test spawned and left running (after a failure). */
export function killChildren(): void {
  for (const child of children) child.kill('SIGKILL');
}

/** Posts a comment (held: the test servers premoderate) and approves it; its id. */
export async function postApproved(base: string, articleId: string, overrides: Partial<CommentDraft> = {}): Promise<string> {
  const id = await postHeld(base, articleId, overrides);
  const res = await fetch(`${base}/api/admin/comments/${id}/approve`, { method: 'POST', headers: { ...admin, 'content-type': 'application/json' }, body: '{"from":"pending"}' });
  if (res.status !== 200) throw new Error(`approve ${id}: ${res.status} ${await res.text()}`);
  return id;
}

/** Posts a comment that the server holds for moderation; its id. */
export async function postHeld(base: string, articleId: string, overrides: Partial<CommentDraft> = {}): Promise<string> {
  const res = await postJson(`${base}/api/articles/${articleId}/comments`, await draft(base, overrides));
  if (res.status !== 202) throw new Error(`post to ${articleId}: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { comment: { id: string } }).comment.id;
}

/** Every item of a moderation tab, following its cursors. */
export async function moderationTab<T = { id: string; holdCode?: string; holdReason?: string; status: string }>(base: string, status = 'pending'): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    const res = await fetch(`${base}/api/admin/comments?status=${status}&limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, { headers: admin });
    const page = (await res.json()) as { items: T[]; nextCursor: string | null };
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}
