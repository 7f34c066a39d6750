import { css } from 'lit';
import { baseStyles } from '../../internal/styles.js';
import { statusStyles } from '../../internal/status-view.js';

export const styles = [
  baseStyles,
  statusStyles,
  css`
    :host {
      display: block;
    }
    nav {
      position: relative;
    }
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
    }
    a,
    span[part] {
      display: inline-flex;
      align-items: center;
      min-block-size: 24px;
      padding: 0.125rem 0.25rem;
      color: inherit;
    }
    [part~='current'] {
      font-weight: 700;
      text-decoration: none;
      border-block-end: 2px solid var(--_accent);
    }
    [part~='unavailable'] {
      color: var(--_muted);
      text-decoration: line-through;
    }
    p {
      margin: 0;
      color: var(--_muted);
    }
    button {
      color: inherit;
      display: inline-flex;
      align-items: center;
      gap: 0.375rem;
      padding: 0.25rem 0.5rem;
      background: none;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    .menu {
      position: absolute;
      inset-block-start: calc(100% + 0.25rem);
      inset-inline-start: 0;
      z-index: 10;
      flex-direction: column;
      gap: 0;
      min-inline-size: 12rem;
      padding-block: 0.25rem;
      background: var(--_bg);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      box-shadow: 0 4px 16px #0003;
    }
    .menu[hidden] {
      display: none;
    }
    .menu a,
    .menu span[part] {
      display: flex;
      padding: 0.375rem 0.75rem;
      border: 0 solid transparent;
      border-inline-start-width: 3px;
    }
    .menu [part~='current'] {
      border-inline-start-color: var(--_accent);
    }
    @media print {
      :host {
        display: none;
      }
    }
  `,
];
