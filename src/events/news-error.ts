/** Detail of `news-error`: something an element could not do. */
export interface NewsErrorDetail {
  /** The error, usually a NewsError subclass from the SDK. */
  error: Error;
  /** What was being done: `create-client`, `load-article`, ... */
  operation: string;
}

declare global {
  interface HTMLElementEventMap {
    'news-error': CustomEvent<NewsErrorDetail>;
  }
}
