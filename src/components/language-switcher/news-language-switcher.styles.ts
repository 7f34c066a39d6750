import { css } from 'lit';
import { baseStyles } from '../../internal/styles.js';

export const styles = [
  baseStyles,
  css`
    :host {
      display: block;
      font-size: var(--news-font-size, 1rem);
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
    [part~='unavailable'] {
      display: inline-flex;
      align-items: center;
      gap: 0.25rem;
      min-block-size: 24px;
      min-inline-size: 24px;
      padding-block: 0.125rem;
      padding-inline: 0.25rem;
      color: inherit;
      text-decoration: underline;
      text-underline-offset: 0.2em;
      border-radius: 0.125rem;
    }
    [part~='current'] {
      font-weight: 700;
      text-decoration: none;
      box-shadow: inset 0 -2px 0 var(--_accent);
    }
    [part~='unavailable'] {
      color: var(--_muted);
      text-decoration: line-through;
    }
    [part~='status'] {
      margin: 0;
      color: var(--_muted);
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
      min-block-size: 24px;
    }
    button {
      font: inherit;
      color: inherit;
      display: inline-flex;
      align-items: center;
      gap: 0.375rem;
      min-block-size: 24px;
      padding-block: 0.25rem;
      padding-inline: 0.5rem;
      background: transparent;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      cursor: pointer;
    }
    [part~='button'][aria-expanded='true'] .icon:last-child {
      transform: rotate(180deg);
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
      box-shadow: 0 4px 16px rgb(0 0 0 / 0.15);
    }
    .menu[hidden] {
      display: none;
    }
    .menu a,
    .menu [part~='unavailable'] {
      display: flex;
      padding-block: 0.375rem;
      padding-inline: 0.75rem;
      text-decoration: none;
    }
    .menu a {
      border-inline-start: 3px solid transparent;
    }
    .menu [part~='current'] {
      box-shadow: none;
      border-inline-start-color: var(--_accent);
    }
    .check {
      display: inline-flex;
      color: var(--_accent);
    }
    @media print {
      :host {
        display: none;
      }
    }
  `,
];
