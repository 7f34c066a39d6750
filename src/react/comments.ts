import React from 'react';
import { createComponent } from '@lit/react';
import { NewsComments as NewsCommentsElement } from '../components/comments/index.js';
import { newsEvents } from './events.js';

/**
 * `<news-comments>` for React. The approved comments of an article (`articleId`), a page at a time.
 * Props are the element's properties, events are `on…` props with typed details, and `ref` is the element.
 */
export const NewsComments = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'news-comments',
  elementClass: NewsCommentsElement,
  events: newsEvents('news-error'),
  displayName: 'NewsComments',
});
