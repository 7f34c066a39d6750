/**
 * The registry of elements: one line per element, each registering its tag
 * `news-<folder>` from `src/components/<folder>/`. The npm entry, the CDN
 * bundle, the per-element builds, the autoloader's map, `npm run size` and the
 * demo site all read this list (scripts/registry.js parses it for the build),
 * so adding an element means one line here plus its folder.
 */
export * from './components/provider/index.js';
export * from './components/article/index.js';
export * from './components/share-bar/index.js';
export * from './components/comment-form/index.js';
export * from './components/comments/index.js';
export * from './components/latest-articles/index.js';
export * from './components/language-switcher/index.js';
export * from './components/moderation-queue/index.js';
