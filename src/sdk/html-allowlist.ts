/**
 * What an article body may hold: the one allowlist of the elements' sanitizer (internal/sanitize.ts,
 * in the browser) and of the reference server's (when it stores an article). DOM-free data.
 */
import { isSafeUrl } from './url.js';

export const ARTICLE_TAGS = [
  'p', 'br', 'hr', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'ul', 'ol', 'li', 'blockquote', 'q', 'cite', 'figure',
  'figcaption', 'img', 'picture', 'source', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
  'strong', 'em', 'b', 'i', 's', 'u', 'small', 'sub', 'sup', 'mark', 'abbr', 'time', 'code', 'pre', 'kbd',
  'span', 'div', 'dl', 'dt', 'dd', 'bdi', 'bdo', 'iframe',
];
export const ARTICLE_ATTRS = [
  'href', 'src', 'srcset', 'sizes', 'media', 'type', 'alt', 'title', 'width', 'height', 'cite', 'datetime',
  'lang', 'dir', 'colspan', 'rowspan', 'scope', 'headers', 'start', 'reversed', 'allowfullscreen',
];
const URL_ATTRS = ['href', 'src', 'cite'];

/** False for an attribute whose URL (or any URL of a srcset) is not http(s) or relative. */
export function isSafeAttribute(name: string, value: string): boolean {
  if (URL_ATTRS.includes(name)) return isSafeUrl(value.trim());
  if (name !== 'srcset') return true;
  return value.split(',').every((candidate) => {
    const url = candidate.trim().split(/\s+/)[0] ?? '';
    return url === '' || isSafeUrl(url);
  });
}
