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
    .header {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1rem;
      margin-block-end: 0.75rem;
    }
    [part='heading'] {
      font-size: 1.25em;
      margin: 0;
      margin-inline-end: auto;
    }
    [part='tabs'] {
      display: flex;
      gap: 0.25rem;
      border-block-end: 1px solid var(--_border);
    }
    [part='tab'] {
      border: 0;
      border-block-end: 3px solid transparent;
      background: none;
      color: inherit;
    }
    [part='tab'][aria-selected='true'] {
      border-block-end-color: var(--_accent);
      font-weight: 700;
    }
    [part='count'] {
      display: inline-block;
      min-inline-size: 1.5em;
      padding-inline: 0.375em;
      border-radius: 1em;
      background: var(--_border);
      font-size: 0.875em;
      font-weight: 400;
    }
    [part='panel'] {
      padding-block: 0.5rem;
    }
    [part='bulk'] {
      position: sticky;
      inset-block-start: 0;
      z-index: 1;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
      padding: 0.5rem 0.75rem;
      border: 1px solid var(--_accent);
      border-radius: var(--_radius);
      background: var(--_bg);
    }
    [part='bulk'] > span {
      margin-inline-end: auto;
      font-weight: 700;
    }
    [part='list'] {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    [part='item'] {
      display: flex;
      gap: 0.75rem;
      padding-block: 0.75rem;
      padding-inline: 0.5rem;
      border-block-end: 1px solid var(--_border);
      border-inline-start: 4px solid transparent;
    }
    [part='item'].selected {
      border-inline-start-color: var(--_accent);
    }
    [part='select'] {
      inline-size: 1.25rem;
      block-size: 1.25rem;
      margin: 0.125rem 0 0;
    }
    .content {
      flex: 1;
      min-inline-size: 0;
    }
    .content p {
      margin: 0;
    }
    [part='article'] {
      font-weight: 700;
    }
    .meta,
    [part='reason'] {
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.75rem;
      color: var(--_muted);
      font-size: 0.875rem;
    }
    [part='author'] {
      color: var(--_fg);
      font-weight: 700;
    }
    [part='body'] {
      margin-block: 0.25rem !important;
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
    [part='reason'] {
      display: block;
    }
    [part='actions'] {
      display: flex;
      gap: 0.5rem;
      margin-block-start: 0.5rem;
    }
    [part='more'] {
      margin-block-start: 0.75rem;
    }
    [part='status'] {
      padding: 1rem;
      color: var(--_muted);
    }
    [part='message'] {
      margin: 0;
      color: var(--_accent);
    }
    [part='message']:empty {
      display: none;
    }
    [part='toast'] {
      position: fixed;
      inset-block-end: 1rem;
      inset-inline: 0;
      inline-size: fit-content;
      max-inline-size: calc(100% - 2rem);
      margin-inline: auto;
      display: flex;
      align-items: center;
      gap: 0.75rem;
      padding-block: 0.5rem;
      padding-inline: 1rem 0.5rem;
      border-radius: var(--_radius);
      background: var(--_fg);
      color: var(--_bg);
      box-shadow: 0 2px 8px rgb(0 0 0 / 0.3);
    }
    [part='toast']:empty {
      display: none;
    }
    [part='sign-in'] {
      display: grid;
      gap: 0.5rem;
      max-inline-size: 24rem;
    }
    input:not([type]),
    input[type='password'] {
      font: inherit;
      padding: 0.375rem 0.5rem;
    }
    [part='sign-in-message'] {
      margin: 0;
      color: var(--_accent);
    }
    [part='help'] {
      max-inline-size: min(28rem, 90vw);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_bg);
      color: var(--_fg);
    }
    [part='help'] h2 {
      margin-block-start: 0;
      font-size: 1.125em;
    }
    dl {
      display: grid;
      gap: 0.25rem;
      margin: 0 0 1rem;
    }
    dl > div {
      display: flex;
      gap: 1rem;
    }
    dt {
      min-inline-size: 4rem;
    }
    dd {
      margin: 0;
    }
    kbd {
      display: inline-block;
      min-inline-size: 1.5em;
      margin-inline-end: 0.25rem;
      padding-inline: 0.25em;
      border: 1px solid var(--_border);
      border-radius: 0.25rem;
      font-family: ui-monospace, monospace;
      text-align: center;
    }
  `,
];
