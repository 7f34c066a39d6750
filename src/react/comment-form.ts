import React from 'react';
import { createComponent } from '@lit/react';
import { NewsCommentForm as NewsCommentFormElement } from '../components/comment-form/index.js';
import { newsEvents } from './events.js';

/**
 * `<news-comment-form>` for React. The comment form of an article (`articleId`).
 * Props are the element's properties, events are `on…` props with typed details, and `ref` is the element.
 */
export const NewsCommentForm = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'news-comment-form',
  elementClass: NewsCommentFormElement,
  events: newsEvents('news-comment-submit', 'news-comment-result', 'news-reply-cancel', 'news-error'),
  displayName: 'NewsCommentForm',
});
