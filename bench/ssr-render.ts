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
import type { Measurement } from './harness.js';
import { article } from '../test/fixtures/data.js';

const paragraph = (i: number) => `<p>فقرهٔ ${i}: شورای شهر امروز اعلام کرد که کتابخانهٔ مرکزی از ماه آینده تا نیمه‌شب باز می‌ماند. <a href="https://news.example.org/a/${i}">پیوند</a> و <strong>متن پررنگ</strong>.</p>`;
const body = (bytes: number) => {
  let html = '';
  for (let i = 0; html.length < bytes; i++) html += paragraph(i);
  return html;
};

function quantile(sorted: number[], q: number): number {
  const i = (sorted.length - 1) * q;
  return sorted[Math.floor(i)]! + (sorted[Math.ceil(i)]! - sorted[Math.floor(i)]!) * (i - Math.floor(i));
}

export async function ssrRenderBenchmarks(samples: number, warmup: number): Promise<Measurement[]> {
  const { renderElement } = (await import(pathToFileURL(path.resolve('dist/ssr/index.js')).href)) as typeof Ssr;
  const rows: Measurement[] = [];
  for (const [label, size] of [['2 KB', 2_000], ['200 KB', 200_000]] as const) {
    const data = article({ lang: 'ar', bodyHtml: body(size), readingMinutes: undefined });
    const times: number[] = [];
    for (let i = 0; i < warmup + samples; i++) {
      const t0 = performance.now();
      await renderElement('news-article', { properties: { article: data }, lang: 'ar', url: 'https://news.example.org/ar/news/4711' });
      if (i >= warmup) times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    rows.push({
      kind: 'measurement',
      name: `renderElement('news-article'), ${label} body, ar (Node)`,
      what: 'news-elements/ssr: sanitize (DOMPurify on jsdom), render with @lit-labs/ssr, collect the string',
      medianMs: quantile(times, 0.5),
      p25Ms: quantile(times, 0.25),
      p75Ms: quantile(times, 0.75),
      samples: times.length,
    });
  }
  return rows;
}
