import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fieldProblem, problemText } from '../../src/components/comment-form/validation.js';
import { limits } from '../../src/sdk/limits.js';
import { formatNumber } from '../../src/internal/format.js';

describe('comment form field checks', () => {
  it('wants every field filled, blanks included', () => {
    for (const field of ['authorName', 'email', 'body'] as const) {
      assert.equal(fieldProblem(field, ''), 'missing');
      assert.equal(fieldProblem(field, ' \n\t'), 'missing');
    }
  });

  it('checks emails like the contract, and trusts the browser saying no', () => {
    assert.equal(fieldProblem('email', 'ada@example.org'), undefined);
    for (const bad of ['ada', 'ada@example', 'a da@example.org', `${'a'.repeat(250)}@example.org`]) assert.equal(fieldProblem('email', bad), 'email', bad);
    assert.equal(fieldProblem('email', 'ada@example.org', true), 'email');
  });

  it('holds the contract limits: name and comment', () => {
    assert.equal(fieldProblem('authorName', 'n'.repeat(limits.name)), undefined);
    assert.equal(fieldProblem('authorName', 'n'.repeat(limits.name + 1)), 'too-long');
    assert.equal(fieldProblem('body', 'b'.repeat(limits.commentBody)), undefined);
    assert.equal(fieldProblem('body', 'b'.repeat(limits.commentBody + 1)), 'too-long');
  });

  it('says what to do, with the limit written in the reader\'s digits', () => {
    assert.equal(problemText('authorName', 'missing', 'en'), 'Enter your name.');
    assert.equal(problemText('code', 'missing', 'en'), 'Enter the security code.');
    assert.match(problemText('email', 'email', 'en'), /name@example\.com/);
    assert.equal(problemText('body', 'too-long', 'en'), 'Shorten this to 5,000 characters or fewer.');
    assert.ok(problemText('body', 'too-long', 'fa').includes(formatNumber(limits.commentBody, 'fa')));
  });
});
