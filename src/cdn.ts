/**
 * The CDN entry: everything bundled (lit included) for
 * `<script type="module" src=".../news-elements.js">`. Registers every element
 * and exports the SDK. DOMPurify and translations stay in lazy chunks.
 */
export * from './index.js';
