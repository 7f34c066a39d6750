/**
 * The comment form's field checks, against the contract's limits: pure
 * functions of the values (tested in Node), and the message for each
 * problem in the reader's language.
 */
import { msg, str } from '@lit/localize';
import { emailPattern, limits } from '../../sdk/limits.js';
import { formatNumber } from '../../internal/format.js';
import type { Fields } from './drafts.js';

/** A field of the form: the three of the draft and the image code. */
export type Field = keyof Fields | 'code';

/** In the order the form shows them (the first invalid one gets focus). */
export const FIELDS: readonly Field[] = ['authorName', 'email', 'body', 'code'];

export type Problem = 'missing' | 'email' | 'too-long';

/** What is wrong with a draft field's value, if anything (`browserMismatch`: the browser's own email check failed). */
export function fieldProblem(field: keyof Fields, value: string, browserMismatch = false): Problem | undefined {
  if (!value.trim()) return 'missing';
  if (field === 'email' && (!emailPattern.test(value) || value.length > limits.email || browserMismatch)) return 'email';
  return value.length > maxLength(field) ? 'too-long' : undefined;
}

export function maxLength(field: keyof Fields): number {
  return field === 'body' ? limits.commentBody : field === 'email' ? limits.email : limits.name;
}

/** The sentence a reader sees for a problem with a field. */
export function problemText(field: Field, problem: Problem, locale: string): string {
  if (problem === 'email') return msg(str`Enter an email address like ${'name@example.com'}.`, { id: 'form.enter-an-email' });
  if (problem === 'too-long' && field !== 'code') {
    return msg(str`Shorten this to ${formatNumber(maxLength(field), locale)} characters or fewer.`, { id: 'form.shorten-this-to' });
  }
  switch (field) {
    case 'authorName':
      return msg('Enter your name.', { id: 'form.enter-your-name' });
    case 'email':
      return msg('Enter your email address.', { id: 'form.enter-your-email' });
    case 'body':
      return msg('Write your comment.', { id: 'form.write-your-comment' });
    default:
      return msg('Enter the security code.', { id: 'form.enter-the-security' });
  }
}
