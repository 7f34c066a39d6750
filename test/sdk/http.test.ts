import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { backoffDelay, buildUrl, parseRetryAfter } from '../../src/sdk/http.js';

describe('parseRetryAfter', () => {
  it('reads delta-seconds and HTTP dates', () => {
    const now = Date.parse('2026-11-25T12:00:00Z');
    assert.equal(parseRetryAfter('120', now), 120);
    assert.equal(parseRetryAfter('Wed, 25 Nov 2026 12:00:30 GMT', now), 30);
    assert.equal(parseRetryAfter('Wed, 25 Nov 2026 11:00:00 GMT', now), 0, 'a past date means now');
    assert.equal(parseRetryAfter(null, now), undefined);
    assert.equal(parseRetryAfter('soon', now), undefined);
  });
});

describe('backoffDelay', () => {
  it('is full jitter under an exponential ceiling capped at 10 s', () => {
    assert.equal(backoffDelay(0, 300, () => 0.999), 299);
    assert.equal(backoffDelay(2, 300, () => 0.5), 600);
    assert.equal(backoffDelay(10, 300, () => 0.999), 9990);
    assert.equal(backoffDelay(3, 300, () => 0), 0);
  });
});

describe('buildUrl', () => {
  it('keeps the API root path and drops empty parameters', () => {
    const base = new URL('https://news.example.org/api');
    assert.equal(buildUrl(base, 'articles', { lang: 'fa', cursor: undefined, limit: 5, section: '' }).href, 'https://news.example.org/api/articles?lang=fa&limit=5');
    assert.equal(buildUrl(new URL('https://x.org/api/'), '/languages').href, 'https://x.org/api/languages');
  });
});
