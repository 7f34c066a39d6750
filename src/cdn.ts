/**
 * The CDN entry: everything bundled (lit included) for
 * `<script type="module" src=".../news-elements.js">`. Registers every element
 * and exports the client, its schemas and error classes. The SEO helpers
 * (JSON-LD, hreflang) and the OpenAPI document are build-time tools for CMS
 * code: they come with `news-elements/sdk` from npm, not with this script.
 * DOMPurify and translations stay in lazy chunks.
 *
 * Elements join this bundle when every size budget holds with them (see the
 * `elements` list in rollup.config.js); the article, share bar, latest
 * articles and comments wait on a budget decision.
 */
export { createNewsClient } from './sdk/client.js';
export type * from './sdk/client.js';
export * from './sdk/errors.js';
export * from './sdk/schemas.js';
export * from './components/provider/index.js';
export * from './components/language-switcher/index.js';
export type * from './events/index.js';
