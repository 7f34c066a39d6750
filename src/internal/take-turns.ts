/**
 * While the page loads, elements connect one per task, in document order: each one's upgrade and
 * first render (and the layout that follows) is a task of its own instead of one long task for
 * every element of the page, so the page answers input in between. Until its turn, an element
 * with the page's own HTML inside shows that HTML as is; an empty one gets its shadow root, and so
 * its :host styles and the space they reserve, at once. Once the page has loaded, elements connect
 * at once.
 *
 * Installed by the entries that register every element at once (the npm entry, the CDN bundle).
 * The autoloader needs none of it: it imports each element on its own, in a task of its own.
 */
import { hasFallback } from './fallback.js';
import { connecting, type NewsElement } from './news-element.js';

const waiting: NewsElement[] = [];
const slots = new WeakMap<NewsElement, HTMLSlotElement>();
// A message task, not a timer: timers are throttled in background tabs.
const channel = new MessageChannel();
const nextTask = (run: () => void) => {
  channel.port1.onmessage = run;
  channel.port2.postMessage(null);
};

function takeTurn(): void {
  // Document order, whatever order the tags were defined in: the page fills in from the top.
  waiting.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  const element = waiting.shift();
  if (element) {
    slots.get(element)?.remove();
    element['connectNow']();
  }
  if (waiting.length) nextTask(takeTurn);
}

/** Lit's hydration support (hydrate.ts), once an element with a server-rendered shadow root connects. */
let hydration: Promise<unknown> | undefined;

connecting.defer = (element) => {
  // Its shadow root came with the page (declarative): hydration support first, so that Lit keeps that
  // root instead of clearing it (attachShadow would), then the element connects and hydrates.
  // (A root this file made, for an element waiting its turn, is not one.) Should the support fail to
  // load, the element renders again in that root, as it would without it.
  if (element.shadowRoot && !element.hasUpdated && !slots.has(element)) {
    hydration ??= import('./hydrate.js').catch(() => (hydration = undefined));
    // Then one per task too, in document order: each takes its shadow root over in a task of its own.
    void hydration.then(() => waiting.push(element) === 1 && nextTask(takeTurn));
    return true;
  }
  if (document.readyState === 'complete') return false;
  if (waiting.includes(element)) return true;
  const host = element as NewsElement & { renderRoot?: HTMLElement | DocumentFragment };
  if (!hasFallback(element) && !host.renderRoot) {
    const root = element['createRenderRoot']();
    const slot = document.createElement('slot');
    root.append(slot);
    slots.set(element, slot);
    (host as { renderRoot: HTMLElement | DocumentFragment }).renderRoot = root;
  }
  if (waiting.push(element) === 1) nextTask(takeTurn);
  return true;
};

connecting.cancel = (element) => {
  const turn = waiting.indexOf(element);
  if (turn >= 0) waiting.splice(turn, 1);
  return turn >= 0;
};
