/**
 * news-elements/sdk: the typed, validated client of the News API.
 * DOM-free; runs in Node 20+, browsers and workers.
 */
export { createNewsClient } from './client.js';
export type {
  NewsClient,
  NewsClientOptions,
  NewsClientSettings,
  NewsSourceOptions,
  NewsSource,
  NewsCapabilities,
  CallOptions,
  ArticleRef,
  ListArticlesParams,
  ListCommentsParams,
  ListRepliesParams,
  PostCommentOptions,
} from './client.js';
export type { Hooks, BeforeRequestState, AfterResponseState } from './http.js';
export * from './errors.js';
export * from './schemas.js';
export { articleJsonLd, hreflangLinks, serializeJsonLd } from './seo.js';
export { conditionalRequests } from './conditional.js';
export type { HreflangLink, JsonLdOptions } from './seo.js';
