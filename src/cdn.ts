/**
 * The CDN entry: `<script type="module" src=".../news-elements.js">`.
 * Registers every element of the registry and exports the client, its
 * schemas and error classes. The SEO helpers (JSON-LD, hreflang) and the
 * OpenAPI document are build-time tools for CMS code: they come with
 * `news-elements/sdk` from npm, not with this script. DOMPurify, validation
 * helpers and translations stay in lazy chunks; pages that use a few elements
 * load `loader.js` instead.
 */
export { createNewsClient } from './sdk/client.js';
export type * from './sdk/client.js';
export * from './sdk/errors.js';
export * from './sdk/schemas.js';
// Before the elements: they connect one per task while the page loads (internal/take-turns.ts).
import './internal/take-turns.js';
export * from './elements.js';
export type * from './events/index.js';
