import { define } from '../../internal/news-element.js';
import { NewsModerationQueue } from './news-moderation-queue.js';

export { NewsModerationQueue };
define('news-moderation-queue', NewsModerationQueue);

declare global {
  interface HTMLElementTagNameMap {
    'news-moderation-queue': NewsModerationQueue;
  }
}
