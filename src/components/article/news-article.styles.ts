import { css } from 'lit';
import { baseStyles } from '../../internal/styles.js';
import { statusStyles } from '../../internal/status-view.js';

export const styles = [
  baseStyles,
  statusStyles,
  css`
    :host {
      display: grid;
      /* One column that never grows past the element's own width, whatever a slotted child asks for. */
      grid-template-columns: minmax(0, 1fr);
      gap: 2rem;
      --_measure: var(--news-measure, 70ch);
      line-height: 1.6;
    }
    /* The aside goes beside the article when there is room for both. */
    @media (min-width: 64rem) {
      :host(:has([slot='aside'])) {
        grid-template-columns: minmax(0, 1fr) minmax(14rem, 20rem);
      }
    }
    article {
      /* flow-root: the box stays put whether it holds the page's own HTML (loading) or the rendered article. */
      display: flow-root;
      max-inline-size: var(--_measure);
      min-inline-size: 0;
    }
    [part='breadcrumb'] ol {
      list-style: none;
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem;
      margin: 0 0 0.75rem;
      padding: 0;
      color: var(--_muted);
      font-size: 0.875rem;
    }
    [part='breadcrumb'] li + li::before {
      content: '»';
      margin-inline-end: 0.25rem;
    }
    [part='breadcrumb'] [dir='rtl'] li + li::before {
      content: '«';
    }
    [part='headline'] {
      font-size: var(--news-headline-size, clamp(1.6rem, 4cqi, 2.4rem));
      line-height: 1.2;
      margin: 0 0 0.75rem;
    }
    [part='lead'] {
      font-size: 1.2em;
      margin: 0 0 0.75rem;
    }
    [part='meta'] {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
      margin: 0 0 1.25rem;
      color: var(--_muted);
      font-size: 0.875rem;
    }
    a {
      color: var(--_accent);
    }
    .reserve {
      visibility: hidden;
    }
    [data-external]::after {
      content: ' ↗' / '';
    }
    figure {
      margin: 0 0 1.25rem;
    }
    img {
      display: block;
      max-inline-size: 100%;
      block-size: auto;
    }
    figcaption {
      color: var(--_muted);
      font-size: 0.875rem;
      margin-block-start: 0.375rem;
    }
    [part='body'] blockquote {
      margin-inline: 0;
      padding-inline-start: 1rem;
      border-inline-start: 4px solid var(--_accent);
      font-style: italic;
    }
    /* Arabic script has no italics; a slanted Naskh or Nastaliq is a faux italic. */
    blockquote:is(:lang(ar), :lang(fa), :lang(ur), :lang(ps), :lang(sd), :lang(ckb), :lang(ug)) {
      font-style: normal;
    }
    .table-scroll {
      overflow-x: auto;
    }
    table {
      border-collapse: collapse;
      /* Cells keep their words whole; the table scrolls in its own box instead. */
      overflow-wrap: normal;
    }
    th,
    td {
      border: 1px solid var(--_border);
      padding: 0.25rem 0.5rem;
      text-align: start;
    }
    pre,
    iframe {
      max-inline-size: 100%;
      overflow-x: auto;
    }
    [part='tags'] {
      list-style: none;
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      padding: 0;
    }
    [part='tags'] li {
      border: 1px solid var(--_border);
      border-radius: 1rem;
      padding-inline: 0.625rem;
    }
    .source {
      display: none;
    }
    [part='status'] {
      padding: 1.5rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    /* Reserves the space of a typical article so nothing shifts when it arrives. */
    .skeleton {
      display: grid;
      gap: 0.75rem;
    }
    .skeleton span {
      block-size: 1rem;
      border-radius: 0.25rem;
      background: var(--_border);
      opacity: 0.5;
    }
    .skeleton .image {
      block-size: auto;
      aspect-ratio: 16 / 9;
    }
    @media print {
      /* An allowlist: headline, meta, image, body and source; no buttons, forms or share links. */
      slot,
      article > :not(header, figure, [part='body'], .source),
      [part='meta'] .author a::after {
        display: none;
      }
      .source {
        display: block;
      }
      :host {
        --_fg: #000;
        --_muted: #333;
        --_accent: #000;
      }
    }
  `,
];
