export type { NewsErrorDetail } from './news-error.js';
export type { NewsLanguageChangeDetail } from './news-language-change.js';
export type { NewsArticleLoadDetail } from './news-article-load.js';
export { emit } from './emit.js';
