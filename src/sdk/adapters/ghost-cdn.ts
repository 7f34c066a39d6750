/** The CDN file of the ghost adapter (dist/cdn/adapters/ghost.js): the adapter and createNewsClient in one module. */
export { ghost } from './ghost.js';
export type * from './ghost.js';
export { createNewsClient } from '../client.js';
