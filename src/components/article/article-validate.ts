/** Checks article data handed in as a property with the SDK's schema; loaded on demand. */
import { NewsValidationError, issuesOf } from '../../sdk/errors.js';
import { Article } from '../../sdk/schemas.js';

export function validated(article: unknown): Article {
  const result = Article.safeParse(article);
  if (!result.success) throw new NewsValidationError('article property', issuesOf(result.error), { cause: result.error });
  return result.data;
}
