/**
 * The scale-out path: two server processes on one PostgreSQL behave as one.
 * Needs a real PostgreSQL server: runs only when DATABASE_URL is set.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Article, CommentResult } from '../../src/sdk/schemas.js';
import { openPostgres } from '../src/db.js';
import { migrate, migrations } from '../src/migrations.js';
import { draft, freshIp, killChildren, postJson, solvedCaptcha, spawnServer, type Spawned } from './helpers.js';

const url = process.env.DATABASE_URL;
const skip = url ? false : 'DATABASE_URL is not set: these tests need a real PostgreSQL server';
const schema = `scale_${process.pid}_${Date.now().toString(36)}`;
let a: Spawned;
let b: Spawned;

describe('two server processes on one PostgreSQL', () => {
  before(async () => {
    if (!url) return;
    const env = { DATABASE_SCHEMA: schema, MODERATION: 'pre', DATA_DIR: '/nonexistent-not-used' };
    a = await spawnServer(env);
    b = await spawnServer(env);
  });

  after(async () => {
    if (!url) return;
    for (const s of [a, b]) s?.child.kill('SIGTERM');
    await Promise.all([a?.exited, b?.exited]);
    killChildren();
    if (url) {
      const db = await openPostgres(url);
      await db.query(`drop schema if exists ${schema} cascade`);
      await db.close();
    }
  });

  it('share one generated admin token, printed by the process that made it', { skip }, async () => {
    const token = a.token ?? b.token;
    assert.ok(token && !(a.token && b.token), 'printed once');
    for (const s of [a, b]) assert.equal((await fetch(`${s.url}/api/admin/comments`, { headers: { authorization: `Bearer ${token}` } })).status, 200);
  });

  it('a comment rate limit reached through one holds on the other', { skip }, async () => {
    const ip = freshIp();
    assert.equal((await postJson(`${a.url}/api/articles/1001/comments`, await draft(a.url), { ip })).status, 202);
    const res = await postJson(`${b.url}/api/articles/1001/comments`, await draft(b.url), { ip });
    assert.equal(res.status, 429);
    assert.ok(Number(res.headers.get('retry-after')) >= 1);
  });

  it('an Idempotency-Key replayed to the other returns the first answer', { skip }, async () => {
    const key = `scale-${Date.now()}`;
    const body = await draft(a.url, { body: 'Once across two processes.' });
    const first = await postJson(`${a.url}/api/articles/1001/comments`, body, { key });
    const second = await postJson(`${b.url}/api/articles/1001/comments`, body, { key });
    assert.equal(second.status, first.status);
    assert.equal(second.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(CommentResult.parse(await second.json()), CommentResult.parse(await first.json()));
  });

  it('a captcha solution used on one is refused by the other', { skip }, async () => {
    const captcha = await solvedCaptcha(a.url);
    assert.equal((await postJson(`${a.url}/api/articles/1002/comments`, await draft(a.url, { captcha }))).status, 202);
    const res = await postJson(`${b.url}/api/articles/1002/comments`, await draft(b.url, { captcha }));
    assert.equal(res.status, 422);
    assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'captcha_reused');
  });

  it('concurrent views through both processes are all counted', { skip }, async () => {
    const before = Article.parse(await (await fetch(`${a.url}/api/articles/1003`)).json()).viewCount;
    await Promise.all(Array.from({ length: 50 }, (_, i) => postJson(`${(i % 2 ? a : b).url}/api/articles/1003/views`, {})));
    const after = Article.parse(await (await fetch(`${b.url}/api/articles/1003`)).json()).viewCount;
    assert.equal(after, before + 50);
  });
});

describe('several processes starting at once on a fresh PostgreSQL', () => {
  const fresh = `race_${process.pid}_${Date.now().toString(36)}`;

  after(async () => {
    if (!url) return;
    const db = await openPostgres(url);
    await db.query(`drop schema if exists ${fresh} cascade`);
    await db.close();
  });

  it('create the schema and migrate it once, without an error', { skip }, async () => {
    const dbs = await Promise.all(Array.from({ length: 8 }, () => openPostgres(url!, fresh)));
    try {
      const applied = await Promise.all(dbs.map((db) => migrate(db)));
      assert.deepEqual(applied.flat().sort(), migrations.map((m) => m.version).sort(), 'each version applied by exactly one process');
      const rows = await dbs[0]!.query<{ version: number }>('select version from schema_migrations order by version');
      assert.deepEqual(rows.map((r) => Number(r.version)), migrations.map((m) => m.version));
    } finally {
      await Promise.all(dbs.map((db) => db.close()));
    }
  });
});
