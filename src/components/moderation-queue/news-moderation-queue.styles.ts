import { css } from 'lit';
import { baseStyles } from '../../internal/styles.js';
import { statusStyles } from '../../internal/status-view.js';

export const styles = [
  baseStyles,
  statusStyles,
  css`
    :host {
      display: block;
      line-height: 1.5;
    }
    .header,
    [part='tabs'],
    [part='bulk'],
    [part='actions'],
    .meta {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
    }
    [part='heading'] {
      font-size: 1.25em;
      margin: 0;
      margin-inline-end: auto;
    }
    .header {
      margin-block-end: 0.75rem;
    }
    [part='tabs'] {
      border-block-end: 1px solid var(--_border);
    }
    [part='tab'] {
      border: 0;
      border-block-end: 3px solid transparent;
      background: none;
      color: inherit;
    }
    [aria-selected='true'] {
      border-block-end-color: var(--_accent);
      font-weight: 700;
    }
    [part='count'] {
      padding-inline: 0.4em;
      border-radius: 1em;
      background: var(--_border);
      font-size: 0.875em;
    }
    [part='bulk'] {
      position: sticky;
      inset-block-start: 0;
      z-index: 1;
      margin-block: 0.5rem;
      padding: 0.5rem;
      border: 1px solid var(--_accent);
      border-radius: var(--_radius);
      background: var(--_bg);
    }
    [part='list'] {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    [part='item'] {
      display: flex;
      gap: 0.75rem;
      padding: 0.75rem 0.5rem;
      border-block-end: 1px solid var(--_border);
      border-inline-start: 4px solid transparent;
    }
    .selected {
      border-inline-start-color: var(--_accent);
    }
    .content {
      flex: 1;
      min-inline-size: 0;
    }
    p {
      margin: 0;
    }
    [part='article'],
    [part='author'] {
      font-weight: 700;
    }
    .meta,
    [part='reason'] {
      color: var(--_muted);
      font-size: 0.875rem;
    }
    [part='body'] {
      margin-block: 0.25rem;
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
    [part='actions'],
    [part='more'] {
      margin-block-start: 0.5rem;
    }
    [part='status'] {
      padding: 1rem;
    }
    /* Decisions are told at the bottom of the window, wherever the moderator scrolled to. */
    .notices {
      position: fixed;
      inset-block-end: 1rem;
      inset-inline: 1rem;
      display: grid;
      justify-items: center;
      gap: 0.5rem;
      pointer-events: none;
    }
    [part='message'],
    [part='toast'] {
      pointer-events: auto;
      padding: 0.5rem 1rem;
      border-radius: var(--_radius);
      background: var(--_fg);
      color: var(--_bg);
    }
    .notices button {
      margin-inline-start: 0.75rem;
    }
    [part='message'] {
      border: 2px solid var(--_accent);
      background: var(--_bg);
      color: var(--_fg);
    }
    [part='sign-in'] {
      display: grid;
      /* Not the input's default width of 20 characters, which is wider than a phone in Naskh. */
      grid-template-columns: minmax(0, 1fr);
      gap: 0.5rem;
      max-inline-size: 24rem;
    }
    input {
      font: inherit;
    }
    [part='help'] {
      background: var(--_bg);
      color: var(--_fg);
    }
    dl > div {
      display: flex;
      gap: 1rem;
    }
    dt {
      min-inline-size: 4rem;
      font-weight: 700;
    }
    dd {
      margin: 0;
    }
  `,
];
