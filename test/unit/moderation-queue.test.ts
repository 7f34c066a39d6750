import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { NewsHttpError, NewsNetworkError, NewsTimeoutError } from '../../src/sdk/errors.js';
import { BACK, TARGET, failureOf, holdText, noticeOf } from '../../src/components/moderation-queue/decisions.js';
import { move, nextAfter, place, take } from '../../src/components/moderation-queue/queue.js';
import { moderated } from '../fixtures/data.js';

const list = [1, 2, 3, 4, 5].map((i) => moderated(i));
const ids = (items: { id: string }[]) => items.map((c) => c.id);

describe('the queue as values', () => {
  it('takes comments out and puts them back at their places', () => {
    const taken = take(list, ['c4', 'c2']);
    assert.deepEqual(taken.map((t) => t.index), [1, 3]);
    const without = place(list, taken, 'pending', 'approved');
    assert.deepEqual(ids(without), ['c1', 'c3', 'c5']);
    assert.deepEqual(ids(place(without, taken, 'pending', 'pending')), ['c1', 'c2', 'c3', 'c4', 'c5']);
  });

  it('moves counts and never below zero', () => {
    assert.deepEqual(move({ pending: 3, approved: 1, rejected: 0 }, 'pending', 'approved', 2), { pending: 1, approved: 3, rejected: 0 });
    assert.deepEqual(move({ pending: 0, approved: 1, rejected: 0 }, 'pending', 'rejected', 1), { pending: 0, approved: 1, rejected: 1 });
    assert.equal(move(undefined, 'pending', 'approved', 1), undefined);
  });

  it('gives the focus to the comment after the last one taken, else the one before', () => {
    assert.equal(nextAfter(list, take(list, ['c2', 'c3'])), 'c4');
    assert.equal(nextAfter(list, take(list, ['c5'])), 'c4');
    assert.equal(nextAfter([list[0]!], take([list[0]!], ['c1'])), undefined);
  });

  it('undoes each action with the one that brings a comment back to the status it came from', () => {
    assert.equal(BACK.pending, 'restore');
    assert.equal(TARGET[BACK.approved], 'approved');
    assert.equal(TARGET[BACK.rejected], 'rejected');
  });
});

describe('what a failure means', () => {
  it('recognises conflicts, a refused token, the network and the rest', () => {
    assert.deepEqual(failureOf(new NewsHttpError({ status: 409, code: 'already_approved' })), { kind: 'conflict', status: 'approved' });
    assert.equal(noticeOf(failureOf(new NewsHttpError({ status: 409, code: 'already_pending' }))), 'already-pending');
    assert.deepEqual(failureOf(new NewsHttpError({ status: 409, code: 'something_else' })), { kind: 'refused' });
    assert.deepEqual(failureOf(new NewsHttpError({ status: 401 })), { kind: 'signed-out' });
    assert.deepEqual(failureOf(new NewsNetworkError()), { kind: 'offline' });
    assert.deepEqual(failureOf(new NewsTimeoutError(10_000)), { kind: 'offline' });
    assert.deepEqual(failureOf(new NewsHttpError({ status: 500 })), { kind: 'refused' });
  });

  it('words known hold codes, keeps unknown ones and the site\'s detail as given', () => {
    assert.equal(holdText({ holdCode: 'first_comment' }), 'First comment from this person');
    assert.equal(holdText({ holdCode: 'rule' }), 'Matched a site rule');
    assert.equal(holdText({ holdCode: 'toString' }), 'toString');
    assert.equal(holdText({}), undefined);
  });
});
