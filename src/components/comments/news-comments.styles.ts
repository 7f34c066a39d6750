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
    h2 {
      font-size: 1.25em;
      margin: 0 0 0.75rem;
    }
    ol {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    li {
      padding-block: 0.75rem;
      border-block-start: 1px solid var(--_border);
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.75rem;
      margin: 0;
      color: var(--_muted);
      font-size: 0.875rem;
    }
    [part='author'] {
      color: var(--_fg);
      font-weight: 700;
    }
    [part='pending'] {
      color: var(--_accent);
    }
    .pending {
      opacity: 0.8;
    }
    [part='body'] {
      margin: 0.25rem 0 0;
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
    [part='status'] {
      color: var(--_muted);
    }
    [part='replies'] {
      margin-block-start: 0.5rem;
      padding-inline-start: 1rem;
      border-inline-start: 2px solid var(--_border);
    }
    [part='replies'] > li {
      border-block-start: 0;
      padding-block: 0.5rem;
    }
    [part~='reply']:focus {
      outline-offset: 4px;
    }
    [part='reply'],
    [part='more-replies'] {
      margin-block-start: 0.25rem;
      padding: 0.125rem 0.5rem;
      background: none;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      color: inherit;
      font-size: 0.875rem;
    }
    [part='form'] {
      display: block;
      margin-block-start: 0.75rem;
    }
    .placeholder {
      min-block-size: var(--news-lazy-size, 12rem);
    }
  `,
];
