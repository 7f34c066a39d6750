import { define } from '../../internal/news-element.js';
import { NewsProvider } from './news-provider.js';

export { NewsProvider };
define('news-provider', NewsProvider);

declare global {
  interface HTMLElementTagNameMap {
    'news-provider': NewsProvider;
  }
}
