/**
 * news-elements/react: a React component for each element, made with @lit/react's `createComponent`.
 * Props are the element's properties (`article`, `client`, `networks`, ...; objects are set as
 * properties, not attributes), every `news-*` event is an `onNews…` prop whose event has the typed
 * `detail` (`onNewsShare={(e) => e.detail.network}`), and `ref` reaches the element. React 18 and 19;
 * server rendering gives the bare tag. One module per element, so a bundle holds only the elements
 * whose wrappers it uses.
 */
export { NewsProvider } from './provider.js';
export { NewsArticle } from './article.js';
export { NewsShareBar } from './share-bar.js';
export { NewsCommentForm } from './comment-form.js';
export { NewsComments } from './comments.js';
export { NewsLatestArticles } from './latest-articles.js';
export { NewsLanguageSwitcher } from './language-switcher.js';
export { NewsModerationQueue } from './moderation-queue.js';
export type { NewsEventName, NewsEventProp } from './events.js';
export type * from '../events/index.js';
export type { SwitcherLanguage } from '../components/language-switcher/index.js';
