/**
 * Server-rendered fallback: a host page may put the same content as plain
 * HTML inside an element (for readers without scripts and for crawlers).
 * While the element has nothing of its own to show, it shows that content
 * through a default slot instead of a skeleton; once its data is rendered,
 * its shadow root has no default slot and the fallback is hidden.
 */
export function hasFallback(host: Element): boolean {
  for (const child of host.children) if (!child.slot && child.localName !== 'script') return true;
  return false;
}
