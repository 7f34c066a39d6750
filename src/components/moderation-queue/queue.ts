/**
 * The queue's list and counts as values: what a decision takes out, where a
 * refused one goes back, how the counts move, which comment gets the focus.
 * Pure functions, so that an optimistic change and its rollback are the same
 * two steps in opposite directions.
 */
import type { CommentStatus, ModeratedComment, ModerationSummary } from '../../sdk/admin.js';

/** Comments of the shown list with the index each stood at, in list order. */
export type Taken = { item: ModeratedComment; index: number }[];

export function take(items: ModeratedComment[], ids: readonly string[]): Taken {
  return items.flatMap((item, index) => (ids.includes(item.id) ? [{ item, index }] : []));
}

/** The shown list once `taken` are in `status`: in it, at their places, when the list shows that status; out of it otherwise. */
export function place(items: ModeratedComment[], taken: Taken, shown: CommentStatus, status: CommentStatus): ModeratedComment[] {
  const rest = items.filter((c) => !taken.some(({ item }) => item.id === c.id));
  if (shown === status) for (const { item, index } of taken) rest.splice(index, 0, item);
  return rest;
}

/** The counts once `count` comments went from one status to another. */
export function move(counts: ModerationSummary | undefined, from: CommentStatus, to: CommentStatus, count: number): ModerationSummary | undefined {
  return counts && count ? { ...counts, [from]: Math.max(0, counts[from] - count), [to]: counts[to] + count } : counts;
}

/** The comment that takes the focus once `taken` left: the one after the last of them, else the one before. */
export function nextAfter(items: ModeratedComment[], taken: Taken): string | undefined {
  const rest = place(items, taken, 'pending', 'approved');
  const at = taken.at(-1)!.index - taken.length + 1;
  return (rest[at] ?? rest[at - 1])?.id;
}
