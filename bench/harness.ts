/**
 * A small benchmark harness: candidate and baseline run alternately in the
 * same process (so machine noise hits both), after a warm-up; each sample
 * times a batch of iterations. Reports medians and the ratio with its spread
 * (quartiles of the per-pair ratios). Runs in Node and, bundled, in the
 * browser benchmarks (bench/browser/) alike.
 */

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

type Contender<T> = [label: string, run: () => T];

/** Medians of both sides and the spread of the per-pair ratios. */
function summarize(name: string, candidate: string, baseline: string, c: number[], b: number[]): Comparison {
  const ratios = c.map((tc, i) => tc / b[i]!).sort((x, y) => x - y);
  return {
    name,
    candidate,
    baseline,
    candidateMs: median(c),
    baselineMs: median(b),
    ratio: quantile(ratios, 0.5),
    ratioP25: quantile(ratios, 0.25),
    ratioP75: quantile(ratios, 0.75),
    samples: c.length,
  };
}

/** Synchronous work, timed in batches of `iterations`. */
export function compare(
  name: string,
  candidate: Contender<unknown>,
  baseline: Contender<unknown>,
  { samples = 30, iterations = 50, warmup = 5 } = {},
): Comparison {
  for (let i = 0; i < warmup; i++) {
    timeBatch(candidate[1], iterations);
    timeBatch(baseline[1], iterations);
  }
  const c: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < samples; i++) {
    // Alternate which goes first, so neither always runs on a warmer cache.
    const [first, second] = i % 2 ? [baseline, candidate] : [candidate, baseline];
    const t1 = timeBatch(first[1], iterations);
    const t2 = timeBatch(second[1], iterations);
    c.push(first === candidate ? t1 : t2);
    b.push(first === candidate ? t2 : t1);
  }
  return summarize(name, candidate[0], baseline[0], c, b);
}

async function timeOnce(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/** Asynchronous work (a render that completes later), one run per sample. */
export async function compareAsync(
  name: string,
  candidate: Contender<Promise<unknown>>,
  baseline: Contender<Promise<unknown>>,
  { samples = 15, warmup = 3 } = {},
): Promise<Comparison> {
  for (let i = 0; i < warmup; i++) {
    await candidate[1]();
    await baseline[1]();
  }
  const c: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < samples; i++) {
    const [first, second] = i % 2 ? [baseline, candidate] : [candidate, baseline];
    const t1 = await timeOnce(first[1]);
    const t2 = await timeOnce(second[1]);
    c.push(first === candidate ? t1 : t2);
    b.push(first === candidate ? t2 : t1);
  }
  return summarize(name, candidate[0], baseline[0], c, b);
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
