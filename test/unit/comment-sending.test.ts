import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { NewsAbortError, NewsHttpError, NewsNetworkError, NewsTimeoutError, NewsValidationError } from '../../src/sdk/errors.js';
import { outcomeOf, resendable } from '../../src/components/comment-form/sending.js';
import type { CommentDraft } from '../../src/sdk/schemas.js';

const http = (status: number, extra: { code?: string; retryAfter?: number; fieldErrors?: Record<string, string[]> } = {}) =>
  new NewsHttpError({ status, ...extra });

describe('outcomeOf: what a failed send means', () => {
  it('closes the form on comments_closed and keeps the draft', () => {
    assert.deepEqual(outcomeOf(http(403, { code: 'comments_closed' })), { outcome: 'idle', closed: true });
  });

  it('reports an earlier version received on idempotency_key_reused, with a new key for the next send', () => {
    assert.deepEqual(outcomeOf(http(422, { code: 'idempotency_key_reused' })), { outcome: 'received', forgetSent: true, forgetKey: true });
  });

  it('waits as long as Retry-After says on 429, 30 s without it', () => {
    assert.deepEqual(outcomeOf(http(429, { retryAfter: 12 })), { outcome: 'limited', forgetSent: true, waitSeconds: 12 });
    assert.equal(outcomeOf(http(429)).waitSeconds, 30);
  });

  it('maps a 422 field error to its field, captcha to the code field, and drops unknown names', () => {
    const reaction = outcomeOf(http(422, { code: 'invalid_comment', fieldErrors: { body: ['too long'], captcha: ['wrong'], website: ['x'] } }));
    assert.deepEqual(reaction, { outcome: 'invalid', forgetSent: true, fields: ['body', 'code'] });
  });

  it('maps the SDK refusing a draft before sending (NewsValidationError) to its fields', () => {
    const error = new NewsValidationError('comment draft', [{ path: ['email'], message: 'Invalid email', code: 'invalid_format' }]);
    assert.deepEqual(outcomeOf(error), { outcome: 'invalid', forgetSent: true, fields: ['email'] });
  });

  it('keeps the sent request for an exact resend when no answer came (network, timeout, 5xx, 408)', () => {
    for (const error of [new NewsNetworkError(), new NewsTimeoutError(10), http(503), http(500), http(408), new NewsAbortError()]) {
      assert.deepEqual(outcomeOf(error), { outcome: 'offline', forgetSent: false }, error.name);
    }
  });

  it('refuses on another 4xx, and forgets the request the server did not store', () => {
    assert.deepEqual(outcomeOf(http(403, { code: 'forbidden' })), { outcome: 'refused', forgetSent: true });
    // A back end without a comment API (a CMS adapter) answers the same way: refused, nothing to retry.
    assert.deepEqual(outcomeOf(http(403, { code: 'comments_unavailable' })), { outcome: 'refused', forgetSent: true });
  });

  it('recognises errors by name, so a second copy of the SDK on the page is understood', () => {
    const foreign = Object.assign(new Error('x'), { name: 'NewsHttpError', status: 429, code: 'rate_limited', retryAfter: 5 });
    assert.equal(outcomeOf(foreign).waitSeconds, 5);
    assert.equal(outcomeOf(new TypeError('boom')).outcome, 'offline');
    assert.equal(outcomeOf(undefined).outcome, 'offline');
  });
});

describe('resendable: the request kept from a send whose answer never came', () => {
  const sent: CommentDraft = { authorName: 'Ada', email: 'ada@example.org', body: 'Hello', captcha: { kind: 'pow', payload: 'p' } };

  it('is resent as is while the fields hold its text', () => {
    assert.deepEqual(resendable(sent, { authorName: 'Ada', email: 'ada@example.org', body: 'Hello' }), sent);
  });

  it('takes the email from the field when it was not kept on the device', () => {
    const kept = { ...sent, email: '' };
    assert.equal(resendable(kept, { authorName: 'Ada', email: 'ada@example.org', body: 'Hello' })?.email, 'ada@example.org');
  });

  it('is not resent once the text, name or email changed', () => {
    assert.equal(resendable(sent, { authorName: 'Ada', email: 'ada@example.org', body: 'Hello!' }), undefined);
    assert.equal(resendable(sent, { authorName: 'Bob', email: 'ada@example.org', body: 'Hello' }), undefined);
    assert.equal(resendable(sent, { authorName: 'Ada', email: 'bob@example.org', body: 'Hello' }), undefined);
    assert.equal(resendable(undefined, { authorName: 'Ada', email: 'ada@example.org', body: 'Hello' }), undefined);
  });
});
