/**
 * JSON answers of the API. Every error, from any route, middleware or handler, is written by
 * `fail`, in the one envelope the SDK reads: `{ error: { code, message, fieldErrors? } }`.
 */
import type { Context } from 'hono';
import type * as z from 'zod/mini';
import type { FieldErrors } from '../../src/sdk/errors.js';
import { ErrorBody } from '../../src/sdk/schemas.js';

const JSON_TYPE = { 'content-type': 'application/json; charset=utf-8' };

/** An error answer. */
export function fail(c: Context, status: number, code: string, message: string, fieldErrors?: FieldErrors): Response {
  const body = ErrorBody.parse({ error: { code, message, ...(fieldErrors && { fieldErrors }) } });
  return c.body(JSON.stringify(body), status as 400, JSON_TYPE);
}

/** A 422 naming the fields that are not valid (see fieldErrorsOf for zod's issues). */
export function invalid(c: Context, fieldErrors: FieldErrors): Response {
  return fail(c, 422, 'invalid_fields', 'Some fields are not valid.', fieldErrors);
}

/** Sends `data` after validating it with the contract's schema (a mismatch is our bug: 500). */
export function reply(c: Context, schema: z.ZodMiniType, data: unknown, status = 200, headers: Record<string, string> = {}): Response {
  const checked = schema.safeParse(data);
  if (!checked.success) {
    console.error('response does not match its schema', c.req.path, JSON.stringify(checked.error.issues).slice(0, 2_000));
    return fail(c, 500, 'internal', 'The server produced an invalid response.');
  }
  return c.body(JSON.stringify(checked.data), status as 200, { ...JSON_TYPE, ...headers });
}
