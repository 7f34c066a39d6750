import React from 'react';
import { createComponent } from '@lit/react';
import { NewsShareBar as NewsShareBarElement } from '../components/share-bar/index.js';
import { newsEvents } from './events.js';

/**
 * `<news-share-bar>` for React. Share links with no tracking; `onNewsShare` can cancel a share (`e.preventDefault()`).
 * Props are the element's properties, events are `on…` props with typed details, and `ref` is the element.
 */
export const NewsShareBar = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'news-share-bar',
  elementClass: NewsShareBarElement,
  events: newsEvents('news-share'),
  displayName: 'NewsShareBar',
});
