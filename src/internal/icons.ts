/**
 * Small inline SVG icons of our own (24×24 grid, currentColor). Which icons
 * mirror in right-to-left layouts is a table, not a guess: arrows and
 * chevrons point along the reading direction and mirror; check marks, the
 * globe, brand marks and the share glyph do not.
 */
import { svg, type SVGTemplateResult } from 'lit';

const PATHS = {
  'chevron-down': 'M6 9l6 6 6-6',
  'chevron-end': 'M9 6l6 6-6 6',
  'arrow-end': 'M5 12h14M13 6l6 6-6 6',
  check: 'M5 13l4 4L19 7',
  globe: 'M12 3a9 9 0 100 18 9 9 0 000-18zM3 12h18M12 3c2.5 2.6 3.8 5.6 3.8 9s-1.3 6.4-3.8 9c-2.5-2.6-3.8-5.6-3.8-9S9.5 5.6 12 3z',
  retry: 'M20 11a8 8 0 10-2.3 5.7M20 4v7h-7',
} as const;

export type IconName = keyof typeof PATHS;

/** Icons that point along the reading direction, flipped in RTL by the `.mirror` class. */
export const MIRRORED: ReadonlySet<IconName> = new Set(['chevron-end', 'arrow-end']);

/** An icon, hidden from assistive technology (the control around it carries the name). */
export function icon(name: IconName, size = 16): SVGTemplateResult {
  return svg`<svg class=${MIRRORED.has(name) ? 'icon mirror' : 'icon'} width=${size} height=${size} viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false"><path d=${PATHS[name]}></path></svg>`;
}
