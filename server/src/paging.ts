/**
 * Paging, the same for every list: `limit` and an opaque `cursor` in, `{ items, nextCursor }` out.
 * A cursor is the last item's sort key and id, so a page stays right while rows are added before it.
 */
import * as z from 'zod/mini';
import { limits, type Page } from '../../src/sdk/schemas.js';
import type { FieldErrors } from '../../src/sdk/errors.js';

/** The query parameters of every list route, for its query schema. */
export const pageParams = {
  limit: z.optional(z.string().check(z.regex(/^\d{1,4}$/))),
  cursor: z.optional(z.string().check(z.minLength(1), z.maxLength(1_024))),
};

/** Where a page starts: after this sort key and id. */
export type After = [string, string];

export interface PageRequest {
  limit: number;
  after: After | undefined;
}

export function encodeCursor(at: string, id: string): string {
  return Buffer.from(JSON.stringify([at, id])).toString('base64url');
}

/** The cursor's key and id, or undefined when it is not one of ours. */
export function decodeCursor(cursor: string): After | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string') {
      if (!Number.isNaN(Date.parse(value[0]))) return [value[0], value[1]];
    }
  } catch {
    // not JSON
  }
  return undefined;
}

/** The page a request asks for, or the field errors of a bad limit or cursor. */
export function pageRequest(query: { limit?: string | undefined; cursor?: string | undefined }, defaultLimit: number): PageRequest | { fieldErrors: FieldErrors } {
  const limit = query.limit === undefined ? defaultLimit : Number(query.limit);
  if (!(limit >= 1 && limit <= limits.pageSize)) return { fieldErrors: { limit: [`An integer from 1 to ${limits.pageSize}.`] } };
  const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
  if (query.cursor !== undefined && !after) return { fieldErrors: { cursor: ['Not a cursor of this server.'] } };
  return { limit, after };
}

/**
 * A page from the rows of a query that asked for `limit + 1`: the extra row only says that there is
 * a next page, which starts after the last item kept.
 */
export function pageOf<T>(rows: T[], limit: number, keyOf: (item: T) => After): Page<T> {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last !== undefined ? encodeCursor(...keyOf(last)) : null };
}
