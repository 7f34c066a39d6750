import React from 'react';
import { createComponent } from '@lit/react';
import { NewsProvider as NewsProviderElement } from '../components/provider/index.js';
import { newsEvents } from './events.js';

/**
 * `<news-provider>` for React. Gives the elements inside a News API client (`baseUrl`) and a locale (`lang`).
 * Props are the element's properties, events are `on…` props with typed details, and `ref` is the element.
 */
export const NewsProvider = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'news-provider',
  elementClass: NewsProviderElement,
  events: newsEvents('news-error'),
  displayName: 'NewsProvider',
});
