import type { Comment } from '../sdk/schemas.js';

/** Detail of `news-comment-result`: what became of a submitted comment. */
export interface NewsCommentResultDetail {
  status: 'published' | 'pending' | 'error';
  articleId: string;
  /** The stored comment (published or pending). */
  comment?: Comment;
  /** What went wrong (status `error`). */
  error?: Error;
}

declare global {
  interface HTMLElementEventMap {
    'news-comment-result': CustomEvent<NewsCommentResultDetail>;
  }
  // Bubbling and composed: listeners on the document (a comment list elsewhere on the page) hear it too.
  interface DocumentEventMap {
    'news-comment-result': CustomEvent<NewsCommentResultDetail>;
  }
}
