import React from 'react';
import { createComponent } from '@lit/react';
import { NewsLanguageSwitcher as NewsLanguageSwitcherElement } from '../components/language-switcher/index.js';
import { newsEvents } from './events.js';

/**
 * `<news-language-switcher>` for React. Links to the page in other languages; `onNewsLanguageChange` can cancel the navigation.
 * Props are the element's properties, events are `on…` props with typed details, and `ref` is the element.
 */
export const NewsLanguageSwitcher = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'news-language-switcher',
  elementClass: NewsLanguageSwitcherElement,
  events: newsEvents('news-language-change', 'news-error'),
  displayName: 'NewsLanguageSwitcher',
});
