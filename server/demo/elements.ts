/**
 * The demo site's script (served at /demo/news-elements.js): the CDN entry
 * plus every element that is not in the published builds yet because its size
 * budget waits on a decision (see README). It lets `npm start` show the whole
 * library on a real page. It is not published (package.json `files`) and not
 * counted by `npm run size`; the published CDN bundle is dist/cdn.
 */
export * from '../../src/cdn.js';
import '../../src/components/article/index.js';
import '../../src/components/share-bar/index.js';
import '../../src/components/comments/index.js';
import '../../src/components/comment-form/index.js';
import '../../src/components/latest-articles/index.js';
