import { define } from '../../internal/news-element.js';
import { NewsShareBar } from './news-share-bar.js';

export { NewsShareBar };
export type { ShareTarget, NewsShareDetail } from '../../events/news-share.js';
define('news-share-bar', NewsShareBar);

declare global {
  interface HTMLElementTagNameMap {
    'news-share-bar': NewsShareBar;
  }
}
