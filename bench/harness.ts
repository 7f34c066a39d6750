/**
 * A small benchmark harness: candidate and baseline run alternately in the
 * same process (so machine noise hits both), after a warm-up; each sample
 * times a batch of iterations. Reports medians and the ratio with its spread
 * (quartiles of the per-pair ratios).
 */
import { performance } from 'node:perf_hooks';

export interface Comparison {
  name: string;
  candidate: string;
  baseline: string;
  candidateMs: number;
  baselineMs: number;
  ratio: number;
  ratioP25: number;
  ratioP75: number;
  samples: number;
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
const median = (values: number[]) => quantile([...values].sort((a, b) => a - b), 0.5);

function timeBatch(fn: () => unknown, iterations: number): number {
  const start = performance.now();
  for (let i = 0; i < iterations; i++) fn();
  return (performance.now() - start) / iterations;
}

export function compare(
  name: string,
  candidate: [string, () => unknown],
  baseline: [string, () => unknown],
  { samples = 30, iterations = 50, warmup = 5 } = {},
): Comparison {
  for (let i = 0; i < warmup; i++) {
    timeBatch(candidate[1], iterations);
    timeBatch(baseline[1], iterations);
  }
  const c: number[] = [];
  const b: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < samples; i++) {
    // Alternate which goes first, so neither always runs on a warmer cache.
    const [first, second] = i % 2 ? [baseline, candidate] : [candidate, baseline];
    const t1 = timeBatch(first[1], iterations);
    const t2 = timeBatch(second[1], iterations);
    const [tc, tb] = first === candidate ? [t1, t2] : [t2, t1];
    c.push(tc);
    b.push(tb);
    ratios.push(tc / tb);
  }
  const sortedRatios = [...ratios].sort((x, y) => x - y);
  return {
    name,
    candidate: candidate[0],
    baseline: baseline[0],
    candidateMs: median(c),
    baselineMs: median(b),
    ratio: median(ratios),
    ratioP25: quantile(sortedRatios, 0.25),
    ratioP75: quantile(sortedRatios, 0.75),
    samples,
  };
}

export function printTable(rows: Comparison[]): void {
  const pad = (s: string, n: number) => s.padEnd(n);
  console.log(`${pad('benchmark', 46)}${pad('candidate ms', 14)}${pad('baseline ms', 14)}${pad('ratio', 8)}spread (p25-p75)`);
  for (const r of rows) {
    console.log(
      `${pad(r.name, 46)}${pad(r.candidateMs.toFixed(4), 14)}${pad(r.baselineMs.toFixed(4), 14)}${pad(`${r.ratio.toFixed(2)}x`, 8)}${r.ratioP25.toFixed(2)}-${r.ratioP75.toFixed(2)}x  (${r.samples} samples; ${r.candidate} vs ${r.baseline})`,
    );
  }
}
