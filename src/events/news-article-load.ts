import type { Article } from '../sdk/schemas.js';

/** Detail of `news-article-load`: an article element has its data. */
export interface NewsArticleLoadDetail {
  article: Article;
}

declare global {
  interface HTMLElementEventMap {
    'news-article-load': CustomEvent<NewsArticleLoadDetail>;
  }
}
