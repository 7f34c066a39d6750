/** The error envelope and the field errors of a 422, as every route writes them. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Hono, type Context } from 'hono';
import * as z from 'zod/mini';
import { CommentDraft, ErrorBody } from '../../src/sdk/schemas.js';
import { fieldErrorsOf } from '../src/field-errors.js';
import { fail, invalid, reply } from '../src/respond.js';

async function answer(handler: (c: Context) => Response) {
  const app = new Hono().get('/', handler);
  const res = await app.request('/');
  return { res, body: (await res.json()) as unknown };
}

describe('error envelope', () => {
  it('writes { error: { code, message } } as JSON with the status', async () => {
    const { res, body } = await answer((c) => fail(c, 404, 'not_found', 'No such article.'));
    assert.equal(res.status, 404);
    assert.equal(res.headers.get('content-type'), 'application/json; charset=utf-8');
    assert.deepEqual(body, { error: { code: 'not_found', message: 'No such article.' } });
    assert.ok(ErrorBody.safeParse(body).success);
  });

  it('writes a 422 with fieldErrors', async () => {
    const { res, body } = await answer((c) => invalid(c, { email: ['Not a valid email address.'] }));
    assert.equal(res.status, 422);
    assert.deepEqual(body, { error: { code: 'invalid_fields', message: 'Some fields are not valid.', fieldErrors: { email: ['Not a valid email address.'] } } });
  });

  it('sends a valid reply as it is, and an invalid one as a 500 in the envelope', async () => {
    const Schema = z.object({ n: z.number() });
    const ok = await answer((c) => reply(c, Schema, { n: 1 }, 201, { 'x-extra': 'yes' }));
    assert.equal(ok.res.status, 201);
    assert.equal(ok.res.headers.get('x-extra'), 'yes');
    assert.deepEqual(ok.body, { n: 1 });
    const logged = console.error;
    console.error = () => {};
    try {
      const bad = await answer((c) => reply(c, Schema, { n: 'one' }));
      assert.equal(bad.res.status, 500);
      assert.deepEqual(bad.body, { error: { code: 'internal', message: 'The server produced an invalid response.' } });
    } finally {
      console.error = logged;
    }
  });
});

describe('field errors', () => {
  const issuesOf = (value: unknown) => {
    const parsed = CommentDraft.safeParse(value);
    assert.ok(!parsed.success);
    return parsed.error.issues;
  };

  it('says what is wrong with each field, in words a form can show', () => {
    const errors = fieldErrorsOf(issuesOf({ authorName: '', email: 'nobody', body: 'x'.repeat(20_000), captcha: { kind: 'none' } }));
    assert.deepEqual(errors.authorName, ['Required.']);
    assert.deepEqual(errors.email, ['Not a valid email address.']);
    assert.match(errors.body?.[0] ?? '', /^At most \d+ characters\.$/);
    assert.deepEqual(errors.captcha, ['Complete the security check.']);
  });

  it('keys problems of the whole value under _ and says each message once', () => {
    assert.deepEqual(fieldErrorsOf(issuesOf('not an object')), { _: ['Required.'] });
    const twice = fieldErrorsOf([
      { code: 'invalid_format', path: ['tags', 0] },
      { code: 'invalid_format', path: ['tags', 1] },
      { code: 'invalid_value', path: ['order'] },
    ]);
    assert.deepEqual(twice, { tags: ['Not valid.'], order: ['Not one of the allowed values.'] });
  });
});
