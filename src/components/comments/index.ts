import { define } from '../../internal/news-element.js';
import { NewsComments } from './news-comments.js';

export { NewsComments };
define('news-comments', NewsComments);

declare global {
  interface HTMLElementTagNameMap {
    'news-comments': NewsComments;
  }
}
