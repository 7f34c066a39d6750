/**
 * Styles every element shares: the per-script font stacks, the theme's
 * custom properties with their defaults, and small utilities. Logical
 * properties only. Elements that animate honour prefers-reduced-motion in
 * their own styles.
 */
import { css } from 'lit';

export const baseStyles = css`
  :host {
    /* light-dark() follows the page's color-scheme; a page that declares "light dark" gets prefers-color-scheme. */
    --_fg: var(--news-color-text, light-dark(#1a1a1a, #ececec));
    --_muted: var(--news-color-muted, light-dark(#595959, #b3b3b3));
    --_bg: var(--news-color-surface, light-dark(#ffffff, #161616));
    --_border: var(--news-color-border, light-dark(#d6d6d6, #3d3d3d));
    --_accent: var(--news-color-accent, light-dark(#b00020, #ff8a8a));
    --_focus: var(--news-color-focus, light-dark(#0b57d0, #8ab4f8));
    --_radius: var(--news-radius, 0.375rem);
    color-scheme: inherit;
    font-family: var(--news-font-family, system-ui, sans-serif);
    color: var(--_fg);
    /* Text comes from people and feeds: a long word or URL breaks rather than widening a phone's page. */
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none !important;
  }
  /* Arabic and Persian: Naskh faces first. Urdu: Nastaliq, with the tall line box Nastaliq needs. */
  :lang(ar),
  :lang(fa),
  :lang(ps),
  :lang(sd),
  :lang(ckb),
  :lang(ug) {
    font-family: var(--news-font-family, 'Noto Naskh Arabic', 'Noto Sans Arabic', Vazirmatn, Tahoma, sans-serif);
  }
  :lang(ur) {
    font-family: var(--news-font-family, 'Noto Nastaliq Urdu', 'Jameel Noori Nastaleeq', 'Awami Nastaliq', 'Noto Naskh Arabic', system-ui, sans-serif);
    /* Measured (test/internal/nastaliq.test.ts): Noto Nastaliq Urdu's ink rises to 1.9em above the
       baseline in text and 2.2em in bold headings, so the line box needs 2.6 and 3.1. */
    line-height: var(--news-line-height-nastaliq, 2.6);
  }
  :is(h1, h2, h3, h4, h5, h6):lang(ur) {
    line-height: var(--news-line-height-nastaliq-heading, 3.1);
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  [dir='rtl'] .mirror {
    transform: scaleX(-1);
  }
`;
