import { emit } from '../events/emit.js';
import '../events/news-error.js';

/**
 * The handler that tells the page an element could not do something: a
 * `news-error` event from `host` with the error and the operation's name.
 * What every loader's `onError` is.
 */
export function reportError(host: EventTarget, operation: string): (error: unknown) => void {
  return (error) => emit(host, 'news-error', { error: error as Error, operation });
}
