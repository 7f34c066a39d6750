/**
 * news-elements: registers every element (the registry, src/elements.ts) and
 * re-exports the SDK.
 */
export * from './sdk/index.js';
export * from './elements.js';
export type * from './events/index.js';
