import type { Article } from '../sdk/schemas.js';

/** Detail of `news-article-load`: an article element has its data. */
export interface NewsArticleLoadDetail {
  article: Article;
}

declare global {
  interface HTMLElementEventMap {
    'news-article-load': CustomEvent<NewsArticleLoadDetail>;
  }
  // Bubbling and composed: a comment form elsewhere on the page hears whether comments are open.
  interface DocumentEventMap {
    'news-article-load': CustomEvent<NewsArticleLoadDetail>;
  }
}
