import { css } from 'lit';
import { baseStyles } from '../../internal/styles.js';

export const styles = [
  baseStyles,
  css`
    :host {
      display: block;
      --_size: var(--news-share-size, 2rem);
      --_gap: var(--news-share-gap, 0.375rem);
    }
    :host([size='small']) {
      --_size: var(--news-share-size, 24px);
    }
    :host([size='large']) {
      --_size: var(--news-share-size, 2.75rem);
    }
    .bar,
    ul {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_gap);
      margin: 0;
      padding: 0;
    }
    :host([layout='vertical']) :is(.bar, ul) {
      flex-direction: column;
      align-items: stretch;
      inline-size: fit-content;
    }
    ul {
      flex: 1 1 0;
      list-style: none;
    }
    .bar {
      align-items: baseline;
    }
    [part='label'] {
      margin-inline-end: var(--_gap);
      color: var(--_muted);
      font-weight: 600;
    }
    [part~='target'] {
      box-sizing: border-box;
      display: flex;
      align-items: center;
      gap: var(--_gap);
      min-block-size: var(--_size);
      min-inline-size: var(--_size);
      inline-size: 100%;
      padding: 0 0.625rem;
      font: inherit;
      font-size: 0.875em;
      color: inherit;
      text-decoration: none;
      background: none;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      cursor: pointer;
    }
    [part~='target']:hover {
      border-color: var(--_accent);
    }
    /* Brand names are Latin: their own font keeps them on the line in Arabic-script text. */
    [translate='no'] {
      font-family: var(--news-font-family, system-ui, sans-serif);
    }
    svg {
      inline-size: 1.25em;
      block-size: 1.25em;
      flex: none;
    }
    :host([icons-only]) [part~='target'] {
      padding: 0;
      justify-content: center;
    }
    :host([icons-only]) [part='text'] {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    [part='fallback'] {
      display: flex;
      align-items: center;
      gap: var(--_gap);
      margin-block-start: var(--_gap);
    }
    input {
      flex: 1;
      font: inherit;
      direction: ltr;
    }
    [part='error'] {
      margin: 0;
      color: var(--_accent);
    }
    @media print {
      :host {
        display: none !important;
      }
    }
  `,
];
