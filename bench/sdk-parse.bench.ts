/** The SDK parsing a 100-item Page<ArticleSummary> vs JSON.parse alone (goal in BUDGETS.md: <= 3x). */
import { ArticleSummaryPage } from '../src/sdk/schemas.js';
import { summary } from '../test/fixtures/data.js';
import { compare, type Comparison } from './harness.js';

export function sdkParseBenchmarks({ samples = 30, warmup = 5 } = {}): Comparison[] {
  const items = Array.from({ length: 100 }, (_, i) =>
    summary(i, {
      lead: 'After three years of building, the library opens its doors on Monday, the mayor said.',
      image: { src: `/images/${i}.jpg`, alt: 'A photo', width: 1200, height: 675 },
    }),
  );
  const body = JSON.stringify({ items, nextCursor: 'next-page' });
  if (!ArticleSummaryPage.safeParse(JSON.parse(body)).success) throw new Error('benchmark data is not a valid page');
  return [
    compare(
      'SDK parse, 100-item page',
      ['JSON.parse + ArticleSummaryPage.parse', () => ArticleSummaryPage.parse(JSON.parse(body))],
      ['JSON.parse alone', () => JSON.parse(body)],
      { samples, warmup },
    ),
  ];
}
