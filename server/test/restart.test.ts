/**
 * `npm start`'s entry point as a real process: it prints the URL and the
 * admin token, SIGTERM/SIGINT close it cleanly, and a restart on the same
 * DATA_DIR (or database) keeps comments, their moderation state, view counts
 * and used captchas.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, it } from 'node:test';
import { Article, CommentPage, CommentResult } from '../../src/sdk/schemas.js';
import { openPostgres } from '../src/db.js';
import { backend, draft, freshIp, killChildren, postJson, solvedCaptcha, spawnServer, type Spawned } from './helpers.js';

let dataDir: string;
const schema = process.env.DATABASE_URL ? `restart_${process.pid}_${Date.now().toString(36)}` : undefined;
const start = () => spawnServer({ DATA_DIR: dataDir, MODERATION: 'pre', ...(schema && { DATABASE_SCHEMA: schema }) });

async function stop(server: Spawned, signal: 'SIGTERM' | 'SIGINT'): Promise<void> {
  server.child.kill(signal);
  const code = await server.exited;
  assert.equal(code, 0, `clean exit on ${signal}:\n${server.output()}`);
  assert.match(server.output(), new RegExp(`${signal}: shutting down`));
}

before(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'news-server-restart-'));
});

after(async () => {
  killChildren();
  await rm(dataDir, { recursive: true, force: true });
  if (schema && process.env.DATABASE_URL) {
    const db = await openPostgres(process.env.DATABASE_URL);
    await db.query(`drop schema if exists ${schema} cascade`);
    await db.close();
  }
});

it(`keeps comments, moderation and view counts across a restart (${backend})`, { timeout: 240_000 }, async () => {
  const first = await start();
  assert.match(first.output(), /Admin token \(generated now/);
  assert.ok(first.token);
  const auth = { authorization: `Bearer ${first.token}` };

  const held = await json(await postJson(`${first.url}/api/articles/1001/comments`, await draft(first.url, { body: 'Still waiting after restart.' })), CommentResult);
  const approved = await json(await postJson(`${first.url}/api/articles/1001/comments`, await draft(first.url, { body: 'Approved before restart.' })), CommentResult);
  assert.equal((await fetch(`${first.url}/api/admin/comments/${approved.comment.id}/approve`, { method: 'POST', headers: auth })).status, 200);
  for (let i = 0; i < 3; i++) await postJson(`${first.url}/api/articles/1001/views`, {});
  const views = (await json(await fetch(`${first.url}/api/articles/1001`), Article)).viewCount;
  const usedCaptcha = await solvedCaptcha(first.url);
  assert.equal((await postJson(`${first.url}/api/articles/1002/comments`, await draft(first.url, { captcha: usedCaptcha }))).status, 202);

  if (backend === 'pglite') {
    // One PGlite directory serves one process: a second one is refused, clearly.
    await assert.rejects(start(), /DATA_DIR .* is in use by process \d+/);
  }

  await stop(first, 'SIGTERM');

  const second = await start();
  // The generated token is kept (as a hash) and printed only by the start that made it.
  assert.equal(second.token, undefined);
  assert.ok(!second.output().includes(first.token!), 'not printed again');
  assert.match(second.output(), /Admin token: generated at an earlier start/);
  const publicList = await json(await fetch(`${second.url}/api/articles/1001/comments`), CommentPage);
  assert.ok(publicList.items.some((c) => c.id === approved.comment.id));
  assert.ok(!publicList.items.some((c) => c.id === held.comment.id));
  const queue = (await (await fetch(`${second.url}/api/admin/comments?status=pending`, { headers: auth })).json()) as { items: { id: string }[] };
  assert.ok(queue.items.some((c) => c.id === held.comment.id), 'still pending');
  assert.equal((await json(await fetch(`${second.url}/api/articles/1001`), Article)).viewCount, views);
  const replay = await postJson(`${second.url}/api/articles/1002/comments`, await draft(second.url, { captcha: usedCaptcha }), { ip: freshIp() });
  assert.equal(replay.status, 422, 'a used captcha stays used');
  const articles = (await (await fetch(`${second.url}/api/articles?limit=100`)).json()) as { items: unknown[] };
  assert.equal(articles.items.length, 24, 'seeded once, not again');

  await stop(second, 'SIGINT');
});

async function json<T>(res: Response, schema: { parse(v: unknown): T }): Promise<T> {
  return schema.parse(await res.json());
}
