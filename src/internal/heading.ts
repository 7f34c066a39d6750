/**
 * A real `<h1>`–`<h6>` whose level is a property: built as a node and kept
 * while the level stays, instead of one template per level. A server render
 * has no document to build nodes in: there it is one of six templates.
 */
import { html, isServer, nothing, type TemplateResult } from 'lit';

/** Attributes a heading may carry besides its part. */
export interface HeadingAttributes {
  lang?: string;
  dir?: string;
}

type ServerHeading = (part: string, text: string, lang: string | undefined, dir: string | undefined) => TemplateResult;
// Only reached behind `isServer`: browser builds leave these out.
const serverHeadings: ServerHeading[] = [
  (part, text, lang, dir) => html`<h1 part=${part} lang=${lang ?? nothing} dir=${dir ?? nothing}>${text}</h1>`,
  (part, text, lang, dir) => html`<h2 part=${part} lang=${lang ?? nothing} dir=${dir ?? nothing}>${text}</h2>`,
  (part, text, lang, dir) => html`<h3 part=${part} lang=${lang ?? nothing} dir=${dir ?? nothing}>${text}</h3>`,
  (part, text, lang, dir) => html`<h4 part=${part} lang=${lang ?? nothing} dir=${dir ?? nothing}>${text}</h4>`,
  (part, text, lang, dir) => html`<h5 part=${part} lang=${lang ?? nothing} dir=${dir ?? nothing}>${text}</h5>`,
  (part, text, lang, dir) => html`<h6 part=${part} lang=${lang ?? nothing} dir=${dir ?? nothing}>${text}</h6>`,
];

export class HeadingNode {
  private _node: HTMLElement | undefined;

  /**
   * The heading at `level` (clamped to 1–6; `fallback` when not a number),
   * with `part`, `text` and the attributes given; the same node while the
   * level does not change.
   */
  render(level: number, fallback: number, part: string, text: string, attributes: HeadingAttributes = {}): HTMLElement | TemplateResult {
    const n = Math.min(6, Math.max(1, Math.trunc(level) || fallback));
    if (isServer) return serverHeadings[n - 1]!(part, text, attributes.lang, attributes.dir);
    const tag = `h${n}`;
    let node = this._node;
    if (node?.localName !== tag) node = this._node = document.createElement(tag);
    node.setAttribute('part', part);
    if (attributes.lang !== undefined) node.lang = attributes.lang;
    if (attributes.dir !== undefined) node.dir = attributes.dir;
    node.textContent = text;
    return node;
  }
}
