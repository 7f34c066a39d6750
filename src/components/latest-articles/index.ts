import { define } from '../../internal/news-element.js';
import { NewsLatestArticles } from './news-latest-articles.js';

export { NewsLatestArticles };
define('news-latest-articles', NewsLatestArticles);

declare global {
  interface HTMLElementTagNameMap {
    'news-latest-articles': NewsLatestArticles;
  }
}
