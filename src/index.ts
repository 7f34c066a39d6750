/**
 * news-elements: registers every element (the registry, src/elements.ts) and
 * re-exports the SDK.
 */
export * from './sdk/index.js';
// Before the elements: they connect one per task while the page loads (internal/take-turns.ts).
import './internal/take-turns.js';
export * from './elements.js';
export type * from './events/index.js';
