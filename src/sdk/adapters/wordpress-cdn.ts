/** The CDN file of the wordpress adapter (dist/cdn/adapters/wordpress.js): the adapter and createNewsClient in one module. */
export { wordpress } from './wordpress.js';
export type * from './wordpress.js';
export { createNewsClient } from '../client.js';
