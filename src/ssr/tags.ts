/** The tags news-elements/ssr renders: every element of the registry (src/elements.ts; a test keeps the two the same). */
export const elementTags = [
  'news-provider',
  'news-article',
  'news-share-bar',
  'news-comment-form',
  'news-comments',
  'news-latest-articles',
  'news-language-switcher',
  'news-moderation-queue',
] as const;

export type NewsTagName = (typeof elementTags)[number];
