/**
 * A real `<h1>`–`<h6>` whose level is a property: one template per level, the
 * same in a browser and in a server render, so that a server-rendered heading
 * is hydrated, not built again.
 */
import { html, nothing, type TemplateResult } from 'lit';

/** Attributes a heading may carry besides its part. */
export interface HeadingAttributes {
  lang?: string;
  dir?: string;
}

type Heading = (part: string, text: string, lang: string | typeof nothing, dir: string | typeof nothing) => TemplateResult;
const headings: Heading[] = [
  (part, text, lang, dir) => html`<h1 part=${part} lang=${lang} dir=${dir}>${text}</h1>`,
  (part, text, lang, dir) => html`<h2 part=${part} lang=${lang} dir=${dir}>${text}</h2>`,
  (part, text, lang, dir) => html`<h3 part=${part} lang=${lang} dir=${dir}>${text}</h3>`,
  (part, text, lang, dir) => html`<h4 part=${part} lang=${lang} dir=${dir}>${text}</h4>`,
  (part, text, lang, dir) => html`<h5 part=${part} lang=${lang} dir=${dir}>${text}</h5>`,
  (part, text, lang, dir) => html`<h6 part=${part} lang=${lang} dir=${dir}>${text}</h6>`,
];

/**
 * The heading at `level` (clamped to 1–6; `fallback` when not a number), with `part`, `text` and the
 * attributes given.
 */
export function heading(level: number, fallback: number, part: string, text: string, { lang, dir }: HeadingAttributes = {}): TemplateResult {
  return headings[Math.min(6, Math.max(1, Math.trunc(level) || fallback)) - 1]!(part, text, lang ?? nothing, dir ?? nothing);
}
