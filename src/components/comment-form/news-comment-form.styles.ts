import { css } from 'lit';
import { baseStyles } from '../../internal/styles.js';

export const styles = [
  baseStyles,
  css`
    :host {
      display: block;
      line-height: 1.5;
    }
    h2 {
      font-size: 1.25em;
      margin: 0 0 0.5rem;
    }
    /* The size limit sits outside the grid: on an auto-fit grid itself, Chromium takes it as the grid's
       minimum width, which widened every box around the form on a phone. */
    [part='base'] {
      max-inline-size: 48rem;
    }
    form {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
      gap: 0.75rem 1rem;
    }
    .note,
    .body,
    [part='captcha'],
    .remember,
    [part='status'] {
      grid-column: 1 / -1;
    }
    p {
      margin: 0;
    }
    .note,
    [part='counter'],
    [part='captcha'] > p {
      color: var(--_muted);
      font-size: 0.875rem;
    }
    /* Naskh and Nastaliq need more than 14px to stay readable. */
    :is(.note, [part='counter'], [part='error'], [part='captcha'] > p):is(:lang(ar), :lang(fa), :lang(ur)) {
      font-size: 1rem;
    }
    /* Always-Latin text (addresses, codes, counts) in a Latin face, not the Nastaliq or Naskh fallback. */
    #email,
    #code,
    [part='counter'] {
      font-family: var(--news-font-family, system-ui, sans-serif);
    }
    [part='field'] {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
    }
    [part='label'] {
      font-weight: 600;
    }
    .req,
    [part='error'] {
      color: var(--_accent);
    }
    .req {
      margin-inline-start: 0.125em;
    }
    [part='error'] {
      font-size: 0.875rem;
    }
    input,
    textarea,
    button {
      font: inherit;
      color: inherit;
    }
    [part='input'] {
      box-sizing: border-box;
      inline-size: 100%;
      min-block-size: 2.5rem;
      padding: 0.375rem 0.5rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_bg);
    }
    [aria-invalid='true'] {
      border-color: var(--_accent);
    }
    textarea {
      resize: vertical;
    }
    [part='counter'] {
      text-align: end;
    }
    .hp {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      opacity: 0;
    }
    [part='captcha'] {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem 0.75rem;
    }
    [part='captcha'] > label,
    [part='captcha'] > .code,
    [part='captcha'] > [part='error'] {
      flex-basis: 100%;
    }
    .code {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
    }
    .code img {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: #fff;
      max-inline-size: 100%;
      block-size: auto;
    }
    .code [part='input'] {
      inline-size: 10ch;
    }
    progress {
      inline-size: min(100%, 16rem);
    }
    .remember {
      display: flex;
      align-items: center;
      gap: 0.5rem;
    }
    .remember input {
      inline-size: 1.25rem;
      block-size: 1.25rem;
      margin: 0;
    }
    button {
      min-block-size: 2.5rem;
      padding: 0.375rem 1rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_bg);
      cursor: pointer;
    }
    .actions {
      grid-column: 1 / -1;
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    [part='submit'] {
      border-color: var(--_fg);
      background: var(--_fg);
      color: var(--_bg);
      font-weight: 600;
      min-inline-size: 10em;
    }
    [part='retry'] {
      justify-self: start;
      grid-column: 1 / -1;
    }
    [part='submit'][aria-disabled='true'] {
      opacity: 0.6;
      cursor: progress;
    }
    [part='status']:empty {
      display: none;
    }
    [part='closed'] {
      color: var(--_muted);
    }
    @media print {
      :host {
        display: none;
      }
    }
    .placeholder {
      min-block-size: var(--news-lazy-size, 36rem);
    }
  `,
];
