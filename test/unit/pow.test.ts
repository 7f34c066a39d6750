import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { solvePow } from '../../src/components/comment-form/pow.js';
import { checkPayload, powChallenge } from '../support/pow.js';

describe('proof of work solver', () => {
  it('finds the number and answers in the payload the server checks', async () => {
    const challenge = await powChallenge(1234, 5000);
    const shares: number[] = [];
    const payload = await solvePow(challenge, { onProgress: (share) => shares.push(share) });
    assert.equal(await checkPayload(payload), 1234);
    assert.ok(shares.length >= 4 && shares.every((s, i) => s > 0 && s <= 1 && (i === 0 || s > shares[i - 1]!)), 'progress grows');
  });

  it('finds 0 and maxnumber, the ends of the range', async () => {
    assert.equal(await checkPayload(await solvePow(await powChallenge(0, 300))), 0);
    assert.equal(await checkPayload(await solvePow(await powChallenge(300, 300))), 300);
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    const run = solvePow(await powChallenge(90_000, 100_000), { signal: controller.signal });
    controller.abort();
    await assert.rejects(run, { name: 'AbortError' });
  });

  it('rejects a challenge with no answer in range, or one that is not a digest', async () => {
    const challenge = await powChallenge(500, 500);
    await assert.rejects(solvePow({ ...challenge, maxnumber: 100 }), /No number in range/);
    await assert.rejects(solvePow({ ...challenge, challenge: 'not hex' }), /not a hex digest/);
  });
});
