import { define } from '../../internal/news-element.js';
import { NewsLanguageSwitcher } from './news-language-switcher.js';

export { NewsLanguageSwitcher };
export type { SwitcherLanguage } from './news-language-switcher.js';
define('news-language-switcher', NewsLanguageSwitcher);

declare global {
  interface HTMLElementTagNameMap {
    'news-language-switcher': NewsLanguageSwitcher;
  }
}
