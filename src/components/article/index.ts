import { define } from '../../internal/news-element.js';
import { NewsArticle } from './news-article.js';

export { NewsArticle };
define('news-article', NewsArticle);

declare global {
  interface HTMLElementTagNameMap {
    'news-article': NewsArticle;
  }
}
