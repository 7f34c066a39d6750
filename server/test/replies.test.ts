/**
 * Replies and comment counts against a real server (PGlite, or PostgreSQL with DATABASE_URL): an
 * article's list of top-level comments with their first replies, the replies route after them,
 * replies one level deep, what a held or rejected parent hides, the counts route, the demo seed, and
 * the migration of what was stored before.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type * as z from 'zod/mini';
import { CommentCounts, CommentPage, CommentResult, ErrorBody, ReplyPage } from '../../src/sdk/schemas.js';
import { migrations } from '../src/migrations.js';
import { admin, backend, draft, moderationTab, postApproved, postHeld, postJson, serverPerFile, type TestEnv } from './helpers.js';

let env: TestEnv;
let base: string;

const json = async <T>(res: Response, schema: z.ZodMiniType<T>): Promise<T> => {
  assert.equal(res.status, 200, `${res.url}: ${res.status}`);
  return schema.parse(await res.json());
};
const comments = async (articleId: string, query = '') => json(await fetch(`${base}/api/articles/${articleId}/comments${query}`), CommentPage);
const replies = async (commentId: string, query = '') => json(await fetch(`${base}/api/comments/${commentId}/replies${query}`), ReplyPage);
const counts = async (ids: string[]) => (await json(await fetch(`${base}/api/comments/counts?ids=${ids.join(',')}`), CommentCounts)).counts;
const decide = (id: string, action: 'approve' | 'reject' | 'restore', from: string) =>
  fetch(`${base}/api/admin/comments/${id}/${action}`, { method: 'POST', headers: { ...admin, 'content-type': 'application/json' }, body: JSON.stringify({ from }) });

serverPerFile((e, server) => {
  env = e;
  base = server.url;
});

describe(`replies (${backend})`, () => {
  it('lists top-level comments only, each with its reply count, first 3 replies oldest first and the cursor of the rest', async () => {
    const article = '1017';
    const top = await postApproved(base, article, { body: 'The thread starts here.' });
    const alone = await postApproved(base, article, { body: 'No one answers me.' });
    const answers: string[] = [];
    for (let i = 0; i < 5; i++) answers.push(await postApproved(base, article, { body: `Answer ${i}`, parentId: top }));
    await postHeld(base, article, { body: 'A held answer.', parentId: top });

    const page = await comments(article);
    assert.deepEqual(page.items.map((c) => c.id), [top, alone], 'replies are not top-level items');
    const [thread, single] = page.items;
    assert.equal(thread?.replyCount, 5, 'approved replies only');
    assert.deepEqual(thread?.replies?.map((r) => r.id), answers.slice(0, 3));
    assert.ok(thread?.replies?.every((r) => r.parentId === top && r.articleId === article));
    assert.ok(thread?.repliesCursor);
    assert.deepEqual([single?.replyCount, single?.replies, single?.repliesCursor], [0, [], null]);
    assert.equal(single?.parentId, undefined);

    // The cursor continues after the first 3, in pages of any size.
    const rest = await replies(top, `?cursor=${encodeURIComponent(thread.repliesCursor)}`);
    assert.deepEqual(rest.items.map((r) => r.id), answers.slice(3));
    assert.equal(rest.nextCursor, null);
    const one = await replies(top, `?limit=1&cursor=${encodeURIComponent(thread.repliesCursor)}`);
    assert.deepEqual(one.items.map((r) => r.id), [answers[3]]);
    const two = await replies(top, `?limit=1&cursor=${encodeURIComponent(one.nextCursor!)}`);
    assert.deepEqual(two.items.map((r) => r.id), [answers[4]]);
    assert.equal(two.nextCursor, null);
    assert.deepEqual((await replies(top)).items.map((r) => r.id), answers, 'without a cursor: all of them, oldest first');
    // Newest first pages top-level comments; replies stay oldest first under each.
    const newest = await comments(article, '?order=newest');
    assert.deepEqual(newest.items.map((c) => c.id), [alone, top]);
    assert.deepEqual(newest.items[1]?.replies?.map((r) => r.id), answers.slice(0, 3));
  });

  it('stores a reply to a reply under the top-level comment; refuses a parent that is unknown, held or on another article', async () => {
    const article = '1018';
    const top = await postApproved(base, article, { body: 'أول تعليق.' });
    const reply = await postApproved(base, article, { body: 'رد أول.', parentId: top });
    const res = await postJson(`${base}/api/articles/${article}/comments`, await draft(base, { body: 'رد على الرد.', parentId: reply }));
    assert.equal(res.status, 202);
    const nested = CommentResult.parse(await res.json()).comment;
    assert.equal(nested.parentId, top, 'attached to the top-level comment');
    await decide(nested.id, 'approve', 'pending');
    assert.deepEqual((await replies(top)).items.map((r) => r.id), [reply, nested.id]);

    const held = await postHeld(base, article, { body: 'Still held.' });
    const elsewhere = await postApproved(base, '1019', { body: 'On another article.' });
    for (const parentId of [held, elsewhere, 'no-such-comment']) {
      const refused = await postJson(`${base}/api/articles/${article}/comments`, await draft(base, { body: 'A reply.', parentId }));
      assert.equal(refused.status, 422, parentId);
      assert.ok(ErrorBody.parse(await refused.json()).error.fieldErrors?.parentId, parentId);
    }
  });

  it('answers 404 for the replies of an unknown, held or rejected comment, or of a reply', async () => {
    const article = '1019';
    const top = await postApproved(base, article, { body: 'Top.' });
    const reply = await postApproved(base, article, { body: 'Reply.', parentId: top });
    const held = await postHeld(base, article, { body: 'Held.' });
    const rejected = await postHeld(base, article, { body: 'Rejected.' });
    assert.equal((await decide(rejected, 'reject', 'pending')).status, 200);
    for (const id of ['no-such-comment', held, rejected, reply]) {
      const res = await fetch(`${base}/api/comments/${id}/replies`);
      assert.equal(res.status, 404, id);
      assert.equal(ErrorBody.parse(await res.json()).error.code, 'not_found');
    }
    assert.equal((await fetch(`${base}/api/comments/${top}/replies?cursor=nonsense`)).status, 422);
    assert.equal((await fetch(`${base}/api/comments/${top}/replies?limit=0`)).status, 422);
  });

  it('a held or rejected parent hides its replies from lists, the replies route and counts; approving it shows them again', async () => {
    const article = '1020';
    const top = await postApproved(base, article, { body: 'Parent.' });
    const kept = await postApproved(base, article, { body: 'Another.' });
    const answers = [await postApproved(base, article, { body: 'One.', parentId: top }), await postApproved(base, article, { body: 'Two.', parentId: top })];
    assert.equal((await counts([article]))[article], 4);

    const hidden = async () => {
      assert.deepEqual((await comments(article)).items.map((c) => c.id), [kept]);
      assert.equal((await fetch(`${base}/api/comments/${top}/replies`)).status, 404);
      assert.equal((await counts([article]))[article], 1, 'neither the parent nor its replies count');
    };
    assert.equal((await decide(top, 'restore', 'approved')).status, 200, 'back to the queue');
    await hidden();
    assert.equal((await decide(top, 'reject', 'pending')).status, 200);
    await hidden();
    // The replies themselves are still approved, not lost.
    const approved = new Set((await moderationTab(base, 'approved')).map((c) => c.id));
    assert.ok(answers.every((id) => approved.has(id)));
    assert.equal((await decide(top, 'approve', 'rejected')).status, 200);
    const back = await comments(article);
    assert.deepEqual(back.items.map((c) => c.id), [top, kept]);
    assert.deepEqual(back.items[0]?.replies?.map((r) => r.id), answers);
    assert.deepEqual((await replies(top)).items.map((r) => r.id), answers);
    assert.equal((await counts([article]))[article], 4);
  });

  it('the list, replies and counts answer If-None-Match with a 304 until a reply is approved', async () => {
    const article = '1014';
    const top = await postApproved(base, article, { body: 'Watch this thread.' });
    const paths = [`/api/articles/${article}/comments`, `/api/comments/${top}/replies`, `/api/comments/counts?ids=${article},1001`];
    const tags: string[] = [];
    for (const path of paths) {
      const res = await fetch(`${base}${path}`);
      assert.match(res.headers.get('cache-control') ?? '', /^public, max-age=\d+/, path);
      tags.push(res.headers.get('etag') ?? '');
      assert.match(tags.at(-1)!, /^W\/"[\w-]+"$/, path);
    }
    const revalidate = (i: number) => fetch(`${base}${paths[i]}`, { headers: { 'if-none-match': tags[i]! } });
    const reply = await postHeld(base, article, { body: 'An answer.', parentId: top });
    for (let i = 0; i < paths.length; i++) assert.equal((await revalidate(i)).status, 304, `${paths[i]}: a held reply changes nothing readers see`);
    await decide(reply, 'approve', 'pending');
    for (let i = 0; i < paths.length; i++) {
      const res = await revalidate(i);
      assert.equal(res.status, 200, `${paths[i]}: an approved reply changes it`);
      assert.notEqual(res.headers.get('etag'), tags[i]);
    }
  });
});

describe(`comment counts (${backend})`, () => {
  it('counts approved comments per article, replies included; unknown ids count 0', async () => {
    const before = await counts(['1015', '1016']);
    const top = await postApproved(base, '1015', { body: 'Counted.' });
    await postApproved(base, '1015', { body: 'Counted too.', parentId: top });
    await postHeld(base, '1015', { body: 'Not counted while held.' });
    await postHeld(base, '1016', { body: 'Not counted either.' });
    const now = await counts(['1015', '1016', 'no-such-article', '1015']);
    assert.deepEqual(now, { 1015: (before['1015'] ?? 0) + 2, 1016: before['1016'] ?? 0, 'no-such-article': 0 });
  });

  it('takes 1 to 100 ids; 422 naming ids for none, more, an empty or too long one', async () => {
    const hundred = Array.from({ length: 100 }, (_, i) => String(2000 + i));
    assert.equal(Object.keys(await counts(hundred)).length, 100);
    for (const query of ['', '?ids=', `?ids=${[...hundred, '3000'].join(',')}`, '?ids=1001,,1002', `?ids=${'x'.repeat(101)}`, '?ids=,']) {
      const res = await fetch(`${base}/api/comments/counts${query}`);
      assert.equal(res.status, 422, query.slice(0, 40));
      assert.ok(ErrorBody.parse(await res.json()).error.fieldErrors?.ids, query.slice(0, 40));
    }
  });
});

describe(`demo seed and stored data (${backend})`, () => {
  it('seeds threads (one with more replies than a list shows) and comments held for every reason', async () => {
    const page = await comments('1001');
    const long = page.items.find((c) => (c.replyCount ?? 0) > 3);
    assert.ok(long?.repliesCursor, 'a thread with "show more"');
    assert.equal((await replies(long.id, `?cursor=${encodeURIComponent(long.repliesCursor)}`)).items.length, long.replyCount! - 3);
    assert.ok(page.items.filter((c) => (c.replyCount ?? 0) > 0).length >= 2);
    for (const article of ['1002', '1003', '1004', '1013']) assert.ok((await comments(article)).items.some((c) => (c.replyCount ?? 0) > 0), article);
    const codes = new Set((await moderationTab(base)).map((c) => c.holdCode));
    for (const code of ['first_comment', 'links', 'rule', 'all', 'reported']) assert.ok(codes.has(code), code);
    assert.ok((await moderationTab(base, 'rejected')).length > 0);
  });

  it('migrates what was stored before: hold codes to the documented ones, replies of replies under their top-level comment', async () => {
    const insert = (id: string, parent: string | null, holdCode: string | null) =>
      env.db.query(
        `insert into comments (id, article_id, parent_id, author_name, email, body, status, hold_code, created_at, moderated_at)
         values ($1, '1016', $2, 'Old', 'old@example.org', 'Stored before.', 'approved', $3, now(), clock_timestamp())`,
        [id, parent, holdCode],
      );
    await insert('old-top', null, 'premoderation');
    await insert('old-reply', 'old-top', 'link');
    await insert('old-deep', 'old-reply', 'burst');
    await insert('old-deeper', 'old-deep', 'first_comment');
    const step = migrations.find((m) => m.version === 6)!;
    // Its data statements (the indexes it creates exist already).
    for (const statement of step.statements.filter((s) => !s.startsWith('create index'))) await env.db.query(statement);
    const rows = await env.db.query<{ id: string; parent_id: string | null; hold_code: string }>("select id, parent_id, hold_code from comments where id like 'old-%' order by id");
    assert.deepEqual(
      rows.map((r) => [r.id, r.parent_id, r.hold_code]),
      [
        ['old-deep', 'old-top', 'rule'],
        ['old-deeper', 'old-top', 'first_comment'],
        ['old-reply', 'old-top', 'links'],
        ['old-top', null, 'all'],
      ],
    );
    const [ms] = await env.db.query<{ n: number }>("select count(*)::int as n from comments where moderated_at <> date_trunc('milliseconds', moderated_at)");
    assert.equal(ms?.n, 0, 'decision times to the millisecond');
    await env.db.query("delete from comments where id like 'old-%'");
  });
});
