import React from 'react';
import { createComponent } from '@lit/react';
import { NewsModerationQueue as NewsModerationQueueElement } from '../components/moderation-queue/index.js';
import { newsEvents } from './events.js';

/**
 * `<news-moderation-queue>` for React. The moderators' queue of comments (`baseUrl`, or a `client`
 * from news-elements/sdk/admin), for an admin screen.
 * Props are the element's properties, events are `on…` props with typed details, and `ref` is the element.
 */
export const NewsModerationQueue = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'news-moderation-queue',
  elementClass: NewsModerationQueueElement,
  events: newsEvents('news-moderation', 'news-error'),
  displayName: 'NewsModerationQueue',
});
