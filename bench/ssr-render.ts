/**
 * `renderElement` in Node (news-elements/ssr, the built dist/ssr/index.js):
 * the article with a 200 KB body (sanitized with DOMPurify over jsdom, then
 * rendered by @lit-labs/ssr) and with a 2 KB one, each in ar; medians of the
 * samples after a warm-up. An absolute time (no baseline does the same job
 * without the library), for the record.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Ssr from '../src/ssr/index.js';
import { measureAsync, type Measurement } from './harness.js';
import { article } from '../test/fixtures/data.js';

const paragraph = (i: number) => `<p>فقرهٔ ${i}: شورای شهر امروز اعلام کرد که کتابخانهٔ مرکزی از ماه آینده تا نیمه‌شب باز می‌ماند. <a href="https://news.example.org/a/${i}">پیوند</a> و <strong>متن پررنگ</strong>.</p>`;
const body = (bytes: number) => {
  let html = '';
  for (let i = 0; html.length < bytes; i++) html += paragraph(i);
  return html;
};

export async function ssrRenderBenchmarks(samples: number, warmup: number): Promise<Measurement[]> {
  const { renderElement } = (await import(pathToFileURL(path.resolve('dist/ssr/index.js')).href)) as typeof Ssr;
  const rows: Measurement[] = [];
  for (const [label, size] of [['2 KB', 2_000], ['200 KB', 200_000]] as const) {
    const data = article({ lang: 'ar', bodyHtml: body(size), readingMinutes: undefined });
    const render = () => renderElement('news-article', { properties: { article: data }, lang: 'ar', url: 'https://news.example.org/ar/news/4711' });
    rows.push(
      await measureAsync(
        `renderElement('news-article'), ${label} body, ar (Node)`,
        ['news-elements/ssr: sanitize (DOMPurify on jsdom), render with @lit-labs/ssr, collect the string', render],
        { samples, warmup },
      ),
    );
  }
  return rows;
}
