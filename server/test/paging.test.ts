/** Paging, the one helper every list route uses: cursors, limits and the page built from a query's rows. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { limits } from '../../src/sdk/schemas.js';
import { decodeCursor, encodeCursor, pageOf, pageRequest } from '../src/paging.js';

const at = '2026-12-01T10:00:00.000Z';
const base64url = (text: string) => Buffer.from(text).toString('base64url');

describe('paging', () => {
  it('reads back the sort key and id a cursor was made from', () => {
    for (const id of ['1001', 'a-b_c', 'ünïcödé', '']) assert.deepEqual(decodeCursor(encodeCursor(at, id)), [at, id]);
  });

  it('refuses cursors it did not make', () => {
    for (const cursor of [
      'not a cursor',
      base64url('not json'),
      base64url('{"at":"2026-12-01T10:00:00.000Z","id":"1"}'),
      base64url(JSON.stringify([at])),
      base64url(JSON.stringify([at, '1', 'extra'])),
      base64url(JSON.stringify([at, 1])),
      base64url(JSON.stringify(['yesterday', '1'])),
    ]) {
      assert.equal(decodeCursor(cursor), undefined, cursor);
    }
  });

  it('takes the default limit, a limit in range and a cursor of its own', () => {
    assert.deepEqual(pageRequest({}, 10), { limit: 10, after: undefined });
    assert.deepEqual(pageRequest({ limit: '1' }, 10), { limit: 1, after: undefined });
    assert.deepEqual(pageRequest({ limit: String(limits.pageSize), cursor: encodeCursor(at, '7') }, 10), { limit: limits.pageSize, after: [at, '7'] });
  });

  it('names the field of a limit out of range or a foreign cursor', () => {
    for (const limit of ['0', String(limits.pageSize + 1), '9999']) {
      assert.deepEqual(pageRequest({ limit }, 10), { fieldErrors: { limit: [`An integer from 1 to ${limits.pageSize}.`] } }, limit);
    }
    assert.deepEqual(pageRequest({ cursor: 'bogus' }, 10), { fieldErrors: { cursor: ['Not a cursor of this server.'] } });
  });

  it('keeps `limit` rows and points the next cursor after the last kept one, only when there is more', () => {
    const rows = [1, 2, 3].map((n) => ({ id: String(n), at: `2026-12-0${n}T00:00:00.000Z` }));
    const key = (row: { id: string; at: string }): [string, string] => [row.at, row.id];
    const first = pageOf(rows, 2, key);
    assert.deepEqual(first.items.map((r) => r.id), ['1', '2']);
    assert.deepEqual(decodeCursor(first.nextCursor ?? ''), ['2026-12-02T00:00:00.000Z', '2']);
    assert.deepEqual(pageOf(rows, 3, key), { items: rows, nextCursor: null });
    assert.deepEqual(pageOf([], 3, key), { items: [], nextCursor: null });
  });
});
