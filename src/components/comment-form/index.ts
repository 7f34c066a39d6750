import { define } from '../../internal/news-element.js';
import { NewsCommentForm } from './news-comment-form.js';

export { NewsCommentForm };
define('news-comment-form', NewsCommentForm);

declare global {
  interface HTMLElementTagNameMap {
    'news-comment-form': NewsCommentForm;
  }
}
