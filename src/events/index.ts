export type { NewsErrorDetail } from './news-error.js';
export type { NewsLanguageChangeDetail } from './news-language-change.js';
export type { NewsArticleLoadDetail } from './news-article-load.js';
export type { NewsShareDetail, ShareTarget } from './news-share.js';
export type { NewsCommentSubmitDetail } from './news-comment-submit.js';
export type { NewsCommentResultDetail } from './news-comment-result.js';
export type { NewsModerationDetail } from './news-moderation.js';
export { emit } from './emit.js';
export type { NewsReplyCancelDetail } from './news-reply-cancel.js';
