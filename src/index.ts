/**
 * news-elements: registers every element and re-exports the SDK.
 */
export * from './sdk/index.js';
export * from './components/provider/index.js';
export * from './components/language-switcher/index.js';
export type * from './events/index.js';
