/**
 * Moderation against a real server (PGlite, or PostgreSQL with DATABASE_URL): the queue's tabs and
 * their order, the summary, decisions from the status the moderator saw (one of two moderators wins,
 * the other is told), restore, and the /admin page.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ModeratedComment, ModerationPage, ModerationSummary } from '../../src/sdk/admin.js';
import { ErrorBody } from '../../src/sdk/schemas.js';
import { admin, backend, moderationTab, postApproved, postHeld, serverPerFile, type TestEnv } from './helpers.js';

let env: TestEnv;
let base: string;

const ARTICLE = '1011';

const decide = (id: string, action: 'approve' | 'reject' | 'restore', body?: unknown) =>
  fetch(`${base}/api/admin/comments/${id}/${action}`, {
    method: 'POST',
    headers: { ...admin, 'content-type': 'application/json' },
    ...(body !== undefined && { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
const summary = async () => ModerationSummary.parse(await (await fetch(`${base}/api/admin/comments/summary`, { headers: admin })).json());
const codeOf = async (res: Response) => ErrorBody.parse(await res.json()).error.code;

serverPerFile((e, server) => {
  env = e;
  base = server.url;
});

describe(`moderation queue (${backend})`, () => {
  it('lists pending comments oldest first, approved and rejected ones latest decision first, with what a moderator needs', async () => {
    const [a, b, c] = [await postHeld(base, ARTICLE, { body: 'First in.' }), await postHeld(base, ARTICLE, { body: 'Second in.' }), await postHeld(base, ARTICLE, { body: 'Third in.' })];
    const pending = (await moderationTab(base)).map((i) => i.id);
    assert.ok(pending.indexOf(a) < pending.indexOf(b) && pending.indexOf(b) < pending.indexOf(c), 'the longest waiting first');

    assert.equal((await decide(b, 'approve', { from: 'pending' })).status, 200);
    assert.equal((await decide(a, 'approve', { from: 'pending' })).status, 200);
    assert.equal((await decide(c, 'reject', { from: 'pending' })).status, 200);
    const approved = ModerationPage.parse(await (await fetch(`${base}/api/admin/comments?status=approved&limit=2`, { headers: admin })).json());
    assert.deepEqual(approved.items.map((i) => i.id), [a, b], 'the latest decision first');
    const [first] = approved.items;
    assert.equal(first?.status, 'approved');
    assert.equal(first?.articleTitle, (await (await fetch(`${base}/api/articles/${ARTICLE}`)).json() as { title: string }).title);
    assert.equal(first?.holdCode, 'all');
    assert.match(first?.holdReason ?? '', /reviewed/);
    assert.ok(first?.moderatedAt && Date.now() - Date.parse(first.moderatedAt) < 60_000);
    assert.equal((await moderationTab(base, 'rejected'))[0]?.id, c);

    // A reply names its parent; pages follow one another without repeats.
    const reply = await postHeld(base, ARTICLE, { body: 'An answer.', parentId: a });
    assert.equal((await moderationTab<ModeratedComment>(base)).find((i) => i.id === reply)?.parentId, a);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = ModerationPage.parse(await (await fetch(`${base}/api/admin/comments?status=approved&limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, { headers: admin })).json());
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    assert.deepEqual(seen, (await moderationTab(base, 'approved')).map((i) => i.id));
    assert.equal(new Set(seen).size, seen.length);
  });

  it('sums up each tab in one answer, and the sums follow decisions', async () => {
    const before = await summary();
    const [rows] = await env.db.query<{ n: number }>("select count(*)::int as n from comments where status = 'pending'");
    assert.equal(before.pending, rows?.n);
    assert.equal(before.approved, (await moderationTab(base, 'approved')).length);
    const id = await postHeld(base, ARTICLE, { body: 'To be summed.' });
    assert.equal((await summary()).pending, before.pending + 1);
    await decide(id, 'approve', { from: 'pending' });
    assert.deepEqual(await summary(), { ...before, approved: before.approved + 1 });
  });

  it('of two moderators approving one comment at once, one changes it (200) and the other is told (409 already_approved)', async () => {
    for (let round = 0; round < 3; round++) {
      const id = await postHeld(base, ARTICLE, { body: `Race ${round}.` });
      const answers = await Promise.all([decide(id, 'approve', { from: 'pending' }), decide(id, 'approve', { from: 'pending' })]);
      const statuses = answers.map((r) => r.status).sort();
      assert.deepEqual(statuses, [200, 409], `round ${round}`);
      const loser = answers.find((r) => r.status === 409)!;
      assert.equal(await codeOf(loser), 'already_approved');
      assert.equal(ModeratedComment.parse(await answers.find((r) => r.status === 200)!.json()).status, 'approved');
    }
    // An approval and a rejection at once: one of them, and the other names what happened.
    const id = await postHeld(base, ARTICLE, { body: 'Approve or reject?' });
    const [approve, reject] = await Promise.all([decide(id, 'approve', { from: 'pending' }), decide(id, 'reject', { from: 'pending' })]);
    assert.deepEqual([approve.status, reject.status].sort(), [200, 409]);
    const winner = approve.status === 200 ? 'approved' : 'rejected';
    assert.equal(await codeOf(approve.status === 409 ? approve : reject), `already_${winner}`);
  });

  it('answers 409 already_<status> when the comment is not where the moderator saw it, 404, 400 and 422 for bad requests', async () => {
    const id = await postApproved(base, ARTICLE, { body: 'Approved already.' });
    const conflict = await decide(id, 'reject', { from: 'pending' });
    assert.equal(conflict.status, 409);
    assert.equal(await codeOf(conflict), 'already_approved');
    assert.equal(await codeOf(await decide(id, 'approve', { from: 'approved' })), 'already_approved', 'nothing changes twice');
    assert.equal((await moderationTab<ModeratedComment>(base, 'approved')).find((i) => i.id === id)?.status, 'approved');
    // Callers from before `from`: no body, and asking for the status it has is no error.
    const old = await fetch(`${base}/api/admin/comments/${id}/approve`, { method: 'POST', headers: admin });
    assert.equal(old.status, 200);
    assert.equal(ModeratedComment.parse(await old.json()).status, 'approved');
    assert.equal((await decide('no-such-comment', 'approve', { from: 'pending' })).status, 404);
    assert.equal((await decide(id, 'approve', '{not json')).status, 400);
    assert.equal((await decide(id, 'approve', { from: 'published' })).status, 422);
    for (const [method, path] of [
      ['GET', '/api/admin/comments/summary'],
      ['POST', `/api/admin/comments/${id}/restore`],
    ]) {
      const res = await fetch(`${base}${path}`, { method });
      assert.equal(res.status, 401, path);
      assert.equal(await codeOf(res), 'unauthorized');
    }
  });

  it('restores a decided comment to the queue (undo), hiding it from readers; restoring twice is a 409', async () => {
    const id = await postApproved(base, ARTICLE, { body: 'Undo me.' });
    const listed = async () => ((await (await fetch(`${base}/api/articles/${ARTICLE}/comments?limit=100`)).json()) as { items: { id: string }[] }).items.some((c) => c.id === id);
    assert.ok(await listed());
    const restored = await decide(id, 'restore', { from: 'approved' });
    assert.equal(restored.status, 200);
    const comment = ModeratedComment.parse(await restored.json());
    assert.equal(comment.status, 'pending');
    assert.equal(comment.holdCode, 'all', 'why it was held stays');
    assert.ok(!(await listed()));
    assert.ok((await moderationTab(base)).some((i) => i.id === id));
    const again = await decide(id, 'restore', { from: 'approved' });
    assert.equal(again.status, 409);
    assert.equal(await codeOf(again), 'already_pending');
    // A rejection undone as well.
    assert.equal((await decide(id, 'reject', { from: 'pending' })).status, 200);
    assert.equal((await decide(id, 'restore', { from: 'rejected' })).status, 200);
  });
});

describe(`/admin page (${backend})`, () => {
  it('serves the moderation queue in the site language: a CSP with a nonce, never cached, never indexed', async () => {
    const res = await fetch(`${base}/admin`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('cache-control'), 'no-store');
    assert.match(res.headers.get('x-robots-tag') ?? '', /noindex/);
    const csp = res.headers.get('content-security-policy') ?? '';
    assert.match(csp, /script-src 'self' 'nonce-[\w+/=]+'/);
    assert.match(csp, /frame-ancestors 'none'/);
    const html = await res.text();
    assert.match(html, /<html lang="en" dir="ltr">/);
    assert.match(html, /<meta name="robots" content="noindex, nofollow">/);
    assert.match(html, /<news-moderation-queue base-url="\/api" lang="en">/);
    assert.match(html, /<script type="module" src="\/cdn\/loader.js"><\/script>/);
    assert.ok(!html.includes('test-admin-token'), 'no token in the page');
    assert.match(await (await fetch(`${base}/admin?lang=ar`)).text(), /<html lang="ar" dir="rtl">/);
    assert.match(await (await fetch(`${base}/admin?lang=xx`)).text(), /<html lang="en" dir="ltr">/, 'an unknown language: the default');
    assert.match(await (await fetch(`${base}/admin?lang=%22%3E%3Cscript%3E`)).text(), /<html lang="en" dir="ltr">/);
  });
});
