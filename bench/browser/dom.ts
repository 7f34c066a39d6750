/** What the browser benchmarks share: the stage they render into and the vanilla baselines' helpers. */
import type { CSSResultGroup } from 'lit';

/** Every benchmark renders here, replacing what was there. */
export const stage = document.createElement('div');
document.body.append(stage);

/** An element's `static styles` as constructed stylesheets: the vanilla baselines adopt the same sheets. */
export const sheets = (styles: CSSResultGroup) =>
  [styles].flat(Infinity as 1).map((s) => (s instanceof CSSStyleSheet ? s : (s as { styleSheet: CSSStyleSheet }).styleSheet));

/** A div with an open shadow root holding those sheets. */
export function host(styles: CSSResultGroup) {
  const el = document.createElement('div');
  const root = el.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = sheets(styles);
  return { el, root };
}

/** `document.createElement` with attributes and text. */
export function node(tag: string, attrs: Record<string, string> = {}, text?: string) {
  const n = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, v);
  if (text !== undefined) n.textContent = text;
  return n;
}
