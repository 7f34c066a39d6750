/**
 * A 422's `fieldErrors` from zod's issues: one short sentence per problem, keyed by the top-level
 * field, as a form shows them beside its inputs. The SDK reads the same shape.
 */
import type { FieldErrors } from '../../src/sdk/errors.js';

/** The parts of a zod issue the messages depend on. */
export interface Issue {
  code: string;
  path: PropertyKey[];
  maximum?: unknown;
}

function describe(issue: Issue, field: string): string {
  switch (issue.code) {
    case 'too_big':
      return typeof issue.maximum === 'number' ? `At most ${issue.maximum} characters.` : 'Too long.';
    case 'too_small':
      return 'Required.';
    case 'invalid_type':
      return 'Required.';
    case 'invalid_union':
      return field === 'captcha' ? 'Complete the security check.' : 'Not valid.';
    case 'invalid_format':
      if (field === 'email') return 'Not a valid email address.';
      if (field === 'authorName' || field === 'body') return 'Required.';
      return 'Not valid.';
    case 'invalid_value':
      return 'Not one of the allowed values.';
    default:
      return 'Not valid.';
  }
}

/** Field → its messages, each once; issues of the whole value are under `_`. */
export function fieldErrorsOf(issues: readonly Issue[]): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of issues) {
    const field = issue.path.length > 0 ? String(issue.path[0]) : '_';
    const message = describe(issue, field);
    const list = (out[field] ??= []);
    if (!list.includes(message)) list.push(message);
  }
  return out;
}
