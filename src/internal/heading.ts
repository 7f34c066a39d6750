/**
 * A real `<h1>`–`<h6>` whose level is a property: built as a node and kept
 * while the level stays, instead of one template per level.
 */
export class HeadingNode {
  private _node: HTMLElement | undefined;

  /**
   * The heading at `level` (clamped to 1–6; `fallback` when not a number),
   * with `part` and `text`; the same node while the level does not change.
   */
  render(level: number, fallback: number, part: string, text: string): HTMLElement {
    const tag = `h${Math.min(6, Math.max(1, Math.trunc(level) || fallback))}`;
    let node = this._node;
    if (node?.localName !== tag) node = this._node = document.createElement(tag);
    node.setAttribute('part', part);
    node.textContent = text;
    return node;
  }
}
