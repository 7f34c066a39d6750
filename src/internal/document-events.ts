import type { ReactiveControllerHost } from 'lit';

/**
 * Listens to a typed `news-*` event on the document while `host` is
 * connected: how sibling elements that need not share a parent follow each
 * other (the comment list hears the form's `news-comment-result`, the form
 * and the switcher hear `news-article-load`). Events are composed and
 * bubble, so the document hears them from any shadow root.
 */
export function onDocument<K extends keyof HTMLElementEventMap>(
  host: ReactiveControllerHost,
  type: K,
  listener: (event: HTMLElementEventMap[K]) => void,
): void {
  const handler = listener as EventListener;
  host.addController({
    hostConnected: () => document.addEventListener(type, handler),
    hostDisconnected: () => document.removeEventListener(type, handler),
  });
}
