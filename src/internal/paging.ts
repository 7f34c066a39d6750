/**
 * The items of a fetched page that are not shown yet (by id), in order:
 * what every list appends, prepends or replaces with. A page fetched while
 * items were added elsewhere (a comment just posted, a refresh) may repeat
 * some; ids in `skip` (e.g. excluded articles) are left out too.
 */
export function unseen<T extends { id: string }>(items: readonly T[], shown: readonly { id: string }[], skip: readonly string[] = []): T[] {
  const known = new Set([...skip, ...shown.map((item) => item.id)]);
  return items.filter((item) => !known.has(item.id) && !!known.add(item.id));
}
