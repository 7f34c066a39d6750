/**
 * What a reader on a phone would see go wrong with an element, as sentences
 * (an empty list when nothing does):
 * - a box of the element, or of its shadow tree, that reaches past the
 *   viewport's inline edges (the page would scroll sideways). A box inside a
 *   scroll container or a clipping box is judged by that container instead:
 *   a wide table that scrolls in its own box is fine;
 * - text cut off by `overflow: hidden` or `clip` (a box whose content is wider
 *   or taller than the box), leaving out what is meant to be invisible
 *   (visually hidden labels, 1 px boxes).
 */
const SLACK = 0.5;

function describe(el: Element): string {
  const root = el.getRootNode();
  const host = root instanceof ShadowRoot ? `${root.host.localName} >> ` : '';
  const part = el.getAttribute('part');
  const cls = typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
  return `${host}${el.localName}${el.id ? `#${el.id}` : ''}${part ? `[part="${part}"]` : ''}${cls}`;
}

/** The composed-tree parent: across a shadow boundary, and from a slotted node to its slot. */
function parentOf(el: Element): Element | null {
  if (el.assignedSlot) return el.assignedSlot;
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

const clips = (style: CSSStyleDeclaration) => style.overflowX !== 'visible';
const hidesOnPurpose = (el: Element, style: CSSStyleDeclaration, box: DOMRect) =>
  box.width <= 1 || box.height <= 1 || style.clipPath.startsWith('inset(50%') || style.opacity === '0' || el.hasAttribute('inert');

function* boxesOf(host: Element): Generator<Element> {
  yield host;
  const walk = function* (root: ParentNode): Generator<Element> {
    for (const el of root.querySelectorAll('*')) {
      yield el;
      if (el.shadowRoot) yield* walk(el.shadowRoot);
    }
  };
  if (host.shadowRoot) yield* walk(host.shadowRoot);
  yield* walk(host);
}

/** Whether an ancestor of `el` up to (not including) `host`'s parent clips or scrolls, or hides it on purpose. */
function insideClip(el: Element, host: Element): boolean {
  for (let node = parentOf(el); node; node = parentOf(node)) {
    const style = getComputedStyle(node);
    if (clips(style) || hidesOnPurpose(node, style, node.getBoundingClientRect())) return true;
    if (node === host) break;
  }
  return false;
}

export function phoneLayoutProblems(host: Element): string[] {
  const viewport = document.documentElement.clientWidth;
  const problems: string[] = [];
  if (document.documentElement.scrollWidth > viewport + SLACK) problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} px wide in a ${viewport} px viewport`);
  for (const el of boxesOf(host)) {
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.display === 'contents') continue;
    const box = el.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    if (!insideClip(el, host) && (box.left < -SLACK || box.right > viewport + SLACK)) {
      problems.push(`${describe(el)} spans ${Math.round(box.left)}..${Math.round(box.right)} px in a ${viewport} px viewport`);
    }
    if (clips(style) && style.overflowX !== 'auto' && style.overflowX !== 'scroll' && !hidesOnPurpose(el, style, box) && el.textContent?.trim()) {
      const html = el as HTMLElement;
      // A line clamp cuts lines on purpose, with an ellipsis; only a line cut sideways is a fault there.
      const clamped = style.getPropertyValue('-webkit-line-clamp') !== 'none';
      if (html.scrollWidth > html.clientWidth + 1 || (!clamped && html.scrollHeight > html.clientHeight + 1)) {
        problems.push(`${describe(el)} cuts off its text: content ${html.scrollWidth}x${html.scrollHeight} px in a ${html.clientWidth}x${html.clientHeight} px box`);
      }
    }
  }
  return problems;
}
