/**
 * An in-memory moderation back end for the admin client's routes, for tests
 * and stories: lists by status (pending oldest first, decided ones latest
 * decision first) with cursors, counts, and decisions that answer 409
 * `already_<status>` when the comment is not in the status the moderator saw,
 * as the reference server does. Use with `fakeAdminClient(queue.routes)`.
 */
import type { CommentStatus, ModeratedComment } from '../../src/sdk/admin.js';
import { fakeAdminClient, json, type FakeAdminClient, type FakeClientOptions, type Route } from './fake-client.js';

const TARGET: Record<string, CommentStatus> = { approve: 'approved', reject: 'rejected', restore: 'pending' };

export interface FakeQueue {
  comments: ModeratedComment[];
  routes: Record<string, Route>;
  /** Another moderator decides: the comment changes status behind the element's back. */
  decideElsewhere(id: string, status: CommentStatus): void;
}

export function fakeQueue(comments: ModeratedComment[], overrides: Record<string, Route> = {}): FakeQueue {
  const state = comments.map((c) => ({ ...c }));
  let clock = Date.UTC(2026, 10, 2);
  const decide = (id: string, status: CommentStatus) => {
    const c = state.find((x) => x.id === id)!;
    c.status = status;
    c.moderatedAt = new Date((clock += 1000)).toISOString();
    return c;
  };
  const routes: Record<string, Route> = {
    ...overrides,
    'GET /admin/comments/summary': () => ({
      pending: state.filter((c) => c.status === 'pending').length,
      approved: state.filter((c) => c.status === 'approved').length,
      rejected: state.filter((c) => c.status === 'rejected').length,
    }),
    'GET /admin/comments': (url) => {
      const status = (url.searchParams.get('status') ?? 'pending') as CommentStatus;
      const limit = Number(url.searchParams.get('limit') ?? 50);
      const start = Number(url.searchParams.get('cursor') ?? 0);
      const list = state
        .filter((c) => c.status === status)
        .sort((a, b) => (status === 'pending' ? a.createdAt.localeCompare(b.createdAt) : (b.moderatedAt ?? '').localeCompare(a.moderatedAt ?? '')));
      return { items: list.slice(start, start + limit), nextCursor: start + limit < list.length ? String(start + limit) : null };
    },
    'POST /admin/comments/[^/]+/(approve|reject|restore)': async (url, request) => {
      const [, , , id, action] = url.pathname.replace(/^\/api/, '').split('/');
      const { from } = (await request.json()) as { from: CommentStatus };
      const c = state.find((x) => x.id === decodeURIComponent(id!));
      if (!c) return json(404, { error: { code: 'not_found', message: 'No such comment' } });
      if (c.status !== from) return json(409, { error: { code: `already_${c.status}`, message: `The comment is ${c.status}` } });
      return decide(c.id, TARGET[action!]!);
    },
  };
  // Overrides first: a test can make one route fail while the others keep working.
  const ordered = Object.fromEntries([...Object.entries(overrides), ...Object.entries(routes).filter(([k]) => !(k in overrides))]);
  return { comments: state, routes: ordered, decideElsewhere: (id, status) => void decide(id, status) };
}

/** A fake admin client over a fresh in-memory queue. */
export function queueClient(comments: ModeratedComment[], overrides: Record<string, Route> = {}, options?: FakeClientOptions): FakeAdminClient & { queue: FakeQueue } {
  const queue = fakeQueue(comments, overrides);
  return Object.assign(fakeAdminClient(queue.routes, options), { queue });
}
