export type { NewsErrorDetail } from './news-error.js';
export { emit } from './emit.js';
