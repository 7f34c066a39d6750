/**
 * Batching of comment counts: the ids asked for within one frame (16 ms)
 * go out together, in requests of at most 100 ids; each caller gets the
 * counts of its own ids. DOM-free: a timer, not requestAnimationFrame (which
 * never fires in a background tab).
 */
import { NewsAbortError } from './errors.js';

type Counts = Record<string, number>;

export function countBatcher(
  load: (ids: readonly string[]) => Promise<Counts>,
  windowMs = 16,
  max = 100,
): (ids: readonly string[], signal?: AbortSignal) => Promise<Counts> {
  let batch: Set<string> | undefined;
  let answer: Promise<Counts> = Promise.resolve({});
  return async (ids, signal) => {
    signal?.throwIfAborted();
    if (!batch) {
      const current = (batch = new Set());
      answer = new Promise((resolve) => setTimeout(resolve, windowMs)).then(async () => {
        batch = undefined;
        const all = [...current];
        const parts: Promise<Counts>[] = [];
        for (let i = 0; i < all.length; i += max) parts.push(load(all.slice(i, i + max)));
        return Object.assign({}, ...(await Promise.all(parts))) as Counts;
      });
    }
    for (const id of ids) batch.add(id);
    const counts = await abortable(answer, signal);
    return Object.fromEntries(ids.map((id) => [id, counts[id] ?? 0]));
  };
}

/** The promise, or a NewsAbortError as soon as the caller's signal aborts (the shared request goes on for the others). */
function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(new NewsAbortError({ cause: signal.reason }));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
