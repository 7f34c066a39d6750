import React from 'react';
import { createComponent } from '@lit/react';
import { NewsArticle as NewsArticleElement } from '../components/article/index.js';
import { newsEvents } from './events.js';

/**
 * `<news-article>` for React. A full news article, sanitized and localized: `article` (data, no network) or `slug` / `articleId` (fetched).
 * Props are the element's properties, events are `on…` props with typed details, and `ref` is the element.
 */
export const NewsArticle = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'news-article',
  elementClass: NewsArticleElement,
  events: newsEvents('news-article-load', 'news-error'),
  displayName: 'NewsArticle',
});
