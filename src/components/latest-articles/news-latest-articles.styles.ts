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
    [part='heading'] {
      font-size: 1.25rem;
      line-height: 1.3;
      margin: 0 0 0.75rem;
    }
    [part='list'] {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    /* Every box of an item has a fixed number of lines, so placeholders and items take the same space. */
    li {
      display: grid;
      align-content: start;
      gap: 0.25rem;
      padding-block: 0.625rem;
      border-block-end: 1px solid var(--_border);
    }
    .title,
    .lead,
    .line {
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 2;
      overflow: hidden;
      block-size: 2lh;
    }
    .lead {
      -webkit-line-clamp: 3;
      block-size: 3lh;
      margin: 0;
    }
    .line {
      -webkit-line-clamp: 1;
      block-size: 1lh;
      color: var(--_muted);
      font-size: 0.875rem;
    }
    [part='comments'] {
      margin-inline-start: 0.75rem;
      color: inherit;
    }
    /* In the list, the date goes above the title: a one-line title then leaves its reserved line below. */
    :host(:not([layout='cards'])) .line {
      order: -1;
    }
    .title {
      color: inherit;
      font-weight: 600;
      text-decoration: none;
    }
    a.title:hover {
      color: var(--_accent);
      text-decoration: underline;
    }
    .image {
      aspect-ratio: 16 / 9;
      border-radius: var(--_radius);
      background: var(--_border);
      overflow: hidden;
    }
    img {
      display: block;
      inline-size: 100%;
      block-size: 100%;
      object-fit: cover;
    }
    :host([layout='cards']) [part='list'] {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--news-card-min-size, 14rem)), 1fr));
      gap: 1rem;
    }
    :host([layout='cards']) li {
      padding: 0 0 0.75rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_bg);
    }
    :host([layout='cards']) li > :not(.image) {
      margin-inline: 0.75rem;
    }
    :host([layout='cards']) .image {
      border-end-start-radius: 0;
      border-end-end-radius: 0;
    }
    :host([layout='compact']) li {
      grid-template-columns: 2.5ch minmax(0, 1fr);
      gap: 0.5rem;
      padding-block: 0.5rem;
    }
    [part='number'] {
      color: var(--_accent);
      font-weight: 700;
      font-variant-numeric: tabular-nums;
    }
    .placeholder > :not(.image)::before {
      content: '';
      display: block;
      inline-size: 85%;
      block-size: 0.75em;
      margin-block-start: 0.25lh;
      border-radius: 0.25rem;
      background: var(--_border);
    }
    .placeholder {
      opacity: 0.5;
    }
    .more {
      display: flex;
      align-items: center;
      block-size: 2.75rem;
    }
    button[aria-busy='true'] {
      cursor: progress;
      opacity: 0.7;
    }
    [part='status'] {
      padding: 1rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
  `,
];
