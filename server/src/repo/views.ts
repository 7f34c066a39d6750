/** Article views: counted once per reader and article in a window, with a per-reader rate limit. */
import type { Db } from '../db.js';
import { articleViewCount } from './articles.js';

/** A reader's views of one article count once in this window. */
export const VIEW_WINDOW_MINUTES = 30;
/** Views one reader may have counted per minute, over every article; more get a 429. */
export const VIEWS_PER_MINUTE = 20;

export type ViewOutcome = { viewCount: number } | { retryAfter: number } | undefined;

/**
 * Counts a view of article `id` by the reader `client` (its keyed hash): once per reader and article
 * in VIEW_WINDOW_MINUTES, so repeated calls neither inflate the count nor write. A reader counting
 * views of many articles fast is refused with a wait. Undefined for an unknown article.
 */
export async function recordView(db: Db, id: string, client: string): Promise<ViewOutcome> {
  return db.transaction(async (tx) => {
    const viewCount = await articleViewCount(tx, id);
    if (viewCount === undefined) return undefined;
    const [recent] = await tx.query<{ n: number; wait: number }>(
      `select count(*)::int as n, coalesce(extract(epoch from min(at) + interval '1 minute' - now()), 0)::float as wait
       from view_events where client = $1 and at > now() - interval '1 minute'`,
      [client],
    );
    if (Number(recent?.n) >= VIEWS_PER_MINUTE) return { retryAfter: Math.max(1, Math.ceil(Number(recent?.wait))) };
    const counted = await tx.query(
      `insert into view_events (client, article_id) values ($1, $2)
       on conflict (client, article_id) do update set at = now()
       where view_events.at < now() - make_interval(mins => $3) returning 1`,
      [client, id, VIEW_WINDOW_MINUTES],
    );
    if (counted.length === 0) return { viewCount };
    const [row] = await tx.query<{ view_count: number }>(
      'update articles set view_count = view_count + 1 where id = $1 returning view_count::int as view_count',
      [id],
    );
    return { viewCount: Number(row?.view_count) };
  });
}
