import React from 'react';
import { createComponent } from '@lit/react';
import { NewsLatestArticles as NewsLatestArticlesElement } from '../components/latest-articles/index.js';
import { newsEvents } from './events.js';

/**
 * `<news-latest-articles>` for React. The latest articles (`limit`, `exclude`, `section`, `layout`), or `items` shown as given.
 * Props are the element's properties, events are `on…` props with typed details, and `ref` is the element.
 */
export const NewsLatestArticles = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'news-latest-articles',
  elementClass: NewsLatestArticlesElement,
  events: newsEvents('news-error'),
  displayName: 'NewsLatestArticles',
});
