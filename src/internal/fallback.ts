/**
 * Server-rendered fallback: a host page may put the same content as plain
 * HTML inside an element (for readers without scripts and for crawlers).
 * While the element has nothing of its own to show, it shows that content
 * through a default slot instead of a skeleton; once its data is rendered,
 * its shadow root has no default slot and the fallback is hidden.
 */
import { isServer } from 'lit';

export function hasFallback(host: Element): boolean {
  // Rendered by news-elements/ssr, an element has no children to look at (the renderer gives it no light DOM).
  if (isServer) return false;
  for (const child of host.children) if (!child.slot && child.localName !== 'script') return true;
  return false;
}
