/**
 * The share bar's icons: our own simple line drawings on a 24×24 grid, drawn
 * with currentColor like src/internal/icons.ts. None of them mirrors in
 * right-to-left layouts: brand marks and the share glyph keep their shape.
 */
import { svg, type SVGTemplateResult } from 'lit';
import type { ShareTarget } from '../../events/news-share.js';

const PATHS: Record<ShareTarget | 'copied', string> = {
  native: 'M12 15V3M8 7l4-4 4 4M7 10H5v11h14V10h-2',
  copy: 'M10 14a4 4 0 006 0l3-3a4 4 0 00-6-6l-1 1M14 10a4 4 0 00-6 0l-3 3a4 4 0 006 6l1-1',
  copied: 'M5 13l4 4L19 7',
  email: 'M3 5h18v14H3zM3 5l9 8 9-8',
  print: 'M7 9V3h10v6M7 18H3V9h18v9h-4M7 14h10v7H7z',
  x: 'M4 4h4l12 16h-4zM20 4l-6.5 7M4 20l6.5-7',
  facebook: 'M16 3h-2a4 4 0 00-4 4v14M7 11h8',
  linkedin: 'M5 10v10M5 5v.01M10 20v-10M10 14a4 4 0 018 0v6',
  whatsapp: 'M4 20l1.3-4.2A8.5 8.5 0 118.2 18.8zM9 9c0 3 3 6 6 6',
  telegram: 'M21 4L3 11l6 2 2 7 10-16zM9 13l6-4',
  reddit: 'M3 15a9 6 0 0018 0 9 6 0 00-18 0M12 9l1.5-6 4.5 1.5M9 14v.01M15 14v.01',
  bluesky: 'M12 11C10 7 6 4 4 4s-1 5 1 7c1 1 3 1 4 1-3 1-3 4-1 5s4-2 4-6c0 4 2 7 4 6s2-4-1-5c1 0 3 0 4-1 2-2 3-7 1-7s-6 3-8 7z',
  mastodon: 'M15 17H9a5 5 0 01-5-5V8a5 5 0 015-5h6a5 5 0 015 5v4a5 5 0 01-5 5c-2 0-4 1-3 4M9 13V9.5a1.5 1.5 0 013 0V12 9.5a1.5 1.5 0 013 0V13',
  threads: 'M16 12a4 4 0 10-8 0 4 4 0 008 0v1.5a2.5 2.5 0 005 0V12a9 9 0 10-3.5 7.1',
  vk: 'M3 7c1 6 4 10 9 10v-5c2 0 4 2 5 5M21 7c-1 3-3 5-9 5V7',
  pinterest: 'M10 21l2.5-10M8.5 15A5.5 5.5 0 1117 12c-1 3-4 3.5-5.5 2.5',
};

/** A target's icon, hidden from assistive technology (the link or button around it carries the name). */
export function shareIcon(name: ShareTarget | 'copied'): SVGTemplateResult {
  return svg`<svg part="icon" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false"><path d=${PATHS[name]}></path></svg>`;
}
