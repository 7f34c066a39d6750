/**
 * The URL check without zod, so elements can use it without pulling the
 * schemas into their bundles.
 */

// Browsers drop tabs and newlines inside URLs ("java\tscript:"), so any
// whitespace or control character is refused outright rather than parsed.
// eslint-disable-next-line no-control-regex
const UNSAFE_URL_CHARS = /[\u0000-\u0020\u007f-\u009f]/;
const SCHEME = /^([a-z][a-z\d+.-]*):/i;
// An http(s) URL with a non-empty authority: "http://" alone or "https:foo" are not links.
const HTTP_URL = /^https?:\/\/[^/?#\\@]*@?[^/?#\\:@]+(:\d*)?([/?#\\]|$)/i;

/** True for http(s) URLs and, when `allowRelative`, scheme-less relative references. */
export function isSafeUrl(value: string, allowRelative = true): boolean {
  if (value === '' || UNSAFE_URL_CHARS.test(value)) return false;
  const scheme = SCHEME.exec(value)?.[1]?.toLowerCase();
  if (scheme === undefined) return allowRelative;
  return (scheme === 'http' || scheme === 'https') && HTTP_URL.test(value);
}
