import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { unseen } from '../../src/internal/paging.js';

describe('unseen: what a fetched page adds to a list', () => {
  const ids = (items: { id: string }[]) => items.map((i) => i.id);
  it('keeps the order and leaves out what is shown, skipped or repeated in the page', () => {
    const page = ['1', '2', '3', '2', '4'].map((id) => ({ id }));
    assert.deepEqual(ids(unseen(page, [{ id: '1' }], ['4'])), ['2', '3']);
  });
  it('returns everything new for an empty list', () => {
    assert.deepEqual(ids(unseen([{ id: 'a' }, { id: 'b' }], [])), ['a', 'b']);
  });
});
